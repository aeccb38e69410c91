"""QA round M #10: a date fixed for later, told in the past, bounds no report's date from below.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.dating import infer_published
from storyline.model import Article


@pytest.mark.parametrize(
    "fixed",
    [
        "A sentencing date was set for March 28, 2032.",
        "The appeal hearing was adjourned until March 28, 2032.",
        "The next round of talks was scheduled for March 28, 2032.",
    ],
)
def test_dating_a_date_fixed_for_later_is_no_lower_bound(fixed: str) -> None:
    text = (
        "A jury in Harlow on Thursday found the shipping magnate Oren Vale guilty of fraud, after a trial that "
        f"began in September 2031. {fixed} Vale denied the charges throughout."
    )
    meta = infer_published(Article(id="a", text=text))
    assert meta.low == "2031-09-01"


def test_dating_a_date_told_in_the_past_still_bounds_from_below() -> None:
    text = "The shipping magnate Oren Vale was arrested on March 28, 2032, police said on Thursday."
    assert infer_published(Article(id="a", text=text)).low == "2032-03-28"
