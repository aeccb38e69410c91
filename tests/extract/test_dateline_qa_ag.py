"""A place and a date closed by a full stop, then the agency between slashes ("ORSK, March 4. /NORTA/. The ..."):
a dateline, TASS house style (QA round AG). The copy is the agency's, the dateline is furniture (no fact, no
timeline entry), and its month and day may date the report. Slashes mid-sentence, or no agency between them, make
none.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.brief.timeline import build_timeline
from storyline.extract.dateline import find, in_lede
from storyline.extract.furniture import find_furniture
from storyline.extract.lines import paragraphs
from storyline.extract.timex import extract_timexes
from storyline.ingest.meta import infer_outlet
from storyline.model import Analysis, Article, MetaValue, Span
from storyline.nlp.pipeline import parse

LEDE = (
    "The Tarsian consulate in Orsk has asked the Velland authorities to let its staff visit the detained "
    "engineer Olek Varn, the mission said in a statement."
)
TEXT = (
    f"Tarsia asks to see detained engineer\n\nORSK, March 4. /NORTA/. {LEDE}\n\n"
    "The consulate is in contact with his lawyer."
)


def test_dateline_qa_ag_slashed_agency_opens_the_lede() -> None:
    found = in_lede(TEXT, paragraphs(TEXT))
    assert found is not None
    assert TEXT[found.start : found.end] == "ORSK, March 4. /NORTA/."
    assert found.agency == "NORTA"
    assert TEXT[found.agency_start : found.agency_end] == "NORTA"


def test_dateline_qa_ag_slashed_agency_names_the_outlet() -> None:
    article = infer_outlet(Article(id="a", text=TEXT))
    assert article.outlet.value == "NORTA"
    assert article.outlet.method == "dateline"


def test_dateline_qa_ag_slashed_dateline_is_furniture() -> None:
    article = Article(id="a", text=TEXT)
    found = [(f.kind, TEXT[f.span.start : f.span.end]) for f in find_furniture(article, parse(TEXT))]
    assert ("dateline", "ORSK, March 4. /NORTA/.") in found


def test_dateline_qa_ag_slashed_dateline_is_no_timeline_entry() -> None:
    article = Article(id="a", text=TEXT, published=MetaValue())
    doc = parse(TEXT)
    sentences = tuple(Span(article="a", start=s.start_char, end=s.end_char) for s in doc.sents)
    analysis = Analysis(
        article="a", version="t", timexes=extract_timexes(article), furniture=tuple(find_furniture(article, doc)),
        sentences=sentences,
    )
    assert all("NORTA" not in e.text for e in build_timeline([article], [analysis]))


@pytest.mark.parametrize(
    "line",
    [
        # slashes mid-sentence
        "Officials in Orsk said on March 4 that the /NORTA/ feed had stopped for the whole of the afternoon.",
        # nothing between the slashes but a lower-case word
        "ORSK, March 4. /and/. The consulate asked to see the detained engineer on Monday.",
        # too short for a lede
        "ORSK, March 4. /NORTA/. Consulate asks.",
    ],
)
def test_dateline_qa_ag_other_slashes_are_no_dateline(line: str) -> None:
    assert find(line, 0, len(line), in_lede=True) is None
