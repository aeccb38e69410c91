"""A report that says no one was hurt against one that counts the injured: "All 212 people on board escaped
unharmed" / "At least 14 people were injured" cannot both hold (injuries: none vs 14). Only a whole group of every
person counts as none: "the pilot escaped unharmed" or "all 212 passengers escaped unharmed" says nothing of the
others. All text is invented."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts, conflicting

from storyline.compare.fates import unharmed

JET = "A Skyline Orrin jet caught fire after landing at Tesk airport on Tuesday. "
INJURED = JET + "At least 14 people were injured in the evacuation, the fire service said."


@pytest.mark.parametrize(
    ("text", "everyone"),
    [
        ("No one was hurt, the airline said", [True]),
        ("All passengers and crew, believed to be 212 people in total, escaped unharmed", [True]),
        ("Everyone on board got out unhurt", [True]),
        ("The 200 passengers and 12 crew members were all unhurt", [True]),
        ("All 212 passengers escaped unharmed", [False]),
        # one person, or a group not said to be whole, or no one in one place only
        ("The pilot escaped unharmed", []),
        ("Almost all passengers escaped unharmed", []),
        ("All flights were cancelled and the pilot escaped unharmed", []),
        ("No one on the ground was hurt", []),
        ("No one was seriously hurt", []),
    ],
)
def test_conflicts_unharmed_whole_group_table(text: str, everyone: list[bool]) -> None:
    assert [n.everyone for n in unharmed(text)] == everyone


def test_conflicts_unharmed_everyone_unharmed_against_injured() -> None:
    articles, comparison = compare_texts(
        ("a", JET + "All 212 people on board, crew and passengers, escaped unharmed, the airline said.", "X"),
        ("b", INJURED, "Y"),
    )
    safe, hurt = conflicting(comparison, articles, (0, "escaped unharmed"), (1, "At least 14 people"))
    assert safe.why == hurt.why == "at least 14 people hurt vs none"
    assert not safe.may_be_update


def test_conflicts_unharmed_no_one_hurt_against_injured() -> None:
    articles, comparison = compare_texts(("a", JET + "No one was hurt, the airline said.", "X"), ("b", INJURED, "Y"))
    conflicting(comparison, articles, (0, "No one was hurt"), (1, "At least 14 people"))


def test_conflicts_unharmed_none_reported_may_be_an_update() -> None:
    """"No injuries were reported" tells what was known then: a later count of the injured may update it."""
    articles, comparison = compare_texts(
        ("a", JET + "No injuries were reported in the first hours, the airport said.", "X"), ("b", INJURED, "Y")
    )
    first, _ = conflicting(comparison, articles, (0, "No injuries"), (1, "At least 14 people"))
    assert first.may_be_update


@pytest.mark.parametrize(
    "safe",
    [
        "The pilot escaped unharmed, the airline said.",
        "No one on the ground was hurt, the airline said.",
        "No one was seriously hurt, the airline said.",
    ],
)
def test_conflicts_unharmed_a_part_of_the_group_is_no_conflict(safe: str) -> None:
    _, comparison = compare_texts(("a", JET + safe, "X"), ("b", INJURED, "Y"))
    assert not any(f.status == "conflict" for f in comparison.facts)


def test_conflicts_unharmed_one_report_telling_both_is_no_conflict() -> None:
    """A report that says no one was hurt and later counts the injured is on both sides: refuse to guess."""
    _, comparison = compare_texts(
        ("a", JET + "No one was hurt, the airline said at first. At least 14 people were injured, the fire service "
              "said later.", "X"),
        ("b", JET + "Firefighters sprayed foam on the jet's left wing.", "Y"),
    )
    assert not any(f.status == "conflict" for f in comparison.facts)
