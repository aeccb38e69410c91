"""Entities of QA rounds T and U: a company the small model calls a person or a place is an organisation when
the report says it is one, a station or a show one tells is no product, and a plural apposition names no person
(fictional texts)."""

from __future__ import annotations

import pytest
from entity_helpers import entities, holding


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # its product and "maker" or "creator" before it
        ("Pell Varga dumped by Quillbot creator Zentrix\n\nZentrix has dramatically sacked Pell Varga amid "
         "accusations of not being truthful. Zentrix said the board acted alone.", "Zentrix"),
        # its backer before it
        ("Corvel-backed Zentrix publicly released its Quill chatbot in late 2022. Zentrix said millions use it.",
         "Zentrix"),
        # a business noun in apposition after it
        ("Varnex – the company behind the chatbot Quill – has sacked its chief. Varnex said the board acted "
         "alone.", "Varnex"),
        # what only a company has
        ("Mosvik’s board said Pell Varga was not candid. Mosvik declined to comment.", "Mosvik"),
        # work done at it
        ("“I loved my time at Zentrix,” he said. Zentrix thanked him.", "Zentrix"),
    ],
)
def test_a_company_the_report_calls_one_is_an_organisation(nlp, text: str, form: str) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, text)
    assert holding(ents, text, form).type == "ORG"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("The company didn't name the workers, but Carla Ruiz told Mundovision 12 her husband, Rui Lima, is one of "
         "them.", "Mundovision 12"),
        ("“We feel cheated,” Omar Sadi told 'Morning Desk' anchor Rui Sol.", "Morning Desk"),
    ],
)
def test_a_station_or_show_one_tells_is_an_organisation(nlp, text: str, form: str) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, text)
    assert holding(ents, text, form).type == "ORG"


def test_a_plural_apposition_makes_no_person_of_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ada Wren quit Zentrix – the company behind the chatbot Quill – on Friday. “Let us first thank all the "
        "people who we have worked with at Zentrix, our customers, our investors,” she began."
    )
    ents = entities(nlp, text)
    company = holding(ents, text, "Zentrix")
    assert company.type == "ORG"
    assert all(e.type == "ORG" for e in ents if "Zentrix" in e.name)
