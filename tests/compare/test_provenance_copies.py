"""Which statements of a copy, or of a later version of one wire story, come from the report it repeats, and when
two reports carry one wire sentence, each outlet editing it (QA round Y). Fictional texts."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.copies import carried_sentence, carried_words, repeats, words_of
from storyline.compare.facts import build_facts
from storyline.compare.provenance import repeated_origin
from storyline.model import Analysis, Article, MetaValue, Span

_SHARED = (
    "A video released by the rescue office showed volunteers carrying an injured hiker on a stretcher down the"
    " ash-covered slope of Mount Tarel.\n\n"
    "The volcano has stayed at the third of four alert levels since 2015, a level that bars hikers from the"
    " crater, said Lena Voss of the Velmont geology office.\n\n"
)
EARLY = "Rescuers halted the search on Monday for nine hikers on Mount Tarel after a new burst of ash.\n\n" + _SHARED
LATER = (
    "Rescuers found four more bodies on Tuesday, raising the number of dead on Mount Tarel to 17.\n\n"
    + _SHARED
    + "The rest are presumed dead and will be brought down on Wednesday, the police chief said."
)


_OWN = "Rescuers found four more bodies on Tuesday, raising the number of dead on Mount Tarel to 17"


def _reports() -> tuple[list[Article], list[Analysis]]:
    articles = [
        Article(id="e", text=EARLY, outlet=MetaValue(value="Harbor Radio")),
        Article(id="l", text=LATER, outlet=MetaValue(value="Lakeside Courier")),
    ]
    return articles, [Analysis(article=a.id, version="t") for a in articles]


def _span(article: Article, phrase: str) -> Span:
    at = article.text.index(phrase)
    return Span(article=article.id, start=at, end=at + len(phrase))


def test_provenance_a_later_version_repeats_the_earlier_only_where_they_share_words() -> None:
    articles, analyses = _reports()
    shared = _span(articles[1], "A video released by the rescue office showed volunteers")
    shared = Span(article="l", start=shared.start, end=LATER.index("Mount Tarel.\n") + len("Mount Tarel."))
    own = _span(articles[1], _OWN)
    assert repeated_origin(shared, 1, {1: 0}, articles, analyses) == "Harbor Radio"
    assert repeated_origin(own, 1, {1: 0}, articles, analyses) is None
    assert repeated_origin(shared, 0, {1: 0}, articles, analyses) is None  # the earlier version copies none


def test_copies_repeats_a_short_statement_only_when_all_its_words_are_the_others() -> None:
    early, later = words_of(EARLY), words_of(LATER)
    assert repeats(_span(Article(id="l", text=LATER), "said Lena Voss"), later, early)
    assert not repeats(_span(Article(id="l", text=LATER), "the police chief said"), later, early)


def test_facts_a_later_versions_own_sentence_keeps_its_own_origin() -> None:
    articles, analyses = _reports()
    span = _span(articles[1], _OWN)
    units = [Unit.make(span=span, text=LATER[span.start : span.end], report=1)]
    (fact,) = build_facts(articles, analyses, units, [[0]], copy_of={1: 0})
    assert fact.origin == "Lakeside Courier"


# one wire sentence, edited by each outlet that ran it: a clause cut, a cause added, its quotation marks curled
WIRE_A = (
    "A burst tyre was cited by investigators as the likely cause of the crash -- the worst on the Corvo coast in"
    ' decades -- which threw the bus off the road and left it "almost completely crushed", according to police.'
)
WIRE_B = (
    "A burst tyre and a wet road were cited by investigators as likely causes of the crash that threw the bus off"
    " the road and left it \u201calmost completely crushed\u201d, according to police."
)
# the same facts in a report's own words
OWN = (
    "Police said investigators believe a tyre burst before the bus left the Corvo coast road, and that the vehicle"
    ' was "almost completely crushed" in the crash.'
)


def test_copies_one_wire_sentence_edited_by_two_outlets_is_carried() -> None:
    assert carried_sentence(WIRE_A, WIRE_B)
    assert not carried_sentence(WIRE_A, OWN)
    assert not carried_sentence(WIRE_B, OWN)


def test_copies_carried_words_stand_one_word_for_a_quotation() -> None:
    unit = Unit.make(span=Span(article="b", start=0, end=len(WIRE_B)), text=WIRE_B, report=0, kind="clause",
                     worded=True)
    words = carried_words(unit)
    assert words is not None
    assert "_quoted_" in words.split()
    assert "crushed" not in words.split()
    quote = Unit.make(span=Span(article="b", start=0, end=20), text="almost completely crushed and gone for good",
                      report=0, kind="quote", worded=True)
    assert carried_words(quote) is None


def test_facts_one_wire_sentence_edited_by_two_outlets_is_one_source() -> None:
    articles = [
        Article(id="a", text=WIRE_A, outlet=MetaValue(value="Valley Post")),
        Article(id="b", text=WIRE_B, outlet=MetaValue(value="Lakeside Courier")),
    ]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i, kind="clause",
                       worded=True) for i, a in enumerate(articles)]
    (fact,) = build_facts(articles, analyses, units, [[0, 1]])
    assert fact.independent_sources == 1


def test_copies_a_named_speakers_words_are_left_to_the_speaker() -> None:
    # "..., Lena Voss said": the speaker is the one source of her words and claim (facts names her), not the first
    # report that printed them
    unit = Unit.make(span=Span(article="b", start=0, end=len(WIRE_B)), text=WIRE_B, report=0, kind="clause",
                     worded=True, speakers=frozenset({"E1"}))
    assert carried_words(unit) is None
    some = Unit.make(span=Span(article="b", start=0, end=len(WIRE_B)), text=WIRE_B, report=0, kind="clause",
                     worded=True, speakers=frozenset({"E1", "~authorities"}))
    assert carried_words(some) is not None
