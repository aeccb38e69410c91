"""A count whose noun is left out ("15 people were arrested before the march and 15 during it") is a count of the
noun before it, and the two are parts of one whole (QA round L: "15 vs some 30 people" was a false conflict)."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts

from storyline.compare.conflicts import number_conflict, quantities


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # the parts add up to what the other report gives, hedged or not
        ("Police said 12 people were detained before the Varden rally and 12 during it.",
         "Some 25 people were detained.", False),
        ("Police said 12 people were detained before the Varden rally and 12 during it.",
         "24 people were detained.", False),
        ("Four people drowned in Orlen and three in Bessa.", "Seven people drowned.", False),
        # ... and a whole they do not add up to still disagrees
        ("Police said 12 people were detained before the Varden rally and 12 during it.",
         "Some 60 people were detained.", True),
        # a second count said with another verb is no part of the first
        ("Twelve people died and 15 were injured.", "Twenty-seven people died.", True),
    ],
)
def test_elided_counts_table(a: str, b: str, conflict: bool) -> None:
    assert (number_conflict(a, b) is not None) is conflict, number_conflict(a, b)


def test_elided_counts_sum() -> None:
    found = quantities("Police said 12 people were detained before the Varden rally and 12 during it.")
    wholes = [q for q in found if not q.in_sum]
    assert [(q.value, q.unit) for q in wholes] == [(24.0, "people")]
    assert [q.value for q in found if q.in_sum] == [12.0, 12.0]


def test_elided_counts_no_conflict_in_a_story() -> None:
    _, comparison = compare_texts(
        ("a", "Police said 12 people were detained before the Varden rally and 12 during it, mostly for "
              "throwing stones.", "X"),
        ("b", "Some 25 people were detained at the Varden rally, police said.", "Y"),
    )
    assert not [f for f in comparison.facts if f.status == "conflict"]


def test_elided_counts_part_of_a_whole_scope() -> None:
    """A count of a place inside the whole counted before it is a part of that count, not a count beside it."""
    found = quantities("Organisers said 90,000 people marched across Tarnland, and 20,000 in the capital alone.")
    assert [(q.value, q.part) for q in found] == [(90000.0, False), (20000.0, True)]
