"""Calendar arithmetic for TIMEX3 values: anchors, shifts by unit, ISO weeks, quarters, and value formats.

Everything here is pure and works on ``datetime.date``; the anchor of an article is its publication date.
TIMEX3 value forms follow the TimeML annotation guidelines as TimeBank uses them: ``2023-05-03`` (day),
``2023-05`` (month), ``2023-W18`` (ISO week), ``2023-Q2`` (quarter), ``2023-H1`` (half), ``2023-SU``
(season), ``2023`` (year), ``202`` (decade), ``19`` (century), ``2023-W18-WE`` (weekend),
``2023-05-10TAF`` (part of day), ``2023-05-10T22:00`` (clock time).

Does not handle time zones (a ``T..`` suffix on the anchor is ignored) or calendars other than the Gregorian.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_anchor(value: str | None) -> date | None:
    """The calendar day of an ISO date or datetime string (``2023-05-10``, ``2023-05-10T08:00:00Z``)."""
    if not value:
        return None
    m = _ISO_DATE.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year if year > 0 else 2000, month)[1]


# ---- value formats ----------------------------------------------------------------------------------------


def fmt_day(d: date) -> str:
    return d.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(d: date) -> str:
    """The ISO week holding ``d`` (``2023-W18``); the ISO year may differ from the calendar year."""
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def fmt_quarter(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


# ---- shifts -------------------------------------------------------------------------------------------------


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def add_quarters(year: int, quarter: int, delta: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + delta
    return index // 4, index % 4 + 1


def shift(anchor: date, unit: str, delta: int) -> str:
    """The value of the ``unit`` that lies ``delta`` units from the anchor, at that unit's granularity.

    ``shift(2023-05-10, "week", -1)`` is ``2023-W18``; ``"month", -1`` is ``2023-04``; ``"year", -1`` is
    ``2022``; ``"day", -1`` is ``2023-05-09``; ``"decade", -1`` is ``201``; ``"quarter", -1`` is ``2023-Q1``.
    """
    if unit == "day":
        return fmt_day(anchor + timedelta(days=delta))
    if unit == "week":
        return fmt_week(anchor + timedelta(weeks=delta))
    if unit == "weekend":
        return fmt_week(anchor + timedelta(weeks=delta)) + "-WE"
    if unit == "month":
        return fmt_month(*add_months(anchor.year, anchor.month, delta))
    if unit == "quarter":
        return fmt_quarter(*add_quarters(anchor.year, quarter_of(anchor), delta))
    if unit == "half":
        index = anchor.year * 2 + (anchor.month - 1) // 6 + delta
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "year":
        return f"{anchor.year + delta:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + delta:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + delta:02d}"
    raise ValueError(f"unknown unit {unit!r}")


def ago(anchor: date, unit: str, count: float) -> str:
    """The time ``count`` units before the anchor, at the granularity TimeBank gives "N units ago"."""
    n = int(count)
    if unit in ("day", "night"):
        return fmt_day(anchor - timedelta(days=n))
    if unit == "week":
        return fmt_week(anchor - timedelta(weeks=n))
    if unit == "month":
        return fmt_month(*add_months(anchor.year, anchor.month, -n))
    if unit == "quarter":
        return fmt_quarter(*add_quarters(anchor.year, quarter_of(anchor), -n))
    if unit == "decade":
        return f"{anchor.year - 10 * n:04d}"
    if unit == "century":
        return f"{anchor.year - 100 * n:04d}"
    return f"{anchor.year - n:04d}"


# ---- direction ----------------------------------------------------------------------------------------------


def weekday_near(anchor: date, weekday: int, direction: int, *, strict: bool = False) -> date:
    """The day with ``weekday`` (Monday = 0) nearest the anchor in ``direction`` (-1 back, +1 forward).

    With ``strict`` the anchor's own day does not count ("last Wednesday" said on a Wednesday is a week back).
    """
    if direction >= 0:
        delta = (weekday - anchor.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return anchor + timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return anchor - timedelta(days=delta)


def month_year(anchor: date, month: int, direction: int, *, strict: bool = False) -> int:
    """The year of the named month nearest the anchor's month in ``direction`` (0: the anchor's year)."""
    if direction == 0:
        return anchor.year
    if direction < 0:
        if month < anchor.month or (month == anchor.month and not strict):
            return anchor.year
        return anchor.year - 1
    if month > anchor.month or (month == anchor.month and not strict):
        return anchor.year
    return anchor.year + 1


def day_year(anchor: date, month: int, day: int, direction: int) -> int:
    """The year of a month-day nearest the anchor in ``direction``; 0 picks the closer of the two sides.

    A date that lies only a few days past the anchor in a past-tense sentence is more likely a slip of the
    anchor (a report dated the day after) than a date almost a year back, so ``direction`` -1 tolerates 2
    days ahead, and +1 tolerates 2 days back.
    """
    year = anchor.year
    cand = _safe_date(year, month, day)
    if direction < 0:
        if cand > anchor + timedelta(days=2):
            return year - 1
        return year
    if direction > 0:
        if cand < anchor - timedelta(days=2):
            return year + 1
        return year
    options = [(abs((_safe_date(y, month, day) - anchor).days), y) for y in (year - 1, year, year + 1)]
    return min(options)[1]


def _safe_date(year: int, month: int, day: int) -> date:
    # Feb 29 in a non-leap year: the nearest real day keeps the arithmetic total
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day, last))


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` of a month (n = -1: the last), for holidays such as Thanksgiving."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)
