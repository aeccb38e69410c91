"""Corroboration counts on claims that reports tell in different words (written examples)."""

from __future__ import annotations

from compare_helpers import sentence_reports

from storyline.compare.align import Unit, score_pairs
from storyline.compare.conflicts import toll_counts
from storyline.compare.facts import build_facts
from storyline.model import Span


def test_corroboration_a_headline_with_the_side_figure_is_no_second_fact() -> None:
    """A headline giving its lead's toll sides with its lead: the claim is one fact in the conflict, not also a
    corroborated fact of its own beside it."""
    headline = "Thousands flee as storm kills at least 40 people and floods most homes in Velm."
    # the headline's toll is read, "and floods most homes" no noun joined to "people" (QA round N)
    assert [(about, q.value) for about, q in toll_counts(headline)] == [("people died", 40.0)]
    articles, analyses, units = sentence_reports(
        [
            [headline, "The storm killed at least 40 people and flooded most homes in Velm on Monday."],
            ["At least 40 people were killed and most homes flooded when the storm hit Velm, officials said."],
            ["Nearly 20 killed as storm floods homes in Velm."],
        ]
    )
    facts = build_facts(articles, analyses, units, [[0, 1, 2, 3]])
    assert [(f.status, sorted({s.article for s in f.support})) for f in facts] == [
        ("conflict", ["r0", "r1"]),
        ("conflict", ["r2"]),
    ]
    assert len(facts[0].support) == 3


def _unit(text: str, report: int, mentions: tuple[tuple[str, str], ...] = ()) -> Unit:
    """A statement of ``text`` in report ``report``; ``mentions`` are (words, entity id) in it."""
    at = [(text.index(words), text.index(words) + len(words), eid) for words, eid in mentions]
    return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report, mentions=at)


def test_corroboration_a_shared_phrase_alone_is_one_word() -> None:
    """Two statements that share only a phrase ("the flooded districts") say different things of one place; two
    that share a subject and its verb ("two people ... rescued") tell one claim."""
    aid = _unit("The council is trying to get food to the flooded districts, Deputy Mayor Ilse Varn said", 0)
    visit = _unit("Governor Odo Penhale visited the flooded districts with blankets and six nurses", 1)
    assert score_pairs([aid, visit], min_shared=2) == {}
    rescued = _unit("Two people were rescued by the harbour patrol, and one was taken to Velm General", 0)
    since = _unit("Two people have since been rescued, officials said", 1)
    assert (0, 1) in score_pairs([rescued, since], min_shared=2)


def test_corroboration_a_name_another_report_writes_as_a_word_is_that_word() -> None:
    """A "Mayday" call the entity stage read as a name and a crew that "sent out a mayday" share the word."""
    warned = _unit('The pilot warned of a power fault and sent out a "mayday" before the collision', 0)
    radioed = _unit('Orla deckhands radioed a "Mayday" call after the engines lost power', 1, (("Mayday", "E5"),))
    assert (0, 1) in score_pairs([warned, radioed], min_shared=2)
