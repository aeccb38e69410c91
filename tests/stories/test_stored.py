"""The store's story index: merges re-label stored reports, and old ids resolve to the surviving story."""

from __future__ import annotations

from typing import Any

from storyline.model import Assignment
from storyline.stories.stored import assign_stored, resolve_story, story_count

from ._reports import ARREST_ONE, QUAKE_JAPAN, QUAKE_VAROSIA, QUAKE_VAROSIA_OTHER_OUTLET, article


class _Store:
    """The few store calls ``stored`` makes, kept in dicts (the real store is tested under tests/store)."""

    def __init__(self) -> None:
        self.state: dict[str, dict[str, Any]] = {}
        self.rows: dict[str, Assignment] = {}

    def load_state(self, name: str) -> dict[str, Any] | None:
        return self.state.get(name)

    def save_state(self, name: str, state: dict[str, Any]) -> None:
        self.state[name] = state

    def save_assignments(self, assignments: list[Assignment]) -> None:
        self.rows.update((a.article, a) for a in assignments)

    def load_assignments(self) -> list[Assignment]:
        return list(self.rows.values())


def test_stored_merge_relabels_earlier_reports(monkeypatch: Any) -> None:
    import storyline.stories.incremental as incremental

    monkeypatch.setattr(incremental, "INCREMENTAL_THRESHOLD", 0.8)
    monkeypatch.setattr(incremental, "MERGE_THRESHOLD", 0.6)
    store = _Store()
    assign_stored(store, [article("japan", QUAKE_JAPAN), article("arrest", ARREST_ONE)])
    assign_stored(store, [article("peru1", QUAKE_VAROSIA), article("peru2", QUAKE_VAROSIA_OTHER_OUTLET)])
    assert store.rows["peru2"].story == "s4"
    first, second = QUAKE_VAROSIA.split(". "), QUAKE_VAROSIA_OTHER_OUTLET.split(". ")
    got = assign_stored(store, [article("mixed", ". ".join(first[:3] + second[2:]))])
    assert got[0].story == "s3"
    assert store.rows["peru2"].story == "s3"  # saved in an earlier call, re-labelled by the merge
    assert resolve_story(store, "s4") == "s3"
    assert story_count(store) == 3
