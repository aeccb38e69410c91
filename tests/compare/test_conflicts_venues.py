"""Where the story's swap took place: two reports that place it in two cities disagree, wherever alignment put
their statements; a country and a city in it do not."""

from __future__ import annotations

import importlib

from compare_helpers import compare_texts

REPORT_A = (
    "Ines Varga freed in prisoner swap.\n"
    "Ines Varga was released on Friday in exchange for Oskar Brandt, officials in Valdora said.\n"
    "The Valdoran foreign ministry said the exchange took place in Abu Dhabi and that Brandt had been flown home.\n"
    "Varga had been held for ten months."
)
REPORT_B = (
    "Varga comes home.\n"
    "Ines Varga, the chess champion, is free after ten months in a Valdoran jail.\n"
    "'She's on the ground,' her brother is heard saying, presumably referring to her landing in Dubai for the "
    "prisoner swap.\n"
    "Her family thanked the negotiators."
)
REPORT_C = (
    "Varga is free.\n"
    "Ines Varga flew to the United Arab Emirates for the swap, her lawyer said.\n"
    "The champion is expected home on Sunday."
)


def test_venues_two_cities_of_one_swap_conflict() -> None:
    _, cmp = compare_texts(("a", REPORT_A, "Gazette"), ("b", REPORT_B, "Tabloid"))
    found = [f for f in cmp.facts if f.status == "conflict"]
    assert sorted(f.why for f in found) == ["place of the swap: Abu Dhabi vs Dubai"] * 2
    assert {s.article for f in found for s in f.support} == {"a", "b"}


def test_venues_a_country_and_a_city_in_it_are_no_conflict() -> None:
    _, cmp = compare_texts(("a", REPORT_A, "Gazette"), ("c", REPORT_C, "Wire"))
    assert not [f for f in cmp.facts if f.status == "conflict"]


def test_venues_a_trade_show_is_no_swap() -> None:
    venues = importlib.import_module("storyline.compare.venues")
    assert venues.venues("Shares traded 2% higher in London as buyers flew to Dubai for the trade show.") == []
