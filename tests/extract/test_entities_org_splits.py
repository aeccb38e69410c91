"""One organisation under the forms a report gives it: an acronym that is not strictly its initials, a service
described by its lower-case name."""

from __future__ import annotations

from entity_helpers import entities as _entities
from entity_helpers import forms as _forms
from entity_helpers import holding as _holding


def test_entities_acronym_with_a_letter_from_inside_a_word_is_the_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Norvia Airlines Co. jet hit a truck at the airport on Friday. The NAL plane was arriving from the "
        "capital with 200 passengers, the company said."
    )
    ents = _entities(nlp, text)
    airline = _holding(ents, text, "Norvia Airlines Co")
    assert "NAL" in _forms(text, airline)


def test_entities_the_coast_guard_is_the_named_service_not_a_guard(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A cargo jet hit a plane of the Japan Coast Guard on Friday. The coast guard said its pilot escaped."
    ents = _entities(nlp, text)
    guard = _holding(ents, text, "Japan Coast Guard")
    assert "The coast guard" in _forms(text, guard)
    assert guard.type == "ORG"
