"""A toll told across reports as a string of bulletins is one conflict of every figure (``tolls.bulletins`` in
``across.tolls_across``); the missing are set against each other however low they fall; two reports' tolls of
one earlier month are set against each other, as no updates; and a statement that gives another side's figure of
a count the shown one gives does not corroborate it (``facts._stated``). Every text here is written for these
tests."""

from __future__ import annotations

from compare_helpers import compare_texts


def _conflicts(*reports: tuple[str, str, str]) -> list[tuple[str, str, bool]]:
    _, comparison = compare_texts(*reports)
    return [(f.text, f.why, f.may_be_update) for f in comparison.facts if f.status == "conflict"]


def test_every_bulletin_of_a_toll_is_one_conflict() -> None:
    found = _conflicts(
        ("a", "At least 9 people have died in a fire at the Dravo pit in Vessland.", "X"),
        ("b", "A fire at the Dravo pit in Vessland killed 13 miners, the operator said.", "Y"),
        ("c", "At least 18 people have died in the Dravo pit fire in Vessland.", "Z"),
        ("d", "Vessland said on Sunday that 36 bodies of miners were found at the Dravo pit.", "W"),
    )
    assert {why for _, why, _ in found} == {"36 vs at least 18 vs 13 vs at least 9 people died"}
    assert all(update for _, _, update in found)


def test_the_missing_fall_as_they_are_found() -> None:
    found = _conflicts(
        ("a", "A fire broke out at the Dravo pit in Vessland. Some 26 people had not been located.", "X"),
        ("b", "Rescuers searched the Dravo pit in Vessland. Officials said on Sunday that three were still "
              "missing.", "Y"),
    )
    assert {why for _, why, _ in found} == {"some 26 vs 3 people missing"}


def test_an_earlier_month_toll_told_twice() -> None:
    found = _conflicts(
        ("a", "A fire broke out at the Dravo pit in Vessland on Saturday. It was the second accident at the "
              "operator's sites, after five miners were killed in an accident in August.", "X"),
        ("b", "A fire broke out at the Dravo pit in Vessland on Saturday. In August, four miners were killed after "
              "a fire broke out at the Karsk mine.", "Y"),
    )
    assert {(why, update) for _, why, update in found} == {("5 vs 4 people died in August", False)}
