"""A page's first line shaped as a headline is its headline over a plain lede too: a topic and a colon before its
claim, or title case (blind QA round S #10: "Name: Country frees ... in swap with ..." and a 21-word title-case
headline became facts, one of them "corroborated" by another report's headline)."""

from __future__ import annotations

import pytest
from furniture_helpers import headings

LEDE = (
    "Norland and Velmia have exchanged the jailed sailor Orla Venn for the smuggler Piet Darrow, who had been held "
    "in a Norland prison for nine years, officials in both capitals confirmed on Thursday."
)
MORE = "Venn landed at Kestow airport late on Thursday and was met by her family, the harbour council said."


@pytest.mark.parametrize(
    "headline",
    [
        # a name and a colon, thirteen words
        "Orla Venn: Norland frees jailed sailor in swap with smuggler Piet Darrow at last",
        # a topic and a colon, fifteen words
        "Prisoner exchange between Norland and Velmia: jailed Norland sailor Orla Venn is freed after nine months",
        # title case, twenty-one words
        "Orla Venn Is Freed in Prisoner Swap for Velmia's 'Lord of Nets' Piet Darrow in Deal Brokered by "
        "Kestow Harbour Council",
    ],
)
def test_furniture_a_first_line_shaped_as_a_headline_over_a_plain_lede_is_the_headline(headline: str) -> None:
    assert headings(f"{headline}\n\n{LEDE}\n\n{MORE}") == [headline]


@pytest.mark.parametrize(
    "first",
    [
        # a lede's start in sentence case, no colon
        "Norland and Velmia have exchanged the jailed sailor Orla Venn for the smuggler Piet Darrow on Thursday",
        # a colon, but a reporter's "said" before it
        "The harbour council said on Thursday: Norland has freed the jailed sailor Orla Venn in a swap",
    ],
)
def test_furniture_a_long_first_line_not_shaped_as_a_headline_stays_text(first: str) -> None:
    assert headings(f"{first}\n\n{LEDE}\n\n{MORE}") == []
