"""The incremental index keeps a link between two reports when a third joins one of them (QA round AB, as batch
clustering's ``rejoin_links``), in any arrival order, across a save and a reload, in bounded memory.
Fictional reports, written for these tests."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

from storyline.stories.incremental import StoryIndex
from storyline.stories.links import LinkWindow

from ._reports import QUAKE_JAPAN, article, stories_stream
from .test_kept_links import DEAL_ONE, DEAL_TWO, REACTION

DEAL = [("one", DEAL_ONE), ("two", DEAL_TWO), ("reaction", REACTION)]


@pytest.mark.parametrize("order", list(itertools.permutations(DEAL)), ids=lambda o: "-".join(a for a, _ in o))
def test_incremental_reaction_joins_the_deal_in_any_order(order: tuple[tuple[str, str], ...]) -> None:
    got = stories_stream([*order, ("quake", QUAKE_JAPAN)])
    assert len({got["one"], got["two"], got["reaction"]}) == 1
    assert got["quake"] != got["one"]


def test_incremental_kept_link_survives_a_save_and_reload() -> None:
    index = StoryIndex()
    index.add_many([article("two", DEAL_TWO), article("reaction", REACTION)])
    index = StoryIndex.from_state(json.loads(json.dumps(index.to_state())))
    index.add(article("one", DEAL_ONE))
    assert len({a.story for a in index.assignments()}) == 1


def test_incremental_state_of_version_4_loads_with_no_kept_links() -> None:
    index = StoryIndex()
    index.add_many([article("one", DEAL_ONE), article("two", DEAL_TWO)])
    state = index.to_state()
    state["version"] = 4
    del state["links"]
    old = StoryIndex.from_state(state)
    assert [a.story for a in old.assignments()] == ["s1", "s1"]
    # its reports are nobody's link partners, but those added after the reload are kept
    old.add(article("quake", QUAKE_JAPAN))
    assert len(old._links) == 1


def test_link_window_holds_at_most_its_window_of_reports_cut_to_their_terms() -> None:
    window = LinkWindow(window=3, terms=2)
    for k in range(5):
        window.add(k, None, None, np.arange(4, dtype=np.int64), np.full(4, 0.5, dtype=np.float32))
    held = window.held({0, 1, 2, 3, 4})
    assert [k.story for k in held] == [2, 3, 4]
    assert all(len(k.ids) == 2 for k in held)
    restored = LinkWindow.from_state(json.loads(json.dumps(window.to_state())))
    assert [k.story for k in restored.held({2, 3, 4})] == [2, 3, 4]
    assert restored.added == 5


def test_link_window_scores_are_cosines_times_the_time_factor() -> None:
    window = LinkWindow()
    ids = np.array([1, 2], dtype=np.int64)
    unit = np.array([0.6, 0.8], dtype=np.float32)
    near = window.add(0, 800_000, None, ids, unit)
    far = window.add(1, 800_100, None, ids, unit)
    near_score, far_score = window.scores(ids, unit, 800_001, [near, far])
    assert near_score == pytest.approx(1.0, abs=1e-6)
    assert far_score < 0.25 + 1e-6
