"""A count of hours opening a sentence ("Two hours later, ...") dates its sentence from the clock time before it.

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


START = "At around 3pm local time on Sunday, ash was seen rising from the Tavel ridge."
LATER = "Two hours later, officials ordered the evacuation of three hamlets near Orsa."


def test_timeline_two_hours_later_is_the_clock_time_before_it_moved_on() -> None:
    entries = _timeline(f"{START}\n\n{LATER}")
    assert [(e.value, e.text) for e in entries] == [("XXXX-WXX-7T15:00", START), ("XXXX-WXX-7T17:00", LATER)]


def test_timeline_a_count_with_no_clock_time_before_it_files_nothing() -> None:
    entries = _timeline(f"Ash was seen rising from the Tavel ridge on Sunday. {LATER}")
    assert [e.text for e in entries] == ["Ash was seen rising from the Tavel ridge on Sunday."]


def test_timeline_a_count_past_midnight_files_nothing() -> None:
    late = "At 11pm on Sunday, ash was seen rising from the Tavel ridge."
    entries = _timeline(f"{late} {LATER}")
    assert [e.text for e in entries] == [late]
