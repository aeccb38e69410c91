"""Two different sentences quoted of one speaker are two statements, though they share a word or two (QA round
Q, problem 13): "This squad just shows what a team can do" is not "It shows what kind of team they are"."""

from __future__ import annotations

from storyline.compare.align import Unit, score_pairs
from storyline.model import Span


def _unit(report: int, text: str, kind: str = "quote") -> Unit:
    return Unit.make(
        span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report, kind=kind,
        speakers=frozenset({"kesi-arro"}), worded=True,
    )


def test_align_two_quotations_sharing_words_stay_apart() -> None:
    units = [
        _unit(0, "This squad just shows what a team can do for a whole city"),
        _unit(1, "It shows what kind of team they are, to fight with a man down for an hour", kind="clause"),
    ]
    assert score_pairs(units, min_shared=2) == {}


def test_align_one_quotation_lightly_edited_still_pairs() -> None:
    units = [
        _unit(0, "This squad just shows what a team can do for a whole city"),
        _unit(1, "This squad shows what a team can do for a whole city", kind="clause"),
    ]
    assert score_pairs(units, min_shared=2)
