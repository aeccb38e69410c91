"""The weekday of a story's day, told by another report of the same event ("arrested ... on August 24" in one
report, "arrested ... on Saturday evening" in another: August 24 is that Saturday).

A report that dates an event by its month and day and another that dates it by its weekday fix each other: the
day is that weekday, and the story's other weekdays can be counted from it (``timeline_anchors``). A day or a
weekday that opens or ends a stretch ("from March 6 through March 10") or a deadline ("by Friday") pairs with
none. A day with its year ("held virtually on August 14, 2024") is taken only when the weekday named is its own
(a Wednesday), as ``timeline_anchors`` then counts the story's weekdays from it.

Two expressions tell the same event when the clauses around them share two word stems or more (the first
five letters of a content word: "declared" and "declaration" are one stem), time words left out: "Durov had been
arrested at Le Bourget Airport late on August 24" and "Durov was arrested at Bourget airport outside Paris on
Saturday evening" share "durov", "arres", "bourg", "airpo". A day that clauses of two different weekdays name is
none's: which is right is not told; so is a day whose own report names the weekday the others give it of what
their clauses tell ("discovered ... on Jan. 5" beside its own "reported the breach Thursday": two days). Does
not look within one report (a report that names the weekday of its own
day writes it beside it, ``timeline_anchors``), and does not take a day told as one to come.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.brief.text import STOP_WORDS
from storyline.brief.timeline_values import DATED_DAY, WEEKDAY_VALUE, YEARLESS_DAY, day_of, value_of
from storyline.extract.timex_tense import tense_direction
from storyline.extract.timex_undated import lasted_since
from storyline.model import Analysis, TimeExpr

__all__ = ["EventDay", "event_days"]

_WEEKDAY_NAME = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_WEEKDAY_NAMES = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
# a weekday counted into another week ("last Sunday") is no day of the reporting week
_OTHER_WEEK = re.compile(r"(?i:\b(?:last|next|past|previous|coming|following|before|after)\b)")
# what ends the clause around an expression: a sentence's or a clause's punctuation, a conjunction that opens
# another clause ("... on Saturday evening and had been travelling ...", "... in court on Sunday after being
# arrested ...")
# (a full stop after a title or an initial, "Dr. Tedros", "U.S.", ends nothing); and a "that" opening what is said
# ("T-Mobile said Thursday that an intruder breached its network": Thursday dates the saying, not the breach)
_CLAUSE_BREAK = re.compile(
    r"(?<![A-Z][a-z])(?<![A-Z])\.(?=\s)|[;:!?\n“”\"]|,\s|\s[—–-]\s"
    r"|\b(?:and|but|after|before|while|when|as|adding|that)\b"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# a day that opens or ends a stretch of days ("talks from March 6 through March 10", "from Monday"), or a
# deadline ("by Friday"), is no one event's day (``timeline_ranges`` places a stretch's weekdays)
_SPAN_WORD = re.compile(r"(?i:\b(?:from|through|thru|until|till|to|between|and|since|by)\s+)$")
_TIME_WORDS = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday morning afternoon evening night today yesterday tomorrow late
    early earlier later week month year said says told""".split()  # noqa: SIM905 (a word list reads better as prose)
)
_STEM = 5
_SHARED_STEMS = 2
_REACH = 200  # characters each side of an expression its clause may take


@dataclass(frozen=True, slots=True)
class EventDay:
    """A day a report tells ("XXXX-08-24", "2024-08-14") and the weekday (0 Monday) another report names for
    the same event."""

    article: str
    value: str
    weekday: int


def event_days(texts: dict[str, str], analyses: Sequence[Analysis]) -> list[EventDay]:
    """The story's days whose weekday another report names for the same event (see the module docstring)."""
    weekdays = [(a.article, tx, n) for a in analyses for tx in a.timexes if (n := _weekday(texts, a.article, tx)) >= 0]
    out = []
    for analysis in analyses:
        text = texts.get(analysis.article) or ""
        for tx in analysis.timexes:
            value = value_of(tx)
            if not _day(text, tx, value):
                continue
            stems = _clause_stems(text, tx)
            naming = [
                (w, n) for article, w, n in weekdays
                if article != analysis.article and len(stems & _clause_stems(texts[article], w)) >= _SHARED_STEMS
            ]
            named = {n for _, n in naming}
            if len(named) != 1:
                continue
            weekday = named.pop()
            if _tells_apart(texts, analysis.article, weekdays, naming):
                continue
            day = day_of(value) if DATED_DAY.match(value) else None
            if day is not None and day.weekday() != weekday:
                continue
            out.append(EventDay(analysis.article, value[:10], weekday))
    return out


# a telling of news the weekday after it dates, in the words before it: "T-Mobile reported a data breach on
# Thursday", "disclosed additional details about the breach in an 8-K filing Thursday"
_TELLING = re.compile(r"\b(?:said|says|reported|announced|disclosed|confirmed|revealed|told|stated)\b")
_TELLING_REACH = 80


def _tells_apart(
    texts: dict[str, str], article: str, weekdays: list[tuple[str, TimeExpr, int]], naming: list[tuple[TimeExpr, int]]
) -> bool:
    """Whether the day's own report names the weekday the others give it of what their clauses tell (two stems
    shared with one of them) as the day of a telling (``_TELLING``: "reported a data breach on Thursday"): it tells
    that weekday's news apart from its day; a report that tells its own event on a weekday ("Durov was arrested
    on Saturday") and on a day may tell one day. "T-Mobile said it first discovered
    the data was obtained on Jan. 5" beside its own "T-Mobile reported the data breach Thursday" is not Thursday,
    though another report's "T-Mobile disclosed the data breach Thursday" shares "T-Mobile" and "data" with it."""
    own = [w for a, w, n in weekdays if a == article and any(n == m for _, m in naming)
           and _TELLING.search(texts[article], max(0, w.span.start - _TELLING_REACH), w.span.start)]
    others = [(a, o) for a, o, _ in weekdays if a != article and any(o is x for x, _ in naming)]
    return any(len(_clause_stems(texts[article], w) & _clause_stems(texts[a], o)) >= _SHARED_STEMS
               for w in own for a, o in others)


def _day(text: str, tx: TimeExpr, value: str) -> bool:
    """Whether ``tx`` tells a day of the news by its month and day, with or without its year, and no weekday:
    not as a day to come, nor as one the news has lasted since."""
    if tx.type != "DATE" or tx.span.end > len(text) or _WEEKDAY_NAME.search(tx.text) or _in_span(text, tx):
        return False
    if not (YEARLESS_DAY.match(value) or DATED_DAY.match(value)):
        return False
    return tense_direction(text, tx.span.start, tx.span.end) <= 0 and not lasted_since(text, tx.span.start)


def _weekday(texts: dict[str, str], article: str, tx: TimeExpr) -> int:
    """The weekday (0 Monday) an expression names as a day of the reporting week, told as past or with no
    tense ("arrested ... on Saturday evening"), or -1."""
    text = texts.get(article) or ""
    found = WEEKDAY_VALUE.match(value_of(tx))
    name = _WEEKDAY_NAME.search(tx.text)
    if found is None or name is None or _OTHER_WEEK.search(tx.text) or tx.span.end > len(text) or _in_span(text, tx):
        return -1
    if tense_direction(text, tx.span.start, tx.span.end) > 0:
        return -1
    return _WEEKDAY_NAMES.index(name.group(1))


def _in_span(text: str, tx: TimeExpr) -> bool:
    return _SPAN_WORD.search(text, max(0, tx.span.start - 12), tx.span.start) is not None


def _clause_stems(text: str, tx: TimeExpr) -> frozenset[str]:
    """The word stems of the clause around ``tx``, its time words and stop words left out."""
    start = max(0, tx.span.start - _REACH)
    before = list(_CLAUSE_BREAK.finditer(text, start, tx.span.start))
    left = before[-1].end() if before else start
    if not before and start > 0 and text[start - 1].isalnum():
        left = text.find(" ", start, tx.span.start) + 1 or start  # not the end of a word cut at the reach
    after = _CLAUSE_BREAK.search(text, tx.span.end, tx.span.end + _REACH)
    right = after.start() if after else text.rfind(" ", tx.span.end, tx.span.end + _REACH)
    right = right if right > tx.span.end else tx.span.end
    words = _WORD.findall(text[left : tx.span.start] + " " + text[tx.span.end : right])
    return frozenset(
        w.lower()[:_STEM] for w in words if w.lower() not in STOP_WORDS and w.lower() not in _TIME_WORDS
    )
