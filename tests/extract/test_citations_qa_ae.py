"""Credits of blind QA rounds AD and AE: "the agency said" stands for a news agency named before it only when the report
has not used "the agency" for a body the story is about ("the wire said the agency took the action", "closed by
the agency"); then it is that body's words, no credit. A short name that ends a glued one ("the Courier" after
"HarbourCourier") is that outlet.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.citations import extract_citations
from storyline.extract.entities import extract_entities
from storyline.model import Article
from storyline.nlp.pipeline import parse


def _cited(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.cites) for c in extract_citations(Article(id="a", text=text), parse(text))]


def test_citations_qa_ae_the_agency_the_story_is_about_is_no_credit() -> None:
    text = (
        "Bank closed\n\nHarbour Bank was closed, the Deposit Guarantee Board (DGB) said.\n\n"
        "However, Reuters said Friday that the agency took the action to stop a run on the bank.\n\n"
        "It is the first bank to be closed by the agency this year, it said in a release. Reuters reported the bank "
        "is the country's 20th-largest.\n\n"
        "At the time of the closing, the agency said, the amount of uninsured deposits was not known.\n"
    )
    assert ("the agency said", "Reuters") not in _cited(text)
    assert ("Reuters reported", "Reuters") in _cited(text)


def test_citations_qa_ae_the_agency_after_a_news_agency_stays_its_credit() -> None:
    text = (
        "Quake\n\nA quake shook the coast on Monday, Reuters reported. Two people were hurt, the agency said.\n"
    )
    assert ("the agency said", "Reuters") in _cited(text)


def test_citations_qa_ad_a_glued_name_and_its_last_word_are_one_outlet() -> None:
    text = (
        "Harbour shooting\n\nVELMAR — Chief Tom Barrow said a guard may have fired by mistake, HarbourCourier "
        "reported.\n\nMayor Ana Ruiz said she would support the guard's suspension, according to the Courier.\n"
    )
    article, doc = Article(id="a", text=text), parse(text)
    found = extract_citations(article, doc, extract_entities(article, doc))
    assert [c.cites for c in found] == ["HarbourCourier", "HarbourCourier"]
