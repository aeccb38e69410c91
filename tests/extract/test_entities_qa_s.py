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


def test_entities_a_surname_goes_to_the_person_named_first_not_a_later_relative(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Marta Voss was freed from a Dorvan prison on Thursday. President Tomas Arlen said Voss was safe.\n\n"
        "Lena Voss thanked everybody who worked to free her wife.\n\n"
        "Voss was arrested at a Kestria airport in February for carrying a vape.\n"
    )
    ents, _ = _read(nlp, text)
    marta = _at(ents, 0)
    assert _at(ents, text.rindex("Voss was arrested")) == marta
    assert _at(ents, text.index("Lena Voss")) != marta


def test_entities_the_subject_of_the_next_clause_is_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The swap freed Kestrian arms dealer Ivo Lenk, the White House said on Thursday.\n"
    ents, _ = _read(nlp, text)
    lenk = _at(ents, text.index("Ivo Lenk"))
    assert lenk.role is None or "White House" not in lenk.role


_FREED = (
    "Marta Voss Is Freed in Prisoner Swap for Russia's 'Merchant of Arms' Ivo Lenk in Deal Brokered by Saudi Crown "
    "Prince\n\n"
    "WNBA star Marta Voss was released on Thursday in a swap for arms dealer Ivo Lenk. According to reports, the "
    "deal was brokered by Saudi Crown Prince Khalid bin Tarek and the president of Dorvan. The agreement, according "
    "to “KNT” sources, got final approval on Wednesday.\n"
)


def test_entities_a_title_line_name_the_body_never_writes_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    ents, _ = _read(nlp, _FREED)
    names = {e.name for e in ents}
    assert not {n for n in names if "Brokered" in n or "Merchant of Arms" in n}, names


def test_entities_a_nationality_before_a_title_is_the_nationality_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    ents, _ = _read(nlp, _FREED)
    assert _at(ents, _FREED.index("Saudi Crown Prince Khalid")).name == "Saudi"
    assert not [e.name for e in ents if "Crown" in e.name]


def test_entities_a_group_name_has_no_quotation_marks(nlp) -> None:  # type: ignore[no-untyped-def]
    ents, _ = _read(nlp, _FREED)
    sources = [e for e in ents if "sources" in e.name]
    assert [e.name for e in sources] == ["KNT sources"]


def test_entities_an_apposition_with_a_participle_is_still_a_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Marta Voss, the American basketball player detained for months in Dorvan, was freed on Thursday.\n"
    ents, _ = _read(nlp, text)
    assert _at(ents, 0).role is not None
    assert _at(ents, 0).role.startswith("the American basketball player")
