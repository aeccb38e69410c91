"""A story of two reports that both link into one other story joins it whole (``rejoin_linked_pairs``):
two reprints of an agency's lead pair off in its words, the other reports of the event in theirs, and the mean
between the groups falls under the line though each reprint scores above it with one of the others."""

from __future__ import annotations

import numpy as np

from storyline.stories.cluster import rejoin_linked_pairs

THR, FLOOR = 0.18, 0.09


def _sim(pairs: dict[tuple[int, int], float], n: int) -> np.ndarray:
    sim = np.eye(n)
    for (i, j), score in pairs.items():
        sim[i, j] = sim[j, i] = score
    return sim


# reports 0, 1: the reprinted lead; 2, 3, 4: the event's other reports; 5, 6: another event
_BASE = {(0, 1): 0.36, (2, 3): 0.42, (2, 4): 0.38, (3, 4): 0.37, (5, 6): 0.3}
_LINKS = {(0, 2): 0.22, (0, 3): 0.2, (0, 4): 0.1, (1, 2): 0.23, (1, 3): 0.11, (1, 4): 0.09}


def test_a_pair_linked_into_one_story_joins_it() -> None:
    sim = _sim(_BASE | _LINKS, 7)
    assert rejoin_linked_pairs([1, 1, 2, 2, 2, 3, 3], [None] * 7, sim, THR, FLOOR) == [2, 2, 2, 2, 2, 3, 3]


def test_a_pair_with_one_report_linked_nowhere_stays() -> None:
    links = _LINKS | {(1, 2): 0.15}  # report 1 scores under the line with every other report
    sim = _sim(_BASE | links, 7)
    assert rejoin_linked_pairs([1, 1, 2, 2, 2, 3, 3], [None] * 7, sim, THR, FLOOR) == [1, 1, 2, 2, 2, 3, 3]


def test_a_pair_linked_into_two_stories_does_not_guess() -> None:
    sim = _sim(_BASE | _LINKS | {(1, 5): 0.25}, 7)
    assert rejoin_linked_pairs([1, 1, 2, 2, 2, 3, 3], [None] * 7, sim, THR, FLOOR) == [1, 1, 2, 2, 2, 3, 3]


def test_a_pair_far_under_the_floor_on_average_stays() -> None:
    links = {(0, 2): 0.19, (1, 2): 0.19}  # each links to report 2, nothing else: mean 0.063
    sim = _sim(_BASE | links, 7)
    assert rejoin_linked_pairs([1, 1, 2, 2, 2, 3, 3], [None] * 7, sim, THR, FLOOR) == [1, 1, 2, 2, 2, 3, 3]


def test_a_pair_on_another_event_of_the_story_name_stays() -> None:
    sim = _sim(_BASE | _LINKS, 7)
    events = ["harow bridge|reopening", None, "harow bridge|collapse", None, None, None, None]
    assert rejoin_linked_pairs([1, 1, 2, 2, 2, 3, 3], events, sim, THR, FLOOR) == [1, 1, 2, 2, 2, 3, 3]
