"""One event told in other words by several reports is one fact with their sources (blind review QA AK #10: a
launch told as "launched", "lifted off", "blasted off", "took off", by the rocket or by the agency that launched
it, stayed four single-source facts). Other events stay apart: another thing launched, a planned launch, a
scrubbed attempt, a turned act ("checked out" is no "check in")."""

from __future__ import annotations

import pytest
from compare_helpers import sentence_facts

from storyline.compare.claims import deed_of
from storyline.compare.facts import one_deed
from storyline.model import Fact


def _one(facts: list[Fact] | tuple[Fact, ...], article: str) -> Fact:
    return next(f for f in facts if any(s.article == article for s in f.support))


@pytest.mark.parametrize(
    ("line", "other"),
    [
        # the thing launched as the subject of one, the object of the other
        ("The Orlan Space Agency launched its Vela I rocket on Thursday", "The Vela I rocket lifted off Thursday"),
        # past an owner and an adverb; "blasted off" / "took off" are a launch
        ("After two scrubs, Orlan's Vela rocket finally blasted off from Cape Mirren",
         "Orlan finally launched the Vela rocket at Cape Mirren early Thursday"),
        ("The Vela rocket took off at dawn", "The Orlan Space Agency has successfully launched the Vela rocket"),
        # the thing launched named further on ("known as")
        ("The agency launched its new heavy rocket on a test flight known as Vela I",
         "Orlan's Vela I rocket has launched from Cape Mirren"),
        # a launch told as a noun
        ("The launch of the Vela, which opens a new era for the agency, took off at dawn",
         "The Vela rocket lifted off at dawn"),
        # "quit" and "stepped down" are "resigned"
        ("Minister Tomas Erlend quit on Tuesday", "Minister Tomas Erlend resigned on Tuesday"),
        ("Tomas Erlend stepped down from the cabinet", "Tomas Erlend has resigned from the cabinet"),
    ],
)
def test_one_event_in_other_words(line: str, other: str) -> None:
    a, b = deed_of(line, []), deed_of(other, [])
    assert a is not None
    assert b is not None
    assert one_deed(a, b)


@pytest.mark.parametrize(
    ("line", "other"),
    [
        # another thing launched by the same doer
        ("The Orlan Space Agency launched its Vela rocket on Thursday",
         "The Orlan Space Agency launched its Kestra probe on Thursday"),
        ("The Vela rocket lifted off on Thursday", "The Kestra rocket lifted off on Thursday"),
        # a launch planned is no launch done
        ("The Vela rocket will lift off from Cape Mirren", "The Vela rocket lifted off from Cape Mirren"),
        ("Orlan will launch the Vela rocket", "Orlan launched the Vela rocket"),
        # one who checked out did not check in
        ("Dara Quell checked into the Velmar Hills Clinic on Thursday",
         "Dara Quell has checked out of the Velmar Hills Clinic"),
        # "took off" a thing is no launch
        ("Tomas Erlend took off his coat in the hall", "Tomas Erlend launched his campaign in the hall"),
    ],
)
def test_other_events_are_not_one(line: str, other: str) -> None:
    a, b = deed_of(line, []), deed_of(other, [])
    assert a is None or b is None or not one_deed(a, b)


@pytest.mark.parametrize(
    "line",
    [
        "It finally lifted off at dawn",  # who "it" is is not read
        "The first launch of the Vela was scrubbed in August",  # an attempt, and no launch told
        "The Vela rocket did not lift off on Monday",  # a denied act
    ],
)
def test_no_launch_is_read(line: str) -> None:
    deed = deed_of(line, [])
    assert deed is None or deed.act != "launch"


def test_four_reports_of_one_launch_are_one_fact_with_four_sources() -> None:
    facts = sentence_facts([
        ["The Orlan Space Agency launched its new heavy rocket on a test flight known as Vela I on Thursday.",
         "Crowds cheered on the beach."],
        ["After several delays, Orlan's Vela I rocket launched Thursday and is set to fly past the moon.",
         "The weather was calm."],
        ["Orlan finally launched its Vela I rocket at Cape Mirren early Thursday.", "Tickets sold out."],
        ["After a series of scrubs, Orlan's Vela 1 rocket has successfully launched from Cape Mirren.",
         "Engineers wept."],
    ])
    launch = _one(facts, "r0")
    assert sorted(s.article for s in launch.support) == ["r0", "r1", "r2", "r3"]
    assert launch.independent_sources == 4
    assert launch.status == "corroborated"


def test_a_scrubbed_attempt_and_a_planned_launch_stay_apart_from_the_launch() -> None:
    facts = sentence_facts([
        ["The Vela rocket lifted off from Cape Mirren on Thursday."],
        ["The Vela rocket will lift off again from Cape Mirren next year."],
        ["Orlan scrubbed the launch of the Vela rocket in August."],
    ])
    launch = _one(facts, "r0")
    assert [s.article for s in launch.support] == ["r0"]


def test_launch_times_that_differ_stay_apart() -> None:
    """Joined, one report's hour would read as told by the other: the two times stay two facts."""
    facts = sentence_facts([
        ["The Vela rocket lifted off at 1:47 a.m. on Thursday."],
        ["The Vela rocket blasted off at 1:48 a.m. on Thursday."],
    ])
    assert [s.article for s in _one(facts, "r0").support] == ["r0"]


@pytest.mark.parametrize(
    ("line", "other"),
    [
        # one name, its initials written with or without a space
        ("The K. T. Vellam Co. is recalling select Orla biscuits sold in the north",
         "As a result, the K.T. Vellam Co. is recalling many of its Orla biscuits made at a plant in Dunmere"),
    ],
)
def test_one_name_spelled_two_ways_is_one_doer(line: str, other: str) -> None:
    a, b = deed_of(line, []), deed_of(other, [])
    assert a is not None
    assert b is not None
    assert one_deed(a, b)
