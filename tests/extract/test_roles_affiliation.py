"""Blind QA round AX: "Name, of <Body>," gives the person the body they speak for as their role, which the
speaker heading shows ("Ana Kell, of Voltgrid"). Invented people and bodies."""

from __future__ import annotations

from entity_helpers import entities, holding


def test_a_person_of_a_named_body_has_it_as_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The link failed first, experts said. Ana Kell, of Voltgrid, told a radio station the grid split."
    assert holding(entities(nlp, text), text, "Ana Kell").role == "of Voltgrid"


def test_of_words_that_name_no_body_are_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The link failed first, experts said. Ana Kell, of all people, told a radio station the grid split."
    assert holding(entities(nlp, text), text, "Ana Kell").role is None
