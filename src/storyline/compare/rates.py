"""Rates: figures a statement gives per year, per day or as a typical figure ("about 80 deaths ... per year",
"an average of 12 people a month", "in a typical year, 30 people die"). Such a figure counts what happens again and
again, somewhere, in general; it is no count of the event a story tells, however its noun and verb match the
event's toll ("resulting in about 80 deaths, 160 injuries per year" beside "the fire killed 17 people"). Two
rates may still be compared with each other; a rate is never set against a count of one event.

A rate marker reaches the figures of its own sentence: those after it, unless the sentence turns to something else
first ("Each year about 30 people die in fires, but on Sunday the blaze killed 17"), and those before it that open
the list of figures it ends ("about 80 deaths, 160 injuries per year": both are yearly). A marker that tells a
time rather than a rate is none ("a year after", "a day earlier", "twice in a year", "within a week").
"""

from __future__ import annotations

import re

# a figure told per period, or as what is usual
_MARKER = re.compile(
    r"\b(?:(?P<one>a|per|each|every)\s+(?:year|month|week|day|annum)\b"
    r"|annually|on\s+average|an\s+average\s+of|typical(?:ly)?|usually|normally)\b",
    re.I,
)
# "a year after", "a day earlier", "a week ago", "a year of", "a day or two": a time, not a rate
_TIME_AFTER = re.compile(
    r"\s*(?:after|ago|earlier|later|before|since|of|or|and|apart|to|old|long|into|when|until|from)\b", re.I
)
# "in a year", "within a week", "once a day" is a rate: only a span before a plain "a" makes it a time
_SPAN_BEFORE = re.compile(
    r"\b(?:in|within|for|than|over|of|past|last|next|half|only|just|nearly|almost|about|more|less|under)\s+$",
    re.I,
)
# the sentence around a figure
_SENTENCE_STOP = re.compile(r"[;!?]|\.(?=\s+[A-Z\"“]|\s*$)")
# the sentence turning from the rate to something else: a contrast, or a clause of an event of its own ("The road,
# which usually carries 5,000 cars, was closed after 12 people died")
TURN = re.compile(
    r"\b(?:but|while|whereas|yet|however|although|though|compared|than|unlike|after|when|because|before|until|"
    r"then|later|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)
# a figure opening the next item of a list of counts: ", 160 injuries"
_LIST_ITEM = re.compile(r"^\s*,?\s*(?:and\s+)?(?:about|around|some|nearly|more\s+than|over)?\s*[$€£¥]?\d[\d,.]*\b")
_ITEM_WORDS = 4


def told_as_rate(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is told as a rate or a typical figure: a rate marker
    (``_MARKER``) before it in its sentence, with no turn between (``TURN``), or after it, past only the rest of
    its own count and the next counts of its list ("about 80 deaths, 160 injuries per year").

    >>> told_as_rate("Heaters cause about 1,700 fires a year, resulting in about 80 deaths.", 59, 68)
    True
    >>> told_as_rate("The blaze killed 17 people a day after the storm.", 17, 26)
    False
    """
    opening, closing = sentence_of(text, start, end)
    for m in _MARKER.finditer(text, opening, closing):
        if not _a_rate(text, m):
            continue
        if m.end() <= start and not TURN.search(text, m.end(), start):
            return True
        # the figure's own words may run into the marker ("about 40 people each year")
        if m.start() > start and _same_list(text[min(end, m.start()) : m.start()]):
            return True
    return False


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)]
    after = _SENTENCE_STOP.search(text, end)
    return (stops[-1] if stops else 0), (after.start() if after else len(text))


def _a_rate(text: str, m: re.Match[str]) -> bool:
    """Whether a marker tells a rate rather than a time ("a year after", "within a week")."""
    if not m.group("one"):
        return True
    if _TIME_AFTER.match(text, m.end()):
        return False
    return m.group("one").lower() != "a" or _SPAN_BEFORE.search(text, 0, m.start()) is None


def _same_list(between: str) -> bool:
    """Whether the words between a figure and a rate marker after it are only the rest of its count and the next
    counts of its list (" deaths, 160 injuries "): each comma's part opens with a figure, and the figure's own
    noun is short."""
    own, *items = between.split(",")
    if len(own.split()) > _ITEM_WORDS or TURN.search(between):
        return False
    return all(_LIST_ITEM.match("," + item) and len(item.split()) <= _ITEM_WORDS for item in items)
