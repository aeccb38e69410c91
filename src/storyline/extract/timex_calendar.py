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
    """The year of the named month nearest the anchor's month in ``direction`` (0: the nearer side)."""
    if direction == 0:
        ahead = (month - anchor.month) % 12
        if ahead == 0:
            return anchor.year
        if ahead <= 6:
            return anchor.year + (month < anchor.month)
        return anchor.year - (month > anchor.month)
    if direction < 0:
        if month < anchor.month or (month == anchor.month and not strict):
            return anchor.year
        return anchor.year - 1
    if month > anchor.month or (month == anchor.month and not strict):
        return anchor.year
    return anchor.year + 1


def day_year(anchor: date, month: int, day: int, direction: int) -> int:
    """The year that puts a month-day nearest the anchor, leaning ``BIAS`` days the way the tense points.

    On TempEval-3's training part, the plain nearest year is right more often than the tense-bound one:
    a past-tense sentence often announces a date to come ("declared a dividend, payable Dec. 7"). The
    tense only tips dates that lie around half a year away.
    """
    year = anchor.year
    centre = anchor + timedelta(days=BIAS * direction)
    options = [(abs((_safe_date(y, month, day) - centre).days), y) for y in (year - 1, year, year + 1)]
    return min(options)[1]


BIAS = 60


def month_near(anchor: date, month: int, direction: int, bias: int = 60) -> int:
    """The year that puts a month (its middle) nearest the anchor, leaning ``bias`` days with the tense."""
    centre = anchor + timedelta(days=bias * direction)
    options = [(abs((date(y, month, 15) - centre).days), y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
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
