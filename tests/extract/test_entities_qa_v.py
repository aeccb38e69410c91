"""Blind QA round V, in invented text: a company the small model calls a person where it speaks is the company
wherever the report writes it before what only a company has ("Marlowe's CEO Orla Brenn"), even where the model
tagged nothing there; a person's name is never a company because of it."""

from __future__ import annotations

from storyline.extract.coref import Mention
from storyline.extract.entities import _context_types

LAUNCH = (
    "Marlowe said in a message posted online that its crews would keep reviewing data.\n\n"
    "Marlowe's CEO Orla Brenn was on site for the launch."
)


def test_a_name_written_before_its_ceo_is_a_company_in_every_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    # only the first "Marlowe" is a mention, the one the small model tagged (a person)
    ms = [Mention(0, len("Marlowe"), "PERSON", "name")]
    _context_types(nlp(LAUNCH), LAUNCH, ms)
    assert [m.type for m in ms] == ["ORG"]


def test_a_person_whose_company_has_a_ceo_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Marlowe said the crews would keep reviewing data. Ana Marlowe's CEO title is new."
    ms = [Mention(0, len("Ana Marlowe"), "PERSON", "name")]
    _context_types(nlp(text), text, ms)
    assert [m.type for m in ms] == ["PERSON"]
