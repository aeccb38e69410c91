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


def test_timex_later_that_day_after_a_weekday_in_the_sentence_before_is_that_weekday() -> None:
    text = (
        "Police in Orvell shot a man during a traffic stop on Sunday. His mother spoke to marchers later that day, "
        "the Orvell Ledger reported.\n\nChief Anna Brask said Monday the shooting was an accident."
    )
    values = dict(text_values(text))
    assert values["later that day"] == "XXXX-WXX-7"
    assert values["Monday"] == "XXXX-WXX-1"


@pytest.mark.parametrize(
    "text",
    [
        # two sentences back: the day meant is not sure
        "Crowds gathered in Kessary on Sunday. Shops shut early. Fires were set later that day.",
        # another paragraph
        "Crowds gathered in Kessary on Sunday.\n\nFires were set later that day.",
    ],
)
def test_timex_later_that_day_far_from_its_weekday_has_no_value(text: str) -> None:
    assert dict(text_values(text))["later that day"] is None
