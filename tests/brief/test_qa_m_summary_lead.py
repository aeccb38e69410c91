"""A summary does not open on a pronoun when another line can lead (QA round M #2: "He now faces ..." was the
first line of a brief)."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Fact, Span

_HE = "He now faces a long term in prison after the verdict on Thursday."
_NAMED = "Dace Orlen, the founder of the Corran ferry line, was found guilty of fraud by a jury."


def _fact(fid: str, text: str, article: str, start: int, sources: int) -> Fact:
    return Fact(id=fid, text=text, status="corroborated" if sources > 1 else "single", independent_sources=sources,
                support=(Span(article=article, start=start, end=start + len(text)),))


def test_summary_lead_is_no_pronoun() -> None:
    text = f"{_HE}\n\n{_NAMED}"
    article = Article(id="a", text=text)
    facts = [_fact("f1", _HE, "a", 0, 3), _fact("f2", _NAMED, "a", text.index(_NAMED), 1)]
    lines = summarize([article], [Analysis(article="a", version="t")], facts, sentences=2)
    assert [line.text for line in lines] == [_NAMED, _HE]


def test_summary_lead_pronoun_kept_when_alone() -> None:
    article = Article(id="a", text=_HE)
    lines = summarize([article], [Analysis(article="a", version="t")], [_fact("f1", _HE, "a", 0, 1)], sentences=2)
    assert [line.text for line in lines] == [_HE]


_RESCUE = "Rescue teams from three provinces worked through the night in the Corran hills after the storm."
_TOLL = "The storm killed at least 84 people in the Corran hills, officials said on Sunday."
_PAST = "The storm is the deadliest since a 1998 cyclone near Dunmore, which claimed over 200 lives."


def test_summary_tells_the_dead_first() -> None:
    """The number of the dead leads when no line that would be shown gives it, though it has fewer sources."""
    text = f"{_RESCUE}\n\n{_TOLL}"
    article = Article(id="a", text=text)
    facts = [_fact("f1", _RESCUE, "a", 0, 3), _fact("f2", _TOLL, "a", text.index(_TOLL), 1)]
    lines = summarize([article], [Analysis(article="a", version="t")], facts, sentences=1)
    assert [line.text for line in lines] == [_TOLL]


def test_summary_a_past_toll_does_not_lead() -> None:
    text = f"{_RESCUE}\n\n{_PAST}"
    article = Article(id="a", text=text)
    facts = [_fact("f1", _RESCUE, "a", 0, 3), _fact("f2", _PAST, "a", text.index(_PAST), 1)]
    lines = summarize([article], [Analysis(article="a", version="t")], facts, sentences=1)
    assert [line.text for line in lines] == [_RESCUE]
