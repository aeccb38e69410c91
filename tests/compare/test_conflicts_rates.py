"""A figure told per year or as a typical figure ("about 40 deaths ... per year") counts what happens again and
again, no one event: it is never a toll of the story's event, nor set against one (``compare.rates``). Every text
here is written for these tests."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.counts import number_conflict, toll_counts
from storyline.compare.quantities import quantities
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



def test_a_figure_a_report_marks_as_superseded_is_not_its_side() -> None:
    _, comparison = compare_texts(
        ("a", "Smoke from a fire at the Lindholm tower in Ostrava killed 12 people on Sunday. Officials had "
              "initially put the death toll at 15.", "X"),
        ("b", "A fire at the Lindholm tower in Ostrava killed at least 15 people on Sunday, officials said.", "Y"),
        ("c", "A fire at the Lindholm tower in Ostrava killed 12 people on Sunday, the fire chief said.", "Z"),
    )
    conflicts = {(f.why, tuple(sorted({s.article for s in f.support}))) for f in comparison.facts
                 if f.status == "conflict"}
    # report a stands with c on 12; its "initially ... 15" is the figure it says was superseded, no side of it
    assert conflicts == {("at least 15 vs 12 people died", ("a", "c")), ("at least 15 vs 12 people died", ("b",))}


def test_two_tolls_that_name_different_parts_show_them() -> None:
    _, comparison = compare_texts(
        ("a", "Crews cleared debris Monday from the Lindholm tower, where choking smoke from an accidental blaze a "
              "day earlier killed 12 people, including five children.", "X"),
        ("b", "A space heater has been blamed for a fire which killed at least 15 people, including six children, "
              "in an Ostrava apartment block on Sunday afternoon.", "Y"),
        ("c", "Investigators said on Tuesday that the blaze at the Lindholm tower had killed 12 people.", "Z"),
    )
    whys = {f.why for f in comparison.facts if f.status == "conflict"}
    assert whys == {"at least 15 (including six children) vs 12 (including five children) people died"}


def test_a_part_only_one_side_names_is_left_out() -> None:
    _, comparison = compare_texts(
        ("a", "Crews cleared debris Monday from the Lindholm tower, where choking smoke from an accidental blaze a "
              "day earlier killed 12 people, including five children.", "X"),
        ("b", "A space heater has been blamed for a fire which killed at least 15 people in an Ostrava apartment "
              "block on Sunday afternoon.", "Y"),
    )
    assert {f.why for f in comparison.facts if f.status == "conflict"} == {"at least 15 vs 12 people died"}


def test_a_rate_tells_no_toll_verb() -> None:
    # what a reader of a summary takes for how many died is a toll's verb: a rate has none
    deaths = next(q for q in quantities(_YEARLY) if q.value == 40)
    assert deaths.rate
    assert not deaths.verbs & {"die"}


def test_a_figure_marked_as_superseded_disagrees_with_none() -> None:
    assert number_conflict("Officials had initially put the death toll at 15.",
                           "The blaze at the Lindholm tower killed 12 people.") is None
    # the same words without the mark are a figure of their own
    assert number_conflict("Officials put the death toll at 15.",
                           "The blaze at the Lindholm tower killed 12 people.") is not None


def test_a_change_of_a_count_is_no_count() -> None:
    toll = "By Sunday afternoon, 12 had died at the Lindholm tower."
    assert number_conflict("The mayor corrected the count on Monday to reflect two fewer deaths.", toll) is None
    assert number_conflict("Officials said three more people died at the Lindholm tower.", toll) is None
    # two changes may still disagree
    assert number_conflict("Officials said three more people died on Monday.",
                           "Officials said five more people died on Monday.") is not None


def test_a_rate_in_a_clause_of_its_own_leaves_the_event_count() -> None:
    text = "The Ostrava road, which usually carries 5,000 cars, was closed after 12 people died in the blaze."
    assert _tolls(text) == [("people died", 12.0)]
