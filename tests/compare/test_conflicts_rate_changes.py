"""Reports that start a rate's change from different figures disagree (QA round R: "from 0.1 per cent to a range
of 0 per cent to 0.1 per cent" and "to a range of 0 to 0.1pc from minus 0.1pc" were one corroborated fact; the
minus sign was not read, and the figure before the change was compared with any figure)."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts

from storyline.compare.conflicts import count_disagreement, quantities


def _conflicts(*reports: tuple[str, str, str]) -> list[tuple[str, str]]:
    _, comparison = compare_texts(*reports)
    return [(f.text, f.why) for f in comparison.facts if f.status == "conflict"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deposit rate stands at minus 0.5 per cent.", [(-0.5, "")]),
        ("The deposit rate stands at -0.5% in Tarvia.", [(-0.5, "")]),
        ("Yields turned negative 0.2 percent.", [(-0.2, "")]),
        ("Lending fell 3.5pc last year.", [(3.5, "")]),
        # a dash between two figures is a range, not a sign
        ("The band is 0-0.25% wide.", [(0.25, "")]),
        ("The Dravian bank raised its rate from 0.5 per cent to 0.75 per cent.", [(0.5, "from"), (0.75, "")]),
        ("The rate was raised to 0.25pc from minus 0.1pc.", [(0.25, ""), (-0.1, "from")]),
        # "from" with no figure changed to is no change
        ("The plan won support from 40% of members.", [(40.0, "")]),
    ],
)
def test_conflicts_rate_changes_read(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.role) for q in quantities(text) if q.unit == "percent"] == expected


def test_conflicts_rate_changes_about_minus_allows_its_own_side() -> None:
    (q,) = quantities("The rate is about minus 5 percent.")
    assert q.low < -5 < q.high < 0


def test_conflicts_rate_changes_start_of_a_hike() -> None:
    found = count_disagreement(
        "The Dravian central bank increased its key rate from 0.1 per cent to a range of 0 per cent to 0.1 per cent.",
        "The short-term rate was raised to a range of 0 to 0.1pc from minus 0.1pc.",
    )
    assert found is not None
    assert found.why == "from 0.1 vs from -0.1 percent"
    assert not found.update


def test_conflicts_rate_changes_one_change_told_alike() -> None:
    assert count_disagreement(
        "The Dravian central bank raised its key rate from minus 0.1 per cent to a range of 0 to 0.1 per cent.",
        "The rate was lifted to a range of 0 to 0.1pc from -0.1pc.",
    ) is None


def test_conflicts_rate_changes_one_side_tells_no_change() -> None:
    # the figure before the change is a figure like any other where the other statement tells no change
    assert count_disagreement(
        "Dravian unemployment rose to 4.1% from 3.9% in May.", "Dravian unemployment was 3.9% in April."
    ) is None


def test_conflicts_rate_changes_in_a_story() -> None:
    found = _conflicts(
        ("a", "Dravia ends negative rates\n\nThe Bank of Dravia increased its key interest rate from 0.1 per cent "
              "to a range of 0 per cent to 0.1 per cent on Tuesday.", "Orbis Wire"),
        ("b", "Dravia lifts rates\n\nThe short-term rate was raised on Tuesday to a range of 0 to 0.1 per cent "
              "from minus 0.1 per cent.", "Kestrel Post"),
    )
    assert len(found) == 2
    assert {why for _, why in found} == {"from 0.1 vs from -0.1 percent"}


def test_conflicts_rate_changes_moves_of_two_markets() -> None:
    # loosely worded statements that move two things by a share, with one verb, are no count of one thing
    assert count_disagreement(
        "Tarvian stocks also declined, with the Orsk index inching down by over 1 per cent and the blue-chip "
        "shares falling by 0.59 per cent",
        "the Dravian crown fell 0.3pc to 149.66 per euro",
        same_verb=True,
    ) is None
