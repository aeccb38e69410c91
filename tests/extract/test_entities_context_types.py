"""Types from the words around a name: where a flight comes from, whose candidate, whose reporter."""

from __future__ import annotations

import pytest
from entity_helpers import entities as _entities
from entity_helpers import holding as _holding


@pytest.mark.parametrize(
    ("text", "form", "typ"),
    [
        ("The jet was arriving from Kanbetsu with 200 passengers when it hit the truck.", "Kanbetsu", "GPE"),
        ("Pablo Vidal, presidential candidate for La Senda Avanza, voted in the capital.", "La Senda Avanza", "ORG"),
        ("The rise has been compared to Brexit, per Noticias Sureña's Marina E. Solis. Rates fell.",
         "Noticias Sureña", "ORG"),
    ],
)
def test_entities_type_told_by_context(nlp, text, form, typ) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_entities(nlp, text), text, form).type == typ
