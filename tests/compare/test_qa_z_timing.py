"""A statement that places an act after an event ("tipped over a day after its landing") does not corroborate one
that places it as the event happened ("as it was landing", "during its touchdown"): they conflict (QA round Z).
Fictional texts."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.timing import timing_conflict
from storyline.model import Analysis, Article, Fact, MetaValue, Span


def _facts(sentences: list[str]) -> list[Fact]:
    """Facts of one-sentence reports, all in one group."""
    articles = [Article(id=f"r{i}", text=s, outlet=MetaValue(value=f"Outlet {i}")) for i, s in enumerate(sentences)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]
    return build_facts(articles, analyses, units, [list(range(len(units)))])


_AFTER = "Brightline Aerospace's Corvid lunar probe tipped onto its side a day after its landing."


def test_after_the_landing_conflicts_with_as_it_was_landing() -> None:
    facts = _facts([_AFTER, "Brightline Aerospace's Corvid probe tipped onto its side as it was landing on Tuesday."])
    assert [f.status for f in facts] == ["conflict", "conflict"]
    assert facts[0].why == '"after its landing" vs "as it was landing"'


def test_one_event_under_two_names() -> None:
    assert timing_conflict(_AFTER, "The Corvid probe settled on its side during its bumpy touchdown.") is not None


def test_the_same_timing_still_corroborates() -> None:
    again = "Brightline Aerospace's Corvid probe tipped onto its side a day after its landing, the firm said."
    facts = _facts([_AFTER, again])
    assert [f.status for f in facts] == ["corroborated"]


def test_other_words_ending_in_ing_are_no_event() -> None:
    assert timing_conflict("The probe tipped over after its landing.",
                           "The probe tipped over on Tuesday evening, after landing.") is None
    assert timing_conflict("The probe tipped over after its landing.",
                           "The probe tipped over on its side during the night.") is None
