"""Time expressions of reports whose dateline gives a month and day but no year, and a clock time written
alone, on the day the text tells of.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from timex_helpers import text_values as timexes

FERRY = (
    "PORT ALDER, March 4 (Norland Wire) -- Eleven passengers were rescued after a ferry ran aground off the "
    "Harl islands on Wednesday morning, the coast guard said.\n\n"
    "The ferry struck a sandbar at 6:20 a.m., according to the harbour office.\n\n"
    "As of 3 p.m. Wednesday, two passengers were still missing. Divers searched the wreck yesterday, and the "
    "inquiry opens on Friday. Last month a storm closed the harbour."
)


def test_timex_undated_dateline_ties_the_ledes_weekday_to_its_month_day() -> None:
    found = timexes(FERRY)
    assert ("March 4", "XXXX-03-04") in found
    assert ("Wednesday morning", "XXXX-03-04TMO") in found
    assert ("3 p.m. Wednesday", "XXXX-03-04T15:00") in found
    # counted from the dateline's day, year-less
    assert ("yesterday", "XXXX-03-03") in found
    assert ("Friday", "XXXX-03-06") in found
    assert ("Last month", "XXXX-02") in found


def test_timex_undated_dateline_puts_a_bare_clock_time_on_its_day() -> None:
    assert ("6:20 a.m.", "XXXX-03-04T06:20") in timexes(FERRY)


def test_timex_undated_dateline_latest_weekday_of_the_lede_is_its_day() -> None:
    text = (
        "VELMA, Oct. 12 (Norland Wire) -- Crews cleared roads Thursday after Wednesday's landslide cut off "
        "three villages, officials said.\n\nThe road reopened as of Thursday evening."
    )
    found = timexes(text)
    assert ("Thursday", "XXXX-10-12") in found
    assert ("Wednesday", "XXXX-10-11") in found
    assert ("Thursday evening", "XXXX-10-12TEV") in found


def test_timex_undated_dateline_night_is_the_day_before() -> None:
    text = (
        "VELMA, Oct. 12 (Norland Wire) -- A fire gutted the old mill on Monday night, the fire brigade said "
        "in a statement."
    )
    assert ("Monday night", "XXXX-10-11TNI") in timexes(text)


def test_timex_undated_dateline_without_weekday_leaves_weekdays_open() -> None:
    text = (
        "Corby Bay, June 9: The port authority said today that the pier, damaged yesterday, would reopen "
        "on Saturday after repairs."
    )
    found = timexes(text)
    assert ("today", "XXXX-06-09") in found
    assert ("yesterday", "XXXX-06-08") in found
    assert ("Saturday", "XXXX-WXX-6") in found


def test_timex_undated_dateline_keeps_written_years_and_drops_year_only_values() -> None:
    text = (
        "VELMA, Oct. 12 (Norland Wire) -- The dam gave way on Tuesday, officials said.\n\n"
        "A smaller dam failed in 2019 and another last year."
    )
    found = timexes(text)
    assert ("2019", "2019") in found
    assert ("last year", None) in found


def test_timex_dateline_with_year_resolves_as_before() -> None:
    # a given date wins: the dateline's month and day are not a stand-in then
    found = timexes(
        "VELMA, Oct. 12 (Norland Wire) -- The dam gave way on Tuesday, officials said.", anchor="2023-10-12"
    )
    assert ("Tuesday", "2023-10-10") in found


# ---- a clock time on the day the text tells of -------------------------------------------------------------


# Tuesday 2024-03-12
def test_timex_clock_takes_the_day_the_text_tells_of_most() -> None:
    text = (
        "A landslide buried the valley road on Monday morning, the council said. By late Monday crews had "
        'cleared one lane. "We lost the bridge last year," a farmer said. The slope gave way at 5:40 a.m.'
    )
    assert ("5:40 a.m.", "2024-03-11T05:40") in timexes(text, "2024-03-12")


@pytest.mark.parametrize(
    "text",
    [
        "The road closed at 5:40 a.m., the council said.",
        # a day told once, in passing, is no day of the events
        "Rain had fallen since Saturday. The road closed at 5:40 a.m., the council said.",
    ],
)
def test_timex_clock_without_a_main_day_is_on_the_reports_day(text: str) -> None:
    assert ("5:40 a.m.", "2024-03-12T05:40") in timexes(text, "2024-03-12")


def test_timex_undated_dateline_on_its_own_line_reads_the_next_paragraph() -> None:
    text = (
        "VELMA, Oct. 12 (Norland Wire) --\n\n"
        "The provincial council Thursday approved a new flood wall, after rains on Tuesday flooded the "
        "river quarter."
    )
    found = timexes(text)
    assert ("Thursday", "XXXX-10-12") in found
    assert ("Tuesday", "XXXX-10-10") in found


def test_timex_undated_dateline_on_a_leap_day() -> None:
    text = "VELMA, Feb. 29 (Norland Wire) -- The levy council met on Tuesday and voted to raise the dam, aides said."
    found = timexes(text)
    assert ("Feb. 29", "XXXX-02-29") in found
    assert ("Tuesday", "XXXX-02-29") in found


def test_timex_undated_dateline_counts_no_year_far_back_from_its_stand_in() -> None:
    text = "VELMA, Oct. 12 (Norland Wire) -- The old mill burned on Tuesday; a first mill burned two centuries ago."
    assert ("two centuries ago", None) in timexes(text)
