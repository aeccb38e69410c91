"""One timeline across the reports of a story, on the calendar the time stage resolved.

Each report's DATE expressions already carry TIMEX3 values resolved against that report's own date, so
"last Wednesday" (CNN) and "May 3" (Newsweek) both read ``2023-05-03``: grouping by value merges them. Does
not order events that have no date.

A year is stated when the expression writes it ("June 29, 2022", "in 2021") or the report's date has a
settled year (given, stamped, or told by the text within one year: ``storyline.extract.dating.year_settled``).
A pasted report that dates itself only by "on Wednesday" and "May 3" resolves them under an assumed year: the
entry keeps that calendar value (as ``storyline extract`` gives it) with ``year_stated`` False, which the
renderers show as "year assumed"; an entry that would be only an assumed year ("last year") is left out.
A year-less value placed in a year, or a weekday counted from another report's day, has its year not stated.

The parts:
- ``timeline_values``: the calendar values sentences are filed under, what days they span, the year a
  year-less one takes;
- ``timeline_anchors``: where the weekdays of undated reports go;
- ``timeline_ranges``: the span of days a story tells both by dates and by weekdays, which places its weekdays;
- ``timeline_filters``: the dates that file no sentence (stamps, years a thing is measured against, ...);
- ``timeline_prospects``: the dates told as prospects (a deadline year, a forecast's year, "as soon as Wednesday");
- ``timeline_later``: the clock time a count opening a sentence gives it ("Two hours later, ...");
- ``timeline_lines``: the sentences of one date as lines, one an event;
- ``timeline_groups``: the entries of one event merged (a coarser date, a year apart, year-less).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from storyline.brief.text import content_words, in_furniture, sentence_at, sentences_of, strip_span
from storyline.brief.timeline_acts import act_of
from storyline.brief.timeline_anchors import place_weekdays
from storyline.brief.timeline_clauses import own_clause
from storyline.brief.timeline_days_after import day_after
from storyline.brief.timeline_filters import (
    COUNTED,
    another_clock,
    clock_of_a_thing,
    files_no_sentence,
    schedule_broken,
)
from storyline.brief.timeline_groups import Group, merge_groups
from storyline.brief.timeline_later import clock_later
from storyline.brief.timeline_lines import Told, common_words, event_lines, gist_of, quoting, span_text, told_alike
from storyline.brief.timeline_names import named_days, of_named_day, tells_named_day
from storyline.brief.timeline_starts import end_words, start_of
from storyline.brief.timeline_values import (
    CLOCK,
    LATER_THAN_ANY,
    WEEKDAY_VALUE,
    YEARLESS,
    day_of,
    part_of,
    period,
    story_day,
    value_of,
    with_year,
)
from storyline.calendar_words import MONTHS, month_openings
from storyline.compare.scheduled import event_of
from storyline.extract.dating import year_settled
from storyline.extract.timex_tense import tense_direction
from storyline.extract.timex_undated import lasted_since
from storyline.model import Analysis, Article, Span, TimeExpr, TimelineEntry

# ``period`` is the timeline's reading of a calendar value, which the renderers share
__all__ = ["BACKGROUND_DAYS", "build_timeline", "period", "place_approximate"]

# a year the expression itself writes: "June 29, 2022", "in 2021", "2023-05-03"
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def place_approximate(entry: TimelineEntry) -> bool:
    """Whether an entry's place in the timeline is only approximate: a weekday of no known week
    ("XXXX-WXX-2", "XXXX-WXX-2T14:10"), ordered by the tense it is told in (``place_weekdays``), not by its day.
    A renderer says so beside the entry ("year unknown, place approximate")."""
    return WEEKDAY_VALUE.match(entry.value) is not None


def build_timeline(articles: Sequence[Article], analyses: Sequence[Analysis]) -> tuple[TimelineEntry, ...]:
    """Timeline entries for one story, sorted by date (see the module docstring)."""
    texts = {a.id: a.text for a in articles}
    by_id = {a.article: a for a in analyses}
    groups: dict[str, Group] = {}
    near = story_day(articles)
    weekdays = place_weekdays(articles, analyses)
    # the weekdays of the story's news are of no known month: a year-less day to come goes after them
    week_open = bool(weekdays) and not any(YEARLESS.match(v) for v, _ in weekdays.values())
    written_day = _latest_written_day(articles, analyses) if near is None else None
    named = named_days(articles, analyses, near)  # "the Jan. 6 attack": no day of the story's year
    for article in articles:
        analysis = by_id.get(article.id)
        if analysis is None:
            continue
        furniture = [f.span for f in analysis.furniture]
        settled = year_settled(article.published)
        sentences = sentences_of(article, analysis)
        clocked: set[tuple[int, str]] = set()  # (sentence start, day) of the clock times filed so far
        filed: set[int] = set()  # the starts of the sentences filed so far
        last_clock: tuple[str, Span, tuple[date, date]] | None = None  # the clock time filed last, its sentence
        act_days = _act_days(article, analysis, sentences, weekdays, near)
        for tx in sorted(analysis.timexes, key=lambda t: t.span.start):
            # a value left open in a report with no date may be placed from the story's day ("last year")
            placed = (article.id, tx.span.start) in weekdays
            later = _counted_clock(article.text, sentences, tx, last_clock)  # "Two hours later, ..."
            later = later or _counted_day(article.text, sentences, tx, analysis.timexes, near)  # "four days after"
            if later is None and (tx.type not in ("DATE", "TIME") or not (tx.value or placed)):
                continue
            if tx.span.article != article.id or of_named_day(tx, named):
                continue
            told_value = later[0] if later else value_of(tx)
            bounds: tuple[date, date] | None
            if later is not None:
                value, bounds = later
            elif placed:
                value, bounds = weekdays[(article.id, tx.span.start)]
            elif near is None and week_open and YEARLESS.match(_day_part(told_value)) and _ahead(article.text, tx):
                value, bounds = told_value, period(f"{AFTER_OPEN_WEEKS}{told_value[4:]}")
            elif written_day is not None and YEARLESS.match(_day_part(told_value)):
                # "in August" beside "October 28, 2023"; so a clock time of a year-less day ("0:30am on June 10")
                value, bounds = with_year(told_value, written_day)
            else:
                value, bounds = with_year(told_value, near, _told_past(article.text, tx))
            if bounds is None or tx.span.end > len(article.text) or tx.span.start >= tx.span.end:
                continue
            if in_furniture(tx.span, furniture):
                continue
            sent = sentence_at(tx.span, sentences) or tx.span
            sent = strip_span(article.text, sent)
            if files_no_sentence(article.text, sent, tx, analysis.timexes, value):
                continue
            if schedule_broken(article.text, sent, tx, value) or clock_of_a_thing(article.text, tx, value):
                # "scheduled to begin at 4 p.m., it began earlier"; "prompting a 10 p.m. curfew"
                value = _day_part(value)
            if (moved := _on_act_day(article.text, sent, tx, value, analysis.timexes, act_days)) is not None:
                value, bounds = moved  # "The initial explosion ... occurred about 1 a.m." of "The Wednesday blasts"
            sent = own_clause(article.text, sent, tx, analysis.timexes)  # "... and MP Kory broke ... on Wednesday"
            if another_clock(value, sent, clocked) or (COUNTED.search(tx.text) and sent.start in filed):
                continue
            filed.add(sent.start)
            group = groups.setdefault(value, Group(value, bounds[0], bounds[1]))
            # "1544 GMT" writes a clock time, not the year 1544: only a value with its year can have it written
            written = _WRITTEN_YEAR.search(tx.text) is not None and value == tx.value and value[:1].isdigit()
            event = event_of(article.text, tx.span.start, tx.span.end)
            act, act_main = act_of(article.text, sent, tx.span)
            # a year or month counted from the story's day, its year known ("last year": ``place_weekdays``)
            # or counted by extraction from the report's own news day, which the story's agrees with
            counted = placed and (tx.value in (None, "XXXX") or (tx.value == value and value[:1].isdigit()))
            # a sentence of a well-known past day ("his speech on Jan. 6") tells no day of the report's year
            year_of_report = settled and not tells_named_day(sent, analysis.timexes, named)
            group.add(Told(sent, content_words(article.text[sent.start : sent.end]),
                            ((year_of_report or written) and value == told_value) or counted, written,
                            frozenset([event[0]] if event and sent.start <= event[1] else []),
                            gist_of(article.text, sent, tx, analysis.timexes), part_of(tx), act, act_main,
                            start_of(article.text, sent, tx.span), end_words(article.text, sent, tx.span)))
            if CLOCK.match(value):
                last_clock = (value, sent, bounds)
    report_days = frozenset(d.isoweekday() for a in articles
                            if year_settled(a.published) and (d := day_of(a.published.value)) is not None)
    merged = merge_groups(list(groups.values()), common_words({g.value: g.told for g in groups.values()}), report_days)
    common = common_words({g.value: g.told for g in merged})
    entries = []
    for g in sorted(merged, key=lambda g: (g.first, g.last, g.clock)):
        if not any(t.stated for t in g.told) and len(g.value) == 4:
            continue  # "last year" of an assumed year places nothing
        told = sorted(g.told, key=lambda t: quoting(span_text(t.span, texts)))
        disputed = tuple(t.span for t in g.other_year)  # shown on the entry's first line, not as support
        lines = [alike for line in event_lines(told, common)
                 for alike in told_alike([(t.span, t.stated) for t in line], texts)]
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


def _act_days(
    article: Article,
    analysis: Analysis,
    sentences: Sequence[Span],
    weekdays: dict[tuple[str, int], tuple[str, tuple[date, date]]],
    near: date | None,
) -> dict[str, dict[str, tuple[date, date]]]:
    """The whole days a report gives each one-time act on (``timeline_acts``: "The Wednesday blasts", "exploded on
    Wednesday"), as act -> value -> its first and last day: where a clock time of the act that names no day of its
    own goes (``_on_act_day``)."""
    out: dict[str, dict[str, tuple[date, date]]] = {}
    for tx in analysis.timexes:
        if tx.type != "DATE" or tx.span.end > len(article.text) or "T" in (value_of(tx) or "T"):
            continue
        key = (article.id, tx.span.start)
        past = _told_past(article.text, tx)
        value, bounds = weekdays[key] if key in weekdays else with_year(value_of(tx), near, past)
        if bounds is None or not _A_DAY.match(value):
            continue
        sent = strip_span(article.text, sentence_at(tx.span, sentences) or tx.span)
        act, _main = act_of(article.text, sent, tx.span)
        if act:
            out.setdefault(act, {})[value] = bounds
    return out


# a day's value: "2019-11-27", "XXXX-11-27", "XXXX-WXX-3"
_A_DAY = re.compile(r"^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|WXX-[1-7])$")


def _on_act_day(
    text: str,
    sent: Span,
    tx: TimeExpr,
    value: str,
    timexes: Sequence[TimeExpr],
    act_days: dict[str, dict[str, tuple[date, date]]],
) -> tuple[str, tuple[date, date]] | None:
    """The value and bounds of a clock time moved to the one day its report gives the clock's act on, when the
    clock names no day and its sentence none either ("The initial explosion ... occurred about 1 a.m.", a
    paragraph after "The Wednesday blasts, 13 hours apart, blew out windows"): extraction puts such a clock time on
    the day the report tells of most, which in a report of the day after is the day of its statements ("told
    KFDM on Thursday"), not of the act. None when the report gives the act no day, or more than one, or the
    clock's day already is it."""
    clock = CLOCK.match(value)
    if tx.type != "TIME" or clock is None or _DAY_WORDS.search(tx.text):
        return None
    if any(t is not tx and t.type == "DATE" and sent.start <= t.span.start < sent.end for t in timexes):
        return None
    act, _main = act_of(text, sent, tx.span)
    days = act_days.get(act, {}) if act else {}
    if len(days) != 1:
        return None
    day, bounds = next(iter(days.items()))
    if value.startswith(day + "T"):
        return None
    return f"{day}T{value.partition('T')[2]}", bounds


# a clock time's own words that name its day: "1 a.m. Wednesday", "6 p.m. on Nov. 2", "noon today"
_DAY_WORDS = re.compile(r"(?i:day|tonight|yesterday|tomorrow|\d{4}|\b" + month_openings() + r")")


def _counted_clock(
    text: str, sentences: Sequence[Span], tx: TimeExpr, last: tuple[str, Span, tuple[date, date]] | None
) -> tuple[str, tuple[date, date]] | None:
    """The clock value and bounds a count of hours opening a sentence gives it ("Two hours later, ...": its
    report's clock time filed in the sentence before, moved on: ``timeline_later``), else None."""
    if tx.type != "DURATION" or last is None:
        return None
    sent = strip_span(text, sentence_at(tx.span, sentences) or tx.span)
    value = clock_later(text, sent, tx, (last[0], last[1]))
    return (value, last[2]) if value is not None else None


def _counted_day(
    text: str, sentences: Sequence[Span], tx: TimeExpr, timexes: Sequence[TimeExpr], near: date | None
) -> tuple[str, tuple[date, date]] | None:
    """The day and bounds a count of days after a thing dated just before gives its sentence ("resigned four days
    after that hearing", after "a Dec. 5 congressional hearing": ``timeline_days_after``), else None."""
    if tx.type != "DURATION":
        return None
    sent = strip_span(text, sentence_at(tx.span, sentences) or tx.span)
    value = day_after(text, sentences, sent, tx, timexes)
    if value is None:
        return None
    dated, bounds = with_year(value, near, True)
    return (dated, bounds) if bounds is not None else None


def _latest_written_day(articles: Sequence[Article], analyses: Sequence[Analysis]) -> date | None:
    """The latest day the story's reports write with its year ("Tuesday, May 14, 2024", "on October 28, 2023"),
    outside page furniture, or None: in a story none of whose reports' dates is known, the year its news is told
    in.

    A day a report tells the news has lasted since ("held captive since October 7, 2023") is none, wherever the
    story writes it: the news is some span later that no report tells, maybe years, so the day's year is not the
    news's ("his second term in January", told beside "abducted on October 7, 2023" and "held since" it, would
    otherwise be placed in the January after the abduction)."""
    texts = {a.id: a.text for a in articles}
    days: list[date] = []
    since: set[date] = set()
    for analysis in analyses:
        furniture = [f.span for f in analysis.furniture]
        text = texts.get(analysis.article)
        for tx in analysis.timexes:
            if tx.type not in ("DATE", "TIME") or not _WHOLE_DAY.match(tx.value or ""):
                continue
            if text is None or in_furniture(tx.span, furniture) or (d := day_of(tx.value)) is None:
                continue
            if lasted_since(text, tx.span.start):
                since.add(d)
            elif tx.span.article in texts and _WRITTEN_YEAR.search(tx.text):
                days.append(d)
    return max((d for d in days if d not in since), default=None)


# the year that orders a year-less day to come after the weekdays of the story's news, which follow every
# year-less month and day (``place_weekdays``); a leap year, as ``LATER_THAN_ANY`` is
AFTER_OPEN_WEEKS = LATER_THAN_ANY + 4


def _day_part(value: str) -> str:
    """A value less its clock time: "XXXX-12-11T15:00" is told of XXXX-12-11."""
    return value.partition("T")[0]


def _told_past(text: str, tx: TimeExpr) -> bool:
    """Whether a date is told as past ("the council voted on Jan. 6"): a year-less one then takes no year after the
    story's day (``with_year``)."""
    return tense_direction(text, tx.span.start, tx.span.end) < 0


def _ahead(text: str, tx: TimeExpr) -> bool:
    """Whether a year-less month or day is told as one to come ("planned to apply for approval by the end of its
    business year on March 31"): in a story whose news is told by weekdays alone it lies after them, not
    before them as a month told of the past does ("a range the council in December said would ...")."""
    return tense_direction(text, tx.span.start, tx.span.end) > 0


# how long before the story's latest day a date is only background ("a salary reported in 2020" in a 2023 story)
BACKGROUND_DAYS = 365


def _mark_background(entries: list[TimelineEntry], articles: Sequence[Article]) -> tuple[TimelineEntry, ...]:
    """The entries marked ``background`` when they lie more than ``BACKGROUND_DAYS`` before the story's latest
    day: its latest report date, else its latest entry of a whole day (a year or a month may be one to come:
    "by 2030"). In a story whose own days are told without a year (year-less entries, and no report's date
    known), a year alone ("titles in 1995, 2007 and 2019") is background too: news names the current year's days
    without it; but not a year told as one to come ("will complete the purchase in 2032", ``_year_to_come``). So
    is a month of no known year told as past ("An explosion in March left one dead") where the story tells its
    news by weekdays (``_month_past``)."""
    days = [d for a in articles if (d := day_of(a.published.value)) is not None]
    undated = not days
    if not days:
        days = [b[1] for e in entries if _WHOLE_DAY.match(e.value) and (b := period(e.value)) is not None]
    latest = max(days, default=None)
    year_less = undated and any(e.value.startswith("XXXX") for e in entries)
    weeks = any(place_approximate(e) for e in entries)  # its news told by weekdays of no known week
    out = []
    for e in entries:
        bounds = period(e.value)
        old = latest is not None and bounds is not None and (latest - bounds[1]).days > BACKGROUND_DAYS
        earlier_year = year_less and _YEAR_ONLY.match(e.value) is not None and not _year_to_come(e, articles)
        earlier_month = year_less and weeks and _MONTH_ONLY.match(e.value) is not None and _month_past(e, articles)
        out.append(replace(e, background=True) if old or earlier_year or earlier_month else e)
    return tuple(out)


def _month_past(entry: TimelineEntry, articles: Sequence[Article]) -> bool:
    """Whether every sentence of a year-less month's entry tells the month as past ("An explosion at a chemical
    plant in March left one person dead"): a month named without its day, told of the past, in a story whose news
    is told by weekdays, is an earlier month than the news's (a report names the days of its own month by their
    day or weekday), so background; a month told as one to come is not."""
    texts = {a.id: a.text for a in articles}
    month = int(entry.value[5:7])
    for span in entry.support:
        text = texts.get(span.article, "")
        named = [m for m in _MONTH_NAME.finditer(text, span.start, span.end) if _month_number(m.group()) == month]
        if not named or any(tense_direction(text, m.start(), m.end()) >= 0 for m in named):
            return False
    return True


def _month_number(name: str) -> int:
    """The month (1 January) a month's name or abbreviation names ("Sept.", "March")."""
    return [m[:3].lower() for m in MONTHS].index(name[:3].lower()) + 1


def _year_to_come(entry: TimelineEntry, articles: Sequence[Article]) -> bool:
    """Whether a sentence of the entry tells its year as one to come ("will buy the foundry ... to make it a
    wholly owned subsidiary in 2032"): a plan of the story, not what led up to it."""
    texts = {a.id: a.text for a in articles}
    for span in entry.support:
        text = texts.get(span.article, "")
        for m in re.finditer(rf"(?<!\d){entry.value}(?!\d)", text[span.start : span.end]):
            at = span.start + m.start()
            if tense_direction(text, at, at + len(entry.value)) > 0:
                return True
    return False


_YEAR_ONLY = re.compile(r"^\d{4}$")
# a month of an unknown year, with no day: "XXXX-03"
_MONTH_ONLY = re.compile(r"^XXXX-\d{2}$")
_MONTH_NAME = re.compile(r"\b" + month_openings() + r"[a-z]*\b\.?")
_WHOLE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
