"""A one-word name after a person's title is found again where the small model misses it."""

from __future__ import annotations

from entity_helpers import entities as _entities
from entity_helpers import forms as _forms
from entity_helpers import holding as _holding


def test_entities_titled_surname_at_a_bullet_start_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The economist has been compared to former President Vance.\n\n"
        "- Vance said in a message to Rivas on his Veritas Social platform Sunday evening: \"The whole world was "
        "watching!\""
    )
    ents = _entities(nlp, text)
    vance = _holding(ents, text, "Vance")
    assert _forms(text, vance).count("Vance") == 2
