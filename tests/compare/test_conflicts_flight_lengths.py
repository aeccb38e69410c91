"""How long the story's flight lasted, told as its length ("the demo lasted eight or so minutes") or as the time
into it when it ended ("around 10 minutes into the flight ... lost contact"), is set against the other reports'
figures wherever alignment put them (``compare.lengths``). Every text here is written for these tests."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.lengths import lengths


def _shown(text: str) -> list[str]:
    return [x.shown for x in lengths(text)]


def test_a_length_and_a_time_into_the_flight_when_it_ended() -> None:
    assert _shown("Sunday's demo lasted eight or so minutes, about twice as long as the first test in May.") == [
        "eight or so minutes"]
    assert _shown("The upper stage flew on, but around 12 minutes into the flight ground control lost contact "
                  "with the vehicle.") == ["around 12 minutes"]


def test_a_length_told_before_the_flight() -> None:
    assert _shown("Despite the failure, the eight-or-so-minute flight lasted twice as long as the first one.") == [
        "eight-or-so-minute"]
    assert _shown("The rocket was to complete its planned 90-minute flight near Varno.") == []


def test_a_stage_or_another_flight_is_no_length() -> None:
    assert _shown("About three minutes into the flight, the booster separated from the upper stage.") == []
    assert _shown("The rocket's first flight, in May, lasted just four minutes before an explosion.") == []
    assert _shown("The previous test lasted six minutes.") == []


def test_two_lengths_of_the_flight_conflict() -> None:
    _, comparison = compare_texts(
        ("a", "The Kestrel rocket lifted off from Varno on Sunday. The upper stage flew on, but around 12 minutes "
              "into the flight ground control said it had lost contact with the vehicle.", "X"),
        ("b", "The Kestrel rocket lifted off from Varno on Sunday. Sunday's demo lasted eight or so minutes, about "
              "twice as long as the first test in May.", "Y"),
    )
    whys = {f.why for f in comparison.facts if f.status == "conflict"}
    assert whys == {"how long the flight lasted: eight or so minutes vs around 12 minutes"}
