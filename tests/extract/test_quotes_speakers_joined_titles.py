"""Speakers named by a plural title before two joined names ("Sens. Ana Kell and Piet Olsen"): the pair speaks,
not the first name with the title kept in it, and "the senators" after them are the pair again."""

from __future__ import annotations

import pytest

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.model import Article
from storyline.nlp.pipeline import parse


def speakers(text: str) -> list[str | None]:
    article = Article(id="t", text=text)
    doc = parse(text)
    entities = extract_entities(article, doc, furniture=find_furniture(article, doc))
    return [q.speaker for q in extract_quotes(article, doc, entities)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Republican Sens. Mara Olvett (Ohio) and Tobin Krell (Missouri) on Tuesday wrote in a letter to the "
            "treasury that security was not taken into consideration when the deal was entered.\n",
            "Mara Olvett and Tobin Krell",
        ),
        (
            "Republican Sens. Lorna Pettibone (Ohio) and Garret Mulvane (Missouri) on Tuesday wrote in a letter to "
            "Treasury Secretary Ida Brandt that national security was not taken into consideration.\n",
            "Lorna Pettibone and Garret Mulvane",
        ),
    ],
)
def test_speakers_plural_title_before_two_names(text: str, pair: str) -> None:
    assert speakers(text) == [pair]


def test_speakers_the_senators_are_the_pair_named_before() -> None:
    text = (
        "Republican Sens. Mara Olvett (Ohio) and Tobin Krell (Missouri) on Tuesday wrote in a letter to the "
        "treasury that security was not taken into consideration when the deal was entered.\n\n"
        'The senators stressed that the harbour "remains vital to our national security."\n'
    )
    assert set(speakers(text)) == {"Mara Olvett and Tobin Krell"}


def test_speakers_the_officials_are_not_the_senators() -> None:
    text = (
        "Republican Sens. Mara Olvett (Ohio) and Tobin Krell (Missouri) on Tuesday wrote in a letter to the "
        "treasury that security was not taken into consideration when the deal was entered.\n\n"
        "The officials said the harbour would stay open.\n"
    )
    assert speakers(text)[-1] == "officials"


def test_speakers_the_headquarters_of_a_body_named_before() -> None:
    text = (
        "The Tarn Valley Relief Forum headquarters responded to the announcement by reminding the world that "
        "dozens of climbers are still missing.\n\n"
        "“The delay is a disgrace,” a statement by the headquarters said.\n"
    )
    assert set(speakers(text)) == {"Tarn Valley Relief Forum"}


def test_speakers_another_countrys_ministry_is_not_the_one_named_before() -> None:
    text = (
        "The Peruvian Foreign Ministry said the climbers had been found.\n\n"
        "Separately, the Chilean foreign ministry said Santiago would send a rescue team.\n"
    )
    assert speakers(text) == ["Peruvian Foreign Ministry", "Chilean foreign ministry"]
