"""A person's name after a lower-case title, cut by the small model (blind QA round O: a mayor split into her given
name, her surname and "Ms" with her surname)."""

from __future__ import annotations

import pytest
from entity_helpers import entities as _entities
from entity_helpers import forms as _forms
from entity_helpers import holding as _holding

_STORM = (
    "Storm Vela struck the coast of Corvana overnight. “We are on maximum alert,” Corvana mayor {name} said on "
    "Tuesday night as she urged residents to shelter at home. The storm is stronger than the 1988 hurricane, "
    "Ms {surname} said."
)


@pytest.mark.parametrize("name", ["Abelina Ruiz", "Abelina Marquez"])
def test_entities_mayor_is_one_person_with_her_courtesy_title(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    surname = name.split()[-1]
    text = _STORM.format(name=name, surname=surname)
    mayor = _holding(_entities(nlp, text), text, name)
    assert mayor.name == name
    assert mayor.role == "Corvana mayor"
    assert {"she", f"Ms {surname}"} <= set(_forms(text, mayor))
