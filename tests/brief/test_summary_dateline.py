"""A summary line starts after the dateline opening its paragraph, not inside it."""

from __future__ import annotations

import pytest

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Fact, Span

SENTENCE = "All 40 passengers of the harbour ferry were brought ashore after it ran aground on Tuesday."


@pytest.mark.parametrize(
    ("dateline", "cut"),
    [
        ("VELM, Norland – ", 4),  # the sentence split cut after the place: the line started at ", Norland –"
        ("Port Ellis, May 2 (Velm Ledger).- ", 0),  # a wire's place, date and bracketed name, then ".-"
        ("(2nd UPDATE) ", 0),  # an update tag
    ],
)
def test_summary_line_starts_after_a_dateline(dateline: str, cut: int) -> None:
    text = f"Ferry aground\n\n{dateline}{SENTENCE}\n\nDivers went down on Wednesday."
    start = text.index(dateline) + cut
    article = Article(id="a", text=text)
    fact = Fact(id="f1", text=SENTENCE, status="single", independent_sources=1,
                support=(Span(article="a", start=start, end=start + len(dateline) - cut + len(SENTENCE)),))
    (line, *_) = summarize([article], [Analysis(article="a", version="t")], [fact], sentences=1)
    assert line.text == SENTENCE
    assert text[line.support[0].start : line.support[0].end] == SENTENCE


def test_summary_a_leading_name_and_dash_inside_a_sentence_is_kept() -> None:
    """A capitalised subject and an aside in dashes is no dateline: the line keeps its opening words."""
    sentence = "Velm Ferries – the port's oldest line – said all 40 passengers were brought ashore on Tuesday."
    article = Article(id="a", text=sentence)
    fact = Fact(id="f1", text=sentence, status="single", independent_sources=1,
                support=(Span(article="a", start=0, end=len(sentence)),))
    (line, *_) = summarize([article], [Analysis(article="a", version="t")], [fact], sentences=1)
    assert line.text == sentence
