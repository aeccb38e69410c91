"""Reports that give the years a named thing has lasted differently are never one corroborated fact (QA round Q:
"Harvard's nearly 400-year history" and "Harvard's nearly 388-year history" were one fact of two sources)."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts

from storyline.compare.scheduled import spans


def _facts(*reports: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    _, comparison = compare_texts(*reports)
    return [(f.status, f.text, f.why) for f in comparison.facts]


def test_conflicts_spans_rounded_years_noted() -> None:
    found = _facts(
        ("a", "Rector Ines Vasko resigned on Monday. She was the first woman to lead in Castor College's nearly "
              "200-year history.", "X"),
        ("b", "Rector Ines Vasko resigned on Monday. Her term was the shortest in Castor College's nearly 212-year "
              "history.", "Y"),
    )
    history = [f for f in found if "history" in f[1]]
    assert [status for status, _, _ in history] == ["conflict", "conflict"]
    assert {why for _, _, why in history} == {"years of history: nearly 200 vs nearly 212 (a rounding: may be one)"}


def test_conflicts_spans_different_years() -> None:
    found = _facts(
        ("a", "The Orsk Ferry Company's 150-year history was marked with a parade on Sunday.", "X"),
        ("b", "Crowds lined the quay as the Orsk Ferry Company's 175-year history was marked on Sunday.", "Y"),
    )
    assert {why for status, _, why in found if status == "conflict"} == {"years of history: 150 vs 175"}


def test_conflicts_spans_agree() -> None:
    found = _facts(
        ("a", "The Orsk Ferry Company's 150-year history was marked with a parade on Sunday.", "X"),
        ("b", "Crowds lined the quay as the Orsk Ferry Company's 150-year history was marked on Sunday.", "Y"),
    )
    assert not [f for f in found if f[0] == "conflict"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the shortest in Castor College’s nearly 212-year history",
         [("nearly 212", ["castor", "college"], "history")]),
        ("the 70-year reign of Queen Elsa ended", [("70", ["elsa", "queen"], "reign")]),
        ("a 20-year sentence", []),
        ("The 12-year-old boy was found.", []),
    ],
)
def test_conflicts_spans_read(text: str, expected: list[tuple[str, list[str], str]]) -> None:
    assert [(s.written, sorted(s.owner), s.noun) for s in spans(text)] == expected
