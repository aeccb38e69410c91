"""QA round AJ problem 25: a summary line does not open on a bare pronoun that does something ("It did not call
it a cyberattack", "This comes after ..."): the reader cannot tell who or what. An expletive or a state ("It was
not clear how many ...") still reads. Fictional texts."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Span


def _lines(text: str) -> list[str]:
    starts = [0, *[i + 1 for i, c in enumerate(text) if c == "\n"][:-1]]
    sentences = tuple(Span(article="a", start=s, end=text.index("\n", s)) for s in starts)
    analysis = Analysis(article="a", version="t", sentences=sentences)
    return [line.text for line in summarize([Article(id="a", text=text)], [analysis], [], sentences=6)]


_TEXT = (
    "A computer fault shut down ticket machines at Orvale Ferries terminals on Monday, the company said.\n"
    "It did not call it an attack or say which systems were hit by the fault.\n"
    "This comes after a week of delays on the crossings to Kessby and Tarn.\n"
    "It was not clear how many passengers were stranded at the piers overnight.\n"
)


def test_lines_opening_on_a_bare_pronoun_that_acts_are_left_out() -> None:
    lines = _lines(_TEXT)
    assert lines[0].startswith("A computer fault")
    assert not any(line.startswith(("It did not", "This comes")) for line in lines)
    assert any(line.startswith("It was not clear") for line in lines)
