"""Blind QA rounds AO/AP: a surname printed without its diacritics ("Vucic" for "Vučić") is the same name, no
misspelling. Every text here is written for these tests."""

from __future__ import annotations

from dataclasses import replace

from storyline.compare.align import Unit
from storyline.compare.counts import count_disagreement
from storyline.compare.names import crossed_names
from storyline.model import Span


def _people_story(names: dict[str, tuple[str, str]], names_by_report: list[set[str]]) -> list[Unit]:
    texts = [" and ".join(names[e][0] for e in sorted(n)) + " spoke." for n in names_by_report]
    return [
        replace(Unit.make(span=Span(article=f"r{i}", start=0, end=len(t)), text=t, report=i), named=frozenset(n))
        for i, (t, n) in enumerate(zip(texts, names_by_report, strict=True))
    ]


def test_a_surname_without_its_diacritics_is_no_misspelling() -> None:
    names = {"E1": ("Dragan Petrović", "PERSON"), "E2": ("Ola Brandt", "PERSON"), "E3": ("Dragan Petrovic", "PERSON")}
    units = _people_story(names, [{"E1", "E2"}, {"E1"}, {"E3", "E2"}])
    assert crossed_names(units, names) == []
    # a real slip of letters is still one
    names["E3"] = ("Dragan Petrovac", "PERSON")
    assert [why for *_, why in crossed_names(units, names)] == ["name: Dragan Petrovac vs Dragan Petrović"]


def test_the_price_of_a_product_measured_against_is_no_rival_price() -> None:
    a = "Corlin has priced Velatra at $410 per vial, which would be $21,000 for a 12-month treatment."
    b = "This is slightly higher than Brisk Pharma's Tomazel, which costs $17,500 per year."
    assert count_disagreement(a, b) is None
    # the product's own price against another report's is still compared
    c = "Velatra will cost about $17,500 per year, the company said."
    assert count_disagreement(a, c) is not None
