"""Round AE: a weekday written beside its day ("no later than Monday morning, March 10, 2031") is one timeline
entry on that day, not a second one on "Monday"; a deadline weekday after a dateline lies after its day.

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


ACCESS = "Savers will have full access to their deposits no later than Monday morning, March 10, 2031."


def test_timeline_a_weekday_beside_its_dated_day_is_one_entry() -> None:
    entries = _timeline(f"Orsk Savings Bank was closed on Friday. {ACCESS}")
    assert [e.value for e in entries if e.text == ACCESS] == ["2031-03-10"]


DEADLINE = "The ministry said the four envoys would have to leave the country by Sunday."


def test_timeline_a_deadline_after_a_dateline_comes_after_the_news_day() -> None:
    text = (
        "Velland expels four envoys\n\nORSK, Oct 14 (Norvik Wire) -- Velland on Monday decided to expel four "
        f"envoys of Tarsia.\n\n{DEADLINE}"
    )
    values = [e.value for e in _timeline(text)]
    assert values[-1].startswith("XXXX-10-20")
    assert [e.text for e in _timeline(text)][-1] == DEADLINE


# round AD: a year-less day to come comes after the weekdays of the news, a month told of the past before them
PLAN = "Orlan Pharma said it planned to apply for approval in Velland by the end of its business year on March 31."
PANEL = "The price is above the range that the Norvik pricing panel in December said would be fair."
APPROVAL = "On Friday, the Orsk drug agency approved the Orlan Pharma treatment."


def test_timeline_a_year_less_day_to_come_goes_after_the_weekdays_of_the_news() -> None:
    entries = _timeline(f"{APPROVAL} {PANEL} {PLAN}")
    assert [e.text for e in entries] == [PANEL, APPROVAL, PLAN]


def test_timeline_a_year_less_day_to_come_keeps_its_place_with_no_weekday() -> None:
    entries = _timeline(f"{PANEL} {PLAN}")
    assert [e.text for e in entries] == [PLAN, PANEL]
