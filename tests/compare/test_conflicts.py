"""Numbers and dates that disagree, and the many ways they only seem to."""

from __future__ import annotations

import pytest

from storyline.compare.conflicts import date_conflict, number_conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("Water entered 41 homes on the lane.", "Floodwater reached 14 homes on the lane.", True),
        ("13 people were treated for injuries.", "More than a dozen people were treated.", False),
        ("About 1,200 people were evacuated.", "Some 1,180 people were evacuated.", False),
        ("Repairs will cost $2.3 million.", "Repairs could cost about $2.3 million.", False),
        ("Repairs will cost $2.3 million.", "Repairs will cost $4 million.", True),
        ("Turnout was 40 percent.", "Turnout was 48%.", True),
        ("Two bombers flew for seven hours.", "The bombers flew for seven hours.", False),
        ("The toll rose to 15 people.", "Twelve people died.", False),  # a marked update
        ("The dam was built in 1962.", "The dam was finished in 1964.", False),  # years are dates
        ("The world became more unstable.", "The world is less stable.", False),
    ],
)
def test_conflicts_numbers_table(a: str, b: str, conflict: bool) -> None:
    assert (number_conflict(a, b) is not None) is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (["2023-05-03"], ["2023-05-04"], True),
        (["2023-05"], ["2023-05-03"], False),
        (["2023-W18"], ["2023-05-03"], False),
        (["2023-05-03", "2023-05-10"], ["2023-05-04"], False),  # several dates: several events
        (["PRESENT_REF"], ["2023-05-04"], False),
        ([], ["2023-05-04"], False),
    ],
)
def test_conflicts_dates_table(a: list[str], b: list[str], conflict: bool) -> None:
    assert (date_conflict(a, b) is not None) is conflict
