"""Blind QA round AU #9: a summary opened on "That spill poured 58,000 gallons ..., resulting in the deaths of more
than 6,800 birds", background on an earlier spill that the sentence before it named. A line opening on "That" or
"Those" and a noun points back to a thing told before it: it neither leads as the toll nor leads the summary. Every
text here is written for these tests."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Fact, Span

_EARLIER = "The leak is already larger than the one at Port Orvik in 2009, when a tanker struck the pier."
_THAT = "That leak poured 40,000 gallons of fuel into the harbour and killed more than 2,000 people's livestock."
_THAT_DEAD = "That collapse killed at least 40 people in the old mill district."
_NOW = "A broken pipeline off the Tarnby coast spilled about 90,000 gallons of crude oil on Saturday."


def _fact(fid: str, text: str, article: str, start: int, sources: int) -> Fact:
    return Fact(id=fid, text=text, status="corroborated" if sources > 1 else "single", independent_sources=sources,
                support=(Span(article=article, start=start, end=start + len(text)),))


def test_a_line_pointing_back_does_not_lead_as_the_toll() -> None:
    text = f"{_NOW}\n\n{_EARLIER} {_THAT_DEAD}"
    article = Article(id="a", text=text)
    facts = [_fact("f1", _NOW, "a", 0, 1), _fact("f2", _THAT_DEAD, "a", text.index(_THAT_DEAD), 1)]
    lines = summarize([article], [Analysis(article="a", version="t")], facts, sentences=1)
    assert [line.text for line in lines] == [_NOW]


def test_a_line_pointing_back_does_not_lead_the_summary() -> None:
    text = f"{_EARLIER} {_THAT}\n\n{_NOW}"
    article = Article(id="a", text=text)
    facts = [_fact("f1", _THAT, "a", text.index(_THAT), 2), _fact("f2", _NOW, "a", text.index(_NOW), 1)]
    lines = summarize([article], [Analysis(article="a", version="t")], facts, sentences=2)
    assert lines[0].text == _NOW
