"""A count of several things together ("passengers and crew") is no count of one of them (QA round K: "All 379
passengers and crew" was set against "367 passengers")."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts

from storyline.compare.conflicts import number_conflict, quantities


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a coordination against one of its conjuncts: two quantities
        ("All 212 passengers and crew on board the ferry got off safely.",
         "The ferry was carrying 198 passengers on board, the operator said.", False),
        ("All 212 crew and passengers were rescued.", "198 passengers were rescued.", False),
        # the two counts of a report add up to the whole another report gives: they agree
        ("All 212 passengers and crew were rescued.", "All 198 passengers and 14 crew were rescued.", False),
        # ... and a whole they do not add up to disagrees
        ("All 217 passengers and crew were rescued.", "All 198 passengers and 14 crew were rescued.", True),
        # one conjunct against the same conjunct still disagrees
        ("The ferry was carrying 198 passengers.", "The ferry was carrying 187 passengers.", True),
        # "and" before a verb or a figure joins no noun to the count
        ("The blast killed 14 people and injured dozens.", "The blast killed 11 people.", True),
    ],
)
def test_coordinated_counts_table(a: str, b: str, conflict: bool) -> None:
    assert (number_conflict(a, b) is not None) is conflict, number_conflict(a, b)


def test_coordinated_counts_one_order() -> None:
    """"passengers and crew" and "crew and passengers" count one thing; the sum of two joined counts is it too."""
    (whole,) = quantities("All 212 passengers and crew were rescued.")
    (other,) = quantities("All 212 crew and passengers were rescued.")
    summed = quantities("All 198 passengers and 14 crew were rescued.")
    assert whole.unit == other.unit == summed[-1].unit
    assert summed[-1].value == 212


def test_coordinated_counts_no_conflict_in_a_story() -> None:
    _, comparison = compare_texts(
        ("a", "All 212 passengers and crew on board the Corran ferry escaped after it ran aground on Sunday.", "X"),
        ("b", "The Corran ferry was carrying 198 passengers on board when it ran aground on Sunday.", "Y"),
    )
    assert not [f for f in comparison.facts if f.status == "conflict"]
