"""Blind QA round AQ: a union local's name stays in the title before a name ("ILX Local 419 President Tomas
Vrell"), where the role was cut to a bare "President" that reads like a head of state. Invented people."""

from __future__ import annotations

from entity_helpers import entities, holding

_TEXT = (
    "Dockers return to work\n\n"
    "Dockworkers represented by the Dock Workers Exchange (DWX) have agreed to suspend their strike.\n\n"
    "The agreement involves a 58.5% wage increase over the next six years, according to DWX Local 419 President "
    "Tomas Vrell in an interview with KTVX News Marlow. It also protects jobs.\n\n"
    "“I congratulate the dockworkers,” President Halvorsen said."
)


def test_a_union_local_s_number_stays_in_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    assert holding(entities(nlp, _TEXT), _TEXT, "Tomas Vrell").role == "DWX Local 419 President"


def test_a_number_that_is_no_local_s_ends_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In 2023 President Tomas Vrell said the deal would hold."
    assert holding(entities(nlp, text), text, "Tomas Vrell").role == "President"
