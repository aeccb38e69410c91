"""Organisations and places under the many forms one report gives them, and the descriptions that join them."""

from __future__ import annotations

import pytest
from entity_helpers import entities, forms, holding


def _owner_name(nlp, text: str, form: str) -> str:  # type: ignore[no-untyped-def]
    return holding(entities(nlp, text), text, form).name


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # an acronym that spells the initials of the one organisation name of the report, never introduced
        (
            "Thousands of Allied Dock Workers walked off the job on Monday. "
            "The ADW announced the strike in a statement on Sunday.",
            "Allied Dock Workers",
            "ADW",
        ),
        # a plural, a kind word and the company's first word alone
        (
            "Workers rejected a deal from Brandt Trucks on Sunday. The Brandt Truck Company makes heavy trucks. "
            "Brandt Truck’s director wrote to the union. Workers at Brandt were angry.",
            "Brandt Trucks",
            "Brandt",
        ),
        (
            "Workers rejected a deal from Brandt Trucks on Sunday. The Brandt Truck Company makes heavy trucks. "
            "Brandt Truck’s director wrote to the union. Workers at Brandt were angry.",
            "Brandt Trucks",
            "Brandt Truck Company",
        ),
        # a description that repeats a word of the company's name
        (
            "Dockers turned down a pay offer from Brandt Trucks on Sunday. "
            "Last month the Ohio-based truck maker called the offer generous.",
            "Brandt Trucks",
            "the Ohio-based truck maker",
        ),
        # a union named for its members is what "the union" means
        (
            "The Allied Dock Workers called a strike at Port Veller on Monday. The union said talks had failed.",
            "Allied Dock Workers",
            "The union",
        ),
        # a company that two companies fit by kind: the one the sentence before makes its subject
        (
            "Dockers at Brandt Trucks stopped work on Monday, having turned down a fresh offer from the truck "
            "manufacturer. Last month the Ohio-based truck maker, part of the Swedish Holm Group, called the offer "
            "generous. On Sunday, union president Tomas Reyne said the company's offer ignored pensions.",
            "Brandt Trucks",
            "the company",
        ),
        # a party and its members' plural; a club with and without "Football Club"
        (
            "Ms Varga was elected by the Liberal Party in May. Critics said the Liberals had lost their way.",
            "Liberal Party",
            "Liberals",
        ),
        (
            "Kestrel Town Football Club sacked its manager on Thursday, a day after Kestrel Town lost 3-0 at home.",
            "Kestrel Town Football Club",
            "Kestrel Town",
        ),
        # the particle inside a place name, and the place with its kind
        (
            "Floods hit the state of Campo Verde do Sul on Friday. Rescuers reached Campo Verde do Sul state "
            "on Sunday.",
            "Campo Verde do Sul",
            "Campo Verde do Sul state",
        ),
    ],
)
def test_entities_orgs_one_referent(nlp, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, text)
    assert holding(ents, text, a) is holding(ents, text, b), [(e.name, forms(text, e)) for e in ents]


def test_entities_orgs_body_named_after_union_is_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Allied Dock Workers (ADW) rejected the deal. Brandt Trucks said it had reached an agreement "
        "endorsed by both the ADW and the ADW Brandt Truck Council. News of the truck maker’s stoppage spread."
    )
    ents = entities(nlp, text)
    council = holding(ents, text, "ADW Brandt Truck Council")
    assert council is not holding(ents, text, "Allied Dock Workers")
    assert holding(ents, text, "the truck maker") is holding(ents, text, "Brandt Trucks")


@pytest.mark.parametrize(
    ("text", "form", "name"),
    [
        # a count or a pronoun possessor is no part of a group's name
        (
            "Some 2,000 ADW members went on strike last month. The ADW members want higher pay.",
            "Some 2,000 ADW members",
            "ADW members",
        ),
        (
            "The Allied Dock Workers (ADW) said on Friday that its members had backed a strike. "
            "ADW members want higher pay.",
            "its members",
            "ADW members",
        ),
    ],
)
def test_entities_orgs_group_named_without_count(nlp, text: str, form: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _owner_name(nlp, text, form) == name


def test_entities_orgs_word_of_another_name_is_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The plant is owned by the Brekke Group, not Japan, which owns the car brand."
    ents = entities(nlp, text)
    japan = holding(ents, text, "Japan")
    assert all("Brekke" not in f for f in forms(text, japan)), forms(text, japan)


def test_entities_orgs_list_before_who_stays_organisations(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pay talks stalled at Dorrance Foods and Keller Motors, who were both accused of hoarding profits."
    ents = entities(nlp, text)
    assert holding(ents, text, "Keller Motors").type == "ORG"
    assert "who" not in forms(text, holding(ents, text, "Keller Motors"))


def test_entities_orgs_state_governor_is_no_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Flood waters rose in the state of Campo Verde do Sul. "We have never seen this," state governor Ana '
        "Ribeiro told reporters. Twelve people are missing, according to the state civil defence agency."
    )
    ents = entities(nlp, text)
    governor = holding(ents, text, "Ana Ribeiro")
    assert all("state" not in f for f in forms(text, governor) if f != "state governor")
    assert holding(ents, text, "the state civil defence agency").type == "ORG"
    assert holding(ents, text, "Campo Verde do Sul").type == "GPE"


def test_entities_orgs_says_he_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In the provincial capital Vila Serrana, Fabiano Calderinha said he had rowed a boat through the flooded "
        "streets."
    )
    ents = entities(nlp, text)
    assert holding(ents, text, "Fabiano Calderinha").type == "PERSON"
    assert holding(ents, text, "Vila Serrana").type == "GPE"
    assert "he" in forms(text, holding(ents, text, "Fabiano Calderinha"))


def test_entities_orgs_authorities_are_no_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The toll rose to 40, local authorities said. Twelve people were missing, according to the state water "
        "board on Sunday. It was checking two more deaths, it added."
    )
    ents = entities(nlp, text)
    authorities = holding(ents, text, "local authorities")
    assert "It" not in forms(text, authorities)
    assert "it" not in forms(text, authorities)


def test_entities_orgs_pronoun_object_of_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Arlo Kerrow sent a letter to Wren Vantry, notifying her about the walkout."
    ents = entities(nlp, text)
    assert "her" in forms(text, holding(ents, text, "Wren Vantry"))
    assert "her" not in forms(text, holding(ents, text, "Arlo Kerrow"))


def test_entities_orgs_untagged_name_after_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Sunday, however, union president Arlo Kerrow sent a letter to Brandt’s Director of Employee and "
        "Labor Relations Sable Anning, notifying her about the strike."
    )
    ents = entities(nlp, text)
    anning = holding(ents, text, "Sable Anning")
    assert anning.type == "PERSON"
    assert "her" in forms(text, anning)
