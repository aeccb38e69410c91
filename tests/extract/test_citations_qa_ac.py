"""Credits read in more shapes (QA rounds AB and AC): an outlet that published or carried a statement ("The
official Corvan Press Agency also published the statement"), a news agency named in brackets after its kind
("the official Corvan news agency (CPA)"), a paper that "pointed out" something, and an agency named before its
kind ("the semi-official Harbour news agency said") in the second clause of a sentence that credits another.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.model import Article
from storyline.nlp.pipeline import parse


def _cited(text: str) -> list[str]:
    return [c.cites for c in extract_citations(Article(id="a", text=text), parse(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resume\n\nThe official Corvan Press Agency also published the statement.\n", ["Corvan Press Agency"]),
        ("Talks resume\n\nThe official Corvan news agency (CPA) also published the statement later on Friday.\n",
         ["CPA"]),
        ("Talks resume\n\nThe official Corvan news agency (CPA) said on Friday the talks would resume.\n", ["CPA"]),
        ("Steel tariffs\n\nThe Northfield Examiner pointed out that the mayor used the same law in 2019.\n",
         ["Northfield Examiner"]),
        ("Pilgrims\n\nThe Corvan state news agency CNA reported on Tuesday that 20 pilgrims had died, while the "
         "semi-official Harbour news agency said 11 sailors were also among the dead.\n", ["CNA", "Harbour"]),
    ],
)
def test_citations_qa_ac_outlet_credited(text: str, expected: list[str]) -> None:
    assert _cited(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Air quality\n\nThe Environmental Protection Agency published the statement on Monday.\n",
        "Aid convoy\n\nThe UN agency said 40 trucks had crossed into the valley.\n",
        "Budget\n\nThe ministry (MOF) said it would publish the figures.\n",
    ],
)
def test_citations_qa_ac_no_medium_no_credit(text: str) -> None:
    assert _cited(text) == []
