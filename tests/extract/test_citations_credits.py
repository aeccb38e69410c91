"""Credits for a whole text or a sentence that open a sentence or stand alone on a line, and a party that
shares an outlet's name."""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.ingest.meta import infer_outlet
from storyline.model import Article, MetaValue
from storyline.nlp.pipeline import parse


def _cites(text: str) -> list[tuple[str, str, str]]:
    article = Article(id="a", text=text, outlet=MetaValue(value=None))
    return [(c.text, c.cites, c.kind) for c in extract_citations(article, parse(text), ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velm United have agreed a fee. According to The Athletic, the club accepted the third offer.",
            [("According to The Athletic", "The Athletic", "according_to")],
        ),
        (
            "The port will close for a week.\n\nThe ferry runs again on Monday.\n\nSource: Reuters",
            [("Source: Reuters", "Reuters", "syndication")],
        ),
        (
            "By PA Sport Staff\n\nVelm United have agreed a fee for their captain.",
            [("By PA Sport Staff", "PA Media", "syndication")],
        ),
    ],
)
def test_citations_credit_lines_and_sentence_openers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _cites(text) == expected


def test_meta_the_pa_news_agency_understands_is_a_self_reference() -> None:
    text = "Velm United have agreed a fee of £40m for their captain, the PA news agency understands."
    assert infer_outlet(Article(id="a", text=text)).outlet.value == "PA Media"


def test_meta_a_party_that_did_not_confirm_is_not_the_newsroom() -> None:
    # Bloomberg here is the company being sued, not the outlet telling the story
    text = (
        "Bloomberg agreed on Tuesday to pay the harbour board $80 million to settle the case. "
        "Bloomberg did not immediately confirm the amount, and its lawyers left the court in silence."
    )
    assert infer_outlet(Article(id="a", text=text)).outlet.value is None


def test_meta_a_staff_byline_names_the_outlet() -> None:
    text = "Velm ferry returns\n\nBy Reuters Staff\n\nThe ferry is back on its route after storm repairs."
    assert infer_outlet(Article(id="a", text=text)).outlet.value == "Reuters"
