"""A timeline line cites only sentences that say what it says (QA round M #4: "... the loss of at least 632
lives" cited a sentence that says "killing at least 296 people")."""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, MetaValue, TimeExpr

_A = "Late Sunday, a storm hit the Corran coast, resulting in the loss of at least 84 lives."
_B = "A storm struck the Corran coast late on Sunday, killing at least 31 people and flattening homes."
_C = "The storm hit the Corran coast on Sunday, officials said."


def _report(aid: str, text: str, phrase: str) -> tuple[Article, Analysis]:
    article = Article(id=aid, text=text, published=MetaValue(value="2031-04-07"))
    tx = TimeExpr(span=span(text, aid, phrase), text=phrase, type="DATE", value="2031-04-06")
    return article, Analysis(article=aid, version="t", timexes=(tx,))


def test_timeline_another_toll_figure_leads_its_own_entry() -> None:
    reports = [_report("a", _A, "Late Sunday"), _report("b", _B, "late on Sunday"), _report("c", _C, "on Sunday")]
    entries = build_timeline([r[0] for r in reports], [r[1] for r in reports])
    assert [e.value for e in entries] == ["2031-04-06", "2031-04-06"]
    assert [sorted(s.article for s in e.support) for e in entries] == [["a", "c"], ["b"]]
    assert entries[1].text == _B
