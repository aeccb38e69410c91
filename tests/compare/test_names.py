"""A person called by another person's first name in one report (QA round K: "Javier Massa" for Sergio Massa, in
a story whose Javier is Javier Milei)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.names import crossed_names
from storyline.model import Analysis, Article, MetaValue, Span

TEXTS = [
    "Rosa Ibarra won the mayoral runoff in Corran, beating Tomas Keel.",
    "Tomas Keel conceded to Rosa Ibarra late on Sunday.",
    "Rosa Ibarra thanked voters. {other}, the other candidate, congratulated her.",
]


def _story(other: str) -> tuple[list[Article], list[Analysis], list[Unit], dict[str, tuple[str, str]]]:
    names = {"E1": ("Rosa Ibarra", "PERSON"), "E2": ("Tomas Keel", "PERSON"), "E3": (other, "PERSON")}
    named = [{"E1", "E2"}, {"E1", "E2"}, {"E1", "E3"}]
    texts = [t.format(other=other) for t in TEXTS]
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [
        replace(Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i),
                named=frozenset(n))
        for i, (a, n) in enumerate(zip(articles, named, strict=True))
    ]
    return articles, analyses, units, names


@pytest.mark.parametrize(
    ("other", "crossed"),
    [
        ("Rosa Keel", True),  # the winner's first name on the loser's surname
        ("Anton Keel", False),  # a first name no other person has: a relative, as likely as an error
        ("Tomas Keel", False),  # the same name
    ],
)
def test_names_crossed_table(other: str, crossed: bool) -> None:
    _, _, units, names = _story(other)
    found = crossed_names(units, names)
    assert bool(found) is crossed
    if crossed:
        assert found[0][2] == "name: Rosa Keel vs Tomas Keel"


def test_names_crossed_name_is_a_conflict_of_two_statements() -> None:
    articles, analyses, units, names = _story("Rosa Keel")
    facts = build_facts(articles, analyses, units, [[0, 1], [2]], names=names)
    conflicts = [f for f in facts if f.status == "conflict"]
    assert [f.why for f in conflicts] == ["name: Rosa Keel vs Tomas Keel"] * 2
    assert {s.article for f in conflicts for s in f.support} == {"r2", "r0"}
