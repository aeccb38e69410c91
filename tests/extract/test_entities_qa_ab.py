"""Entities of blind QA rounds AA and AB, in invented text: a wire dateline glued to the company named after it
("(Kesh Press)--Orvane Steel Corp. said"), a company and title before a person's name that the small model takes
for a work of art ("Orvane President Renzo Akabane"), and a spokesperson "for" a named leader, who is not the
leader."""

from __future__ import annotations

from extract.entity_helpers import entities
from extract.quote_helpers import speakers


def test_a_glued_dateline_is_no_part_of_the_company_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Orvane Steel to Buy Telmar Metals\n\n"
        "Tokyo, Dec. 18 (Kesh Press)--Orvane Steel Corp. said Monday that it will buy Telmar Metals Corp. for"
        " about 14 billion dollars.\n"
    )
    names = [e.name for e in entities(nlp, text)]
    assert "Orvane Steel Corp" in names
    assert not any(")--" in n for n in names)
    assert speakers(text, "it will buy") == ["Orvane Steel Corp"]


def test_a_title_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Orvane Steel to acquire Telmar\n\n"
        '"The transaction builds on our presence in the region," Orvane President Renzo Akabane said in a'
        " prepared statement.\n"
    )
    assert speakers(text, "The transaction builds") == ["Renzo Akabane"]


def test_a_spokesperson_for_a_named_leader_is_not_the_leader(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"The two were released," a spokesperson for Valmoran Prime Minister Ilse Marrow confirmed in a statement.'
        ' They were met at the border, "where their families are waiting," the spokesperson said.\n'
    )
    marrow = next(e for e in entities(nlp, text) if e.name == "Ilse Marrow")
    assert marrow.role == "Valmoran Prime Minister"
    assert "Ilse Marrow" not in speakers(text, "The two were released")
