"""Running tallies: figures a statement counts over a long span ("Over the past six years, at least 4,000 people have
died", "32 deaths recorded since October", "so far this year") or as the course of an outbreak ("5,084 cases and 12
deaths"). Such a figure counts many events over months or years, or the victims of a disease; it is no count of the
one event a story tells, however its noun and verb match that event's toll ("nearly 100 people died" when a ferry
sank is no rival of "at least 4,000 people have died there over the past six years" of an insurgency, nor of "30
deaths" of an epidemic). Two tallies may still be compared with each other, as rates are (``rates``); a tally is
never set against a count of one event.

A span is long when it opens at a month or a year ("since October", "since last October", "since 2021") or runs
over years, months or decades ("over the past six years", "in the last two decades"); never a day or hours ("since
Sunday", "in the past 24 hours"), which may be the event's own time: its toll is told since it began.

A marker reaches the figures of its own sentence as a rate marker does: those after it, unless the sentence turns
to something else first (``rates._TURN``), and those before it in the same clause ("32 deaths reported since
October").
"""

from __future__ import annotations

import re

from storyline.calendar_words import month_spellings
from storyline.compare.rates import TURN, sentence_of

_NUMBER_WORDS = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)"
_SPAN = re.compile(
    # "since October", "since last October", "since October 2023", "since 2021"; not "since October 7"
    r"\bsince\s+(?:(?:last|early|late|mid)[\s-]+)?(?:(?:" + month_spellings(may=True) + r")\b\.?(?!\s*\d{1,2}\b)"
    r"(?:\s+(?:19|20)\d\d\b)?|(?:19|20)\d\d\b)"
    # "since the start of the year", "since the beginning of last year"
    r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this|last)\s+year\b"
    # "over the past six years", "in the last two decades", "during the past year"
    r"|\b(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+(?:" + _NUMBER_WORDS
    + r"\s+)?(?:years?|months|decades?)\b"
    # "so far this year", "so far in 2024"
    r"|\bso\s+far\s+(?:this\s+year|in\s+(?:19|20)\d\d)\b",
    re.I,
)
# a count of an outbreak's cases beside the figure ("5,084 cases and 12 deaths", "12 deaths and 5,084 cases",
# "about 15,000 cases of cholera, a waterborne disease, and 32 deaths"): the figure counts the outbreak's dead
_CASES = r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:\w+\s+)?(?:cases|infections)\b"
_CASES_BEFORE = re.compile(_CASES + r"(?:\s+of\s+[\w-]+)?(?:,\s+[^,;]{1,40},)?\s*(?:,\s*)?(?:and\s+)?(?:\w+\s+)?$",
                           re.I)
_CASES_AFTER = re.compile(r"^[\w\s-]{0,20}?\s*(?:,\s*)?(?:and\s+)?(?:about|around|some|nearly|almost|over|more\s+than)?"
                          r"\s*" + _CASES, re.I)
# a clause boundary between a figure and a marker after it: a new clause may tell another time
_CLAUSE_BREAK = re.compile(r",\s|\s[-–—]\s|[;:()]")


def told_as_tally(text: str, start: int, end: int) -> str:
    """The span over which the figure at ``text[start:end]`` is told as a running tally, as a key that two tallies
    of one span share ("recent months", "over the past six years"; "cases" for an outbreak's count told with no
    span), or "" when it is none: a long span (``_SPAN``) before it in its sentence with no turn between, or after
    it in its own clause, or a count of cases beside it. Tallies of different spans count different things ("32
    deaths since October" of an outbreak, "4,000 over the past six years" of an insurgency).

    >>> text = "Over the past six years, at least 4,000 people have died there."
    >>> told_as_tally(text, 25, 46)
    'over the past six years'
    >>> told_as_tally("Since Sunday, at least 90 people have died.", 14, 32)
    ''
    """
    opening, closing = sentence_of(text, start, end)
    for m in _SPAN.finditer(text, opening, closing):
        if m.end() <= start and not _turned(text, m.end(), start):
            return _key(m.group(0))
        # the figure's own words may run into the marker ("32 people since last October")
        if m.start() > start and not _turned(text, start, m.start()) and not _CLAUSE_BREAK.search(
            text, start, m.start()
        ):
            return _key(m.group(0))
    if _CASES_BEFORE.search(text, opening, start) is not None or _CASES_AFTER.match(text[end:closing]) is not None:
        return _OUTBREAK
    return ""


_OUTBREAK = "cases"
_HEDGE = re.compile(r"(?:more|less|fewer|other)\s+$", re.I)


def _turned(text: str, start: int, end: int) -> bool:
    """Whether the sentence turns to something else between ``start`` and ``end`` (``rates.TURN``); a figure's
    hedge is no turn ("more than 9,000 cases")."""
    return any(
        not (m.group(0).lower() == "than" and _HEDGE.search(text, 0, m.start()))
        for m in TURN.finditer(text, start, end)
    )


def _key(span: str) -> str:
    """A span's key: every span opening at a month or this year ("since October", "since last October", "so far
    this year", "since the beginning of this year") is one, the latest months, which reports word apart ("so far
    this year" / "since January" of one outbreak); a span opening at a year or running over years is its own."""
    if _THIS_YEAR.search(span) or not (_YEAR_ONLY.match(span) or not span.lower().startswith(("since", "so far"))):
        return "recent months"
    return " ".join(span.lower().split())


_THIS_YEAR = re.compile(r"\b(?:this|the)\s+year\b", re.I)
_YEAR_ONLY = re.compile(r"since\s+(?:19|20)\d\d\s*$", re.I)
