"""A clock time counted from the one before it: "At around 3pm local time lava was seen ... Two hours later,
authorities ordered the evacuation of four villages" is the evacuation at 17:00 that day.

The time stage reads "Two hours later" as a length of time (``PT2H``), which dates nothing. In a report's run of
news told by the clock, a sentence opened by such a count tells the time of its event: the clock time its report
filed just before, in the sentence before it, moved on by the count, on the same day. Only hours and minutes,
only a count that opens its sentence, and only within the day (a count past midnight is left out: the next day
would have to be reckoned from a weekday or a date, which this does not do).
"""

from __future__ import annotations

import re

from storyline.brief.timeline_values import CLOCK
from storyline.model import Span, TimeExpr

__all__ = ["clock_later"]

# a length of hours or minutes: "PT2H", "PT30M", "PT1H30M"
_LENGTH = re.compile(r"^PT(?:(\d+)H)?(?:(\d+)M)?$")
# the count opens its sentence and says "later": "Two hours later,", "An hour later"
_LATER = re.compile(r"(?i:later)\s*$")
# what may stand between the sentence before and the count: spaces and a paragraph break
_GAP = re.compile(r"^\s*$")


def clock_later(text: str, sent: Span, tx: TimeExpr, before: tuple[str, Span] | None) -> str | None:
    """The clock value ``tx`` ("Two hours later", ``PT2H``) gives its sentence ``sent``, counted from ``before``:
    the clock value its report filed last and that value's sentence, when that sentence ends right before
    ``sent``; None when ``tx`` is no such count (see the module docstring)."""
    length = _LENGTH.match(tx.value or "")
    if tx.type != "DURATION" or length is None or before is None or not any(length.groups()):
        return None
    if tx.span.start != sent.start or _LATER.search(tx.text) is None:
        return None
    value, prior = before
    clock = CLOCK.match(value)
    if clock is None or prior.end > sent.start or not _GAP.match(text[prior.end : sent.start]):
        return None
    day, _, time = clock.group(1).partition("T")
    minutes = int(time[:2]) * 60 + int(time[3:5]) + int(length.group(1) or 0) * 60 + int(length.group(2) or 0)
    if minutes >= 24 * 60:
        return None
    return f"{day}T{minutes // 60:02d}:{minutes % 60:02d}"
