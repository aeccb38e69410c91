"""Figures that are not the same quantity (QA round M #5): a count restricted to one family is a part of a toll,
a hedged distance in other units may be the same distance, and a list of counts of one noun sums."""

from __future__ import annotations

import pytest

from storyline.compare.conflicts import distance_conflict, number_conflict, quantities, toll_counts


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a part is not the total
        ("A radio station reported that four people were killed from one family, citing neighbours.",
         "The storm has killed around 860 people, officials said on Sunday.", False),
        ("Six people died in a single village near Tarrow.", "The storm has killed around 860 people.", False),
        # ... but an unrestricted count still disagrees, and so do two counts of one family
        ("Four people were killed in the storm.", "The storm has killed around 860 people.", True),
        ("Four people were killed from one family.", "Six people were killed from one family.", True),
        # a list of counts of one noun, each of a kind, is their sum
        ("Vell was convicted on two counts of fraud, two counts of fraud conspiracy, one count of theft, "
         "one count of bribery and one count of perjury.",
         "Vell was found guilty of all seven counts against him.", False),
        ("Vell was convicted on two counts of fraud, two counts of fraud conspiracy and one count of theft.",
         "Vell was found guilty of all seven counts against him.", True),
    ],
)
def test_parts_and_lists_table(a: str, b: str, conflict: bool) -> None:
    assert (number_conflict(a, b) is not None) is conflict, number_conflict(a, b)


def test_parts_and_lists_sum_is_one_count() -> None:
    found = quantities("He admitted three counts of theft and two counts of fraud.")
    assert [q.value for q in found if not q.in_sum] == [5.0]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # 30 miles is 48 km: a hedge allows some, a conversion little
        ("The village lies approximately 30 miles south of Dunmore.", "The quake struck 52 km south of Dunmore.",
         False),
        ("The village lies 30 miles south of Dunmore.", "The quake struck 52 km south of Dunmore.", True),
        ("The village lies about 20 miles south of Dunmore.", "The quake struck 52 km south of Dunmore.", True),
    ],
)
def test_parts_and_lists_hedged_distances(a: str, b: str, conflict: bool) -> None:
    assert (distance_conflict(a, b) is not None) is conflict, distance_conflict(a, b)


@pytest.mark.parametrize(
    ("text", "counted"),
    [("The storm caused the loss of at least 84 lives.", True), ("Lifeguards saved 12 lives on Sunday.", False)],
)
def test_parts_and_lists_lives_lost_are_the_dead(text: str, counted: bool) -> None:
    assert bool(toll_counts(text)) is counted
