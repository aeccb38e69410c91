"""An outlet credited by one report stays a news source when other reports name it only as a source (QA round X:
a credit to a broadcaster dropped from the brief once a fifth report was added). Fictional texts."""

from __future__ import annotations

from storyline.compare.provenance import parties
from storyline.model import Analysis, Article, Citation, Span, StoryEntity

CREDITING = "The boat had left Corvo two days before it sank, Greek state broadcaster Aktis said."
OTHERS = (
    "The Greek coast guard searched the sea off Velmont through the night.",
    "Greek rescuers pulled 40 people from the water, the port chief told the public broadcaster Aktis.",
)


def _mentions(name: str, texts: dict[str, str]) -> tuple[Span, ...]:
    return tuple(Span(article=aid, start=t.index(name), end=t.index(name) + len(name)) for aid, t in texts.items()
                 if name in t)


def _story() -> tuple[list[Article], list[Analysis], dict[str, str]]:
    texts = {"a": CREDITING, "b": OTHERS[0], "c": OTHERS[1]}
    at = CREDITING.index("Greek state")
    said = Citation(span=Span(article="a", start=at, end=CREDITING.index(" said") + len(" said")),
                    text="Greek state broadcaster Aktis said", cites="Aktis", kind="reported")
    articles = [Article(id=aid, text=t) for aid, t in texts.items()]
    analyses = [Analysis(article="a", version="t", citations=(said,)), Analysis(article="b", version="t"),
                Analysis(article="c", version="t")]
    return articles, analyses, texts


def test_provenance_a_nationality_in_a_credit_does_not_make_the_outlet_an_actor() -> None:
    # "Greek" acts in two reports (the coast guard, the rescuers), but it only describes the broadcaster
    articles, analyses, texts = _story()
    greek = StoryEntity(id="s1", name="Greek", type="NORP", mentions=_mentions("Greek", texts))
    assert parties(articles, analyses, [greek]) == frozenset()


def test_provenance_an_outlet_named_as_a_broadcaster_without_a_citation_is_no_actor() -> None:
    # "told the public broadcaster Aktis" in a report whose citation was not read still names a source
    articles, analyses, texts = _story()
    texts = {**texts, "b": OTHERS[1], "c": OTHERS[1].replace("Greek rescuers", "Divers")}
    articles = [Article(id=aid, text=t) for aid, t in texts.items()]
    aktis = StoryEntity(id="s1", name="Aktis", type="ORG", mentions=_mentions("Aktis", texts))
    assert parties(articles, analyses, [aktis]) == frozenset()


def test_provenance_an_outlet_that_acts_in_two_reports_is_a_party() -> None:
    # the control: a network sued in two reports is an actor of the story
    articles, analyses, texts = _story()
    texts = {**texts, "b": "Aktis settled the suit on Monday.", "c": "Aktis lost the suit brought by Velmont."}
    articles = [Article(id=aid, text=t) for aid, t in texts.items()]
    aktis = StoryEntity(id="s1", name="Aktis", type="ORG", mentions=_mentions("Aktis", texts))
    assert parties(articles, analyses, [aktis]) == frozenset({"aktis"})
