"""Per-article extraction: furniture, entities with coreference, quotes, time expressions, citations.

``analyze_doc`` runs them in dependency order over one spaCy ``Doc`` of the article's original text.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from storyline.model import Analysis, Article, Furniture, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


def sentence_spans(article: Article, doc: Doc, furniture: tuple[Furniture, ...] = ()) -> tuple[Span, ...]:
    """Sentence spans with surrounding whitespace trimmed; whitespace-only sentences dropped.

    A sentence that runs on past a dateline ("MENDON, Mo. — An Amtrak train ...") is cut after its dash: the
    lede is a sentence of its own, which the stages that skip furniture keep whole. A paragraph's label
    ("Acquittal denied: Trump's attorney ...") is cut off the same way.
    """
    cuts = sorted(f.span.end for f in furniture if f.kind in ("dateline", "label"))
    spans = []
    text = article.text
    for sent in doc.sents:
        bounds = [sent.start_char, *(c for c in cuts if sent.start_char < c < sent.end_char), sent.end_char]
        for start, end in pairwise(bounds):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append(Span(article=article.id, start=start, end=end))
    return tuple(spans)


def analyze_doc(article: Article, doc: Doc, *, version: str) -> Analysis:
    """Run every extractor on one parsed article."""
    from storyline.extract.citations import extract_citations
    from storyline.extract.entities import extract_entities
    from storyline.extract.furniture import find_furniture
    from storyline.extract.quotes import extract_quotes
    from storyline.extract.timex import extract_timexes

    furniture = find_furniture(article, doc)
    entities = extract_entities(article, doc, furniture=furniture)
    quotes = extract_quotes(article, doc, entities, furniture)
    timexes = extract_timexes(article, doc)
    citations = extract_citations(article, doc, entities)
    return Analysis(
        article=article.id,
        version=version,
        sentences=sentence_spans(article, doc, furniture),
        entities=entities,
        quotes=quotes,
        timexes=timexes,
        citations=citations,
        furniture=furniture,
    )
