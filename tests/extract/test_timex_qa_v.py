"""QA round V: a century written as its hundreds, and "this past week".

"in the 1800s" is the nineteenth century, TIMEX3 ``18`` as "the 19th century" is, not the decade 1800-1809
(``180``); "the 1990s" stays a decade and "the 2000s" its first decade. "this past week" told on a Saturday is
the week now ending, told on a Tuesday the week before, as "last week" is.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from timex_helpers import text_values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Velmora was a trading post in the 1800s.", "the 1800s", "18"),
        ("The Orvell mill opened in the early 1900s.", "the early 1900s", "19"),
        ("The Orvell mill closed in the 1990s.", "the 1990s", "199"),
        ("Phones spread through Velmora in the 2000s.", "the 2000s", "200"),
    ],
)
def test_timex_qa_v_hundreds_are_a_century(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in text_values(text, "2031-05-14")


@pytest.mark.parametrize(
    ("anchor", "value"),
    [
        ("2031-05-17", "2031-W20"),  # a Saturday: the week now ending
        ("2031-05-18", "2031-W20"),  # a Sunday
        ("2031-05-13", "2031-W19"),  # a Tuesday: the week before
    ],
)
def test_timex_qa_v_this_past_week(anchor: str, value: str) -> None:
    text = "A fire that swept through Velmora this past week killed 40 people, officials said."
    assert ("this past week", value) in text_values(text, anchor)
