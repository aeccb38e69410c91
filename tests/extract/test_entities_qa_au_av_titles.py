"""Blind QA rounds AU and AV: the titles before a name that the speaker headings showed wrong. Invented people,
places and bodies.

- a council's member and a county's supervisor are titles, not words of the name ("City Council Member Ana
  Kell" -> "Ana Kell", "Ostvale City Council Member");
- a company's first word the small model reads as a verb stays in the title ("Amplify Tidewater CEO");
- a body's name with an "of" inside keeps the title its head ("Fire Department of Varrow Commissioner");
- a person's name before "-owned" is the name in full, without the modifier ("the Elan Vusk-owned company");
- a title before a surname two people of the report bear is given to neither ("President Kell pardons his son
  Tam Kell"): the bare surname does not tell whose.
"""

from __future__ import annotations

from entity_helpers import entities, holding

from storyline.extract.roles import head_word


def test_a_council_member_s_title_stays_out_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The dead included children as young as 4, Ostvale City Council Member Tomas Rell said."
    person = holding(entities(nlp, text), text, "Tomas Rell")
    assert (person.name, person.role) == ("Tomas Rell", "Ostvale City Council Member")


def test_a_county_supervisor_is_a_person_with_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The beach will stay closed, Dunmere County Supervisor Ana Kell said on Sunday."
    person = holding(entities(nlp, text), text, "Ana Kell")
    assert (person.type, person.name, person.role) == ("PERSON", "Ana Kell", "Dunmere County Supervisor")


def test_a_company_word_read_as_a_verb_stays_in_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Divers worked all night. “It is contained,” said Amplify Tidewater CEO Tomas Rell."
    assert holding(entities(nlp, text), text, "Tomas Rell").role == "Amplify Tidewater CEO"


def test_a_body_s_name_with_an_of_leaves_the_title_its_head() -> None:
    assert head_word("Fire Department of Varrow Commissioner") == "commissioner"
    assert head_word("general secretary of the Dock Union") == "secretary"
    assert head_word("a friend of the mayor") == "friend"


def test_a_title_before_a_shared_surname_is_no_one_s_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Kell pardons his son Tam Kell\n\n"
        "Ostland President Ana Kell said on Sunday that she had pardoned her son Tam Kell, who faced sentencing.\n\n"
        "Tam Kell said he took responsibility for his mistakes."
    )
    ents = entities(nlp, text)
    assert holding(ents, text, "Tam Kell").role is None
    assert (holding(ents, text, "Ana Kell").role or "").endswith("President")


def test_a_name_before_a_hyphened_owned_is_the_person_in_full(nlp) -> None:  # type: ignore[no-untyped-def]
    # QA AT: "the Elon Musk-owned company", then "Mr Musk has also said": the header names him in full
    text = (
        "The rocket arced out over the Gulf after blasting off from the Elan Vusk-owned company's launch site near "
        "Varrow Point.\n\nMr Vusk has also said that the ship could be used for missions to Mars."
    )
    assert holding(entities(nlp, text), text, "Mr Vusk").name == "Elan Vusk"


def test_a_hyphened_owned_the_small_model_took_in_is_no_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ship blasted off from the Tomas Rell-owned company's site.\n\nMr Rell has also said it could go far."
    assert holding(entities(nlp, text), text, "Mr Rell").name == "Tomas Rell"
