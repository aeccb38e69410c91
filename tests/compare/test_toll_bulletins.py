"""A toll told across reports as a string of bulletins (``storyline.compare.tolls``): every bulletin's figure is
one side of one conflict, a lower bound joins the side of its own figure, and a report that marks one figure as
the latest tells two bulletins itself. Every text here is written for these tests."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.counts import toll_counts
from storyline.compare.quantities import Quantity
from storyline.compare.tolls import bulletins, kept_sides, month_placed, one_report_each, toll_agree, toll_sides
from storyline.model import Span


def _told(report: int, text: str) -> list[tuple[str, tuple[Quantity, Unit]]]:
    unit = Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report)
    return [(about, (q, unit)) for about, q in toll_counts(text)]


def _found(about: str, *reports: tuple[int, str]) -> list[tuple[Quantity, Unit]]:
    return [m for report, text in reports for a, m in _told(report, text) if a == about]


def _figures(sides: list[list[tuple[Quantity, Unit]]] | list) -> list[list[float]]:
    return [sorted(q.value for q, _ in side) for side in sides]


_BULLETINS = (
    (0, "At least 9 people have died in a fire at the Dravo pit."),
    (1, "The blaze at the Dravo pit killed 13 miners, the operator said."),
    (2, "At least 18 people have died in the Dravo pit fire."),
    (3, "Officials said 36 bodies of miners were found at the Dravo pit."),
)


def test_a_string_of_bulletins_is_one_conflict() -> None:
    sides = toll_sides(_found("people died", *_BULLETINS), toll_agree)
    kept = kept_sides("people died", sides)
    # 9, 13, 18 and 36: each at most twice the next, so all are bulletins of one toll
    assert sorted(_figures(kept)) == [[9.0], [13.0], [18.0], [36.0]]
    # a figure no string of figures links to the largest is left out (a part of the toll, or another one)
    lone = kept_sides("people died", toll_sides(_found("people died", _BULLETINS[0], _BULLETINS[3]), toll_agree))
    assert _figures(lone) == [[36.0]]


def test_a_lower_bound_joins_the_side_of_its_own_figure() -> None:
    found = _found(
        "people died",
        (0, "At least 13 people have died in a fire at the Dravo pit."),
        (1, "The blaze at the Dravo pit killed 13 miners, the operator said."),
        (2, "Officials said 36 bodies of miners were found at the Dravo pit."),
    )
    # "at least 13" allows 36 too, yet it is the bulletin of 13
    assert sorted(_figures(toll_sides(found, toll_agree))) == [[13.0, 13.0], [36.0]]


def test_the_missing_are_kept_however_low_they_fall() -> None:
    found = _found(
        "people missing",
        (0, "Some 26 people had not been located, the operator said."),
        (1, "Officials said on Sunday that three were still missing."),
    )
    kept = kept_sides("people missing", toll_sides(found, toll_agree))
    assert sorted(_figures(bulletins("people missing", found))) == [[3.0], [26.0]]
    assert sorted(_figures(kept)) == [[3.0], [26.0]]


def test_one_report_on_two_sides_only_when_it_marks_the_latest() -> None:
    earlier = (1, "Local officials said 9 people died in the fire.")
    latest = (1, "According to the latest report from the operator, 13 miners died in the fire.")
    other = (2, "Officials said 36 bodies of miners were found at the Dravo pit.")
    sides = toll_sides(_found("people died", earlier, latest, other), toll_agree)
    assert one_report_each("people died", sides)
    plain = (1, "The operator said 13 miners died in the fire.")
    assert not one_report_each("people died", toll_sides(_found("people died", earlier, plain, other), toll_agree))


def test_the_month_an_earlier_toll_is_placed_in() -> None:
    assert month_placed("In August, four miners were killed after a fire broke out at the Vessel pit.") == "August"
    assert month_placed("It was the second accident, after five miners were killed in an accident in August.") == (
        "August"
    )
    # a day of the month is a date, and two months are no one month
    assert month_placed("In Sept. 12 people died in the floods.") == ""
    assert month_placed("In June and in August, floods killed nine.") == ""


def test_a_report_updating_itself_alone_is_no_conflict() -> None:
    earlier = (1, "Local officials said 9 people died in the fire.")
    latest = (1, "According to the latest report from the operator, 13 miners died in the fire.")
    assert not one_report_each("people died", toll_sides(_found("people died", earlier, latest), toll_agree))
