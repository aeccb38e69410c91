"""A story whose reports hold no sentence worth a summary line gets an empty summary, not a crash."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Fact, Span

# a table a tool wrote next to the reports, read in with them: no sentence of six words
TABLE = "story     size  dates     outlets\ns1           4  -         Kestrel Post\n"


def test_summary_of_a_report_with_no_usable_sentence_is_empty() -> None:
    """No fact and no lead sentence makes a line, so the summary has none (and does not fail on reordering)."""
    article = Article(id="t", text=TABLE, source="stories.txt")
    fact = Fact(id="f1", text="Kestrel Post", status="single-source", independent_sources=1,
                support=(Span(article="t", start=TABLE.index("Kestrel"), end=TABLE.index("Kestrel") + 12),))
    assert summarize([article], [Analysis(article="t", version="t")], [fact], sentences=6) == ()
