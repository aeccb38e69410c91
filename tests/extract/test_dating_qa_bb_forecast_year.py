"""Publication bounds of QA round BB: a year a forecast is for is no lower bound on the report's date.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.dating import infer_published
from storyline.model import Article, MetaValue


def _low(text: str) -> str | None:
    return infer_published(Article(id="r", text=text, published=MetaValue(value=None))).low


def test_the_years_a_forecast_covers_bound_no_publication() -> None:
    text = "The growth forecasts for Velmora for 2031 and 2032 were moved up by the budget office on Wednesday."
    assert _low(text) is None


def test_a_target_year_bounds_no_publication() -> None:
    assert _low("The ministry's emissions target for 2040 was cut on Monday.") is None


def test_a_year_told_as_past_still_bounds_the_publication() -> None:
    assert _low("The Velmora budget office cut its forecasts in 2031 after a weak harvest.") == "2031-01-01"
