"""Blind QA round AW #3/#4: once the reports disagree on a toll, every report's figure of it is a side of that one
conflict, also a figure that several sides allow ("at least 90", "nearly 100" beside "94" and "more than 100"):
dropped, it reads as an undisputed fact or as agreeing with one side (``tolls.toll_sides``). A figure of a report
that is already on a side stays out (its headline rounding its own count). Every text here is written for these
tests."""

from __future__ import annotations

from compare_helpers import compare_texts


def _conflicts(*reports: tuple[str, str, str]) -> set[str]:
    _, comparison = compare_texts(*reports)
    return {f.why for f in comparison.facts if f.status == "conflict"}


def test_a_figure_several_sides_allow_is_a_side_of_its_own() -> None:
    found = _conflicts(
        ("a", "More than 100 people have died after a ferry capsized off Dunmore, the president said.", "X"),
        ("b", "At the moment, 94 people have been confirmed dead after the Dunmore ferry sank.", "Y"),
        ("c", "At least 90 people died when an overcrowded ferry sank off Dunmore on Sunday evening.", "Z"),
        ("d", "Nearly 100 people died after an overcrowded ferry sank off Dunmore, officials said.", "W"),
        ("e", "A harbour official said that 96 people died when the Dunmore ferry sank.", "V"),
    )
    assert found == {"more than 100 vs nearly 100 vs 96 vs 94 vs at least 90 people died"}


def test_a_report_on_a_side_adds_no_rounded_figure_of_its_own() -> None:
    found = _conflicts(
        ("a", "More than 100 people have died after a ferry capsized off Dunmore, the president said.", "X"),
        ("b", "At the moment, 94 people have been confirmed dead after the Dunmore ferry sank. At least 90 people "
              "died in the sinking, the harbour office said.", "Y"),
    )
    assert found == {"more than 100 vs 94 people died"}


def test_a_bound_that_rounds_every_side_stays_out() -> None:
    found = _conflicts(
        ("a", "Officials said 105 people were reported missing after the Dunmore ferry sank.", "X"),
        ("b", "The harbour office said 101 people were unaccounted for after the Dunmore ferry sank.", "Y"),
        ("c", "More than 100 people remain missing after the Dunmore ferry sank, officials said.", "Z"),
    )
    assert found
    assert not any("more than 100" in why for why in found)
