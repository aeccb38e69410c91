"""Conflicts made up or missed in QA round P (a runway collision, a run-off vote): "five of the six crew" counts five
dead of a crew of six; a share of the votes counted is no share of the vote, and shares told at different stages
of a count are provisional tallies, no conflict; how many passengers were on board is compared across reports.
All text is invented."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts

from storyline.compare.conflicts import count_disagreement, quantities, toll_counts


def _counts(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.role) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # the first figure counts the group's noun, the second is how many the group is
        ("Police said two of the three climbers on the north face were killed",
         [(2.0, "climber", ""), (3.0, "climber", "in all")]),
        ("Four out of the five members of the crew of the ferry died",
         [(4.0, "crew", ""), (5.0, "member", "in all")]),
        # all of a group, its noun after "of": how many the group is
        ("All six of the crew survived the crash", [(6.0, "crew", "in all")]),
        # no group's size and no "all": "one of the worst storms" counts no storm
        ("It was one of the worst storms in a generation", []),
        # a share of what was counted, not of the vote
        ("With 92.4% of ballots tallied, Vardan had 51.2%", [(92.4, "percent", "counted"), (51.2, "percent", "")]),
    ],
)
def test_qa_p_conflicts_counts_table(text: str, counts: list[tuple[float, str, str]]) -> None:
    assert _counts(text) == counts


def test_qa_p_conflicts_a_group_size_is_no_toll() -> None:
    """"Three of the four crew were killed" and "the other three crew members were found dead" agree: four is the
    crew, not the dead."""
    a = "Officials said three of the four crew members on the patrol plane were killed"
    b = "the other three crew members have been found dead."
    assert count_disagreement(a, b) is None
    assert count_disagreement(a, "the other two crew members have been found dead.") is not None


def test_qa_p_conflicts_all_of_a_group_is_its_size() -> None:
    """"All four of its sluice gates" and "one of the four sluice gates failed" agree: both say there are four."""
    a = "Crews are replacing the chains on all four of its sluice gates at Orrin Weir"
    b = "One of the four sluice gates at Orrin Weir failed early on Monday"
    assert count_disagreement(a, b) is None


def test_qa_p_conflicts_share_counted_is_no_vote_share() -> None:
    """"With 96.1% of votes tallied, Vardan had 52.3%" and "obtaining 52.45% ..., with almost 85% of the tables
    counted": neither the shares counted nor two provisional tallies at different counts disagree."""
    a = "With 96.1% of votes tallied in the run-off, Vardan had 52.3% and Osk 47.7%, the electoral board said"
    b = ("Teo Vardan won the run-off on Sunday in Morland, obtaining 52.45% of the votes, with almost 85% of the "
         "tables counted, and defeated Lina Osk, who has 47.55% of the votes")
    assert count_disagreement(a, b) is None


def test_qa_p_conflicts_shares_at_one_count_still_disagree() -> None:
    """Two reports at one stage of the count that give different shares do disagree."""
    a = "With 96.1% of votes counted, Vardan had 52.3% of the vote"
    b = "With 96.1 percent of ballots counted, Vardan had 49.8% of the vote"
    found = count_disagreement(a, b)
    assert found is not None
    assert found.figures == ("52.3", "49.8")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("All 212 passengers were evacuated down the slides.", [("passenger aboard", 212.0)]),
        ("The airline said all 200 passengers and 12 crew on board were evacuated.",
         [("passenger aboard", 200.0), ("crew and passenger aboard", 212.0)]),
        ("all of the nearly 220 passengers and crew got out", [("crew and passenger aboard", 220.0)]),
        ("a jet carrying 212 passengers landed", [("passenger aboard", 212.0)]),
        # a part of the passengers, a toll of them, and passengers nobody says were on board
        ("14 of the passengers were injured", []),
        ("Eight passengers were injured.", []),
        ("The airline flies 212 passengers a day.", []),
    ],
)
def test_qa_p_conflicts_headcounts_table(text: str, counts: list[tuple[str, float]]) -> None:
    assert [(about, q.value) for about, q in toll_counts(text) if about.endswith("aboard")] == counts


def test_qa_p_conflicts_passengers_on_board_across_reports() -> None:
    """"All 212 passengers were evacuated" against "all 200 passengers and 12 crew on board were evacuated": one
    report counted the crew as passengers, and the reader sees both, though nothing aligned the two sentences;
    "nearly 220 passengers and crew" is a rounding of 212 and agrees."""
    a = ("All 212 passengers were safely evacuated after the ferry Kestrel struck a pier at Vell harbour.\n"
         "The pier was closed for the night.")
    b = ("A ferry hit a pier in Vell on Friday evening.\n"
         "Tessel Lines said all 200 passengers and 12 crew on board the damaged vessel were evacuated.")
    c = ("Harbour officials in Vell said a ferry had struck a pier.\n"
         "According to the operator, all of the nearly 220 passengers and crew made it ashore.")
    _, cmp = compare_texts(("a", a, "Vell Post"), ("b", b, "Coast Wire"), ("c", c, "Harbour News"))
    conflicts = [f for f in cmp.facts if f.status == "conflict"]
    assert {f.why for f in conflicts} == {"212 vs 200 passenger aboard"}
    assert any(f.text.startswith("All 212 passengers") for f in conflicts)
    assert any("all 200 passengers and 12 crew on board" in f.text for f in conflicts)
