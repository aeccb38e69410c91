"""Blind QA rounds AM, AN: one act told by reports in other words is one fact when what pins it down is the same:
a find on one day, a paper in one journal, a payment of one sum (``storyline.compare.anchored``). Every text here
is written for these tests."""

from __future__ import annotations

from compare_helpers import sentence_facts

from storyline.compare.anchored import anchors


def _supports(reports: list[list[str]]) -> list[int]:
    return sorted(f.independent_sources for f in sentence_facts(reports))


def test_a_find_on_one_day_is_one_fact() -> None:
    reports = [["Corvane said it first discovered the intrusion on Feb. 9."],
               ["Corvane said in a filing that the breach was identified Feb. 9."],
               ["The company said in a filing that it discovered the issue on Feb. 9 and is working with police."]]
    assert _supports(reports) == [3]


def test_finds_on_two_days_stay_apart() -> None:
    reports = [["Corvane said it first discovered the intrusion on Feb. 9."],
               ["Corvane said in a filing that the breach was identified Feb. 19."]]
    assert _supports(reports) == [1, 1]


def test_one_sum_agreed_is_one_payment() -> None:
    reports = [["Velta has agreed to pay at least $4.2 billion to settle claims over tainted wells."],
               ["Velta on Friday announced a $4.2 billion national settlement of well claims."]]
    assert _supports(reports) == [2]


def test_what_a_settlement_is_or_another_figure_is_no_payment_told() -> None:
    assert not anchors("The $4.2 billion deal is the largest settlement Velta has made over its wells")
    reports = [["Velta has agreed to pay at least $4.2 billion to settle claims over tainted wells."],
               ["The company agreed to pay $4.2 billion over 9 years to settle the claims."]]
    assert _supports(reports) == [1, 1]


def test_one_journal_is_one_paper() -> None:
    reports = [["The findings were published today in the journal Orbis."],
               ["It holds a potential trace described in a peer-reviewed paper published the same day in Orbis."],
               ["The team reported the trace in a paper published Wednesday in Lumen."]]
    assert _supports(reports) == [1, 2]
