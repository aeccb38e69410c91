"""What a grid or a craft lost at a time is an event with a time ("at 9:14 the grid lost 8 gigawatts" / "the
network collapsed at 9:26 am when 8GW was lost")."""

from __future__ import annotations

from storyline.compare.dates import clock_times, one_event_time

GRID_A = "She said that at 9:14 on Tuesday, Norland's power grid lost 8 gigawatts in just four seconds"
GRID_B = "The network collapsed at 9:26 am on Tuesday when 8GW of supply was lost in just four seconds, Vell explained"


def test_a_time_something_was_lost_is_an_event_time() -> None:
    (a,) = clock_times(GRID_A)
    (b,) = clock_times(GRID_B)
    assert a.written == "9:14"
    assert one_event_time(a, b)
