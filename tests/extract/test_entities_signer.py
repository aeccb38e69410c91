"""The signer of a statement's signature line ("– Mara Quell, President, Harbour Affairs") is an entity of the
report, though the line is page furniture: the signer speaks the statement above. The title after the name stays
furniture. Every text here is written for these tests."""

from __future__ import annotations

from entity_helpers import entities, forms

_TEXT = (
    "Judge Orla Tamsby ruled on Monday that the Velm port authority broke the fishing code.\n\n"
    "The authority answered with this statement:\n\n"
    "\u201cThis decision recognizes that our harbour serves anglers well, and we plan to appeal.\u201d\n\n"
    "\u2013 Mara Quell, President, Harbour Affairs\n\n"
    "Anglers in Velm welcomed the ruling."
)


def test_entities_a_signature_line_names_its_signer(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, _TEXT)
    signed = [e for e in ents if "Mara Quell" in forms(_TEXT, e)]
    assert [e.type for e in signed] == ["PERSON"]
    assert not any("Harbour Affairs" in forms(_TEXT, e) for e in ents)
