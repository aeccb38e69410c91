"""A day counted from a dated thing named just before: "... appeared in a Dec. 5 congressional hearing ... Magill
resigned four days after that hearing" is Magill's resignation on December 9.

The time stage reads "four days" as a length of time (``P4D``), which dates nothing, and the day it counts from is
only named ("that hearing"). When a sentence counts whole days after "that" (or "the") thing, and one of the two
sentences before it, in the same report, gives that thing a day ("a Dec. 5 congressional hearing", "the hearing
on Dec. 5"), the count dates its sentence: that day moved on by the count. Only days or weeks, only "after" or
"later than", and only a thing named within a few words of its date, or an event ("the accident", "the collapse")
the sentence just before dates by its one day ("partially collapsed June 24, 2021. Almost two weeks after the
accident, the death toll climbed to over 30"); a count told as rough ("almost two weeks") dates only the month
of the day it reaches. A count that would cross the end of February of a year-less day is left out (its length
is not known).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from storyline.model import Span, TimeExpr

__all__ = ["day_after"]

# a count of days or weeks: "P4D", "P2W"
_DAYS = re.compile(r"^P(\d{1,2})([DW])$")
# a count told as rough: "Almost two weeks", "about 10 days"
_ROUGH = re.compile(r"(?i:^(?:almost|about|nearly|some|roughly|around|more\s+than|over|just\s+over|less\s+than)\b)")
_ROUGH_BEFORE = re.compile(r"(?i:\b(?:almost|about|nearly|some|roughly|around|more\s+than|over)\s+$)")
# an event a sentence before may date by its one day: "the accident", "the collapse"
_EVENT_NOUN = frozenset({"accident", "crash", "collapse", "attack", "explosion", "blast", "fire", "disaster",
                         "earthquake", "quake", "shooting", "storm", "flood", "flooding", "derailment", "incident"})
_MONTH_OF = re.compile(r"^((?:\d{4}|XXXX)-\d{2})-\d{2}$")
# what the count is after: "after that hearing", "after the vote"
_AFTER_THING = re.compile(r"\s+after\s+(?:that|the|this)\s+([a-z]{3,})\b")
# a day the thing is given: "a Dec. 5 congressional hearing" (date before its noun), "the hearing on Dec. 5"
_DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
# a common year for year-less days (no February 29 to cross)
_COMMON_YEAR = 2001


def day_after(
    text: str, sentences: Sequence[Span], sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr]
) -> str | None:
    """The day ``tx`` ("four days", ``P4D``) gives its sentence ``sent``, counted from the day one of the two
    sentences before gives the thing the count is after (see the module docstring); None when there is none."""
    count = _DAYS.match(tx.value or "")
    after = _AFTER_THING.match(text, tx.span.end)
    if tx.type != "DURATION" or count is None or after is None:
        return None
    noun = after.group(1)
    before = [s for s in sentences if s.end <= sent.start][-2:]
    if not before:
        return None
    start = before[0].start
    days = {t.value for t in timexes if t.type == "DATE" and start <= t.span.start < sent.start
            and _names_thing(text, t, noun) and _DAY_VALUE.match(t.value or "")}
    if not days and noun in _EVENT_NOUN:
        # "partially collapsed June 24, 2021. Almost two weeks after the accident, ...": the event of the sentence
        # just before, dated by its one day
        days = {t.value for t in timexes if t.type == "DATE" and before[-1].start <= t.span.start < before[-1].end
                and _DAY_VALUE.match(t.value or "") and (t.value or "")[:1].isdigit()}
    if len(days) != 1:
        return None
    moved = _moved(days.pop() or "", int(count.group(1)) * (7 if count.group(2) == "W" else 1))
    rough = _ROUGH.match(tx.text) or _ROUGH_BEFORE.search(text, max(0, tx.span.start - 20), tx.span.start)
    if moved is None or not rough:
        return moved
    month = _MONTH_OF.match(moved)
    return month.group(1) if month else None


def _names_thing(text: str, tx: TimeExpr, noun: str) -> bool:
    """Whether the date ``tx`` is given to the thing ``noun`` names: "a Dec. 5 congressional hearing", "the hearing
    on Dec. 5"."""
    after = re.match(r"\s+(?:[A-Za-z-]+\s+){0,2}?" + re.escape(noun) + r"\b", text[tx.span.end : tx.span.end + 60])
    before = text[max(0, tx.span.start - 40) : tx.span.start]
    ahead = re.search(r"\b" + re.escape(noun) + r"\s+(?:held\s+)?(?:on|of)\s+$", before)
    return after is not None or ahead is not None


def _moved(value: str, days: int) -> str | None:
    """``value`` ("XXXX-12-05", "2023-12-05") moved on ``days`` days; None when a year-less day would cross the end
    of February."""
    m = _DAY_VALUE.match(value)
    if m is None:
        return None
    year = _COMMON_YEAR if m.group(1) == "XXXX" else int(m.group(1))
    moved = date(year, int(m.group(2)), int(m.group(3))) + timedelta(days=days)
    if m.group(1) == "XXXX":
        if moved.year != year or (int(m.group(2)) <= 2 < moved.month):
            return None
        return f"XXXX-{moved.month:02d}-{moved.day:02d}"
    return moved.isoformat()
