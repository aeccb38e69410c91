"""A toll told of another, dated event is no figure of this story's (QA round V): "the deadliest disaster since a
1960 tsunami, which killed 61 people" is not set against "an official tally of 55 dead". Fictional texts."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.money import elsewhen
from storyline.compare.units import report_units
from storyline.model import Analysis, Article, MetaValue, Span

TALLY = "The loss of life from the fire that razed Velm is expected to rise above the official tally of 55 dead."
BACKGROUND = (
    "The blaze in Velm is already the island's deadliest disaster since a 1960 tsunami, which killed 61 people, and"
    " the worst fire in a century."
)


def test_a_which_clause_on_a_dated_event_stays_with_its_year() -> None:
    units = [u.text for u in report_units(Article(id="a", text=BACKGROUND), Analysis(article="a", version="t"), 0,
                                          lambda span: [])]
    assert not any(u.startswith("killed 61") for u in units)
    assert any("1960 tsunami, which killed 61 people" in u for u in units)
    assert elsewhen(BACKGROUND)


def test_a_dated_events_toll_is_no_conflict_with_this_storys() -> None:
    texts = [TALLY, BACKGROUND]
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]
    facts = build_facts(articles, analyses, units, [[0], [1]])
    assert [f.status for f in facts if f.status == "conflict"] == []
