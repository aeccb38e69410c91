"""A figure after a month's name is a day of it ("Dec. 5", "March 3"); a word that merely opens with a month's
letters ("Wednesday marked 41 days", "declared 3") makes no day. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from storyline.compare.words import figure


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Tuesday marked 41 days since the walkout began", "41"),
        ("the council declared 3 zones closed", "3"),
        ("maybe 5 boats were lost", "5"),
        ("talks resume on March 3 in Velden", "3-mar"),
        ("the vote is set for Dec. 5 this year", "5-dec"),
        ("the fair opens 12 September", "12-sep"),
        ("the fair opens Sept 12", "12-sep"),
    ],
)
def test_a_figure_is_a_day_only_beside_a_month_name(text: str, token: str) -> None:
    digits = next(w for w in text.split() if w[:1].isdigit())
    start = text.index(digits)
    assert figure(text, start, start + len(digits)) == token
