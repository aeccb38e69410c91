"""A timeline value read out for people: "3 May 2023", "Tuesday", "15 February, evening".

The briefs keep the TIMEX3 value (``2023-05-03``, ``XXXX-WXX-2``, ``XXXX-02-15TEV``) beside it for the record;
the reader sees first what the reports say in words. Values this module does not know are shown as they are.
"""

from __future__ import annotations

import re

from storyline.calendar_words import MONTHS, WEEKDAYS

_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_QUARTERS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}

_DAY = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<t>.+))?")
_WEEKDAY = re.compile(r"(?P<y>\d{4}|XXXX)-W(?P<w>\d\d|XX)-(?P<d>[1-7])(?:T(?P<t>.+))?")
_WEEK = re.compile(r"(?P<y>\d{4}|XXXX)-W(?P<w>\d\d|XX)(?P<we>-WE)?")
_MONTH = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<m>\d\d)")
_QUARTER = re.compile(r"(?P<y>\d{4}|XXXX)-Q(?P<q>[1-4])")
_CLOCK = re.compile(r"\d\d:\d\d")


def readable(value: str) -> str:
    """``value`` in words, or ``value`` itself when it is no form this module reads."""
    if re.fullmatch(r"\d{4}", value):
        return value
    if m := _DAY.fullmatch(value):
        month = int(m["m"])
        if not 1 <= month <= 12:
            return value
        day = f"{int(m['d'])} {MONTHS[month - 1]}" + ("" if m["y"] == "XXXX" else f" {m['y']}")
        return day + _time_of_day(m["t"])
    if m := _WEEKDAY.fullmatch(value):
        weekday = WEEKDAYS[int(m["d"]) - 1]
        if m["w"] == "XX":
            part = _PARTS.get(m["t"] or "")
            return f"{weekday} {part}" if part else weekday + _time_of_day(m["t"])
        return value  # a weekday of a numbered week: the number says more than words would
    if m := _WEEK.fullmatch(value):
        what = "a weekend" if m["we"] else "a week"
        if m["w"] == "XX":
            return what
        week = f"{'the weekend of ' if m['we'] else ''}week {int(m['w'])}"
        return week + ("" if m["y"] == "XXXX" else f" of {m['y']}")
    if m := _MONTH.fullmatch(value):
        month = int(m["m"])
        if not 1 <= month <= 12:
            return value
        return MONTHS[month - 1] + ("" if m["y"] == "XXXX" else f" {m['y']}")
    if m := _QUARTER.fullmatch(value):
        return f"the {_QUARTERS[m['q']]} quarter" + ("" if m["y"] == "XXXX" else f" of {m['y']}")
    return value


def _time_of_day(part: str | None) -> str:
    """", 14:30" for a clock time, ", evening" for a part of the day, "" for none."""
    if not part:
        return ""
    if _CLOCK.match(part):
        return f", {part[:5]}"
    return f", {_PARTS[part]}" if part in _PARTS else f", {part}"
