"""Blind QA round AR: one removal from a post, or one appointment to it, told in other words by several reports
("has ousted Ivo Brandt" / "Brandt was dismissed"; "Mira Lund will take over as interim chief" / "appointed Mira
Lund") is one act of one family with one principal participant (``claims.same_event``). Every text here is
written for these tests."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.claims import events_of, same_event
from storyline.model import Span


def _unit(text: str, report: int) -> Unit:
    return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report)


def test_a_removal_from_a_post_in_other_words_is_one_act() -> None:
    assert same_event(_unit("Kestrel Air has ousted Ivo Brandt as chief executive on Friday", 0),
                      _unit("Staff were stunned after Brandt was dismissed by the board", 1))


def test_an_appointment_in_other_words_is_one_act() -> None:
    assert same_event(_unit("Mira Lund will take over as interim chief", 0),
                      _unit("The board appointed Mira Lund on Friday", 1))
    assert same_event(_unit("Mira Lund, its finance director, will serve as interim chief", 0),
                      _unit("Lund was named acting chief of the airline", 1))


def test_a_shot_fired_is_no_removal_and_a_name_alone_no_appointment() -> None:
    assert not events_of("Police fired shots at Ivo Brandt", [])
    assert not events_of("A pilot named Ivo Brandt flew the plane", [])
    assert not same_event(_unit("Kestrel Air has ousted Ivo Brandt", 0), _unit("Kestrel Air appointed Ivo Brandt", 1))
