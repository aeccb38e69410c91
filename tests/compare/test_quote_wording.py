"""Two reports that give one speaker different words at one point of one statement: the brief says so."""

from __future__ import annotations

from storyline.compare import compare_story
from storyline.model import Analysis, Article, MetaValue, Quote, Span

RADIO = (
    "The ferry strike ended on Monday after eleven days.\n"
    '"Honesty pays. Storms pass," harbour master Ola Brandt said at the quay.'
)
POST = (
    "The ferry strike ended on Monday after eleven days, the union said.\n"
    '"Honesty has its price," said the harbour master, Ola Brandt. "Storms pass."'
)


def _said(article: Article) -> tuple[Quote, ...]:
    """The report's quotes in straight quotes, each given to Ola Brandt."""
    text, out, at = article.text, [], 0
    while (start := text.find('"', at) + 1) > 0:
        end = text.find('"', start)
        out.append(Quote(span=Span(article=article.id, start=start, end=end), text=text[start:end], kind="direct",
                         speaker="Ola Brandt"))
        at = end + 1
    return tuple(out)


def test_quote_wording_different_words_for_one_statement_are_a_conflict() -> None:
    articles = [Article(id="r", text=RADIO, outlet=MetaValue(value="Harbour Radio")),
                Article(id="p", text=POST, outlet=MetaValue(value="Coast Post"))]
    analyses = [Analysis(article=a.id, version="t", quotes=_said(a)) for a in articles]
    cmp = compare_story(articles, analyses)
    conflicts = [f for f in cmp.facts if f.status == "conflict"]
    assert [f.text for f in conflicts] == ["Honesty pays", "Honesty has its price"]
    assert conflicts[0].conflicts_with == (conflicts[1].id,)
    assert conflicts[0].why == 'quoted words differ: "Honesty pays" vs "Honesty has its price"'
    assert [s.article for f in conflicts for s in f.support] == ["r", "p"]
