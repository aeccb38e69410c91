"""Round AF: decades written as words ("the Seventies"), and values a story's own dates fill in for a report that
has none ("next month", "this year", "last year"), and "later that day" after a day told in the sentence before.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from timex_helpers import text_values


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("A faded photo from the Seventies shows the pair on a Kessary stage.", "the Seventies", "197"),
        ("The Orvell mill grew fast in the early Eighties.", "the early Eighties", "198"),
        ("Dance halls of the mid-Sixties were loud.", "the mid-Sixties", "196"),
    ],
)
def test_timex_a_decade_written_as_a_word_after_the_is_that_decade(text: str, expr: str, value: str) -> None:
    assert (expr, value) in text_values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures in the seventies are usual in Orsk.",  # lower case: degrees, not a decade
        "Both of them are in their Seventies now.",  # an age
    ],
)
def test_timex_a_decade_word_without_the_or_in_lower_case_is_not_a_decade(text: str) -> None:
    assert all(not (v or "").startswith("19") for _t, v in text_values(text))
