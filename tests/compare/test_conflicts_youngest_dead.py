"""The age of the youngest of the dead ("the dead included children as young as 4") against an age of one of
them that another report gives ("killed ... including a three-year-old"), wherever alignment put them
(``compare.ages``). Every text here is written for these tests."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.ages import ages

_FIRE = "A fire swept through the Lindholm tower in Ostrava on Sunday, killing 12 people."


def _whys(*reports: tuple[str, str, str]) -> set[str]:
    _, comparison = compare_texts(*reports)
    return {f.why for f in comparison.facts if f.status == "conflict"}


def test_an_age_of_the_injured_is_no_age_of_the_dead() -> None:
    assert ages("A three-year-old was injured and taken to hospital.") == []
    assert ages("Patients as young as 4 were treated at three hospitals.") == []


def test_a_younger_victim_than_the_youngest_conflicts() -> None:
    whys = _whys(
        ("a", _FIRE + " The dead included children as young as 5, council member Petra Holm said.", "X"),
        ("b", _FIRE + " Officials said smoke likely killed most of the victims including a two-year-old.", "Y"),
    )
    assert whys == {"age of the youngest dead: as young as 5 vs a two-year-old"}


def test_an_older_victim_agrees_with_the_youngest() -> None:
    whys = _whys(
        ("a", _FIRE + " The dead included children as young as 5, council member Petra Holm said.", "X"),
        ("b", _FIRE + " Officials said smoke likely killed most of the victims including a seven-year-old.", "Y"),
    )
    assert whys == set()
