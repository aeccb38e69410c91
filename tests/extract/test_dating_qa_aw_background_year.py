"""Publication bounds of QA round AW: a year that dates a founding or an independence is no bound.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.dating import infer_published
from storyline.model import Article, MetaValue


def _low(text: str) -> str | None:
    return infer_published(Article(id="r", text=text, published=MetaValue(value=None))).low


def test_a_founding_year_bounds_no_publication() -> None:
    assert _low("The Orsk college, silent since its founding in 1636, closed its gates on Tuesday.") is None


def test_an_independence_year_bounds_no_publication() -> None:
    assert _low("Velmora, which gained independence in 1975, reported a cholera outbreak on Sunday.") is None


def test_a_year_of_an_act_still_bounds_the_publication() -> None:
    assert _low("The Orsk college closed its gates in 2031 after a long strike.") == "2031-01-01"
