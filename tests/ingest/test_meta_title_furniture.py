"""The title is the headline below the page's furniture: not a promotion, a section name, a caption or a stamp."""

from __future__ import annotations

import pytest

from storyline.ingest.meta import infer_title
from storyline.model import Article

HEADLINE = "Velm ferry aground off the point in thick fog"
LEDE = "The harbour ferry ran aground off Velm Point on Tuesday, the port authority said."
MORE = "Divers checked the hull on Wednesday."


def _title(text: str) -> str | None:
    return infer_title(Article(id="a", text=text)).title.value


@pytest.mark.parametrize(
    "top",
    [
        "Travel & Leisure",  # a section name right above the headline
        "Crews stand by the ferry at Velm Point on March 5, 2024. Velm Post/ Ana Ruiz",  # a caption with its credit
        "This is AI generated summarization, which may have errors.",  # a machine-writing disclaimer
        "Published: Mar. 4, 2024 at 9:12 AM CST|Updated: 12 minutes ago",  # a page's stamps
    ],
)
def test_title_is_the_headline_below_furniture(top: str) -> None:
    assert _title(f"{top}\n{HEADLINE}\n\n{LEDE}\n\n{MORE}") == HEADLINE


def test_title_headline_below_several_furniture_lines() -> None:
    text = f"Travel & Leisure\nWatch more News on HarbourTV\n\n{HEADLINE}\n\n{LEDE}\n\n{MORE}"
    assert _title(text) == HEADLINE


def test_title_a_promotion_above_the_lede_is_no_title() -> None:
    assert _title(f"Watch more News on HarbourTV\n\n{LEDE}\n\n{MORE}") is None


def test_title_a_fragment_is_no_title() -> None:
    """A line that opens in lower case is the rest of a sentence, not a headline."""
    assert _title(f"and the ferry ran aground off the point\n\n{LEDE}\n\n{MORE}") is None


def test_title_a_short_headline_above_the_lede_stays_the_title() -> None:
    """A headline of few words is no section name when a sentence, not a headline, comes under it."""
    assert _title(f"Ferry aground\n\n{LEDE}\n\n{MORE}") == "Ferry aground"
