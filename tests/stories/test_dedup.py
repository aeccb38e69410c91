from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.stories.dedup import DuplicateIndex, containment, find_duplicates, shingles, signature

from ._reports import (
    ARREST_ONE,
    FLOOD_REWRITE,
    FLOOD_WIRE,
    QUAKE_VAROSIA,
    QUAKE_VAROSIA_OTHER_OUTLET,
    light_edit,
)


def test_dedup_shingles_ignore_case_and_punctuation() -> None:
    assert shingles("The Cat, sat on the mat.") == shingles("the cat sat on THE mat")


def test_dedup_short_text_has_no_signature() -> None:
    assert signature("Breaking news.") is None


@pytest.mark.parametrize(
    ("later", "is_copy"),
    [
        (light_edit(QUAKE_VAROSIA), True),  # wire copy, new first line, two words changed
        (QUAKE_VAROSIA + " More follows.", True),
        (QUAKE_VAROSIA_OTHER_OUTLET, False),  # same event, own words: a story member, not a copy
        (ARREST_ONE, False),
    ],
)
def test_dedup_light_edits_are_copies_rewrites_are_not(later: str, is_copy: bool) -> None:
    found = find_duplicates([("first", QUAKE_VAROSIA), ("later", later)])
    assert ("later" in found) is is_copy
    if is_copy:
        assert found["later"] == "first"


def test_dedup_copy_points_to_earlier_report_only() -> None:
    found = find_duplicates([("a", QUAKE_VAROSIA), ("b", light_edit(QUAKE_VAROSIA)), ("c", ARREST_ONE)])
    assert found == {"b": "a"}


def test_dedup_state_round_trip() -> None:
    index = DuplicateIndex()
    index.add("a", signature(QUAKE_VAROSIA))
    again = DuplicateIndex.from_state(index.to_state())
    assert again.find(signature(light_edit(QUAKE_VAROSIA))) is not None
    assert again.find(signature(ARREST_ONE)) is None


def test_dedup_rejects_bad_threshold() -> None:
    with pytest.raises(ValueError, match="threshold"):
        DuplicateIndex(threshold=0)


_PARAS = FLOOD_WIRE.split("\n\n")


@pytest.mark.parametrize(
    ("later", "is_copy"),
    [
        # syndicated without its last paragraph: Jaccard falls to about 0.7, yet every sentence is the original's
        ("\n\n".join(_PARAS[:-1]), True),
        # the same copy under a new first line, with a paragraph of the re-publisher's own added at the end
        ("By Staff Writers\n\n" + FLOOD_WIRE + "\n\nThis story will be updated as we learn more.", True),
        # the middle paragraph dropped instead
        ("\n\n".join(_PARAS[:1] + _PARAS[2:]), True),
        # the same flood told in another outlet's words: same event, not a copy
        (FLOOD_REWRITE, False),
        # the first paragraph alone is under the LSH line: too little of the original to call it a copy
        (_PARAS[0], False),
    ],
)
def test_dedup_cut_copies_by_containment(later: str, is_copy: bool) -> None:
    found = find_duplicates([("wire", FLOOD_WIRE), ("later", later)])
    assert ("later" in found) is is_copy


@pytest.mark.parametrize(
    ("jaccard", "sizes", "expected"),
    [
        (1.0, (100, 100), 1.0),
        (0.75, (75, 100), 1.0),  # the smaller set wholly inside the larger
        (0.5, (100, 100), 2 / 3),
        (0.5, (0, 100), 0.0),  # an unknown size (an index saved before sizes were kept) contains nothing
    ],
)
def test_dedup_containment_from_jaccard_and_sizes(jaccard: float, sizes: tuple[int, int], expected: float) -> None:
    assert containment(jaccard, *sizes) == pytest.approx(expected)


def test_dedup_examples_syndicated_copy_found_rewrites_not() -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    lines = (examples / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    expected = json.loads((examples / "expected.json").read_text(encoding="utf-8"))["duplicates"]
    found = find_duplicates((r["id"], r["text"]) for r in records)
    assert found == {d["article"]: d["duplicate_of"] for d in expected}  # hillcrest-tribune copies orrin-press


def test_dedup_state_without_sizes_still_loads() -> None:
    index = DuplicateIndex()
    index.add("wire", signature(FLOOD_WIRE))
    state = index.to_state()
    del state["sizes"]
    again = DuplicateIndex.from_state(state)
    assert again.find(signature(light_edit(FLOOD_WIRE))) is not None
