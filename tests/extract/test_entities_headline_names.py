"""A headline's words are no person's name or title (blind QA round O: "Crypto King ... Faces", a headline's run of
capitals, became a defendant's name, and a headline's apposition his title)."""

from __future__ import annotations

from entity_helpers import forms as _forms

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.ingest.meta import infer_title
from storyline.model import Article, Entity


def _entities(nlp, text: str) -> list[Entity]:  # type: ignore[no-untyped-def]
    """The entities of ``text`` with its title read from its headline line, as the CLI reads a file."""
    article = infer_title(Article(id="t", text=text))
    doc = nlp(text)
    return list(extract_entities(article, doc, furniture=find_furniture(article, doc)))


def _person(ents: list[Entity], text: str, form: str) -> Entity:
    hits = [e for e in ents if e.type == "PERSON" and form in _forms(text, e)]
    assert hits, [(e.name, _forms(text, e)) for e in ents]
    return hits[0]


def test_entities_a_headline_run_of_capitals_does_not_name_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Crypto Queen Dana Morrel Faces the Music With All Nine Charges\n\n"
        "Dana Morrel, the 29-year-old founder of Quillcoin, was found guilty on Thursday. Morrel said she would "
        "appeal."
    )
    morrel = _person(_entities(nlp, text), text, "Morrel")
    assert morrel.name == "Dana Morrel"
    assert morrel.role == "the 29-year-old founder of Quillcoin"


def test_entities_a_headline_apposition_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dana Morrel, Quillcoin’s Fallen Star, Convicted of Fraud\n\n"
        "The jury returned its verdict after four hours. Dana Morrel said she was disappointed. Morrel left the "
        "court."
    )
    morrel = _person(_entities(nlp, text), text, "Morrel")
    assert morrel.name == "Dana Morrel"
    assert morrel.role is None
