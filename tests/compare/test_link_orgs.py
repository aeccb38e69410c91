"""Cross-report linking of organisations under the forms reports vary them by."""

from __future__ import annotations

import pytest
from compare_helpers import link as _link

from storyline.compare.link import bare_org
from storyline.model import StoryEntity


def _holding(ents: tuple[StoryEntity, ...], texts: dict[str, str], article: str, form: str) -> StoryEntity:
    hits = [e for e in ents for m in e.mentions if m.article == article and texts[article][m.start : m.end] == form]
    assert hits, [(e.name, [texts[m.article][m.start : m.end] for m in e.mentions]) for e in ents]
    return hits[0]


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Swedish Holm Group", "holm"),
        ("Holm Group", "holm"),
        ("Sweden’s Holm Group", "holm"),
        ("Brandt Truck Company", "brandt truck"),
        ("Brandt Trucks", "brandt truck"),
        ("Holm Trucks", "holm truck"),
        ("Holm Industries", "holm industry"),
        ("Kestrel Town Football Club", "kestrel town"),
    ],
)
def test_link_orgs_bare_form(name: str, bare: str) -> None:
    assert bare_org(name) == bare


@pytest.mark.parametrize(
    ("texts", "a", "b"),
    [
        # a country's adjective before a company's name
        (
            {
                "x": "Brandt Trucks is a branch of the Swedish Holm Group, the company said on Monday.",
                "y": "Union workers at Holm Group-owned Brandt Trucks went on strike on Monday.",
            },
            ("x", "Swedish Holm Group"),
            ("y", "Holm Group"),
        ),
        # a kind word after a company's name, and a plural
        (
            {
                "x": "The Brandt Truck Company is a major maker of heavy trucks based in Ohio.",
                "y": "Workers at Brandt Trucks rejected the deal on Sunday.",
            },
            ("x", "Brandt Truck Company"),
            ("y", "Brandt Trucks"),
        ),
        # an acronym in one report, its expansion in a list before "who" in another
        (
            {
                "x": "Pay talks stalled at Dorrance Foods and Keller Motors, who were accused of hoarding profits.",
                "y": "KM and Dorrance Foods face a strike next week.",
            },
            ("x", "Keller Motors"),
            ("y", "KM"),
        ),
        # descriptions of one body under two spellings, one with a possessor
        (
            {
                "x": "Twelve people are missing, according to the state civil defence agency.",
                "y": "The state's civil defense agency said a dozen people could not be found.",
            },
            ("x", "the state civil defence agency"),
            ("y", "The state's civil defense agency"),
        ),
    ],
)
def test_link_orgs_one_referent(nlp, texts: dict[str, str], a: tuple[str, str], b: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    ents = _link(nlp, texts)
    assert _holding(ents, texts, *a) is _holding(ents, texts, *b)


def test_link_orgs_different_companies_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "x": "Holm Trucks makes lorries in Ohio. Its parent, the Holm Group, is Swedish.",
        "y": "The Holm Group said sales rose.",
    }
    ents = _link(nlp, texts)
    assert _holding(ents, texts, "x", "Holm Trucks") is not _holding(ents, texts, "y", "Holm Group")
