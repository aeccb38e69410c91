"""'The 154 deceased' counts the dead: a word that opens as a month does ('dec-') is no date."""

from storyline.compare.conflicts import count_disagreement
from storyline.compare.quantities import quantities


def test_the_deceased_are_a_toll():
    (q,) = quantities("Identification is complete for all of the 61 deceased except two")
    assert q.value == 61
    assert "die" in q.verbs


def test_the_deceased_disagree_with_another_toll():
    a = "Identification is complete for all of the 61 deceased except two, the minister said"
    b = "By Sunday evening, officials said 59 people were killed in the collapse"
    assert count_disagreement(a, b) is not None


def test_a_day_of_a_month_is_still_no_count():
    assert quantities("The bridge reopened on 12 Dec. after repairs") == []
    assert quantities("The vote is due on the 3rd of March") == []
