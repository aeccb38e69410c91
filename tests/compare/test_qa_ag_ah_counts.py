"""Blind QA rounds AG and AH: counts whose conflict was missed or told garbled. Cases and deaths given together
are two counts, no sum and no toll of the cases; a count of things taken is read through an adverb before its
noun and a quoted word, and "made off with" is told as "stole" is. Every text here is written for these tests."""

from __future__ import annotations

from storyline.compare.counts import count_disagreement
from storyline.compare.quantities import quantities


def test_cases_and_deaths_given_together_disagree_on_the_deaths_alone() -> None:
    a = "Fever cases so far this year have passed last year's total, with more than 9,000 cases and 312 deaths"
    b = "Since January, Velmara has seen a grave outbreak of the fever, with over 9,000 reported cases and 298 deaths"
    found = count_disagreement(a, b, same_verb=True)
    assert found is not None
    assert found.why == "312 vs 298 deaths"
    assert found.update  # a toll grows: two figures may be two bulletins


def test_cases_beside_deaths_are_no_toll_and_no_sum() -> None:
    found = quantities("with more than 9,000 cases and 312 deaths, according to the ministry")
    assert [(q.unit, q.value) for q in found] == [("case", 9000.0), ("death", 312.0)]
    assert not found[0].verbs  # the cases did not die
    # two counts of one toll are still summed ("12 soldiers and 3 civilians were killed": 15 killed)
    summed = [q for q in quantities("12 soldiers and 3 civilians were killed in Orvena") if q.summed]
    assert [q.value for q in summed] == [15.0]


def test_counts_of_things_stolen_disagree_however_the_theft_is_told() -> None:
    made_off = "The raiders made off with six highly prized paintings from the Orvena gallery, including two sketches"
    stole = "Burglars broke into the gallery in broad daylight on Friday, stole five paintings said to be priceless"
    quoted = 'The arts ministry confirmed five "irreplaceable" paintings were stolen on Friday'
    for other in (stole, quoted):
        found = count_disagreement(made_off, other, same_verb=True)
        assert found is not None
        assert found.figures == ("6", "5")
    assert count_disagreement(stole, quoted, same_verb=True) is None


def test_an_adverb_before_a_modifier_leaves_the_counted_noun() -> None:
    assert [q.unit for q in quantities("they took six highly prized paintings")] == ["painting"]
    assert [q.unit for q in quantities('five "irreplaceable" paintings were lost')] == ["painting"]
