"""A summary line counts the reports that tell its deed as the fact did: a doer named by one word ("Tarnak
released ...") is a doer only as an entity the reports mention, so the line reads the reports' entity mentions."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Entity, Fact, Span

LINE = ("Tarnak released the Vellish sailor Ivo Brandt on Monday evening, handing him over to the International"
        " Committee of the Red Cross (ICRC) in the southern port of Oskel.")
OTHER = ("Tarnak announced it had released Brandt as a goodwill gesture towards the Orvale envoy, who is touring the"
         " northern isles this week.")


def _analysis(article: Article) -> Analysis:
    at = article.text.index("Tarnak")
    return Analysis(article=article.id, version="t",
                    entities=(Entity(id="e1", name="Tarnak", type="ORG",
                                     mentions=(Span(article=article.id, start=at, end=at + 6),)),))


def test_a_one_word_doer_read_as_an_entity_counts_both_reports() -> None:
    articles = [Article(id="a", text=LINE), Article(id="b", text=OTHER)]
    fact = Fact(id="f1", text=LINE[:-1], status="corroborated", independent_sources=2,
                support=tuple(Span(article=a.id, start=0, end=len(a.text) - 1) for a in articles))
    (line,) = summarize(articles, [_analysis(a) for a in articles], [fact], sentences=1)
    assert [s.article for s in line.support] == ["a", "b"]
    assert line.independent_sources == 2
