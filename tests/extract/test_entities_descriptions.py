"""Descriptions around a name that are no part of it: demonyms and party labels before it."""

from __future__ import annotations

import pytest
from entity_helpers import entities as _entities
from entity_helpers import forms as _forms
from entity_helpers import holding as _holding


@pytest.mark.parametrize(
    ("text", "form", "name"),
    [
        ("Rivas took 55 percent of the votes, with Peronist Garza taking 44 percent. Teo Garza conceded.",
         "Garza", "Teo Garza"),
        ("Briton Mary Holt, 40, said she ran for the door when the lights went out.", "Mary Holt", "Mary Holt"),
    ],
)
def test_entities_demonym_or_party_label_before_a_name_is_no_part_of_it(nlp, text, form, name) -> None:  # type: ignore[no-untyped-def]
    ents = _entities(nlp, text)
    person = _holding(ents, text, form)
    assert person.name == name
    assert not any(f.startswith(("Peronist", "Briton")) for e in ents for f in _forms(text, e) if e.type == "PERSON")
