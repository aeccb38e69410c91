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


def test_quote_wording_a_statement_pasted_without_marks_is_still_the_speakers() -> None:
    # QA T #11: a post one outlet quotes and another pastes in as plain text counted two independent sources
    from storyline.compare.align import Unit
    from storyline.compare.facts import build_facts
    from storyline.model import Span

    words = "Let us first say thank you to all the ferry crews who have worked with us through the long strike"
    texts = [f"“{words},” Ola Brandt wrote on Saturday.", f"Ferries sailed again on Saturday. {words}."]
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    start = texts[1].index("Let")
    units = [
        Unit.make(span=Span(article="r0", start=1, end=1 + len(words)), text=words, report=0, kind="quote",
                  speakers=frozenset({"E1"}), worded=True),
        Unit.make(span=Span(article="r1", start=start, end=start + len(words)), text=words, report=1),
    ]
    [fact] = build_facts(articles, analyses, units, [[0, 1]], names={"E1": ("Ola Brandt", "PERSON")})
    assert (fact.independent_sources, fact.origin) == (1, "Ola Brandt")
