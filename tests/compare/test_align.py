"""Statement alignment: paraphrase pairs, quotes by their words, groups that do not chain."""

from __future__ import annotations

from storyline.compare.align import Unit, align, quote_similarity
from storyline.model import Span


def _units(*reports: list[str]) -> list[Unit]:
    out = []
    for r, sentences in enumerate(reports):
        pos = 0
        for s in sentences:
            out.append(Unit.make(span=Span(article=f"r{r}", start=pos, end=pos + len(s)), text=s, report=r))
            pos += len(s) + 1
    return out


def test_align_pairs_paraphrases_across_reports() -> None:
    units = _units(
        ["Japan is in talks to open a NATO liaison office in Tokyo.", "Fishing boats stayed in port all week."],
        ["Talks are under way to open a liaison office of NATO in Tokyo.", "The central bank kept rates steady."],
    )
    groups = align(units)
    assert [0, 2] in groups
    assert [1] in groups
    assert [3] in groups


def test_align_never_groups_statements_of_one_report_alone() -> None:
    units = _units(["The dam failed at dawn.", "The dam failed at dawn again."])
    assert align(units) == [[0], [1]]


def test_align_quote_similarity_tolerates_small_edits() -> None:
    a = "We are already in discussions, but no details (have been) finalized yet,"
    b = "We are already in discussions, but no details have been finalized"
    assert quote_similarity(a, b) > 0.9
    assert quote_similarity(a, "Nothing has been decided about the office in Tokyo yet") < 0.5


def test_align_entity_mentions_count_as_one_word() -> None:
    span = Span(article="a", start=0, end=44)
    unit = Unit.make(
        span=span, text="North Atlantic Treaty Organization expands.", report=0, mentions=[(0, 34, "E1")]
    )
    assert "@E1" in unit.tokens
    assert "atlantic" not in unit.tokens
    assert unit.entities == frozenset({"E1"})
