"""A bound that nobody reached ("No candidate won more than 50 percent") gives no one's share, so it does not
conflict with the shares the candidates did win (blind QA round S: a first-round line set against another
report's first-round shares as "39 vs more than 50 percent"). Fictional text."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import _conflict
from storyline.model import Analysis, Span


def _unit(text: str, report: int) -> Unit:
    return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report)


def test_facts_a_bound_nobody_reached_is_no_share() -> None:
    a = _unit("No candidate won more than 50 percent of votes in the first round of the election on May 9.", 0)
    b = _unit("Kolvey led the first round as well, garnering 46% of the votes, followed by Brannik with 39%.", 1)
    analyses = [Analysis(article=f"r{i}", version="t") for i in range(2)]
    assert _conflict(a, b, analyses) is None


def test_facts_a_share_won_still_conflicts() -> None:
    a = _unit("Kolvey won more than 50 percent of votes in the first round of the election on May 9.", 0)
    b = _unit("Kolvey led the first round as well, garnering 46% of the votes, followed by Brannik with 39%.", 1)
    analyses = [Analysis(article=f"r{i}", version="t") for i in range(2)]
    assert _conflict(a, b, analyses) is not None
