"""Lengths told by their unit alone, years after a possessive, and a stamp's clock time.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from timex_helpers import text_values as timexes

ANCHOR = "2029-03-14"


def test_timex_a_units_long_adjective_is_a_vague_length_not_one_unit() -> None:
    found = timexes("The deal averted a weeks-long trial in Harbourside.", ANCHOR)
    assert found == [("weeks-long", "PXW")]


def test_timex_units_long_written_as_one_word() -> None:
    found = timexes("The ruling follows a monthslong inquiry by the Norvale board.", ANCHOR)
    assert found == [("monthslong", "PXM")]


def test_timex_for_hours_is_a_vague_count_of_hours() -> None:
    found = timexes("Opening statements were delayed for hours as lawyers talked.", ANCHOR)
    assert found == [("hours", "PTXH")]


def test_timex_a_year_after_a_possessive_is_a_year_not_a_name() -> None:
    found = timexes("The broadcaster blamed Kestrel Ballots for Mayor Obi’s 2026 defeat.", ANCHOR)
    assert found == [("2026", "2026")]


def test_timex_a_stamp_keeps_its_clock_time_after_the_date() -> None:
    text = "Wed, 14 Mar, 2029 - 09:41\n\nThe Norvale board met in Harbourside."
    assert timexes(text) == [("Wed, 14 Mar, 2029 - 09:41", "2029-03-14T09:41")]
