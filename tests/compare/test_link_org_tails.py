"""Linking an organisation's name that one report writes with "The" before its country, or with two kind words
after it ("The U.S. Bureau of Mines" / "US Bureau of Mines", "Pellin Co Ltd" / "Pellin Co")."""

from __future__ import annotations

import pytest
from compare_helpers import link as _link

from storyline.compare.link import bare_org


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("The U.S. Bureau of Coastal Mines", "bureau of coastal mine"),
        ("US Bureau of Coastal Mines", "bureau of coastal mine"),
        ("Pellin Co Ltd", "pellin"),
        ("Pellin Co", "pellin"),
        ("The Harbour Crimson", "the harbour crimson"),
    ],
)
def test_bare_org_article_and_kind_words(name: str, bare: str) -> None:
    assert bare_org(name) == bare


def test_link_two_kind_words_one_company(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "x": "Pellin Co Ltd said on Friday that its new pump would ship in May.",
        "y": "Shares of Pellin Co rose after the drugmaker said the pump would ship in May.",
    }
    ents = _link(nlp, texts)
    holders = {e.id for e in ents for m in e.mentions if texts[m.article][m.start : m.end].startswith("Pellin")}
    assert len(holders) == 1, [(e.name, e.members) for e in ents]
