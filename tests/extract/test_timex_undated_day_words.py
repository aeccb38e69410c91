""""today", "tomorrow" and "yesterday" in a report that has no date and no dateline.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from extract.timex_helpers import text_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today the count begins in Velmora, the electoral board said.", ("Today", "PRESENT_REF")),
        ("The board will publish the final tally tomorrow.", ("tomorrow", "FUTURE_REF")),
        ("Voters queued outside the schools of Velmora yesterday.", ("yesterday", "PAST_REF")),
    ],
)
def test_timex_undated_day_word_is_relative_to_the_report(text: str, expected: tuple[str, str]) -> None:
    assert expected in text_values(text)


def test_timex_dated_day_word_keeps_its_day() -> None:
    found = text_values("The board will publish the final tally tomorrow.", "2031-04-06")
    assert ("tomorrow", "2031-04-07") in found
