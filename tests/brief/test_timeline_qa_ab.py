"""Round AB: in a story told without a year, a year told as one to come is a plan, not background.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, TimeExpr

_UNDATED = (
    "Orlan Mills said on Monday that it will buy Brackwater Iron to make the foundry a wholly owned subsidiary "
    "in 2032. Brackwater Iron was founded in 1911. The deal was signed on Dec. 4."
)


def test_timeline_a_year_told_ahead_in_a_year_less_story_is_no_background() -> None:
    art = Article(id="u", text=_UNDATED)
    found = (("Monday", "XXXX-WXX-1"), ("2032", "2032"), ("1911", "1911"), ("Dec. 4", "XXXX-12-04"))
    timexes = tuple(TimeExpr(span=span(_UNDATED, "u", p), text=p, type="DATE", value=v) for p, v in found)
    marks = {
        e.value: e.background for e in build_timeline([art], [Analysis(article="u", version="t", timexes=timexes)])
    }
    assert marks["2032"] is False
    assert marks["1911"] is True
