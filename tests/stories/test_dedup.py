from __future__ import annotations

import pytest

from storyline.stories.dedup import DuplicateIndex, find_duplicates, shingles, signature

from ._reports import ARREST_ONE, QUAKE_PERU, QUAKE_PERU_OTHER_OUTLET, light_edit


def test_dedup_shingles_ignore_case_and_punctuation() -> None:
    assert shingles("The Cat, sat on the mat.") == shingles("the cat sat on THE mat")


def test_dedup_short_text_has_no_signature() -> None:
    assert signature("Breaking news.") is None


@pytest.mark.parametrize(
    ("later", "is_copy"),
    [
        (light_edit(QUAKE_PERU), True),  # wire copy, new first line, two words changed
        (QUAKE_PERU + " More follows.", True),
        (QUAKE_PERU_OTHER_OUTLET, False),  # same event, own words: a story member, not a copy
        (ARREST_ONE, False),
    ],
)
def test_dedup_light_edits_are_copies_rewrites_are_not(later: str, is_copy: bool) -> None:
    found = find_duplicates([("first", QUAKE_PERU), ("later", later)])
    assert ("later" in found) is is_copy
    if is_copy:
        assert found["later"] == "first"


def test_dedup_copy_points_to_earlier_report_only() -> None:
    found = find_duplicates([("a", QUAKE_PERU), ("b", light_edit(QUAKE_PERU)), ("c", ARREST_ONE)])
    assert found == {"b": "a"}


def test_dedup_state_round_trip() -> None:
    index = DuplicateIndex()
    index.add("a", signature(QUAKE_PERU))
    again = DuplicateIndex.from_state(index.to_state())
    assert again.find(signature(light_edit(QUAKE_PERU))) is not None
    assert again.find(signature(ARREST_ONE)) is None


def test_dedup_rejects_bad_threshold() -> None:
    with pytest.raises(ValueError, match="threshold"):
        DuplicateIndex(threshold=0)
