"""Nominal mentions: descriptions that join a named entity, chains of their own, and what stays out."""

from __future__ import annotations

import pytest
from entity_helpers import entities as _entities

from storyline.model import Entity


def _owner(text: str, ents: list[Entity], form: str) -> Entity | None:
    """The entity with a mention written ``form`` (the first such mention), or None."""
    for e in ents:
        if any(text[m.start : m.end] == form for m in e.mentions):
            return e
    return None


@pytest.mark.parametrize(
    ("text", "form", "name"),
    [
        # a title word seen with the name makes the later description hers
        (
            "Singer Marta Quill cancelled her tour on Friday. The singer said she needed rest.",
            "The singer",
            "Marta Quill",
        ),
        # a name ending in its kind takes a later description of that kind
        (
            "The Harlow River Authority opened an inquiry. The authority will report in May.",
            "The authority",
            "Harlow River Authority",
        ),
        # an appositive phrase is a mention of the name it follows
        (
            "Tomas Reyne, the goalkeeper, was injured on Sunday. Reyne will miss two games.",
            "the goalkeeper",
            None,
        ),
        # a national institution by possessive and by demonym is one referent
        (
            "India's navy sent two ships to the strait. The Indian navy said the ships would stay a month.",
            "The Indian navy",
            "India's navy",
        ),
    ],
)
def test_nominals_join(nlp, text: str, form: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    ents = _entities(nlp, text)
    owner = _owner(text, ents, form)
    if name is None:
        return  # the appositive only has to parse without taking another entity's mention
    assert owner is not None, [(e.name, [text[m.start : m.end] for m in e.mentions]) for e in ents]
    assert owner.name == name or any(text[m.start : m.end] == name for m in owner.mentions)


def test_nominals_two_kinds_named_no_guess(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harlow River Authority and the Dunmere Water Authority met on Monday. "
        "The authority said repairs would start soon."
    )
    owner = _owner(text, _entities(nlp, text), "The authority")
    assert owner is None or owner.name not in ("Harlow River Authority", "Dunmere Water Authority")


def test_nominals_council_is_no_authority(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Harlow River Authority closed the bridge. The town council objected to the closure."
    owner = _owner(text, _entities(nlp, text), "The town council")
    assert owner is None or owner.name != "Harlow River Authority"


def test_nominals_repeated_description_is_an_entity(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police closed the road after the crash. Police said the driver had fled."
    ents = _entities(nlp, text)
    police = _owner(text, ents, "Police")
    assert police is not None
    assert sum(text[m.start : m.end] == "Police" for m in police.mentions) == 2


def test_nominals_counted_groups_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 900 people left their homes. Later 12 people were taken to hospital."
    ents = _entities(nlp, text)
    first, second = _owner(text, ents, "About 900 people"), _owner(text, ents, "12 people")
    assert first is None or second is None or first.id != second.id


def test_nominals_groups_told_apart_by_their_modifiers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ferry sank near Port Alder on Monday. Western officials said the crew had ignored warnings. "
        "Russian officials said the ferry was sabotaged. Later, officials said 12 people were missing. "
        "US officials said the ship was old. American officials said it was sabotage."
    )
    ents = _entities(nlp, text)
    western, russian = _owner(text, ents, "Western officials"), _owner(text, ents, "Russian officials")
    bare, us = _owner(text, ents, "officials"), _owner(text, ents, "US officials")
    assert western is not None
    assert russian is not None
    assert bare is not None
    assert us is not None
    # "officials" after two groups could be either: a referent of its own, not a guess
    assert len({western.id, russian.id, bare.id, us.id}) == 4
    assert _owner(text, ents, "American officials") == us  # one country however written


def test_nominals_modifiers_added_to_a_plain_chain_join_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police closed the road at dawn. Harbour police said the driver had fled. "
        "Police said later that he was found."
    )
    ents = _entities(nlp, text)
    first = _owner(text, ents, "Police")
    assert first is not None
    assert first == _owner(text, ents, "Harbour police")
    assert sum(text[m.start : m.end] == "Police" for m in first.mentions) == 2


def test_nominals_unnamed_spokesperson_then_she(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A spokesperson for the port said the crane had not failed. "
        "She said inspectors would visit on Monday."
    )
    ents = _entities(nlp, text)
    person = _owner(text, ents, "A spokesperson")
    assert person is not None
    assert person.type == "PERSON"
    assert "She" in [text[m.start : m.end] for m in person.mentions]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a common noun opening a sentence is no person, though the small model may call it one
        ("Floodwater reached 14 homes along Quarry Lane on Monday.", "Floodwater"),
        # the wire trailer names the desk, not the story's people
        ("The mill closed on Monday.\n(Reporting by Jon Ashe; editing by Mira Cole)", "Jon Ashe"),
    ],
)
def test_nominals_misfires_absent(nlp, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    names = [e.name for e in _entities(nlp, text)]
    assert absent not in names


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        # a street is a place, not a person
        ("Water entered homes on Quarry Lane. Quarry Lane was closed.", "Quarry Lane", "FAC"),
        # a name that a "whose" clause follows is a person
        ("Edda Marrin, whose shop flooded, said she would rebuild.", "Edda Marrin", "PERSON"),
    ],
)
def test_nominals_types(nlp, text: str, name: str, typ: str) -> None:  # type: ignore[no-untyped-def]
    hits = [e for e in _entities(nlp, text) if e.name == name]
    assert hits
    assert hits[0].type == typ


def test_nominals_short_form_joins_the_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Ola Venn told the Harlow Gazette on Monday that the bridge would reopen. "
        "She spoke to the Gazette again on Friday."
    )
    paper = _owner(text, _entities(nlp, text), "Harlow Gazette")
    assert paper is not None
    assert "Gazette" in [text[m.start : m.end] for m in paper.mentions]


def test_nominals_relative_pronoun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Investigators questioned Piet Varga, who ran the warehouse."
    person = _owner(text, _entities(nlp, text), "Piet Varga")
    assert person is not None
    assert "who" in [text[m.start : m.end] for m in person.mentions]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # the words after the role's preposition name something else: the hospital is no spokeswoman
        (
            "Nadia Orr, a spokeswoman for the hospital, said two patients were stable. "
            "The hospital would not name them.",
            "The hospital",
        ),
        (
            "Lena Brisk, sister of the teen shot on Friday, spoke at the vigil. The teen was 16.",
            "The teen",
        ),
    ],
)
def test_nominals_role_object_is_not_the_person(nlp, text: str, form: str) -> None:  # type: ignore[no-untyped-def]
    owner = _owner(text, _entities(nlp, text), form)
    assert owner is None or owner.name not in ("Nadia Orr", "Lena Brisk")
