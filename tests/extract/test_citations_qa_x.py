"""Outlet credits QA rounds X and Y found missing or wrong: a nationality outside the usual suffixes, a cue that
opens the sentence, a medium named after the outlet, and "the agency" that is another agency than the news one."""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.model import Article, MetaValue


def _cites(text: str) -> list[tuple[str, str, str]]:
    article = Article(id="a", text=text, outlet=MetaValue(value=None))
    return [(c.text, c.cites, c.kind) for c in extract_citations(article, None, ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine boats were searched, Mira Tolva of the refugee office told the Greek public broadcaster Aktis.",
            [("told the Greek public broadcaster Aktis", "Aktis", "told")],
        ),
        (
            "Talking to the Harbour News Agency, a nurse in Velmont said the ward was full.",
            [("Talking to the Harbour News Agency", "Harbour News Agency", "told")],
        ),
        (
            "The boat had left Corvo two days earlier, according to Swiss national broadcaster Aktis.",
            [("according to Swiss national broadcaster Aktis", "Aktis", "according_to")],
        ),
        (
            "The crew refused any help, the port chief told local ZETA television on Thursday.",
            [("told local ZETA television", "ZETA", "told")],
        ),
        # no outlet: officials, not a medium, after the reach of "local"
        ("The crew refused any help, the port chief told local officials on Thursday.", []),
    ],
)
def test_citations_qa_x_outlet_credits(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _cites(text) == expected


def test_citations_the_agency_is_the_news_agency_until_another_agency_is_named() -> None:
    # the news agency is named only where it is credited; after "the fire agency", "the agency" is that one
    text = (
        "A jet crashed at Velmont airport, according to state news agency Corvan.\n\n"
        "Rescuers reached the tail first, the agency said.\n\n"
        "\u201cOf the 90 dead, 20 have been identified,\u201d the fire agency said.\n\n"
        "The fire on the runway has been put out, the agency said."
    )
    assert [(c.text, c.cites) for c in extract_citations(Article(id="a", text=text), None, ())] == [
        ("according to state news agency Corvan", "Corvan"),
        ("the agency said", "Corvan"),
    ]
