"""Time expressions as pages copied from the web write them: a shortened month run into its day, vague lengths
after "within", spans of years, holidays in an undated report, and a page stamp's "N minutes ago".

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from timex_helpers import text_values as timexes

ANCHOR = "2031-03-04"


def test_timex_shortened_month_run_into_an_ordinal_day() -> None:
    text = "Fire crews at the Port Alder terminal on Mar.4th, 2031, as the blaze spread."
    assert timexes(text) == [("Mar.4th, 2031", "2031-03-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cabin of the ferry was full of smoke within minutes of the alarm.", ("minutes", "PTXM")),
        ("The board expects a ruling within weeks.", ("weeks", "PXW")),
        ("Rescuers reached the hull within hours.", ("hours", "PTXH")),
    ],
)
def test_timex_within_a_bare_unit_is_a_vague_length(text: str, expected: tuple[str, str]) -> None:
    assert timexes(text, ANCHOR) == [expected]


def test_timex_each_year_of_a_written_span_of_years_is_a_date() -> None:
    text = "The archive covers the years of the junta (1962-1971) in Norland."
    assert timexes(text, ANCHOR) == [("1962", "1962"), ("1971", "1971")]


def test_timex_a_span_that_runs_backwards_is_no_pair_of_years() -> None:
    assert timexes("Call the depot on extension 2041-2019 for details.", ANCHOR) == []


def test_timex_a_fixed_holiday_in_an_undated_report_keeps_its_month_and_day() -> None:
    found = timexes("The quake struck on New Year’s Day, and aftershocks went on until Christmas Eve.")
    assert ("New Year’s Day", "XXXX-01-01") in found
    assert ("Christmas Eve", "XXXX-12-24") in found


def test_timex_a_moving_holiday_in_an_undated_report_has_no_value() -> None:
    assert timexes("The market reopens after Thanksgiving.") == [("Thanksgiving", None)]


def test_timex_a_page_stamp_counted_from_its_reading_is_left_out() -> None:
    text = "Published: Mar. 4, 2031 at 9:12 AM|Updated: 35 minutes ago\nPORT ALDER — A ferry ran aground."
    assert timexes(text) == [("Mar. 4, 2031 at 9:12 AM", "2031-03-04T09:12")]


def test_timex_minutes_ago_is_a_point_on_the_reports_day_not_a_length() -> None:
    found = timexes("The ferry docked 20 minutes ago, the harbour master said. Its crew left two hours ago.", ANCHOR)
    assert found == [("20 minutes ago", "2031-03-04"), ("two hours ago", "PAST_REF")]
