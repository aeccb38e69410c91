"""Blind QA rounds AQ, AR and AS: a speaker's own words that one report alone prints in a direct quote ("Based on
today's news, I quit") come from the speaker: the fact's origin is the speaker, not the outlet. A claim told in
the writer's words stays the outlet's, and two reports keep their sources. Every text here is written for these
tests."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import _one_speaker
from storyline.model import Span

_NAMES = {"E1": ("Ivo Brandt", "PERSON")}
_WORDS = "After today's vote, I am done with this board"


def _unit(text: str, report: int, *, kind: str = "quote") -> Unit:
    return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report, kind=kind,
                     speakers=frozenset({"E1"}))


def test_a_direct_quote_one_report_prints_is_the_speakers() -> None:
    out = _one_speaker([_unit(_WORDS, 0)], [("Delta Radio", "Delta Radio")], _NAMES, frozenset({0}))
    assert out == [("Delta Radio", "Ivo Brandt")]


def test_the_writers_words_of_one_report_stay_the_outlets() -> None:
    told = _unit("Brandt denied the board's request to delay the vote", 0, kind="sentence")
    out = _one_speaker([told], [("Delta Radio", "Delta Radio")], _NAMES, frozenset())
    assert out == [("Delta Radio", "Delta Radio")]


def test_a_quote_beside_a_report_repeating_it_stays_one_source() -> None:
    # the second report repeats the first: the quote made the speaker's would count two sources of one
    pairs = [("Delta Radio", "Delta Radio"), ("Kessby Post", "Delta Radio")]
    out = _one_speaker([_unit(_WORDS, 0), _unit(_WORDS, 1)], pairs, _NAMES, frozenset({0, 1}))
    assert len({origin for _, origin in out}) == 1
