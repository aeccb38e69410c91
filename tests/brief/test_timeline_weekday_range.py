"""QA round AC: a sentence that tells a span of weekdays ("talks from Monday in Varn, ... on Friday") puts its
first weekday first on the timeline, although Friday then Monday would be the nearest pair of past weekdays.
Weekdays told in two sentences keep the nearest order.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, TimeExpr


def _values(article: str, text: str, found: tuple[tuple[str, int, str], ...]) -> list[str]:
    timexes = tuple(
        TimeExpr(span=span(text, article, phrase, nth), text=phrase, type="DATE", value=value)
        for phrase, nth, value in found
    )
    analysis = Analysis(article=article, version="t", timexes=timexes)
    entries = build_timeline([Article(id=article, text=text)], [analysis])
    return [e.value for e in entries]


def test_timeline_weekday_range_from_monday_to_friday_keeps_monday_first() -> None:
    text = (
        "Trade envoys from Osterra and Pellin held four days of talks from Monday in Varn, with both sides "
        "signing a joint statement in a ceremony on Friday."
    )
    found = (("Monday", 0, "XXXX-WXX-1"), ("Friday", 0, "XXXX-WXX-5"))
    assert _values("v", text, found) == ["XXXX-WXX-1", "XXXX-WXX-5"]


def test_timeline_weekday_range_between_two_weekdays_keeps_the_first_first() -> None:
    text = "The Varn ferry strike ran between Tuesday and Saturday, the union said."
    found = (("Tuesday", 0, "XXXX-WXX-2"), ("Saturday", 0, "XXXX-WXX-6"))
    assert _values("v", text, found) == ["XXXX-WXX-2", "XXXX-WXX-6"]


def test_timeline_weekdays_in_two_sentences_keep_the_nearest_order() -> None:
    text = "The Varn talks opened with a dinner from Monday. The envoys signed a statement on Friday."
    found = (("Monday", 0, "XXXX-WXX-1"), ("Friday", 0, "XXXX-WXX-5"))
    assert _values("v", text, found) == ["XXXX-WXX-5", "XXXX-WXX-1"]
