"""QA round P: a concession told in other words is one claim, and support must give the line's figures
(fictional text)."""

from __future__ import annotations

from storyline.compare.align import stem
from storyline.compare.facts import states


def test_a_concession_is_one_word_however_told() -> None:
    """"conceded" and "concession" tell one concession."""
    assert stem("conceded") == stem("concession") == stem("concede")


def test_support_on_the_far_side_of_a_bound_does_not_state_the_line() -> None:
    """"more than 94% counted" is not stated by "almost 90% counted"; "over 55%" is by "nearly 56%"."""
    line = "Orla Venn had over 55% with more than 94% counted"
    assert not states(line, "Venn had nearly 56% with almost 90% counted")
    assert states("Orla Venn had over 55% of the ballots cast", "Venn had nearly 56% of the ballots cast")


def test_a_large_bare_figure_is_a_detail_the_support_must_give() -> None:
    """A vote total in brackets ("(4,118,305)") is a specific the other report lacks."""
    assert not states("Orla Venn had over 55% of ballots (4,118,305)", "Venn had nearly 56% of ballots")
    assert states("Orla Venn had over 55% of ballots (4,118,305)", "Venn had 55.2% of ballots, 4,120,000 in all")
