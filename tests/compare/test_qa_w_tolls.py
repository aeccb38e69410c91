"""Tolls told in other words (QA round W): "individuals" are people, "were feared dead" and "have lost their lives"
are deaths, "surpassed" leads to a toll, a figure written "2,000" is no year, and "between 800 and 1,800" is one
count. Two reports' different counts of one toll are a conflict (possibly successive updates), never a
corroboration. Fictional texts."""

from __future__ import annotations

import pytest

from storyline.compare.align import Unit
from storyline.compare.conflicts import toll_counts
from storyline.compare.facts import build_facts
from storyline.compare.quantities import quantities
from storyline.model import Analysis, Article, Fact, MetaValue, Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Relief workers fear the worst, with reports of around 4,000 individuals still missing.",
         [("people missing", 4000.0)]),
        ("Governor Tolan said 2,000 were feared dead in Kessry.", [("people died", 2000.0)]),
        ("At least 3,200 people have lost their lives in Kessry, the ministry said.", [("people died", 3200.0)]),
        ("The spokesman said the death toll in Kessry had surpassed 1,500.", [("people died", 1500.0)]),
        ("More than 2,000 people were killed in the flood.", [("people died", 2000.0)]),
        ("The dam was built in 2011 and never inspected.", []),
    ],
)
def test_toll_counts_read_tolls_told_in_other_words(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(about, q.value) for about, q in toll_counts(text)] == expected


def _facts(texts: list[str], groups: list[list[int]]) -> list[Fact]:
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]
    return build_facts(articles, analyses, units, groups)


def test_two_counts_of_the_missing_are_no_corroboration() -> None:
    facts = _facts(
        [
            "The toll may climb, with reports of around 4,000 individuals still missing in Kessry.",
            "A spokesman said the death toll in Kessry had passed 900 while between 800 and 1,800 people were reported"
            " missing.",
        ],
        [[0, 1]],
    )
    assert all(f.status != "corroborated" for f in facts)
    conflicts = [f for f in facts if f.status == "conflict"]
    assert len(conflicts) == 2
    assert all(f.may_be_update for f in conflicts)
    assert "around 4,000 vs 800 to 1,800 people missing" in conflicts[0].why


def test_a_range_is_one_count_from_its_first_figure_to_its_last() -> None:
    ((about, q),) = toll_counts("Between 800 and 1,800 people were reported missing in Kessry.")
    assert (about, q.low, q.written) == ("people missing", 800.0, "Between 800 and 1,800")
    assert [q.written for q in quantities("The fund grew from 800 to 1,800 members.")] == ["1,800"]


def test_a_feared_toll_and_a_later_one_conflict_as_updates() -> None:
    facts = _facts(
        [
            "Governor Tolan said 2,000 were feared dead in Kessry.",
            "At least 3,200 people have lost their lives in Kessry, the ministry said.",
        ],
        [[0], [1]],
    )
    conflicts = [f for f in facts if f.status == "conflict"]
    assert len(conflicts) == 2
    assert all(f.may_be_update for f in conflicts)
