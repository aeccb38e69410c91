"""Where the weekdays of a story's undated reports go on its timeline ("on Sunday", ``XXXX-WXX-7``).

In a story with no settled year a weekday is counted from a year-less day a report tells with its weekday
("Tuesday, March 26"), as its verb's tense tells: the Sunday before, ``XXXX-03-24``, with no year. A weekday
nothing fixes keeps its value and comes after the year-less days, its place approximate: the weekdays told as
past, then those told without a tense, then those to come (``place_weekdays``).

A story with dated days counts the weekdays of its undated reports from them: the publication days whose year
is settled and the days told with their weekday ("as of noon Friday, July 19", 2024-07-19), when they all lie
within a week. "CrowdStrike on Friday said", in a report with no date, is then that Friday, 2024-07-19, its year
not stated (placed from another report's day), and joins that day's entry; across more than a week which week
is meant is not told, and the weekday is left as in a story with no date (or out, beside a settled date).

A part of a report's own day ("a deal announced early this morning"), in a report that tells no day of its own,
goes on the story's one news day, where its reports tell only one (``_parts_of_own_day``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.brief.timeline_event_days import EventDay, event_days
from storyline.brief.timeline_ranges import RANGE_CHARS, RANGE_START, SENTENCE_END, day_in_span, story_span
from storyline.brief.timeline_values import (
    DATED_DAY,
    LATER_THAN_ANY,
    WEEKDAY_VALUE,
    YEARLESS,
    YEARLESS_DAY,
    day_of,
    period,
    story_day,
    value_of,
)
from storyline.extract.dating import year_settled
from storyline.extract.timex import find_mentions
from storyline.extract.timex_calendar import valid_day, weekday_near
from storyline.extract.timex_tense import tense_direction
from storyline.extract.timex_undated import earliest_of, lasted_since, latest_of, weekday_from, years_with
from storyline.model import Analysis, Article, TimeExpr

# a weekday counted into another week ("last Sunday", "next Monday") is no day of the reporting week
_OTHER_WEEK_ANY = re.compile(r"(?i:\b(?:last|next|past|previous|coming|following|before|after)\b)")
# ... but "before" or "after" a clock time of a weekday the expression names is none: "shortly after 9 a.m. Saturday
# morning", "just before midnight Friday" (a bare "just before 11 a.m." names no day of its own to count)
_OTHER_WEEK = re.compile(
    r"(?i:\b(?:last|next|past|previous|coming|following|(?:before|after)(?!\s+(?:\d|midnight|noon|dawn|dusk)))\b)"
)
# a weekday an expression names: "Tuesday, March 26", "Sunday's"
_WEEKDAY_NAME = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_WEEKDAY_NAMES = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")


def place_weekdays(
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
    paired = event_days(texts, analyses)
    news_day = _dated_anchor(articles, analyses, paired)
    if story_day(articles) is not None and news_day is None:
        return {}
    anchors, years = _anchors(texts, analyses, paired)
    span = story_span(texts, analyses)
    if span is not None and years and not years & years_with(*span.first, span.weekday):
        span = None  # "Tuesday, March 26" and a span that puts March 26 on another weekday: neither is placed
    # a report that tells a day of its own without a year ("LANZHOU, July 22 --") counts from its own calendar
    own_days = {a.article for a in analyses for tx in a.timexes if YEARLESS.match(value_of(tx))}
    placed: dict[tuple[str, int], tuple[str, tuple[date, date]]] = {}
    open_days: list[_Open] = []
    past = _past_weekdays(texts, analyses)
    for analysis in analyses:
        text = texts.get(analysis.article)
        for tx in analysis.timexes if text is not None else ():
            value = value_of(tx)
            found = WEEKDAY_VALUE.match(value)
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
            if anchor is not None and anchor.article != analysis.article and direction < 0 and not strict:
                day = _in_anchor_week(anchor, years, weekday, past.get(analysis.article, set()))
            if anchor is not None and day is None and anchor.event and not strict:
                day = _nearest(anchor, years, weekday)
            if anchor is not None and day is None:
                day = weekday_from(anchor.month, anchor.day, years, weekday, direction or -1, strict=strict, skip=skip)
            if day is not None:
                dated = f"XXXX-{day[0]:02d}-{day[1]:02d}{value[len('XXXX-WXX-1'):]}"
                bounds = period(f"{LATER_THAN_ANY}{dated[4:]}")
                if bounds is not None:
                    placed[key] = (dated, bounds)
            elif span is not None and not strict and direction <= 0 and (spanned := day_in_span(span, weekday)):
                # "signed on Friday" beside "talks from March 6 through March 10" told from a Monday: XXXX-03-10
                dated = f"{spanned}{value[len('XXXX-WXX-1'):]}"
                if (bounds := period(f"{LATER_THAN_ANY}{dated[4:]}")) is not None:
                    placed[key] = (dated, bounds)
            elif not strict:
                named = _WEEKDAY_NAME.search(tx.text) is not None
                open_days.append(_Open(key, value, weekday, direction, named, named and _statement_day(text or "", tx)))
    placed.update(_open_weekdays(open_days, _range_order(texts, open_days)))
    news = _one_news_day(news_day, anchors)
    placed.update(_parts_of_own_day(texts, analyses, news))
    placed.update(_yesterdays(texts, analyses, news))
    placed.update(_counted_periods(texts, articles, analyses, news))
    return placed


# a part of a report's own day, as a report with no date tells it: "early this morning", "this evening"
_OWN_DAY_PART = re.compile(r"^XXXX-XX-XXT(?:MO|AF|EV|NI)$")


def _one_news_day(news_day: date | None, anchors: list[_Anchor]) -> tuple[str, tuple[date, date]] | None:
    """The one day the story's news is told of, as a value and its bounds: its dated news day, else the one
    year-less day its reports tell with their weekday, not as a day to come ("said Monday" of Dec. 18:
    ``XXXX-12-18``); None when the reports tell more than one."""
    if news_day is not None:
        return news_day.isoformat(), (news_day, news_day)
    told = {(a.month, a.day) for a in anchors if not a.ahead}
    if len(told) != 1:
        return None
    month, day = told.pop()
    value = f"XXXX-{month:02d}-{day:02d}"
    bounds = period(f"{LATER_THAN_ANY}{value[4:]}")
    return (value, bounds) if bounds is not None else None


def _parts_of_own_day(
    texts: dict[str, str], analyses: Sequence[Analysis], news: tuple[str, tuple[date, date]] | None
) -> dict[tuple[str, int], tuple[str, tuple[date, date]]]:
    """Where a report that tells no day of its own files "this morning": on the story's one news day
    (``_one_news_day``). "a deal announced early this morning", in a report with no date, beside another
    report's "Nippon Steel said Monday" of Monday, Dec. 18, is ``XXXX-12-18``. A report that tells a day or a
    weekday of its own keeps its value: which of its days is its own is not told."""
    if news is None:
        return {}
    out = {}
    for analysis in analyses:
        text = texts.get(analysis.article) or ""
        parts = [tx for tx in analysis.timexes if _OWN_DAY_PART.match(tx.value or "") and tx.span.end <= len(text)]
        if not parts or any(_own_day(tx) for tx in analysis.timexes):
            continue
        out.update({(analysis.article, tx.span.start): news for tx in parts})
    return out


# "yesterday" in a report with no date (``PAST_REF``)
_YESTERDAY = re.compile(r"(?i:yesterday)")


def _yesterdays(
    texts: dict[str, str], analyses: Sequence[Analysis], news: tuple[str, tuple[date, date]] | None
) -> dict[tuple[str, int], tuple[str, tuple[date, date]]]:
    """Where "yesterday" goes in a report that tells no day of its own: the day before the story's one news day
    (``_one_news_day``), the report's own day as for "this morning" (``_parts_of_own_day``). "Mpox was declared
    a continental emergency yesterday" beside "held virtually on August 14, 2024" is 13 August. A report with a
    date has the value of its own."""
    if news is None:
        return {}
    first = news[1][0] - timedelta(days=1)
    value = first.isoformat() if news[0][:1].isdigit() else f"XXXX{first.isoformat()[4:]}"
    out = {}
    for analysis in analyses:
        text = texts.get(analysis.article) or ""
        if any(_own_day(tx) for tx in analysis.timexes):
            continue
        for tx in analysis.timexes:
            if tx.span.end <= len(text) and tx.value == "PAST_REF" and _YESTERDAY.fullmatch(tx.text):
                out[(analysis.article, tx.span.start)] = (value, (first, first))
    return out


# a year, quarter or month counted from the report's own day: "last year", "the prior year", "next quarter", "this
# year", "next month"
_COUNTED_PERIOD = re.compile(
    r"(?i:(?:the\s+)?(?:last|next|this|prior|previous|coming|current)\s+(?:year|quarter|month))"
)


def _counted_periods(
    texts: dict[str, str],
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    news: tuple[str, tuple[date, date]] | None,
) -> dict[tuple[str, int], tuple[str, tuple[date, date]]]:
    """Where "last year", "next month", "the prior year" go in a report with no settled date, which left them
    without a value or counted them from the news day it writes out (``timex_undated.counted_periods``): counted
    from the story's one news day when that day has its year (``_one_news_day``), as extraction counts them from
    a report's own date; a value extraction counted from another day stands, its year not stated. "profits rose
    last year", in a report with no date, beside "held virtually on August 14, 2024" is 2023. The report may be
    written some days after the news day: a value that would differ counted from a week later ("next month" of a
    news day on May 28) is left out, and no year is made up for a story whose days have none."""
    if news is None or not news[0][:1].isdigit() or not _year_known(news[1][0], texts, articles, analyses):
        return {}
    day = news[1][0]
    later = day + timedelta(days=_DATED_SPAN)
    dated = {a.id for a in articles if year_settled(a.published)}
    out = {}
    for analysis in analyses:
        text = texts.get(analysis.article)
        if text is None or analysis.article in dated:
            continue
        open_at = {tx.span.start: tx for tx in analysis.timexes
                   if tx.type == "DATE" and _COUNTED_PERIOD.fullmatch(tx.text)}
        if not open_at:
            continue
        for m in find_mentions(text):
            tx = open_at.get(m.start)
            if tx is None or m.end != tx.span.end:
                continue
            value = m.resolve(day)
            if tx.value not in (None, "XXXX", value):
                continue  # counted from another day by extraction (``timex_undated.counted_periods``): it stands
            if value and value[:1].isdigit() and value == m.resolve(later) and (bounds := period(value)) is not None:
                out[(analysis.article, m.start)] = (value, bounds)
    return out


def _year_known(day: date, texts: dict[str, str], articles: Sequence[Article], analyses: Sequence[Analysis]) -> bool:
    """Whether the news day's year is known, not assumed: a report of that year has its date settled, or a
    report writes the day out with its year ("on August 14, 2024")."""
    if any(year_settled(a.published) and (d := day_of(a.published.value)) and d.year == day.year for a in articles):
        return True
    year = f"{day.year:04d}"
    return any(value_of(tx)[:10] == day.isoformat() and year in tx.text
               for a in analyses if a.article in texts for tx in a.timexes)


def _own_day(tx: TimeExpr) -> bool:
    """Whether an expression tells a day or weekday ("Monday", "Dec. 4", "2024-07-19"), which a report's own day
    may be."""
    value = value_of(tx)
    return bool(WEEKDAY_VALUE.match(value) or YEARLESS_DAY.match(value) or DATED_DAY.match(value))


def _range_order(texts: dict[str, str], told: list[_Open]) -> frozenset[tuple[int, int]]:
    """The weekdays a sentence tells in order, as (first, later) pairs (0 Monday): a weekday after "from" or
    "between" opens a span, and the next weekday the sentence names falls in it ("talks from Monday in Beijing,
    ... signing a joint statement in a ceremony on Friday": Monday, then Friday of the same week).

    Does not say how long the span is, nor order weekdays told in two sentences."""
    pairs = set()
    for first in told:
        text = texts.get(first.key[0], "")
        if not first.named or RANGE_START.search(text, max(0, first.key[1] - 16), first.key[1]) is None:
            continue
        later = sorted(
            (o for o in told if o.key[0] == first.key[0] and o.named and 0 < o.key[1] - first.key[1] <= RANGE_CHARS),
            key=lambda o: o.key[1],
        )
        if not later or later[0].weekday == first.weekday:
            continue
        if not SENTENCE_END.search(text, first.key[1], later[0].key[1]):
            pairs.add((first.weekday, later[0].weekday))
    return frozenset(pairs)


# how many days the story's dated days may span for its undated reports' weekdays to be counted from the latest:
# within one week a weekday said of the past ("on Friday") is one day; across more it may be either week's
_DATED_SPAN = 6


def _dated_anchor(
    articles: Sequence[Article], analyses: Sequence[Analysis], paired: Sequence[EventDay] = ()
) -> date | None:
    """The day an undated report's weekdays are counted from in a story whose dates have their year: the latest
    of the publication days whose year is settled and the days told with their weekday ("as of noon Friday, July
    19", 2024-07-19), not as days to come; None when there is none, or when they span more than a week (which
    week a weekday falls in is then not told).

    A day the news has lasted since ("held since Saturday, October 7, 2023") is none of them. The days told with
    their weekday date the news only when no day the story tells (with its year, not as a
    day to come) lies more than a week after the latest of them: "on Tuesday, Sept. 11, 2001" in a report of
    the twentieth anniversary, beside "on Sept. 11, 2021", dates no weekday of the week's news. A day whose
    own weekday another report names for the same event (``paired``: "held virtually on August 14, 2024" beside
    "declared ... on Wednesday") counts as one told with its weekday.
    """
    days = [d for a in articles if year_settled(a.published) and (d := day_of(a.published.value)) is not None]
    texts = {a.id: a.text for a in articles}
    told: list[tuple[date, bool]] = []  # the days told with a year, not as days to come; whether a weekday names it
    for analysis in analyses:
        text = texts.get(analysis.article)
        pictures = [f.span for f in analysis.furniture if f.kind in ("caption", "credit")]
        for tx in analysis.timexes if text is not None else ():
            value = value_of(tx)
            if tx.type not in ("DATE", "TIME") or not DATED_DAY.match(value) or tx.span.end > len(text or ""):
                continue
            if any(p.start < tx.span.end and tx.span.start < p.end for p in pictures):
                continue  # a caption's day dates its picture ("FILE - ... Tuesday, May 14, 2024"), not the news
            if (day := day_of(value)) is None or tense_direction(text or "", tx.span.start, tx.span.end) > 0:
                continue
            if lasted_since(text or "", tx.span.start):
                continue  # "held since Saturday, October 7, 2023": the news is some days later
            names = _WEEKDAY_NAME.findall(tx.text)
            by_pair = any(p.article == analysis.article and p.value == value[:10] for p in paired)
            told.append((day, by_pair or (len(names) == 1 and _WEEKDAY_NAMES.index(names[0]) == day.weekday())))
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
    # its weekday named by another report for the same event ("on August 24" / "on Saturday evening",
    # ``timeline_event_days``): a day of the news, which the story's other weekdays lie nearest to
    event: bool = False


def _anchors(
    texts: dict[str, str], analyses: Sequence[Analysis], paired: Sequence[EventDay] = ()
) -> tuple[list[_Anchor], frozenset[int]]:
    """The story's year-less days told with their weekday, and the stand-in years whose calendar they all fit
    (``storyline.extract.timex_undated.years_with``); none when they fit no one calendar ("Tuesday, March
    26" in one report, "Wednesday, March 26" in another: which is right is not told). A day the news has
    lasted since ("held since Saturday, October 7") fixes the calendar but is no anchor: which week after it
    the news is from is not told. A year-less day whose weekday another report names for the same event
    (``paired``) is an anchor too, when its calendar fits the others'."""
    anchors, years = [], None
    for analysis in analyses:
        text = texts.get(analysis.article)
        for tx in analysis.timexes if text is not None else ():
            day = YEARLESS_DAY.match(value_of(tx))
            names = _WEEKDAY_NAME.findall(tx.text)
            if day is None or tx.type != "DATE" or len(names) != 1 or tx.span.end > len(text or ""):
                continue
            month, mday = int(day.group(1)), int(day.group(2))
            fits = years_with(month, mday, _WEEKDAY_NAMES.index(names[0]))
            years = fits if years is None else years & fits
            if lasted_since(text or "", tx.span.start):
                continue  # "held since Saturday, October 7": it fixes the calendar, not the week of the news
            ahead = tense_direction(text or "", tx.span.start, tx.span.end) > 0
            anchors.append(_Anchor(article=analysis.article, month=month, day=mday, ahead=ahead))
    for p in paired:
        day = YEARLESS_DAY.match(p.value)
        if day is None:
            continue
        month, mday = int(day.group(1)), int(day.group(2))
        fits = years_with(month, mday, p.weekday) if years is None else years & years_with(month, mday, p.weekday)
        if fits:  # a pair that fits no calendar the others fix is left out, not the others
            years = fits
            anchors.append(_Anchor(article=p.article, month=month, day=mday, ahead=False, event=True))
    if not years:
        return [], frozenset()
    return anchors, years


def _nearest(anchor: _Anchor, years: frozenset[int], weekday: int) -> tuple[int, int] | None:
    """The month and day of ``weekday`` nearest an event's day (``_Anchor.event``), either side, the day before
    on a tie: beside "arrested on August 24", a Saturday, "Macron said on Monday" is August 26, not the Monday
    before the arrest; None when the years fit give different days."""
    found = set()
    for year in years:
        if not valid_day(year, anchor.month, anchor.day):
            continue
        day = date(year, anchor.month, anchor.day)
        back, ahead = weekday_near(day, weekday, -1), weekday_near(day, weekday, 1)
        near = back if (day - back) <= (ahead - day) else ahead
        found.add((near.month, near.day))
    return found.pop() if len(found) == 1 else None


def _past_weekdays(texts: dict[str, str], analyses: Sequence[Analysis]) -> dict[str, set[int]]:
    """The weekdays (0 Monday) each report names as past, in its own week ("the sale on Monday", "on Tuesday
    wrote"; not "last Tuesday")."""
    out: dict[str, set[int]] = {}
    for analysis in analyses:
        text = texts.get(analysis.article) or ""
        for tx in analysis.timexes:
            found = WEEKDAY_VALUE.match(value_of(tx))
            if found is None or tx.span.end > len(text) or _WEEKDAY_NAME.search(tx.text) is None:
                continue
            direction, strict, _skip = _way(text, tx)
            if direction < 0 and not strict:
                out.setdefault(analysis.article, set()).add(int(found.group(1)) - 1)
    return out


def _in_anchor_week(anchor: _Anchor, years: frozenset[int], weekday: int, told: set[int]) -> tuple[int, int] | None:
    """The month and day of a past ``weekday`` of a report that borrows another report's anchor and names the
    anchor's own weekday among its past weekdays (``told``): that is the anchor's day, and the report's
    weekdays lie in one week, laid out nearest together (``latest_of``). Beside "Nippon Steel said Monday"
    of Monday, Dec. 18, a report's "the sale on Monday" and "on Tuesday wrote" make Tuesday Dec. 19, not the
    Tuesday before; None when the report does not name the anchor's weekday (count back from the anchor)."""
    own = {date(y, anchor.month, anchor.day).weekday() for y in years if valid_day(y, anchor.month, anchor.day)}
    if len(own) != 1 or (anchor_weekday := own.pop()) not in told or weekday not in told:
        return None
    last = latest_of(told)
    shift = (last - anchor_weekday) % 7 - (last - weekday) % 7
    days = {
        (d.month, d.day)
        for y in years
        if valid_day(y, anchor.month, anchor.day)
        for d in [date(y, anchor.month, anchor.day) + timedelta(days=shift)]
    }
    return days.pop() if len(days) == 1 else None


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
    other = (_OTHER_WEEK if _WEEKDAY_NAME.search(tx.text) else _OTHER_WEEK_ANY).search(tx.text)
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
    found = _STATED_ON.search(text, max(0, tx.span.start - 60), tx.span.start)
    if found is None:
        return False
    # "Albanese previously wrote on Tuesday", "had said Tuesday": a statement told as gone by before the news
    return _EARLIER_STATEMENT.search(text, max(0, found.start() - 30), found.start()) is None


# a statement the report tells as made before its news: "previously wrote", "had said", "earlier told"
_EARLIER_STATEMENT = re.compile(r"(?i:\b(?:previously|earlier|already|had|first)\s+)\Z")


def _open_weekdays(
    told: list[_Open], order: frozenset[tuple[int, int]] = frozenset()
) -> dict[tuple[str, int], tuple[str, tuple[date, date]]]:
    """The days of the weekdays no anchor places (see ``place_weekdays``): after every year-less month and day, the
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
    first = date(LATER_THAN_ANY + 1, 1, 1)  # after every year-less month and day
    offset: dict[int, int] = {}
    for tense in (0, 1, 2):
        days = {w for w, t in tenses.items() if t == tense}
        if not days:
            continue
        if tense == 2:
            start = _keeping_order(earliest_of(days), days, order, lambda w, s: (w - s) % 7)
            offset.update({w: 7 * tense + (w - start) % 7 for w in days})
        else:
            latest = latest_of(stated if tense == 0 and stated else days)
            latest = _keeping_order(latest, days, order, lambda w, last: 6 - (last - w) % 7)
            offset.update({w: 7 * tense + 6 - (latest - w) % 7 for w in days})
    out = {}
    for o in told:
        day = first + timedelta(days=offset[o.weekday])
        out[o.key] = (o.value, (day, day))
    return out


def _keeping_order(
    chosen: int, days: set[int], order: frozenset[tuple[int, int]], place: Callable[[int, int], int]
) -> int:
    """The weekday a week of ``days`` is laid out from (its first or last day, as ``place`` reads it: a weekday's
    place in the week laid out from it): ``chosen`` when that keeps every span a sentence tells in order
    (``_range_order``), else the first of ``days`` that does ("from Monday ... on Friday" said of the past:
    the week ends on Friday, not on the Monday that would put the two nearest together); ``chosen`` when none
    does (two sentences that disagree)."""
    pairs = [(a, b) for a, b in order if a in days and b in days]

    def keeps(end: int) -> bool:
        return all(place(a, end) < place(b, end) for a, b in pairs)

    if keeps(chosen):
        return chosen
    return next((d for d in sorted(days) if keeps(d)), chosen)
