"""Outlet inference, QA N: a lawmaker's party and state is no dateline, and the second outlet of a credited pair
("reports by Reuters and the AP") is no report's own."""

from __future__ import annotations

import pytest

from storyline.ingest.meta import infer_outlet
from storyline.model import Article


@pytest.mark.parametrize(
    "text",
    [
        # a list of candidates: "(R-Texas) —" has a dateline's shape
        "Declared candidates.\n\nSen. Ada Brook (R-Texas) — Announced March 3, 2015\nBrook left the race in May.",
        "Declared candidates.\n\nRep. Tom Vell (D-N.Y.) — Announced April 9, 2015\nVell is still running.",
        # the agency credited second repeats its interviews in this report: no self-reference
        "At least 40 died, according to reports by Reuters and the Associated Press. A district official told "
        "the AP that 30 had died. \"Roads are blocked,\" a police officer told the AP. Twenty were hurt, a nurse "
        "told the AP by phone.",
    ],
)
def test_meta_qa_n_refuses_to_guess(text: str) -> None:
    assert infer_outlet(Article(id="t", text=text)).outlet.value is None


def test_meta_qa_n_agency_dateline_still_names_the_agency() -> None:
    text = "PORTVILLE (AP) — A ferry ran aground on Sunday, the harbour master said.\nNo one was hurt."
    article = infer_outlet(Article(id="t", text=text))
    assert (article.outlet.value, article.outlet.method) == ("AP", "dateline")
