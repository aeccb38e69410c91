"""A wire's dateline or sign-off in its own copy signs the text (kind ``self``), and a pair of outlets credited
together ("reports by X and Y") credits both (QA N)."""

from __future__ import annotations

import pytest

from storyline.extract.citations import extract_citations
from storyline.model import Article, MetaValue


def _cites(text: str, outlet: str | None = None) -> list[tuple[str, str, str]]:
    article = Article(id="a", text=text, outlet=MetaValue(value=outlet))
    return [(c.text, c.cites, c.kind) for c in extract_citations(article, None, ())]


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        # the agency's own copy: its dateline is its signature, as a byline is
        ("PORTVILLE (AP) — A ferry ran aground on Sunday.\nNo one was hurt.", "AP", [("(AP) —", "AP", "self")]),
        ("Lima, Nov 19 (EFE).- A ferry ran aground on Sunday.", "EFE", [("(EFE).-", "EFE", "self")]),
        (
            "A ferry ran aground off Portville on Sunday.\nNo one was hurt, the harbour master said.\nEFE",
            "EFE",
            [("EFE", "EFE", "self")],
        ),
        # a paper carrying the agency's copy credits the agency for it
        (
            "PORTVILLE (AP) — A ferry ran aground on Sunday.\nNo one was hurt.",
            "Harbor Gazette",
            [("(AP) —", "AP", "reported")],
        ),
    ],
)
def test_citations_wire_signature_in_own_copy(text: str, outlet: str, expected: list[tuple[str, str, str]]) -> None:
    assert _cites(text, outlet) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 40 died, according to reports by Reuters and the Associated Press, citing officials.",
            [("reports by Reuters", "Reuters", "reported"), ("the Associated Press", "AP", "reported")],
        ),
        (
            "The pier closed on Monday, citing the Lakeside Gazette and Valley Radio.",
            [("citing the Lakeside Gazette", "Lakeside Gazette", "citing"), ("Valley Radio", "Valley Radio", "citing")],
        ),
        # what follows "and" is no outlet: only the first is credited
        ("The pier closed on Monday, according to Reuters and local officials.",
         [("according to Reuters", "Reuters", "according_to")]),
        ("The pier closed, according to the Lakeside Gazette and Mayor Ann Holt.",
         [("according to the Lakeside Gazette", "Lakeside Gazette", "according_to")]),
    ],
)
def test_citations_pair_of_outlets_credits_both(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _cites(text) == expected
