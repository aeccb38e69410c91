"""A place in brackets opening the lede, ABC News style ("(CHICAGO) —"): a dateline that names where the report
was filed, not its outlet (QA round AA: the report's outlet became "NEW YORK", and it cited itself).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.citations import extract_citations
from storyline.extract.dateline import find
from storyline.extract.furniture import find_furniture
from storyline.ingest.meta import infer_outlet
from storyline.model import Article
from storyline.nlp.pipeline import parse

LEDE = (
    "The settlement between the Orlo Bridge Company and Dunmere County amounted to a warning for other "
    "contractors, the company's chief Ada Varell said on Wednesday."
)
TEXT = f"Bridge settlement a 'warning', Varell says\n\n(CHICAGO) — {LEDE}\n\nVarell spoke at the county hall."


def test_dateline_qa_aa_bracketed_place_is_no_agency() -> None:
    start = TEXT.index("(CHICAGO)")
    found = find(TEXT, start, start + len("(CHICAGO) — ") + len(LEDE), in_lede=True)
    assert found is not None
    assert found.agency is None
    assert TEXT[found.start : found.end] == "(CHICAGO) —"


def test_dateline_qa_aa_bracketed_place_is_still_furniture() -> None:
    found = [(f.kind, TEXT[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=TEXT))]
    assert ("dateline", "(CHICAGO) —") in found


def test_dateline_qa_aa_bracketed_place_names_no_outlet() -> None:
    outlet = infer_outlet(Article(id="a", text=TEXT)).outlet
    assert outlet.value is None


def test_dateline_qa_aa_bracketed_place_is_no_citation() -> None:
    article = infer_outlet(Article(id="a", text=TEXT))
    assert not [c for c in extract_citations(article, parse(TEXT)) if "CHICAGO" in c.text]


def test_dateline_qa_aa_bracketed_agency_still_names_the_outlet() -> None:
    outlet = infer_outlet(Article(id="a", text=TEXT.replace("(CHICAGO)", "(CNN)"))).outlet
    assert (outlet.value, outlet.method) == ("CNN", "dateline")
