"""Furniture from QA round U: an explainer's stock labels ("Why it matters:") and an agency's tag in brackets after
the last sentence, which signs the text and leaves that sentence the report's."""

from __future__ import annotations

from storyline.extract.furniture import find_furniture
from storyline.model import Article


def _kinds(text: str) -> list[tuple[str, str]]:
    article = Article(id="a", text=text)
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(article)]


def test_furniture_qa_u_a_question_word_label_is_a_label() -> None:
    text = ("Velm dockers reach deal\n\nThe dockers of Velm reached a deal with the port on Sunday.\n\n"
            "Why it matters: With a deal in hand, the port can turn to the pilots.\n\n"
            "Details: The union released a statement after five days of talks.")
    labels = [t for kind, t in _kinds(text) if kind == "label"]
    assert labels == ["Why it matters:", "Details:"]


def test_furniture_qa_u_a_closing_agency_tag_is_a_byline_not_a_caption() -> None:
    text = ("Norland mourns\n\nNorland declared three days of mourning after the quake at Velm.\n\n"
            "Norland now faces the immense task of rebuilding the villages of the valley. (NORPA)")
    found = _kinds(text)
    assert ("byline", "(NORPA)") in found
    assert not any(kind == "caption" for kind, _ in found)


def test_furniture_qa_u_a_title_case_source_in_brackets_is_still_a_caption() -> None:
    text = ("Norland mourns\n\nNorland declared three days of mourning after the quake at Velm.\n\n"
            "Rescuers search the rubble of a house in Velm on Saturday. (Harbour Post)")
    assert any(kind == "caption" for kind, _ in _kinds(text))
