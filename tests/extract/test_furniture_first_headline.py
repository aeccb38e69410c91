"""A page's first line is its headline even when it runs longer than a section heading (blind QA round R #12: an
eleven- and a fifteen-word headline became facts and a speech item "... – cites volatile situation")."""

from __future__ import annotations

import pytest
from furniture_helpers import headings

LEDE = (
    "VELM, Norland — An urgent order to check every hull was issued Sunday evening by the port authority and the "
    "ferry operator after a crack was found below the waterline of the harbour ferry."
)
MORE = "Divers checked the hull on Monday and found a second crack, the port authority said."


@pytest.mark.parametrize(
    "headline",
    [
        # title case, eleven words
        "Norland Port Chief Ana Ruiz, Velm Officials Order Urgent Checks of Every Hull",
        # sentence case, a second clause after a comma
        "Velm orders urgent checks of every ferry hull after crack found below waterline, cites risk of sinking",
    ],
)
def test_furniture_a_long_first_line_over_a_longer_paragraph_is_the_headline(headline: str) -> None:
    assert headings(f"{headline}\n\n{LEDE}\n\n{MORE}") == [headline]


@pytest.mark.parametrize(
    "first",
    [
        # a lede that lost its full stop: a reporter's "said"
        "Divers found a second crack in the hull of the harbour ferry on Monday, the port authority said",
        # a lede opening on its dateline
        "VELM, Norland — Divers found a second crack in the hull of the harbour ferry on Monday afternoon",
    ],
)
def test_furniture_a_lede_without_its_full_stop_is_no_headline(first: str) -> None:
    assert headings(f"{first}\n\n{LEDE}\n\n{MORE}") == []


def test_furniture_a_long_first_line_over_no_lede_is_no_headline() -> None:
    """Below it a shorter paragraph, or one with no dateline: the line may be the lede's own start."""
    first = "Divers found a second crack in the hull of the harbour ferry on Monday after the tide went out"
    assert headings(f"{first}\n\n{MORE}") == []
    assert headings(f"{first}\n\n{LEDE.partition(' — ')[2]}") == []
