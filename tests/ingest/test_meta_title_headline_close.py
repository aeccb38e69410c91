"""QA round AG/AH: a headline that closes on a quoted phrase in single quotation marks or on a cut headline's dots
("Harbour union slams fees: ‘port made $9M in profits’") is the report's title, as furniture already reads it as a
heading; a line whose own words end a sentence before such a close is none.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.ingest.meta import infer_title
from storyline.model import Article

BODY = "The Velm dock workers' union said on Monday that the port authority had cut 300 jobs in the spring."


@pytest.mark.parametrize(
    "headline",
    [
        "Velm Dock Workers Union slams port layoffs: ‘authority made $9M in profits’",
        "Harbour board backs detained chief Ostrava Kell, says 'it is absurd to claim'....",
        "Velm port layoffs: union says 'we were never asked'",
    ],
)
def test_title_a_headline_closing_on_single_quotes_or_dots_is_the_title(headline: str) -> None:
    text = f"{headline}\n\n{BODY}"
    assert infer_title(Article(id="a", text=text)).title.value == headline


@pytest.mark.parametrize(
    "line",
    [
        "The union chief told workers the cuts were ‘a disgrace.’",
        "‘The port comes first’",
        "The union said the cuts were wrong. 'We were never asked'....",
    ],
)
def test_title_a_line_ending_a_sentence_before_its_close_is_none(line: str) -> None:
    text = f"{line}\n\n{BODY}"
    assert infer_title(Article(id="a", text=text)).title.value is None
