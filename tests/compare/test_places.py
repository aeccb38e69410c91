"""Distances from a named place, in one direction (fictional places)."""

from __future__ import annotations

from storyline.compare.align import Unit, align
from storyline.compare.conflicts import distance_conflict
from storyline.compare.places import located
from storyline.model import Span

NEAR = "The tremor struck a hilly district 54 kilometres (34 miles) northeast of the resort town Vellacourt on Friday."
FAR = "Its epicentre was in the village of Orsk, located 41 kilometers northeast of the city of Velacourt."
MILES = "The quake hit about 34 miles northeast of Vellacourt, seismologists said."
ELSEWHERE = "A second village, 41 kilometers southwest of Vellacourt, lost power for a day."


def test_places_a_distance_in_a_direction_from_a_place() -> None:
    assert located(NEAR) == (("northeast", "vellacourt", "54 kilometres"),)
    assert located(FAR) == (("northeast", "velacourt", "41 kilometers"),)


def test_places_distances_from_one_place_that_differ_conflict() -> None:
    assert distance_conflict(NEAR, "The quake hit 41 kilometers northeast of Vellacourt.") == (
        "54 kilometres vs 41 kilometers"
    )
    assert distance_conflict(NEAR, MILES) is None  # 34 miles is 54.7 km
    assert distance_conflict(MILES, ELSEWHERE) is None  # another direction: another spot
    assert distance_conflict(MILES, "It hit 41 kilometers northeast of Vellmore.") is None  # another place


def test_places_one_distance_told_in_other_words_aligns() -> None:
    """Two distances from one place (in two spellings), in one direction, align although the statements share
    few words: then their figures are compared."""
    other = "Schools in the district will stay closed."
    units = [
        Unit.make(span=Span(article="a", start=0, end=len(NEAR)), text=NEAR, report=0),
        Unit.make(span=Span(article="b", start=0, end=len(FAR)), text=FAR, report=1),
        Unit.make(span=Span(article="b", start=len(FAR) + 1, end=len(FAR) + 1 + len(other)), text=other, report=1),
    ]
    assert align(units, threshold=0.22, cohesion=0.7, min_shared=2, complete=True) == [[0, 1], [2]]
    assert distance_conflict(NEAR, FAR) == "54 kilometres vs 41 kilometers"
