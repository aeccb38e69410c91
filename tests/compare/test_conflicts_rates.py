"""A figure told per year or as a typical figure ("about 40 deaths ... per year") counts what happens again and
again, no one event: it is never a toll of the story's event, nor set against one (``compare.rates``). Every text
here is written for these tests."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.counts import number_conflict, toll_counts
from storyline.compare.rates import told_as_rate

_YEARLY = ("Kerosene lamps are involved in about 900 fires nationwide a year, resulting in about 40 deaths, 90 "
           "injuries per year, and $12 million in damage, according to the Valdoran Safety Board.")


def _tolls(text: str) -> list[tuple[str, float]]:
    return [(about, q.value) for about, q in toll_counts(text)]


def test_a_yearly_figure_is_no_toll() -> None:
    assert _tolls(_YEARLY) == []
    assert _tolls("In a typical year, about 30 people die in house fires in Ostrava.") == []


def test_a_time_marker_is_no_rate() -> None:
    assert _tolls("The blaze killed 12 people a day after the storm.") == [("people died", 12.0)]
    assert _tolls("It was the second deadly fire in a year, and it killed 12 people.") == [("people died", 12.0)]
    text = "Each year about 30 people die in house fires, but on Sunday the Lindholm blaze killed 12."
    assert ("people died", 12.0) in _tolls(text)


def test_a_list_of_yearly_counts_is_yearly_throughout() -> None:
    at = _YEARLY.index("40")
    assert told_as_rate(_YEARLY, at, at + len("40 deaths"))
    at = _YEARLY.index("90")
    assert told_as_rate(_YEARLY, at, at + len("90 injuries"))


def test_a_rate_is_not_set_against_an_event_count() -> None:
    event = "The Lindholm tower fire killed 12 people, the fire chief said."
    assert number_conflict(event, "Such fires kill about 40 people each year, according to the board.") is None
    assert number_conflict(event, "The Lindholm tower fire killed 14 people, the mayor said.") is not None


def test_a_yearly_toll_across_reports_is_no_conflict() -> None:
    _, comparison = compare_texts(
        ("a", "A fire at the Lindholm tower in Ostrava killed 12 people on Sunday, officials said.", "X"),
        ("b", "A fire at the Lindholm tower in Ostrava killed 12 people on Sunday. " + _YEARLY, "Y"),
    )
    assert [f.why for f in comparison.facts if f.status == "conflict"] == []
