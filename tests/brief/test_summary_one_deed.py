"""A summary line of a fact joined as one deed (one doer, one act, in other words) cites every report the fact
joined, and counts their sources; another doer's act of the same kind is no support of it."""

from __future__ import annotations

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Fact, Span

LEDE = "The GHC declared the Orvale fever outbreak a global public health emergency on Wednesday."
OTHER = "The Global Health Council declared the fever a global emergency on Wednesday, citing its rapid spread."
AGENCY = "The Southern Disease Agency declared the Orvale fever outbreak a public health emergency on Wednesday."


def _line(texts: list[str]) -> tuple[str, ...]:
    articles = [Article(id=f"r{i}", text=t) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    fact = Fact(id="f1", text=LEDE[:-1], status="corroborated", independent_sources=len(texts),
                support=tuple(Span(article=a.id, start=0, end=len(a.text) - 1) for a in articles))
    (line, *_) = summarize(articles, analyses, [fact], sentences=1)
    return tuple(s.article for s in line.support)


def test_a_line_of_one_deed_cites_each_report_telling_it() -> None:
    assert _line([LEDE, OTHER]) == ("r0", "r1")


def test_another_doers_act_is_no_support_of_the_line() -> None:
    assert _line([LEDE, AGENCY]) == ("r0",)
