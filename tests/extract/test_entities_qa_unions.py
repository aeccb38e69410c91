"""Blind-QA entity faults on a strike report: a union named by its acronym, bare first names, acronyms with their
expansions, cities beside their countries, and common words capitalised at a sentence's start."""

from __future__ import annotations

from entity_helpers import entities as _entities
from entity_helpers import forms as _forms
from entity_helpers import holding as _holding

from storyline.extract import roles


def test_a_name_before_union_decides_over_the_head_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rail workers walked out across Veloria on Monday. The RTF union said 40,000 people marched. "
        "The pension age is among the lowest in the EU."
    )
    ents = _entities(nlp, text)
    rtf = _holding(ents, text, "RTF")
    assert "The RTF union" in _forms(text, rtf)
    eu = _holding(ents, text, "EU")
    assert "The RTF union" not in _forms(text, eu)


def test_a_mention_belongs_to_one_entity(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rail workers walked out across Veloria on Monday. The RTF union said 40,000 people marched. "
        "The pension age is among the lowest in the EU."
    )
    spans = [(m.start, m.end) for e in _entities(nlp, text) for m in e.mentions]
    assert len(spans) == len(set(spans))


def test_roles_description_with_a_name_before_its_head_is_left_to_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The RTF union said 40,000 people marched. The union said more would march."
    doc = nlp(text)
    found = roles.descriptions(doc, text, {"K:European Union": "bloc"}, [])
    assert [text[m.start : m.end] for m in found] == ["The union"]
