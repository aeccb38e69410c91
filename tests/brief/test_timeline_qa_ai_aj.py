"""Rounds AI and AJ: office hours are no timeline day; a day a condition hangs on is no event; one event given two
neighbouring weekdays by two reports is one entry, the other day disputed; a line of a date cites one event.

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


HOURS = "Shoppers with questions may call (555) 010-4477 8 AM to 5 PM EST Monday through Friday."
HOURS_2 = "The Velmar help line is open Monday-Friday, 9 a.m.-6 p.m. local time."
TAKEN = "Velmar Foods took its Crunchy Oat bars off the shelves on Friday."


def test_timeline_office_hours_are_no_entry() -> None:
    entries = _timeline(f"{TAKEN} {HOURS}", f"{TAKEN} {HOURS_2}")
    assert [e.text for e in entries] == [TAKEN]


def test_timeline_a_stretch_of_weekdays_without_hours_stays() -> None:
    talks = "Negotiators met from Monday through Friday in Orsk."
    assert [e.text for e in _timeline(talks)] != []


THREAT = '"Dalmark knew what was coming for them on Wednesday if we did not reach a deal," he said.'
DEAL = "The Orsk Metalworkers union reached a tentative agreement with Dalmark Motors on Wednesday."


def test_timeline_a_day_a_condition_hangs_on_is_no_event() -> None:
    entries = _timeline(f"{DEAL} {THREAT}")
    assert [e.text for e in entries] == [DEAL]
    assert [len(e.support) for e in entries] == [1]
