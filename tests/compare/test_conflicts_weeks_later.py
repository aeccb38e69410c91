"""A toll told weeks after the event ("Almost two weeks after the accident, ... more than 100 still missing") is a
later phase's figure, no bulletin of the first day's count: it is set against no other report's figure (QA BA
#20: 'more than 100 vs 99 people missing'). Every text here is written for these tests."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.tolls import month_placed


def _conflicts(*reports: tuple[str, str, str]) -> set[str]:
    _, comparison = compare_texts(*reports)
    return {f.why for f in comparison.facts if f.status == "conflict"}


def test_a_toll_told_weeks_after_is_placed_apart() -> None:
    assert month_placed("Almost two weeks after the collapse, more than 60 people were still missing.")
    assert month_placed("Three months later, 12 people remain missing.")
    assert month_placed("Two days after the collapse, 40 people were still missing.") == ""
    assert month_placed("More than 60 people were still missing after the collapse.") == ""


def test_a_toll_told_weeks_after_is_no_rival_of_the_first_days() -> None:
    found = _conflicts(
        ("a", "At least 48 people were unaccounted for after the Harlow Point tower collapsed early Tuesday, "
              "officials said.", "X"),
        ("b", "The Harlow Point tower partly collapsed on Tuesday. Almost two weeks after the collapse, the death "
              "toll climbed to over 20 with more than 60 still missing.", "Y"),
    )
    assert not any("missing" in why for why in found)


def test_tolls_of_one_day_still_conflict() -> None:
    found = _conflicts(
        ("a", "At least 48 people were unaccounted for after the Harlow Point tower collapsed early Tuesday, "
              "officials said.", "X"),
        ("b", "More than 60 people were still missing after the Harlow Point tower collapsed on Tuesday.", "Y"),
    )
    assert any("missing" in why for why in found)
