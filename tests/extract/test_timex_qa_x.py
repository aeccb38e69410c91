"""Time expressions of QA round X: a count told from the day the text last named, and a day's part "of" a date.

"arrested on Thursday ... over a shipwreck a day earlier", in a report with no date, is the Wednesday before
(``XXXX-WXX-3``); "may have caused the sinking a few hours later", told in the past, is a time gone by, never
FUTURE_REF; "early on the morning of November 12" keeps its morning (``XXXX-11-12TMO``).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue

# Friday 2031-03-07
ANCHOR = "2031-03-07"

ARRESTS = "Four crewmen were arrested on Thursday by the Velk coast guard over a shipwreck off Orsk a day earlier."


def timexes(text: str, anchor: str | None = ANCHOR) -> list[tuple[str, str, str | None]]:
    found = extract_timexes(Article(id="t", text=text, published=MetaValue(value=anchor)))
    for t in found:
        assert text[t.span.start : t.span.end] == t.text
    return [(t.text, t.type, t.value) for t in found]


def test_timex_qa_x_a_day_earlier_than_a_weekday_in_an_undated_report() -> None:
    assert timexes(ARRESTS, None) == [("Thursday", "DATE", "XXXX-WXX-4"), ("a day earlier", "DATE", "XXXX-WXX-3")]


def test_timex_qa_x_a_day_earlier_than_a_weekday_in_a_dated_report() -> None:
    assert timexes(ARRESTS) == [("Thursday", "DATE", "2031-03-06"), ("a day earlier", "DATE", "2031-03-05")]


def test_timex_qa_x_two_days_later_than_a_weekday_in_an_undated_report() -> None:
    text = "The Orsk dam cracked on Monday. Two days later, the valley was flooded."
    assert ("Two days later", "DATE", "XXXX-WXX-3") in timexes(text, None)


def test_timex_qa_x_years_later_than_a_weekday_give_no_day() -> None:
    text = "The Orsk dam cracked on Monday. Two years later, the valley was flooded."
    assert ("Two years later", "DATE", None) in timexes(text, None)


@pytest.mark.parametrize("anchor", [ANCHOR, None])
def test_timex_qa_x_a_few_hours_later_told_in_the_past_is_no_future(anchor: str | None) -> None:
    text = "A shift in weight may have caused the sinking of the Orsk trawler a few hours later, he added."
    assert timexes(text, anchor) == [("a few hours later", "DATE", "PAST_REF")]


def test_timex_qa_x_a_few_days_later_told_to_come_is_future() -> None:
    text = "The Velk hearing will resume a few days later, the clerk said."
    assert timexes(text) == [("a few days later", "DATE", "FUTURE_REF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Velk tunnel caved in early on the morning of November 12, trapping 41 workers.",
         ("the morning of November 12", "TIME", "XXXX-11-12TMO")),
        ("The Velk rescue began on the evening of 12 November.",
         ("the evening of 12 November", "TIME", "XXXX-11-12TEV")),
    ],
)
def test_timex_qa_x_a_part_of_a_date_keeps_its_part(text: str, expected: tuple[str, str, str]) -> None:
    assert timexes(text, None) == [expected]


def test_timex_qa_x_the_night_of_a_date_is_the_date() -> None:
    # the night runs into the next day: TimeBank marks the date alone
    assert timexes("The Velk tunnel caved in on the night of November 12.", None) == [
        ("November 12", "DATE", "XXXX-11-12")
    ]
