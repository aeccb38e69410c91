"""Blind QA round AK: a party's name opening a title stays whole ("Liberal Democrat deputy leader"), where the
small model reads only "Democrat" as a name. Invented people."""

from __future__ import annotations

from entity_helpers import entities, holding


def test_a_party_s_first_word_stays_in_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Liberal Democrat deputy leader Ada Rusk said: “The minister has questions to answer.”"
    assert holding(entities(nlp, text), text, "Ada Rusk").role == "Liberal Democrat deputy leader"


def test_a_word_before_a_title_that_names_no_party_is_left_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday, Labour leader Tom Marsh said he would vote against the bill."
    assert holding(entities(nlp, text), text, "Tom Marsh").role == "Labour leader"
