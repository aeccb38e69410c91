"""A group told as missing before ("who were missing after the storm") and another report's "found alive" agree."""

from storyline.compare.fates import fate_conflict


def test_a_past_missing_state_and_found_alive_agree():
    a = "Rangers carry the three hikers who were missing after the avalanche down to the valley"
    b = "The three hikers who were found alive on Friday were flown to a clinic"
    assert fate_conflict(a, b) is None
    assert fate_conflict(b, a) is None


def test_still_missing_and_found_alive_still_disagree():
    a = "The three hikers were still missing on Thursday night"
    b = "The three hikers who were found alive on Friday were flown to a clinic"
    assert fate_conflict(a, b) is not None


def test_a_group_that_had_been_missing_tells_no_state_of_now():
    a = "All three hikers who had been missing since the avalanche were found alive"
    b = "Rangers said the three hikers were found dead"
    found = fate_conflict(a, b)
    assert found is not None
    assert "missing" not in found.why
