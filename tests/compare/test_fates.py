"""What became of a group of people, told differently by reports (QA round K: a crew "unaccounted for" in one
report, "found dead" in another)."""

from __future__ import annotations

import pytest

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.fates import fate_conflict, fates
from storyline.model import Analysis, Article, MetaValue, Span

MISSING = "Four of the five divers from the survey boat are unaccounted for, while its skipper swam ashore."
DEAD = "Port officials said the four other divers had been found dead."
UNKNOWN = "Radio Corran reported that the four were later found but their condition was not immediately known."


@pytest.mark.parametrize(
    ("a", "b", "conflict", "update"),
    [
        (MISSING, DEAD, True, True),  # missing, then dead: likely two bulletins
        (DEAD, UNKNOWN, True, True),
        ("All four divers were rescued, the coastguard said.", DEAD, True, False),
        ("Four of the five divers were confirmed dead.", DEAD, False, False),  # one state in two wordings
        # another count, or an indefinite one (a toll, compared as a figure elsewhere), is another group
        ("The three other divers had been found dead.", MISSING, False, False),
        ("The storm killed four people and four more are missing.", DEAD, False, False),
        # the state of someone else in the clause after ("while its skipper swam ashore") is not the group's
        ("Four of the five divers are missing, while the skipper was found dead.", MISSING, False, False),
    ],
)
def test_fates_conflict_table(a: str, b: str, conflict: bool, update: bool) -> None:
    found = fate_conflict(a, b)
    assert (found is not None) is conflict, found
    if found is not None:
        assert found.update is update


def test_fates_read_the_state_of_a_definite_group() -> None:
    (fate,) = fates(MISSING)
    assert (fate.count, fate.whole, fate.state, fate.said) == (4, 5, "missing", "unaccounted for")
    assert [f.state for f in fates(UNKNOWN)] == ["unknown"]


def test_fates_unaligned_reports_are_set_against_each_other() -> None:
    texts = [MISSING, DEAD, UNKNOWN]
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]
    facts = build_facts(articles, analyses, units, [[0], [1], [2]])
    conflicts = [f for f in facts if f.status == "conflict"]
    assert {s.article for f in conflicts for s in f.support} == {"r0", "r1", "r2"}
    assert all(len(f.conflicts_with) == 2 and f.may_be_update for f in conflicts)
    assert conflicts[0].why == "4 diver: unaccounted for vs found dead vs condition unknown"
