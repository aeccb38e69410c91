"""Entity names and types from blind QA round Q: a spaced dash after a name, a title word the report writes
capitalised before a name ("Provost", "Flanker"), a description that names its own body, and a short form two
longer names open."""

from __future__ import annotations

import pytest
from entity_helpers import entities as _entities
from entity_helpers import forms as _forms
from entity_helpers import holding as _holding


def test_entities_spaced_dash_is_no_part_of_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The search involves both the Kestria Corporation - the 12-member group which runs the college - and the "
        "Board of Overseers, a 32-member panel.\n\nA search committee - 12 members of the Kestria Corporation and "
        "three from the Board of Overseers - will draw up a shortlist.\n"
    )
    names = [e.name for e in _entities(nlp, text)]
    assert "Board of Overseers" in names
    assert not any(n.endswith(("-", "–", "—")) for n in names)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Dorvan Provost Tomas Berg will serve as interim head of the college.\n", "Tomas Berg", "Provost"),
        ("Flanker Arno Vintner was sin-binned after just three minutes.\n", "Arno Vintner", "Flanker"),
    ],
)
def test_entities_capitalised_title_before_a_name_is_a_role(nlp, text: str, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    person = _holding(_entities(nlp, text), text, name)
    assert person.name == name
    assert person.role is not None
    assert person.role.endswith(role)


def test_entities_description_naming_its_body_is_not_another_bodys_head(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Ruiz resigned from her position as Brackenford’s president on Tuesday.\n\nShe was joined at the "
        "hearing by Kestria Institute of Technology president Marta Olsen and then-University of Dorvan president "
        "Lena Voss.\n"
    )
    voss = _holding(_entities(nlp, text), text, "Lena Voss")
    assert "Brackenford’s president" not in _forms(text, voss)


def test_entities_short_form_opening_two_names_is_neither(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Claudia Ferro resigned as president of Yarrow on Tuesday, as first reported by the Yarrow Gazette "
        "newspaper. Yarrow said the Yarrow Corporation met on Monday. Yarrow officials declined to comment.\n"
    )
    corporation = _holding(_entities(nlp, text), text, "Yarrow Corporation")
    assert "Yarrow" not in _forms(text, corporation)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Kestria became the first nation to win four titles after holding off Dorvania in a dramatic final at "
            "Stade de France on Saturday.\n",
            "Stade de France",
        ),
        ("A collective gasp went around Stade de France when the card was shown.\n", "Stade de France"),
        ("Vela was in the sin-bin at Stade de France when his card was upgraded to red.\n", "Stade de France"),
    ],
)
def test_entities_venue_named_for_a_place_is_a_facility(nlp, text: str, venue: str) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_entities(nlp, text), text, venue)
    assert found.name == venue
    assert found.type == "FAC"
