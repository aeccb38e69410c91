"""Time expressions of QA round AA: a unit with no count before "earlier" or "later" ("minutes earlier") is
found, and "in a second" at the end of its clause is an idiom for at once, no length of time.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue


def _found(text: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    article = Article(id="a", text=text, published=MetaValue(value=published) if published else MetaValue())
    return [(t.text, t.type, t.value) for t in extract_timexes(article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Orlo company released a statement minutes earlier.", [("minutes earlier", "DATE", "PAST_REF")]),
        ("Hours later, the Dunmere ferry was towed to port.", [("Hours later", "DATE", "PAST_REF")]),
        # a meeting's minutes are no time
        ("The clerk read out the minutes later.", []),
        # a count keeps its own reading
        ("Three days later, the ferry sank.", [("Three days later", "DATE", "2051-03-07")]),
    ],
)
def test_timex_qa_aa_units_earlier(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text, "2051-03-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If we could have the company back, we would have it in a second.", []),
        ("Wait a second, Varell said.", []),
        ("The pump stopped for a second.", [("a second", "DURATION", "PT1S")]),
        ("The alarm rang in a second or two.", [("a second", "DURATION", "PT1S")]),
    ],
)
def test_timex_qa_aa_in_a_second(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected
