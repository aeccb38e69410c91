"""One sentence is one fact: a statement set against another report's figure is not also a second, corroborated
fact of the group alignment made of it (QA round AH #7)."""

from __future__ import annotations

from compare_helpers import compare_texts


def test_a_disputed_statement_is_one_fact_with_its_support() -> None:
    _, comparison = compare_texts(
        ("r0", "Fever cases reported so far this year have passed last year's total, with more than 4,000 cases and "
               "352 deaths, according to council data. The clinic in Orvale reopened on Monday.", "Harbor Wire"),
        ("r1", "Dr. Ada Vell said the more than 4,000 cases and 352 deaths reported so far this year in Orvale "
               "were only the start. Vaccines arrived by boat.", "Velmar Times"),
        ("r2", "Since the beginning of this year, Orvale has seen a serious outbreak of fever, with over 4,000 "
               "reported cases and 311 deaths. The port stayed open.", "Kessby Post"),
    )
    r0 = [f for f in comparison.facts if any(s.article == "r0" and s.start == 0 for s in f.support)]
    assert [f.status for f in r0] == ["conflict"]
    assert sorted({s.article for s in r0[0].support}) == ["r0", "r1"]
