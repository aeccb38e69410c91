"""Conflicts missed or garbled in QA round O (a storm's bulletins, a verdict): the dead and the missing are two
tolls, never one sum; troops and the most a charge carries are compared; a verdict's clock time is read though
the clerk's words tell the verdict. All text is invented."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts, conflicting

from storyline.compare.conflicts import count_disagreement, number_conflict, quantities, toll_counts
from storyline.compare.dates import clock_times, one_event_time


def _tolls(text: str) -> list[tuple[str, float]]:
    return [(about, q.value) for about, q in toll_counts(text)]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        # the dead and the missing of one bulletin, never summed into one toll
        ("Interior Minister Dana Roe told reporters Thursday that 12 people were dead and three were missing",
         [("people died", 12.0), ("people missing", 3.0)]),
        # "others" of another toll than the count before them are a toll of their own, no part of one
        ("Governor Ilsa Marr said 30 people were confirmed dead and 25 others were missing, citing prosecutors",
         [("people died", 30.0), ("people missing", 25.0)]),
        # a count of the dead and the missing together is a count of neither
        ("Nearly 60 dead and missing in Tarnland after storm, governor says", []),
        # a headline's toll, and the verb after it with its object ("and destroys most houses")
        ("Storm kills at least 40 people and destroys most houses in Velm", [("people died", 40.0)]),
        # two places' counts added up are no toll the report told
        ("At least 85 people were injured in Orm and 55 in Tarn, an official said", []),
    ],
)
def test_qa_o_conflicts_tolls_table(text: str, tolls: list[tuple[str, float]]) -> None:
    assert _tolls(text) == tolls


def test_qa_o_conflicts_a_breakdown_by_place_is_no_part_of_the_count_before_it() -> None:
    """"48 dead, consisting of 43 in Port Anse and five in Cadre": the five go with the 43, not the 48."""
    text = "Civil protection said there were 48 dead, consisting of 43 in Port Anse and five in nearby Cadre."
    assert [q.value for q in quantities(text)] == [48.0]


def test_qa_o_conflicts_two_bulletins_disagree_on_each_toll() -> None:
    thursday = ("Interior Minister Dana Roe told reporters Thursday that 12 people were dead and three were missing "
                "after the storm hit Port Anse.\nRoads were still closed.")
    monday = ("Governor Ilsa Marr said 30 people were confirmed dead and 25 others were missing after the storm hit "
              "Port Anse, citing prosecutors.\nSchools stayed shut.")
    found = count_disagreement(thursday, monday)
    assert found is not None
    assert found.why == "12 vs 30 people died; 3 vs 25 people missing"
    assert found.update
    articles, cmp = compare_texts(("a", thursday, "Anse Daily"), ("b", monday, "Gulf Wire"))
    one, other = conflicting(cmp, articles, (0, "12 people were dead"), (1, "30 people were confirmed dead"))
    assert one.why == other.why == "12 vs 30 people died; 3 vs 25 people missing"
    assert one.may_be_update


def test_qa_o_conflicts_troops_deployed() -> None:
    """"Members of the army, navy and national guard" are troops, and what is said of them follows the list."""
    a = ("Some 8,300 members of Velmark's army, navy and national guard were deployed in and near Port Anse to "
         "clear debris, the defence ministry said.\nThe airport stayed shut.")
    b = ("Landslides blocked the coast road, and according to the Tessel Wire, the 9,800 troops that were deployed "
         "to the area lacked the machinery to clear it.\nPower was cut.")
    articles, cmp = compare_texts(("a", a, "Anse Daily"), ("b", b, "Gulf Wire"))
    one, _ = conflicting(cmp, articles, (0, "Some 8,300 members"), (1, "the 9,800 troops"))
    assert one.why == "some 8,300 vs 9,800 troop"


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a hedge on a figure given past its first digit allows less than one on a round figure
        ("Some 4,600 troops were deployed to the coast.", "5,000 troops were deployed to the coast.", True),
        # soldiers are troops
        ("4,600 soldiers were deployed to the coast.", "5,000 troops were deployed to the coast.", True),
        ("About 300 troops were deployed to the coast.", "310 troops were deployed to the coast.", False),
        # the most a charge carries: a hedge on it allows little
        ("Orlen is now facing close to 70 years in prison.", "Orlen faces up to 67 years in prison.", True),
        ("Orlen is now facing close to 70 years in prison.", "Orlen faces up to 69 years in prison.", False),
    ],
)
def test_qa_o_conflicts_hedged_figures_table(a: str, b: str, conflict: bool) -> None:
    assert (number_conflict(a, b) is not None) is conflict, number_conflict(a, b)


def test_qa_o_conflicts_a_time_in_the_event_zone_is_the_event_time() -> None:
    """"at 9:12 p.m. ET" is the verdict's own time in a report from there, no conversion; two such zones that
    differ are never one time."""
    told = clock_times("The jury returned its verdict at 9:12 p.m. ET on Friday.")
    assert [c.written for c in told] == ["9:12 p.m."]
    central = clock_times("The storm struck the coast at 1:25 a.m. CDT.")
    eastern = clock_times("The storm struck the coast at 1:40 a.m. EDT.")
    assert not one_event_time(central[0], eastern[0])


def test_qa_o_conflicts_a_verdict_time_told_in_the_clerks_words() -> None:
    a = ('The trial ran for three weeks, and at 9:12 p.m. on Friday the clerk said, "the jury has reached a '
         'verdict."\nThe courtroom was silent.')
    b = ("At about 9:20 p.m., Ora Lind, the deputy court clerk, announced that the jury had reached a verdict.\n"
         "Reporters ran in.")
    _, cmp = compare_texts(("a", a, "Court Desk"), ("b", b, "Harbour Times"))
    sides = [f for f in cmp.facts if f.status == "conflict" and f.why == "clock time 9:12 p.m. vs about 9:20 p.m."]
    assert sorted(s.article for f in sides for s in f.support) == ["a", "b"]
