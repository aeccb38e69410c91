"""A wire agency's name in brackets opening the lede with no dash after it ("(Reuters) At least two ..."): a
dateline, and the copy is the agency's (QA round AC). A bracketed name mid-sentence, an unknown name in brackets
or one outside the lede is none.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.dateline import find, in_lede
from storyline.extract.furniture import find_furniture
from storyline.extract.lines import paragraphs
from storyline.ingest.meta import infer_outlet
from storyline.model import Article
from storyline.nlp.pipeline import parse

LEDE = (
    "At least three people were hurt on Monday in a fire at the Varnholt paper mill on the edge of Quellby, "
    "the company said."
)
TEXT = f"Fire at Varnholt paper mill\n\n(Reuters) {LEDE}\n\nThe mill said the cause was not yet known."


def test_dateline_qa_ac_bracketed_agency_without_dash_opens_the_lede() -> None:
    found = in_lede(TEXT, paragraphs(TEXT))
    assert found is not None
    assert TEXT[found.start : found.end].strip() == "(Reuters)"
    assert found.agency == "Reuters"
    assert not found.dash


def test_dateline_qa_ac_bracketed_agency_without_dash_is_furniture() -> None:
    article = Article(id="a", text=TEXT)
    found = [(f.kind, TEXT[f.span.start : f.span.end].strip()) for f in find_furniture(article, parse(TEXT))]
    assert ("dateline", "(Reuters)") in found


def test_dateline_qa_ac_bracketed_agency_without_dash_names_the_outlet() -> None:
    article = infer_outlet(Article(id="a", text=TEXT))
    assert article.outlet.value == "Reuters"
    assert article.outlet.method == "dateline"


@pytest.mark.parametrize(
    "line",
    [
        # an agency in brackets mid-sentence
        "Officials in Quellby (Reuters) said at least three people were hurt in the fire on Monday.",
        # an unknown name in brackets
        "(Quellby Courier) At least three people were hurt in the fire on Monday at the mill.",
        # too short for a lede
        "(Reuters) Fire at mill",
    ],
)
def test_dateline_qa_ac_other_bracketed_names_are_no_dateline(line: str) -> None:
    assert find(line, 0, len(line), in_lede=True) is None


def test_dateline_qa_ac_bracketed_agency_without_dash_needs_the_lede() -> None:
    line = f"(Reuters) {LEDE}"
    assert find(line, 0, len(line), in_lede=False) is None


def test_dateline_qa_ac_bracketed_agency_without_dash_signs_the_copy() -> None:
    from storyline.extract.citations import extract_citations

    article = infer_outlet(Article(id="a", text=TEXT))
    (cite,) = extract_citations(article, None, ())
    assert (cite.text, cite.cites, cite.kind) == ("(Reuters)", "Reuters", "self")
