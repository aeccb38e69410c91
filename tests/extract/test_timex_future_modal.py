"""A weekday governed by a future modal ("would hand in ... on Monday", "is to", "will ..., aides said")
points forward from the report's date.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from timex_helpers import text_values as timexes


# Sunday 2024-03-10
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Wexley daily said the mayor, who had already apologized and quit the board, would hand in "
            "her resignation on Monday morning.",
            ("Monday morning", "2024-03-11TMO"),
        ),
        ("The harbour master is to step down on Tuesday.", ("Tuesday", "2024-03-12")),
        ("The mayor will resign on Monday, aides said.", ("Monday", "2024-03-11")),
    ],
)
def test_timex_future_modal_points_a_weekday_forward(text: str, expected: tuple[str, str]) -> None:
    assert expected in timexes(text, "2024-03-10")


def test_timex_would_have_still_looks_back() -> None:
    text = "The mayor said the vote would have passed on Friday had the storm not closed the hall."
    assert ("Friday", "2024-03-08") in timexes(text, "2024-03-10")
