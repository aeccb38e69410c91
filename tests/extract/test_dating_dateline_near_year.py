"""A dateline's month and day with no year takes the year of a day the report writes with its year close to it,
when the lede's weekday falls on the dateline's day in that year.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.dating import infer_published
from storyline.model import Article, MetaValue


def _published(text: str) -> str | None:
    return infer_published(Article(id="d", text=text, published=MetaValue())).value


def test_dating_a_dateline_takes_the_year_of_a_deadline_written_with_it() -> None:
    text = (
        "Velland expels four envoys\n\nORSK, Oct 14 (Norvik Wire) -- Velland on Monday decided to expel four "
        "envoys of Tarsia.\n\nThe ministry said the envoys were asked to leave by 11:59 PM on October 19, 2024."
    )
    assert _published(text) == "2024-10-14"


@pytest.mark.parametrize(
    "text",
    [
        # the weekday does not fall on October 14 in 2023: the written day is an old one
        "ORSK, Oct 14 (Norvik Wire) -- Velland on Monday marked a year since the floods of October 19, 2023.",
        # no weekday in the lede to check the year against
        "ORSK, Oct 14 (Norvik Wire) -- Velland expelled four envoys, who must leave by October 19, 2024.",
        # the written day is far from the dateline's
        "ORSK, Oct 14 (Norvik Wire) -- Velland on Monday recalled the treaty of March 2, 2024.",
    ],
)
def test_dating_a_dateline_keeps_no_year_without_a_close_agreeing_day(text: str) -> None:
    assert _published(text) is None
