"""Dates that tell no event of their sentence (QA rounds AO and AP): a scheduled time the sentence says was not
kept, a day the sentence tells what led up to, a year a statistic's rank is measured in, a year a thing is
awaited by.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue, TimelineEntry


def _timeline(*texts: str) -> tuple[TimelineEntry, ...]:
    """The timeline of undated reports, their time expressions read by the time stage."""
    arts = [Article(id=f"r{i}", text=t, published=MetaValue()) for i, t in enumerate(texts)]
    return build_timeline(arts, [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts])


SCHEDULED = ("Though the march was scheduled to begin outside the Orsk town hall at 5 p.m. on March 9, 2031, it "
             "began hours earlier, with streets blocked from the early morning.")


def test_timeline_a_scheduled_time_not_kept_is_no_clock_entry() -> None:
    values = [e.value for e in _timeline(SCHEDULED)]
    assert not any("T17:00" in v for v in values)
    assert "2031-03-09" in values


KEPT = "The march was scheduled to begin outside the Orsk town hall at 5 p.m. on March 9, 2031."


def test_timeline_a_scheduled_time_told_alone_stays() -> None:
    assert any("T17:00" in e.value for e in _timeline(KEPT))


PREPARED = ("After large rallies in February 2031 in Orsk, students held new meetings in Brask in preparation for "
            "Saturday's march.")


def test_timeline_a_day_the_sentence_prepares_for_is_not_its_day() -> None:
    assert [e.value for e in _timeline(PREPARED)] == ["2031-02"]


RANKED = "Nearly 3 million Tarskans have the fever, the fourth-leading cause of death for children in 2029."


def test_timeline_a_rank_year_is_no_entry() -> None:
    assert [e.value for e in _timeline(RANKED)] == []


AWAITED = ("The ruling was a shock to Orvane Labs, since it had filed its application in 2029, waiting for the "
           "approval before mid 2030.")


def test_timeline_a_year_a_thing_was_awaited_by_is_no_entry() -> None:
    assert "2030" not in [e.value for e in _timeline(AWAITED)]


CAPTION = ("Signs for a Brask Grill diner are shown in Orsk on Tuesday, May 14, 2030. The 40-year-old chain made the "
           "filing late Sunday, days after closing dozens of diners.")
FILING = ("The 40-year-old chain made the filing late Sunday, days after closing dozens of diners. Its founder sold "
          "the chain to Tarsk Foods in 1971. Its chief, Ana Ruiz, took the top post at the chain in March.")


def test_timeline_a_weekday_no_day_placed_joins_the_dated_day_of_its_event() -> None:
    entries = _timeline(CAPTION, FILING)
    assert [e.value for e in entries if e.text.startswith("The 40-year-old")] == ["2030-05-12"]
    filing = next(e for e in entries if e.value == "2030-05-12")
    assert {s.article for s in filing.support} == {"r0", "r1"}


def test_timeline_a_past_month_takes_the_year_the_story_writes_its_days_in() -> None:
    march = [e for e in _timeline(CAPTION, FILING) if "top post" in e.text]
    assert [(e.value, e.year_stated) for e in march] == [("2030-03", False)]


AFTERMATH = ("Rescuers searched the Orsk mine on October 28, 2030. This is the second fatal accident in two months, "
             "after five miners were killed in an accident in August.")


def test_timeline_a_past_month_sorts_before_the_written_day_it_led_up_to() -> None:
    assert [e.value for e in _timeline(AFTERMATH)] == ["2030-08", "2030-10-28"]


BREACH = ("Tarsk Mobile said an intruder began copying records on or around Nov. 25, 2030. Tarsk Mobile said it "
          "discovered the intrusion on Jan. 5.")


def test_timeline_a_yearless_day_takes_the_year_nearest_the_written_day() -> None:
    assert "2031-01-05" in [e.value for e in _timeline(BREACH)]
