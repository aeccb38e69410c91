"""A figure given at a later time than the first news ("By Tuesday evening, 48 people had been arrested", "Hours
later, ...") is marked as a possible update of another report's figure, as "has risen to" is; a deadline told
inside a statement ("must leave by Tuesday evening") marks nothing. A report's own successive tolls are never a
conflict of that report with itself. All text is invented."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts

from storyline.compare.conflicts import count_disagreement
from storyline.compare.updates import marked

EARLY = "Police in Tesk said 12 people were arrested on Monday"


@pytest.mark.parametrize(
    ("later", "update"),
    [
        ("By Tuesday evening, 48 people had been arrested, police in Tesk said", True),
        ("Hours later, 48 people had been arrested, police in Tesk said", True),
        ("As of noon on Tuesday, 48 people had been arrested, police in Tesk said", True),
        ("Police in Tesk said 48 people were arrested", False),
        ("Residents must leave by Tuesday evening, and police in Tesk said 48 people were arrested", False),
    ],
)
def test_updates_time_markers_table(later: str, update: bool) -> None:
    found = count_disagreement(EARLY, later)
    assert found is not None
    assert found.update is update


def test_updates_time_markers_marked_reads_the_opening_time() -> None:
    text = "By nightfall, the death toll had reached 48"
    assert marked(text, text.index("48"), len(text))
    assert not marked("Officials said 48 people died", 15, 17)


def test_updates_time_markers_one_report_is_never_its_own_rival() -> None:
    """A live page that gives a toll and later its update: no fact of that report conflicts with another of it."""
    quake = "A strong earthquake struck the Varn hills late on Friday. "
    _, comparison = compare_texts(
        ("a", quake + "The quake killed at least 43 people, officials said. By Saturday the death toll had risen "
                      "to 48 people, officials said.", "X"),
        ("b", quake + "Officials said the quake killed at least 43 people in the hills.", "Y"),
    )
    by_id = {f.id: f for f in comparison.facts}
    conflicts = [f for f in comparison.facts if f.status == "conflict"]
    for fact in conflicts:
        assert fact.may_be_update
        rivals = {s.article for rival in fact.conflicts_with for s in by_id[rival].support}
        assert not {s.article for s in fact.support} & rivals
