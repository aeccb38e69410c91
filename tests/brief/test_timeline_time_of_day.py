"""QA round T #14: one date's entry told at different times of the day is not one event.

"The Orvell bridge collapsed on Tuesday morning, leaving four workers missing" and "The Velmora consulate said
on Tuesday night that the four missing workers were presumed dead" share words, but a morning and a night tell
two events: each leads an entry of its own. Sentences told at one time of the day, or with no time of the day,
still join by their words; an evening and a night may be one.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, MetaValue, TimeExpr


def _report(article: str, text: str, phrase: str, value: str) -> tuple[Article, Analysis]:
    timex = TimeExpr(span=span(text, article, phrase), text=phrase, type="TIME", value=value)
    published = MetaValue(value="2031-03-26")
    return Article(id=article, text=text, published=published), Analysis(article=article, version="t", timexes=(timex,))


def _lines(*reports: tuple[Article, Analysis]) -> list[tuple[str, ...]]:
    entries = build_timeline([r[0] for r in reports], [r[1] for r in reports])
    return [tuple(s.article for s in e.support) for e in entries]


_MORNING = _report(
    "m", "The Orvell bridge collapsed on Tuesday morning, leaving four construction workers missing.",
    "Tuesday morning", "2031-03-25TMO",
)
_NIGHT = _report(
    "n", "The Velmora consulate said on Tuesday night that the four missing construction workers were presumed dead.",
    "Tuesday night", "2031-03-25TNI",
)


def test_timeline_morning_and_night_of_one_day_are_two_entries() -> None:
    assert _lines(_MORNING, _NIGHT) == [("m",), ("n",)]


def test_timeline_evening_and_night_of_one_day_may_be_one_entry() -> None:
    evening = _report(
        "e", "Police said on Tuesday evening that the four missing construction workers were presumed dead.",
        "Tuesday evening", "2031-03-25TEV",
    )
    assert _lines(_NIGHT, evening) == [("n", "e")]


def test_timeline_day_without_a_time_of_day_joins_by_its_words() -> None:
    day = _report(
        "d", "Four construction workers went missing when the Orvell bridge collapsed on Tuesday.",
        "Tuesday", "2031-03-25",
    )
    assert _lines(_MORNING, day) == [("m", "d")]
