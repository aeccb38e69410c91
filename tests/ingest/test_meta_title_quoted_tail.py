"""QA round AA: a headline that ends in a quoted phrase after its colon ("Harbour Chief On Ferry Deal: “The Port
Comes First”") is the title; a line that ends a sentence inside its quotation marks is none. QA rounds AG/AH: so is
a headline closing on a quoted phrase in single quotation marks or on a cut headline's dots ("Harbour union slams
fees: ‘port made $9M in profits’"); a line whose own words end a sentence before such a close is none.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.ingest.meta import infer_title
from storyline.model import Article

BODY = "About an hour after the vote on Tuesday, the Velm harbour chief stood before a crowd of ferry workers."


@pytest.mark.parametrize(
    "headline",
    [
        "Velm Harbour Chief And Mayor Talk About $41 Million Ferry Deal: “The Port Comes First, Ships Come Second”",
        'Velm Harbour Chief On Ferry Deal: "The Port Comes First"',
        "Velm ferry deal signed — “a new start for the port”",
        "Velm Dock Workers Union slams port layoffs: ‘authority made $9M in profits’",
        "Harbour board backs detained chief Ostrava Kell, says 'it is absurd to claim'....",
        "Velm port layoffs: union says 'we were never asked'",
    ],
)
def test_title_a_headline_ending_in_a_quoted_phrase_is_the_title(headline: str) -> None:
    text = f"{headline}\n\n{BODY}"
    assert infer_title(Article(id="a", text=text)).title.value == headline


@pytest.mark.parametrize(
    "line",
    [
        "The harbour chief told workers: “The port comes first.”",
        "“The port comes first”",
        "The union chief told workers the cuts were ‘a disgrace.’",
        "‘The port comes first’",
        "The union said the cuts were wrong. 'We were never asked'....",
    ],
)
def test_title_a_line_ending_a_sentence_in_quotation_marks_is_none(line: str) -> None:
    text = f"{line}\n\n{BODY}"
    assert infer_title(Article(id="a", text=text)).title.value is None
