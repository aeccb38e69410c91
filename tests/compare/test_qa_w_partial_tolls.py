"""A tally that its own report says leaves a place out ("But the tally did not include Marrowby", "not counting
Marrowby") is no toll of that place: another report's larger toll is no conflict with it (QA round W). Fictional
texts."""

from __future__ import annotations

import pytest
from compare_helpers import sentence_facts

_LARGER = ["At least 90 people have lost their lives in Marrowby, the ministry said."]


@pytest.mark.parametrize(
    "partial",
    [
        ["The confirmed death toll from the storm stood at 60 as of Tuesday, according to health officials.",
         "But the tally did not include Marrowby, which had been cut off."],
        ["The confirmed death toll from the storm stood at 60, not counting Marrowby, health officials said."],
        ["Health officials said 60 people had died, excluding Marrowby."],
    ],
)
def test_a_tally_that_leaves_a_place_out_is_no_rival_toll(partial: list[str]) -> None:
    facts = sentence_facts([partial, _LARGER])
    assert [f.why for f in facts if f.status == "conflict"] == []


def test_a_tally_that_leaves_nothing_out_still_conflicts() -> None:
    facts = sentence_facts([
        ["The confirmed death toll from the storm stood at 60 as of Tuesday, according to health officials.",
         "But the roads to Marrowby stayed closed."],
        _LARGER,
    ])
    assert len([f for f in facts if f.status == "conflict"]) == 2
