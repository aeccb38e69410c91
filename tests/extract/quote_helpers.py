"""Helpers shared by the quote tests of the blind QA rounds: read a text's quotes as a report is read (page
furniture, entities, then quotes) and pick out who speaks."""

from __future__ import annotations

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.model import Article, Quote
from storyline.nlp.pipeline import parse


def run(text: str) -> tuple[Quote, ...]:
    """The quotes of ``text``, read with its furniture and entities."""
    article, doc = Article(id="t", text=text), parse(text)
    furniture = find_furniture(article, doc)
    return extract_quotes(article, doc, extract_entities(article, doc, furniture=furniture), furniture)


def speakers(text: str, words: str) -> list[str | None]:
    """The speaker of each quote of ``text`` whose words hold ``words``."""
    return [q.speaker for q in run(text) if words in q.text]
