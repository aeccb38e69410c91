"""The number of the dead leads a disaster's summary even when it is among the lines shown but ranked below
others by its sources (QA AW: a line on photographs of the boat led, the toll came last once that line lost its
false support)."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Fact, Span

_CREW = "Rescue teams from three provinces worked through the night in the Corran hills after the storm."
_TOLL = "The storm killed at least 84 people in the Corran hills, officials said on Sunday."


def _fact(fid: str, text: str, article: str, start: int, sources: int) -> Fact:
    return Fact(id=fid, text=text, status="corroborated" if sources > 1 else "single", independent_sources=sources,
                support=(Span(article=article, start=start, end=start + len(text)),))


def test_a_shown_toll_ranked_lower_still_leads() -> None:
    text = f"{_CREW}\n\n{_TOLL}"
    article = Article(id="a", text=text)
    facts = [_fact("f1", _CREW, "a", 0, 3), _fact("f2", _TOLL, "a", text.index(_TOLL), 1)]
    lines = summarize([article], [Analysis(article="a", version="t")], facts, sentences=2)
    assert [line.text for line in lines] == [_TOLL, _CREW]
