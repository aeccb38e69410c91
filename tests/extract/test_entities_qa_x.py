"""Entities of blind QA round X, in invented text: an abbreviated title inside a person's name keeps its
capitals ("Ostra CM Anton Lenk"), while a lede's shouted first name is still written in plain case."""

from __future__ import annotations

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.model import Article
from storyline.nlp.pipeline import parse


def _people(text: str) -> list[str]:
    article, doc = Article(id="t", text=text), parse(text)
    entities = extract_entities(article, doc, furniture=find_furniture(article, doc))
    return [e.name for e in entities if e.type == "PERSON"]


def test_an_abbreviated_title_inside_a_name_keeps_its_capitals() -> None:
    text = (
        "Miners freed\n\n"
        "Ostra CM Anton Pal Lenk and Union Minister Oskar Brandt were inside the shaft as the miners were brought"
        " out one by one."
    )
    names = _people(text)
    assert not any("Cm " in n for n in names)
    assert any(n.endswith("Anton Pal Lenk") for n in names)


def test_a_shouted_given_name_is_still_written_in_plain_case() -> None:
    text = "Baker wins prize\n\nLIZ Pell won the county baking prize on Sunday. Pell said she was thrilled."
    assert "Liz Pell" in _people(text)
