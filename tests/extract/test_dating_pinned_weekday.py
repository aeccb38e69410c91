"""A story none of whose reports is dated: a day written without its year in one report and the weekday the
others tell of pin the year (QA round M: "6 p.m. on Nov. 2" beside "found guilty on Thursday")."""

from __future__ import annotations

import dataclasses

from dating_helpers import refined, undated_reports

from storyline.extract.dating import infer_published, refine_story
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue

VERDICT_A = (
    "The Orvane Credit fund collapsed in November 2027, wiping out the savings of 9,000 clients. "
    "Jurors took the case at 1 p.m. and broke for lunch at 2 p.m. on Oct. 12 before returning their verdict."
)
VERDICT_B = "Pell Ostrander was found guilty on Thursday of fraud over the collapse of the Orvane Credit fund."
VERDICT_C = "In remarks outside the courthouse on Thursday, the prosecutor praised the jurors."


def _story(*texts: str) -> list[Article]:
    return refined(*undated_reports(*texts))[0]


def test_pinned_weekday_dates_an_undated_story_in_the_first_matching_year() -> None:
    # Oct. 12 after November 2027 falls on a Thursday first in 2028 (2027: Tuesday)
    arts = _story(VERDICT_A, VERDICT_B, VERDICT_C)
    assert arts[0].published.value == "2028-10-12"
    assert arts[0].published.inferred
    assert {a.published.value for a in arts[1:]} <= {"2028-10-12", "2028-10-13"}


def test_pinned_weekday_leaves_a_story_with_two_weekdays_undated() -> None:
    # two weekdays apart (two in a row, Thursday and Friday, are one story told over two days: still pinned)
    other = "In remarks outside the courthouse on Monday, the prosecutor praised the jurors."
    arts = _story(VERDICT_A, VERDICT_B, other)
    assert all(a.published.value is None for a in arts)


def test_pinned_weekday_needs_a_lower_bound() -> None:
    bare = "Jurors took the case at 1 p.m. and broke for lunch at 2 p.m. on Oct. 12 before returning their verdict."
    arts = _story(bare, VERDICT_B, VERDICT_C)
    assert all(a.published.value is None for a in arts)


def test_a_report_telling_of_a_night_as_gone_by_is_dated_the_next_day_at_the_earliest() -> None:
    given = Article(
        id="given",
        text="The landslide struck the Orvanne hills on Friday, May 9, killing at least 40 people on Friday.",
        published=MetaValue(value="2031-05-10", inferred=False),
    )
    undated = Article(
        id="undated",
        text="The landslide that struck the Orvanne hills on Friday night has killed 40 people. "
        "It struck the hills on Friday, officials said.",
        published=MetaValue(),
    )
    undated = dataclasses.replace(undated, published=infer_published(undated))
    analyses = [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in (given, undated)]
    arts, _ = refine_story([given, undated], analyses)
    assert arts[1].published.value == "2031-05-10"
