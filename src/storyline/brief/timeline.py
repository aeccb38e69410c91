"""One timeline across the reports of a story, on the calendar the time stage resolved.

Each report's DATE expressions already carry TIMEX3 values resolved against that report's own date, so
"last Wednesday" (CNN) and "May 3" (Newsweek) both read ``2023-05-03``: grouping by value merges them.
A coarser value that contains a finer one ("last week" = ``2023-W18`` around ``2023-05-03``) joins the finer
entry only when their sentences talk about the same thing (shared content words); otherwise it stays an
entry of its own, because a week or a month is a real, if vague, date.

Only calendar dates count (day, weekend, month, ISO week, year); a day's part ("Sunday morning",
``2023-10-29TMO``) files its sentence under the day. ``PRESENT_REF``, durations, sets, clock times and
unresolved expressions are left out, as are dates inside page furniture (a caption's "June 29, 2022"
dates the photo, not the story) and years that modify a noun ("the 2020 presidential election": the year of
the election, not of what the sentence tells), and years a thing is measured against ("the deadliest since
2015", "stronger than the storm that hit in 1997", "second-highest, behind Hurricane Marla in 2015"). Does not
order events that have no date.

A sentence is filed once under the clock times of one day it tells, at the first ("observed five eruptions from
midnight to 8 am local time (0100 GMT)": T00:00, not also T01:00 and T08:00), and not again under a day it counts
from a day it names ("arrested on Thursday over a shipwreck a day earlier": Thursday only).

A year is stated when the expression writes it ("June 29, 2022", "in 2021") or the report's date has a
settled year (given, stamped, or told by the text within one year: ``storyline.extract.dating.year_settled``).
A pasted report that dates itself only by "on Wednesday" and "May 3" resolves them under an assumed year: the
entry keeps that calendar value (as ``storyline extract`` gives it) with ``year_stated`` False, which the
renderers show as "year assumed"; an entry that would be only an assumed year ("last year") is left out.

A report with no date whose dateline gives a month and day ("LANZHOU, July 22 (Xinhua) --") has year-less
values ("XXXX-07-22", "XXXX-07"; ``storyline.extract.timex_undated``). When a report of the story has a
settled year, such a value takes the year that puts it nearest that report's date, with ``year_stated``
False, and so joins the other reports' entry for that day; otherwise it stays year-less, ordered after
every entry with a year (a report that writes no year tells of current events, after any year it names).
In such a story a weekday ("on Sunday", ``XXXX-WXX-7``) is counted from a year-less day a report tells with its
weekday ("Tuesday, March 26"), as its verb's tense tells: the Sunday before, ``XXXX-03-24``, with no year. A
weekday nothing fixes keeps its value and comes after the year-less days, its place approximate: the weekdays
told as past, then those told without a tense, then those to come (``_weekdays``).
A story with dated days counts the weekdays of its undated reports from them: the publication days whose year
is settled and the days told with their weekday ("as of noon Friday, July 19", 2024-07-19), when they all lie
within a week. "CrowdStrike on Friday said", in a report with no date, is then that Friday, 2024-07-19, its year
not stated (placed from another report's day), and joins that day's entry; across more than a week which week
is meant is not told, and the weekday is left as in a story with no date (or out, beside a settled date).
A year-less day whose sentence names the event of the one dated entry on that month and day ("sentencing is
scheduled for March 28 next year" beside "to be sentenced on March 28, 2024") joins that entry, its year
not stated.

One event told a year apart by different reports ("is scheduled to be sentenced on March 28, 2024" in four
reports, "his sentencing is scheduled for March 28, 2023" in one) is one entry, at the date more reports give;
the other date is no entry of its own, for nothing happened on it. Two days (give or take a week: "on Thursday"
in a report dated a year off) or two months a year apart tell one event when sentences of different reports
on them share most content words, or, on one month and day, name the same event (a sentencing, a trial, ...:
``storyline.compare.scheduled.event_of``). A sentence of the fewer reports that writes its year disputes the
entry (``TimelineEntry.disputed``: cited beside it, never as its support, since its words give another date;
``compare.scheduled`` sets the two dates against each other as facts); one whose year came from its report's
date joins their line. When as many reports give each year, the side whose reports were found a year off in
the same direction on another event moves; otherwise both dates stay. Nothing moves when a report tells both
dates (a first and a second hearing, a year apart). Does not move a date only the report that is a year off
gives: nothing tells what it should read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from storyline.brief.text import (
    STOP_WORDS,
    content_words,
    in_furniture,
    overlap,
    sentence_at,
    sentences_of,
    strip_span,
)
from storyline.compare.conflicts import agree, toll_counts
from storyline.compare.scheduled import event_of
from storyline.extract.dating import year_settled
from storyline.extract.timex_calendar import weekday_near
from storyline.extract.timex_rules import modifies_noun
from storyline.extract.timex_tense import tense_direction
from storyline.extract.timex_undated import earliest_of, latest_of, weekday_from, years_with
from storyline.model import Analysis, Article, Span, TimeExpr, TimelineEntry

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2})?)?|-W(\d{2})(-WE)?)?$")
# sentences sharing this share of content words are taken to report the same event
SAME_EVENT = 0.5


def period(value: str) -> tuple[date, date] | None:
    """First and last day of a calendar TIMEX3 value, or None when ``value`` is not one.

    A clock time on a day ("2024-03-05T17:40") lies on its day.
    """
    m = _CALENDAR.match(value)
    if m is None:
        return None
    year, month, day, week, weekend = m.groups()
    try:
        if week is not None:
            first = date.fromisocalendar(int(year), int(week), 6 if weekend else 1)
            return first, first + timedelta(days=1 if weekend else 6)
        if day is not None:
            d = date(int(year), int(month), int(day))
            return d, d
        if month is not None:
            first = date(int(year), int(month), 1)
            nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        return date(int(year), 1, 1), date(int(year), 12, 31)
    except ValueError:  # "2023-02-30", "2023-W60": a bad value is no date
        return None


# what a publication stamp holds besides its date: clock times, weekdays, zones, "Published", "Updated"
_STAMP_NOISE = re.compile(
    r"(?i:\b(?:first\s+|last\s+)?(?:published|posted|updated|modified|created|filed|date|on|at|by)\b"
    r"|(?<![A-Za-z])[ap]\.?m\b\.?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b)"
    r"|(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])|[\W\d_]+"
)
# "born in the Bronx in 1928": a life's start told in passing, no event of the story
_BORN = re.compile(r"(?i:\bborn\b[^.;]{0,40})$")


def _stamp_only(text: str, sent: Span, timexes: Sequence[TimeExpr]) -> bool:
    """True when the sentence is a stamp ("Published: June 13, 2013 4:59 PM EDT", "(Tue, 16 Aug 2011)").

    A stamp dates the page, and says nothing that happened on its day.
    """
    inner = sorted((t.span.start, t.span.end) for t in timexes if sent.start <= t.span.start and t.span.end <= sent.end)
    rest, pos = [], sent.start
    for start, end in inner:
        rest.append(text[pos:start])
        pos = max(pos, end)
    rest.append(text[pos : sent.end])
    return not re.search(r"[A-Za-z]{2,}", _STAMP_NOISE.sub(" ", " ".join(rest)))


def _born(text: str, sent: Span, span: Span) -> bool:
    return _BORN.search(text, sent.start, span.start) is not None


# a superlative or a first measured against a past date: "the deadliest since 2015", "the first time since 2019"
_BENCHMARK = re.compile(r"\b(?:\w{3,}est|first|most|highest|lowest|worst|best)\b[^.;:]{0,60}\bsince\s+$", re.I)
# a year the thing is compared with: "stronger than the storm that hit the port in 1997", "the second-highest
# rate, behind Hurricane Marla off the coast in 2015"
_COMPARED = re.compile(
    r"\b(?:\w{3,}er\s+than|(?:more|less|fewer)\s+\w+\s+than|(?:\w{3,}est|highest|lowest|worst|best)\b[^.;:]{0,60}"
    r"\bbehind)\b[^.;:]{0,80}$",
    re.I,
)


def _benchmark(text: str, sent: Span, span: Span, value: str) -> bool:
    """A date a superlative is measured from ("the quake is the deadliest since 2015") tells no event of its
    sentence: the sentence is today's news, the date its yardstick. So does a year a comparison reaches back
    to ("stronger than the storm that hit in 1997"); a day compared with ("more than on Tuesday") stays."""
    if _BENCHMARK.search(text, sent.start, span.start) is not None:
        return True
    return len(value) == 4 and _COMPARED.search(text, sent.start, span.start) is not None


_UNTIL = re.compile(r"\b(?:until|till)\s+(?:about\s+|around\s+)?$", re.I)
_MAYBE = re.compile(r"\b(?:may|might|could|would)\b", re.I)


def _maybe_until(text: str, sent: Span, span: Span, value: str) -> bool:
    """ "the jury may return the next morning and not deliberate until 8 p.m. that night": a clock time a
    clause of what may happen waits for is no time anything happened at."""
    return (
        "T" in value
        and _UNTIL.search(text, max(sent.start, span.start - 20), span.start) is not None
        and _MAYBE.search(text, sent.start, span.start) is not None
    )


# the end of a stretch of time: "without power overnight and into Friday", "open from Monday through Wednesday"
_STRETCH_END = re.compile(r"\b(?:into|through)\s+(?:the\s+)?(?:early\s+|late\s+)?$", re.I)


def _stretch_end(text: str, sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr]) -> bool:
    """ "the glitch on Thursday that left hospitals without computers overnight and into Friday": a day a
    stretch runs into, after the day the sentence's event is told on, files no entry of its own; the sentence
    is that first day's news, and shown twice it would tell nothing more."""
    if _STRETCH_END.search(text, max(sent.start, tx.span.start - 20), tx.span.start) is None:
        return False
    return any(
        t.type in ("DATE", "TIME") and t.value and sent.start <= t.span.start and t.span.end <= tx.span.start
        for t in timexes
    )


# a day counted from another the text names ("a day earlier", "two days later"): in a sentence already filed under
# the day it counts from ("were arrested on Thursday over a shipwreck a day earlier"), no second entry
_COUNTED = re.compile(r"(?i:\b(?:earlier|later)$)")


def _another_clock(value: str, sent: Span, clocked: set[tuple[int, str]]) -> bool:
    """Whether ``value`` is a clock time on a day its sentence was already filed under at another clock time (and
    notes it when not): one sentence is one entry at the first time it tells. "observed five eruptions from
    midnight to 8 am local time (0100 GMT)" is the stretch from midnight, not three entries at T00:00, T01:00
    (8 am, told again in GMT) and T08:00."""
    clock = _CLOCK.match(value)
    if clock is None:
        return False
    key = (sent.start, clock.group(1).partition("T")[0])
    if key in clocked:
        return True
    clocked.add(key)
    return False


def _modifier_year(text: str, tx: TimeExpr) -> bool:
    """True when ``tx`` is a bare year that modifies a noun ("the 2020 presidential election", "Trump’s 2020
    defeat"): it dates the thing the noun names, not the event its sentence tells of, so it files no
    sentence ("Fox agreed Tuesday to pay ... over claims about the 2020 election" is Tuesday's news, not
    2020's)."""
    return tx.text.isdigit() and len(tx.text) == 4 and modifies_noun(text, tx.span.start, tx.span.end)


@dataclass(frozen=True, slots=True)
class _Gist:
    """What a sentence tells on its date: its words less the date's, the names apart (capitalised inside it);
    ``aside`` when the date stands in a relative clause ("the site where 50 cars came off the tracks Friday
    night"), whose words ``clause`` holds."""

    words: frozenset[str]
    names: frozenset[str]
    aside: bool = False
    clause: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Told:
    """One sentence filed under a date."""

    span: Span
    words: frozenset[str]
    stated: bool  # whether the year of its date is stated, not assumed
    written: bool = False  # whether its date expression writes the year ("March 28, 2023")
    events: frozenset[str] = frozenset()  # the events it gives this date, by stem ("sentenc", "trial")
    gist: _Gist | None = None  # what it tells, for the lines of its date (``_event_lines``)
    part: str = ""  # the time of day its date expression names: "MO", "AF", "EV" (evening or night), else ""

    def joined(self, other: _Told) -> _Told:
        """This sentence filed again by another of its date expressions: an aside only when both are; at a time
        of day only when its expressions name no other."""
        gist = self.gist if self.gist is None or other.gist is None or not self.gist.aside else other.gist
        part = self.part if self.part == other.part or not other.part else other.part if not self.part else ""
        return replace(self, stated=self.stated or other.stated, written=self.written or other.written,
                       events=self.events | other.events, gist=gist, part=part)


@dataclass
class _Group:
    value: str
    first: date
    last: date
    told: list[_Told] = field(default_factory=list)
    # sentences of other reports that give this entry's event another year ("March 28, 2023"): shown after it
    other_year: list[_Told] = field(default_factory=list)

    @property
    def days(self) -> int:
        return (self.last - self.first).days

    @property
    def clock(self) -> str:
        """The clock time of an entry at a time of its day ("17:40"), else ""."""
        return self.value.partition("T")[2]

    @property
    def grain(self) -> tuple[int, bool]:
        """How coarse the entry is: its days, and a whole day coarser than a time on it."""
        return self.days, not self.clock

    @property
    def support(self) -> list[Span]:
        return [t.span for t in self.told]

    def add(self, told: _Told) -> None:
        spans = self.support
        if told.span in spans:
            n = spans.index(told.span)
            self.told[n] = self.told[n].joined(told)
        else:
            self.told.append(told)


# a day's part after its day: "2023-10-29TMO" is told of 2023-10-29
_PART_OF_DAY = re.compile(r"(?<=\d)T(?:MO|AF|EV|NI|DT)$")
# the times of day that tell events apart: an evening and a night may be one ("said Tuesday evening" and "said
# Tuesday night" of one news conference)
_PART_NAME = {"MO": "MO", "AF": "AF", "EV": "EV", "NI": "EV"}
# a clock time on a day, seconds and zone aside: "2024-03-05T17:40:12-05:00" is 2024-03-05T17:40
_CLOCK = re.compile(r"^((?:\d{4}-\d{2}-\d{2}|XXXX-WXX-[1-7])T\d{2}:\d{2})\S*$")
# a weekday of an unknown week, as an undated report gives "on Sunday": "XXXX-WXX-7", "XXXX-WXX-1T15:44"
_WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-([1-7])(?:T\d{2}:\d{2})?$")
# a weekday counted into another week ("last Sunday", "next Monday") is no day of the reporting week
_OTHER_WEEK = re.compile(r"(?i:\b(?:last|next|past|previous|coming|following|before|after)\b)")
# a weekday an expression names: "Tuesday, March 26", "Sunday's"
_WEEKDAY_NAME = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_WEEKDAY_NAMES = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
# a day of a known year, at a time of it or not: "2024-07-19", "2024-07-19T12:00"
_DATED_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$")
# a day of an unknown year: "XXXX-03-26"
_YEARLESS_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
# a month and day, or a month, of an unknown year: "XXXX-07-22", "XXXX-07"
_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
# the year that orders year-less entries after every dated one (a leap year: "XXXX-02-29" stays a day)
_LATER_THAN_ANY = 9996


def _story_day(articles: Sequence[Article]) -> date | None:
    """The publication day of the story's first report whose year is settled, or None."""
    days = [d for a in articles if year_settled(a.published) and (d := _day(a.published.value)) is not None]
    return min(days) if days else None


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _part_of(tx: TimeExpr) -> str:
    """The time of day a date expression names ("Tuesday morning", ``XXXX-WXX-2TMO``: "MO"), else ""."""
    return _PART_NAME.get((tx.value or "").rpartition("T")[2], "") if _PART_OF_DAY.search(tx.value or "") else ""


def _value_of(tx: TimeExpr) -> str:
    """The value a date or time files its sentence under: a day for a day's part ("2023-10-29TMO"), the minute
    for a clock time; other values as they are."""
    value = _PART_OF_DAY.sub("", tx.value or "")
    clock = _CLOCK.match(value)
    return clock.group(1) if clock else value


def _weekdays(
    articles: Sequence[Article], analyses: Sequence[Analysis]
) -> dict[tuple[str, int], tuple[str, tuple[date, date]]]:
    """Where the weekdays of the story's undated reports go, by (report, offset) of their expression: the value
    each files its sentence under and its first and last day; none in a story with a settled year whose dated
    days span more than a week.

    Where the story's dated days lie within a week (``_dated_anchor``), a weekday of a report that tells no
    year-less day of its own is counted from the latest of them as its tense tells: "CrowdStrike on Friday said"
    beside another report's "as of noon Friday, July 19" is 2024-07-19.

    An undated report tells the news of its week by weekday alone ("investors said on Monday", "Sunday's
    vote"): these values ("XXXX-WXX-1") say which day of the week, not which week. Where a report of the
    story fixes the weekday of a month and day ("Tuesday, March 26", ``_anchors``), a weekday is counted from
    it as its verb's tense tells (``_way``): "police said on Sunday" is the Sunday before, ``XXXX-03-24``,
    and joins that day's entry. Otherwise it stays a weekday, after every year-less month and day (a report
    that writes no date tells of current events), its place only approximate: the weekdays told as past
    first, then those told without a tense, then those to come, each set ordered within one week (of
    Sunday and Monday said of the past, Sunday first: ``latest_of``, unless a statement is dated by one of them,
    "officials said Sunday", which then ends the past week; of Friday and Monday to come, Friday first:
    ``earliest_of``). A weekday counted into another week ("last Sunday") goes only where an anchor
    places it; no year is ever made up.
    """
    texts = {a.id: a.text for a in articles}
    news_day = _dated_anchor(articles, analyses)
    if _story_day(articles) is not None and news_day is None:
        return {}
    anchors, years = _anchors(texts, analyses)
    # a report that tells a day of its own without a year ("LANZHOU, July 22 --") counts from its own calendar
    own_days = {a.article for a in analyses for tx in a.timexes if _YEARLESS.match(_value_of(tx))}
    placed: dict[tuple[str, int], tuple[str, tuple[date, date]]] = {}
    open_days: list[_Open] = []
    for analysis in analyses:
        text = texts.get(analysis.article)
        for tx in analysis.timexes if text is not None else ():
            value = _value_of(tx)
            found = _WEEKDAY_VALUE.match(value)
            if found is None or tx.type not in ("DATE", "TIME") or tx.span.end > len(text or ""):
                continue
            key, weekday = (analysis.article, tx.span.start), int(found.group(1)) - 1
            direction, strict, skip = _way(text or "", tx)
            anchor = _anchor_for(analysis.article, anchors)
            day = None
            if news_day is not None and analysis.article not in own_days:
                counted = weekday_near(news_day, weekday, direction or -1, strict=strict)
                if skip and abs((counted - news_day).days) == 1:
                    counted += timedelta(days=skip)
                told = f"{counted.isoformat()}{value[len('XXXX-WXX-1'):]}"
                if (bounds := period(told)) is not None:
                    placed[key] = (told, bounds)
                continue
            if anchor is not None:
                day = weekday_from(anchor.month, anchor.day, years, weekday, direction or -1, strict=strict, skip=skip)
            if day is not None:
                dated = f"XXXX-{day[0]:02d}-{day[1]:02d}{value[len('XXXX-WXX-1'):]}"
                bounds = period(f"{_LATER_THAN_ANY}{dated[4:]}")
                if bounds is not None:
                    placed[key] = (dated, bounds)
            elif not strict:
                named = _WEEKDAY_NAME.search(tx.text) is not None
                open_days.append(_Open(key, value, weekday, direction, named, named and _statement_day(text or "", tx)))
    placed.update(_open_weekdays(open_days))
    return placed


# how many days the story's dated days may span for its undated reports' weekdays to be counted from the latest:
# within one week a weekday said of the past ("on Friday") is one day; across more it may be either week's
_DATED_SPAN = 6


def _dated_anchor(articles: Sequence[Article], analyses: Sequence[Analysis]) -> date | None:
    """The day an undated report's weekdays are counted from in a story whose dates have their year: the latest
    of the publication days whose year is settled and the days told with their weekday ("as of noon Friday, July
    19", 2024-07-19), not as days to come; None when there is none, or when they span more than a week (which
    week a weekday falls in is then not told).

    The days told with their weekday date the news only when no day the story tells (with its year, not as a
    day to come) lies more than a week after the latest of them: "on Tuesday, Sept. 11, 2001" in a report of
    the twentieth anniversary, beside "on Sept. 11, 2021", dates no weekday of the week's news.
    """
    days = [d for a in articles if year_settled(a.published) and (d := _day(a.published.value)) is not None]
    texts = {a.id: a.text for a in articles}
    told: list[tuple[date, bool]] = []  # the days told with a year, not as days to come; whether a weekday names it
    for analysis in analyses:
        text = texts.get(analysis.article)
        for tx in analysis.timexes if text is not None else ():
            value = _value_of(tx)
            if tx.type not in ("DATE", "TIME") or not _DATED_DAY.match(value) or tx.span.end > len(text or ""):
                continue
            if (day := _day(value)) is None or tense_direction(text or "", tx.span.start, tx.span.end) > 0:
                continue
            names = _WEEKDAY_NAME.findall(tx.text)
            told.append((day, len(names) == 1 and _WEEKDAY_NAMES.index(names[0]) == day.weekday()))
    named = [d for d, by_weekday in told if by_weekday]
    if named and (max(d for d, _ in told) - max(named)).days <= _DATED_SPAN:
        days += named
    if not days or (max(days) - min(days)).days > _DATED_SPAN:
        return None
    return max(days)


@dataclass(frozen=True, slots=True)
class _Anchor:
    """A year-less day whose expression names its weekday ("Tuesday, March 26"): a report's weekdays are
    counted from it."""

    article: str
    month: int
    day: int
    ahead: bool  # told as a day to come ("the vote is set for Tuesday, March 26"): it does not date the news


def _anchors(texts: dict[str, str], analyses: Sequence[Analysis]) -> tuple[list[_Anchor], frozenset[int]]:
    """The story's year-less days told with their weekday, and the stand-in years whose calendar they all fit
    (``storyline.extract.timex_undated.years_with``); none when they fit no one calendar ("Tuesday, March
    26" in one report, "Wednesday, March 26" in another: which is right is not told)."""
    anchors, years = [], None
    for analysis in analyses:
        text = texts.get(analysis.article)
        for tx in analysis.timexes if text is not None else ():
            day = _YEARLESS_DAY.match(_value_of(tx))
            names = _WEEKDAY_NAME.findall(tx.text)
            if day is None or tx.type != "DATE" or len(names) != 1 or tx.span.end > len(text or ""):
                continue
            month, mday = int(day.group(1)), int(day.group(2))
            fits = years_with(month, mday, _WEEKDAY_NAMES.index(names[0]))
            years = fits if years is None else years & fits
            ahead = tense_direction(text or "", tx.span.start, tx.span.end) > 0
            anchors.append(_Anchor(article=analysis.article, month=month, day=mday, ahead=ahead))
    if not years:
        return [], frozenset()
    return anchors, years


def _anchor_for(article: str, anchors: list[_Anchor]) -> _Anchor | None:
    """The day a report's weekdays are counted from: the latest anchor it tells not as a day to come, else the
    latest the story tells so; None when there is none (a day to come dates no news)."""
    told = [a for a in anchors if not a.ahead]
    own = [a for a in told if a.article == article] or told
    return max(own, key=lambda a: (a.month, a.day)) if own else None


def _way(text: str, tx: TimeExpr) -> tuple[int, bool, int]:
    """Which way a weekday lies from the day it is told on, as the weekday rule reads it: (direction: -1 back,
    +1 ahead, 0 no tense; whether that day itself is excluded; the days "next" skips past a day one off).

    "last Sunday" and "Sunday's" look back, "next Monday" and "the coming Friday" ahead; otherwise the verb's
    tense decides (``storyline.extract.timex_tense.tense_direction``).
    """
    other = _OTHER_WEEK.search(tx.text)
    if other is not None:
        word = other.group().lower()
        if word in ("next", "coming", "following", "after"):
            return 1, True, 7 if word == "next" else 0
        return -1, True, 0
    if text.startswith(("'s", "’s"), tx.span.end):
        return -1, False, 0
    return tense_direction(text, tx.span.start, tx.span.end), False, 0


@dataclass(frozen=True, slots=True)
class _Open:
    """A weekday expression no anchor places (``_open_weekdays``)."""

    key: tuple[str, int]  # its report and offset
    value: str  # "XXXX-WXX-6"
    weekday: int  # 0 Monday
    direction: int  # its tense: -1 past, 0 none, 1 to come (``_way``)
    named: bool  # whether it names the weekday (not a clock time on the day told of)
    stated: bool = False  # whether a statement is dated by it ("authorities said Saturday": ``_statement_day``)


# a statement dated by the weekday after it: "authorities said Saturday", "Green said on Saturday", "told NBC News
# early on Friday", "told reporters Saturday"; not "said that on Tuesday" or "said the fire began Tuesday", which
# date what is told
_STATED_ON = re.compile(
    r"\b(?:said|says|told|announced|confirmed|tweeted|posted|wrote|stated)"
    r"(?:\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2}))?"
    r"(?:\s+(?:early|late|earlier|later))?(?:\s+on)?\s+\Z"
)


def _statement_day(text: str, tx: TimeExpr) -> bool:
    """Whether ``tx`` is the day a statement was made on ("the fire killed 89 people, authorities said Saturday"):
    a report's statements are its news of the day, on the report's own day or just before it."""
    if text.startswith(("'s", "’s"), tx.span.end):
        return False  # "officials said Saturday's vote was fair": the vote's day, not the statement's
    return _STATED_ON.search(text, max(0, tx.span.start - 60), tx.span.start) is not None


def _open_weekdays(told: list[_Open]) -> dict[tuple[str, int], tuple[str, tuple[date, date]]]:
    """The days of the weekdays no anchor places (see ``_weekdays``): after every year-less month and day, the
    past week first, then a week of those told without a tense, then the week to come.

    A weekday takes the first of these its expressions name it in ("Monday" told in the past by one report
    and to come by another is past); an expression that names no weekday (a clock time on the day the text
    tells of) has its say only when none does. The past week ends on the latest day a statement is dated by
    ("the blaze killed 89 people, authorities said Saturday" beside "the flames moved closer Tuesday
    afternoon": Tuesday, then Saturday), a report's own day or just before it; with none, on the day that puts
    the past weekdays told nearest together (``latest_of``).
    """
    tenses: dict[int, int] = {}  # weekday -> 0 past, 1 no tense, 2 to come
    for named in (True, False):
        for o in told:
            if o.named == named and (named or o.weekday not in tenses):
                tenses[o.weekday] = min(tenses.get(o.weekday, 2), o.direction + 1)
    stated = {o.weekday for o in told if o.stated and tenses[o.weekday] == 0}
    first = date(_LATER_THAN_ANY + 1, 1, 1)  # after every year-less month and day
    offset: dict[int, int] = {}
    for tense in (0, 1, 2):
        days = {w for w, t in tenses.items() if t == tense}
        if not days:
            continue
        if tense == 2:
            start = earliest_of(days)
            offset.update({w: 7 * tense + (w - start) % 7 for w in days})
        else:
            latest = latest_of(stated if tense == 0 and stated else days)
            offset.update({w: 7 * tense + 6 - (latest - w) % 7 for w in days})
    out = {}
    for o in told:
        day = first + timedelta(days=offset[o.weekday])
        out[o.key] = (o.value, (day, day))
    return out


def place_approximate(entry: TimelineEntry) -> bool:
    """Whether an entry's place in the timeline is only approximate: a weekday of no known week
    ("XXXX-WXX-2", "XXXX-WXX-2T14:10"), ordered by the tense it is told in (``_weekdays``), not by its day.
    A renderer says so beside the entry ("year unknown, place approximate")."""
    return _WEEKDAY_VALUE.match(entry.value) is not None


def _with_year(value: str, near: date | None) -> tuple[str, tuple[date, date] | None]:
    """A year-less value with the year that puts it nearest ``near`` (unchanged, ordered after every year,
    when ``near`` is None), and its first and last day; other values as they are."""
    m = _YEARLESS.match(value)
    if m is None:
        return value, period(value)
    if near is None:
        return value, period(f"{_LATER_THAN_ANY}{value[4:]}")
    month, day = int(m.group(1)), int(m.group(2) or 15)
    options = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            options.append((abs((date(year, month, day) - near).days), year))
        except ValueError:  # Feb 29 of a common year
            continue
    if not options:
        return value, None
    dated = f"{min(options)[1]:04d}{value[4:]}"
    return dated, period(dated)


def build_timeline(articles: Sequence[Article], analyses: Sequence[Analysis]) -> tuple[TimelineEntry, ...]:
    """Timeline entries for one story, sorted by date (see the module docstring)."""
    texts = {a.id: a.text for a in articles}
    by_id = {a.article: a for a in analyses}
    groups: dict[str, _Group] = {}
    near = _story_day(articles)
    weekdays = _weekdays(articles, analyses)
    for article in articles:
        analysis = by_id.get(article.id)
        if analysis is None:
            continue
        furniture = [f.span for f in analysis.furniture]
        settled = year_settled(article.published)
        sentences = sentences_of(article, analysis)
        clocked: set[tuple[int, str]] = set()  # (sentence start, day) of the clock times filed so far
        filed: set[int] = set()  # the starts of the sentences filed so far
        for tx in sorted(analysis.timexes, key=lambda t: t.span.start):
            if tx.type not in ("DATE", "TIME") or not tx.value or tx.span.article != article.id:
                continue
            told_value = _value_of(tx)
            bounds: tuple[date, date] | None
            if (article.id, tx.span.start) in weekdays:
                value, bounds = weekdays[(article.id, tx.span.start)]
            else:
                value, bounds = _with_year(told_value, near)
            if bounds is None or tx.span.end > len(article.text) or tx.span.start >= tx.span.end:
                continue
            if in_furniture(tx.span, furniture):
                continue
            sent = sentence_at(tx.span, sentences) or tx.span
            sent = strip_span(article.text, sent)
            if _stamp_only(article.text, sent, analysis.timexes) or _born(article.text, sent, tx.span):
                continue
            if _modifier_year(article.text, tx) or _benchmark(article.text, sent, tx.span, value):
                continue
            if _maybe_until(article.text, sent, tx.span, value):
                continue
            if _stretch_end(article.text, sent, tx, analysis.timexes):
                continue
            if _another_clock(value, sent, clocked) or (_COUNTED.search(tx.text) and sent.start in filed):
                continue
            filed.add(sent.start)
            group = groups.setdefault(value, _Group(value, bounds[0], bounds[1]))
            # "1544 GMT" writes a clock time, not the year 1544: only a value with its year can have it written
            written = _WRITTEN_YEAR.search(tx.text) is not None and value == tx.value and value[:1].isdigit()
            event = event_of(article.text, tx.span.start, tx.span.end)
            group.add(_Told(sent, content_words(article.text[sent.start : sent.end]),
                            (settled or written) and value == told_value, written,
                            frozenset([event[0]] if event and sent.start <= event[1] else []),
                            _gist_of(article.text, sent, tx, analysis.timexes), _part_of(tx)))
    merged = _merge_coarse(_join_year_less(_settle_years(list(groups.values()))))
    entries = []
    for g in sorted(merged, key=lambda g: (g.first, g.last, g.clock)):
        if not any(t.stated for t in g.told) and len(g.value) == 4:
            continue  # "last year" of an assumed year places nothing
        told = sorted(g.told, key=lambda t: _quoting(_text(t.span, texts)))
        disputed = tuple(t.span for t in g.other_year)  # shown on the entry's first line, not as support
        lines = [alike for line in _event_lines(told)
                 for alike in _told_alike([(t.span, t.stated) for t in line], texts)]
        for n, (support, stated) in enumerate(lines):
            first = support[0]
            entries.append(
                TimelineEntry(
                    value=g.value,
                    text=texts[first.article][first.start : first.end],
                    support=tuple(support),
                    year_stated=stated,
                    disputed=disputed if n == 0 else (),
                )
            )
    return _mark_background(entries, articles)


# how long before the story's latest day a date is only background ("a salary reported in 2020" in a 2023 story)
BACKGROUND_DAYS = 365


def _mark_background(entries: list[TimelineEntry], articles: Sequence[Article]) -> tuple[TimelineEntry, ...]:
    """The entries marked ``background`` when they lie more than ``BACKGROUND_DAYS`` before the story's latest
    day: its latest report date, else its latest entry of a whole day (a year or a month may be one to come:
    "by 2030"). In a story whose own days are told without a year (year-less entries, and no report's date
    known), a year alone ("titles in 1995, 2007 and 2019") is background too: news names the current year's days
    without it."""
    days = [d for a in articles if (d := _day(a.published.value)) is not None]
    undated = not days
    if not days:
        days = [b[1] for e in entries if _WHOLE_DAY.match(e.value) and (b := period(e.value)) is not None]
    latest = max(days, default=None)
    year_less = undated and any(e.value.startswith("XXXX") for e in entries)
    out = []
    for e in entries:
        bounds = period(e.value)
        old = latest is not None and bounds is not None and (latest - bounds[1]).days > BACKGROUND_DAYS
        out.append(replace(e, background=True) if old or (year_less and _YEAR_ONLY.match(e.value)) else e)
    return tuple(out)


_YEAR_ONLY = re.compile(r"^\d{4}$")
_WHOLE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _told_alike(found: list[tuple[Span, bool]], texts: dict[str, str]) -> list[tuple[list[Span], bool]]:
    """The sentences of one date in entries that each cite only sentences that do not give another figure of a
    toll the entry's own sentence gives: "the loss of at least 632 lives" is not supported by "killing at least
    296 people", which then leads an entry of its own on that date. Each entry with whether a year is stated."""
    out: list[tuple[list[Span], bool]] = []
    while found:
        line = _text(found[0][0], texts)
        alike = [f for f in found if f is found[0] or not _other_toll(line, _text(f[0], texts))]
        out.append(([span for span, _ in alike], any(stated for _, stated in alike)))
        found = [f for f in found if not any(f is a for a in alike)]
    return out


# words that tell no event apart: a report's attribution, and the linking words the stop list leaves
_GIST_STOP = frozenset(
    """also more than as after before when while where which who whom whose what into up out now so do did does
    there then just about over under least some any all other such there here if because though although
    has have had is are was were be been being will would could should may might must can shall
    within without across among near off through during since until against between along around amid despite
    per via like another each every both either neither many much several few most own same one two
    not only even still yet already again back further well very early late
    morning afternoon evening night day days week weeks month months year years time
    according reported report reports statement official officials authorities authority""".split()  # noqa: SIM905
)
# a relative clause the date stands in, up to the date: "... of the site where 50 cars came off the tracks", "a
# policy that had been in place since"; a "that" after a verb opens what is said ("officials warned that")
_RELATIVE = re.compile(
    r"\s(?:where|which|who|whom|whose|(?<!\bsaid )(?<!\bsays )(?<!\btold )(?<!\bso )(?<!\bnow )(?<!ed )that)\s"
    r"[^,;:—–()\"“”]*$"
)
# a word, and the endings that do not tell two events apart ("Tokyo’s", "rates", "sentenced", "sentencing")
_GIST_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_ENDING = re.compile(r"(?:['’]s)?$")
_SUFFIX = re.compile(r"(?<=[a-z]{4})(?:ing|ed|es|e|s|ment)$")


def _stem(word: str) -> str:
    """``word`` lower-cased without a possessive, a plural or a verb's ending: "Tokyo’s" -> "tokyo", "rates" ->
    "rat", "sentencing" -> "sentenc"; crude, but the same for the forms of one word."""
    return _SUFFIX.sub("", _ENDING.sub("", word.lower(), count=1), count=1)


def _gist_of(text: str, sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr]) -> _Gist:
    """What ``sent`` tells on the date ``tx`` gives it: its words and names less those of its date expressions,
    and whether the date stands in a relative clause (then the clause's words, up to its next comma)."""
    chars = list(text[sent.start : sent.end])
    for t in timexes:
        for i in range(max(t.span.start, sent.start), min(t.span.end, sent.end)):
            chars[i - sent.start] = " "
    plain = "".join(chars)
    words: set[str] = set()
    names: set[str] = set()
    for m in _GIST_WORD.finditer(plain):
        if len(m.group()) < 2 or m.group().lower() in STOP_WORDS or m.group().lower() in _GIST_STOP:
            continue  # "s" is what a date expression leaves of "Sunday's"
        word = _stem(m.group())
        # a capital opening the sentence may be a name's ("Gay, 53, resigned"): it counts with the names
        (names if m.group()[0].isupper() else words).add(word)
    aside = _RELATIVE.search(text, sent.start, tx.span.start)
    if aside is None:
        return _Gist(words=frozenset(words), names=frozenset(names))
    stop = re.compile(r"[,;:—–]|$").search(plain, aside.start() - sent.start)
    clause = plain[aside.start() - sent.start : stop.start() if stop else len(plain)]
    said = {_stem(w) for w in _GIST_WORD.findall(clause)}
    return _Gist(words=frozenset(words), names=frozenset(names), aside=True, clause=frozenset(said & (words | names)))


def _same_event(a: _Gist, b: _Gist) -> bool:
    """Whether two sentences of one date may tell one event: they share two words that are no names, one that is a
    good part of a short sentence's ("The ferry ran aground on Wednesday" and "Divers reached the ferry on March
    4"), or one and two names ("Water entered 41 homes on Mill Lane" and "Floodwater reached 14 homes along Mill
    Lane"). Names alone tell no event ("Also Sunday, Gov. Ana Ruiz deployed the Guard" and "500 people refused to
    leave by Sunday, Gov. Ana Ruiz said")."""
    shared = len(a.words & b.words)
    if shared >= 2:
        return True
    names = len((a.names & (b.names | b.words)) | (b.names & a.words))
    return shared == 1 and (names >= 2 or 1 / min(len(a.words), len(b.words)) >= _SHORT_SHARE)


# one shared word tells one event when it is this share of the shorter sentence's words: a third of "ferry ran aground"
_SHORT_SHARE = 0.25


def _told_one(a: _Told, b: _Told) -> bool:
    """Whether two sentences of one date may tell one event: by their words, or naming the same scheduled event
    ("is to be sentenced on ..." and "his sentencing is set for ...")."""
    return a.gist is None or b.gist is None or _same_event(a.gist, b.gist) or bool(a.events & b.events)


def _event_lines(told: list[_Told]) -> list[list[_Told]]:
    """The sentences of one date as lines, one an event, in the order given: a sentence joins the first line
    holding a sentence that tells its event (``_same_event``), else opens a line of its own. A sentence whose
    date stands in a relative clause ("began enforcing the zone around the site where 50 cars came off the tracks
    Friday night") leads no line while another may: it joins the line whose words its clause shares most ("About
    50 cars derailed Friday night"), else the first line that tells its whole sentence's event, else opens its own
    after the others. Lines told by more reports come first."""
    lines: list[list[_Told]] = []
    asides: list[_Told] = []
    for t in told:
        if t.gist is not None and t.gist.aside:
            asides.append(t)
            continue
        _file(t, lines)
    for t in asides:
        assert t.gist is not None
        clause = t.gist.clause
        scores = [0 if any(_apart(t, o) for o in line) else
                  max(len(clause & (o.gist.words | o.gist.names)) if o.gist else 0 for o in line) for line in lines]
        best = max(range(len(lines)), key=lambda n: scores[n], default=None)
        if best is not None and scores[best]:
            lines[best].append(t)
            continue
        # "The river climbed two metres within an hour of the failure, which happened at 3:40 a.m.": the clause
        # names no word of "The gate jammed open at 3:40 a.m., and the river rose two metres", the sentence does
        _file(t, lines)
    order = sorted(range(len(lines)), key=lambda n: -len({t.span.article for t in lines[n]}))
    return [lines[n] for n in order]


def _file(t: _Told, lines: list[list[_Told]]) -> None:
    """Put ``t`` in the first line of the date it tells the same event as, or in a line of its own. A line
    tells its event at one time of the day: "Mayor Ana Ruiz spoke of a tragedy on Tuesday morning" joins no line
    that holds "the Orvell consulate said Tuesday night that ...", whatever words they share."""
    home = next((line for line in lines
                 if any(_told_one(t, o) for o in line) and not any(_apart(t, o) for o in line)), None)
    if home is None:
        lines.append([t])
    else:
        home.append(t)


def _apart(a: _Told, b: _Told) -> bool:
    """Whether two sentences of one date are told at different times of the day ("Tuesday morning", "Tuesday
    night"): two events, or two moments of one."""
    return bool(a.part and b.part and a.part != b.part)


def _quoting(sentence: str) -> bool:
    """Whether a sentence holds quotation marks: a speaker's words ("Today's verdict proves he was wrong.”") tell
    the day less plainly than the reporter's own sentence, which then leads its entry (the sort is stable)."""
    return any(mark in sentence for mark in '"“”')


def _text(span: Span, texts: dict[str, str]) -> str:
    return texts[span.article][span.start : span.end]


def _other_toll(line: str, other: str) -> bool:
    """Whether ``other`` gives a toll that ``line`` gives too with a figure no figure of ``line`` states: two
    bounds in one direction that give different figures state different figures, however far apart."""
    theirs = toll_counts(other)
    for about, x in toll_counts(line):
        ys = [y for a, y in theirs if a == about]
        if ys and not any(agree(x, y) and not (x.bound and x.bound == y.bound and x.value != y.value) for y in ys):
            return True
    return False


# a year the expression itself writes: "June 29, 2022", "in 2021", "2023-05-03"
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


# a day or a month of a stated year: "2024-03-28", "2024-03"
_DAY_OR_MONTH = re.compile(r"^(\d{4})(-\d{2}(?:-\d{2})?)$")
# how far from a whole year apart two days may lie and still be one event told a year off: "last Thursday" in a
# report dated a year off resolves a few days from the year's same day
_NEAR_YEAR = 7


def _settle_years(groups: list[_Group]) -> list[_Group]:
    """Groups where the sentences that give an event a year off the year more reports give it are moved to the
    entry of those reports (see the module docstring): each pair of days (or months) about a year apart is
    settled by ``_settle_pair``, nearest pairs first; then the pairs as many reports tell each way, where the
    reports of one side were found a year off in the same direction on another event."""
    dated = [g for g in groups if _DAY_OR_MONTH.match(g.value)]
    pairs = [(a, b) for a in dated for b in dated if a.first < b.first and _year_apart(a, b)]
    pairs.sort(key=lambda p: (abs((p[1].first - p[0].first).days - 365), p[0].first))
    off: dict[str, int] = {}  # report -> the years its dates are off by, as found
    for a, b in pairs:
        for report, years in _settle_pair(a, b, {}).items():
            off[report] = years if off.get(report, years) == years else 0
    for a, b in pairs:
        _settle_pair(a, b, off)
    return [g for g in groups if g.told or g.other_year]


def _year_apart(a: _Group, b: _Group) -> bool:
    """Whether two days lie a year apart, give or take ``_NEAR_YEAR`` days, or two months are one month of two
    years in a row: the one date told in two years."""
    if len(a.value) != len(b.value):
        return False
    if len(a.value) == 7:
        return a.value[4:] == b.value[4:] and b.first.year - a.first.year == 1
    return abs((b.first - a.first).days - 365) <= _NEAR_YEAR


def _settle_pair(a: _Group, b: _Group, off: dict[str, int]) -> dict[str, int]:
    """Move the sentences that tell one event on ``a`` and on ``b`` (a year later) to the side more reports give
    it; returns the reports moved, with the years their dates were off by (1: ``a``'s reports told ``b``'s date).

    A sentence of one side tells the event of a sentence of the other when they come from different reports and
    share most content words (``SAME_EVENT``), or, for one month and day, name the same event ("sentencing is
    scheduled for March 28, 2023" / "is to be sentenced on March 28, 2024"). When as many reports give each
    year, the side whose reports are all in ``off`` by the same years moves, else nothing does. Nothing moves
    when a report tells both dates (it may tell two events, a year apart)."""
    same_day = a.value[4:] == b.value[4:]
    pairs = [(s, t) for s in a.told for t in b.told
             if s.span.article != t.span.article and _one_event(s, t, same_day=same_day)]
    ours = {id(s): s for s, _ in pairs}
    theirs = {id(t): t for _, t in pairs}
    our_reports = {s.span.article for s in ours.values()}
    their_reports = {t.span.article for t in theirs.values()}
    if not pairs or {t.span.article for t in a.told} & {t.span.article for t in b.told} & (our_reports | their_reports):
        return {}
    if len(our_reports) > len(their_reports) or all(off.get(r) == -1 for r in their_reports):
        keep, lose, moved, years = a, b, theirs, -1
    elif len(our_reports) < len(their_reports) or all(off.get(r) == 1 for r in our_reports):
        keep, lose, moved, years = b, a, ours, 1
    else:
        return {}
    lose.told = [t for t in lose.told if id(t) not in moved]
    for t in moved.values():
        if t.written:  # the report writes the other year: its words, cited, show the conflict under this date
            if t.span not in [o.span for o in keep.other_year]:
                keep.other_year.append(t)
        else:  # its year came from its report's date, which is a year off: it tells this entry's day
            keep.add(replace(t, stated=False))
    return {t.span.article: years for t in moved.values()}


def _join_year_less(groups: list[_Group]) -> list[_Group]:
    """Groups where a year-less day ("XXXX-03-28") told of the event of the one dated entry on that month and day
    ("2024-03-28") is moved into it, its year not stated; see the module docstring."""
    for g in groups:
        m = _YEARLESS.match(g.value)
        if m is None or m.group(2) is None:
            continue
        dated = [k for k in groups if k is not g and _DAY_OR_MONTH.match(k.value) and k.value[4:] == g.value[4:]]
        if len(dated) != 1:
            continue  # none, or two years: which one is meant is not told
        home = dated[0]
        moved = [t for t in g.told if any(_one_event(t, k, same_day=True) for k in home.told)]
        for t in moved:
            home.add(replace(t, stated=False))
        g.told = [t for t in g.told if t not in moved]
    return [g for g in groups if g.told or g.other_year]


def _one_event(s: _Told, t: _Told, *, same_day: bool) -> bool:
    return overlap(s.words, t.words) >= SAME_EVENT or (same_day and bool(s.events & t.events))


def _merge_coarse(groups: list[_Group]) -> list[_Group]:
    """Move each sentence of a week/month/year entry into a finer entry inside it that reports the same event;
    a day's sentence that gives its time too ("on Tuesday at 5:40 p.m.") into that time's entry, told once.

    Sentence by sentence: "Nikkei reported last week" joins the Nikkei report's day, while another
    sentence dated "last week" about something else keeps the week entry alive.
    """
    kept: list[_Group] = []
    for g in sorted(groups, key=lambda g: g.grain):
        inner = [k for k in kept if k.grain < g.grain and g.first <= k.first and k.last <= g.last]
        rest = _Group(g.value, g.first, g.last, other_year=g.other_year)
        for told in g.told:
            best, score = None, SAME_EVENT
            for k in inner:
                if k.clock and not g.clock and told.span not in k.support:
                    continue  # a time tells its own sentence's event: the day's others may be earlier or later
                s = max((overlap(told.words, t.words) for t in k.told), default=0.0)
                if s >= score:
                    best, score = k, s
            (best or rest).add(told)
        if rest.support or rest.other_year:
            kept.append(rest)
    return kept
