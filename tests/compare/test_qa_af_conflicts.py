"""Blind QA round AF: conflicts made up between things that do not disagree, and one missed. A platform a post
was shared on is no rival of the person who shared it; two tariffs of two governments, said with two verbs, are two
figures; two rises told "from X to Y" with one Y disagree on where the rate started. Every text here is written for
these tests."""

from __future__ import annotations

from storyline.compare.counts import count_disagreement
from storyline.compare.names import name_conflict


def test_a_platform_a_post_was_shared_on_is_no_rival_of_who_shared_it() -> None:
    a = "he wrote, sharing a picture of the pair together on Picturely"
    b = "Sir Aldo Renn wrote, sharing a picture of the pair together"
    assert name_conflict(a, b, [("Picturely", "ORG")], [("Sir Aldo Renn John", "PERSON")]) is None
    assert name_conflict(a, b, [("Picturely", "ORG")], [("Sir Aldo Renn", "PERSON")]) is None
    # two places named in one role still disagree
    assert name_conflict("the fire started in Dunmore on Friday", "the fire started in Keswick on Friday",
                         [("Dunmore", "GPE")], [("Keswick", "GPE")]) == "Dunmore vs Keswick"


def test_two_tariffs_said_with_two_verbs_are_two_figures() -> None:
    a = ("Scooters imported from Varland will see their tariffs rise sharply, a lever meant to challenge Varland's"
         " low pricing while levying a 40% tariff on Ostrian car imports")
    b = "The changes are more targeted than the 60% flat tariff the former governor Hal Brenn has proposed"
    assert count_disagreement(a, b, same_verb=True) is None


def test_two_rises_to_one_rate_disagree_on_where_it_started() -> None:
    a = "Scooters imported from Varland will see their tariffs more than quadrupled from 27.5% to 100%"
    b = "The new measures include an increase in the tariff rate on scooters from 25% to 100% this year"
    found = count_disagreement(a, b, same_verb=True)
    assert found is not None
    assert found.figures == ("27.5", "25")
    # a rise to another rate is another change
    assert count_disagreement(a, b.replace("to 100%", "to 50%"), same_verb=True) is None
