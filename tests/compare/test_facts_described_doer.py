"""The words a report writes before a doer's name describe it, they do not make another doer: "Casual dining chain
Vessel Crab" and "Restaurant chain Vessel Crab" filing for bankruptcy is one deed (QA AP s2: a chain's filing
told by a fourth report stayed a fact of its own). The words after a name are its head, and still tell two
doers apart ("the Orvale union" / "the Orvale government")."""

from __future__ import annotations

from compare_helpers import sentence_facts

from storyline.compare.claims import deed_of
from storyline.compare.facts import one_deed


def test_a_doer_described_in_other_words_is_one_doer() -> None:
    a = deed_of("Casual dining chain Vessel Crab has filed for Chapter 11 bankruptcy protection", [])
    b = deed_of("Restaurant chain Vessel Crab has officially filed Chapter 11 bankruptcy", [])
    assert a is not None
    assert b is not None
    assert one_deed(a, b)


def test_the_words_after_a_name_still_tell_two_doers_apart() -> None:
    a = deed_of("The Orvale union closed the Tarn road on Monday", [])
    b = deed_of("The Orvale government closed the Tarn road on Monday", [])
    assert a is not None
    assert b is not None
    assert not one_deed(a, b)


def test_one_filing_told_with_two_descriptions_is_one_fact() -> None:
    facts = sentence_facts([
        ["Casual dining chain Vessel Crab has filed for Chapter 11 bankruptcy protection.", "Diners were sad."],
        ["Restaurant chain Vessel Crab has officially filed Chapter 11 bankruptcy.", "Staff were told."],
    ])
    filing = next(f for f in facts if any(s.article == "r0" for s in f.support))
    assert sorted(s.article for s in filing.support) == ["r0", "r1"]
    assert filing.independent_sources == 2
