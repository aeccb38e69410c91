"""A capital stands for its country's government only when it acts or owns something that is no place."""

from __future__ import annotations

from entity_helpers import entities as _entities
from entity_helpers import forms as _forms
from entity_helpers import holding as _holding


def test_coref_capital_owning_a_place_is_the_city(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A cargo jet clipped a fuel truck at Tokyo’s Haneda Airport on Friday. Japan said it would look into "
        "the crash."
    )
    ents = _entities(nlp, text)
    tokyo = _holding(ents, text, "Tokyo")
    japan = _holding(ents, text, "Japan")
    assert tokyo is not japan
    assert tokyo.name == "Tokyo"
    assert "Tokyo" not in _forms(text, japan)
