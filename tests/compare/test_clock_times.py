"""Reports that give one event different clock times disagree on its time (QA N: "around 1:30 a.m." / "1:35 a.m." /
"1:28 a.m." for one collision, "11:47 p.m." / "11:46 Friday night" for one quake)."""

from __future__ import annotations

from compare_helpers import compare_texts, conflicting, fact_with

from storyline.compare.dates import clock_times, one_event_time, roughly_same

FERRY_A = (
    "Around 2:10 a.m. on Thursday the freighter Marlow Star struck the Tessel ferry pier as it left the harbour.\n"
    "Three dock hands were treated for cuts."
)
FERRY_B = (
    "The freighter Marlow Star collided with the Tessel ferry pier around 2:25 a.m. on Thursday, wrecking the "
    "landing stage.\n"
    "The port stayed shut all day."
)
FERRY_C = (
    "Harbour cameras caught the moment at 2:08 a.m. on Thursday when the Marlow Star hit the pier.\n"
    "Divers checked the hull at dawn."
)


def test_clock_times_of_one_event_are_a_conflict() -> None:
    articles, cmp = compare_texts(
        ("a", FERRY_A, "Tessel Herald"), ("b", FERRY_B, "Coastline Wire"), ("c", FERRY_C, "Port Radio")
    )
    first, second = conflicting(cmp, articles, (0, "Around 2:10 a.m."), (1, "around 2:25 a.m."))
    third = fact_with(cmp, articles, (2, "at 2:08 a.m."))
    assert third is not None
    assert third.status == "conflict"
    # a hedged time near another is shown too, with its hedge, never hidden
    assert first.why == second.why == third.why == "clock time 2:08 a.m. vs around 2:10 a.m. vs around 2:25 a.m."
    assert first.why.startswith("clock time")


def test_clock_times_a_hedged_time_near_another_is_shown_as_approximate() -> None:
    articles, cmp = compare_texts(("a", FERRY_A, "Tessel Herald"), ("c", FERRY_C, "Port Radio"))
    one, _ = conflicting(cmp, articles, (0, "Around 2:10 a.m."), (1, "at 2:08 a.m."))
    assert one.why == "clock time 2:08 a.m. vs around 2:10 a.m. (approximate times: may be one)"


def test_clock_times_an_hour_with_no_meridiem_takes_the_half_of_the_day_its_words_give() -> None:
    """"11:46 Friday night" is 23:46, a minute from "11:47 p.m."; a conversion in brackets is no time of its own."""
    (late,) = clock_times("The quake rocked the Varn valley at 11:46 Friday night.")
    (told,) = clock_times("The quake struck at 11:47 p.m. (9:02 p.m. Harbour time) on Friday, the survey said.")
    assert late.minutes == 23 * 60 + 46
    assert told.minutes == 23 * 60 + 47
    assert one_event_time(late, told)
    assert not roughly_same(late, told)


def test_clock_times_of_other_happenings_or_days_are_no_event_time() -> None:
    # no event's verb near the time: smoke, a turn
    assert clock_times("At 2:05 a.m. black smoke began pouring from the funnel.") == []
    # two nights: two events
    (tuesday,) = clock_times("The freighter Marlow Star struck the pier at 2:10 a.m. Tuesday.")
    (wednesday,) = clock_times("The freighter Marlow Star struck the pier at 2:15 a.m. Wednesday.")
    assert not one_event_time(tuesday, wednesday)
    # hours apart: another event, or another zone
    (later,) = clock_times("The freighter Marlow Star struck the pier at 4:10 a.m. Tuesday.")
    assert not one_event_time(tuesday, later)


def test_clock_times_on_different_days_make_no_time_conflict() -> None:
    """Two nights' strikes are two events: their days may be set against each other, never their times."""
    a = "The freighter Marlow Star struck the Tessel ferry pier at 2:10 a.m. on Tuesday.\nThe port stayed shut."
    b = "The freighter Marlow Star struck the Tessel ferry pier again at 2:25 a.m. on Wednesday.\nDivers were sent."
    _, cmp = compare_texts(("a", a, "Tessel Herald"), ("b", b, "Coastline Wire"))
    assert not any("clock time" in f.why for f in cmp.facts)
