"""A link found between two reports is kept when a third joins one of them (QA round AB), and a dotted
abbreviation is the name written without dots. Fictional reports, written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.stories.cluster import cluster, rejoin_links
from storyline.stories.features import extract

from ._reports import article

DEAL_ONE = (
    "Korvath Metals to Buy Brennan Steel for $9.2 Billion\n\n"
    "Korvath Metals Corp. said on Monday it had agreed to buy Brennan Steel Co. for $9.2 billion in cash, a "
    "premium of 48% to the Harwick steelmaker's closing share price on Friday. The acquisition would make "
    "Korvath the fourth-largest steel producer in the world, with annual output of 61 million tonnes. Brennan "
    "Steel shareholders will receive $47.50 a share. The boards of both companies approved the deal, which is "
    "expected to close in the third quarter after regulatory reviews. Brennan Steel chief executive Nora Fenwick "
    'said the merger "secures the future of our mills and our workers." Korvath president Taro Ishida said the '
    "company would keep the Brennan name and its headquarters in Harwick. Shares of Brennan Steel rose 23% in "
    "early trading."
)
DEAL_TWO = (
    "Korvath Metals agrees $9.2 billion takeover of Brennan Steel\n\n"
    "Korvath Metals Corp. will acquire Brennan Steel Co. in an all-cash deal worth $9.2 billion, the companies "
    "said on Monday. Korvath will pay $47.50 a share, a 48% premium, for the Harwick-based steelmaker, which "
    "had put itself up for sale in the spring after rejecting a bid from rival Dunmore Iron. The takeover "
    "creates the fourth-largest steel producer in the world with output of 61 million tonnes a year. Korvath "
    "president Taro Ishida said the deal would give the company a foothold in North America. The deal is "
    "expected to close in the third quarter. Brennan Steel shares jumped 23%."
)
# a reaction told in its own words: it scores above the line with DEAL_ONE (the chief executive's quote), below
# it with DEAL_TWO, and below it with the two together
REACTION = (
    "Senator Olsen Blasts Brennan Steel Sale as 'A Betrayal'\n\n"
    "Senator Margaret Olsen on Monday harshly criticized the sale of Brennan Steel to a foreign buyer, calling "
    'it "a betrayal of every worker in this valley." Olsen said on social media that "steel is about security, '
    'our national security and the security of our towns, and I will do everything I can to block this sale." '
    "Two other senators, Paul Ridley and Ellen Marsh, wrote to the trade secretary on Tuesday asking for a "
    "security review of the transaction. Union leader Dale Pruitt said he had heard that Nora Fenwick told staff "
    'the merger "secures the future of our mills and our workers." Other lawmakers in the state also questioned '
    "the sale."
)


def test_cluster_a_third_report_does_not_undo_a_link() -> None:
    alone = cluster([article("one", DEAL_ONE), article("reaction", REACTION)])
    assert {a.story for a in alone} == {"s1"}
    arts = [article("one", DEAL_ONE), article("two", DEAL_TWO), article("reaction", REACTION)]
    assert {a.story for a in cluster(arts)} == {"s1"}


def test_cluster_kept_link_does_not_depend_on_input_order() -> None:
    arts = [article("reaction", REACTION), article("two", DEAL_TWO), article("one", DEAL_ONE)]
    assert {a.story for a in cluster(arts)} == {"s1"}


def _sim(pairs: dict[tuple[int, int], float], n: int) -> np.ndarray:
    sim = np.eye(n)
    for (i, j), score in pairs.items():
        sim[i, j] = sim[j, i] = score
    return sim


def test_rejoin_links_moves_a_lone_report_to_the_story_it_links_to() -> None:
    sim = _sim({(0, 1): 0.7, (0, 2): 0.2, (1, 2): 0.12}, 3)
    assert rejoin_links([1, 1, 2], [None] * 3, sim, 0.18, 0.09) == [1, 1, 1]


@pytest.mark.parametrize(
    ("pairs", "why"),
    [
        ({(0, 1): 0.7, (0, 2): 0.2, (1, 2): 0.0}, "mean 0.1 with the story is under the floor"),
        ({(0, 1): 0.7, (0, 2): 0.15, (1, 2): 0.15}, "no report of the story scores the threshold with it"),
    ],
)
def test_rejoin_links_leaves_a_weak_link_alone(pairs: dict[tuple[int, int], float], why: str) -> None:
    sim = _sim(pairs, 3)
    assert rejoin_links([1, 1, 2], [None] * 3, sim, 0.18, 0.11) == [1, 1, 2], why


def test_rejoin_links_does_not_guess_between_two_stories() -> None:
    # the lone report (4) links to one report of each of two stories
    sim = _sim({(0, 1): 0.7, (2, 3): 0.7, (0, 4): 0.2, (2, 4): 0.2, (1, 4): 0.1, (3, 4): 0.1}, 5)
    assert rejoin_links([1, 1, 2, 2, 3], [None] * 5, sim, 0.18, 0.09) == [1, 1, 2, 2, 3]


def test_rejoin_links_moves_no_report_of_a_story_of_two() -> None:
    sim = _sim({(0, 1): 0.7, (2, 3): 0.5, (0, 2): 0.3}, 4)
    assert rejoin_links([1, 1, 2, 2], [None] * 4, sim, 0.18, 0.09) == [1, 1, 2, 2]


@pytest.mark.parametrize(
    ("dotted", "plain"),
    [
        (
            "Korvath Metals will buy U.S. Tungsten, its board said.",
            "Korvath Metals will buy US Tungsten, its board said.",
        ),
        ("Envoys met at the U.N. Harbour Office on Friday.", "Envoys met at the UN Harbour Office on Friday."),
    ],
)
def test_extract_dotted_abbreviation_is_the_name_without_dots(dotted: str, plain: str) -> None:
    assert extract(dotted).counts == extract(plain).counts


def test_extract_abbreviation_that_ends_a_sentence_ends_the_name() -> None:
    counts = extract("Korvath Metals expanded in the U.S. The deal closed on Friday.").counts
    assert counts["n:us"] == 1
    assert not any(term.startswith("n:us ") for term in counts)


@pytest.mark.parametrize(
    ("events", "joins"),
    [
        (["harow bridge|collapse", None, "harow bridge|reopening"], False),
        (["harow bridge|collapse", None, "harow bridge|collapse"], True),
        (["harow bridge|collapse", None, None], True),
        ([None, None, "harow bridge|reopening"], True),
        (["harow bridge|collapse", None, "velna dam|reopening"], True),
        (["attack|ada morel+tom vance", None, "attack|ada morel+lena ruiz"], True),  # people, no name
    ],
)
def test_rejoin_links_keeps_another_named_event_apart(events: list[str | None], joins: bool) -> None:
    sim = _sim({(0, 1): 0.7, (0, 2): 0.2, (1, 2): 0.12}, 3)
    assert (rejoin_links([1, 1, 2], events, sim, 0.18, 0.09) == [1, 1, 1]) is joins
