"""A known place in title case glued to its colon opening the lede ("Beirut: Dozens of ..."): a dateline, not the
first words of the report's first fact (QA round AB). A heading's "Paris: a city of bridges" is none.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.dateline import find
from storyline.extract.furniture import find_furniture
from storyline.model import Article
from storyline.nlp.pipeline import parse

LEDE = (
    "Dozens of fishermen have fallen ill in the Tollvey marsh this season amid a heatwave, according to "
    "figures released by the Tollvey harbour board."
)
TEXT = f"Marsh fever spreads in Tollvey\n\nBeirut: {LEDE}\n\nThe board said on Tuesday that 41 had recovered."


def test_dateline_qa_ab_title_case_place_and_colon_is_a_dateline() -> None:
    start = TEXT.index("Beirut:")
    found = find(TEXT, start, start + len("Beirut: ") + len(LEDE), in_lede=True)
    assert found is not None
    assert TEXT[found.start : found.end] == "Beirut:"


def test_dateline_qa_ab_title_case_place_and_colon_is_furniture_even_when_parsed_as_a_person() -> None:
    article = Article(id="a", text=TEXT)
    found = [(f.kind, TEXT[f.span.start : f.span.end]) for f in find_furniture(article, parse(TEXT))]
    assert ("dateline", "Beirut:") in found


def test_dateline_qa_ab_a_heading_phrase_after_a_place_and_colon_is_no_dateline() -> None:
    text = "Paris: a city of bridges and markets seen from the river boats"
    assert find(text, 0, len(text), in_lede=True) is None
