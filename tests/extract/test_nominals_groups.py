"""Nominal mentions of groups of people told by where they live: villagers and survivors are people too."""

from __future__ import annotations

import pytest
from entity_helpers import entities as _entities
from entity_helpers import forms


@pytest.mark.parametrize(
    ("text", "first", "later"),
    [
        ("Villagers in Lunmoor said no aid had come. The villagers slept in a field.", "Villagers", "The villagers"),
        ("Survivors in Oskerin said the school fell. The survivors were taken to a clinic.", "Survivors",
         "The survivors"),
    ],
)
def test_nominals_groups_villagers_and_survivors_are_a_chain(nlp, text: str, first: str, later: str) -> None:  # type: ignore[no-untyped-def]
    people = [e for e in _entities(nlp, text) if e.type == "PERSON"]
    chains = [e for e in people if first in forms(text, e)]
    assert len(chains) == 1
    assert later in forms(text, chains[0])
