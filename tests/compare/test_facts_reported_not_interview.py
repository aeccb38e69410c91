"""An outlet credited only as the one that reported a speaker's announcement ("..., Harbor Wire reports") is no
interview the other reports took the words from: two reports that tell the announcement in their own words stay
sources of their own beside the one crediting the wire (QA AU s1: a president's pardon told by four outlets turned
into one source, the agency one report credited). Fictional texts."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.model import Analysis, Article, Citation, MetaValue, Span

OWN = [
    "Governor Ansel Varo announced Sunday that he has pardoned his brother Tomas Varo before his sentencing.",
    "Governor Ansel Varo said he had pardoned his brother Tomas Varo, who faced sentencing this month.",
]
WIRE = {
    "reported": "Governor Ansel Varo said on Sunday he had pardoned his brother, Tomas Varo, Harbor Wire reports.",
    "told": "Governor Ansel Varo said he had pardoned his brother, Tomas Varo, he told Harbor Wire.",
}
NAMES = {"E1": ("Ansel Varo", "PERSON")}


def _fact(kind: str) -> tuple[int, str | None]:
    articles, analyses, units = [], [], []
    for i, text in enumerate([*OWN, WIRE[kind]]):
        aid = f"r{i}"
        articles.append(Article(id=aid, text=text, outlet=MetaValue(value=f"Outlet {i}")))
        citations: tuple[Citation, ...] = ()
        if text == WIRE[kind]:
            at = text.index("Harbor Wire" if kind == "reported" else "told")
            citations = (Citation(span=Span(article=aid, start=at, end=len(text) - 1), text=text[at:-1],
                                  cites="Harbor Wire", kind=kind, credited=Span(article=aid, start=0, end=at - 2)),)
        analyses.append(Analysis(article=aid, version="t", citations=citations))
        end = len(text) - 1
        units.append(Unit.make(span=Span(article=aid, start=0, end=end), text=text[:end], report=i,
                               speakers=frozenset({"E1"})))
    (fact,) = build_facts(articles, analyses, units, [[0, 1, 2]], names=NAMES)
    return fact.independent_sources, fact.origin


def test_an_outlet_credited_as_reporting_is_no_interview_the_others_took_it_from() -> None:
    assert _fact("reported") == (3, None)


def test_an_outlet_the_speaker_told_is_the_one_interview() -> None:
    assert _fact("told") == (1, "Harbor Wire")
