"""A day told as its night and the next day ("the levee burst on Sunday night" / "the levee burst on Monday") are
still two days of one event, but an event past midnight is told on either: the conflict is hedged (QA round W #3).
Fictional texts."""

from __future__ import annotations

import pytest

from storyline.compare.conflicts import weekday_conflict, weekdays


@pytest.mark.parametrize(
    ("one", "other", "why"),
    [
        ("The levee above Varna burst on Sunday night.", "The levee above Varna burst on Monday.",
         "Sunday night vs Monday (may be the same night)"),
        ("The levee above Varna burst on Monday.", "The levee above Varna burst on Sunday night.",
         "Monday vs Sunday night (may be the same night)"),
        ("The levee above Varna burst overnight Sunday.", "The levee above Varna burst on Monday morning.",
         "Sunday night vs Monday (may be the same night)"),
        # the night after the other day, or two days apart: no one night
        ("The levee above Varna burst on Monday night.", "The levee above Varna burst on Sunday.",
         "Monday vs Sunday"),
        ("The levee above Varna burst on Saturday night.", "The levee above Varna burst on Monday.",
         "Saturday vs Monday"),
    ],
)
def test_a_night_and_the_next_day_are_hedged(one: str, other: str, why: str) -> None:
    assert weekday_conflict(weekdays(one), weekdays(other), close=True) == why


def test_a_resolved_night_is_a_night() -> None:
    text = "The levee above Varna burst on Sunday night."
    start = text.index("Sunday")
    day = weekdays(text, [(start, start + len("Sunday night"), "XXXX-WXX-7TNI")])
    assert day[0].night


def test_alike_statements_a_night_apart_are_a_hedged_conflict() -> None:
    """Two reports that alignment left apart, alike but for the day (``weekdays_across``)."""
    from compare_helpers import compare_texts

    _, cmp = compare_texts(
        ("a", "The old levee above the village of Varna burst on Sunday night, flooding the lower town.", "Varna Post"),
        ("b", "The old levee above the village of Varna burst on Monday, flooding the lower town.", "Osk Herald"),
    )
    whys = {f.why for f in cmp.facts if f.status == "conflict"}
    assert whys == {"Sunday night vs Monday (may be the same night)"} or whys == {
        "Monday vs Sunday night (may be the same night)"
    }
