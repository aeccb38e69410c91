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


def test_a_courtesy_title_is_no_part_of_a_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“I was nearly asleep when I heard the shutters banging,” said Ms Dalia Omari, a Tarvella resident in her "
        "80s who was visiting Oskerin when the quake hit."
    )
    ents = entities(nlp, text)
    person = holding(ents, text, "Ms Dalia Omari")
    assert person.name == "Dalia Omari"
    assert person.role is not None
    assert person.role.startswith("a Tarvella resident in her 80s")


def test_a_role_runs_past_a_place_name_with_an_apostrophe(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Abdelkrim Ait Lahcen, head of the town of Tamit N’Yaaroub, said authorities are working to clear roads."
    )
    ents = entities(nlp, text)
    assert holding(ents, text, "Abdelkrim Ait Lahcen").role == "head of the town of Tamit N’Yaaroub"


_GOVERNOR = (
    "Gov. Says 'Keep Faith' for Families of Missing Divers\n\n"
    "Four divers are missing after a storm hit the harbour of Port Selwyn on Tuesday.\n\n"
    "Marlow Governor Edwin Kell said the search would go on. “We will not stop,” Kell said.\n"
)


def test_a_headline_title_is_the_one_person_who_holds_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, _GOVERNOR)
    governor = holding(ents, _GOVERNOR, "Edwin Kell")
    assert (0, 4) in {(m.start, m.end) for m in governor.mentions}


def test_a_headline_title_two_people_hold_is_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _GOVERNOR + "\nWestmere Governor Lina Sorel said her state would send boats.\n"
    ents = entities(nlp, text)
    assert all((0, 4) not in {(m.start, m.end) for m in e.mentions} for e in ents)
