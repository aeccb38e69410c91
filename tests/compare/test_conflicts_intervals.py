"""The time between a story's two blasts: reports that give it differently disagree, wherever alignment put
their statements (fictional reports)."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.intervals import intervals

REPORT_A = (
    "Blasts rock Kellwater.\n"
    "Two explosions over a span of 13 hours rocked a resin plant in Kellwater on Tuesday, injuring four workers.\n"
    "Residents were told to stay indoors."
)
REPORT_B = (
    "Fire burns on at Kellwater.\n"
    "A blast around 1 a.m. Tuesday at the Kellwater resin plant injured four workers.\n"
    "The second explosion occurred about 12 hours later.\n"
    "Schools in the town were closed."
)


def test_intervals_between_two_blasts_conflict() -> None:
    _, cmp = compare_texts(("a", REPORT_A, "Gazette"), ("b", REPORT_B, "Wire"))
    found = [f for f in cmp.facts if f.status == "conflict" and f.why.startswith("time between")]
    assert len(found) == 2
    assert {f.why for f in found} == {
        "time between the explosions: about 12 hours vs 13 hours (approximate figures: may be one)"
    }


def test_intervals_read_only_between_two_events_of_one_kind() -> None:
    assert [i.shown for i in intervals("The Tarn blasts, 13 hours apart, broke windows")] == ["13 hours"]
    assert intervals("Crews arrived 13 hours later") == []
    assert intervals("A third blast came two hours later") == []
