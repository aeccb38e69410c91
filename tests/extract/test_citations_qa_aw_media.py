"""Credits the blind reviews AW (#23) and AV found missing, cut short or wrong: an unlisted name called an outlet
in an apposition after it ("told TVX, the national broadcaster, that ...") is credited, and so is a later "according
to the broadcaster"; a name before a lower-case "news" ending the clause ("according to Coastal news") is the medium
the words came from; a bare "TV" before a name opens the outlet's name ("TV Velm Norte"), as it does in "TV Globo";
"told the Velm Courier's Ana Ruiz" credits the paper, and "the city's Medical Examiner" is an office, no paper.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.model import Article, MetaValue


def _cites(text: str) -> list[tuple[str, str, str]]:
    article = Article(id="a", text=text, outlet=MetaValue(value=None))
    return [(c.text, c.cites, c.kind) for c in extract_citations(article, None, ())]


def test_citations_qa_aw_an_apposition_makes_a_name_an_outlet_and_the_broadcaster_stands_for_it() -> None:
    text = ("Velm ferry sinks\n\nAna Ruiz, the harbour master, told VTX, the national broadcaster, that the "
            "victims were mostly fishermen. Two funerals were held on Monday, according to the broadcaster.\n")
    assert _cites(text) == [("told VTX", "VTX", "told"),
                            ("according to the broadcaster", "VTX", "according_to")]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master told Ana Ruiz, the mayor, that the ferry was late.",
        "The harbour master told Ana Ruiz, the broadcaster's chief, that the ferry was late.",
    ],
)
def test_citations_qa_aw_an_apposition_that_is_no_outlet_s_credits_nothing(text: str) -> None:
    assert _cites(text) == []


def test_citations_qa_aw_a_name_before_lower_case_news_ending_the_clause_is_the_medium() -> None:
    text = "“We lost everything,” said a fisherman named Tomas Velo, according to Coastal news.\n"
    assert _cites(text) == [("according to Coastal news", "Coastal news", "according_to")]


def test_citations_qa_aw_lower_case_news_reports_name_no_medium() -> None:
    assert _cites("The toll rose to twelve, according to Velm news reports.\n") == []


def test_citations_qa_aw_a_bare_tv_opens_the_outlet_s_name() -> None:
    text = "Local online media TV Velm Norte reported that the ferry had left at dawn.\n"
    assert [(cites, kind) for _, cites, kind in _cites(text)] == [("TV Velm Norte", "reported")]


@pytest.mark.parametrize(
    ("text", "cites"),
    [
        ("The ferry had left at dawn, state TV VTX reported.\n", "VTX"),
        ("The harbour master told TV Norte that the ferry had left at dawn.\n", "TV Norte"),
    ],
)
def test_citations_qa_aw_state_tv_stays_a_description_a_bare_tv_opens_the_name(text: str, cites: str) -> None:
    assert [name for _, name, _ in _cites(text)] == [cites]


def test_citations_qa_av_a_medical_examiner_is_an_office_not_a_paper() -> None:
    text = "All twelve died of burns, a spokeswoman for the city's Medical Examiner said.\n"
    assert _cites(text) == []


def test_citations_qa_av_a_paper_named_examiner_still_is_one() -> None:
    text = "All twelve died of burns, the Velm Examiner reported.\n"
    assert [cites for _, cites, _ in _cites(text)] == ["Velm Examiner"]


def _cites_parsed(text: str) -> list[tuple[str, str, str]]:
    from storyline.extract.entities import extract_entities
    from storyline.nlp.pipeline import parse

    article = Article(id="a", text=text, outlet=MetaValue(value=None))
    doc = parse(text)
    return [(c.text, c.cites, c.kind) for c in extract_citations(article, doc, extract_entities(article, doc))]


def test_citations_qa_av_told_a_paper_s_reporter_credits_the_paper() -> None:
    text = "A spokesman for the mayor told the Velm Courier's Ana Ruiz that the bridge had closed.\n"
    assert [(cites, kind) for _, cites, kind in _cites_parsed(text)] == [("Velm Courier", "told")]


def test_citations_qa_av_a_credit_line_ending_in_a_colon_credits_the_passage_below() -> None:
    from storyline.nlp.pipeline import parse

    text = ("Velm ferry sinks\n\nThe ferry sank on Friday.\n\nAccording to the Velm Courier:\n\n"
            "The ferry left the harbour at dawn with forty people on board.\n\n"
            "According to the maritime news site, Harbour Watch:\n\nThe hull had been patched twice.\n")
    article = Article(id="a", text=text, outlet=MetaValue(value=None))
    found = extract_citations(article, parse(text), ())
    assert [(c.text, c.cites, text[c.credited.start : c.credited.end]) for c in found] == [
        ("According to the Velm Courier", "Velm Courier",
         "The ferry left the harbour at dawn with forty people on board."),
        ("According to the maritime news site, Harbour Watch", "Harbour Watch", "The hull had been patched twice."),
    ]


def test_citations_qa_av_the_kind_of_outlet_then_its_name_between_commas_reported() -> None:
    text = "Local TV station, WVLM, reported that the bridge had closed at noon.\n"
    assert [(cites, kind) for _, cites, kind in _cites_parsed(text)] == [("WVLM", "reported")]


def test_citations_qa_av_a_person_between_commas_after_the_broadcaster_is_no_outlet() -> None:
    text = "A reporter for the broadcaster, Ana Ruiz, said that the bridge had closed at noon.\n"
    assert _cites_parsed(text) == []
