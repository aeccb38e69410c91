"""Lasting story ids for a batch run's briefs (QA rounds AL, AM, AN: two folders briefed over one store both
opened on "Story s1"): each batch story takes the store's id most of its articles hold, and two batch stories the
store holds as one stay apart."""

from __future__ import annotations

from storyline.model import Assignment
from storyline.stories.stored import stored_story_ids


class _Store:
    def __init__(self, rows: dict[str, str]) -> None:
        self.rows = rows

    def load_assignments(self) -> list[Assignment]:
        return [Assignment(article=a, story=s) for a, s in self.rows.items()]


def test_stored_brief_ids_take_the_stores_id_of_most_articles() -> None:
    store = _Store({"a1": "s1", "a2": "s1", "b1": "s2", "b2": "s2", "b3": "s3"})
    assert stored_story_ids(store, {"s1": ["b1", "b2", "b3"]}) == {"s1": "s2"}


def test_stored_brief_ids_keep_two_batch_stories_apart() -> None:
    store = _Store({"a1": "s4", "a2": "s4", "b1": "s4"})
    ids = stored_story_ids(store, {"s1": ["a1", "a2"], "s2": ["b1"]})
    assert ids["s1"] == "s4"
    assert ids["s2"] != "s4"


def test_stored_brief_ids_keep_the_batch_id_of_unstored_articles() -> None:
    assert stored_story_ids(_Store({}), {"s1": ["x1"]}) == {"s1": "s1"}


def test_stored_brief_ids_never_give_two_stories_one_id() -> None:
    store = _Store({"a1": "s2", "a2": "s2"})
    ids = stored_story_ids(store, {"s1": ["a1", "a2"], "s2": ["b1"]})
    assert len(set(ids.values())) == 2


def test_stored_brief_ids_let_the_larger_story_choose_first() -> None:
    store = _Store({"a1": "s5", "a2": "s5", "a3": "s5", "b1": "s5"})
    ids = stored_story_ids(store, {"s1": ["b1"], "s2": ["a1", "a2", "a3"]})
    assert ids["s2"] == "s5"
