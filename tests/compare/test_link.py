"""Cross-report entity linking."""

from __future__ import annotations

import pytest
from compare_helpers import link as _link

from storyline.compare.link import entity_of_span
from storyline.model import Span, StoryEntity


def _named(ents: tuple[StoryEntity, ...], name: str) -> StoryEntity:
    hits = [e for e in ents if e.name == name]
    assert len(hits) == 1, [e.name for e in ents]
    return hits[0]


def test_link_full_name_and_surname_across_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Trade Minister Anders Halvorsen said the deal was fair.",
            "b": "Norway's trade minister Anders Halvorsen, 54, spoke in Oslo. Halvorsen left early.",
        },
    )
    person = _named(ents, "Anders Halvorsen")
    assert {a for a, _ in person.members} == {"a", "b"}
    assert person.role == "Norway's trade minister"


def test_link_aliases_and_acronyms(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "The People's Republic of China (PRC) and the U.S. met. The Baltic Energy Council (BEC) watched.",
            "b": "China and the United States met on Monday. BEC officials watched.",
        },
    )
    china = _named(ents, "People's Republic of China")
    assert {a for a, _ in china.members} == {"a", "b"}
    us = _named(ents, "United States")
    assert {a for a, _ in us.members} == {"a", "b"}
    bec = _named(ents, "Baltic Energy Council")
    assert {a for a, _ in bec.members} == {"a", "b"}


def test_link_never_merges_two_entities_of_one_report(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(nlp, {"a": "Anders Halvorsen met Erik Halvorsen in Oslo."})
    assert len([e for e in ents if e.type == "PERSON"]) == 2


def test_link_ids_and_entity_of_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Anders Halvorsen met reporters in Oslo."
    ents = _link(nlp, {"a": text})
    assert [e.id for e in ents] == [f"E{i}" for i in range(1, len(ents) + 1)]
    hit = entity_of_span(ents, Span(article="a", start=0, end=6))
    assert hit is not None
    assert hit.name == "Anders Halvorsen"


def test_link_title_form_and_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Ilse Brandt, the fire chief, closed the road on Monday. Brandt said the storm was severe.",
            "b": "Chief Brandt said on Tuesday that the road could reopen.",
        },
    )
    person = _named(ents, "Ilse Brandt")
    assert {a for a, _ in person.members} == {"a", "b"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Yoshimasa Hayashi", "Yoshimasa Hayasi"),  # one letter apart
        ("Abbas Daraghmi", "Abbas Daraqmi"),  # romanised two ways (gh = q)
    ],
)
def test_link_spelling_variant_of_a_surname(nlp, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {"a": f"Minister {first} met envoys on Monday.", "b": f"Minister {second} met envoys on Monday."},
    )
    people = [e for e in ents if e.type == "PERSON"]
    assert len(people) == 1
    assert len(people[0].members) == 2


def test_link_two_full_names_sharing_a_surname_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Police chief Declan Morrow ordered the evacuation.",
            "b": "Council leader Anna Morrow said the evacuation was late.",
        },
    )
    names = {e.name for e in ents if e.type == "PERSON"}
    assert {"Declan Morrow", "Anna Morrow"} <= names


def test_link_acronym_against_its_expansion(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "The Wend Valley Water Authority opened the gates on Monday.",
            "b": "Engineers from the WVWA said the gates were safe.",
        },
    )
    body = _named(ents, "Wend Valley Water Authority")
    assert {a for a, _ in body.members} == {"a", "b"}
