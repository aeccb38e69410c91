"""The lead index a stream keeps (``storyline.stories.passages.LeadIndex``): bounded, and blind to stock text.

All reports here are fictional, written for these tests.
"""

from __future__ import annotations

import json

import pytest

from storyline.stories.passages import MAX_SHARING, LeadIndex, lead_keys, shared_pairs

from ._reports import ARREST_ONE
from .test_incremental_leads import PADDED_COPY, QUAY_REPORT, WIRE


def test_lead_index_forgets_reports_past_its_window() -> None:
    leads = LeadIndex(window=2)
    wire, quay, arrest = lead_keys(WIRE), lead_keys(QUAY_REPORT), lead_keys(ARREST_ONE)
    assert leads.add(wire) == 0
    assert list(leads.partners(lead_keys(PADDED_COPY))) == [0]
    leads.add(quay)
    leads.add(arrest)  # the wire leaves the window
    assert len(leads) == 2
    assert leads.partners(lead_keys(PADDED_COPY)) == {}
    assert list(LeadIndex.from_state(json.loads(json.dumps(leads.to_state()))).partners(arrest)) == [2]


def test_lead_index_skips_a_stock_lead_as_the_batch_does() -> None:
    # a lead that more than ``MAX_SHARING`` reports carry, the new one included, is a site's stock text
    wire = lead_keys(WIRE)
    crowd = LeadIndex()
    for _ in range(MAX_SHARING - 1):
        crowd.add(wire)
    assert len(crowd.partners(wire)) == MAX_SHARING - 1
    assert len(shared_pairs([wire] * MAX_SHARING)) == MAX_SHARING * (MAX_SHARING - 1) // 2
    crowd.add(wire)
    assert crowd.partners(wire) == {}
    assert shared_pairs([wire] * (MAX_SHARING + 1)) == {}


def test_lead_index_needs_a_window() -> None:
    with pytest.raises(ValueError, match="window"):
        LeadIndex(window=0)
