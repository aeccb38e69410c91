"""Counting a weekday from a month and day of an unknown year whose weekday is told ("Tuesday, March 26").

No text here: the functions take the month, day and weekday an expression gave.
"""

from __future__ import annotations

import pytest

from storyline.extract.timex_undated import earliest_of, weekday_from, years_with

TUESDAY, THURSDAY, FRIDAY, SUNDAY = 1, 3, 4, 6


@pytest.mark.parametrize(
    ("weekday", "direction", "strict", "skip", "expected"),
    [
        (SUNDAY, -1, False, 0, (3, 24)),  # "on Sunday", said of the past
        (FRIDAY, 1, False, 0, (3, 29)),  # "on Friday", to come
        (TUESDAY, -1, False, 0, (3, 26)),  # the day itself
        (TUESDAY, -1, True, 0, (3, 19)),  # "last Tuesday"
        (THURSDAY, -1, False, 0, (3, 21)),
        (3 - 1, 1, True, 7, (4, 3)),  # "next Wednesday", a day off: the week after
    ],
)
def test_timex_undated_weekday_from_a_told_weekday(
    weekday: int, direction: int, strict: bool, skip: int, expected: tuple[int, int]
) -> None:
    years = years_with(3, 26, TUESDAY)
    assert years
    assert weekday_from(3, 26, years, weekday, direction, strict=strict, skip=skip) == expected


def test_timex_undated_weekday_from_refuses_a_day_a_leap_day_moves() -> None:
    # Tuesday, March 5 in a common year and in a leap one: the Thursday before is Feb 28 or Feb 29
    years = years_with(3, 5, TUESDAY)
    assert weekday_from(3, 5, years, THURSDAY, -1) is None
    assert weekday_from(3, 5, years, SUNDAY, -1) == (3, 3)


def test_timex_undated_weekday_from_a_leap_day() -> None:
    years = years_with(2, 29, THURSDAY)
    assert years
    assert weekday_from(2, 29, years, SUNDAY, 1) == (3, 3)


def test_timex_undated_earliest_weekday_to_come() -> None:
    assert earliest_of({FRIDAY, 0}) == FRIDAY  # Friday, then the Monday after
    assert earliest_of({0, FRIDAY, TUESDAY}) == 0
