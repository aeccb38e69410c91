"""A summary line is supported only by statements that say what it says."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Fact, Span

LINE = (
    "The deal, which will cost Vell Ferries nearly half of the 900 million crowns the harbour board first demanded, "
    "was struck as the hearing was delayed for hours amid talk of a settlement."
)
SAYS = "The deal struck for nearly half of the 900 million crowns sought by the board was delayed for hours."
PART = (
    "The board had asked for 900 million crowns in arguing that its cranes, berths and sea walls were wrecked by "
    "careless captains over three stormy winters."
)


def test_summary_support_is_what_says_the_line() -> None:
    """A report that repeats the line's deal supports it; one that shares only the sum demanded does not."""
    articles = [Article(id="a", text=LINE), Article(id="b", text=SAYS), Article(id="c", text=PART)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    fact = Fact(id="f1", text=LINE, status="corroborated", independent_sources=3,
                support=tuple(Span(article=a.id, start=0, end=len(a.text) - 1) for a in articles))
    (line, *_) = summarize(articles, analyses, [fact], sentences=1)
    assert [s.article for s in line.support] == ["a", "b"]
    assert line.independent_sources == 2
