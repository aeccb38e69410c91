"""Helpers shared by the comparison tests."""

from __future__ import annotations

from storyline.compare import compare_story
from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.link import link_entities
from storyline.extract.citations import extract_citations
from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.model import Analysis, Article, Comparison, Fact, MetaValue, Quote, Span, StoryEntity


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


def conflicting(
    comparison: Comparison, articles: list[Article], first: tuple[int, str], second: tuple[int, str]
) -> tuple[Fact, Fact]:
    """The facts covering ``first`` and ``second`` (article index, phrase), asserted to be sides of a conflict."""
    one, other = fact_with(comparison, articles, first), fact_with(comparison, articles, second)
    assert one is not None
    assert other is not None
    assert one.status == other.status == "conflict"
    return one, other


def quotes_of(article: Article, speaker: str | None = None) -> tuple[Quote, ...]:
    """Each text in straight double quotes as a direct quote, given to ``speaker`` (enough for reports
    written for a test)."""
    text, out, at = article.text, [], 0
    while (start := text.find('"', at) + 1) > 0:
        end = text.find('"', start)
        if end < 0:
            break
        span = Span(article=article.id, start=start, end=end)
        out.append(Quote(span=span, text=text[start:end], kind="direct", speaker=speaker))
        at = end + 1
    return tuple(out)


def compare_texts(*reports: tuple[str, str, str]) -> tuple[list[Article], Comparison]:
    """``compare_story`` on ``(id, text, outlet)`` reports without spaCy: citations read from the text, quotes
    in straight quotes, sentences by the plain split."""
    articles = [Article(id=i, text=t, outlet=MetaValue(value=o)) for i, t, o in reports]
    analyses = [
        Analysis(article=a.id, version="t", quotes=quotes_of(a), citations=extract_citations(a, None, ()))
        for a in articles
    ]
    return articles, compare_story(articles, analyses)


def sentence_reports(texts: list[list[str]]) -> tuple[list[Article], list[Analysis], list[Unit]]:
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


def sentence_facts(reports: list[list[str]]) -> list[Fact]:
    """Facts of reports given as their sentences, each sentence its own group."""
    articles = [Article(id=f"r{i}", text=" ".join(s), outlet=MetaValue(value=f"Outlet {i}"))
                for i, s in enumerate(reports)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = []
    for i, (article, sentences) in enumerate(zip(articles, reports, strict=True)):
        start = 0
        for sentence in sentences:
            units.append(Unit.make(span=Span(article=article.id, start=start, end=start + len(sentence)),
                                   text=sentence, report=i))
            start += len(sentence) + 1
    return build_facts(articles, analyses, units, [[n] for n in range(len(units))])
