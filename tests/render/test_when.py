"""Timeline values read out in words beside their TIMEX3 value."""

from __future__ import annotations

import pytest

from storyline.render.when import readable


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2023-05-03", "3 May 2023"),
        ("XXXX-02-15", "15 February"),
        ("XXXX-02-15TEV", "15 February, evening"),
        ("2024-12-29T09:05", "29 December 2024, 09:05"),
        ("XXXX-WXX-4", "Thursday"),
        ("XXXX-WXX-5TNI", "Friday night"),
        ("XXXX-WXX-2T14:30", "Tuesday, 14:30"),
        ("XXXX-WXX", "a week"),
        ("XXXX-WXX-WE", "a weekend"),
        ("2023-W41", "week 41 of 2023"),
        ("2023-05", "May 2023"),
        ("XXXX-10", "October"),
        ("2024-Q3", "the third quarter of 2024"),
        ("1998", "1998"),
    ],
)
def test_a_timeline_value_in_words(value: str, words: str) -> None:
    assert readable(value) == words


@pytest.mark.parametrize("value", ["PAST_REF", "2023-13-01", "P3D", "2023-W12-3", "XXXX-SU"])
def test_a_value_it_cannot_read_is_shown_as_it_is(value: str) -> None:
    assert readable(value) == value
