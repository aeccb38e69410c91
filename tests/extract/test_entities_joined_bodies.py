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


def test_a_body_for_two_things_is_one_name() -> None:
    # round Y: "Centre for Volcanology and Geological Disaster Mitigation" came out as "Centre for Volcanology"
    text = (
        "Mount Varla has stayed at the third highest of four alert levels since 2011, according to Norland's "
        "Centre for Volcanology and Geological Disaster Mitigation."
    )
    assert "Centre for Volcanology and Geological Disaster Mitigation" in _orgs(text)


def test_a_body_whose_head_the_model_left_out_is_one_name() -> None:
    text = (
        "Mount Varla has stayed at the third highest of four alert levels since 2011, a level indicating "
        "above-normal activity, according to Norland’s Centre for Volcanology and Geological Disaster Mitigation."
    )
    names = _orgs(text)
    assert "Geological Disaster Mitigation" not in names
