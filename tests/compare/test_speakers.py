"""One quote given to two different people by two reports (QA round K: a passenger's words given to the son in
one report and to the father in another)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.speakers import speaker_conflict
from storyline.model import Analysis, Article, MetaValue, Span

WORDS = "We crawled along the deck towards the lifeboats"
TEXTS = [
    f'Lena Varga, 16, told the Harbour Herald: "{WORDS}."',
    f'Her father, Pal Varga, said: "{WORDS}."',
]
NAMES = {"E1": ("Lena Varga", "PERSON"), "E2": ("Pal Varga", "PERSON"), "E3": ("Varga", "PERSON"),
         "E4": ("Coast Authority", "ORG"), "E5": ("Harbour officials", "PERSON")}


def _units(speakers: list[str]) -> tuple[list[Article], list[Analysis], list[Unit]]:
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=o))
                for i, (t, o) in enumerate(zip(TEXTS, ["Harbour Herald", "Valley Post"], strict=True))]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = []
    for i, (a, who) in enumerate(zip(articles, speakers, strict=True)):
        start = a.text.index(WORDS)
        span = Span(article=a.id, start=start, end=start + len(WORDS))
        unit = Unit.make(span=span, text=WORDS, report=i, kind="quote", worded=True)
        units.append(replace(unit, speakers=frozenset({who})))
    return articles, analyses, units


@pytest.mark.parametrize(
    ("speakers", "conflict"),
    [
        (["E1", "E2"], True),  # two people
        (["E1", "E1"], False),  # one person
        (["E1", "E3"], False),  # a surname and a full name may be one person
        (["E1", "E4"], False),  # an organisation is no person's name to set against
        (["E1", "E5"], False),  # nor is a description ("Harbour officials")
    ],
)
def test_speakers_conflict_table(speakers: list[str], conflict: bool) -> None:
    _, _, units = _units(speakers)
    assert (speaker_conflict(units[0], units[1], NAMES) is not None) is conflict


def test_speakers_a_quote_given_to_two_people_is_a_conflict_with_no_one_origin() -> None:
    articles, analyses, units = _units(["E1", "E2"])
    facts = build_facts(articles, analyses, units, [[0, 1]], names=NAMES)
    assert [f.status for f in facts] == ["conflict", "conflict"]
    assert facts[0].why == "words given to Lena Varga vs Pal Varga"
    assert not any(f.origin == "Lena Varga" and len(f.support) > 1 for f in facts)
    # one speaker: one fact of that speaker's words
    articles, analyses, units = _units(["E1", "E1"])
    (fact,) = build_facts(articles, analyses, units, [[0, 1]], names=NAMES)
    assert fact.status != "conflict"


def test_speakers_a_report_naming_the_other_speaker_before_is_no_disagreement() -> None:
    """A report that names the other report's speaker before the words ("Pal Varga said ... “...,” he said") may
    give them the words too: its speaker may be a "he" resolved to the wrong person."""
    _, _, units = _units(["E1", "E2"])

    def named_before(unit: Unit) -> tuple[str, ...]:
        return ("Pal Varga",) if unit.report == 0 else ()

    assert speaker_conflict(units[0], units[1], NAMES, named_before) is None
    # a person of the same surname named before is somebody else
    assert speaker_conflict(units[0], units[1], NAMES, lambda u: ("Eva Varga",)) is not None
