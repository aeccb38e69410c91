"""Two reports that give one speaker different words at one point of one statement: the brief says so."""

from __future__ import annotations

from compare_helpers import quotes_of

from storyline.compare import compare_story
from storyline.model import Analysis, Article, MetaValue

RADIO = (
    "The ferry strike ended on Monday after eleven days.\n"
    '"Honesty pays. Storms pass," harbour master Ola Brandt said at the quay.'
)
POST = (
    "The ferry strike ended on Monday after eleven days, the union said.\n"
    '"Honesty has its price," said the harbour master, Ola Brandt. "Storms pass."'
)


def test_quote_wording_different_words_for_one_statement_are_a_conflict() -> None:
    articles = [Article(id="r", text=RADIO, outlet=MetaValue(value="Harbour Radio")),
                Article(id="p", text=POST, outlet=MetaValue(value="Coast Post"))]
    analyses = [Analysis(article=a.id, version="t", quotes=quotes_of(a, "Ola Brandt")) for a in articles]
    cmp = compare_story(articles, analyses)
    conflicts = [f for f in cmp.facts if f.status == "conflict"]
    assert [f.text for f in conflicts] == ["Honesty pays", "Honesty has its price"]
    assert conflicts[0].conflicts_with == (conflicts[1].id,)
    assert conflicts[0].why == 'quoted words differ: "Honesty pays" vs "Honesty has its price"'
    assert [s.article for f in conflicts for s in f.support] == ["r", "p"]
