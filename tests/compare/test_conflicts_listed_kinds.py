"""A count of one kind in a list of counts by kind ("nine counts of arson and one count of attempted arson") is
what another report's count of that kind alone is set against, not the list's sum (QA BB #4)."""

from storyline.compare.conflicts import count_disagreement


def test_a_count_of_another_kind_in_a_list_is_no_part_of_the_count():
    a = "Tobin Marsh was charged with nine counts of arson in the first degree and one count of attempted arson."
    b = "Prosecutors said Marsh had been charged with nine counts of arson over the fires."
    assert count_disagreement(a, b) is None
    assert count_disagreement(b, a) is None


def test_a_count_of_the_kind_that_differs_from_the_lists_still_conflicts():
    a = "Tobin Marsh was charged with nine counts of arson in the first degree and one count of attempted arson."
    b = "Prosecutors said Marsh had been charged with seven counts of arson over the fires."
    assert count_disagreement(a, b) is not None


def test_a_count_of_no_kind_is_still_set_against_the_lists_sum():
    a = "Tobin Marsh was charged with nine counts of arson and one count of attempted arson."
    b = "Tobin Marsh was charged with nine counts in all."
    assert count_disagreement(a, b) is not None
