"""Credits from QA round AK (#17): a programme where a politician spoke on air is no credit of its outlet; "following
reports in <outlet> that ..." credits the outlet for what follows "that"; "Source: agencies" credits unnamed wire
agencies for the whole text.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.citations import UNNAMED_AGENCIES, extract_citations
from storyline.model import Article
from storyline.nlp.pipeline import parse


def _cited(text: str) -> list[tuple[str, str, str]]:
    found = extract_citations(Article(id="a", text=text), parse(text))
    return [(c.cites, c.kind, text[c.credited.start : c.credited.end]) for c in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Piet Moss, the harbour spokesman, told BBC Radio 4’s Morning Desk programme that the contracts were sound.",
        "Piet Moss told CNN’s State of the Harbour that the contracts were sound.",
        "In an interview with BBC Radio 5’s Late Call, Piet Moss said the contracts were sound.",
    ],
)
def test_citations_qa_ak_speaking_on_a_programme_is_no_credit(sentence: str) -> None:
    assert _cited("Harbour minister quits\n\n" + sentence + "\n") == []


def test_citations_qa_ak_told_the_outlet_itself_still_credits_it() -> None:
    text = "Harbour minister quits\n\nPiet Moss told the BBC that the contracts were sound.\n"
    assert [c for c, _, _ in _cited(text)] == ["BBC"]


def test_citations_qa_ak_reports_in_an_outlet_that() -> None:
    text = ("Harbour minister quits\n\nOrla Venn was under pressure following reports in The Guardian that she "
            "told a clerk to “clear your desk”.\n")
    assert _cited(text) == [("The Guardian", "reported", text.split("\n\n")[1].strip())]


def test_citations_qa_ak_reports_in_a_person_are_no_credit() -> None:
    text = "Harbour minister quits\n\nShe denied reports by Piet Moss that the contracts were rigged.\n"
    assert _cited(text) == []


def test_citations_qa_ak_source_agencies_credits_the_whole_text() -> None:
    body = "Orla Venn resigned as harbour minister on Tuesday.\n\nShe denies any wrongdoing.\n\n"
    cited = _cited("Harbour minister quits\n\n" + body + "Source: agencies\n")
    assert [(c, k) for c, k, _ in cited] == [(UNNAMED_AGENCIES, "syndication")]
    assert cited[0][2].endswith("She denies any wrongdoing.")
