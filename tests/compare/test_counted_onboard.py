"""'130 people onboard' counts people, who were on board: "onboard" is said of the count, no counted noun."""

from storyline.compare.conflicts import count_disagreement
from storyline.compare.quantities import quantities


def test_people_onboard_are_people_on_board():
    (q,) = quantities("The launch carried 60 people onboard")
    assert q.unit == "people"
    assert "aboard" in q.verbs


def test_a_part_of_those_onboard_rescued_meets_a_count_of_the_rescued():
    a = "Only four of the 60 people onboard have so far been rescued, the governor said"
    b = "Coastguards said nine people had been rescued by Monday night"
    found = count_disagreement(a, b)
    assert found is not None
    assert found.update
