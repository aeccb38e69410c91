"""Blind QA round AS #6: "to" before a noun phrase is a preposition, not a headline's infinitive, so a month and day
told of in the past after it ("cases related to the Jan. 6 attack") is never put in the year after the report's.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from timex_helpers import text_values as timexes

REPORT_DAY = "2031-08-05"  # a Tuesday


def test_timex_month_day_after_a_preposition_to_is_not_put_after_the_report() -> None:
    text = (
        "Judge Orla Fenwick has made notable rulings, including cases related to the Jan. 6 blockade of the Velm "
        "harbour, and denied the mayor's attempt to dismiss the suits."
    )
    assert ("Jan. 6", "2031-01-06") in timexes(text, REPORT_DAY)


def test_timex_headline_infinitive_still_looks_ahead() -> None:
    assert ("Wednesday", "2031-08-06") in timexes("Harbour search to resume Wednesday", REPORT_DAY)
