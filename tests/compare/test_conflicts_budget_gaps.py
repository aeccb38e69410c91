"""A gap in a budget ("a £22bn black hole", "a shortfall of £22bn") is a measure of its own, no amount a budget
raised ("raised taxes by £40bn"), however near their sizes (QA BB #3)."""

from storyline.compare.conflicts import count_disagreement
from storyline.compare.money import amounts


def test_a_gap_named_after_its_figure_is_a_gap():
    assert [a.role for a in amounts("Mr Dunmore said he inherited a £14 billion black hole in the accounts")] == ["gap"]
    assert [a.role for a in amounts("the council faces a $3bn shortfall")] == ["gap"]


def test_a_gap_named_before_its_figure_is_a_gap():
    assert [a.role for a in amounts("he pointed to a black hole of about £14bn left by his predecessor")] == ["gap"]


def test_a_gap_is_not_set_against_an_amount_raised():
    a = "The Veldmark budget raised taxes by £25 billion."
    b = "Mr Dunmore again pointed to the £14 billion blackhole he said he had inherited."
    assert count_disagreement(a, b) is None
    assert count_disagreement(b, a) is None


def test_two_figures_of_one_gap_still_conflict():
    a = "Mr Dunmore said he inherited a £14 billion black hole in the accounts."
    b = "The minister said he inherited a black hole of £20bn in the accounts."
    assert count_disagreement(a, b) is not None


def test_two_amounts_raised_still_conflict():
    a = "The Veldmark budget raised taxes by £25 billion."
    b = "The Veldmark budget raised taxes by £18bn."
    assert count_disagreement(a, b) is not None
