"""False conflicts of QA round Z: a toll placed at one part of the scene ("34 died at the stadium") is a part of
the whole toll, and "to avoid the tear gas" keeps away from a gas that was fired, which "police fired tear gas"
tells too. Fictional texts."""

from __future__ import annotations

import pytest
from compare_helpers import sentence_facts

from storyline.compare.conflicts import toll_counts
from storyline.compare.polarity import polarity_conflict


@pytest.mark.parametrize(
    "part",
    [
        "In the confusion, 31 died at the arena, including a steward.",
        "Some 31 people were killed on the spot, rescuers said.",
        "Of the victims, 31 died in hospital.",
    ],
)
def test_a_toll_placed_at_part_of_the_scene_is_no_rival_toll(part: str) -> None:
    assert toll_counts(part) == []
    facts = sentence_facts([[part], ["A crush at the Velmora arena killed at least 118 people on Friday."]])
    assert [f.why for f in facts if f.status == "conflict"] == []


def test_a_toll_of_the_whole_event_at_a_place_still_conflicts() -> None:
    facts = sentence_facts([["At least 118 people died in a crush at a Velmora arena."],
                    ["A crush at the Velmora arena killed 31 people on Friday."]])
    assert len([f for f in facts if f.status == "conflict"]) == 2


def test_avoiding_the_thing_that_was_there_is_no_denial() -> None:
    assert polarity_conflict("Hundreds of fans ran to the gates to avoid the pepper spray.",
                             "Stewards fired pepper spray into the stand at Velmora.") is None


def test_averting_a_thing_still_denies_it() -> None:
    assert polarity_conflict("The deal averted a general strike at Velmora.",
                             "A general strike shut Velmora on Monday.") is not None
