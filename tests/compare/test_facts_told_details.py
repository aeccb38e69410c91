"""Blind QA rounds AT, AU and AV: a statement that shares a few words of a line but not what the line tells is no
support of it: a count both give in an aside ("its 33 engines" / "igniting all 33 of its engines"), a door that
"should have been self-closing" without the other door on the 15th floor, a sentencing "in advance of" a day the
other never names, oil "still continuing to spill" by a statement that it spilled. A partner of a conflict's side
split off alone is no fact of its own (AV #23). Every text here is written for these tests."""

from __future__ import annotations

from compare_helpers import sentence_reports

from storyline.compare.across import Draft
from storyline.compare.facts import _stated, states


def test_a_count_both_give_in_an_aside_is_no_support_of_another_act() -> None:
    line = ("Since then, Orvik Aerospace had made dozens of upgrades to the lander and its 12 thrusters, as well as the"
            " tower")
    assert not states(line, "The lander and its capsule safely cleared the tower, with the lander firing all 12 of"
                            " its thrusters")
    assert states("The lander fired all 12 of its thrusters", "All 12 thrusters of the lander fired as planned")


def test_a_rank_the_line_gives_must_be_given() -> None:
    line = "The flat's front door and a door on the 9th floor should have been self-closing"
    assert not states(line, "The door, which was self-closing, did not close properly, according to the fire service")
    assert states(line, "Both the flat's front door and the 9th floor door should have been self-closing")


def test_a_day_of_a_month_the_line_gives_must_be_given() -> None:
    line = "The pardon comes ahead of Tomas Vell's March 14th sentencing for his conviction on federal fraud charges"
    assert not states(line, "Governor Ada Vell announced Sunday that she has pardoned her son Tomas Vell, who faced"
                            " sentencing this month for federal fraud convictions")
    assert states(line, "Tomas Vell was due to be sentenced on March 14 on the federal fraud convictions before the"
                        " pardon came")
    # a day telling when an act was done may be told as a weekday
    assert states("The Orvik Courier reported on May 3, citing unnamed officials, that the office would open in Tarnby",
                  "The Orvik Courier first reported plans to open the office in Tarnby last Wednesday, citing unnamed"
                  " officials")


def test_what_goes_on_is_not_stated_by_what_happened() -> None:
    line = ("By Monday morning, fuel was still continuing to leak about three miles off the coast of Brannik from a"
            " broken line connected to a rig known as Tor, the mayor wrote")
    assert not states(line, "Seabirds are dying as 2,000 barrels of fuel leaked into the bay after a line breach 3"
                            " miles off the coast of Brannik")
    assert states(line, "Fuel was still leaking on Monday morning from a broken line about three miles off the"
                        " coast of Brannik, near the rig Tor")


def test_a_conflict_sides_partner_split_off_alone_is_no_fact_of_its_own() -> None:
    """QA round AV #23: one sentence was shown twice, as a side of a toll conflict and as a single-source fact."""
    _, _, units = sentence_reports([
        ["Crews cleared debris on Monday from the Tarnby block where a blaze killed 12 people."],
        ["The blaze at the Tarnby block killed 14 people, officials said."],
        ["The mayor of Tarnby ordered flags to fly at half staff until Friday."],
    ])
    side, rival, other = units
    drafts = [Draft(units=(side,), rivals=(1,)), Draft(units=(rival,), rivals=(0,)), Draft(units=(side, other))]
    out = _stated(drafts)
    alone = [d for d in out if not d.rivals]
    assert [[u.text for u in d.units] for d in alone] == [[other.text]]
    assert [d.rivals for d in out if d.rivals] == [(1,), (0,)]
