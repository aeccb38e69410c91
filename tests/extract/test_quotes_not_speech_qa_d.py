"""Quoted words that are no one's speech: a show before a role, a label line, a title the sentence talks about,
a name someone is known by (written examples, not seeds)."""

from __future__ import annotations

import pytest

from storyline.extract.quotes import extract_quotes
from storyline.model import Article, Quote
from storyline.nlp.pipeline import parse


def run(text: str) -> tuple[Quote, ...]:
    return extract_quotes(Article(id="t", text=text), parse(text), ())


def texts(text: str) -> list[str]:
    return [q.text for q in run(text)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Nobody saw the twist coming.\n\n“Harbour Nights” host Ada Voss on Monday said that the show would end.",
            "Harbour Nights",
        ),
        ("“Tin Crown” star Milo Brandt opened up about his years in Corvale.", "Tin Crown"),
    ],
)
def test_a_show_named_before_the_role_of_its_star_is_not_speech(text: str, title: str) -> None:
    assert not any(title in t for t in texts(text))


def test_a_label_line_is_not_speech() -> None:
    text = (
        "“We will not close the mill,” Mayor Ida Plenk said on Friday.\n\n"
        "“Related:”\n\n"
        "Corvale Council Votes To Keep The Ferry Running."
    )
    assert "Related:" not in texts(text)


def test_a_title_the_sentence_talks_about_is_not_speech() -> None:
    text = (
        "The company has toured the river towns all spring.\n\n"
        "“Salt and Iron” happily pokes fun at the ministers of Corvale."
    )
    assert not any("Salt and Iron" in t for t in texts(text))


def test_a_name_someone_is_known_by_is_not_speech() -> None:
    text = "Pim Oster, the smuggler known as “Sparrow,” said that he had crossed the border at night."
    assert not any("Sparrow" in t for t in texts(text))


def test_a_book_title_that_closes_the_sentence_is_not_speech() -> None:
    text = (
        "Lena Moor tossed “cold water on the plan at once,” she wrote in her memoir, “Open Roads.” "
        "She was sure the bank would fail."
    )
    assert not any("Open Roads" in t for t in texts(text))


def test_speech_before_a_role_noun_stays() -> None:
    text = "“We are ready,” host Ada Voss said on Monday."
    assert "We are ready," in texts(text)


def test_the_programme_told_is_not_speech_even_with_a_comma() -> None:
    text = "“The ferry will run all winter,” Mayor Ida Plenk told “Dawn Desk,” adding that the council agreed."
    found = texts(text)
    assert "The ferry will run all winter," in found
    assert not any("Dawn Desk" in t for t in found)
