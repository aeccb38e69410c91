"""The magnitude of a story's quake as reports give it (QA round U): "gauged ... at a magnitude of 6.8" and "with
a magnitude of 7.0" disagree; an aftershock's or an earlier quake's magnitude is another shock's. Fictional
texts."""

from __future__ import annotations

import pytest

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.magnitudes import magnitudes
from storyline.model import Analysis, Article, MetaValue, Span


def _conflicts(texts: list[str]) -> list[str]:
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]
    facts = build_facts(articles, analyses, units, [[n] for n in range(len(units))])
    return sorted({f.why for f in facts if f.status == "conflict"})


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The 6.8-magnitude quake struck the Velm valley late on Friday.", [6.8]),
        ("The quake, gauged by the survey at a magnitude of 6.8, struck the Velm valley.", [6.8]),
        ("The quake measured 7.0 on the Richter scale.", [7.0]),
        ("A 4.9-magnitude aftershock shook Velm on Sunday.", []),
        ("A quake of magnitude 6.4 killed 600 people in Velm in 2004.", []),
    ],
)
def test_magnitudes_are_read_as_news_writes_them(text: str, values: list[float]) -> None:
    assert [q.value for q in magnitudes(text)] == values


def test_two_magnitudes_of_the_quake_conflict() -> None:
    assert _conflicts([
        "The Velm quake, gauged by the survey at a magnitude of 6.8, flattened three villages.",
        "The earthquake, with a magnitude of 7.0, struck late on Friday in the Velm valley.",
    ]) == ["magnitude 6.8 vs 7.0"]


def test_one_magnitude_in_other_words_is_no_conflict() -> None:
    assert _conflicts([
        "The Velm quake, gauged by the survey at a magnitude of 6.8, flattened three villages.",
        "The 6.8-magnitude earthquake struck late on Friday in the Velm valley.",
    ]) == []


def test_a_fact_every_statement_of_which_gives_one_magnitude_is_that_side() -> None:
    # a fact told by two reports with the same magnitude is the side itself, not a corroborated fact beside it
    texts = [
        "The 6.8-magnitude quake struck the Velm valley late on Friday, the survey said.",
        "A 6.8-magnitude quake struck the Velm valley late on Friday, the survey reported.",
        "The earthquake, with a magnitude of 7.0, struck late on Friday in the Velm valley.",
    ]
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]
    facts = build_facts(articles, analyses, units, [[0, 1], [2]])
    assert [(f.status, len(f.support)) for f in facts] == [("conflict", 2), ("conflict", 1)]
