"""compare_story on small hand-written reports (no spaCy: citations from text, sentences by the plain split)."""

from __future__ import annotations

from compare_helpers import fact_with as _fact_with

from storyline.compare import compare_story
from storyline.compare.units import report_units
from storyline.extract.citations import extract_citations
from storyline.model import Analysis, Article, Comparison, MetaValue, Quote, Span

HARBOR = (
    "A ferry ran aground off Port Alder on Sunday, and 212 passengers were taken ashore.\n"
    '"The hull is intact and nobody was hurt," captain Ines Varga told Harbor Radio in an interview.\n'
    "The coast guard said the tide had fallen faster than forecast.\n"
    "The port will stay closed until Tuesday."
)
COAST = (
    "Some 210 passengers were brought ashore after a ferry ran aground near Port Alder on Sunday.\n"
    '"The hull is intact and nobody was hurt," Varga told Harbor Radio.\n'
    "Local fishermen said the sandbank had moved after last winter's storms."
)
DAILY = (
    "A ferry grounded off Port Alder on Sunday; 250 passengers were taken ashore, officials said.\n"
    "Engineers will inspect the ship on Monday."
)


def _quotes(article: Article) -> tuple[Quote, ...]:
    text = article.text
    start = text.find('"') + 1
    if start == 0:
        return ()
    end = text.find('"', start)
    return (Quote(span=Span(article=article.id, start=start, end=end), text=text[start:end], kind="direct"),)


def _compare(*reports: tuple[str, str, str]) -> tuple[list[Article], Comparison]:
    articles = [Article(id=i, text=t, outlet=MetaValue(value=o)) for i, t, o in reports]
    analyses = [
        Analysis(article=a.id, version="t", quotes=_quotes(a), citations=extract_citations(a, None, ()))
        for a in articles
    ]
    return articles, compare_story(articles, analyses)


def test_compare_story_repeated_interview_is_one_source() -> None:
    articles, cmp = _compare(("h", HARBOR, "Harbor Radio"), ("c", COAST, "Coast Courier"))
    fact = _fact_with(cmp, articles, (0, "The hull is intact"), (1, "The hull is intact"))
    assert fact is not None
    assert fact.independent_sources == 1
    assert fact.origin == "Harbor Radio"
    assert [(e.source, e.target) for e in cmp.provenance] == [("Coast Courier", "Harbor Radio")]


def test_compare_story_rounding_is_corroboration_not_conflict() -> None:
    articles, cmp = _compare(("h", HARBOR, "Harbor Radio"), ("c", COAST, "Coast Courier"))
    fact = _fact_with(cmp, articles, (0, "212 passengers"), (1, "Some 210 passengers"))
    assert fact is not None
    assert fact.status == "corroborated"
    assert fact.independent_sources == 2
    assert not [f for f in cmp.facts if f.status == "conflict"]


def test_compare_story_differing_count_is_a_conflict() -> None:
    _articles, cmp = _compare(("h", HARBOR, "Harbor Radio"), ("d", DAILY, "Daily Ledger"))
    conflicts = [f for f in cmp.facts if f.status == "conflict"]
    assert len(conflicts) == 2
    a, b = conflicts
    assert a.conflicts_with == (b.id,)
    assert b.conflicts_with == (a.id,)


def test_compare_story_quote_carried_twice_is_one_story_quote() -> None:
    _, cmp = _compare(("h", HARBOR, "Harbor Radio"), ("c", COAST, "Coast Courier"))
    (quote,) = cmp.quotes
    assert quote.span.article == "h"
    assert [s.article for s in quote.same_as] == ["c"]


def test_compare_story_coverage_lists_facts_only_one_outlet_has() -> None:
    articles, cmp = _compare(("h", HARBOR, "Harbor Radio"), ("c", COAST, "Coast Courier"))
    only = {c.outlet: c.only_here for c in cmp.coverage}
    fishermen = _fact_with(cmp, articles, (1, "Local fishermen"))
    assert fishermen is not None
    assert fishermen.id in only["Coast Courier"]
    assert fishermen.id not in only["Harbor Radio"]


def test_compare_story_a_place_is_no_speaker() -> None:
    """A dateline the quote stage took for the speaker ("New York, Wire - ... has said") names nobody: the
    statement's speaker is unknown, not a place (else it would set the statement against every other speaker)."""
    from storyline.compare import _SpeakerIndex
    from storyline.model import StoryEntity

    place = StoryEntity(id="E1", name="New York", type="GPE", mentions=(), members=(("a", "e1"),))
    person = StoryEntity(id="E2", name="Ann Cole", type="PERSON", mentions=(), members=(("a", "e2"),))
    speaker_of = _SpeakerIndex([place, person])
    said = Span(article="a", start=0, end=5)
    assert speaker_of("a", Quote(span=said, text="x", kind="indirect", speaker="New York", speaker_entity="e1")) is None
    assert speaker_of("a", Quote(span=said, text="x", kind="indirect", speaker="Ann Cole", speaker_entity="e2")) == "E2"



def test_compare_story_a_key_point_label_says_nothing_of_its_own() -> None:
    """"Motion denied: ..." heads a key point; its words are no part of the statement, so "denied" does not
    make it one claim with "Penn has denied the charges"."""
    text = "Motion denied: Counsel Ada Brill moved for dismissal of the charges.\nIt rained: nobody came."
    article = Article(id="p", text=text, outlet=MetaValue(value="Points Daily"))
    units = report_units(article, Analysis(article="p", version="t"), 0, lambda span: [])
    assert units[0].text.startswith("Motion denied")  # the support span is the whole paragraph
    assert not {"motion", "deni"} & set(units[0].tokens)
    assert "rain" in units[1].tokens  # a colon before a lower-case word ends no label


def test_compare_story_scorelines_of_one_match_align_and_conflict() -> None:
    """Two reports give the final score of one match in different words and figures: the statements are one
    fact's two sides, in conflict, while the score of another match of one of the clubs is left alone."""
    articles, cmp = _compare(
        ("t", "Harbour Town sealed a 2-0 victory over Millbrook Rovers on Saturday.\n"
              "Millbrook Rovers' 4-0 win over Castlegate came in August.", "Town Times"),
        ("v", "Dale Fenwick was sacked last night after his Millbrook Rovers side were beaten 3-0 at Harbour Town.\n"
              "The club said a new coach would be named within weeks.", "Valley Post"),
    )
    won = _fact_with(cmp, articles, (0, "2-0 victory"))
    beaten = _fact_with(cmp, articles, (1, "beaten 3-0"))
    assert won is not None
    assert beaten is not None
    assert won.status == beaten.status == "conflict"
    assert won.conflicts_with == (beaten.id,)
    other = _fact_with(cmp, articles, (0, "4-0 win"))
    assert other is not None
    assert other.status == "single"


def test_compare_story_two_entities_of_one_name_are_one_word_to_alignment() -> None:
    """"Corbridge" read as a person in one report and as a club in another is one name: the statements that
    name it share it."""
    from storyline.compare import _EntityIndex
    from storyline.model import StoryEntity

    person = StoryEntity(id="E1", name="Corbridge", type="PERSON", mentions=(Span(article="a", start=0, end=9),))
    club = StoryEntity(id="E2", name="Corbridge", type="ORG", mentions=(Span(article="b", start=4, end=13),))
    index = _EntityIndex([person, club])
    assert index(Span(article="a", start=0, end=20)) == [(0, 9, "E1")]
    assert index(Span(article="b", start=0, end=20)) == [(4, 13, "E1")]


def test_compare_story_a_headline_tail_with_no_stop_is_no_statement() -> None:
    """QA N: "...: Live updates" after a headline's colon states nothing; the headline before it does."""
    from storyline.pipeline import analyze

    text = (
        "Missing crew in Harlow ferry fire presumed dead, search called off: Live updates\n\n"
        "Editor's Note: This page is a summary of news on the Harlow ferry fire for Tuesday, March 26. For the "
        "latest news, view our live updates file for Wednesday, March 27.\n\n"
        "HARLOW − The coast guard said Tuesday evening it was calling off the search for the six crew.\n"
    )
    article = Article(id="p", text=text, outlet=MetaValue(value="Points Daily"))
    texts = [u.text for u in report_units(article, analyze(article), 0, lambda span: [])]
    assert "Live updates" not in texts
    assert "Missing crew in Harlow ferry fire presumed dead, search called off" in texts


def test_compare_story_what_is_left_after_a_quote_is_no_statement_when_it_only_describes_the_speaker() -> None:
    """QA N: '"...," Tarvella district official Harish Chandra Sharma told Reuters by phone.' leaves no statement:
    the description, the name, the cue and how the words came are all attribution."""
    from storyline.pipeline import analyze

    text = (
        '"The number of injured could be in the hundreds, and the deaths could go up as well," Tarvella district '
        "official Harish Chandra Sharma told Reuters by phone.\n\nIt is cold.\n"
    )
    article = Article(id="p", text=text, outlet=MetaValue(value="Points Daily"))
    texts = [u.text for u in report_units(article, analyze(article), 0, lambda span: [])]
    assert not [t for t in texts if "told Reuters" in t]
    assert "The number of injured could be in the hundreds, and the deaths could go up as well" in texts
