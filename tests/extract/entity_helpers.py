"""Helpers shared by the entity tests: run the entity stage on a text, and read its entities' mentions."""

from __future__ import annotations

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.model import Article, Entity


def entities(nlp, text: str) -> list[Entity]:  # type: ignore[no-untyped-def]
    """The entities of ``text`` as users get them (furniture first)."""
    article = Article(id="t", text=text)
    doc = nlp(text)
    return list(extract_entities(article, doc, furniture=find_furniture(article, doc)))


def forms(text: str, e: Entity) -> list[str]:
    """The mention texts of ``e``."""
    return [text[m.start : m.end] for m in e.mentions]


def holding(ents: list[Entity], text: str, form: str) -> Entity:
    """The first entity with ``form`` among its mentions (fails the test when none has it)."""
    hits = [e for e in ents if form in forms(text, e)]
    assert hits, f"no entity with {form!r} in {[(e.name, forms(text, e)) for e in ents]}"
    return hits[0]
