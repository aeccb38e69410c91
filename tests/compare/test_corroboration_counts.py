"""Corroboration counts on claims that reports tell in different words (written examples)."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.conflicts import toll_counts
from storyline.compare.facts import build_facts
from storyline.model import Analysis, Article, MetaValue, Span


def _reports(texts: list[list[str]]) -> tuple[list[Article], list[Analysis], list[Unit]]:
    """Reports of the given sentences, one statement each, numbered in order."""
    articles, units = [], []
    for i, sentences in enumerate(texts):
        text = " ".join(sentences)
        articles.append(Article(id=f"r{i}", text=text, outlet=MetaValue(value=f"Outlet {i}")))
        for s in sentences:
            start = text.index(s)
            span = Span(article=f"r{i}", start=start, end=start + len(s) - 1)
            units.append(Unit.make(span=span, text=s[:-1], report=i))
    return articles, [Analysis(article=a.id, version="t") for a in articles], units


def test_corroboration_a_headline_with_the_side_figure_is_no_second_fact() -> None:
    """A headline giving its lead's toll, in words the toll reader does not take, sides with its lead: the claim
    is one fact in the conflict, not also a corroborated fact of its own beside it."""
    headline = "Thousands flee as storm kills at least 40 people and floods most homes in Velm."
    assert not toll_counts(headline)  # what makes the case: the headline's count is not read
    articles, analyses, units = _reports(
        [
            [headline, "The storm killed at least 40 people and flooded most homes in Velm on Monday."],
            ["At least 40 people were killed and most homes flooded when the storm hit Velm, officials said."],
            ["Nearly 20 killed as storm floods homes in Velm."],
        ]
    )
    facts = build_facts(articles, analyses, units, [[0, 1, 2, 3]])
    assert [(f.status, sorted({s.article for s in f.support})) for f in facts] == [
        ("conflict", ["r0", "r1"]),
        ("conflict", ["r2"]),
    ]
    assert len(facts[0].support) == 3
