"""A body's name the small model cuts at its "and" is one organisation again (QA round W #15: the federation of
the Red Cross and Red Crescent societies came out as two names); two bodies side by side stay two."""

from __future__ import annotations

from storyline.extract.entities import extract_entities
from storyline.model import Article
from storyline.nlp.pipeline import parse


def _orgs(text: str) -> list[str]:
    article = Article(id="a", text=text)
    return [e.name for e in extract_entities(article, parse(text)) if e.type == "ORG"]


def test_a_body_of_two_things_is_one_name() -> None:
    text = "The Norland Ministry of Fisheries and Ocean Affairs said the ban on cod would stay until May."
    assert _orgs(text) == ["Norland Ministry of Fisheries and Ocean Affairs"]


def test_two_bodies_side_by_side_stay_two() -> None:
    text = "The Bank of Norland and Velm Capital agreed on Monday to share the cost of the new bridge."
    assert "Bank of Norland and Velm Capital" not in _orgs(text)
