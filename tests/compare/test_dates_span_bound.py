"""A date told as where a span starts ("since March 3") is no date of the act another statement dates."""

from storyline.compare.dates import date_conflict


def test_a_span_start_and_an_acts_date_do_not_conflict():
    a = "One of the rescued climbers is carried off a helicopter in Quito on April 20, 2024"
    b = "Three climbers stranded on the glacier since March 3 have been found alive, the governor said"
    assert date_conflict(["2024-04-20"], ["XXXX-03-03"], a, b) is None


def test_two_dates_of_one_act_still_conflict():
    a = "The climbers were carried off a helicopter in Quito on April 20, 2024"
    b = "The climbers were carried off a helicopter in Quito on March 3"
    assert date_conflict(["2024-04-20"], ["XXXX-03-03"], a, b) is not None


def test_two_span_ends_still_conflict():
    assert date_conflict(["XXXX-01-12"], ["2025-01-15"], "closed until January 12", "closed until Jan. 15, 2025")


def test_a_since_clause_dates_the_span_start():
    a = "One of the rescued climbers is carried off a helicopter in Quito on April 20, 2024"
    b = "All three climbers who had been stranded since their rope snapped on March 3 were found alive"
    assert date_conflict(["2024-04-20"], ["XXXX-03-03"], a, b) is None
