"""Anaphoric time expressions: "the next day", "that night", "the following week", "later that year".

Such an expression names a time counted from the narrative's reference time, not from the report's date:
in "The ferry sank on Monday, April 24. The next day, rescuers found the hull." the next day is April 25,
whenever the report was filed. TimeML (and TempEval-3) resolve it against the most recent time the text
has told of; ``timex.resolve_mentions`` keeps that reference: the last date written out ("April 24", "in
1995") or counted from the report's date ("yesterday", "last month"), not another anaphoric expression
(in a market report, "down from 1.51 percent the day before ... from $1.1074 the day before" is the same
day twice), and falls back to the report's date only where no date precedes. A time told that cannot be
counted from ("the 1990s", a bare "Friday" in an undated report) leaves what follows without a value.

A day or month of an unknown year counts too, and the value keeps the year unknown: "the previous day" after
"Monday, June 17" in a report with no year is ``XXXX-06-16`` (none where a leap year would change the day).

A value is only given where the reference is fine enough for the expression: "the following year" after
"May 22, 1995" is ``1996``, "later that month" after "in June 2012" is ``2012-06``, but "that day" or "the
next day" after "last October" has no value (a day told of after a month alone is most often the day of an
event the text has not dated, not some day of that month). Without any reference, and without the report's
date, the value is None, as for every relative expression of an undated report.

Recognized: "that (same|very) day|morning|afternoon|evening|night|week|month|year", with "later",
"earlier", "early" or "late" before it; "the same day|...|year"; "(early|late) the next|following|previous|
prior|preceding day|morning|afternoon|evening|night"; "the following|previous|prior|preceding week|month|year"
("the next week" stays the week after the report's, as "next week" is); "the day|night|morning|evening
before|after" closing its clause ("The day before, the captain had warned"). Parts of the day are TIME
("the next morning" ``2023-04-25TMO``), the rest DATE. Not recognized: event-anchored phrases ("the day
before the vote", "the same day as the vote"), a bare "that day" in a sentence that tells of no one day
("you have strong redemptions that day", "traders can lose on trades made that day"), quarters ("that
quarter"). "N days later" is ``timex_relative``'s (kind ``narr``), counted as before.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.extract import timex_calendar as cal
from storyline.extract.timex_rules import END, Builder, Mention, _c, _mention
from storyline.extract.timex_tense import sentence_at, tense_direction

# units an anaphoric expression counts in, and the part of day of the day units
UNITS = ("day", "week", "month", "year")
PODS = ("", "MO", "AF", "EV", "NI")
_UNIT_OF = {"day": (0, 0), "morning": (0, 1), "afternoon": (0, 2), "evening": (0, 3), "night": (0, 4),
            "week": (1, 0), "month": (2, 0), "year": (3, 0)}  # fmt: skip
_OFFSET = {"next": 1, "following": 1, "after": 1, "previous": -1, "prior": -1, "preceding": -1, "before": -1}

# a reference value and its grain: a day ("2023-04-24", with or without a time of day), an ISO week, a month,
# a year, or a part of a year (quarter, half, season), which serves "that year" only
_REF_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_REF_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_REF_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_REF_YEAR = re.compile(r"^(\d{4})(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?$")


# a day or a month of an unknown year ("Monday, June 17" in a report with no year: ``XXXX-06-17``)
_YEAR_LESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
# stand-in years for a year-less reference, one leap and one common: a count that lands on a different day in
# each ("the previous day" of March 1) has no year-less value
_STAND_INS = (2000, 2001)


def reference_of(value: str | None) -> str | None:
    """``value`` when it names a time an anaphoric expression may count from (a day, week, month or year, or a
    day or month of an unknown year)."""
    if not value:
        return None
    for pattern in (_REF_DAY, _REF_WEEK, _REF_MONTH, _REF_YEAR, _YEAR_LESS):
        if pattern.match(value):
            return value
    return None


def resolve_told(key: tuple[int, ...], told: list[str | None]) -> str | None:
    """The value of an anaphoric expression counted from the last of the times the text has ``told`` of.

    A time that cannot be counted from ("the 1990s", "Friday" in an undated report) leaves what follows
    without a value: an earlier date is no longer the narrative's time. Only a year looks further back past a
    month or day written without its year ("in January 2007 ... in September of that year": 2007).
    """
    last = told[-1]
    if UNITS[key[0]] == "year" and last is not None and last.startswith("XXXX"):
        last = next((v for v in reversed(told) if v is None or not v.startswith("XXXX")), None)
    reference = reference_of(last)
    return resolve_from(key, reference) if reference is not None else None


def resolve_from(key: tuple[int, ...], reference: str) -> str | None:
    """The value of an anaphoric expression (``key`` = unit, offset, part of day) counted from ``reference``.

    None when the reference is too coarse for the expression ("the next day" after "in 1998").
    """
    unit, offset, pod = UNITS[key[0]], key[1], PODS[key[2]]
    suffix = f"T{pod}" if pod else ""
    if _YEAR_LESS.match(reference):
        return _from_year_less(key, reference)
    day = _REF_DAY.match(reference)
    if day is not None:
        year, mon, mday = int(day.group(1)), int(day.group(2)), int(day.group(3))
        if not cal.valid_day(year, mon, mday):
            return None
        d = date(year, mon, mday)
        if unit == "day":
            return (d + timedelta(days=offset)).isoformat() + suffix
        if unit == "week":
            return cal.fmt_week(d + timedelta(weeks=offset))
        if unit == "month":
            return cal.fmt_month(*cal.add_months(year, mon, offset))
        return f"{year + offset:04d}"
    week = _REF_WEEK.match(reference)
    if week is not None:
        if unit != "week":
            return None  # a week's days and its month are not known; its year may be an ISO year
        try:
            monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return None
        return cal.fmt_week(monday + timedelta(weeks=offset))
    month = _REF_MONTH.match(reference)
    if month is not None:
        # no day of a month: "that day" after "in March" is most often the day of an event the text has not
        # dated, not a day of that month
        year, mon = int(month.group(1)), int(month.group(2))
        if unit == "month":
            return cal.fmt_month(*cal.add_months(year, mon, offset))
        if unit == "year":
            return f"{year + offset:04d}"
        return None
    year_only = _REF_YEAR.match(reference)
    if year_only is not None and unit == "year":
        return f"{int(year_only.group(1)) + offset:04d}"
    return None


def _build(m: re.Match[str], text: str, word: str, offset: int) -> Mention:
    unit, pod = _UNIT_OF[word.lower()]
    key = (unit, offset, pod)

    def resolve(anchor: date | None) -> str | None:
        return resolve_from(key, anchor.isoformat()) if anchor else None

    return _mention(m, "TIME" if pod else "DATE", "ana", resolve, key=key)


# words after "that day" that make it part of a compound or a name ("that day care centre", "that night club",
# "he said that morning show hosts ...")
_COMPOUND = re.compile(
    r"\s+(?:care|trader|traders|trading|trip|trips|shift|shifts|school|schools|club|clubs|job|jobs|pass|passes"
    r"|light|lights|time|times|owl|owls|life|sky|watchman|stand|rate|rates|show|shows|program|programs|programme"
    r"|programmes|news|paper|papers|edition|editions|person|people|routine|routines|sickness)\b",
    re.IGNORECASE,
)


# words of a sentence that tells what happens as a rule, not on one day ("traders can lose on trades made
# that day", "whenever a report hits, redemptions rise that day")
_GENERIC = re.compile(
    r"(?i:\b(?:can|cannot|can['’]t|must|may|might|should|often|usually|typically|always|whenever|every|each)\b)"
)


def _that(m: re.Match[str], text: str) -> Mention | None:
    if _COMPOUND.match(text, m.end()):
        return None
    if not m["pre"] and not m["same"]:
        # a bare "that day" tells of one day only in a sentence with a tense that is not a rule's
        if tense_direction(text, m.start(), m.end()) == 0:
            return None  # "you have strong redemptions that day"
        start, end = sentence_at(text, m.start())
        if _GENERIC.search(text, start, end):
            return None  # "market makers can suffer losses on trades made that day"
    return _build(m, text, m["unit"], 0)


def _same(m: re.Match[str], text: str) -> Mention | None:
    if _COMPOUND.match(text, m.end()):
        return None
    return _build(m, text, m["unit"], 0)


# "over the next day", "within the next day": a stretch of time to come, not a day told of
_STRETCH_BEFORE = re.compile(r"(?i:\b(?:over|for|within|throughout)\s+)$")
# "the next day or two", "the previous year and a half": a length of time
_STRETCH_AFTER = re.compile(r"\s+(?:or|and\s+a\s+half)\b", re.IGNORECASE)


def _next(m: re.Match[str], text: str) -> Mention | None:
    if _STRETCH_AFTER.match(text, m.end()) or _STRETCH_BEFORE.search(
        text, max(0, m.start() - 12), m.start()
    ):
        return None
    return _build(m, text, m["unit"], _OFFSET[m["rel"].lower()])


def _part_told(m: re.Match[str], text: str) -> Mention | None:
    """"in the early afternoon", "during the morning": that part of the day last told of (the report's day
    where none is), when the sentence tells of one day rather than of what happens as a rule."""
    if re.search(r"\d\s+in\s+$", text[max(0, m.start() - 8) : m.start()]):
        return None  # "at 4 in the morning": a clock time, which this does not read
    if tense_direction(text, m.start(), m.end()) == 0:
        return None  # "shops close in the afternoon"
    start, end = sentence_at(text, m.start())
    if _GENERIC.search(text, start, end):
        return None  # "traders can sell in the morning"
    return _build(m, text, m["unit"], 0)


def _before_after(m: re.Match[str], text: str) -> Mention | None:
    return _build(m, text, m["unit"], _OFFSET[m["ba"].lower()])


_DAY_UNITS = r"day|morning|afternoon|evening|night"
_ALL_UNITS = rf"{_DAY_UNITS}|week|month|year"
# what may follow a phrase that closes its clause: punctuation, a conjunction, or a place or time after a
# preposition ("the day before, ...", "the night before at a rally", "endorsed the day before by ...")
_CLOSES = r"(?=\s*(?:[,.;:!?)\"”’'—–]|--|$)|\s+(?:and|but|in|at|on|from|to|with|by|when)\b)"

ANAPHORA_RULES: list[tuple[re.Pattern[str], Builder]] = [
    (
        _c(rf"(?i:(?:(?P<pre>later|earlier|early|late)\s+)?that\s+(?:(?P<same>same|very)\s+)?(?P<unit>{_ALL_UNITS}))"),
        _that,
    ),
    # "the same day as the vote", "the same month last year", "the same day of the week" are counted from
    # something else; "the same day he won" is still the day last told of
    (_c(rf"(?i:the\s+same\s+(?P<unit>{_ALL_UNITS}))(?!\s+(?:as|of|last|next|a|an|this)\b)"), _same),
    (
        _c(rf"(?i:(?:(?:early|late)\s+)?the\s+(?P<rel>next|following|previous|prior|preceding)\s+(?P<unit>{_DAY_UNITS}))"),
        _next,
    ),
    # "the next week" is left to ``timex_relative``: the week after the report's, as "next week" is
    (_c(r"(?i:the\s+(?P<rel>following|previous|prior|preceding)\s+(?P<unit>week|month|year))"), _next),
    # "clashes broke out in the early afternoon": after a preposition of time, and not a compound or a part of
    # another day ("in the afternoon session", "in the morning of March 3", "by the evening news")
    (
        re.compile(
            r"(?:(?<=\b(?i:in)\s)|(?<=\b(?i:by)\s)|(?<=\b(?i:during)\s)|(?<=\b(?i:until)\s)|(?<=\b(?i:through)\s)"
            r"|(?<=\b(?i:throughout)\s))(?i:the\s+(?:(?:early|late|mid)[\s-]+)?(?P<unit>morning|afternoon|evening))"
            + END
            + r"(?!\s+(?i:of|hours|session|sessions|news|edition|papers?|rush|shift|shifts|show|prayers?)\b)"
        ),
        _part_told,
    ),
    # only where the phrase closes its clause: "the day before the vote" is counted from the vote
    (_c(r"(?i:the\s+(?P<unit>day|night|morning|evening)\s+(?P<ba>before|after))" + _CLOSES), _before_after),
]


def _from_year_less(key: tuple[int, ...], reference: str) -> str | None:
    """An anaphoric day or month counted from a day or month of an unknown year, its year left unknown: "the
    previous day" after "Monday, June 17" is ``XXXX-06-16``. None for a week or a year (their numbers need
    the year), and for a count that lands on another day in a leap year than in a common one."""
    if UNITS[key[0]] not in ("day", "month"):
        return None
    found = set()
    for year in _STAND_INS:
        value = resolve_from(key, f"{year}{reference[4:]}")
        if value is None or abs(int(value[:4]) - year) > 1:
            return None
        found.add(value[4:])  # the month and day, whichever year the count ends in
    return "XXXX" + found.pop() if len(found) == 1 else None
