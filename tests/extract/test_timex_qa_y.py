"""Time expressions of QA round Y: midnight that opens a stretch of time is the day's first minute.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue

# Wednesday 2031-03-05
ANCHOR = "2031-03-05"


def timexes(text: str, anchor: str | None = ANCHOR) -> list[tuple[str, str, str | None]]:
    found = extract_timexes(Article(id="t", text=text, published=MetaValue(value=anchor)))
    for t in found:
        assert text[t.span.start : t.span.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "midnight"),
    [
        ("The post observed five eruptions from midnight to 8 am local time.", "2031-03-05T00:00"),
        ("Between midnight and 6 a.m. the Orsk river rose a metre.", "2031-03-05T00:00"),
        ("No train has left Velk since midnight, the operator said.", "2031-03-05T00:00"),
        ("The curfew in Velk ran until midnight, the mayor said.", "2031-03-05T24:00"),
    ],
)
def test_timex_qa_y_midnight_opening_a_stretch_is_the_first_minute(text: str, midnight: str) -> None:
    assert ("midnight", "TIME", midnight) in timexes(text)
