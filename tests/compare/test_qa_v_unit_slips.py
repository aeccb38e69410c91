"""One figure told in two units is a unit slip, not a successive update (QA round V #5): "more than 1,300 acres
(530 hectares) burned" / "over 1,300 hectares burned" disagree, and say so in both units. Fictional texts."""

from __future__ import annotations

import pytest

from storyline.compare.align import Unit
from storyline.compare.counts import count_disagreement
from storyline.compare.facts import build_facts
from storyline.model import Analysis, Article, MetaValue, Span

ACRES = "With more than 900 homes destroyed and more than 1,300 acres (530 hectares) burned, Velm lies in ruins."
HECTARES = "Over 900 homes in Velm were destroyed and over 1,300 hectares burned, the island's council said."


def test_a_unit_slip_is_a_conflict_in_both_units() -> None:
    found = count_disagreement(HECTARES, ACRES)
    assert found is not None
    assert not found.update
    assert "1,300 acres (530 hectares)" in found.why
    assert "over 1,300 hectares" in found.why


def test_a_unit_slip_is_no_successive_update_in_the_facts() -> None:
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in
                enumerate((ACRES, HECTARES))]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]
    facts = build_facts(articles, analyses, units, [[0], [1]])
    conflicts = [f for f in facts if f.status == "conflict"]
    assert len(conflicts) == 2
    assert not any(f.may_be_update for f in conflicts)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one measure in both units, and its conversion: no slip
        ("The fire burned 1,300 acres (530 hectares) of forest.", "The fire burned 530 hectares of forest."),
        ("The fire burned 530 hectares (1,300 acres).", "The fire burned 1,300 acres (530 hectares)."),
        ("The rocket rose 39 kilometres (24 miles) above the gulf.", "The rocket rose 24 miles above the gulf."),
    ],
)
def test_one_measure_in_two_units_is_no_slip(a: str, b: str) -> None:
    assert count_disagreement(a, b) is None
