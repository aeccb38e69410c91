"""Helpers shared by the comparison tests."""

from __future__ import annotations

from storyline.model import Article, Comparison, Fact, Span


def fact_with(comparison: Comparison, articles: list[Article], *phrases: tuple[int, str]) -> Fact | None:
    """The fact whose support covers each (article index, phrase), or None."""

    def covers(span: Span, i: int, phrase: str) -> bool:
        at = articles[i].text.find(phrase)
        return span.article == articles[i].id and span.start < at + len(phrase) and at < span.end

    for fact in comparison.facts:
        if all(any(covers(s, i, p) for s in fact.support) for i, p in phrases):
            return fact
    return None
