"""Rounds AG and AH: a weekday is placed on the day another report of the story dates the same event by ("arrested
... on March 9" / "arrested ... on Saturday evening"; "held on May 15, 2030" / "declared ... on Wednesday"), and
the story's other weekdays lie nearest that day; "yesterday" in a report with no day of its own is the day
before the story's news day; the end of a length of time a sentence dates by another day files no entry.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue, TimelineEntry


def _timeline(*texts: str) -> tuple[TimelineEntry, ...]:
    arts = [Article(id=f"r{i}", text=t, published=MetaValue()) for i, t in enumerate(texts)]
    return build_timeline(arts, [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts])


def _value(texts: tuple[str, ...], words: str) -> str:
    """The value of the entry one of whose sentences holds ``words``."""
    for entry in _timeline(*texts):
        if any(words in texts[int(s.article[1:])][s.start : s.end] for s in entry.support):
            return entry.value
    raise AssertionError(f"no entry tells {words!r}")


DATED = "Reports said the engineer Olek Varn was arrested at Quellby airport late on March 9."
WEEKDAY = "Varn was arrested at Quellby airport on Saturday evening after landing from Orsk, the Velm Courier said."
SUNDAY = "The Tarsian consulate asked to see him, the Norvik Wire reported on Sunday."
MONDAY = "There was no political motive, the Velland president said on Monday."


def test_a_weekday_takes_the_day_another_report_gives_the_same_event() -> None:
    texts = (DATED, f"{WEEKDAY} {SUNDAY} {MONDAY}")
    assert _value(texts, "on Saturday evening") == "XXXX-03-09"


def test_the_other_weekdays_lie_nearest_the_event_day() -> None:
    texts = (DATED, f"{WEEKDAY} {SUNDAY}", MONDAY)
    assert _value(texts, "on Sunday") == "XXXX-03-10"
    assert _value(texts, "on Monday") == "XXXX-03-11"


def test_a_weekday_of_another_event_stays_a_weekday() -> None:
    other = "The Velland football league resumed its season on Saturday evening after a long break."
    texts = (DATED, other)
    assert _value(texts, "league") == "XXXX-WXX-6"


FULL = "The council vote on the Orsk dam was held in a special session on May 15, 2030."
VOTE = "The Orsk council on Wednesday voted for the dam in a special session."


def test_a_weekday_takes_a_dated_day_of_the_same_event_when_it_is_that_weekday() -> None:
    texts = (FULL, VOTE)
    assert _value(texts, "on Wednesday voted") == "2030-05-15"


def test_a_weekday_that_is_not_the_dated_day_s_own_stays_a_weekday() -> None:
    texts = (FULL, VOTE.replace("Wednesday", "Thursday"))
    assert _value(texts, "on Thursday voted") == "XXXX-WXX-4"


def test_yesterday_in_a_report_with_no_day_is_the_day_before_the_news_day() -> None:
    texts = (FULL, VOTE, "The Orsk water board had approved the dam plans yesterday.")
    assert _value(texts, "yesterday") == "2030-05-14"


def test_the_end_of_a_length_of_time_dated_by_another_day_files_no_entry() -> None:
    text = "Orlan is set to report earnings for the three months through December 30 in early February."
    assert [e.value for e in _timeline(text)] == ["XXXX-02"]


def test_the_end_of_a_length_of_time_alone_keeps_its_entry() -> None:
    text = "Orlan's sales rose by a fifth in the three months through December 30."
    assert [e.value for e in _timeline(text)] == ["XXXX-12-30"]
