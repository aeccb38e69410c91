"""Descriptions the small model misreads: a second verb taken for a modifier, a possessor before a named agency."""

from __future__ import annotations

from entity_helpers import entities as _entities
from entity_helpers import forms as _forms
from entity_helpers import holding as _holding


def test_nominals_verb_after_and_is_no_modifier_of_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials said the ferry had sunk. The captain of the ferry managed to land and contact officials, "
        "according to the port office."
    )
    ents = _entities(nlp, text)
    officials = _holding(ents, text, "Officials")
    assert officials.name == "officials"
    assert not any("contact" in f for e in ents for f in _forms(text, e))


def test_nominals_agency_after_a_possessed_name_is_that_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two crew members were missing, Japan’s Kyodo News agency said. Kyodo News added that the runway was shut."
    ents = _entities(nlp, text)
    kyodo = _holding(ents, text, "Kyodo News agency")
    assert kyodo.name == "Kyodo News"
    assert "Kyodo News" in _forms(text, kyodo)
    assert not any("Japan’s" in f for e in ents for f in _forms(text, e))


def test_nominals_apposed_name_decides_what_descriptions_stand_for(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rosa Ibarra conceded on Sunday, which gave the victory to her opponent, the leader of Nueva Senda "
        "(far-right), Pablo Vidal, who takes office in May. Supporters of the candidate for the Presidency of "
        "Norvia, leader of Nueva Senda, Pablo Vidal, gathered downtown. Ibarra thanked her voters."
    )
    ents = _entities(nlp, text)
    vidal = _holding(ents, text, "Pablo Vidal")
    assert {"the leader", "the candidate", "leader"} <= set(_forms(text, vidal))
    ibarra = _holding(ents, text, "Rosa Ibarra")
    assert not {"the leader", "the candidate", "leader"} & set(_forms(text, ibarra))


def test_nominals_participle_before_a_title_is_no_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pablo Vidal was elected president of Norvia, beating center-left economy minister Ana Ruiz in a runoff."
    ents = _entities(nlp, text)
    assert not any(f.startswith("beating") for e in ents for f in _forms(text, e))
