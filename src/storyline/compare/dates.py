"""Dates in conflict: two statements of one event that give it dates that exclude each other.

Dates are the statements' normalized time expressions (TIMEX3 values); a value containing the other ("2023-05"
and "2023-05-03", a week and one of its days) is compatible. Two weekdays of one event ("away to Brentford on
Sunday" / "against Brentford on Saturday") disagree by their names (``weekday_conflict``). A date that a report
marks as updated is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from storyline.compare.updates import UPDATE


def _date_range(value: str) -> tuple[date, date] | None:
    """The days a TIMEX3 date value covers (day, month, year, ISO week); None for anything else."""
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            d = date.fromisoformat(value)
            return d, d
        if re.fullmatch(r"\d{4}-\d\d", value):
            y, mo = int(value[:4]), int(value[5:])
            start = date(y, mo, 1)
            end = date(y + (mo == 12), mo % 12 + 1, 1)
            return start, date.fromordinal(end.toordinal() - 1)
        if re.fullmatch(r"\d{4}-W\d\d", value):
            y, w = int(value[:4]), int(value[6:])
            return date.fromisocalendar(y, w, 1), date.fromisocalendar(y, w, 7)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def date_conflict(a_values: Sequence[str], b_values: Sequence[str], a_text: str = "", b_text: str = "") -> str | None:
    """Why two statements disagree on when, or None: only when each gives exactly one date and they exclude
    each other (two statements that name several dates may well name different events)."""
    if UPDATE.search(a_text) or UPDATE.search(b_text):
        return None
    ra = [r for v in a_values if (r := _date_range(v))]
    rb = [r for v in b_values if (r := _date_range(v))]
    if len(ra) != 1 or len(rb) != 1:
        return None
    (a0, a1), (b0, b1) = ra[0], rb[0]
    if a0 <= b1 and b0 <= a1:
        return None
    return f"{a_values[0]} vs {b_values[0]}"


_WEEKDAY = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b")
# a weekday that tells when something was said, not when the event is ("said on Tuesday", "told reporters
# Friday"): two reports may tell it on different days
_SAID_WHEN = re.compile(
    r"\b(?:said|says|told|announced|confirmed|reported|added|wrote|tweeted|posted|stated|explained)\b"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)
# words between a weekday and what it is the day of ("Brentford on Sunday", "the opener this Saturday")
_DAY_LINK = frozenset({"on", "this", "next", "last", "coming", "until", "by", "from", "since", "before", "after"})


@dataclass(frozen=True, slots=True)
class Weekday:
    """A weekday a statement names: the name as written, the word it is the day of (the word before it,
    past "on", "this" ...: "brentford" of "against Brentford on Saturday") and its resolved date, if any."""

    name: str
    anchor: str
    value: str | None = None
    # the words around it, three a side ("feared the death toll in Friday's quake could rise"): a weekday of two
    # alike statements is the day of one event only where its neighbours are alike too
    near: frozenset[str] = frozenset()


def weekdays(text: str, values: Sequence[tuple[int, int, str]] = ()) -> list[Weekday]:
    """The weekdays of an event a statement names, with what each is the day of; ``values`` are the resolved
    dates of its time expressions, as ``(start, end, value)`` in ``text``'s offsets. A weekday telling when
    something was said (``_SAID_WHEN``) is left out.

    >>> [(w.name, w.anchor) for w in weekdays("Spurs play against Brentford on Saturday.")]
    [('saturday', 'brentford')]
    """
    out = []
    for m in _WEEKDAY.finditer(text):
        if _SAID_WHEN.search(text, max(0, m.start() - 60), m.start()):
            continue
        before = [w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", text[max(0, m.start() - 60) : m.start()])]
        while before and before[-1] in _DAY_LINK:
            before.pop()
        value = next((v for s, e, v in values if s <= m.start() and m.end() <= e + 2), None)
        after = [w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", text[m.end() : m.end() + 60])]
        near = frozenset(w for w in (*before[-3:], *after[:3]) if w not in _FILLER)
        out.append(Weekday(name=m.group("day").lower(), anchor=before[-1] if before else "", value=value, near=near))
    return out


# words that say nothing of what a weekday is the day of
_FILLER = _DAY_LINK | {"the", "a", "an", "and", "of", "in", "at", "to", "late", "early", "only", "s"}


def weekday_conflict(a: Sequence[Weekday], b: Sequence[Weekday], a_text: str = "", b_text: str = "", *,
                     close: bool = False) -> str | None:
    """Why two statements disagree on the day of one event ("Sunday vs Saturday"), or None.

    Each must name one weekday, by different names: "away to Brentford on Sunday" and "against Brentford on
    Saturday" cannot both hold of one game. Either the two statements say the same thing otherwise (``close``)
    or each names the day of the same word ("Brentford"); alike statements must have words alike around the two
    weekdays too ("The agency on Saturday approved" / "The agency on Friday approved"). Resolved dates are no
    evidence on their own (a weekday resolved against a wrongly guessed report date is off by a week), but two
    that are one day veto a disagreement. A marked update is no conflict.

    >>> weekday_conflict(weekdays("away to Brentford on Sunday"), weekdays("against Brentford on Saturday"))
    'Sunday vs Saturday'
    """
    if UPDATE.search(a_text) or UPDATE.search(b_text):
        return None
    if len({w.name for w in a}) != 1 or len({w.name for w in b}) != 1:
        return None
    x, y = a[0], b[0]
    same_anchor = bool(x.anchor) and x.anchor == y.anchor
    if x.name == y.name or not (same_anchor or (close and x.near & y.near)):
        return None  # "in Friday's quake" / "had reached the area only early on Saturday": two events
    if x.value and y.value and x.value[:10] == y.value[:10]:
        return None
    return f"{x.name.capitalize()} vs {y.name.capitalize()}"
