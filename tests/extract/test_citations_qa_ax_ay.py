"""Credits the blind reviews AX (#16) and AY (#23) found missing from the provenance: the kind of outlet first and
its name in apposition closing the clause ("an official told the national news agency, Velmpress"); what a person
said "for" an outlet, as a translation puts it ("recounted, calmly and proudly for Noticias Velm"), the kind of
medium opening the name in Spanish; and the outlet whose reporter put the questions ("Harbour Post reporter Ana
Ruiz stopped him on the sidewalk").

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.model import Article, MetaValue


def _cites(text: str) -> list[tuple[str, str]]:
    article = Article(id="a", text=text, outlet=MetaValue(value=None))
    return [(c.cites, c.kind) for c in extract_citations(article, None, ())]


def test_citations_qa_ax_the_kind_of_outlet_then_its_name_in_apposition() -> None:
    text = ("The ministry said the fault lay abroad, an official told the national news agency, Velmpress.\n")
    assert _cites(text) == [("Velmpress", "told")]


def test_citations_qa_ax_a_known_agency_in_apposition_after_its_kind() -> None:
    text = "The grid failed at noon, an official told the national news agency, Lusa.\n"
    assert _cites(text) == [("Lusa", "told")]


@pytest.mark.parametrize(
    "text",
    [
        # a person named after the comma goes on with a verb of their own
        "The ferry was late, he told the newspaper, Ana Ruiz said.\n",
        # the clause does not close on the name
        "He told the newspaper, Ana Ruiz and the mayor that the ferry was late.\n",
    ],
)
def test_citations_qa_ax_no_credit_where_the_apposition_goes_on(text: str) -> None:
    assert _cites(text) == []


def test_citations_qa_ay_what_a_person_said_for_an_outlet() -> None:
    text = ("“We found the shelter on the fourth day,” Orrin Tamsby recounted, calmly and at the same time proudly "
            "for Noticias Velm.\n")
    assert _cites(text) == [("Noticias Velm", "told")]


@pytest.mark.parametrize(
    "text",
    [
        "Orrin Tamsby said he worked for Noticias Velm for ten years.\n",
        "Orrin Tamsby said the flag stood for Velm Harbour.\n",
    ],
)
def test_citations_qa_ay_for_after_a_clause_is_no_credit(text: str) -> None:
    assert _cites(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "When he left the court on Friday, Harbour Post reporter Ana Ruiz stopped him on the sidewalk.\n",
        "He was later asked by a Harbour Post reporter why he did not testify.\n",
    ],
)
def test_citations_qa_ay_the_outlet_whose_reporter_put_the_questions(text: str) -> None:
    assert _cites(text) == [("Harbour Post", "interview")]


def test_citations_qa_ay_a_reporter_of_no_outlet_credits_nothing() -> None:
    assert _cites("Court reporter Ana Ruiz stopped him on the sidewalk.\n") == []
