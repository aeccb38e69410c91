"""Citations, QA O: an outlet named after a description of its kind ("told the television channel Canal
Nueve"), the clause a mid-sentence "according to X," credits, and a dateline in the report's own copy."""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.model import Article, MetaValue


def _cites(text: str, outlet: str | None = None) -> list[tuple[str, str, str, str]]:
    article = Article(id="a", text=text, outlet=MetaValue(value=outlet))
    found = extract_citations(article, None, ())
    return [(c.text, c.cites, c.kind, text[c.credited.start : c.credited.end]) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "\u201cThe pier shook like a drum,\u201d Lina Ortez, a hotel clerk, told the television channel "
            "Canal Nueve.",
            [("told the television channel Canal Nueve", "Canal Nueve", "told", "The pier shook like a drum")],
        ),
        (
            "\u201cWe lost the roof,\u201d a fisherman told the TV station Bahia Uno on Friday.",
            [("told the TV station Bahia Uno", "Bahia Uno", "told", "We lost the roof")],
        ),
    ],
)
def test_citations_qa_o_described_outlet(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # the credit opens the second clause: the first is the report's own
        (
            "Floods outside Portville kept crews from the coast, and according to the Associated Press, the 2,000 "
            "soldiers sent to the area lacked the boats they needed.",
            "the 2,000 soldiers sent to the area lacked the boats they needed.",
        ),
        # a credit inside the only clause still covers the sentence
        (
            "The soldiers, according to the Associated Press, lacked the boats they needed to reach the coast.",
            "The soldiers, according to the Associated Press, lacked the boats they needed to reach the coast.",
        ),
        # a relative "that" deep in the credited clause is no "reported that"
        (
            "Reuters said the ferry, based in Portville, was due to carry supplies to towns hit by a storm that"
            " struck the coast on Monday.",
            "the ferry, based in Portville, was due to carry supplies to towns hit by a storm that struck the coast"
            " on Monday.",
        ),
        # a trailing credit covers what comes before it
        (
            "The soldiers lacked the boats they needed, according to the Associated Press.",
            "The soldiers lacked the boats they needed",
        ),
    ],
)
def test_citations_qa_o_credited_clause(text: str, credited: str) -> None:
    (found,) = _cites(text)
    assert found[3] == credited


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        # the report's own outlet signing its copy, bracketed or after the place: no credit of another newsroom
        ("PORTVILLE, Oct 30 (Reuters) - The ferry sank on Monday.\nNo one was hurt.", "Reuters",
         [("(Reuters) -", "Reuters", "self")]),
        ("Portville CNN \u2013\nThe ferry sank on Monday, the harbour master said.\nNo one was hurt.", "CNN",
         [("CNN \u2013", "CNN", "self")]),
    ],
)
def test_citations_qa_o_own_dateline_is_self(text: str, outlet: str, expected: list[tuple[str, str, str]]) -> None:
    assert [c[:3] for c in _cites(text, outlet)] == expected
