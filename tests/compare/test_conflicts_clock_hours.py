"""Reports that time one event at a bare hour ("around 7 p.m.") and at another time disagree (QA round R: "Since
approximately 6:30 p.m., a dramatic temperature change was noticed in a rail car" / "around 7 p.m., a drastic
temperature change took place in a rail car" were never set against each other: an hour without minutes was no
clock time, and "took place" and "noticed" were no verbs of an event)."""

from __future__ import annotations

import pytest
from compare_helpers import compare_texts, conflicting

from storyline.compare.dates import clock_times


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Around 7 p.m., a sudden pressure drop took place in the Varn tunnel.", [("Around 7 p.m.", 19 * 60)]),
        ("The dam gate failed and a surge was observed at 11pm near Osk.", [("11pm", 23 * 60)]),
        ("At 6 a.m. a crack was noticed in the Pell bridge deck.", [("6 a.m.", 6 * 60)]),
        # an hour stands alone only before its meridiem: "7 cars" is no time
        ("Seven cars derailed and 7 tankers were damaged in the crash.", []),
        # a bare hour of no event is no event time
        ("The office opens at 9 a.m. on weekdays.", []),
    ],
)
def test_conflicts_clock_hours_read(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.written, c.minutes) for c in clock_times(text)] == expected


def test_conflicts_clock_hours_of_one_event() -> None:
    articles, cmp = compare_texts(
        ("a", "Tunnel alert in Varn\n\nSince approximately 6:30 p.m., a sharp pressure drop was noticed in a "
              "ventilation shaft of the Varn tunnel.\nCrews stayed on site.", "Varn Courier"),
        ("b", "Varn tunnel shut\n\nThe closure order states that around 7 p.m., a sudden pressure drop took place "
              "in a ventilation shaft and the tunnel may flood.\nNo one was hurt.", "Osk Radio"),
    )
    one, other = conflicting(cmp, articles, (0, "approximately 6:30 p.m."), (1, "around 7 p.m."))
    assert one.why == other.why == "clock time approximately 6:30 p.m. vs around 7 p.m."


def test_conflicts_clock_hours_a_time_set_off_by_a_comma_keeps_its_event() -> None:
    # the side is the clause of the event, not the opening time alone ("around 7 p.m")
    articles, cmp = compare_texts(
        ("a", "Tunnel alert in Varn\n\nSince approximately 6:30 p.m., a sharp pressure drop was noticed in a "
              "ventilation shaft of the Varn tunnel, and crews were sent in.\nCrews stayed on site.", "Varn Courier"),
        ("b", "Varn tunnel shut\n\nThe closure order states that around 7 p.m., a sudden pressure drop took place "
              "in a ventilation shaft and the tunnel may flood.\nNo one was hurt.", "Osk Radio"),
    )
    one, other = conflicting(cmp, articles, (0, "approximately 6:30 p.m."), (1, "around 7 p.m."))
    assert "pressure drop" in one.text
    assert "pressure drop" in other.text
