"""One speaker's words that one report credits to an interview with an outlet and another to the speaker alone
count as one source, that outlet (QA round V #8): '..., he told Radio Kesk' in one report and '..., he said'
in another are the mayor's words from one interview, as they are when both reports credit it. Fictional texts."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.model import Analysis, Article, Citation, MetaValue, Span

WORDS = "We have not yet searched the cellars"
SAID = f'Mayor Ansel Varo spoke on Friday. "{WORDS}," he said.'
TOLD = f'"{WORDS}," Mayor Ansel Varo told Radio Kesk.'
TOLD_OTHER = f'"{WORDS}," Mayor Ansel Varo told the Lakeside Courier.'
NAMES = {"E1": ("Ansel Varo", "PERSON")}


def _citation(aid: str, text: str, outlet: str) -> Citation:
    at = text.index("told ")
    span = Span(article=aid, start=at, end=at + len("told ") + len(outlet))
    return Citation(span=span, text=text[span.start : span.end], cites=outlet, kind="told",
                    credited=Span(article=aid, start=1, end=1 + len(WORDS)))


def _sources(*reports: tuple[str, str | None]) -> tuple[int, str | None]:
    articles, analyses, units = [], [], []
    for i, (text, outlet) in enumerate(reports):
        aid = f"r{i}"
        articles.append(Article(id=aid, text=text, outlet=MetaValue(value=f"Outlet {i}")))
        citations = (_citation(aid, text, outlet),) if outlet else ()
        analyses.append(Analysis(article=aid, version="t", citations=citations))
        at = text.index(WORDS)
        units.append(Unit.make(span=Span(article=aid, start=at, end=at + len(WORDS)), text=WORDS, report=i,
                               kind="quote", speakers=frozenset({"E1"}), worded=True))
    (fact,) = build_facts(articles, analyses, units, [[0, 1]], names=NAMES)
    return fact.independent_sources, fact.origin


def test_a_quote_credited_to_one_interview_by_one_report_is_one_source() -> None:
    assert _sources((SAID, None), (TOLD, "Radio Kesk")) == (1, "Radio Kesk")


def test_a_quote_credited_to_one_interview_by_both_reports_is_one_source() -> None:
    assert _sources((TOLD, "Radio Kesk"), (TOLD, "Radio Kesk")) == (1, "Radio Kesk")


def test_two_interviews_are_two_sources() -> None:
    assert _sources((TOLD, "Radio Kesk"), (TOLD_OTHER, "the Lakeside Courier"))[0] == 2
