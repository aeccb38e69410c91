"""Rounds AG and AH: a weekday between a title and a name is a name ("Chief Executive Officer Sunday Varga"); a
range of lengths has no one count ("the next 24 to 48 hours"); a clock time of an act told as past takes the day
the past events were told on, not the day to come the report names most; a year alone bounds no pinned year.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from dating_helpers import refined, undated_reports

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue


def _timexes(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="a", text=text, published=MetaValue())
    return [(t.text, t.value) for t in extract_timexes(article)]


def test_a_weekday_between_a_title_and_a_name_is_no_date() -> None:
    text = "“We grew too fast,” Orlan Chief Executive Officer Sunday Varga wrote in a memo to staff."
    assert _timexes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Orlan Chief Executive Officer Amos Varga wrote to staff on Sunday.",
        "The chief executive wrote on Sunday Varga's memo was final.",
        "The Orlan board met President Varga on Sunday, the company said.",
    ],
)
def test_a_weekday_elsewhere_stays_a_date(text: str) -> None:
    assert any(t == "Sunday" or t.startswith("Sunday") for t, _ in _timexes(text))


def test_a_range_of_lengths_has_no_one_count() -> None:
    text = "Experts said the stolen paintings could be sold within the next 24 to 48 hours."
    assert ("the next 24 to 48 hours", "PTXH") in _timexes(text)


def test_a_clock_time_of_an_act_told_as_past_takes_the_day_of_the_act() -> None:
    text = (
        "A day after a robbery at the Velm museum, the museum will remain closed on Monday.\n\n"
        "The museum said it would open late on Monday.\n\n"
        "On Sunday, thieves with ladders carried out a raid on the east wing.\n\n"
        "The robbers committed the act around 9:30 am, when the doors had already opened, the ministry said."
    )
    assert ("around 9:30 am", "XXXX-WXX-7T09:30") in _timexes(text)


def test_a_clock_time_told_as_past_keeps_the_main_day_when_the_past_is_told_of_it() -> None:
    text = (
        "The Velm quake struck late on Monday.\n\nRescuers worked through Monday night in Velm.\n\n"
        "On Monday morning the first tremor was felt.\n\nThe quake struck at 7:45 a.m., officials said."
    )
    assert ("7:45 a.m.", "XXXX-WXX-1T07:45") in _timexes(text)


def _story(*texts: str) -> list[Article]:
    return refined(*undated_reports(*texts))[0]


def test_a_year_alone_pins_no_year_of_an_undated_story() -> None:
    arts = _story(
        "Orlan is cutting 900 jobs, the company said Friday. More people are leaving than worked at Orlan in 2006.",
        "Orlan chief Amos Varga told staff in an email on January 20 that 900 jobs would go.",
        "The cuts were announced on Friday, the Orlan workers' union said.",
    )
    assert all(a.published.value is None for a in arts)
