"""A week or a weekend told in a report with no date has TIMEX3's value of a week of unknown date.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue

# fictional
_FLOOD = (
    "The Orlo river burst its banks earlier this week. Rain fell on Tellan all through last weekend, "
    "and crews in Tellan will work through the weekend."
)


def _values(published: str | None) -> dict[str, str | None]:
    art = Article(id="a", text=_FLOOD, published=MetaValue(value=published))
    return {t.text: t.value for t in extract_timexes(art)}


def test_timex_weeks_of_an_undated_report_are_underspecified() -> None:
    assert _values(None) == {
        "earlier this week": "XXXX-WXX",
        "last weekend": "XXXX-WXX-WE",
        "the weekend": "XXXX-WXX-WE",
    }


def test_timex_weeks_of_a_dated_report_keep_their_week() -> None:
    # 2031-03-07 is a Friday of ISO week 10
    assert _values("2031-03-07") == {
        "earlier this week": "2031-W10",
        "last weekend": "2031-W09-WE",
        "the weekend": "2031-W10-WE",
    }
