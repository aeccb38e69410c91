"""Close rewrites: a report that follows another sentence by sentence in its own words, crediting no one
(written examples, no spaCy)."""

from __future__ import annotations

from compare_helpers import fact_with

from storyline.compare import compare_story
from storyline.compare.rewrites import find_rewrites, rewrite_pairs
from storyline.extract.citations import extract_citations
from storyline.model import Analysis, Article, MetaValue

# a wire story with its own dateline credit, and a blog that retells it paragraph by paragraph in other words
WIRE = (
    "HARBOURTON (Lakeside Wire) — The ferry operator Gullwing Lines said Tuesday that its boats are running and "
    "an inquiry is continuing after a computer fault halted ticket machines at every harbour it serves.\n"
    "The coastguard described the inquiry as open but its spokesman Tobin Marsh said no further details were "
    "available.\n"
    "Gullwing Lines said the fault began Sunday and that it switched off its booking servers to protect "
    "passenger records.\n"
    "It said crossings from Harbourton, Wexmoor, Sallow Bay and Penrith Quay were delayed.\n"
    "Passengers described on social media queues at the ticket desks, cash payments refused and cabin doors "
    "that would not open with card keys.\n"
    "Some photographs showed departure boards on the quays that had gone blank.\n"
    "The company booking website stayed offline Tuesday and listed telephone numbers for the harbour offices.\n"
    "Gullwing Lines carries about two million passengers a year between the islands."
)
BLOG = (
    "In a recent notice, the ferry operator Gullwing Lines said a computer fault had halted ticket machines at "
    "every harbour it serves and its boats are running.\n"
    "The coastguard inquiry is open, and spokesman Tobin Marsh gave no further details.\n"
    "The fault, which began on Sunday, led the company to switch off its booking servers to protect passenger "
    "records.\n"
    "Gullwing Lines said delayed crossings included Harbourton, Wexmoor, Sallow Bay and Penrith Quay.\n"
    "Passengers faced queues at ticket desks, refused cash payments and cabin card keys that would not open "
    "doors.\n"
    "Some pictures even showed blank departure boards on the quays.\n"
    "The booking website of the company remained offline on Tuesday, with telephone numbers listed for "
    "harbour offices.\n"
    "Readers planning a crossing this week should check with their harbour office first."
)
# a paper's own reporting of the same event: the same facts and the same spokesman, told its own way
OWN = (
    "Ticket machines stood dark at Wexmoor harbour on Monday as Gullwing Lines struggled with what it called a "
    "computer fault.\n"
    "Harbour master Ena Colley said about forty cars waited on the slipway for three hours.\n"
    "A café owner on the quay said trade had halved since Sunday.\n"
    "The coastguard has opened an inquiry, spokesman Tobin Marsh confirmed.\n"
    "One lorry driver said he had slept in his cab on the quay.\n"
    "Gullwing Lines did not answer questions about passenger records.\n"
    "The company said its boats are still running.\n"
    "Local councillors called for a meeting with the operator next week."
)


def _reports(*reports: tuple[str, str, str | None]) -> tuple[list[Article], list[Analysis]]:
    articles = [Article(id=i, text=t, outlet=MetaValue(value=o)) for i, t, o in reports]
    analyses = [Analysis(article=a.id, version="t", citations=extract_citations(a, None, ())) for a in articles]
    return articles, analyses


def test_rewrites_a_blog_retelling_a_wire_story_in_order_is_its_rewrite() -> None:
    """The wire credits its own outlet in its dateline, the blog credits nothing: the blog is the rewrite."""
    articles, analyses = _reports(("w", WIRE, "Lakeside Wire"), ("b", BLOG, None), ("o", OWN, "Wexmoor Herald"))
    assert find_rewrites(articles, analyses) == {1: 0}


def test_rewrites_reports_of_one_event_sharing_facts_are_no_rewrite() -> None:
    """A paper's own report shares the event, the places and the spokesman, but not the wire's sentences."""
    articles, analyses = _reports(("w", WIRE, "Lakeside Wire"), ("o", OWN, "Wexmoor Herald"))
    assert rewrite_pairs(articles, analyses) == []
    articles, analyses = _reports(("b", BLOG, None), ("o", OWN, "Wexmoor Herald"))
    assert rewrite_pairs(articles, analyses) == []


def test_rewrites_no_direction_is_guessed() -> None:
    """Neither report credits its own outlet and neither is dated: the pair is found, but no one is told the
    rewrite of the other."""
    wire = WIRE.replace("HARBOURTON (Lakeside Wire) — ", "")
    articles, analyses = _reports(("w", wire, None), ("b", BLOG, None))
    assert rewrite_pairs(articles, analyses) == [(0, 1)]
    assert find_rewrites(articles, analyses) == {}


def test_rewrites_the_rewrite_is_no_independent_source_and_is_linked() -> None:
    articles, analyses = _reports(("w", WIRE, "Lakeside Wire"), ("b", BLOG, None), ("o", OWN, "Wexmoor Herald"))
    comparison = compare_story(articles, analyses)
    edges = [(e.source, e.target, e.kind) for e in comparison.provenance]
    assert ("report b", "Lakeside Wire", "copy") in edges
    fact = fact_with(comparison, articles, (0, "gone blank"), (1, "blank departure boards"))
    assert fact is not None
    assert fact.independent_sources == 1
    assert fact.origin == "Lakeside Wire"


def test_rewrites_the_earlier_dated_report_is_the_original() -> None:
    """Neither report credits its own outlet; the dates tell which came first."""
    wire = WIRE.replace("HARBOURTON (Lakeside Wire) — ", "")
    articles = [
        Article(id="b", text=BLOG, published=MetaValue(value="2025-03-05")),
        Article(id="w", text=wire, published=MetaValue(value="2025-03-04")),
    ]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    assert find_rewrites(articles, analyses) == {0: 1}


def test_rewrites_a_lent_or_guessed_date_tells_no_direction() -> None:
    """A day lent by another report of the story, or guessed from the dates the text tells, says nothing of which
    report came first; a day read from the report's own dateline does."""
    wire = WIRE.replace("HARBOURTON (Lakeside Wire) — ", "")

    def dated(wire_method: str) -> dict[int, int]:
        articles = [
            Article(id="b", text=BLOG, published=MetaValue(value="2025-03-05", inferred=True, method="story")),
            Article(id="w", text=wire, published=MetaValue(value="2025-03-04", inferred=True, method=wire_method)),
        ]
        return find_rewrites(articles, [Analysis(article=a.id, version="t") for a in articles])

    assert dated("text-dates") == {}
    assert dated("dateline") == {}  # the blog's day is lent: only one day is settled


def test_rewrites_a_dated_byline_settles_a_day() -> None:
    """A report's own byline day ('by Mara Quell | Mar 4, 2025') is as settled as its dateline: with both days
    read from the reports' own lines, the earlier one is the original."""
    wire = WIRE.replace("HARBOURTON (Lakeside Wire) — ", "")
    articles = [
        Article(id="b", text=BLOG, published=MetaValue(value="2025-03-05", inferred=True, method="dateline")),
        Article(id="w", text=wire, published=MetaValue(value="2025-03-04", inferred=True, method="byline")),
    ]
    assert find_rewrites(articles, [Analysis(article=a.id, version="t") for a in articles]) == {0: 1}


def test_rewrites_count_of_ordered_close_sentences_matches_the_full_table() -> None:
    """The fast count of close sentences in order (an index of shared words, patience sorting) is the count the
    full table finds, on reports that share many words."""
    import random

    from storyline.compare.rewrites import _chain, _close_pairs, _in_order

    rng = random.Random(5)
    words = [f"w{i}" for i in range(60)]

    def report() -> tuple[tuple[int, int, frozenset[str]], ...]:
        return tuple((n, n + 1, frozenset(rng.sample(words, rng.randint(5, 12)))) for n in range(rng.randint(2, 25)))

    for _ in range(200):
        a, b = report(), report()
        assert _chain(_close_pairs(a, b)) == len(_in_order(a, b))
