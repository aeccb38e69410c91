"""The calendar values a timeline files its sentences under: what a TIMEX3 value spans, and the value each
date expression files under.

Only calendar dates count (day, weekend, month, ISO week, quarter, year); a day's part ("Sunday morning",
``2023-10-29TMO``) files its sentence under the day, a clock time ("2024-03-05T17:40:12-05:00") under its minute.
``PRESENT_REF``, durations, sets and unresolved expressions span no days (``period``).

A report with no date whose dateline gives a month and day ("LANZHOU, July 22 (Xinhua) --") has year-less
values ("XXXX-07-22", "XXXX-07"; ``storyline.extract.timex_undated``). When a report of the story has a
settled year, such a value takes the year that puts it nearest that report's date (``with_year``), and so
joins the other reports' entry for that day; otherwise it stays year-less, ordered after every entry with a
year (``LATER_THAN_ANY``: a report that writes no year tells of current events, after any year it names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from storyline.extract.dating import year_settled
from storyline.model import Article, TimeExpr

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2})?)?|-W(\d{2})(-WE)?|-Q([1-4]))?$")


def period(value: str) -> tuple[date, date] | None:
    """First and last day of a calendar TIMEX3 value, or None when ``value`` is not one.

    A clock time on a day ("2024-03-05T17:40") lies on its day; a quarter ("2024-Q3", "profits of $17 billion
    for the last quarter") spans its three months, as a month spans its days.
    """
    m = _CALENDAR.match(value)
    if m is None:
        return None
    year, month, day, week, weekend, quarter = m.groups()
    try:
        if quarter is not None:
            first_month = 3 * int(quarter) - 2
            return date(int(year), first_month, 1), _month_bounds(int(year), first_month + 2)[1]
        if week is not None:
            first = date.fromisocalendar(int(year), int(week), 6 if weekend else 1)
            return first, first + timedelta(days=1 if weekend else 6)
        if day is not None:
            d = date(int(year), int(month), int(day))
            return d, d
        if month is not None:
            return _month_bounds(int(year), int(month))
        return date(int(year), 1, 1), date(int(year), 12, 31)
    except ValueError:  # "2023-02-30", "2023-W60": a bad value is no date
        return None


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month (ValueError for no month)."""
    first = date(year, month, 1)
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


# a day's part after its day: "2023-10-29TMO" is told of 2023-10-29
_PART_OF_DAY = re.compile(r"(?<=\d)T(?:MO|AF|EV|NI|DT)$")
# the times of day that tell events apart: an evening and a night may be one ("said Tuesday evening" and "said
# Tuesday night" of one news conference)
_PART_NAME = {"MO": "MO", "AF": "AF", "EV": "EV", "NI": "EV"}
# a clock time on a day, seconds and zone aside: "2024-03-05T17:40:12-05:00" is 2024-03-05T17:40
CLOCK = re.compile(r"^((?:(?:\d{4}|XXXX)-\d{2}-\d{2}|XXXX-WXX-[1-7])T\d{2}:\d{2})\S*$")
# a weekday of an unknown week, as an undated report gives "on Sunday": "XXXX-WXX-7", "XXXX-WXX-1T15:44"
WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-([1-7])(?:T\d{2}:\d{2})?$")
# a day of a known year, at a time of it or not: "2024-07-19", "2024-07-19T12:00"
DATED_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$")
# a day of an unknown year: "XXXX-03-26"
YEARLESS_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
# a month and day, or a month, of an unknown year: "XXXX-07-22", "XXXX-07"
YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
# how far after the story's first report's day a day told as past may lie (``with_year``)
PAST_REACH = timedelta(days=90)
# the year that orders year-less entries after every dated one (a leap year: "XXXX-02-29" stays a day)
LATER_THAN_ANY = 9992


def story_day(articles: Sequence[Article]) -> date | None:
    """The publication day of the story's first report whose year is settled, or None."""
    days = [d for a in articles if year_settled(a.published) and (d := day_of(a.published.value)) is not None]
    return min(days) if days else None


def day_of(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def part_of(tx: TimeExpr) -> str:
    """The time of day a date expression names ("Tuesday morning", ``XXXX-WXX-2TMO``: "MO"), else ""."""
    return _PART_NAME.get((tx.value or "").rpartition("T")[2], "") if _PART_OF_DAY.search(tx.value or "") else ""


def value_of(tx: TimeExpr) -> str:
    """The value a date or time files its sentence under: a day for a day's part ("2023-10-29TMO"), the minute
    for a clock time; other values as they are."""
    value = _PART_OF_DAY.sub("", tx.value or "")
    clock = CLOCK.match(value)
    return clock.group(1) if clock else value


def with_year(value: str, near: date | None, past: bool = False) -> tuple[str, tuple[date, date] | None]:
    """A year-less value with the year that puts it nearest ``near`` (unchanged, ordered after every year,
    when ``near`` is None), and its first and last day; a clock time of a year-less day ("XXXX-11-16T01:47", "1:47
    a.m. Wednesday" in a report that dates its Wednesday "November 16" only) keeps its clock; other values as they
    are.

    A value told as past (``past``: "the council voted on Jan. 6", in a story of 5 August) takes no year that
    puts it more than ``PAST_REACH`` after ``near``: the nearest January 6 is the one to come, but what a report
    tells as done happened before its news, so the January 6 of the story's own year. The reach leaves room for
    the later reports of a story (``near`` is its first report's day) and for a day a past tense looks ahead to
    ("the inquiry had been set for March 9", told on March 5)."""
    told_day, clock = value.partition("T")[::2]
    if clock and YEARLESS_DAY.match(told_day):
        dated, bounds = with_year(told_day, near, past)
        return f"{dated}T{clock}", bounds
    m = YEARLESS.match(value)
    if m is None:
        return value, period(value)
    if near is None:
        return value, period(f"{LATER_THAN_ANY}{value[4:]}")
    month, day = int(m.group(1)), int(m.group(2) or 15)
    options = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            told = date(year, month, day)
        except ValueError:  # Feb 29 of a common year
            continue
        if not past or told <= near + PAST_REACH:
            options.append((abs((told - near).days), year))
    if not options:
        return value, None
    dated = f"{min(options)[1]:04d}{value[4:]}"
    return dated, period(dated)
