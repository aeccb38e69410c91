"""QA round AC: comparison cases with invented reports (a fire at the Korvane dye works)."""

from __future__ import annotations

from storyline.compare.names import name_conflict


def test_a_description_in_place_of_a_name_is_no_name_conflict() -> None:
    """QA AC #2: the entity stage read "Nine people" of one copy as the group "injured workers" named later in
    that report; the other copy names the company and its spokeswoman. A description names no one, so two
    copies of one casualty sentence do not disagree on who."""
    a = ("Nine people were badly hurt and 12 others suffered light burns in the blasts, said Korvane board "
         "member Ilse Marrow.")
    b = "Nine people were badly hurt, and 12 others suffered light burns in the blasts."
    a_names = [("Korvane", "ORG"), ("Ilse Marrow", "PERSON")]
    assert name_conflict(a, b, a_names, [("injured workers", "PERSON")]) is None
    # a proper name in the other copy still disagrees
    assert name_conflict(a, b, a_names, [("Dessel Chemie", "ORG")]) is not None
