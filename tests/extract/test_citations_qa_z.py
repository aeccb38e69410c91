"""Credits read in two more shapes (QA round Z): a bare "per" before an outlet closing its clause ("..., per the
AP."), and the verb before the outlet ("..., reported the Associated Press, which said ..."); the outlet there is
who reports, not what is reported.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.citations import extract_citations
from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.model import Article
from storyline.nlp.pipeline import parse


def _cited(text: str) -> list[str]:
    return [c.cites for c in extract_citations(Article(id="a", text=text), parse(text))]


def test_citations_qa_z_per_the_outlet_closing_a_clause() -> None:
    text = "Stadium riot\n\nRiots broke out after the game ended on Saturday with the home side losing, per the AP.\n"
    assert _cited(text) == ["AP"]


def test_citations_qa_z_per_a_unit_is_no_credit() -> None:
    assert _cited("Fares rose to $5 per Ride, the council said.\n") == []


def test_citations_qa_z_the_verb_before_the_outlet() -> None:
    text = (
        "Stadium riot\n\nThe rioting had spread to outside the stadium, reported the Associated Press, which said "
        "at least five police vans were set ablaze.\n"
    )
    assert _cited(text) == ["AP"]
    doc = parse(text)
    article = Article(id="a", text=text)
    furniture = find_furniture(article, doc)
    quotes = extract_quotes(article, doc, extract_entities(article, doc, furniture=furniture), furniture)
    assert not any(text[q.span.start : q.span.end].startswith("the Associated Press") for q in quotes)
