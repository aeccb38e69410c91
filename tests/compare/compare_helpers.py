"""Helpers shared by the comparison tests."""

from __future__ import annotations

from storyline.compare.link import link_entities
from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.model import Analysis, Article, Comparison, Fact, Span, StoryEntity


def link(nlp, texts: dict[str, str]) -> tuple[StoryEntity, ...]:  # type: ignore[no-untyped-def]
    """The story entities of ``texts`` (article id to text), each read as users get it."""
    arts, anas = [], []
    for aid, text in texts.items():
        art = Article(id=aid, text=text)
        doc = nlp(text)
        fur = find_furniture(art, doc)
        arts.append(art)
        anas.append(
            Analysis(article=aid, version="t", entities=extract_entities(art, doc, furniture=fur), furniture=fur)
        )
    return link_entities(arts, anas)


def fact_with(comparison: Comparison, articles: list[Article], *phrases: tuple[int, str]) -> Fact | None:
    """The fact whose support covers each (article index, phrase), or None."""

    def covers(span: Span, i: int, phrase: str) -> bool:
        at = articles[i].text.find(phrase)
        return span.article == articles[i].id and span.start < at + len(phrase) and at < span.end

    for fact in comparison.facts:
        if all(any(covers(s, i, p) for s in fact.support) for i, p in phrases):
            return fact
    return None
