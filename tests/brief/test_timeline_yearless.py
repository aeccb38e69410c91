"""The merged timeline with year-less values ("XXXX-03-04"), as undated reports with a dateline give them.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, MetaValue, TimeExpr

_WIRE = "The ferry ran aground on Wednesday. The inquiry had been set for March 9. Its pier was built in 1998."


def _wire() -> tuple[Article, Analysis]:
    timexes = tuple(
        TimeExpr(span=span(_WIRE, "w", phrase), text=phrase, type="DATE", value=value)
        for phrase, value in (("Wednesday", "XXXX-03-04"), ("March 9", "XXXX-03-09"), ("1998", "1998"))
    )
    return Article(id="w", text=_WIRE), Analysis(article="w", version="t", timexes=timexes)


def test_timeline_keeps_year_less_days_after_the_dated_entries() -> None:
    art, ana = _wire()
    entries = build_timeline([art], [ana])
    assert [(e.value, e.year_stated) for e in entries] == [
        ("1998", True),
        ("XXXX-03-04", False),
        ("XXXX-03-09", False),
    ]


def test_timeline_year_less_day_joins_a_dated_report_of_the_story() -> None:
    art, ana = _wire()
    text = "Divers reached the ferry on March 4, the coast guard said."
    dated = Article(id="d", text=text, published=MetaValue(value="2026-03-05"))
    dated_ana = Analysis(
        article="d",
        version="t",
        timexes=(TimeExpr(span=span(text, "d", "March 4"), text="March 4", type="DATE", value="2026-03-04"),),
    )
    entries = build_timeline([art, dated], [ana, dated_ana])
    day = next(e for e in entries if e.value.endswith("03-04"))
    assert day.value == "2026-03-04"
    assert day.year_stated  # the dated report states it
    assert {s.article for s in day.support} == {"w", "d"}
    assert ("2026-03-09", False) in [(e.value, e.year_stated) for e in entries]
