"""A disaster toll revised through the day: each bulletin's figure is a side of one toll, told as a possible
update, though "at least 120" and "at least 260" may both hold (QA round M #4: 296, 632, 1,037 and 1,305 dead)."""

from __future__ import annotations

from compare_helpers import compare_texts, conflicting, fact_with

QUAKE = "A strong earthquake struck the Varn hills late on Friday. "


def test_toll_progression_each_bulletin_is_a_side_of_one_toll() -> None:
    articles, comparison = compare_texts(
        ("a", QUAKE + "Officials in Tesk said the quake killed at least 120 people across the region.", "X"),
        ("b", QUAKE + "By noon the interior ministry said at least 260 people had died in the hills.", "Y"),
        ("c", QUAKE + "Rescuers have now found more than 540 dead, the state agency reported in the evening.", "Z"),
    )
    first, second = conflicting(comparison, articles, (0, "at least 120"), (1, "at least 260"))
    third = fact_with(comparison, articles, (2, "more than 540"))
    assert third is not None
    assert third.status == "conflict"
    assert (first.may_be_update, second.may_be_update) == (True, True)
    assert first.why == "more than 540 vs at least 260 vs at least 120 people died"


def test_toll_progression_a_part_of_the_toll_is_no_side() -> None:
    _, comparison = compare_texts(
        ("a", QUAKE + "Officials said the quake killed at least 120 people across the region.", "X"),
        ("b", QUAKE + "At least 120 people died, and the quake killed 6 people from one family in Orsk.", "Y"),
    )
    assert not any(f.status == "conflict" for f in comparison.facts)
