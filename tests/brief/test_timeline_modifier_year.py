"""The timeline files a sentence under the time of its event, not under a year that modifies a noun."""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, MetaValue, TimeExpr

# every text here is written for these tests; no sentence comes from a real report
SETTLED = (
    "Norvale Media agreed Tuesday to pay $12 million to Kestrel Ballots over claims about the 2026 mayoral "
    "election in Harbourside."
)


def test_timeline_a_year_modifying_a_noun_files_no_sentence() -> None:
    article = Article(id="a", text=SETTLED, published=MetaValue(value="2029-03-14"))
    timexes = (
        TimeExpr(span=span(SETTLED, "a", "Tuesday"), text="Tuesday", type="DATE", value="2029-03-13"),
        TimeExpr(span=span(SETTLED, "a", "2026"), text="2026", type="DATE", value="2026"),
    )
    entries = build_timeline([article], [Analysis(article="a", version="t", timexes=timexes)])
    # the settlement is Tuesday's news, once; the election's year files nothing
    assert [e.value for e in entries] == ["2029-03-13"]
