"""Since when someone has held a post (QA round T): "has led the firm ... since 2019" and "had been CEO since
founding the firm in 2015" disagree on when one woman's time at its head began. Fictional texts."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.tenures import tenures
from storyline.model import Analysis, Article, MetaValue, Span

NAMES = {"E1": ("Dara Venn", "PERSON"), "E2": ("Tomas Okafor", "PERSON")}


def _conflicts(texts: list[str]) -> list[str]:
    """The reasons of the conflicts among one-statement reports."""
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]

    def mentions(span: Span) -> list[tuple[int, int, str]]:
        text = articles[int(span.article[1:])].text
        return [(text.index(n), text.index(n) + len(n), e) for e, (n, _) in NAMES.items() if n in text]

    facts = build_facts(articles, analyses, units, [[n] for n in range(len(units))], names=NAMES, mentions=mentions)
    return sorted({f.why for f in facts if f.status == "conflict"})


def test_a_tenure_is_read_with_its_holder_post_and_first_year() -> None:
    text = "Dara Venn had been CEO since founding Orsk Labs in 2015, along with Tomas Okafor."
    [t] = tenures(text, [(0, 9, "Dara Venn"), (text.index("Tomas"), len(text) - 1, "Tomas Okafor")])
    assert (t.holder, t.post, t.year, t.written) == ("Dara Venn", "lead", 2015, "since founding Orsk Labs in 2015")
    # no post, or no year after "since": no tenure
    assert tenures("Dara Venn has lived in Orsk since 2015.", [(0, 9, "Dara Venn")]) == []
    assert tenures("Dara Venn has led the firm since its founding.", [(0, 9, "Dara Venn")]) == []


def test_two_first_years_of_one_post_conflict() -> None:
    assert _conflicts([
        "Dara Venn, who co-founded Orsk Labs in 2015, has led the firm that launched Pallas a year ago, since 2019.",
        "Dara Venn had been CEO since founding Orsk Labs in 2015 along with Tomas Okafor, who served as president.",
    ]) == ["Dara Venn at the head since 2015 vs since 2019"]


def test_different_posts_or_the_same_year_do_not_conflict() -> None:
    assert _conflicts([
        "Dara Venn has led Orsk Labs since 2019.",
        "Dara Venn has been a board member of Orsk Labs since 2015.",
    ]) == []
    assert _conflicts([
        "Dara Venn has led Orsk Labs since 2019.",
        "Dara Venn, CEO since 2019, was fired on Friday.",
    ]) == []
