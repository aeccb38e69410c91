"""Blind QA round S: a headline's "Surname Given" is that person, and a bare surname shared by two people of the
report is the one it is about, not a relative named later; a name after "<title> of <place>" is the person, the
place part of the title."""

from __future__ import annotations

import pytest
from entity_helpers import forms as _forms

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.ingest.meta import infer_title
from storyline.model import Article, Entity, Quote


def _read(nlp, text: str) -> tuple[list[Entity], list[Quote]]:  # type: ignore[no-untyped-def]
    """The entities and quotes of ``text``, its title read from its headline line as the CLI reads a file."""
    article = infer_title(Article(id="t", text=text))
    doc = nlp(text)
    ents = extract_entities(article, doc, furniture=find_furniture(article, doc))
    return list(ents), list(extract_quotes(article, doc, ents))


def _at(ents: list[Entity], start: int) -> Entity:
    hits = [e for e in ents if any(m.start == start for m in e.mentions)]
    assert hits, [(e.name, [(m.start, m.end) for m in e.mentions]) for e in ents]
    return hits[0]


_SWAP = (
    "Voss Marta Was Freed For Dorvan Prisoner Ivo Lenk at Kestria International Airport\n\n"
    "Voss; according to President Tomas Arlen, is safe and on his way home from Kestria. “I’m glad to report "
    "that Marta is in great spirits… she needs time to heal,” he remarked at the palace.\n\n"
    "Lena Voss thanked everybody who worked to free her wife Marta from prison.\n"
)


def test_entities_a_headline_surname_first_names_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    ents, _ = _read(nlp, _SWAP)
    marta = _at(ents, 0)
    assert marta.name == "Marta Voss"
    assert "Voss" in _forms(_SWAP, marta)  # the bare surname of the next paragraph
    lena = _at(ents, _SWAP.index("Lena Voss"))
    assert lena != marta
    assert _forms(_SWAP, lena)[0] == "Lena Voss"


def test_speakers_a_surname_shared_with_a_later_relative_keeps_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    _, quotes = _read(nlp, _SWAP)
    said = [q for q in quotes if q.text.startswith("I’m glad")]
    assert [q.speaker for q in said] == ["Tomas Arlen"]


@pytest.mark.parametrize("place", ["Maldives"])
def test_entities_a_name_after_title_of_place_is_the_person(nlp, place: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"Foreign Minister of {place} Aminath Rasheeda also took to social media platform X and congratulated "
        f"President-elect Ivo Lenk for winning the elections.\n\n"
        "“Congratulations to President-elect Ivo Lenk for winning the election,” she wrote.\n"
    )
    ents, quotes = _read(nlp, text)
    person = _at(ents, text.index("Aminath"))
    assert person.name == "Aminath Rasheeda"
    assert person.role == f"Foreign Minister of {place}"
    assert _at(ents, text.index(place)).type == "GPE"
    said = [q for q in quotes if q.text.startswith("Congratulations")]
    assert [q.speaker for q in said] == ["Aminath Rasheeda"]
