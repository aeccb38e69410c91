"""A page's first line shaped as a claim, a colon and who makes it ("Several heaters were running in flat where
deadly Norport fire started: fire sources") is its headline (blind review AV #19): left as text, it was counted
as the report's own words, and two versions of one report, one with that headline and one with its own, looked
less alike than they are. A lede's start with a colon and a clause after it stays text.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from furniture_helpers import headings

LEDE = (
    "The Norport flat where a deadly fire started had several heaters running at the time of the fire, and the one "
    "that sparked it may have been left on for days, fire sources said on Tuesday."
)
MORE = "Firefighters made the discovery as they sifted through the rubble of the flat."


@pytest.mark.parametrize(
    "headline",
    [
        "Several heaters were running in flat where deadly Norport fire started: fire sources",
        "Harbour bridge to stay shut all winter after cracks found in its main span: Velm Wire report",
        "Ferry operator ordered checks of every hull after the second sinking this month: police",
    ],
)
def test_furniture_a_first_line_closed_by_its_claims_source_is_the_headline(headline: str) -> None:
    assert headings(f"{headline}\n\n{LEDE}\n\n{MORE}") == [headline]


@pytest.mark.parametrize(
    "first",
    [
        # a clause after the colon: a lede's start, not who makes the claim
        "Several heaters were running in the flat where the fire started on Tuesday: the fire spread fast",
        # a long credit after the colon is no headline's source
        "Several heaters were running in the flat where the fire started: sources inside the Norport fire brigade "
        "said on Tuesday",
    ],
)
def test_furniture_a_first_line_with_a_clause_after_its_colon_stays_text(first: str) -> None:
    assert headings(f"{first}\n\n{LEDE}\n\n{MORE}") == []
