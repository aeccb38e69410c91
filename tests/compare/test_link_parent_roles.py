"""Blind review: a report that tells a company as a brand's parent ("Zentrix parent Harlow Holdings", "Harlow
Holdings, Zentrix's parent company") gives the company that phrase as its role, so that the quote ledger shows the
brand's words under the parent's heading (``brief.ledger``); the two stay two entities of the story."""

from __future__ import annotations

from compare_helpers import link as _link

_BRAND = "Zentrix said in a statement on Monday that it would support every affected employee in Marlport."


def _roles(nlp, texts: dict[str, str]) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {e.name: e.role for e in _link(nlp, texts)}


def test_a_parent_told_before_its_name_has_that_role(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {"x": "Zentrix parent Harlow Holdings said on Monday it would cut 4,000 jobs.", "y": _BRAND}
    roles = _roles(nlp, texts)
    assert roles.get("Harlow Holdings") == "Zentrix parent", roles
    assert roles.get("Zentrix", "") is None, roles  # still an entity of its own, without a role


def test_a_parent_told_in_apposition_has_that_role(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {"x": "Harlow Holdings, Zentrix's parent company, said the cuts reflect a shift in its plans.", "y": _BRAND}
    assert _roles(nlp, texts).get("Harlow Holdings") == "Zentrix's parent company"


def test_no_parent_role_for_a_rival_or_a_word_that_names_no_entity(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "x": "Harlow Holdings, a rival of Zentrix, said it would hire 200 engineers.",
        "y": "Harbour parent groups said on Monday that Dorrin Motors would close its Marlport plant. " + _BRAND,
    }
    roles = _roles(nlp, texts)
    assert roles.get("Harlow Holdings", "") is None, roles
    assert roles.get("Dorrin Motors", "") is None, roles


def test_the_company_in_a_parent_phrase_gets_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "x": "Harlow Inc. to shed 12,000 workers\n\nBy Teo Brandt, Northgate Times\n\nJanuary 20, 2025\n\n"
        "Harlow Inc. will cut 12,000 jobs, the company said on Friday, as it shifts investment toward artificial "
        "intelligence.\n\nHarlow, Zentrix's parent company, said the reductions would fall on recruiting and some "
        "engineering teams.\n",
        "y": "Zentrix employees learn of layoffs by email\n\nJanuary 21, 2025\n\n" + _BRAND,
    }
    roles = _roles(nlp, texts)
    assert not any(name[:1].islower() and role for name, role in roles.items()), roles
