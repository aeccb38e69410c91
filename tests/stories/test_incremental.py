from __future__ import annotations

import json

import pytest

from storyline.model import Article, Assignment
from storyline.stories.cluster import cluster
from storyline.stories.incremental import StoryIndex

from ._reports import (
    ARREST_ONE,
    ARREST_TWO,
    QUAKE_JAPAN,
    QUAKE_VAROSIA,
    QUAKE_VAROSIA_OTHER_OUTLET,
    VELMORA_ONE,
    VELMORA_THREE,
    VELMORA_TWO,
    article,
    light_edit,
)

STREAM = [
    article("peru1", QUAKE_VAROSIA),
    article("arrest1", ARREST_ONE),
    article("japan", QUAKE_JAPAN),
    article("peru2", QUAKE_VAROSIA_OTHER_OUTLET),
    article("arrest2", ARREST_TWO),
    article("peru-copy", light_edit(QUAKE_VAROSIA)),
]


def test_incremental_assigns_like_batch_on_a_small_stream() -> None:
    index = StoryIndex()
    got = {a.article: a for a in index.add_many(STREAM)}
    assert got["peru2"].story == got["peru1"].story
    assert len({got[k].story for k in ("peru1", "arrest1", "japan", "arrest2")}) == 4
    assert got["peru-copy"].duplicate_of == "peru1"
    assert got["peru-copy"].story == got["peru1"].story
    batch = {a.article: a.story for a in cluster(STREAM)}
    assert {k: v.story for k, v in got.items()} == batch


def test_incremental_first_reports_of_one_event_are_one_story() -> None:
    # with the frequencies of two or three reports, each report's one-off words outweighed the shared ones
    stream = [article("one", VELMORA_ONE), article("two", VELMORA_TWO), article("three", VELMORA_THREE)]
    stream += [article("peru", QUAKE_VAROSIA)]
    got = {a.article: a.story for a in StoryIndex().add_many(stream)}
    assert got["one"] == got["two"] == got["three"] != got["peru"]


def test_incremental_ids_stable_as_reports_arrive() -> None:
    index = StoryIndex()
    first = [index.add(a) for a in STREAM[:3]]
    later = [index.add(a) for a in STREAM[3:]]
    assert [a.story for a in first] == ["s1", "s2", "s3"]
    assert index.assignment("peru1") == first[0]
    assert later[0].story == "s1"


def test_incremental_same_article_twice_keeps_its_assignment() -> None:
    index = StoryIndex()
    a = index.add(STREAM[0])
    assert index.add(STREAM[0]) == a
    assert len(index) == 1


def test_incremental_state_is_json_and_resumes_exactly() -> None:
    whole = StoryIndex()
    expected = whole.add_many(STREAM)
    part = StoryIndex()
    part.add_many(STREAM[:3])
    state = json.loads(json.dumps(part.to_state()))
    resumed = StoryIndex.from_state(state)
    assert resumed.add_many(STREAM[3:]) == expected[3:]
    assert resumed.to_state()["stories"] == json.loads(json.dumps(whole.to_state()))["stories"]


def test_incremental_date_span_keeps_a_late_lookalike_apart() -> None:
    index = StoryIndex()
    a = index.add(article("a", QUAKE_VAROSIA, "2024-03-05"))
    b = index.add(article("b", QUAKE_VAROSIA_OTHER_OUTLET, "2025-06-01"))
    assert a.story != b.story


def test_incremental_rejects_bad_state_and_threshold() -> None:
    with pytest.raises(ValueError, match="version"):
        StoryIndex.from_state({"version": 99})
    with pytest.raises(ValueError, match="threshold"):
        StoryIndex(threshold=-0.1)


def _bridged() -> tuple[StoryIndex, list[Article]]:
    """Two Varosia reports kept apart by a strict join, then a report mixing both: it joins one, and the merge
    re-check folds the other story in."""
    first, second = QUAKE_VAROSIA.split(". "), QUAKE_VAROSIA_OTHER_OUTLET.split(". ")
    mixed = ". ".join(first[:3] + second[2:])
    stream = [
        article("japan", QUAKE_JAPAN),
        article("arrest", ARREST_ONE),
        article("peru1", QUAKE_VAROSIA),
        article("peru2", QUAKE_VAROSIA_OTHER_OUTLET),
        article("mixed", mixed),
    ]
    return StoryIndex(threshold=0.8, merge_threshold=0.6), stream


def test_incremental_merge_keeps_the_older_id_and_aliases_the_younger() -> None:
    index, stream = _bridged()
    at_arrival = [index.add(a).story for a in stream]
    assert at_arrival == ["s1", "s2", "s3", "s4", "s3"]
    assert index.merges == [("s4", "s3")]
    assert index.resolve("s4") == "s3"
    assert index.resolve("s2") == "s2"
    assert index.assignment("peru2") == Assignment(article="peru2", story="s3")
    assert index.story_count == 3


def test_incremental_state_with_merges_resumes_exactly() -> None:
    index, stream = _bridged()
    index.add_many(stream)
    resumed = StoryIndex.from_state(json.loads(json.dumps(index.to_state())))
    assert resumed.merges == index.merges
    assert resumed.assignments() == index.assignments()
    assert resumed.add(article("more", QUAKE_VAROSIA_OTHER_OUTLET + " Aftershocks continued overnight.")).story == "s3"


def test_incremental_loads_a_version_1_state() -> None:
    index = StoryIndex()
    expected = index.add_many(STREAM)
    state = json.loads(json.dumps(index.to_state()))
    state["version"] = 1
    for key in ("merges", "merge_threshold"):
        del state[key]
    for story in state["stories"]:
        del story["merged_into"]
    assert StoryIndex.from_state(state).assignments() == expected


def test_incremental_rejects_bad_merge_threshold() -> None:
    with pytest.raises(ValueError, match="merge_threshold"):
        StoryIndex(merge_threshold=1.5)
