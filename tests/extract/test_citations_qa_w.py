"""Outlet credits from QA round W: "she informed X that", "in a phone interview with X television station", a
closing "This story originally appeared in X."; and a company that "reported" its own trouble (an exchange, a
bank) is no outlet."""

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
        ("Mortuaries at Velm are full, a nurse said. She informed Velm Radio that bodies lay in the streets.",
         "Velm Radio"),
        ("In a phone interview with al-Norsa television station, the minister said 300 homes were lost.",
         "al-Norsa"),
        ("In a telephone interview with The Harbour Gazette, the mayor said the dam had burst at night.",
         "Harbour Gazette"),
    ],
)
def test_citations_qa_w_an_outlet_credited_in_these_words_is_found(text: str, outlet: str) -> None:
    assert [c[0] for c in _cites(text)] == [outlet]


def test_citations_qa_w_a_closing_originally_appeared_line_signs_the_text() -> None:
    text = ("The outage grounded flights across Norland on Friday.\n\n"
            "This story originally appeared in HARBOUR WEEKLY.")
    found = _cites(text)
    assert [c[0] for c in found] == ["HARBOUR WEEKLY"]


@pytest.mark.parametrize(
    "text",
    [
        "Velm Bank said its cards failed, and the Norland Stock Exchange reported problems with its data feed.",
        "Payments stalled for hours, the Harbour Savings Bank reported on Friday.",
    ],
)
def test_citations_qa_w_a_company_reporting_its_own_trouble_is_no_outlet(text: str) -> None:
    # with the parse: the model types the exchange and the bank as organisations, which "reported" alone credits
    article = Article(id="a", text=text)
    doc = parse(text)
    assert extract_citations(article, doc, extract_entities(article, doc)) == ()
