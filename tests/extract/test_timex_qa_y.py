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


def test_timex_qa_y_this_evening_in_an_undated_report_is_a_part_of_its_day() -> None:
    found = timexes("“We searched for the Velk climbers until this evening,” Dara said. This morning it shut.", None)
    assert ("this evening", "TIME", "XXXX-XX-XXTEV") in found
    assert ("This morning", "TIME", "XXXX-XX-XXTMO") in found


def test_timex_qa_y_dated_report_keeps_its_day_for_this_evening() -> None:
    assert timexes("The Velk post shut this evening.") == [("this evening", "TIME", "2031-03-05TEV")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Orsk pass stays shut for four to six hours.", ("four to six hours", "DURATION", "PTXH")),
        ("Repairs to the Velk bridge take two to three weeks.", ("two to three weeks", "DURATION", "PXW")),
    ],
)
def test_timex_qa_y_a_range_of_lengths_is_one_expression(text: str, expected: tuple[str, str, str]) -> None:
    assert timexes(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velk rescuers found the climbers two days ago.", ("two days ago", "DATE", "2031-03-03")),
        ("The Orsk ferry sank eight days ago.", ("eight days ago", "DATE", "2031-02-25")),
    ],
)
def test_timex_qa_y_days_ago_count_back_from_the_report(text: str, expected: tuple[str, str, str]) -> None:
    assert timexes(text) == [expected]
