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

from storyline.calendar_words import WEEKDAY_NAMES, month_spellings
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
    a_years, b_years = _in_years(a_values, b_values), _in_years(b_values, a_values)
    ra = [r for v in a_years if (r := _date_range(v))]
    rb = [r for v in b_years if (r := _date_range(v))]
    if len(ra) != 1 or len(rb) != 1:
        return None
    (a0, a1), (b0, b1) = ra[0], rb[0]
    if a0 <= b1 and b0 <= a1:
        return None
    if bool(_BOUND.search(a_text)) != bool(_BOUND.search(b_text)):
        # "wandering in the forest since May 1" tells when a state began, "landing in Bogota on June 10" when
        # an act was done: two moments of one story, no two dates of one
        return None
    return f"{a_values[0]} vs {b_values[0]}"


# a date told as where a span starts or ends ("since May 1", "until January 12", "missing since the plane they
# were in crashed on May 1")
_BOUND = re.compile(
    r"\b(?:since|until|till|through)\s+(?:[^.,;:!?]{0,60}?\b(?:in|on)\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}\s+)?"
    r"(?:" + month_spellings() + r")\b"
)


# a month, or a month and day, of an unknown year, as a report with no date gives "until January 12"
_YEARLESS = re.compile(r"^XXXX(-\d\d(?:-\d\d)?)$")
# the year a year-less value is read in when neither statement gives one: a leap year, so "XXXX-02-29" is a day
_STAND_IN_YEAR = "2000"


def _in_years(values: Sequence[str], others: Sequence[str]) -> list[str]:
    """``values`` with a year-less month or day ("XXXX-01-12") read in the year the other statement's one date has
    ("2025-01-15"), else in a stand-in year: "until January 12" and "until Jan. 15, 2025" exclude each other in any
    year, as "January 12" and "January 15" do; "January 12" and "January 2025" do not. Other values as they are."""
    years = {v[:4] for v in others if v[:4].isdigit()}
    year = years.pop() if len(years) == 1 else _STAND_IN_YEAR
    return [f"{year}{m.group(1)}" if (m := _YEARLESS.match(v)) else v for v in values]


_WEEKDAY = re.compile(r"\b(?P<day>" + WEEKDAY_NAMES + r")(?:['’]s)?\b")
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
    # the day is told as its night ("on Sunday night", "late Sunday", "overnight Sunday"): what happened may
    # fall in the small hours of the next day
    night: bool = False


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
        night = bool(value and value.endswith("TNI")) or bool(_NIGHT_AFTER.match(text, m.end())) or (
            bool(_NIGHT_BEFORE.search(text, max(0, m.start() - 20), m.start()))
        )
        out.append(Weekday(name=m.group("day").lower(), anchor=before[-1] if before else "", value=value, near=near,
                           night=night))
    return out


# a weekday told as its night: "Sunday night", "Sunday evening into Monday"; "late Sunday", "overnight Sunday"
_NIGHT_AFTER = re.compile(r"(?:['’]s)?\s+(?:night|late|evening)\b", re.I)
_NIGHT_BEFORE = re.compile(r"\b(?:late|overnight)\s+(?:on\s+)?$", re.I)
# the hedge of a night and the next day set against each other
NIGHT_HEDGE = "(may be the same night)"
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def night_before(x: Weekday, y: Weekday) -> bool:
    """Whether one weekday is told as its night and the other is the next day ("on Sunday night" / "on Monday"):
    an event in the small hours may be told on either day, so the two may be one night."""
    def after(a: Weekday, b: Weekday) -> bool:
        return a.night and _DAYS.index(b.name) == (_DAYS.index(a.name) + 1) % 7

    return after(x, y) or after(y, x)


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
    that are one day veto a disagreement. A marked update is no conflict. A night and the next day ("on Sunday
    night" / "on Monday") are still set against each other, but hedged: an event past midnight is told on either.

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
    if night_before(x, y):
        return f"{_told_day(x)} vs {_told_day(y)} {NIGHT_HEDGE}"
    return f"{x.name.capitalize()} vs {y.name.capitalize()}"


def _told_day(day: Weekday) -> str:
    """A weekday as a conflict names it: "Sunday", or "Sunday night" when it is told as its night."""
    return day.name.capitalize() + (" night" if day.night else "")


# a clock time ("1:28 a.m.", "around 1:35 a.m.", "11:46 Friday night", "around 7 p.m."), with its hedge; a dot
# parts the hour only before a meridiem ("6.05pm"), for "magnitude 6.4" is no time, and an hour stands alone only
# before one ("7 p.m."), for "7 cars" is no time
_CLOCK = re.compile(
    r"(?P<hedge>\b(?i:around|about|approximately|roughly|nearly|some|shortly\s+(?:before|after)|"
    r"just\s+(?:before|after))\s+)?(?<![\d:.])(?P<hour>[01]?\d|2[0-3])(?:[:](?P<minute>[0-5]\d)|[.](?P<dotted>[0-5]\d)"
    r"(?=\s?[ap]\.?\s?m\b)|(?=\s?[aApP]\.?\s?[mM]\b))(?![\d:])(?:\s?(?P<meridiem>[aApP])\.?\s?[mM]\b\.?)?"
)
# a clock time told in another zone than the event's own ("11:47 p.m. (10:02 p.m. UAE time)", "17:42 GMT"): a
# conversion, compared with nothing
_ZONE = re.compile(r"\s*(?:GMT|UTC|Z\b|[A-Z]{2,4}\s+time\b|BST\b|CES?T\b|IST\b)")
# a North American zone after a time is the event's own, as a report there gives it ("at 7:37 p.m. ET Thursday");
# two times in two such zones are not compared ("1:25 a.m. CDT" / "11 p.m. EDT")
_LOCAL_ZONE = re.compile(r"\s*(?P<zone>[ECMP][SD]?T)\b")
# when an hour with no meridiem falls ("11:46 Friday night", "7:15 in the morning")
_LATE = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:night|evening|tonight)\b", re.I)
_EARLY = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:morning)\b", re.I)
# what strikes, breaks out or happens at a time, or the event named right before its time ("an explosion at
# 11:20 a.m."): a clock time of one of these is the time of an event
_EVENT_VERB = re.compile(
    r"\b(?:struck|strikes?|striking|hit|hits|hitting|collided|collides?|colliding|crashed|crash(?:es)?|slammed|"
    r"rammed|rocked|jolted|shook|occurred|occurs?|happened|took\s+place|noticed|observed|detected|erupted|exploded|derailed|capsized|collapsed|"
    # what a grid, a craft or a link lost at a time ("at 12:22 ... the grid lost 15 gigawatts", "lost contact")
    r"lost|"
    # a launch ("lifted off at 1:47 a.m.", "blasted off ... at 1:48 a.m.", "took off at 1:47 AM ET")
    r"(?:lifted|blasted|took)\s+off|launched|went\s+up|"
    # the event as a noun right before its time ("The fire led to an explosion at 11:20 a.m.")
    r"(?:explosion|blast)s?(?=\s+(?:at|around|about|shortly|just)\b)|"
    r"the\s+moment|(?:reached|returned|delivered|announced|read\s+out)\s+(?:a|its|the|their)\s+verdict)\b",
    re.I,
)
# how far, in characters, an event's verb may stand from the clock time of its sentence
_EVENT_WINDOW = 120
_STOP = frozenset({
    "the", "a", "an", "and", "of", "in", "on", "at", "to", "with", "by", "from", "for", "into", "as", "its", "was",
    "were", "is", "are", "when", "that", "which", "after", "before", "around", "about", "early", "late", "night",
    "morning", "evening", "moment", "time", "said", "local", "almost", "nearly", "then", "there", "this",
})  # fmt: skip
# a clock time given this many minutes from another of one event is the same time told otherwise (an hour or more
# apart, one of them is more likely another event, or another zone, than a slip)
CLOCK_APART = 60
# how far a hedged time ("around 1:30") may lie from another and still be the same reading, roughly given
_HEDGE_MINUTES = 5


@dataclass(frozen=True, slots=True)
class Clock:
    """A clock time a statement gives an event: minutes after midnight (``meridiem`` False when the text leaves
    the half of the day open: "at 11:46"), as written, hedged or not, with the weekdays and the words of its
    sentence (what the event is of) and where it is told."""

    minutes: int
    written: str
    hedged: bool
    meridiem: bool
    days: frozenset[str]
    words: frozenset[str]
    start: int
    end: int
    zone: str = ""  # a North American zone the time is told in ("ET", "CDT"), or ""


def clock_times(text: str) -> list[Clock]:
    """The clock times of events a statement gives: each with an event's verb near it in its sentence
    (``_EVENT_VERB``: "struck", "collided", "occurred", "rocked"); a time told in brackets or in a named zone is
    a conversion and left out, and so is a time of anything else ("at 1:25 a.m. smoke began billowing").

    >>> [(c.written, c.minutes) for c in clock_times("The ship struck the pier around 1:30 a.m. Tuesday.")]
    [('around 1:30 a.m.', 90)]
    """
    out = []
    for m in _CLOCK.finditer(text):
        if text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()) or _ZONE.match(text, m.end()):
            continue
        sentence = _sentence_around(text, m.start(), m.end())
        near = text[max(sentence[0], m.start() - _EVENT_WINDOW) : min(sentence[1], m.end() + _EVENT_WINDOW)]
        if not _EVENT_VERB.search(near):
            continue
        hour, minute = int(m.group("hour")), int(m.group("minute") or m.group("dotted") or 0)
        meridiem = (m.group("meridiem") or "").lower()
        after = text[m.end() : m.end() + 40]
        if not meridiem and hour <= 12:
            meridiem = "p" if _LATE.match(after) else "a" if _EARLY.match(after) else ""
        if meridiem:
            hour = hour % 12 + (12 if meridiem == "p" else 0)
        said = text[sentence[0] : sentence[1]]
        zone = _LOCAL_ZONE.match(text, m.end())
        out.append(Clock(
            minutes=hour * 60 + minute,
            written=" ".join(m.group(0).split()),
            hedged=bool(m.group("hedge")),
            meridiem=bool(meridiem) or hour > 12,
            days=frozenset(d.lower() for d in _WEEKDAY.findall(said)),
            words=_words_of(said),
            start=m.start(),
            end=m.end(),
            zone=zone.group("zone")[0] if zone else "",
        ))
    return out


def _words_of(sentence: str) -> frozenset[str]:
    """The words of a sentence that may tell what an event is of: no weekday, no event verb, no filler."""
    return frozenset(
        w for w in re.findall(r"[a-z][a-z-]{2,}", sentence.lower())
        if w not in _STOP and not _WEEKDAY.fullmatch(w.capitalize()) and not _EVENT_VERB.fullmatch(w)
    )


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` that holds ``text[start:end]``, as offsets (a point ends one before a space)."""
    before = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)]
    after = _SENTENCE_STOP.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


# the end of a sentence: a point before a capital or the end, not the point of "a.m." or "p.m."
_SENTENCE_STOP = re.compile(r"(?<!a\.m)(?<!p\.m)[.!?](?=\s+[A-Z\"“]|\s*$)")


def clock_gap(x: Clock, y: Clock) -> int:
    """Minutes between two clock times, the half of the day of one that leaves it open taken as the other's
    nearest ("11:46 Friday night" / "11:47 p.m." are a minute apart; so are "11:46" / "11:47 p.m.")."""
    gap = abs(x.minutes - y.minutes) % (24 * 60)
    gap = min(gap, 24 * 60 - gap)
    if not (x.meridiem and y.meridiem):
        gap = min(gap, abs(gap - 12 * 60))
    return gap


def one_event_time(x: Clock, y: Clock) -> bool:
    """Whether two clock times may be of one event: on no two different weekdays, less than ``CLOCK_APART``
    minutes apart, in sentences that share a word of what happened ("Dali", "quake" in "earthquake"). Does NOT
    tell two events of one thing an hour apart (a quake and its aftershock at 11:58) from one told twice."""
    if x.days and y.days and not x.days & y.days:
        return False  # "at 1:30 a.m. Tuesday" / "at 1:35 a.m. Wednesday": two nights, two events
    if x.zone and y.zone and x.zone != y.zone:
        return False  # "1:25 a.m. CDT" / "1:30 a.m. ET": an hour apart however close they read
    if clock_gap(x, y) >= CLOCK_APART:
        return False
    return any(a == b or a.endswith(b) or b.endswith(a) for a in x.words for b in y.words if min(len(a), len(b)) > 3)


def roughly_same(x: Clock, y: Clock) -> bool:
    """Whether two different clock times may be one reading, one of them hedged ("around 1:30" / "1:28")."""
    return (x.hedged or y.hedged) and clock_gap(x, y) <= _HEDGE_MINUTES
