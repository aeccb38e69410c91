"""An agency's dateline whose date has its year still names the report's outlet.

The texts are written for these tests; the places are made up.
"""

from __future__ import annotations

import pytest

from storyline.ingest.meta import infer_outlet
from storyline.model import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PORT ALDER, Aug. 23, 2023 (AP) — Divers searched the flooded quarry on Wednesday, officials said.", "AP"),
        ("Aug. 23, 2023 (UPI) -- Divers searched the flooded quarry on Wednesday, officials said.", "UPI"),
        ("PORT ALDER, Aug. 23 (AP) — Divers searched the flooded quarry on Wednesday, officials said.", "AP"),
    ],
)
def test_meta_dateline_with_year_names_the_agency(text: str, expected: str) -> None:
    outlet = infer_outlet(Article(id="t", text=text)).outlet
    assert outlet.value == expected
    assert outlet.method == "dateline"
