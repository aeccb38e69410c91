"""The weekdays of a story whose reports give no year, in the merged timeline: counted from a month and day
told with its weekday ("Tuesday, March 26"), else ordered by tense, never given a year.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline, place_approximate
from storyline.model import Analysis, Article, TimeExpr


def _report(article: str, text: str, found: tuple[tuple[str, str], ...]) -> tuple[Article, Analysis]:
    timexes = tuple(
        TimeExpr(span=span(text, article, phrase), text=phrase, type="DATE", value=value) for phrase, value in found
    )
    return Article(id=article, text=text), Analysis(article=article, version="t", timexes=timexes)


def _story(*reports: tuple[Article, Analysis]) -> list[tuple[str, str]]:
    entries = build_timeline([r[0] for r in reports], [r[1] for r in reports])
    assert not any(e.year_stated for e in entries)  # no report gives a year, and none is made up
    return [(e.value, e.text) for e in entries]


_COUNCIL = _report(
    "c",
    "The Dunmere council met on Tuesday, March 26, and voted to close the Orlo bridge. "
    "Inspectors had first seen the cracks on March 18.",
    (("Tuesday, March 26", "XXXX-03-26"), ("March 18", "XXXX-03-18")),
)


def test_timeline_weekday_is_counted_from_a_day_told_with_its_weekday() -> None:
    bridge = _report(
        "b",
        "The Orlo bridge was shut on Sunday after cracks were found, engineers said. "
        "The council will meet again on Friday.",
        (("Sunday", "XXXX-WXX-7"), ("Friday", "XXXX-WXX-5")),
    )
    assert _story(_COUNCIL, bridge) == [
        ("XXXX-03-18", "Inspectors had first seen the cracks on March 18."),
        ("XXXX-03-24", "The Orlo bridge was shut on Sunday after cracks were found, engineers said."),
        ("XXXX-03-26", "The Dunmere council met on Tuesday, March 26, and voted to close the Orlo bridge."),
        ("XXXX-03-29", "The council will meet again on Friday."),  # the Friday after, as its verb tells
    ]


def test_timeline_counted_weekday_joins_the_day_another_report_gives() -> None:
    bridge = _report(
        "b", "The Orlo bridge was shut on Sunday, engineers said.", (("Sunday", "XXXX-WXX-7"),)
    )
    shut = _report("s", "Engineers shut the Orlo bridge on March 24.", (("March 24", "XXXX-03-24"),))
    entries = build_timeline([_COUNCIL[0], bridge[0], shut[0]], [_COUNCIL[1], bridge[1], shut[1]])
    day = next(e for e in entries if e.value == "XXXX-03-24")
    assert {s.article for s in day.support} == {"b", "s"}
    assert not any(e.value.startswith("XXXX-WXX") for e in entries)


def test_timeline_weekday_counted_into_another_week_from_an_anchor() -> None:
    bridge = _report(
        "b", "The cracks were reported last Wednesday, engineers said.", (("last Wednesday", "XXXX-WXX-3"),)
    )
    assert ("XXXX-03-20", "The cracks were reported last Wednesday, engineers said.") in _story(_COUNCIL, bridge)


def test_timeline_day_to_come_anchors_no_weekday() -> None:
    # "set for Tuesday, March 26" tells a day to come, not the day of the news: Sunday may be any Sunday before
    vote = _report(
        "v",
        "The Dunmere vote is set for Tuesday, March 26. Campaigning ended on Sunday, officials said.",
        (("Tuesday, March 26", "XXXX-03-26"), ("Sunday", "XXXX-WXX-7")),
    )
    # Sunday stays a weekday of no known week; told of the past, it comes before the vote to come
    assert [value for value, _ in _story(vote)] == ["XXXX-WXX-7", "XXXX-03-26"]


def test_timeline_anchors_that_fit_no_one_calendar_anchor_nothing() -> None:
    other = _report(
        "o", "The Dunmere council met on Wednesday, March 26, officials said.", (("Wednesday, March 26", "XXXX-03-26"),)
    )
    bridge = _report("b", "The Orlo bridge was shut on Sunday, engineers said.", (("Sunday", "XXXX-WXX-7"),))
    assert "XXXX-WXX-7" in [value for value, _ in _story(_COUNCIL, other, bridge)]


def test_timeline_weekday_across_a_leap_day_stays_a_weekday() -> None:
    # Tuesday, March 5 falls in common and leap years alike: the Thursday before is Feb 28 or Feb 29
    council = _report(
        "c", "The Dunmere council met on Tuesday, March 5, officials said.", (("Tuesday, March 5", "XXXX-03-05"),)
    )
    bridge = _report("b", "The Orlo bridge was shut on Thursday, engineers said.", (("Thursday", "XXXX-WXX-4"),))
    assert [value for value, _ in _story(council, bridge)] == ["XXXX-03-05", "XXXX-WXX-4"]


def test_timeline_unanchored_weekdays_go_past_then_untensed_then_to_come() -> None:
    bridge = _report(
        "b",
        "The Orlo bridge will reopen on Friday. The Dunmere council said on Monday it would pay for the repairs. "
        "Protests in Dunmere on Saturday.",
        (("Friday", "XXXX-WXX-5"), ("Monday", "XXXX-WXX-1"), ("Saturday", "XXXX-WXX-6")),
    )
    assert _story(bridge) == [
        ("XXXX-WXX-1", "The Dunmere council said on Monday it would pay for the repairs."),
        ("XXXX-WXX-6", "Protests in Dunmere on Saturday."),
        ("XXXX-WXX-5", "The Orlo bridge will reopen on Friday."),
    ]


def test_timeline_unanchored_weekdays_stay_after_year_less_days() -> None:
    bridge = _report(
        "b",
        "The Orlo bridge was shut on Sunday, engineers said. Its cracks were first seen on March 18.",
        (("Sunday", "XXXX-WXX-7"), ("March 18", "XXXX-03-18")),
    )
    assert [value for value, _ in _story(bridge)] == ["XXXX-03-18", "XXXX-WXX-7"]


def test_timeline_only_an_unanchored_weekday_is_placed_approximately() -> None:
    bridge = _report(
        "b", "The Orlo bridge was shut on Sunday, engineers said. Its cracks were first seen on March 18.",
        (("Sunday", "XXXX-WXX-7"), ("March 18", "XXXX-03-18")),
    )
    alone = build_timeline([bridge[0]], [bridge[1]])
    assert [(e.value, place_approximate(e)) for e in alone] == [("XXXX-03-18", False), ("XXXX-WXX-7", True)]
    anchored = build_timeline([_COUNCIL[0], bridge[0]], [_COUNCIL[1], bridge[1]])
    assert [e.value for e in anchored] == ["XXXX-03-18", "XXXX-03-24", "XXXX-03-26"]
    assert not any(place_approximate(e) for e in anchored)
