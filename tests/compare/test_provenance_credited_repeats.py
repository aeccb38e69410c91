"""Blind QA round AG: a report that credits another report of the story ("..., state news agency VPA reported")
and prints a sentence of it word for word repeats it: a ``copy`` edge ("repeats"), and the facts it takes from
that report count one independent source. Every text here is written for these tests."""

from __future__ import annotations

from storyline.compare import compare_story
from storyline.model import Article, Comparison, MetaValue
from storyline.pipeline import analyze

_AGENCY = (
    "HARBORTON, May 3. /VPA/. The Velmish Embassy in Harborton has demanded that the Ostrian authorities ensure the"
    " rights of shipping magnate Arvo Lind after he was detained at the port, the mission said in a statement.\n\n"
    "According to the mission, Velmish diplomats are in close contact with the magnate's defence lawyer.\n\n"
    "Lind was detained late on May 2 as his yacht docked in the old harbour."
)
_CREDITING = (
    "The Velmish embassy in Ostria has demanded consular access to shipping magnate Arvo Lind, state news agency"
    " VPA reported on Sunday.\n\n"
    "Velmish diplomats are in close contact with the magnate's defence lawyer, the embassy added.\n\n"
    "Ostrian prosecutors have not said what charges Lind may face, and his company declined to comment."
)


def _compare() -> Comparison:
    articles = [
        Article(id="vpa", text=_AGENCY, outlet=MetaValue(value="VPA")),
        Article(id="metro", text=_CREDITING, outlet=MetaValue(value="Metro Wire")),
    ]
    return compare_story(articles, [analyze(a) for a in articles])


def test_a_report_crediting_another_of_the_story_repeats_it() -> None:
    comparison = _compare()
    edges = {(e.source, e.target, e.kind) for e in comparison.provenance}
    assert ("Metro Wire", "VPA", "credit") in edges
    assert ("Metro Wire", "VPA", "copy") in edges


def test_what_it_repeats_counts_one_independent_source() -> None:
    comparison = _compare()
    facts = [f for f in comparison.facts if "diplomats are in close contact" in f.text]
    assert len(facts) == 1
    assert set(facts[0].outlets) == {"VPA", "Metro Wire"}
    assert facts[0].independent_sources == 1
    assert facts[0].origin == "VPA"


def test_a_short_statement_both_print_is_no_repeat() -> None:
    """Five words in a row ("one sailor is still missing") are anybody's: the crediting report's own."""
    articles = [
        Article(id="vpa", text=_AGENCY + "\n\nOne sailor is still missing, the harbour master said.",
                outlet=MetaValue(value="VPA")),
        Article(id="metro", text=_CREDITING + "\n\nOne sailor is still missing.", outlet=MetaValue(value="Metro Wire")),
    ]
    comparison = compare_story(articles, [analyze(a) for a in articles])
    facts = [f for f in comparison.facts if "sailor is still missing" in f.text]
    assert len(facts) == 1
    assert facts[0].independent_sources == 2
