"""Reports that time one act of a match at different minutes disagree (QA round Q: a tackle told "in the 27th
minute", "after 28 minutes" and "in the 29th" by three reports was never flagged)."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts

from storyline.compare.scheduled import match_minutes


def _conflicts(*reports: tuple[str, str, str]) -> list[tuple[str, str]]:
    _, comparison = compare_texts(*reports)
    return [(f.text, f.why) for f in comparison.facts if f.status == "conflict"]


def test_conflicts_match_minutes_of_one_tackle() -> None:
    found = _conflicts(
        ("a", "Harrow beat Lindell 20-18 in the final at Castlemoor. Tom Varga caught Eli Brandt high in the 31st "
              "minute. The crowd booed.", "X"),
        ("b", "Harrow won the final 20-18. As Lindell struggled at the scrum, Varga received a yellow card after 32 "
              "minutes for a dangerous tackle on Eli Brandt.", "Y"),
        ("c", "Lindell led 9-6 when Varga was yellow-carded in the 33rd for a high tackle on Brandt, and Harrow held "
              "on.", "Z"),
    )
    assert len(found) == 3
    assert {why for _, why in found} == {"match minute of Varga's foul: 31 vs 32 vs 33"}


def test_conflicts_match_minutes_of_different_acts() -> None:
    # a try and a card of one player, a card of another player: three acts, no conflict
    assert not _conflicts(
        ("a", "Tom Varga scored a try in the 27th minute at Castlemoor. Harrow won 20-18.", "X"),
        ("b", "Varga was yellow-carded in the 29th for a late tackle. Harrow won 20-18.", "Y"),
        ("c", "Lindell's Eli Brandt was yellow-carded in the 28th minute for a late tackle. Harrow won 20-18.", "Z"),
    )


def test_conflicts_match_minutes_not_durations() -> None:
    # how long a player was off is no minute of the match
    assert not _conflicts(
        ("a", "Tom Varga was yellow-carded in the 31st minute at Castlemoor. Harrow won 20-18.", "X"),
        ("b", "Harrow won 20-18. Varga spent 10 minutes in the sin bin after a late hit on Eli Brandt.", "Y"),
        ("c", "Harrow won 20-18 at Castlemoor. Varga was sent to the sin bin for 10 minutes.", "Z"),
    )


def test_conflicts_match_minutes_two_tries_of_one_player() -> None:
    # a report that gives one player's tries two minutes tells two tries: the other report's is one of them
    assert not _conflicts(
        ("a", "Tom Varga scored a try in the 12th minute. Varga scored a try in the 15th minute. Harrow won.", "X"),
        ("b", "Tom Varga scored a try in the 15th minute at Castlemoor. Harrow won.", "Y"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sam Orrin caught Jo Pell high in the 27th minute.", [(27, "orrin", ("foul",))]),
        ("Orrin received a yellow card after 28 minutes for a dangerous tackle on Pell.",
         [(28, "orrin", ("card", "foul"))]),
        ("Harrow led 9-3 when Orrin was yellow-carded in the 29th for a high tackle on Pell.",
         [(29, "orrin", ("card", "foul"))]),
        ("Dane Ruud's 54th-minute try sealed it.", [(54, "ruud", ("score",))]),
        ("Orrin was sent to the sin bin for 10 minutes.", []),
        ("Orrin was sin-binned after just three minutes.", []),
        ("Orrin spent 10 minutes in the sin bin after a late hit on Pell.", []),
        ("Orrin returned three minutes later.", []),
        ("Harrow finished 27th in the table.", []),
        ("The vote took place in the 29th session of the council.", []),
    ],
)
def test_conflicts_match_minutes_read(text: str, expected: list[tuple[int, str, tuple[str, ...]]]) -> None:
    assert [(m.minute, m.actor, tuple(sorted(m.kinds))) for m in match_minutes(text)] == expected
