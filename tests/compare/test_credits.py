"""What a report shares with a report it credits is one source; a party's statement is no credit."""

from __future__ import annotations

from compare_helpers import fact_with

from storyline.compare import compare_story
from storyline.model import Analysis, Article, Citation, MetaValue, Span

ORIGINAL = (
    "The Vell ferry company agreed on Monday to pay 4 million crowns to settle a dispute with the harbour board.\n"
    "Board chair Ada Morr told reporters outside the court that the settlement was a relief for the island.\n"
    "Judge Eli Varn called the jurors into the courtroom shortly before noon to tell them the case was over."
)
REWRITE = (
    "The Vell ferry company has agreed to pay 4 million crowns to settle its dispute with the harbour board.\n"
    "Board chair Ada Morr told reporters outside the court that the deal was a relief for the island.\n"
    "Judge Eli Varn summoned the jurors into the courtroom before noon to tell them the case was over.\n"
    "Source: Harbor Radio"
)


def _story(rewrite_credits: bool) -> tuple[list[Article], list[Analysis]]:
    articles = [
        Article(id="h", text=ORIGINAL, outlet=MetaValue(value="Harbor Radio")),
        Article(id="w", text=REWRITE, outlet=MetaValue(value="Jobs Wire")),
    ]
    at = REWRITE.index("Harbor Radio")
    credit = Citation(span=Span(article="w", start=at, end=len(REWRITE)), text="Harbor Radio", cites="Harbor Radio")
    analyses = [
        Analysis(article="h", version="t"),
        Analysis(article="w", version="t", citations=(credit,) if rewrite_credits else ()),
    ]
    return articles, analyses


def test_credits_a_rewrite_crediting_its_source_adds_no_source() -> None:
    """A rewrite that ends "Source: Harbor Radio" took what it shares with Harbor Radio's report from it."""
    articles, analyses = _story(rewrite_credits=True)
    cmp = compare_story(articles, analyses)
    fact = fact_with(cmp, articles, (0, "agreed on Monday to pay"), (1, "has agreed to pay"))
    assert fact is not None
    assert fact.independent_sources == 1
    assert fact.origin == "Harbor Radio"


PARTY_A = (
    "Harbour News agreed on Monday to pay 3 million crowns to the ferry firm Tamsin Lines.\n"
    "Harbour News said the amount overstated the value of the firm."
)
PARTY_B = (
    "Harbour News settled the defamation suit brought by Tamsin Lines on Monday.\n"
    "Harbour News did not immediately confirm the amount."
)


def _party_story(inferred: bool) -> tuple[list[Article], list[Analysis]]:
    """Two reports of a suit against a network, Harbour News: one with the network's statement read as a
    citation, the other with its outlet inferred (when ``inferred``) from the network's own acts."""
    from storyline.model import Entity

    def named(article: str, text: str) -> Entity:
        spans = []
        at = text.find("Harbour News")
        while at >= 0:
            spans.append(Span(article=article, start=at, end=at + len("Harbour News")))
            at = text.find("Harbour News", at + 1)
        return Entity(id="e1", name="Harbour News", type="ORG", mentions=tuple(spans))

    said = PARTY_A.index("Harbour News said")
    statement = Citation(span=Span(article="a", start=said, end=said + len("Harbour News said")),
                         text="Harbour News said", cites="Harbour News")
    own = PARTY_B.index("Harbour News did")
    outlet = MetaValue(value="Harbour News", inferred=True, method="self-reference",
                       evidence=(Span(article="b", start=own, end=own + 30),)) if inferred else MetaValue()
    articles = [
        Article(id="a", text=PARTY_A, outlet=MetaValue(value="Valley Post")),
        Article(id="b", text=PARTY_B, outlet=outlet),
    ]
    analyses = [
        Analysis(article="a", version="t", entities=(named("a", PARTY_A),), citations=(statement,)),
        Analysis(article="b", version="t", entities=(named("b", PARTY_B),)),
    ]
    return articles, analyses


def test_credits_a_party_statement_is_no_credit_to_an_outlet() -> None:
    """The network being sued says something: that is its statement, not a news source the report used."""
    cmp = compare_story(*_party_story(inferred=False))
    assert not [e for e in cmp.provenance if e.target == "Harbour News"]


def test_credits_an_outlet_inferred_from_a_party_acts_is_dropped() -> None:
    """"Harbour News did not immediately confirm the amount" tells what the party did, not who reported it."""
    cmp = compare_story(*_party_story(inferred=True))
    assert "Harbour News" not in {c.outlet for c in cmp.coverage}
    assert all(f.origin != "Harbour News" for f in cmp.facts)


def test_credits_a_whole_report_credit_names_the_report_it_rewrote() -> None:
    """"Source: Harbor Radio" ends a rewrite; the one report of unknown outlet whose wording it keeps is Harbor
    Radio's, and what the two share is one source."""
    articles, analyses = _story(rewrite_credits=True)
    articles[0] = Article(id="h", text=ORIGINAL)
    cmp = compare_story(articles, analyses)
    fact = fact_with(cmp, articles, (0, "agreed on Monday to pay"), (1, "has agreed to pay"))
    assert fact is not None
    assert fact.independent_sources == 1
    assert fact.origin == "Harbor Radio"


def test_credits_a_picture_credit_is_no_credit_of_the_words() -> None:
    """A caption's "Photo via Harbor Radio" says who took the picture: the rewrite's words stay its own source."""
    articles, analyses = _story(rewrite_credits=False)
    at = REWRITE.index("Source: Harbor Radio")
    picture = Citation(span=Span(article="w", start=at, end=len(REWRITE)), text="Harbor Radio", cites="Harbor Radio",
                       kind="picture")
    analyses[1] = Analysis(article="w", version="t", citations=(picture,))
    fact = fact_with(compare_story(articles, analyses), articles, (0, "agreed on Monday to pay"), (1, "has agreed"))
    assert fact is not None
    assert fact.independent_sources == 2
