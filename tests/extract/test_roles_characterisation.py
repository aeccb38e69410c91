"""An apposition that characterises a person ("a recovering drug addict") is no role: a role is an office, a job or
a relation as the report gives it (blind QA round AU: a pardoned son headed "a recovering drug addict"). The
report is written for these tests."""

from __future__ import annotations

import pytest

from storyline.extract.entities import extract_entities
from storyline.model import Article, Entity


def _person(nlp, text: str, name: str) -> Entity:  # type: ignore[no-untyped-def]
    ents = list(extract_entities(Article(id="t", text=text), nlp(text)))
    return next(e for e in ents if e.type == "PERSON" and e.name == name)


@pytest.mark.parametrize("apposed", ["a recovering drug addict", "a convicted felon"])
def test_roles_a_characterisation_is_no_role(nlp, apposed: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Critics in Vellmark attacked Tobias Renk, {apposed}, as a political target on Monday."
    assert _person(nlp, text, "Tobias Renk").role is None


def test_roles_an_office_in_apposition_stays_a_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Critics in Vellmark attacked Tobias Renk, a former harbour commissioner, as a political target on Monday."
    assert _person(nlp, text, "Tobias Renk").role == "a former harbour commissioner"
