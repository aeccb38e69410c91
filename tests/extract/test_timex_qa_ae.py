"""Round AE: a deadline ("by Sunday", "by or before 11:59 PM on Saturday", "until Friday") set for something still
to be done lies after the report's day, whatever the tense of the asking.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from timex_helpers import text_values

from storyline.extract.timex_tense import tense_direction


@pytest.mark.parametrize(
    ("text", "expr", "direction"),
    [
        ("Velland said the four envoys would have to leave the country by Sunday.", "Sunday", 1),
        ("It added that the envoys have been asked to leave Orsk by or before 11:59 PM on Saturday.", "Saturday", 1),
        ("The two attaches were told to leave by Thursday.", "Thursday", 1),
        ("The ministry said the embassy must close no later than Friday.", "Friday", 1),
        # no infinitive or obligation: a day gone by
        ("Police had arrested three men by Sunday.", "Sunday", -1),
        ("The Kessary road was closed until Sunday.", "Sunday", -1),
    ],
)
def test_timex_tense_a_deadline_for_what_is_still_to_be_done_looks_ahead(text: str, expr: str, direction: int) -> None:
    start = text.index(expr)
    assert tense_direction(text, start, start + len(expr)) == direction


def test_timex_a_deadline_weekday_after_a_dateline_lies_after_its_day() -> None:
    text = (
        "Velland expels four envoys\n\nORSK, Oct 14 (Norvik Wire) -- Velland on Monday decided to expel four "
        "envoys of Tarsia.\n\nThe ministry said the envoys would have to leave the country by Sunday."
    )
    values = dict(text_values(text))
    assert values["Monday"] == "XXXX-10-14"
    assert values["Sunday"] == "XXXX-10-20"


def test_timex_a_deadline_weekday_in_a_dated_report_lies_after_its_day() -> None:
    text = "The envoys have been asked to leave Orsk by or before 11:59 PM on Saturday, the ministry said on Monday."
    values = dict(text_values(text, "2031-10-13"))
    assert values["11:59 PM on Saturday"] == "2031-10-18T23:59"


def test_timex_a_weekday_beside_its_day_written_with_its_year_takes_that_day() -> None:
    text = "Savers will have full access to their deposits no later than Monday morning, March 10, 2031."
    values = dict(text_values(text))
    assert values["Monday morning"] == "2031-03-10TMO"


def test_timex_a_weekday_beside_a_day_of_another_weekday_keeps_its_own_value() -> None:
    text = "Savers will have full access to their deposits no later than Tuesday morning, March 10, 2031."
    values = dict(text_values(text))
    assert values["Tuesday morning"] == "XXXX-WXX-2TMO"


def test_timex_a_clock_time_takes_the_day_of_the_sentence_before_over_the_day_told_most() -> None:
    # round AD: the stop was on Sunday; Monday is only the day of the statements, told twice
    text = (
        "An Orsk police officer shot a driver during a traffic stop Sunday afternoon. The driver was pulled over "
        "just before 2 p.m., police said.\n\nThe shooting was an accident, Chief Dara Velk said Monday.\n\n"
        "Mayor Ilse Corran spoke at a press conference Monday afternoon."
    )
    values = dict(text_values(text))
    assert values["just before 2 p.m."] == "XXXX-WXX-7T14:00"


def test_timex_a_clock_time_in_a_paragraph_of_its_own_still_takes_the_day_told_most() -> None:
    text = (
        "The Orsk quake was felt on Sunday, residents said.\n\nIt struck at 7:45 a.m.\n\n"
        "Aftershocks shook the town late Monday. Crews cleared roads on Monday."
    )
    values = dict(text_values(text))
    assert values["7:45 a.m."] == "XXXX-WXX-1T07:45"


@pytest.mark.parametrize("anchor", [None, "2031-03-10"])
def test_timex_within_the_next_week_is_a_length_of_time(anchor: str | None) -> None:
    values = dict(text_values("Orsk Savings will pay savers an advance dividend within the next week.", anchor))
    assert values["next week"] == "P1W"


def test_timex_next_week_alone_is_still_the_week_after() -> None:
    values = dict(text_values("Orsk Savings will pay savers next week.", "2031-03-10"))
    assert values["next week"] == "2031-W12"
