"""The kept-link window finds a story's held reports by story, not by scanning the window: a story folded into
another is found under the story that absorbed it, before and after a save and a reload of a state written in the
unchanged format. Fictional reports, written for these tests."""

from __future__ import annotations

import json
import random

import numpy as np

from storyline.stories.incremental import StoryIndex
from storyline.stories.links import Kept, LinkWindow

from ._reports import QUAKE_JAPAN, article
from .test_kept_links import DEAL_ONE, DEAL_TWO, REACTION

IDS = np.arange(4, dtype=np.int64)
WEIGHTS = np.full(4, 0.5, dtype=np.float32)


def _add(window: LinkWindow, story: int) -> Kept:
    return window.add(story, None, None, IDS, WEIGHTS)


def test_link_window_merge_files_the_absorbed_story_under_the_keeper() -> None:
    window = LinkWindow()
    for story in (0, 1, 0, 2, 1):
        _add(window, story)
    window.merge(0, 1)
    assert [k.number for k in window.held({0})] == [0, 1, 2, 4]  # in the order added, not by story
    assert [k.story for k in window.held({0})] == [0, 1, 0, 1]  # a report keeps the story it was added to
    assert window.held({1}) == []
    assert [k.number for k in window.held({0, 2})] == [0, 1, 2, 3, 4]


def test_link_window_held_matches_a_scan_of_the_window_through_merges_and_evictions() -> None:
    rng = random.Random(5)
    window = LinkWindow(window=25)
    root = list(range(60))  # story -> story that absorbed it (a merge always folds the younger into the older)
    for _ in range(300):
        alive = sorted({root[s] for s in range(60)})
        if rng.random() < 0.1 and len(alive) > 1:
            keep, gone = sorted(rng.sample(alive, 2))
            root = [keep if r == gone else r for r in root]
            window.merge(keep, gone)
        else:
            _add(window, rng.choice(alive))
        asked = set(rng.sample(alive, min(3, len(alive))))
        scan = [k for k in window._held if root[k.story] in asked]
        assert window.held(asked) == scan
    assert len(window) == 25


def test_link_window_drops_a_story_whose_reports_all_left_the_window() -> None:
    window = LinkWindow(window=2)
    for story in (7, 8, 9):
        _add(window, story)
    assert window.held({7}) == []
    assert 7 not in window._by_story
    assert [k.story for k in window.held({7, 8, 9})] == [8, 9]


def test_incremental_merged_story_holds_its_reports_across_a_reload() -> None:
    # the reaction opens s1 and the second deal report s2; the first deal report links them and s2 folds into s1
    index = StoryIndex()
    index.add_many([article("reaction", REACTION), article("two", DEAL_TWO), article("one", DEAL_ONE)])
    assert index.merges == [("s2", "s1")]
    assert [k.story for k in index._links.held({0})] == [0, 1, 1]  # the first deal report joined s2
    state = json.loads(json.dumps(index.to_state()))
    assert state["version"] == 5  # the format is unchanged: the by-story files are rebuilt on loading
    assert set(state["links"]) == {"window", "terms", "added", "held"}
    reloaded = StoryIndex.from_state(state)
    assert [k.number for k in reloaded._links.held({0})] == [0, 1, 2]
    assert reloaded._links.held({1}) == []
    reloaded.add(article("quake", QUAKE_JAPAN))
    assert [k.number for k in reloaded._links.held({0, 2})] == [0, 1, 2, 3]  # the quake opened s3
