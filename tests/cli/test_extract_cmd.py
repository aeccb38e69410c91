"""``storyline extract``'s output line: metadata as the contract writes it."""

from __future__ import annotations

import pytest

from storyline.cli.extract_cmd import meta_json
from storyline.model import MetaValue


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (MetaValue(value="2024-03-11", inferred=False), {"value": "2024-03-11", "inferred": False}),
        (MetaValue(value="2024-03-11", inferred=True, method="text-dates"),
         {"value": "2024-03-11", "inferred": True, "method": "text-dates"}),
        # inference was tried and found nothing: no value, so nothing is marked inferred
        (MetaValue(value=None, inferred=True, method="text-dates"),
         {"value": None, "inferred": False, "method": "text-dates"}),
        (MetaValue(value=None, inferred=True, low="2019-03-02", method="text-dates"),
         {"value": None, "inferred": False, "low": "2019-03-02", "high": None, "method": "text-dates"}),
    ],
)
def test_extract_cmd_meta_is_inferred_only_with_a_value(meta: MetaValue, expected: dict[str, object]) -> None:
    assert meta_json(meta) == expected
