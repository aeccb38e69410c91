"""Outlet credits from QA round U: "X was the first to report", "From X:" over a passage, "X notes that", a site
named after its kind ("told Norlandian news site 7K"), "the official X news agency published", an agency's tag in
brackets after the last sentence; and a data body that "reported" (a survey, a ministry) is no outlet."""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.extract.entities import extract_entities
from storyline.model import Article
from storyline.nlp.pipeline import parse


def _cites(text: str) -> list[tuple[str, str]]:
    article = Article(id="a", text=text)
    return [(c.cites, text[c.credited.start : c.credited.end]) for c in extract_citations(article, None, ())]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The Velm Reporter was the first to report on the memo sent from the guild to its captains.", "Velm Reporter"),
        ("The Velm Times notes that, \u201cwith the pact at Velm done, the owners will turn to the crews.\u201d",
         "Velm Times"),
        ("The mayor of a town near the dam told Norlandian news site 7K that several homes had collapsed.", "7K"),
        ("The official MAP news agency published the announcement, saying three days of mourning were decided.",
         "MAP"),
    ],
)
def test_citations_qa_u_an_outlet_credited_in_these_words_is_found(text: str, outlet: str) -> None:
    assert [c[0] for c in _cites(text)] == [outlet]


def test_citations_qa_u_a_from_line_credits_the_passage_below_it() -> None:
    text = ("The guild reached a deal at Velm on Sunday.\n\nFrom The Velm Reporter:\n\n"
            "The guild emailed its captains the news on Sunday night.")
    assert _cites(text) == [("Velm Reporter", "The guild emailed its captains the news on Sunday night.")]


def test_citations_qa_u_a_from_line_naming_a_person_credits_no_outlet() -> None:
    text = "The guild reached a deal at Velm on Sunday.\n\nFrom Ana Ruiz:\n\nThe captains will meet on Monday."
    assert _cites(text) == []


def test_citations_qa_u_an_agency_tag_after_the_last_sentence_signs_the_text() -> None:
    text = ("Norland declared three days of mourning after the quake at Velm.\n\n"
            "Norland now faces the immense task of rebuilding the villages of the valley. (NORPA)")
    found = _cites(text)
    assert [c[0] for c in found] == ["NORPA"]
    assert found[0][1].startswith("Norland declared")


@pytest.mark.parametrize(
    "text",
    [
        "The quake struck late on Friday south-west of Velm, the US Geological Survey reported.",
        "Fatalities rose to 40, the Interior Ministry reported on Saturday.",
        "About 300 people were hurt at Velm, the Red Cross reported.",
    ],
)
def test_citations_qa_u_a_data_body_that_reported_is_no_outlet(text: str) -> None:
    # with the parse: the model types these bodies as organisations, which a "reported" alone would credit
    article = Article(id="a", text=text)
    doc = parse(text)
    assert extract_citations(article, doc, extract_entities(article, doc)) == ()
