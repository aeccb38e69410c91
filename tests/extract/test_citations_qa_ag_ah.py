"""Outlet credits read in more shapes (blind QA round AG #12 and round AH #9): the whole name after "according to
the" ("According to the Wall Street Journal, ..." was cut to "the Wall Street" and lost), a publication's title
written with a capital "The" inside a sentence as the subject of "reported" ("..., but The Information today
reported that ..."), and the first of two outlets that reported or said something together ("the French TV
station TF1 and the newspaper Le Parisien reported", "TF1 and BFM both said" credited only the second). A person,
an official's title or a government body in the same places is no credit.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.ingest import outlets
from storyline.model import Article
from storyline.nlp.pipeline import parse


def _cited(text: str) -> list[str]:
    return [c.cites for c in extract_citations(Article(id="a", text=text), parse(text))]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(c.cites, c.kind) for c in extract_citations(Article(id="a", text=text), parse(text))]


HEAD = "Harbour fees\n\n"


def test_citations_according_to_the_whole_name_of_an_outlet() -> None:
    text = HEAD + (
        "According to the Kestow Evening Ledger, the port's pilots and tug crews will be hit hardest by the cuts.\n"
    )
    assert _cited(text) == ["Kestow Evening Ledger"]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Velm Harbour Press Secretary Ana Ruiz, the pilots will be hit hardest by the cuts.",
        "According to the Kestow Emergency Management Agency, the pilots will be hit hardest by the cuts.",
    ],
)
def test_citations_according_to_an_official_or_a_body_is_no_credit(sentence: str) -> None:
    assert _cited(HEAD + sentence + "\n") == []


def test_citations_a_title_with_a_capital_the_inside_a_sentence_reported() -> None:
    text = HEAD + (
        "The port gave no details, but The Tidings today reported that some of the pilots laid off had been paid "
        "more than $500,000 a year.\n"
    )
    assert _kinds(text) == [("The Tidings", "reported")]


@pytest.mark.parametrize(
    "sentence",
    [
        # at a sentence's opening any "The" is capitalised
        "The Velm Fishers reported that the catch fell by a third in March.",
        # a ministry reports data, not news
        "The port gave no details, but The Harbour Ministry today reported that the catch fell by a third.",
    ],
)
def test_citations_a_capital_the_alone_makes_no_outlet(sentence: str) -> None:
    assert _cited(HEAD + sentence + "\n") == []


def test_citations_the_first_of_two_outlets_that_reported_together() -> None:
    text = HEAD + (
        "The harbour crane was damaged in the storm, the Norland TV station Harbour One and the newspaper Le "
        "Velmois reported.\n"
    )
    assert _kinds(text) == [("Harbour One", "reported"), ("Le Velmois", "reported")]


def test_citations_the_first_of_two_outlets_that_both_said() -> None:
    text = HEAD + "Harbour TV and Velm Radio both said the inquiry was looking at the crane's brakes.\n"
    assert _kinds(text) == [("Harbour TV", "reported"), ("Velm Radio", "reported")]


def test_citations_a_person_before_an_outlet_that_reported_is_no_credit() -> None:
    text = HEAD + "The harbour crane was damaged in the storm, Orla Venn and the newspaper Le Velmois reported.\n"
    assert _cited(text) == ["Le Velmois"]


@pytest.mark.parametrize(
    ("name", "canonical"), [("TF1", "TF1"), ("BFMTV", "BFM TV"), ("Le Parisien", "Le Parisien"), ("LCI", "LCI")]
)
def test_outlets_knows_the_french_broadcasters_and_papers(name: str, canonical: str) -> None:
    assert outlets.canonical(name) == canonical
