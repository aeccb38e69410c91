"""A report supports a line only when it states the line's figures and its main claim (QA round Q, problems 5, 6
and 12): "nearly 300-year history" is not stated by "nearly 288-year history", a line about a 1987 success not by
a statement naming no 1987, "After X, Y" not by a statement telling X alone, and a quote not by another wording."""

from __future__ import annotations

import pytest

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts, states
from storyline.model import Analysis, Article, MetaValue, Span


@pytest.mark.parametrize(
    ("line", "other", "stated"),
    [
        # a figure written onto its word: another figure is another claim, whatever the hedge
        ("The first Velmish-born rector in Orrin College's nearly 300-year history, Ada Kell admitted how short "
         "her term was",
         "Her exit marks the end of her brief term, the shortest in Orrin College's nearly 288-year history", False),
        ("The first Velmish-born rector in Orrin College's nearly 300-year history, Ada Kell admitted how short "
         "her term was",
         "Ada Kell, the first Velmish-born rector in the college's 300-year history, admitted her term was short",
         True),
        # a year the line names is part of what it says
        ("Winger Tomas Reyne on Sunday scored all the points for a Harbour side which repeated its 1987 success",
         "Tomas Reyne scored all the points on Sunday as Harbour won the final, their first title since 2001", False),
        ("Winger Tomas Reyne on Sunday scored all the points for a Harbour side which repeated its 1987 success",
         "Tomas Reyne scored all the points on Sunday as Harbour repeated their 1987 success", True),
        # a line opening with a clause of time says its main clause
        ("After keeper Ivo Brandt was sent off for a late challenge, the Rovers had no right to be level at "
         "halftime, let alone leading at fulltime",
         "Rovers keeper Ivo Brandt became the first player sent off in a cup final for a late challenge", False),
        ("After keeper Ivo Brandt was sent off for a late challenge, the Rovers were still level at halftime",
         "Even with keeper Ivo Brandt sent off, the Rovers were still level at halftime", True),
    ],
)
def test_states_asks_for_the_line_figures_and_main_claim(line: str, other: str, stated: bool) -> None:
    assert states(line, other) is stated


def _quotes(texts: list[str]) -> tuple[list[Article], list[Analysis], list[Unit]]:
    """One report of one quote each (the whole text), numbered in order."""
    articles, units = [], []
    for i, text in enumerate(texts):
        articles.append(Article(id=f"r{i}", text=text, outlet=MetaValue(value=f"Outlet {i}")))
        units.append(Unit.make(span=Span(article=f"r{i}", start=0, end=len(text)), text=text, report=i, kind="quote"))
    return articles, [Analysis(article=a.id, version="t") for a in articles], units


def test_fact_support_cites_a_quote_only_for_its_own_wording() -> None:
    """A translated letter quoted in other words is no carrier of the first wording: it is cited for its own."""
    articles, analyses, units = _quotes(
        [
            "it is in the best interests of Orrin College for me to resign so that our community can navigate this "
            "moment of great difficulty with a focus on the college rather than any one person",
            "it is in the best interests of Orrin College for me to resign so that our community can navigate this "
            "moment of great difficulty with a focus on the college rather than any one person",
            "it is in Orrin College's best interest for me to step down so that our community can meet this moment "
            "of great difficulty with a focus on the college rather than any one person",
        ]
    )
    facts = build_facts(articles, analyses, units, [[0, 1, 2]])
    assert [[s.article for s in f.support] for f in facts] == [["r0", "r1"], ["r2"]]


def test_fact_support_quote_cut_by_an_editor_is_one_wording() -> None:
    """An editor's cut ("...") or a bracketed insertion leaves the speaker's words one wording."""
    articles, analyses, units = _quotes(
        [
            "we have to give it to Castlemoor, they are a quality side and a different class on the day",
            "we have to give it to Castlemoor, they are a quality side . . . a different class on the day",
            "we have to give it to [the] Castlemoor, they are a quality side and a different class on the day",
        ]
    )
    facts = build_facts(articles, analyses, units, [[0, 1, 2]])
    assert [[s.article for s in f.support] for f in facts] == [["r0", "r1", "r2"]]
