"""A report's day from its dateline when its year is unknown: "LANZHOU, July 22 (Xinhua) --" with no year.

A wire's dateline names the day the report was filed, often without the year, and the report may write no
year anywhere. Its relative expressions can still be counted from that month and day: "today" is
``XXXX-07-22``, "yesterday" ``XXXX-07-21``, "last month" ``XXXX-06``, "this morning" ``XXXX-07-22TMO``; a
bare clock time is on that day. TIMEX3 writes a known month and day of an unknown year as ``XXXX-07-22``,
as the stage already does for a month and day written without a year.

A weekday needs more: which weekday July 22 is depends on the year. The dateline's own weekday tells it
("LONDON, Monday, July 22"); otherwise the lede does, by the style of the wires that date their datelines
(Xinhua, UPI, PTI, Kyodo): the lede tells the news of the dateline's day by its weekday ("BEIJING, July 23
(UPI) -- Fear of more aftershocks Tuesday gripped residents ... as the death toll from Monday's earthquake
hit 94"). The latest weekday the lede tells of, not in the future tense, is taken to be the dateline's day
(of "Tuesday" and "Monday's", Tuesday: both then lie within the week up to it), or the day after it for a
night ("on Monday night" in a report of Tuesday). Only the dateline's own sentence is read when it tells a
weekday: that sentence is the news of the day, the lede's later sentences its background ("Oct 30 (Reuters)
- The toll rose to 45, officials said on Monday. The storm hit on Wednesday.": Oct 30 is the Monday, not
the Wednesday). A lede with no weekday leaves the text's weekdays
underspecified ("XXXX-WXX-1"), while the other relative expressions still resolve.

Method: the expressions are resolved against a stand-in date, the dateline's month and day in a year far
from any a report writes (24xx; the Gregorian calendar repeats every 400 years, so its weekdays are those of
20xx), which agrees with the weekday taken; every value counted from it then has its year written
``XXXX``. A week's number depends on the year: it stays ``XXXX-WXX`` unless the weekdays are known and every
year of that calendar numbers the week alike ("this week" beside "Sunday (Sept. 24)" is ``XXXX-W38``). A
value that is only a year, decade or century ("last year") has none. Values of dates written with their year
("in 2012") keep it.

A story's timeline counts a weekday of a report with no date from a month and day another expression fixes
the weekday of ("Tuesday, March 26"): the Sunday before is March 24 in every year in which March 26 is a
Tuesday (``weekday_from``). Where those years disagree (the week crosses a February 29 some of them have),
the weekday stays open.

A report with no date and no such dateline gives a week or weekend counted from its day the value TIMEX3 gives a
week of unknown date: "earlier this week" ``XXXX-WXX``, "the weekend" ``XXXX-WXX-WE`` (``open_weeks``). A
report with no date tells "this year" of its own year, unknown: ``XXXX``, with or without such a dateline.

A report with no date that tells its news on a day it writes out with its year and weekday ("The council voted on
Tuesday, March 4, 2025 ... a measure that failed last year") has that day as its earliest date
(``storyline.extract.dating`` gives it as the date's lower bound, with no value: the report may be from any later
day). A year, quarter or month counted from the report's day ("last year", "next month", "the prior year", "this
quarter") is counted from that day when counting from a week later gives the same value (``counted_periods``),
as a story's timeline counts them from its news day: "last year" is 2024; "next month" of a news day on
March 28 is left without one. A day written with its year alone ("founded on May 3, 1998") tells no news of
the report's day: old dates are written with their year, and news of the day with its weekday.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from storyline.calendar_words import WEEKDAYS
from storyline.extract import dateline
from storyline.extract import timex_calendar as cal
from storyline.extract.lines import paragraphs
from storyline.extract.timex_calendar import valid_day
from storyline.extract.timex_rules import Mention, Resolver
from storyline.extract.timex_tense import sentence_at
from storyline.model import TimeExpr

# Stand-in years: 2401-2429 have the weekdays of 2001-2029. Only a year written out is a report's own, and
# one counted from a written year ("two years later") stays before 2101.
STAND_IN_FIRST = 2401
_STAND_IN_SPAN = 29  # every weekday of every month and day, Feb 29 included
_FIRST_UNWRITTEN = 2101
_WEEKDAY = re.compile(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_WEEKDAY_INDEX = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_NIGHT = re.compile(r"(?i:\s+(?:night|overnight))$")
# a value counted from the stand-in date: its year (and a week's number) give way to X's
_STAND_IN_VALUE = re.compile(r"^(2[1-9]\d\d)(-W\d\d)?(.*)$")
# a day a state has lasted since, or that the news follows: "held by the rebels since Saturday, October 7", "in
# the weeks after Tuesday, March 26"
_SINCE_DAY = re.compile(r"(?i:\b(?:since|after)\s+(?:on\s+)?)$")


def stand_in_day(text: str, mentions: list[Mention]) -> tuple[date, bool] | None:
    """A stand-in date for the month and day of the lede's dateline, and whether its weekday is the report's.

    None when the lede opens with no dateline, or its dateline has no month and day or has a year.
    """
    found = dateline.in_lede(text, paragraphs(text))
    dated = [m for m in mentions if found.start <= m.start and m.end <= found.end and m.type == "DATE"] if found else []
    if found is None or not dated or dated[-1].kind != "md":
        glossed = _glossed_day(text, mentions)
        return _year_for(*glossed, None) if glossed else None
    m = dated[-1]
    month, mday = m.key[:2]
    paired = _WEEKDAY.search(text, m.start, m.end)
    weekday = _WEEKDAY_INDEX.index(paired.group(1)) if paired else _lede_weekday(text, mentions, found.start, found.end)
    return _year_for(month, mday, weekday)


# "today (Feb. 23)", "yesterday (Feb. 22)": the report's own day, or the day before it, glossed in brackets
_GLOSSED = {"today": 0, "yesterday": 1}


def _glossed_day(text: str, mentions: list[Mention]) -> tuple[int, int] | None:
    """The month and day of the report's own day as a bracketed date after "today" or "yesterday" tells it."""
    for word, nxt in pairwise(mentions):
        back = _GLOSSED.get(text[word.start : word.end].lower())
        if back is None or nxt.kind != "md" or not re.fullmatch(r"\s*\(", text[word.end : nxt.start]):
            continue
        if not text.startswith(")", nxt.end):
            continue
        month, mday = nxt.key[:2]
        for year in (STAND_IN_FIRST, STAND_IN_FIRST + 1):  # a common year (Feb 29 aside) sets the day after
            if valid_day(year, month, mday):
                day = date(year, month, mday) + timedelta(days=back)
                return day.month, day.day
    return None


def _year_for(month: int, mday: int, weekday: int | None) -> tuple[date, bool] | None:
    """The stand-in year's date of a month and day, matching ``weekday`` when it is known."""
    for year in range(STAND_IN_FIRST, STAND_IN_FIRST + _STAND_IN_SPAN):
        if not valid_day(year, month, mday) or (year % 4 == 0 and (month, mday) != (2, 29)):
            continue  # a common year unless the day is Feb 29: three years in four are
        day = date(year, month, mday)
        if weekday is None or day.weekday() == weekday:
            return day, weekday is not None
    return None


def _lede_weekday(text: str, mentions: list[Mention], start: int, dateline_end: int) -> int | None:
    """The weekday of the dateline's day as its lede tells it (see the module docstring), or None.

    The lede is the dateline's paragraph, and the next one when the dateline stands on a line of its own.
    """
    paras = paragraphs(text)
    at = next((i for i, (s, e) in enumerate(paras) if s <= start < e), len(paras) - 1)
    end = paras[at][1]
    if at + 1 < len(paras) and dateline_end >= end:
        end = paras[at + 1][1]
    told: list[tuple[int, int]] = []  # (offset, weekday of the day told)
    for m in mentions:
        if not start <= m.start < end or m.direction > 0 or (m.kind == "wd" and m.key[1]):
            continue  # a day to come, or "last Monday": a week back
        found = _WEEKDAY.search(text, m.start, m.end)
        if found is None or m.kind not in ("wd", "rel"):
            continue
        night = _NIGHT.search(text, m.start, m.end) is not None
        told.append((m.start, (_WEEKDAY_INDEX.index(found.group(1)) + night) % 7))
    if not told:
        return None
    first_end = sentence_at(text, dateline_end)[1]
    told = [t for t in told if t[0] < first_end] or told
    return latest_of({w for _at, w in told})


def latest_of(told: set[int]) -> int:
    """The weekday (0 Monday) that puts every weekday told within the six days up to it."""
    return min(told, key=lambda w: max((w - t) % 7 for t in told))


def earliest_of(told: set[int]) -> int:
    """The weekday (0 Monday) that puts every weekday told within the six days from it: of days to come told
    by weekday ("on Friday", "on Monday"), the first (Friday)."""
    return min(told, key=lambda w: max((t - w) % 7 for t in told))


def years_with(month: int, day: int, weekday: int) -> frozenset[int]:
    """The stand-in years in which ``month`` and ``day`` fall on ``weekday`` (0 Monday): every weekday of
    every month and day has some, each standing for the real years that share its calendar."""
    return frozenset(
        year
        for year in range(STAND_IN_FIRST, STAND_IN_FIRST + _STAND_IN_SPAN)
        if valid_day(year, month, day) and date(year, month, day).weekday() == weekday
    )


def lasted_since(text: str, start: int) -> bool:
    """Whether the day told at ``start`` is one the news has lasted since or follows ("held since Saturday,
    October 7, have been handed over ... on Friday"): the report is from a later day, by a span it does not
    tell, so the day dates none of its weekdays; "on Friday" is not the Friday before October 7."""
    return _SINCE_DAY.search(text, max(0, start - 16), start) is not None


def weekday_from(
    month: int, day: int, years: frozenset[int], weekday: int, direction: int, *, strict: bool = False, skip: int = 0
) -> tuple[int, int] | None:
    """The month and day of ``weekday`` nearest ``month`` and ``day`` in ``direction`` (-1 back, else forward),
    in each of ``years`` (``years_with`` the anchor's weekday); None when they give different days or none.

    ``strict``: the anchor's own day does not count ("last Tuesday" told beside "Tuesday, March 26" is
    March 19); ``skip``: days added to a day one off ("next Wednesday" beside it is the Wednesday after).
    Of Tuesday, March 26, the Sunday before is March 24; of Tuesday, March 5, the Thursday before is
    February 28 in a common year and February 29 in a leap one: None.
    """
    found = set()
    for year in years:
        if not valid_day(year, month, day):
            continue
        anchor = date(year, month, day)
        told = cal.weekday_near(anchor, weekday, direction, strict=strict)
        if skip and abs((told - anchor).days) == 1:
            told += timedelta(days=skip)
        found.add((told.month, told.day))
    return found.pop() if len(found) == 1 else None


def without_weekdays(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with those that name a weekday resolved as if the report had no date ("XXXX-WXX-1").

    A weekday written with its month and day ("Monday, July 22") keeps its month and day.
    """
    return [
        replace(m, resolve=_undated(m.resolve)) if m.kind != "md" and _WEEKDAY.search(text, m.start, m.end) else m
        for m in mentions
    ]


def _undated(resolve: Resolver) -> Resolver:
    return lambda _anchor: resolve(None)


def unknown_year(
    mentions: list[Mention], timexes: tuple[TimeExpr, ...], *, weekdays_known: bool = False
) -> tuple[TimeExpr, ...]:
    """``timexes`` resolved against a stand-in date, with every value counted from it made year-less.

    ``weekdays_known``: the stand-in date's weekday is the report's own (a weekday written with its month and
    day ties them), so a week counted from it keeps its number where every year of that calendar gives the
    same one ("this week" beside "Sunday (Sept. 24)" is ``XXXX-W38``; see ``_week_number``).
    """
    out = []
    for m, t in zip(mentions, timexes, strict=True):
        value = t.value
        if value is not None and m.kind not in ("abs", "free"):
            value = "XXXX" if _own_year(m) else _year_less(value, weekdays_known=weekdays_known)
        out.append(t if value == t.value else replace(t, value=value))
    return tuple(out)


# a year, quarter or month counted from the report's own day: "last year", "the prior year", "next quarter",
# "this year", "next month"
_COUNTED_PERIOD = re.compile(
    r"(?i:(?:the\s+)?(?:last|next|this|prior|previous|coming|current|past)\s+(?:year|quarter|month))"
)
# how long after its news day a report may be written, for a value counted from that day to hold (a week)
NEWS_DAYS = 6


def news_day(low: date | None, timexes: tuple[TimeExpr, ...]) -> date | None:
    """The day a report with no date tells its news on: its earliest date ``low`` (the latest day it tells of as
    past, ``storyline.extract.dating``) when the text writes that day out with its year and its weekday
    ("Tuesday, March 4, 2025"); None otherwise (see the module docstring)."""
    if low is None:
        return None
    weekday = WEEKDAYS[low.weekday()]
    for t in timexes:
        if t.value == low.isoformat() and weekday in t.text and f"{low.year:04d}" in t.text:
            return low
    return None


def counted_periods(
    text: str, mentions: list[Mention], timexes: tuple[TimeExpr, ...], day: date
) -> tuple[TimeExpr, ...]:
    """``timexes`` of a report with no date, with each year, quarter or month counted from its day that has no
    value of its own ("last year", ``XXXX`` "this year") counted from ``day``, its news day, when a report
    written a week later would read the same (see the module docstring)."""
    later = day + timedelta(days=NEWS_DAYS)
    out = []
    for m, t in zip(mentions, timexes, strict=True):
        value = m.resolve(day) if t.value in (None, "XXXX") and t.type == "DATE" else None
        if value and value[:1].isdigit() and value == m.resolve(later) and _COUNTED_PERIOD.fullmatch(t.text):
            out.append(replace(t, value=value))
        else:
            out.append(t)
    return tuple(out)


# a week or a weekend counted from a day: "2401-W10", "2401-W09-WE"
_WEEK = re.compile(r"^\d{4}-W\d{2}(-WE)?$")
# any day stands in for an undated report's: only the shape of a week's value is read from it
_ANY_DAY = date(STAND_IN_FIRST, 6, 15)


def open_weeks(mentions: list[Mention], timexes: tuple[TimeExpr, ...]) -> tuple[TimeExpr, ...]:
    """``timexes`` of a report with no date, where a week or weekend counted from the report's day has the value
    TIMEX3 gives a week of unknown date: "earlier this week" ``XXXX-WXX``, "last weekend" and "the weekend"
    ``XXXX-WXX-WE``, and the report's own year ("this year") that of a year unknown, ``XXXX``; other values as
    they are ("last year" has none: a year before an unknown one is no TIMEX3 value)."""
    out = []
    for m, t in zip(mentions, timexes, strict=True):
        if t.value is not None or t.type != "DATE":
            out.append(t)
            continue
        found = _WEEK.match(m.resolve(_ANY_DAY) or "")
        if found is not None:
            out.append(replace(t, value="XXXX-WXX" + (found.group(1) or "")))
        else:
            out.append(replace(t, value="XXXX") if _own_year(m) else t)
    return tuple(out)


def _own_year(m: Mention) -> bool:
    """Whether a mention counted from a day is that day's year ("this year", "the current year"), whichever day."""
    return m.kind == "rel" and all(m.resolve(day) == f"{day.year:04d}" for day in (_ANY_DAY, _OTHER_DAY))


# a second stand-in day, of another year and season: a value that is the year of both is the day's own year
_OTHER_DAY = date(STAND_IN_FIRST + 3, 11, 3)


def _year_less(value: str, *, weekdays_known: bool = False) -> str | None:
    """``2422-07-21`` -> ``XXXX-07-21``, ``2422-W29`` -> ``XXXX-WXX`` (``XXXX-W29`` when the weekdays are
    known and the number holds); None for a stand-in year, decade or century alone; other values as they are."""
    m = _STAND_IN_VALUE.match(value)
    if m is None:
        if re.fullmatch(r"2[1-9]\d|2[1-9]", value):
            return None  # "this decade", "this century" of the stand-in year
        return value
    if int(m.group(1)) < _FIRST_UNWRITTEN:
        return value
    if m.group(2):
        week = _week_number(int(m.group(1)), int(m.group(2)[2:])) if weekdays_known else None
        return f"XXXX-W{week:02d}{m.group(3)}" if week else "XXXX-WXX" + m.group(3)
    return "XXXX" + m.group(3) if m.group(3) else None


def _week_number(year: int, week: int) -> int | None:
    """The ISO number of week ``week`` of stand-in ``year`` in every year whose calendar puts its Monday on the
    same weekday, or None where they differ.

    The week runs Monday to Sunday on the same months and days in every year in which its Monday is a Monday,
    but its number counts from the year's first Thursday, which a leap day moves: September 18-24 is week 38
    in 2023 and in 2028 alike, and the number is kept only when all such years agree.
    """
    monday = date.fromisocalendar(year, week, 1)
    numbers = {
        date(y, monday.month, monday.day).isocalendar().week for y in years_with(monday.month, monday.day, 0)
    }
    return numbers.pop() if len(numbers) == 1 else None
