"""Linking: the title words a report writes right before a person's name belong to the role the story shows, when
the small model cut them off it ("Marlport Harbour Manager Ada Rusk" -> role "Manager"; "Acting Tides
Administrator Jon Vell" -> name "Administrator Jon Vell", no role). Invented names."""

from __future__ import annotations

from storyline.compare.link import _title_before
from storyline.model import Span


def _at(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(article="a", start=start, end=start + len(name))


def test_a_one_word_role_takes_the_title_words_before_it() -> None:
    text = '"We will test again," Marlport Harbour Manager Ada Rusk said Friday.'
    assert _title_before("Ada Rusk", "Manager", [_at(text, "Ada Rusk")], {"a": text}) == (
        "Ada Rusk", "Marlport Harbour Manager")


def test_a_title_word_opening_the_name_goes_to_the_role() -> None:
    text = "The findings were published in Tidewatch. Acting Tides Administrator Jon Vell said the agency was ready."
    name = "Administrator Jon Vell"
    assert _title_before(name, None, [_at(text, name)], {"a": text}) == ("Jon Vell", "Acting Tides Administrator")


def test_a_day_or_a_sentence_opener_before_the_name_is_no_title() -> None:
    text = "On Monday Manager Ada Rusk said the pier was safe."
    assert _title_before("Ada Rusk", "Manager", [_at(text, "Ada Rusk")], {"a": text}) == ("Ada Rusk", "Manager")


def test_a_profession_before_the_name_is_the_role_when_there_is_none() -> None:
    text = 'Glaciologist Mira Dune, of the Ostland Ice Council, said "the shelf is thinning".'
    assert _title_before("Mira Dune", None, [_at(text, "Mira Dune")], {"a": text}) == ("Mira Dune", "Glaciologist")
