"""Round AC: a choice of two quarters ("the second or third quarter of next year") is no one quarter: it takes the
half both lie in, else their year.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from timex_helpers import text_values


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The merger of Orlan Mills and Brackwater Iron should close in the second or third quarter of next year.",
         "the second or third quarter of next year", "2024"),
        ("Halden Ferries expects the new terminal to open in the first or second quarter of 2025.",
         "the first or second quarter of 2025", "2025-H1"),
        ("Talks on the Brackwater sale may end in the third or fourth quarter.", "the third or fourth quarter",
         "2023-H2"),
        # one quarter keeps its value
        ("The sale should close in the third quarter of next year.", "the third quarter of next year", "2024-Q3"),
    ],
)
def test_timex_two_quarters_told_as_a_choice_are_no_one_quarter(text: str, expr: str, value: str) -> None:
    assert (expr, value) in text_values(text, "2023-12-18")


def test_timex_two_quarters_in_a_report_with_no_date_keep_no_year() -> None:
    text = "The sale of Brackwater Iron is expected to close in the second or third quarter of next year."
    assert ("the second or third quarter of next year", "XXXX") in text_values(text)
