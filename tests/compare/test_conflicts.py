"""Numbers and dates that disagree, and the many ways they only seem to."""

from __future__ import annotations

import pytest

from storyline.compare.conflicts import date_conflict, name_conflict, number_conflict


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
        ("The repair bill came to 12% of the budget.", "The repair bill came to 12 percent of the budget.", False),
        ("Turnout was 40%.", "Turnout was 4 percent.", True),
        ("The toll was 13 people.", "The toll was revised to 15 people.", False),  # marked as an update
        ("Some 1,180 people left.", "About 1,200 people left.", False),  # rounding
        ("Losses reached $2 million.", "Losses reached €2 million.", False),  # different currencies: no common unit
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
        (["2025-03"], ["2025-03-04"], False),  # "March" and "March 4"
        (["2025-03-04"], ["2025-04-03"], True),
    ],
)
def test_conflicts_dates_table(a: list[str], b: list[str], conflict: bool) -> None:
    assert (date_conflict(a, b) is not None) is conflict


@pytest.mark.parametrize(
    ("a", "b", "a_names", "b_names", "conflict"),
    [
        # a different place for the same event
        (
            "The blaze began in Dunmore late on Sunday.",
            "The blaze began in Keswick late on Sunday.",
            [("Dunmore", "GPE")],
            [("Keswick", "GPE")],
            True,
        ),
        # a different person doing the same act
        (
            "Mayor Ann Cole opened the new bridge on Friday.",
            "Deputy mayor Tom Reed opened the new bridge on Friday.",
            [("Ann Cole", "PERSON")],
            [("Tom Reed", "PERSON")],
            True,
        ),
        # a surname and the full name
        (
            "Cole opened the new bridge on Friday.",
            "Mayor Ann Cole opened the new bridge on Friday.",
            [("Cole", "PERSON")],
            [("Ann Cole", "PERSON")],
            False,
        ),
        # an acronym and the name it stands for
        (
            "The WVWA closed the spillway gates overnight.",
            "The Wend Valley Water Authority closed the spillway gates overnight.",
            [("WVWA", "ORG")],
            [("Wend Valley Water Authority", "ORG")],
            False,
        ),
        # a town in its country
        (
            "The blaze began in Dunmore late on Sunday.",
            "The blaze began in France late on Sunday.",
            [("Dunmore", "GPE")],
            [("France", "GPE")],
            False,
        ),
        # a town and a river: places of different kinds are granularity, not disagreement
        (
            "Floodwater reached Ashby Vale before dawn.",
            "Floodwater reached the Wend River before dawn.",
            [("Ashby Vale", "GPE")],
            [("Wend River", "LOC")],
            False,
        ),
        # different things said about different people
        (
            "Ann Cole praised the firefighters for their speed.",
            "Tom Reed asked why the siren sounded so late.",
            [("Ann Cole", "PERSON")],
            [("Tom Reed", "PERSON")],
            False,
        ),
        # a marked update
        (
            "The inquiry is led by Ann Cole.",
            "The inquiry is now led by Tom Reed, who was later appointed.",
            [("Ann Cole", "PERSON")],
            [("Tom Reed", "PERSON")],
            False,
        ),
    ],
)
def test_conflicts_names_table(
    a: str, b: str, a_names: list[tuple[str, str]], b_names: list[tuple[str, str]], conflict: bool
) -> None:
    assert (name_conflict(a, b, a_names, b_names) is not None) is conflict
