"""Blind QA round AO: tolls told in other words. Bodies found are a toll of the dead; people "not located" are
missing; "another" adds a count to a count of another toll ("killed 9 while another 14 remained unaccounted
for"), so its count is a whole toll of its own. Every text here is written for these tests."""

from __future__ import annotations

from storyline.compare.counts import toll_counts


def _tolls(text: str) -> list[tuple[str, float]]:
    return [(about, q.value) for about, q in toll_counts(text)]


def test_bodies_found_are_a_toll_of_the_dead() -> None:
    assert _tolls("Officials said 37 bodies of workers were found at the Varnak quarry.") == [("people died", 37.0)]
    # more bodies found are a part of the toll
    assert _tolls("Rescuers found five more bodies on Monday.") == []


def test_people_not_located_are_missing() -> None:
    assert _tolls("Some 14 people had not been located, the operator said.") == [("people missing", 14.0)]


def test_another_count_of_another_toll_is_a_whole_toll() -> None:
    text = "The blast at the Varnak quarry has killed at least 9 workers while another 14 remained unaccounted for."
    assert ("people missing", 14.0) in _tolls(text)
    # "another" after a count of the same toll is still a part of it
    assert _tolls("Three people died on Friday and another two were killed later.") == [("people died", 3.0)]
