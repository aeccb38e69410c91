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


def test_quote_wording_a_word_changed_inside_a_long_quote_is_one_statement() -> None:
    # QA T #11: "any of these individuals" / "any of these people" made two single-source facts
    from storyline.compare.quotes import small_edit

    harbour = '"We do not believe that we are going to find any of these sailors still alive," Ola Brandt said.'
    quay = '"We do not believe we are going to find any of these people still alive," said Ola Brandt.'
    assert small_edit(harbour, quay)
    # a paraphrase changes more than a word or two; a short quote has no room for a slip
    assert not small_edit("it is best for the port that I resign so we can move on",
                          "it is in the port's best interest for me to step down so that we can meet this moment")
    assert not small_edit("Honesty pays", "Honesty has its price")
    articles = [Article(id="r", text=harbour, outlet=MetaValue(value="Harbour Radio")),
                Article(id="p", text=quay, outlet=MetaValue(value="Coast Post"))]
    analyses = [Analysis(article=a.id, version="t", quotes=quotes_of(a, "Ola Brandt")) for a in articles]
    facts = compare_story(articles, analyses).facts
    assert len(facts) == 1
    assert sorted(s.article for s in facts[0].support) == ["p", "r"]
