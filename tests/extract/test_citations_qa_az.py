"""Credits the blind review AZ (#14) found missing from the provenance: a public broadcaster named in full, its name
closing on "Broadcasting Corporation" ("According to the Velmish Broadcasting Corporation, the ferry carried ..."),
which no list of outlets knows: the name is an outlet's by its closing words, and is credited whole.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.model import Article, MetaValue


def _cites(text: str) -> list[tuple[str, str]]:
    article = Article(id="a", text=text, outlet=MetaValue(value=None))
    return [(c.cites, c.kind) for c in extract_citations(article, None, ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality of two words before the name: the lazy name stops at "the North Velmish"
        ("According to the North Velmish Broadcasting Corporation, the ferry was carrying 45 passengers.\n",
         [("North Velmish Broadcasting Corporation", "according_to")]),
        ("According to the Velmish Broadcasting Corporation, the ferry was carrying 45 passengers.\n",
         [("Velmish Broadcasting Corporation", "according_to")]),
        ("The harbour master told the Velm Broadcasting Service that the ferry was late.\n",
         [("Velm Broadcasting Service", "told")]),
    ],
)
def test_citations_qa_az_a_broadcaster_named_in_full(text: str, expected: list[tuple[str, str]]) -> None:
    assert _cites(text) == expected


def test_citations_qa_az_a_corporation_is_no_broadcaster_by_that_word_alone() -> None:
    text = "According to the Velm Shipping Corporation, the ferry was carrying 45 passengers.\n"
    assert _cites(text) == []
