"""An agency's sentence that a rewrite carries word for word but credits to another outlet (QA round W): the
rewrite had it from that outlet, which had it from the agency, so the sentence is one source. Fictional texts."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.model import Analysis, Article, Citation, MetaValue, Span

_BODY = (
    "The death toll in the river town of Kessry has climbed to 1,400 as rescuers dig through the mud left by the"
    " collapse of the old Vell dam after days of heavy rain"
)
AGENCY = _BODY + ", the Kessry Red Cross said on Friday."
REWRITE = _BODY + ", Harbor Radio reports citing the Kessry Red Cross."


def test_an_agency_sentence_credited_to_an_outlet_by_a_rewrite_is_one_source() -> None:
    articles = [
        Article(id="a", text=AGENCY, outlet=MetaValue(value="AP")),
        Article(id="w", text=REWRITE, outlet=MetaValue(value="Lakeside Courier")),
    ]
    at = REWRITE.index("Harbor Radio")
    credit = Citation(span=Span(article="w", start=at, end=at + len("Harbor Radio reports")), text="Harbor Radio",
                      cites="Harbor Radio")
    analyses = [Analysis(article="a", version="t"), Analysis(article="w", version="t", citations=(credit,))]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]
    (fact,) = build_facts(articles, analyses, units, [[0, 1]])
    assert fact.status == "single"
    assert fact.independent_sources == 1
    assert fact.origin == "AP"
