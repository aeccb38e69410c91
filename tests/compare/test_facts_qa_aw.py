"""Facts of QA round AW (fictional examples): a speaker's own public act counts each outlet; a statement
supports a line only when it tells the line's own point."""

from __future__ import annotations

from dataclasses import replace

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.own_acts import tells_own_act
from storyline.model import Analysis, Article, MetaValue, Span


def _reports(texts: list[str], outlets: list[str]) -> tuple[list[Article], list[Analysis]]:
    pairs = enumerate(zip(texts, outlets, strict=True))
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=o)) for i, (t, o) in pairs]
    return articles, [Analysis(article=a.id, version="t") for a in articles]


def _whole(a: Article, report: int) -> Unit:
    end = len(a.text) - 1 if a.text.endswith(".") else len(a.text)
    return Unit.make(span=Span(article=a.id, start=0, end=end), text=a.text[:end], report=report)


def test_a_speakers_announced_resignation_counts_each_outlet() -> None:
    """That the rector announced her resignation is each outlet's report of a public act, not her claim relayed:
    three outlets telling it are three sources, though each credits the announcement to her."""
    texts = [
        "Vellmark University rector Ilse Tarrow announced her resignation on Friday after weeks of protests.",
        "Rector Ilse Tarrow said she would resign from her post on Friday.",
        "Ilse Tarrow has announced her resignation following the protests.",
    ]
    articles, analyses = _reports(texts, ["Harbour Herald", "Valley Post", "Coast Daily"])
    units = [replace(_whole(a, i), speakers=frozenset({"E1"})) for i, a in enumerate(articles)]
    facts = build_facts(articles, analyses, units, [[0, 1, 2]], names={"E1": ("Ilse Tarrow", "PERSON")})
    assert [(f.status, f.independent_sources, f.origin) for f in facts] == [("corroborated", 3, None)]


def test_what_a_speaker_said_of_her_resignation_stays_her_claim() -> None:
    """What she said about it is still one speaker's words, however many outlets tell it."""
    texts = [
        "Ilse Tarrow said the decision to leave had been painful.",
        "The decision to leave had been painful, Ilse Tarrow said in a letter.",
    ]
    articles, analyses = _reports(texts, ["Harbour Herald", "Valley Post"])
    units = [replace(_whole(a, i), speakers=frozenset({"E1"})) for i, a in enumerate(articles)]
    facts = build_facts(articles, analyses, units, [[0, 1]], names={"E1": ("Ilse Tarrow", "PERSON")})
    assert [(f.independent_sources, f.origin) for f in facts] == [(1, "Ilse Tarrow")]


def test_tells_own_act() -> None:
    assert tells_own_act("Mayor Oren Falk announced his retirement on Monday")
    assert tells_own_act("The chair said that he is stepping down at the end of the month")
    assert not tells_own_act("Oren Falk said the bridge would reopen in May")
    assert not tells_own_act("Falk said his decision to step down had been hard")
