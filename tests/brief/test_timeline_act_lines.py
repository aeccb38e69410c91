"""Lines of one act told of one thing are one timeline line, whichever sentence a date's lines were opened by.

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


STARTED = "The eruption started around 14:00 local time on Sunday and sent lava down the slope toward farms."
NAMED = "The volcano, Mount Tavel, erupted on Sunday, sending jets of lava and a plume of ash into the sky."
PLACED = "A volcano erupted on the island of Orsa on Sunday, its lava reaching farms and forcing families out."


def test_timeline_one_eruption_told_three_ways_is_one_line() -> None:
    entries = _timeline(STARTED, NAMED, PLACED)
    sunday = [e for e in entries if e.value.startswith("XXXX-WXX-7")]
    assert len(sunday) == 1
    assert {s.article for s in sunday[0].support} == {"r0", "r1", "r2"}


CRASHED_BUS = "A bus crashed near Orsk on Monday, injuring nine passengers."
CRASHED_VAN = "A delivery van crashed on the ring road on Monday after its brakes failed."


def test_timeline_two_crashes_of_two_things_stay_two_lines() -> None:
    entries = _timeline(CRASHED_BUS, CRASHED_VAN)
    assert len([e for e in entries if e.value == "XXXX-WXX-1"]) == 2
