"""Timeline dates of QA rounds AS and AR: a year-less day told as past takes no year after the story's day; a day
named as an event's name ("the Jan. 6 attack") is no day of the story's year; a year that dates a lawsuit told as
filed dates the filing.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from datetime import date

from storyline.brief.timeline import build_timeline
from storyline.brief.timeline_values import with_year
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue, TimelineEntry


def _timeline(*reports: tuple[str, str | None]) -> tuple[TimelineEntry, ...]:
    """The timeline of reports (text, publication day or None), their time expressions read by the time stage."""
    arts = [Article(id=f"r{i}", text=t, published=MetaValue(value=d)) for i, (t, d) in enumerate(reports)]
    return build_timeline(arts, [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts])


def test_with_year_a_past_day_takes_no_year_after_the_story_day() -> None:
    assert with_year("XXXX-01-06", date(2031, 8, 5))[0] == "2032-01-06"  # nearest, told neither way
    assert with_year("XXXX-01-06", date(2031, 8, 5), past=True)[0] == "2031-01-06"
    assert with_year("XXXX-01-06T09:30", date(2031, 8, 5), past=True)[0] == "2031-01-06T09:30"


DATED = "The Velmar council closed the Orsk bridge on Tuesday, officials said."
UNDATED = "The Velmar council voted on Jan. 6 to close the Orsk bridge, and it did."


def test_timeline_a_yearless_day_told_as_past_lies_before_the_story_day() -> None:
    values = [e.value for e in _timeline((DATED, "2031-08-05"), (UNDATED, None))]
    assert "2031-01-06" in values
    assert "2032-01-06" not in values


NAMED = ("Judge Ora Pell ruled on Monday that the Velmar port authority broke the law. Pell has made many rulings, "
         "including cases tied to the March 3 riot at the Orsk harbour. In an opinion issued on April 18 she "
         "weighed the mayor's speech on March 3 and found him to blame.")


def test_timeline_a_day_named_as_an_event_is_no_day_of_the_story_year() -> None:
    entries = _timeline((NAMED, "2031-08-05"))
    assert not any(e.value.endswith("03-03") for e in entries)
    april = next(e for e in entries if e.value.endswith("04-18"))
    assert not april.year_stated  # told of the riot's past: its year only assumed
    assert any(e.value == "2031-08-04" and e.year_stated for e in entries)


RECENT = ("Crews cleared the Orsk harbour on Friday. The July 30 blast at the harbour injured four workers, "
          "officials said.")


def test_timeline_a_named_day_of_the_news_weeks_keeps_its_year() -> None:
    assert "2031-07-30" in [e.value for e in _timeline((RECENT, "2031-08-05"))]


SUED = ("Judge Ora Pell ruled on Monday against Orsk Freight. The ruling stems from a 2027 lawsuit – Velmar v. Orsk "
        "Freight – filed against the firm by the state's attorney general.")
ELECTION = "Orsk Freight settled on Monday over claims about the 2027 mayoral election in Velmar."


def test_timeline_a_year_of_a_lawsuit_told_as_filed_dates_the_filing() -> None:
    assert "2027" in [e.value for e in _timeline((SUED, "2031-08-05"))]
    assert "2027" not in [e.value for e in _timeline((ELECTION, "2031-08-05"))]


FIRST = "The first blast at the Dunmere refinery shook residents from their beds around 2 a.m. Tuesday."
SECOND_A = "A second blast at the Dunmere refinery, felt across three counties, occurred about 3:45 p.m. Tuesday."
SECOND_B = "The second blast ripped through the Dunmere refinery about 4 p.m. Tuesday, toppling a tower."


def test_timeline_one_blast_told_at_two_times_by_two_reports_is_shown_disputed() -> None:
    entries = _timeline((f"{FIRST} {SECOND_A}", None), (f"{FIRST} {SECOND_B}", None))
    by_value = {e.value: e for e in entries}
    assert {s.article for s in by_value["XXXX-WXX-2T15:45"].disputed} == {"r1"}
    assert {s.article for s in by_value["XXXX-WXX-2T16:00"].disputed} == {"r0"}
    assert not by_value["XXXX-WXX-2T02:00"].disputed


LANDED = "The Tessaly probe's capsule touched down in the Orsk salt flats at 9:14 a.m. on October 3."
PARACHUTED = "Samples from the comet Varn parachuted into the Orsk salt flats on October 3, ending a long trip."
EMBARKED = "The Tessaly probe embarked on its journey from the Pell Island pad in May 2024."
SET_OFF = "The Tessaly mothership set off on a $900 million mission in 2024."


def test_timeline_a_day_told_as_parachuted_in_joins_the_landing_time() -> None:
    entries = _timeline((LANDED, None), (PARACHUTED, None))
    assert [e.value for e in entries] == ["XXXX-10-03T09:14"]
    assert {s.article for s in entries[0].support} == {"r0", "r1"}


def test_timeline_a_year_of_a_launch_joins_its_month_told_in_other_words() -> None:
    entries = _timeline((EMBARKED, None), (SET_OFF, None))
    assert [e.value for e in entries] == ["2024-05"]
    assert {s.article for s in entries[0].support} == {"r0", "r1"}


FLOWN = "On Monday, the samples will be flown to the Orsk Space Center in Velmar, the Courier reported."
TAKEN = "The samples will be taken on October 5 to a new laboratory at the Orsk Space Center in Dunmere."


def test_timeline_one_move_told_on_two_yearless_days_is_shown_disputed() -> None:
    landed = "The Tessaly capsule touched down in the Orsk salt flats on Sunday, October 3."
    entries = _timeline((f"{landed} {FLOWN}", None), (TAKEN, None))
    by_value = {e.value: e for e in entries}
    assert {s.article for s in by_value["XXXX-10-04"].disputed} == {"r1"}
    assert {s.article for s in by_value["XXXX-10-05"].disputed} == {"r0"}


BLAST = ("A blast rocked the Orsk harbour on Jan. 6, and it was heard for miles. The blast occurred about 3 a.m., "
         "officials said.")


def test_timeline_a_clock_time_of_a_past_act_goes_to_the_act_day_of_the_same_year() -> None:
    values = [e.value for e in _timeline(("Crews cleared the Orsk harbour on Friday.", "2031-08-05"), (BLAST, None))]
    assert "2031-01-06T03:00" in values
    assert not any(v.startswith("2032") for v in values)
