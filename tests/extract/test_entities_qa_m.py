"""Entities of QA round M: one protagonist under every form a report gives him, pronouns kept off a jury,
mention spans without quote marks, and officials of one family kept apart (fictional texts)."""

from __future__ import annotations

import pytest
from entity_helpers import entities, forms, holding


def test_a_hyphenated_surname_the_model_calls_an_organisation_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A jury in Velmar convicted Sam Arkwright-Kessel of fraud on Friday. Arkwright-Kessel, who founded the "
        "Lumen exchange, faces a long sentence. Prosecutors said Arkwright-Kessel misled investors. The verdict "
        "came fast, and Arkwright-Kessel will appeal."
    )
    ents = entities(nlp, text)
    person = holding(ents, text, "Sam Arkwright-Kessel")
    # tagged a person, tagged an organisation, and not tagged at all: each is the one person
    assert forms(text, person).count("Arkwright-Kessel") == 3
    assert person.type == "PERSON"


def test_a_person_is_named_by_the_fullest_name_outside_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sam Arkwright-Kessel was convicted of fraud on Friday. “Mr. Arkwright Kessel maintains his innocence,” "
        "his lawyer said. Arkwright-Kessel will appeal."
    )
    ents = entities(nlp, text)
    person = holding(ents, text, "Sam Arkwright-Kessel")
    assert "Mr. Arkwright Kessel" in forms(text, person)
    assert person.name == "Sam Arkwright-Kessel"


def test_a_person_s_initials_and_a_misspelt_surname_are_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sam Arkwright-Kessel was convicted of fraud on Friday. Arkwright-Kessel founded the Lumen exchange in "
        "2019. Investors long trusted SAK, as traders called him. Lawyers for Arkwright-Kassel said he would "
        "appeal. Arkwright-Kessel did not speak."
    )
    ents = entities(nlp, text)
    person = holding(ents, text, "Sam Arkwright-Kessel")
    assert "SAK" in forms(text, person)
    assert "Arkwright-Kassel" in forms(text, person)


def test_initials_of_no_one_and_a_near_name_of_another_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sam Arkwright-Kessel was convicted of fraud on Friday. The SKA exchange he founded collapsed. "
        "His sister Dana Arkwright-Kessel said little, and Dina Arkwright-Kessel said nothing."
    )
    ents = entities(nlp, text)
    person = holding(ents, text, "Sam Arkwright-Kessel")
    assert "SKA" not in forms(text, person)
    assert "Dana Arkwright-Kessel" not in forms(text, person)
    assert holding(ents, text, "Dana Arkwright-Kessel") != holding(ents, text, "Dina Arkwright-Kessel")


def test_he_is_never_the_jury(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "After deliberating for a few hours, a jury has found Sam Arkwright-Kessel guilty on all five charges "
        "against him. He now faces a long sentence in prison.\n\n"
        "The jury returned its verdict on Thursday evening. His lawyer said he would appeal."
    )
    ents = entities(nlp, text)
    jury = holding(ents, text, "a jury")
    assert not {"He", "His", "he", "him", "his"} & set(forms(text, jury))
    assert "He" in forms(text, holding(ents, text, "Sam Arkwright-Kessel"))


@pytest.mark.parametrize("lawyer", ["Mark Vollmer", "John Harlow"])
def test_a_description_after_a_quotation_holds_no_quote_mark(nlp, lawyer: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We respect the jury’s decision. But we are deeply disappointed by the outcome,” lead defense attorney "
        f"{lawyer} said in a statement."
    )
    ents = entities(nlp, text)
    mentions = forms(text, holding(ents, text, lawyer))
    assert "lead defense attorney" in mentions
    assert not [f for f in mentions if f[:1] in ",”“\"'’"]


def test_two_full_names_of_one_family_in_another_order_are_two_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Emir Sheikh Tamar Al-Faisal Al-Rashed Al-Nour sent a cable of condolences to the king on Saturday. "
        "The Prime Minister Sheikh Faisal Al-Tamar Al-Nour also sent a cable to the king."
    )
    ents = entities(nlp, text)
    emir = [e for e in ents if any("Tamar Al-Faisal" in f for f in forms(text, e))]
    premier = holding(ents, text, "Sheikh Faisal Al-Tamar Al-Nour")
    assert emir
    assert premier not in emir


def test_a_deputy_named_by_the_title_is_not_the_title_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "HH the Emir Sheikh Tamar Al-Faisal Al-Rashed Al-Nour sent a cable of condolences to the king on Saturday. "
        "In the cable, HH the Emir expressed solace for the victims. HH the Deputy Emir and Crown Prince Sheikh "
        "Hamid Al-Faisal Al-Rashed Al-Nour also sent cables."
    )
    ents = entities(nlp, text)
    (emir,) = [e for e in ents if any("Tamar Al-Faisal" in f for f in forms(text, e))]
    assert forms(text, emir).count("Emir") == 1  # "HH the Emir expressed", not "the Deputy Emir"
    at = text.index("Deputy Emir") + len("Deputy ")
    assert not [m for m in emir.mentions if m.start <= at < m.end]
    assert not [m for m in emir.mentions if text[m.start : m.end] == "Deputy"]


def test_residents_of_two_places_are_two_groups(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Residents of Velna, a hill town near the epicentre, reported heavy damage. The quake caused panic among "
        "residents of major cities who left their homes. Residents of Corvo said the walls shook."
    )
    ents = entities(nlp, text)
    first = holding(ents, text, "Residents")
    last = [e for e in ents if text.rindex("Residents") in {m.start for m in e.mentions}]
    assert len(last) == 1
    assert last[0] != first


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        # a company one founded, which the small model calls a person
        ("Her case was compared to that of Rina Volk, the founder of Calvanos, who was convicted of fraud.",
         "Calvanos", "ORG"),
        # a college whose name holds no given name
        ("“Houses fall,” said Tom Reade, professor emeritus at Britain’s University College Dunmore.",
         "University College Dunmore", "ORG"),
        # a place near which something happened, a mountain range, a city one was visiting
        ("It is the deadliest quake since a 2004 tremor near Al Varesta in the northern mountains.",
         "Al Varesta", "GPE"),
        ("A powerful earthquake struck the Upper Tarsa mountains late on Friday.", "Upper Tarsa", "GPE"),
        ("“I was asleep,” said Ana Ruiz, a Lisbon resident who was visiting Marrakesh when the quake hit.",
         "Marrakesh", "GPE"),
        ("The quake struck 72 kilometres southwest of tourist hotspot Marrakesh, the survey said.",
         "Marrakesh", "GPE"),
        # a known city listed with places the model does not know
        ("The ministry said the earthquake affected the regions of Al Tessoun, Marrakesh, Ourvaz and Tarsin.",
         "Marrakesh", "GPE"),
        # the place its residents are of
        ("The quake caused panic among residents of major cities. Residents of Corvo said the walls shook.",
         "Corvo", "GPE"),
        # a place's kind in apposition, but not a person's job
        ("Rescuers reached Ighren, a mountain village near the epicentre, on Sunday.", "Ighren", "GPE"),
        ("Rescuers met Tom Reade, a town councillor, on Sunday.", "Tom Reade", "PERSON"),
    ],
)
def test_types_from_the_words_around_a_name(nlp, text: str, name: str, typ: str) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, text)
    assert holding(ents, text, name).type == typ


def test_a_province_after_a_town_is_the_province(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A man searches for survivors under a collapsed house in Moulay Varesh, Al Tessoun province, on Saturday. "
        "The quake hit Al Tessoun hardest."
    )
    ents = entities(nlp, text)
    assert "Al Tessoun province" not in forms(text, holding(ents, text, "Moulay Varesh"))


def test_two_spellings_of_a_known_city_in_one_report_are_one_city(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Buildings collapsed in Marrakech on Friday night. The ministry said the quake affected the regions of "
        "Al Tessoun, Marrakesh, Ourvaz and Tarsin."
    )
    ents = entities(nlp, text)
    assert "Marrakesh" in forms(text, holding(ents, text, "Marrakech"))
