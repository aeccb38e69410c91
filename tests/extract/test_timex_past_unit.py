"""'the past year', 'the past decade': a length of time up to now, as 'the past two years' is.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from timex_helpers import text_values as timexes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She is the third harbour master to quit in the past year.", ("the past year", "P1Y")),
        ("Rents have doubled over the past decade.", ("the past decade", "P10Y")),
    ],
)
def test_timex_the_past_unit_is_a_duration(text: str, expected: tuple[str, str]) -> None:
    assert expected in timexes(text, "2024-03-10")
