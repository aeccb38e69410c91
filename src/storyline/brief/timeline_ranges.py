"""Weekdays of a story with no year placed in a span of days the story tells twice: by its dates and by its weekdays.

"talks that took place from March 6 through March 10 in Beijing" (one report) and "held four days of talks from
Monday in Beijing, ... in a ceremony on Friday" (another) tell one span: five days from a Monday, so March 6
was a Monday and March 10 a Friday, in whatever year. A weekday the story tells of the past or with no tense
that lies in the span is then its one day of it ("signed on Friday": ``XXXX-03-10``), with no year.

Only where the two spans are as long as each other, their sentences share a word of what they tell ("talks"),
and the story tells one such span (two that disagree place nothing). A weekday outside the span, one told as to
come ("will meet on Monday") or counted into another week ("last Friday") keeps its value. Within one story's
timeline only: the reports' own values are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from storyline.brief.text import content_words
from storyline.brief.timeline_values import WEEKDAY_VALUE, YEARLESS_DAY, value_of
from storyline.calendar_words import month_spellings, weekday_stems
from storyline.extract.timex_undated import years_with
from storyline.model import Analysis, TimeExpr

# a day or weekday that opens a span of days: "from March 6", "between Monday"
RANGE_START = re.compile(r"(?i:\b(?:from|between)\s+(?:on\s+)?)$")
# the words between a span's two dates: "from March 6 through March 10", "between March 6 and March 10"
_DATES_JOINED = re.compile(r"(?i:\s*(?:through|thru|to|until|till|and|-|–|—)\s*)")
# how far after a span's first weekday its last may be named, within the sentence
RANGE_CHARS = 200
# a sentence's end between two words: "... on Monday. On Friday ..."
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")
# the longest span told by weekdays whose days are each told apart: within one week
_LONGEST = 6


@dataclass(frozen=True, slots=True)
class DaySpan:
    """A span of days of no known year told by its first and last date, and which weekday it opens on."""

    first: tuple[int, int]  # month, day
    days: int  # how many days after the first the last is
    weekday: int  # the first day's weekday, 0 Monday


def story_span(texts: dict[str, str], analyses: Sequence[Analysis]) -> DaySpan | None:
    """The one span of days the story tells both by its dates and by its weekdays (see the module docstring);
    None when it tells none, or spans that disagree."""
    dated = [s for a in analyses if (text := texts.get(a.article)) for s in _date_spans(text, a.timexes)]
    by_weekday = [s for a in analyses if (text := texts.get(a.article)) for s in _weekday_spans(text, a.timexes)]
    found = {
        DaySpan(first, days, first_weekday)
        for first, days, words in dated
        for first_weekday, weekdays, other_words in by_weekday
        if days == weekdays and words & other_words and years_with(*first, first_weekday)
    }
    return found.pop() if len(found) == 1 else None


def day_in_span(span: DaySpan, weekday: int) -> str | None:
    """The year-less day (``"XXXX-03-10"``) of ``weekday`` (0 Monday) in ``span``, None when it lies outside or
    its month and day differ between the years the span's calendar fits (a span across February's end)."""
    offset = (weekday - span.weekday) % 7
    if offset > span.days:
        return None
    found = {date(y, *span.first) + timedelta(days=offset) for y in years_with(*span.first, span.weekday)}
    days = {(d.month, d.day) for d in found}
    if len(days) != 1:
        return None
    month, day = days.pop()
    return f"XXXX-{month:02d}-{day:02d}"


def _date_spans(text: str, timexes: Sequence[TimeExpr]) -> list[tuple[tuple[int, int], int, frozenset[str]]]:
    """The spans a report tells by two year-less dates ("from March 6 through March 10"): the first's month and
    day, how many days after it the last is (the same in a leap year and a common one, at most a week), and the
    words of its sentence."""
    days = sorted((tx for tx in timexes if tx.type == "DATE" and YEARLESS_DAY.match(value_of(tx))),
                  key=lambda tx: tx.span.start)
    out = []
    for first, last in pairwise(days):
        if RANGE_START.search(text, max(0, first.span.start - 16), first.span.start) is None:
            continue
        if _DATES_JOINED.fullmatch(text, first.span.end, last.span.start) is None:
            continue
        start, end = _month_day(first), _month_day(last)
        lengths = {(date(y, *end) - date(y, *start)).days for y in (2000, 2001) if _valid(y, start, end)}
        if len(lengths) == 1 and 0 < (length := lengths.pop()) <= _LONGEST:
            out.append((start, length, _words(text, first.span.start, last.span.end, (first, last))))
    return out


def _weekday_spans(text: str, timexes: Sequence[TimeExpr]) -> list[tuple[int, int, frozenset[str]]]:
    """The spans a report tells by two weekdays in one sentence, the first after "from" or "between" ("talks from
    Monday in Beijing, ... signing a joint statement in a ceremony on Friday"): the first's weekday, how many
    days after it the last is, and the words of the sentence. Not a weekday counted into another week
    ("from last Friday")."""
    days = sorted((tx for tx in timexes if tx.type in ("DATE", "TIME") and _weekday(tx) is not None),
                  key=lambda tx: tx.span.start)
    out = []
    for first, last in pairwise(days):
        if RANGE_START.search(text, max(0, first.span.start - 16), first.span.start) is None:
            continue
        if last.span.start - first.span.start > RANGE_CHARS or SENTENCE_END.search(
            text, first.span.start, last.span.start
        ):
            continue
        one, other = _weekday(first), _weekday(last)
        if one is not None and other is not None and one != other:
            out.append((one, (other - one) % 7, _words(text, first.span.start, last.span.end, (first, last))))
    return out


# a weekday counted into another week: "last Friday", "next Monday"
_OTHER_WEEK = re.compile(r"(?i:\b(?:last|next|past|previous|coming|following|before|after)\b)")


def _weekday(tx: TimeExpr) -> int | None:
    """The weekday (0 Monday) an expression names in an unknown week, None for any other."""
    found = WEEKDAY_VALUE.match(value_of(tx))
    if found is None or _OTHER_WEEK.search(tx.text):
        return None
    return int(found.group(1)) - 1


def _month_day(tx: TimeExpr) -> tuple[int, int]:
    found = YEARLESS_DAY.match(value_of(tx))
    assert found is not None
    return int(found.group(1)), int(found.group(2))


def _valid(year: int, *days: tuple[int, int]) -> bool:
    try:
        for month, day in days:
            date(year, month, day)
    except ValueError:
        return False
    return True


# words of a sentence that say nothing of what a span holds: calendar words and a report's own ("reported")
_NO_TOPIC = re.compile(
    r"(?:" + weekday_stems(lower=True) + "|" + month_spellings(lower=True, loose_september=True)
    + r"|days?|weeks?|year|reported|according|\d.*|.{1,2})"
)


def _words(text: str, start: int, end: int, told: Sequence[TimeExpr]) -> frozenset[str]:
    """The content words of the sentence around ``text[start:end]``, less calendar words and a report's own
    ("talks", "beijing" of "talks that took place from March 6 through March 10 in Beijing, SPA reported")."""
    opening = max((m.start() + 1 for m in SENTENCE_END.finditer(text, max(0, start - 400), start)), default=0)
    closing = next((m.start() + 1 for m in SENTENCE_END.finditer(text, end)), len(text))
    dates = frozenset().union(*(content_words(tx.text) for tx in told))
    return frozenset(w for w in content_words(text[opening:closing]) if not _NO_TOPIC.fullmatch(w)) - dates
