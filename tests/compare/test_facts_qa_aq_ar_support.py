"""Blind QA rounds AQ and AR: a statement supports a fact only when it says the fact. Not by sharing the words of
a place's relative clause ("where a fire continues to burn"), nor without the time of day the line holds its
state at, nor by sharing only who told the line, nor by telling done an act the line tells to come, nor as a
clause cut from its sentence with no act of its own. Every text here is written for these tests."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import _planned, _tells_act, states
from storyline.model import Span


def test_a_where_clause_is_no_part_of_the_line_s_act() -> None:
    line = ("Another blast Tuesday evening jolted a Vellish paint factory outside Tarnby, where a chemical fire still"
            " burns")
    assert not states(line, "Fires were still burning at a Vellish paint factory after several blasts hurt four"
                            " workers and forced residents of Orvale to leave")
    assert states(line, "A second blast jolted the paint factory outside Tarnby on Tuesday evening, officials said")


def test_a_state_at_a_time_of_day_is_not_told_without_it() -> None:
    line = ("As of about 7 a.m. local time Friday, the blaze was still burning and the curfew order remains in place,"
            " a Tarnby fire officer said")
    assert not states(line, "the danger of further blasts and blaze rather than air quality as the reason the curfew"
                            " order remains in place")
    assert states(line, "The blaze was still burning at 7 a.m. Friday and the curfew order remains in place, the fire"
                        " service said")


def test_who_told_a_line_is_no_part_of_what_it_tells() -> None:
    line = "The firm hours earlier had said he would step down as board chair but stay on as director."
    assert not states(line, "Within hours, Chair Ivo Brandt also resigned after the firm's decision")


def test_an_act_to_come_is_not_told_by_the_act_done() -> None:
    def unit(text: str, report: int) -> Unit:
        at = text.index("Brandt")
        return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report,
                         mentions=[(at, at + 6, "E1")])

    assert _planned("Ivo Brandt would step down as board chair")
    assert not _planned("Within hours, Ivo Brandt also resigned as board chair")
    line = unit("Ivo Brandt would step down as board chair of the firm", 0)
    assert not _tells_act(line, unit("Within hours, Ivo Brandt also resigned as board chair of the firm", 1), [])
    assert _tells_act(line, unit("Ivo Brandt will step down as chair of the firm's board", 1), [])


def test_a_cut_clause_with_no_act_states_the_line_only_by_naming_its_act() -> None:
    line = "The government of Vell is committed to the return of all detainees and missing crew, living or dead"
    assert not states(line, "toward ending the standoff and easing the return of all living detainees")
    assert states(line, "committed to the return of all detainees and missing crew")
    quoted = "I regret it, but I see these claims are becoming a distraction for the work of this council"
    assert states(quoted, "are becoming a distraction for the work of this council")
