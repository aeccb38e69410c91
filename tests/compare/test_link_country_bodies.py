"""Cross-report linking of a country's bodies: two countries' ministries of one name are two bodies."""

from __future__ import annotations

import pytest
from compare_helpers import link as _link

from storyline.compare.link import keys_of
from storyline.model import Entity, Span, StoryEntity


def _bodies(ents: tuple[StoryEntity, ...]) -> dict[str, set[str]]:
    return {e.name: {a for a, _ in e.members} for e in ents if "Ministr" in e.name}


def test_link_two_countries_foreign_ministries_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Earlier on Tuesday, Peru's Foreign Ministry said Lima was helping to find the missing climbers.",
            "b": "Chile's Foreign Ministry said on Tuesday that 12 Chilean climbers had been found alive.",
        },
    )
    bodies = _bodies(ents)
    assert bodies.get("Peru's Foreign Ministry") == {"a"}, bodies
    assert bodies.get("Chile's Foreign Ministry") == {"b"}, bodies


def test_link_one_countrys_ministry_named_either_way(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Chile's Foreign Ministry said on Tuesday that 12 Chilean climbers had been found alive.",
            "b": "Chile's Ministry of Foreign Affairs announced that the 12 climbers were safe.",
        },
    )
    bodies = _bodies(ents)
    assert list(bodies.values()) == [{"a", "b"}], bodies
    assert next(iter(bodies)).startswith("Chile's"), bodies


def test_link_a_named_body_keeps_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Peru's Varnholt Mining Company said the mine had reopened.",
            "b": "Varnholt Mining Company said on Friday it expected no delays.",
        },
    )
    names = {e.name: {a for a, _ in e.members} for e in ents if "Varnholt" in e.name}
    assert names == {"Varnholt Mining Company": {"a", "b"}}, names


def test_link_company_under_its_legal_and_short_names(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Tokyo, May 2 (Kestrel Wire)--Varnholt Steel Corp. said Monday that it will buy a rival for about 3 "
            "billion dollars. Varnholt Steel will keep the brand.",
            "b": "Varnholt Steel Corporation said it would honor all union contracts.",
            "c": "Varnholt Steel has agreed to buy the mill, the companies said.",
        },
    )
    names = {e.name: {a for a, _ in e.members} for e in ents if "Varnholt" in e.name}
    assert list(names.values()) == [{"a", "b", "c"}], names


@pytest.mark.parametrize(
    ("one", "other"),
    [("U. S. Anvil", "U.S. Anvil"), ("US Anvil", "United States Anvil Corp"), ("U.S. Anvil", "U. S. Anvil Inc.")],
)
def test_link_keys_country_initials_and_legal_tails(one: str, other: str) -> None:
    def keys(name: str) -> set[str]:
        entity = Entity(id="e1", name=name, type="ORG", mentions=(Span(article="a", start=0, end=len(name)),))
        return {k for k in keys_of(entity, name) if k.startswith("o:")}

    assert keys(one) & keys(other), (keys(one), keys(other))
