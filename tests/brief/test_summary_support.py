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


def test_summary_a_line_holding_a_disputed_figure_does_not_lead() -> None:
    """A sentence that gives a fee the reports disagree on ("an initial £60m" against "a £55m deal") is no
    lead, even when other reports corroborate the rest of it."""
    lead = "Ossory decided on Thursday to join Harwick, who will pay an initial £60m for the forward."
    agreed = "Harwick and Dunmore agreed terms for Tam Ossory on Thursday after weeks of talks."
    other = "Dunmore agreed terms with Harwick for Tam Ossory on Thursday, ending weeks of talks."
    echo = "Ossory decided on Thursday to join Harwick, and the clubs will now finalise the transfer."
    articles = [Article(id="a", text=lead + "\n" + agreed), Article(id="b", text=other + "\n" + echo)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]

    def span(article: int, sentence: str, part: str | None = None) -> Span:
        start = articles[article].text.index(part or sentence)
        return Span(article=articles[article].id, start=start, end=start + len(part or sentence))

    fee = Fact(id="f1", text=lead, status="corroborated", independent_sources=2,
               support=(span(0, lead), span(1, echo)))
    disputed = Fact(id="f2", text="an initial £60m", status="conflict", independent_sources=1,
                    support=(span(0, lead, "who will pay an initial £60m for the forward"),), conflicts_with=("f3",))
    terms = Fact(id="f4", text=agreed, status="corroborated", independent_sources=2,
                 support=(span(0, agreed), span(1, other)))
    first, *_ = summarize(articles, analyses, [fee, disputed, terms], sentences=3)
    assert first.text.startswith("Harwick and Dunmore agreed terms")
