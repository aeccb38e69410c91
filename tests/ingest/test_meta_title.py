"""A headline under a time stamp or a byline is the title; the stamp and the byline are not."""

from __future__ import annotations

import pytest

from storyline.ingest.meta import infer_title
from storyline.model import Article


@pytest.mark.parametrize(
    "top",
    ["Thu, 10 Aug, 2023 - 11:56", "Updated: 2023-07-23 01:21 GMT", "By Ana Ruiz"],
)
def test_title_skips_a_stamp_or_byline_above_the_headline(top: str) -> None:
    text = f"{top}\n\nVelm ferry returns after storm repairs\n\nThe ferry is back on its route."
    assert infer_title(Article(id="a", text=text)).title.value == "Velm ferry returns after storm repairs"


def test_title_a_headline_with_a_year_is_still_a_headline() -> None:
    text = "2023 in review: the year of the ferry\n\nIt was a long year for the port."
    assert infer_title(Article(id="a", text=text)).title.value == "2023 in review: the year of the ferry"
