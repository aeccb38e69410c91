"""Time expressions: recognition and TIMEX3 normalization, anchored on the report's publication date.

``extract_timexes`` finds DATE, TIME, DURATION and SET expressions with regular expressions (the rule
tables in ``timex_rules`` and ``timex_relative``), keeps the longest non-overlapping matches, and resolves
each against ``article.published``: "last Wednesday" in a report of Wednesday 2023-05-10 is 2023-05-03,
"last week" 2023-W18, "In April" (past tense) 2023-04, "more than seven hours" PT7H. Without a publication
date, values that need one stay underspecified ("XXXX-05-03", "XXXX-WXX-3", "earlier this week" ``XXXX-WXX``,
"last weekend" ``XXXX-WXX-WE``: ``timex_undated.open_weeks``) or None, while written dates
("June 29, 2022") still resolve; a dateline's month and day without a year ("LANZHOU, July 22 (Xinhua)
--") stands in for the date, and what is counted from it has no year ("Monday morning" ``XXXX-07-22TMO``;
``timex_undated``). A day and the clock time written with it ("July 11 at 10am ET", "5 p.m. EST, Nov. 6",
"noon Friday, July 19") are one TIME expression, as TimeBank marks them; a clock time written alone is on the
day the text tells of most, else on the report's day. A weekday written beside its month and day ("on
Saturday (Nov 18)", "on Wednesday morning, March 27") is that day when the calendar agrees, even a day after
the report's date. In a report with no date, a month and day written with its weekday takes the year of the
last day the text wrote out with its year when it lies within a week of it and the weekday agrees ("overnight
on July 18, 2024 ... as of noon Friday, July 19": 2024-07-19T12:00, for July 19, 2024 was a Friday).

The method follows the shape of HeidelTime (Strötgen & Gertz 2010): rules per expression type, then a
normalization that reads the tense around an underspecified expression to choose its direction. It is our
own, written for speed: plain text only, so that a report can be re-anchored cheaply when its date is
settled later (``storyline.extract.dating.refine_story``). A spaCy ``Doc`` may be passed but is not used
for values, so that the first reading and a re-anchored one always agree.

A quarterly report's "the latest period" and "a year ago" are counted from the quarter it last named by number as
done ("its fiscal first quarter"), else from the quarter before the report's date (``_of_named_quarter``).

Anaphoric expressions ("the next day", "that night", "the following week"; ``timex_anaphora``) are counted
from the last date the text wrote out or counted from the report's date before them, the narrative's
reference time in TimeML's practice, and from the report's date where none precedes.

Does not find event-anchored expressions ("two days after the vote", "the day before the vote"), but for one
day that restates the day before it ("on Saturday evening, a day after the quake": Saturday). The words of a
title are no time ("NBC's “The Tonight Show”"; ``timex_names``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.extract import timex_calendar as cal
from storyline.extract import timex_undated as undated
from storyline.extract.timex_anaphora import ANAPHORA_RULES, PODS, resolve_told
from storyline.extract.timex_calendar import parse_anchor
from storyline.extract.timex_names import in_title
from storyline.extract.timex_relative import RELATIVE_RULES
from storyline.extract.timex_rules import DATE_RULES, Mention
from storyline.extract.timex_tense import quoted_stretches, sentence_at, sentence_bounds, tense_direction
from storyline.model import Article, Span, TimeExpr

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

__all__ = ["Mention", "extract_timexes", "find_mentions", "resolve_mentions", "weekday_beside"]

# anaphoric rules before the relative ones: "the previous week" is counted from the narrative's time
_RULES = DATE_RULES + ANAPHORA_RULES + RELATIVE_RULES


# Every rule's match holds one of its trigger words. Scanning for the triggers first and running each rule
# only in windows around its own triggers makes the stage several times faster: a long report holds few
# month names, but its digits and unit words are spread all over.
_TRIGGER_WORDS = {
    "unit": "second seconds minute minutes min mins hour hours day days night nights week weeks weekend weekends"
    " month months quarter quarters year years decade decades century centuries hourslong dayslong weekslong"
    " monthslong yearslong decadeslong",
    "month": "January Jan February Feb March Mar April Apr May June Jun July Jul August Aug September Sept Sep"
    " October Oct November Nov December Dec",
    "weekday": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "ref": "now current currently recent recently lately nowadays present presently future past soon term days",
    "day": "today tonight tomorrow yesterday",
    "pod": "morning afternoon evening night lunchtime",
    "clock": "am pm a.m p.m noon midnight",
    "set": "daily nightly weekly biweekly monthly yearly hourly every each per once twice times",
    "season": "spring summer fall autumn winter",
    "holiday": "Christmas Thanksgiving Halloween Independence Labor Memorial Valentine New",
    "quarter": "quarter half period year-ago year-earlier",
    "century": "century",
    "spelled": "nineteen thousand",
    "decade": "Thirties Forties Fifties Sixties Seventies Eighties Nineties",
}
# word -> the trigger kinds it fires; names (months, weekdays, holidays) only when capitalized
_KINDS: dict[str, set[str]] = {}
for _kind, _words in _TRIGGER_WORDS.items():
    for _w in _words.split():
        _KINDS.setdefault(_w if _w[0].isupper() else _w.lower(), set()).add(_kind)
# one pass over the lowercased text: longest words first so that "months" is not cut to "month"
# (an "am"/"pm" glued to its figure, "12:42pm", has no word boundary before it: the last branch finds it)
_TOKEN = re.compile(
    r"\d+|\b(?:" + "|".join(re.escape(w.lower()) for w in sorted(_KINDS, key=len, reverse=True)) + r")\b"
    r"|(?<=\d)(?:am|pm|a\.m|p\.m)\b"
)
# which triggers each builder's matches hold; a builder not named here runs near every trigger
_NEEDS = {
    "_iso_date": ("digit",),
    "_full_date": ("month",), "_month_day": ("month",), "_month_year": ("month",), "_month_rel_year": ("month",),
    "_bare_month": ("month",), "_weekday": ("weekday",), "_year": ("digit",), "_decade": ("digit", "decade"),
    "_century": ("century",), "_season": ("season",), "_holiday": ("holiday",), "_clock": ("clock",),
    "_clock24": ("digit",), "_year_in_span": ("digit",),
    "_rel_unit": ("unit",), "_the_weekend": ("unit",), "_day_word": ("day",), "_part_of_day": ("pod",),
    "_ago": ("unit",), "_set": ("set",), "_duration": ("unit",), "_bare_units": ("unit",), "_units_long": ("unit",),
    "_units_earlier": ("unit",),
    "_quarter": ("quarter",), "_year_ago_quarter": ("quarter", "unit"), "_the_quarter": ("quarter",),
    "_ref": ("ref",), "_end_of": ("unit",), "_spelled_year": ("spelled",), "_year_ended": ("unit",),
    "_that": ("unit", "pod"), "_same": ("unit", "pod"), "_next": ("unit", "pod"), "_before_after": ("unit", "pod"),
    "_part_told": ("pod",),
}  # fmt: skip
_ALL = ("digit", *_TRIGGER_WORDS)
_URL = re.compile(r"(?i:https?://|www\.)\S+")
_REACH = 48  # no expression reaches further than this from its trigger word


def _triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """The spans of trigger words in ``text``, by kind, in one pass over its lowercased copy."""
    out: dict[str, list[tuple[int, int]]] = {kind: [] for kind in _ALL}
    for m in _TOKEN.finditer(text.lower()):
        start = m.start()
        if text[start].isdigit():
            out["digit"].append(m.span())
            continue
        word = text[start : m.end()]
        for kind in _KINDS.get(word, ()) or _KINDS.get(word.lower(), ()):
            out[kind].append(m.span())
    return out


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` ranges around trigger spans."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        start, end = max(0, s - _REACH), min(len(text), e + _REACH)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def find_mentions(text: str) -> list[Mention]:
    """All time expressions in ``text``, in text order, longest match first where two overlap (a new list)."""
    return list(_mentions(text))


# A report's expressions are read for its date (``dating.infer_published``), its time expressions and its
# story's dating (``dating.refine_story``): found once per text, while a batch of reports is read. Mentions
# are frozen and their resolvers depend on the anchor alone, so sharing them changes nothing.
@lru_cache(maxsize=512)
def _mentions(text: str) -> tuple[Mention, ...]:
    found: list[tuple[int, int, Mention]] = []
    triggers = _triggers(text)
    cache: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for priority, (pattern, build) in enumerate(_RULES):
        needs = _NEEDS.get(getattr(build, "__name__", ""), _ALL)
        if needs not in cache:
            cache[needs] = _windows(text, [span for kind in needs for span in triggers[kind]])
        for start, end in cache[needs]:
            for match in pattern.finditer(text, start, end):
                mention = build(match, text)
                # "NBC's “The Tonight Show”", "Saturday Night Live": a title's words are no time
                if mention is not None and not in_title(text, mention.start, mention.end):
                    found.append((mention.end - mention.start, -priority, mention))
                    if (alone := _clock_alone(pattern, build, match, text)) is not None:
                        found.append((alone.end - alone.start, -priority, alone))
    # longest first; on equal length, the earlier rule (dates before durations)
    found.sort(key=lambda item: (-item[0], -item[1], item[2].start))
    taken: list[Mention] = []
    # a date inside a web address ("example.com/2010-12-08/news") is part of a name, not a time the text tells
    occupied: list[tuple[int, int]] = [u.span() for u in _URL.finditer(text)]
    for _length, _priority, mention in found:
        if any(mention.start < e and s < mention.end for s, e in occupied):
            continue
        occupied.append((mention.start, mention.end))
        taken.append(mention)
    taken.sort(key=lambda m: m.start)
    return tuple(_restating(text, _join_day_clock(text, taken)))


# what sets a clock time's weekday off from it: "noon Friday", "3 p.m. on Friday"
_BEFORE_WEEKDAY = re.compile(r"(?i:,?\s+(?:on\s+)?)$")


def _clock_alone(
    pattern: re.Pattern[str], build: Callable[[re.Match[str], str], Mention | None], match: re.Match[str], text: str
) -> Mention | None:
    """The clock time of a clock time read with its weekday ("noon Friday"), read alone ("noon"), for where a
    longer expression holds the weekday: "as of noon Friday, July 19" is the month and day with their clock
    time (``_join_day_clock``), not the month and day alone."""
    if match.groupdict().get("wd") is None:
        return None
    cut = _BEFORE_WEEKDAY.search(text, match.start(), match.start("wd"))
    if cut is None:
        return None
    alone = pattern.match(text, match.start(), cut.start())
    return build(alone, text) if alone is not None and alone.end() == cut.start() else None


# a day counted from an event, set off by a comma after the day: "on Saturday evening, a day after the quake"
# (a longer length is no restatement: "resumed work Friday, nearly two months after his team was blocked")
_APPOSITION = re.compile(r",[ \t]*")
_ONE_DAY = re.compile(r"(?i:(?:a|one)\s+day)")
_SOME_DAY = date(2001, 1, 1)  # an anchor to read the shape of a value by: is it a day?
_COUNTED_FROM = re.compile(r"[ \t]+(?:after|before)\b")


def _restating(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a day that restates the day before it as one from an event made that day (kind
    ``same``: ``resolve_mentions`` gives it the day's value). A length told alone ("a day after the quake, crews
    arrived") is left a duration: TimeBank marks it so, and the event's day is not known here."""
    out = list(mentions)
    for i in range(1, len(out)):
        m, before = out[i], out[i - 1]
        if (
            m.type == "DURATION"
            and _ONE_DAY.fullmatch(text, m.start, m.end)
            and before.type in ("DATE", "TIME")
            and _DAY_OF_VALUE.match(before.resolve(_SOME_DAY) or "")
            and _APPOSITION.fullmatch(text, before.end, m.start)
            and _COUNTED_FROM.match(text, m.end)
        ):
            out[i] = replace(m, type="DATE", kind="same", resolve=_unresolved)
    return out


def _unresolved(_anchor: date | None) -> str | None:
    return None


# what joins a day and its clock time into one expression: "July 11 at 10am ET", "Friday, 17:42 GMT",
# a stamp's "Thu, 10 Aug, 2023 - 11:56", "5 p.m. EST, Nov. 6", "10 a.m. on July 11" (a weekday after a
# clock time is the clock rule's own)
_DAY_THEN_CLOCK = re.compile(r"(?i:,?\s+(?:at\s+)?|\s+[-–|]\s+)")
_CLOCK_THEN_DAY = re.compile(r"(?i:,?\s+(?:on\s+)?)")
_DAY_SHAPE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|WXX-[1-7])(?:T(?:MO|AF|EV|NI))?$")


def _join_day_clock(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join a day and the clock time written next to it into one TIME expression, as TimeBank marks
    "10 p.m. Wednesday" and "5 p.m. EST, Nov. 6".

    The joined mention keeps the day's kind, key and direction (so that dating reads it as the day it names)
    and resolves to the day's value with the clock's time. Only days that name no clock of their own join.
    """
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        joined = None
        if b is not None:
            if _is_day(a) and b.kind == "clock" and _DAY_THEN_CLOCK.fullmatch(text, a.end, b.start):
                joined = _joined(a, b, a.start, b.end)
            elif a.kind == "clock" and _is_day(b) and _CLOCK_THEN_DAY.fullmatch(text, a.end, b.start):
                joined = _joined(b, a, a.start, b.end)
        if joined is None:
            out.append(a)
            i += 1
        else:
            out.append(joined)
            i += 2
    return out


def _is_day(m: Mention) -> bool:
    """Whether a mention is a day named with its month or weekday ("July 11", "Friday"), whatever the anchor."""
    return m.type == "DATE" and m.kind in ("abs", "md", "wd") and bool(_DAY_SHAPE.match(m.resolve(None) or ""))


def _joined(day: Mention, clock: Mention, start: int, end: int) -> Mention:
    def resolve(anchor: date | None) -> str | None:
        day_value, clock_value = day.resolve(anchor), clock.resolve(anchor)
        if day_value is None or clock_value is None or "T" not in clock_value:
            return clock_value
        time = clock_value[clock_value.index("T") :]
        if day_value.endswith("TNI") and time[1:3] < "06":
            day_value = _next_day(day_value)  # "Friday night at 2:30 a.m.": the small hours of Saturday
        return day_value.split("T")[0] + time

    return replace(day, start=start, end=end, type="TIME", resolve=resolve)


def _next_day(value: str) -> str:
    """The day after a day's value ("2031-03-07TNI" -> "2031-03-08", "XXXX-WXX-5TNI" -> "XXXX-WXX-6"); a
    year-less month and day stays as it is (whether February has a 29th is not told)."""
    day = value.split("T")[0]
    if day.startswith("XXXX-WXX-"):
        return f"XXXX-WXX-{int(day[-1]) % 7 + 1}"
    try:
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    except ValueError:
        return day


# a weekday written beside its month and day, as two expressions: in brackets ("on Friday night (Nov 3)", "on
# Nov. 3 (Friday)"), or after the part of the day it names ("on Wednesday morning, March 27, that"); "Wednesday,
# March 27" is one expression already
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_COMMA = re.compile(r",\s*")
_PART_OF_DAY_END = re.compile(r"(?i:\s(?:morning|afternoon|evening|night|overnight))$")


def weekday_beside(text: str, m: Mention, mentions: list[Mention] | tuple[Mention, ...]) -> Mention | None:
    """The weekday written beside the month and day ``m`` (see above), or None.

    "last Friday (Nov 3)" names the day by its week, not the calendar's: no pair. Does not check that the
    weekday and the date agree; that needs the year.
    """
    for w in mentions:
        if w.kind != "wd" or w.key[1]:
            continue
        if w.end <= m.start and _BRACKET_OPEN.fullmatch(text, w.end, m.start) and _BRACKET_CLOSE.match(text, m.end):
            return w
        if m.end <= w.start and _BRACKET_OPEN.fullmatch(text, m.end, w.start) and _BRACKET_CLOSE.match(text, w.end):
            return w
        parted = _PART_OF_DAY_END.search(text, w.start, w.end) is not None
        if parted and w.end <= m.start and _COMMA.fullmatch(text, w.end, m.start):
            return w
    return None


def _written_days(text: str, mentions: list[Mention]) -> dict[int, Mention]:
    """The month and day written beside each weekday that has one (``weekday_beside``), by the weekday's index;
    a day written with its year counts too ("no later than Monday morning, March 13, 2031")."""
    index = {id(w): i for i, w in enumerate(mentions)}
    out = {}
    for m in mentions:
        if m.kind not in ("md", "abs") or m.type != "DATE":
            continue
        if (w := weekday_beside(text, m, mentions)) is not None:
            out[index[id(w)]] = m
    return out


_FULL_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _on_written_day(value: str | None, written: str | None, weekday: int) -> str | None:
    """A weekday's value on the month and day written beside it, when the two agree ("Saturday (Nov 18)" in a
    report dated Friday, Nov 17: Nov 18, not the Saturday before); its own value otherwise, or when the year
    is unknown (which weekday Nov 18 is depends on it)."""
    found = _FULL_DAY.match(written or "")
    if value is None or written is None or found is None:
        return value
    y, mo, d = (int(g) for g in found.groups())
    if not cal.valid_day(y, mo, d) or date(y, mo, d).weekday() != weekday:
        return value
    return written + (value[value.index("T") :] if "T" in value else "")


# a weekday an expression names: "noon Friday, July 19"
_WEEKDAY_NAMED = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_WEEKDAY_STEMS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
# how far from the day written with its year a month and day told with its weekday may lie and take that year
_WEEKDAY_YEAR_REACH = 7


def _year_by_weekday(words: str, month_day: tuple[int, ...], value: str, written: date) -> str:
    """A year-less month and day told with its weekday ("Friday, July 19") in the year of ``written``, the last
    day the text wrote with its year ("July 18, 2024"), when it lies within a week of it and falls on that
    weekday in that year: the weekday confirms the year the text gives. ``value`` as it is otherwise (a weekday
    that disagrees, or a day weeks away, tells nothing of the year)."""
    named = _WEEKDAY_NAMED.findall(words)
    month, mday = month_day[0], month_day[1]
    if len(named) != 1 or not cal.valid_day(written.year, month, mday):
        return value
    day = date(written.year, month, mday)
    if abs((day - written).days) > _WEEKDAY_YEAR_REACH or day.weekday() != _WEEKDAY_STEMS.index(named[0]):
        return value
    return f"{written.year:04d}{value[4:]}"


def resolve_mentions(article_id: str, text: str, mentions: list[Mention], anchor: date | None) -> tuple[TimeExpr, ...]:
    """``TimeExpr`` values for mentions, resolved against ``anchor`` (None: leave relative ones open)."""
    out: list[TimeExpr] = []
    beside = _written_days(text, mentions)
    told: list[tuple[int, date, int]] = []  # (end, day, grain) of the dates the text has named so far
    weekdays_told: list[tuple[int, int]] = []  # (end, weekday) of the weekdays of no known week named so far
    written: list[tuple[int, int]] = []  # (end, year) of the months and days written with their year
    written_days: list[date] = []  # the days written out with their year ("July 18, 2024"), in order
    # the times the narrative has told of, for "the next day" (timex_anaphora): none yet, the report's date
    # is the reference
    references: list[str | None] = []
    days_told: Counter[str] = Counter()  # the days the text tells of, and how often
    days_past: Counter[str] = Counter()  # those told in the past tense ("On Sunday, thieves carried out ...")
    quarters: list[str] = []  # the quarters the text has named by their number so far ("the first quarter")
    last_reference_end = 0
    for i, m in enumerate(mentions):
        value = m.resolve(anchor)
        if i in beside:
            value = _on_written_day(value, beside[i].resolve(anchor), m.key[0])
        if m.kind == "narr":
            value = _narrative_value(m, told, anchor) or _narrative_weekday(m, told, weekdays_told)
        elif m.kind == "ana" and references:
            value = resolve_told(m.key, references) or _same_weekday(text, m, references[-1], last_reference_end)
        elif m.kind == "same" and out and out[-1].value:
            # "on Saturday evening, a day after the quake": the day of the date it restates
            day = _DAY_OF_VALUE.match(out[-1].value)
            value = day.group(1) if day else out[-1].value
        elif m.kind == "md" and m.direction <= 0 and value and written:
            # "killed June 24, 2005 while investigating a June 20 shooting": the year just written holds
            end, year = written[-1]
            if _same_sentence(text, end, m.start) and cal.valid_day(year, *m.key[:2]):
                value = f"{year:04d}{value[4:]}"
        if anchor is None and m.kind == "md" and value and value.startswith("XXXX-") and written_days:
            value = _year_by_weekday(text[m.start : m.end], m.key[:2], value, written_days[-1])
        value = _of_named_quarter(text[m.start : m.end], value, quarters, tense_direction(text, m.start, m.end) < 0)
        if m.kind == "abs" and value and m.type == "DATE" and re.match(r"^\d{4}-\d{2}", value):
            written.append((m.end, int(value[:4])))
            if (day_written := _as_day(value)) is not None and day_written[1] == 3:
                written_days.append(day_written[0])
        if m.kind in ("abs", "md", "m", "wd") and value:
            named = _as_day(value.split("T")[0])
            if named is not None:
                told.append((m.end, *named))
            elif weekday := _WEEKDAY_OF_VALUE.match(value):
                weekdays_told.append((m.end, int(weekday.group(1)) - 1))
        if m.kind in REFERENCE_KINDS:
            references.append(value)
            last_reference_end = m.end
            if day := _DAY_OF_VALUE.match(value or ""):
                days_told[day.group(1)] += 1
                if tense_direction(text, m.start, m.end) < 0 and not undated.lasted_since(text, m.start):
                    days_past[day.group(1)] += 1
        out.append(
            TimeExpr(
                span=Span(article=article_id, start=m.start, end=m.end),
                text=text[m.start : m.end],
                type=m.type,
                value=value,
            )
        )
    main_day = _main_day(days_told)
    # the past day counts only where the day told most is never told as past ("will remain closed on Monday")
    past_day = _main_day(days_past, least=1) if main_day is not None and not days_past[main_day] else None
    return tuple(_clock_days(text, mentions, out, main_day, past_day))


# what may stand between a day and its clock time: "4 November 02:00 GMT", "Friday at 17:42", "0900 GMT on May 2",
# and the same time in another zone, in brackets: "11:11 pm (2211 GMT) Friday"
_DAY_CLOCK_GAP = re.compile(r"(?i:\)?\s*(?:\([^()]{1,24}\)\s*)?(?:,\s*)?(?:(?:at|on|from|until|by)\s+)?)")
_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|WXX-[1-7])$")
# a value that names a day, with or without its part or time of day: "2023-05-08", "XXXX-WXX-1TMO"
_DAY_OF_VALUE = re.compile(r"^((?:\d{4}|XXXX)-(?:\d{2}-\d{2}|WXX-[1-7]))(?:T.*)?$")


# a quarter named by its number ("the first quarter", "fourth-quarter", "its fiscal second quarter"); the quarter
# the report is about ("the quarter", "the latest period"); the same quarter a year before ("a year ago",
# "the year-earlier period")
_NAMED_QUARTER = re.compile(r"(?i:\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter)")
_THE_QUARTER = re.compile(r"(?i:the\s+(?:latest\s+|most\s+recent\s+)?(?:quarter|period))")
_YEAR_BEFORE = re.compile(r"(?i:\byear[\s-]+(?:ago|earlier)\b)")
_QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")


def _of_named_quarter(words: str, value: str | None, quarters: list[str], past: bool) -> str | None:
    """A quarterly report's "the quarter" and "a year ago" counted from the quarter it last named by number, and
    that quarter noted in ``quarters``: "its fiscal first quarter ... from $3 million a year ago" is the first
    quarter a year before, not the quarter before the report's date (the rules' guess, which holds where the
    text names none: a report on a quarter is written after it closes)."""
    if value is None or _QUARTER_VALUE.match(value) is None:
        return value
    if _NAMED_QUARTER.search(words):
        if past:
            quarters.append(value)
        return value
    if not quarters:
        return value
    named = quarters[-1]
    if _YEAR_BEFORE.search(words):
        return f"{int(named[:4]) - 1:04d}{named[4:]}"
    return named if _THE_QUARTER.fullmatch(words) else value


MAIN_DAY_MIN = 2  # how often the text must tell of a day for it to be the day of its events


def _main_day(days_told: Counter[str], least: int = MAIN_DAY_MIN) -> str | None:
    """The day the text tells of most often, at least ``least`` times and more than any other; or None."""
    ranked = days_told.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _clock_days(
    text: str, mentions: list[Mention], out: list[TimeExpr], main_day: str | None = None, past_day: str | None = None
) -> list[TimeExpr]:
    """A clock time that names no day of its own is put on a day the text names, the nearest first:

    1. the day written right before or after it: without it, "4 November 02:00 GMT" would put the time on the
       report's own day. The day may be the next but one when the clock time between is the first one's
       bracketed twin ("11:11 pm (2211 GMT) Friday");
    2. the day named nearest to it in its own sentence ("received the case at 3:15 p.m. and broke for dinner
       at 6 p.m. on Nov. 2": both on Nov. 2), a day joined with a clock time of its own included;
    3. the one day the sentence right before names, in the same paragraph: "fatally shot a man during a traffic
       stop Sunday afternoon. He was pulled over just before 2 p.m., police said." is Sunday's 2 p.m., though
       the report tells more often of the Monday its statements were made;
    4. for a clock time told in the past tense, ``past_day``, the day the text tells of in the past tense more
       often than any other, where the day it tells of most (``main_day``) is never told as past: "The robbers
       committed the act around 9:30 am" after "On Sunday, thieves ... carried out a brazen heist" is Sunday's
       9:30, though the report tells more often of the Monday the museum "will remain closed" (the act is told
       as past, the closure as to come);
    5. ``main_day``, the day of the events the text tells of when it names one day more often than any other
       (``_main_day``): in a report of Tuesday that tells of "Monday morning", "late Monday" and "late on
       Monday", "the quake struck at 7:45 a.m." is Monday's 7:45;
    6. for a clock time of the evening not told as to come, the one day the text names, when it names it by
       its evening or night (``_night_day``): "the NHC said on Wednesday night ... As of 9 pm ET, Milton was
       five miles north of Sarasota" is Wednesday's 9 p.m., though a report that tells of a night as gone by
       is dated the day after it;
    7. the one day its lead sentence names (``_lead_day``): news names the main event's day in its first
       sentence ("Late Friday, a quake rocked the mountains ... The quake occurred just after 11 p.m.");
    8. otherwise the report's own day, as the resolver gave it.

    With no anchor the day stays underspecified ("XXXX-WXX-5T23:11").
    """
    lead_day: str | None = None
    lead_read = False
    night_day = _night_day(mentions, out)
    for i, m in enumerate(mentions):
        value = out[i].value
        if m.kind != "clock" or value is None or "T" not in value:
            continue
        day = (
            _next_to(text, mentions, out, i)
            or _in_sentence(text, mentions, out, i)
            or _sentence_before(text, mentions, out, i)
            or (past_day if tense_direction(text, m.start, m.end) < 0 else None)
            or main_day
            or (night_day if _evening(value) and tense_direction(text, m.start, m.end) <= 0 else None)
        )
        if day is None:
            if not lead_read:
                lead_day, lead_read = _lead_day(text, mentions, out), True
            day = lead_day
        if day is not None:
            out[i] = replace(out[i], value=f"{day}{value[value.index('T') :]}")
    return out


EVENING_HOUR = 17  # a clock time from this hour on is of the evening or the night


def _evening(value: str) -> bool:
    """Whether a clock value ("2031-08-05T21:00") is of the evening or the night."""
    hour = re.match(r"\d\d", value[value.index("T") + 1 :])
    return hour is not None and int(hour.group(0)) >= EVENING_HOUR


def _night_day(mentions: list[Mention], out: list[TimeExpr]) -> str | None:
    """The one day the text names, when it names it by its evening or night ("Wednesday night"); None when it
    names no day, another day too, or the day by no part of it (see ``_clock_days``)."""
    days = {d for m, x in zip(mentions, out, strict=True) if (d := _named_day(m, x))}
    if len(days) != 1:
        return None
    pairs = zip(mentions, out, strict=True)
    evening = any(m.kind != "clock" and (x.value or "").endswith(("TNI", "TEV")) for m, x in pairs)
    return days.pop() if evening else None


def _next_to(text: str, mentions: list[Mention], out: list[TimeExpr], i: int) -> str | None:
    """The day written right before or after the clock time ``mentions[i]`` (see ``_clock_days``), or None."""
    m = mentions[i]
    for j in (i - 1, i + 1, i + 2):
        if not 0 <= j < len(out) or out[j].type != "DATE" or not _DAY_VALUE.match(out[j].value or ""):
            continue
        if j == i + 2 and (mentions[i + 1].kind != "clock" or text.find("(", m.end, mentions[i + 1].start) < 0):
            continue
        lo, hi = (out[j].span.end, m.start) if j < i else (m.end, out[j].span.start)
        if _DAY_CLOCK_GAP.fullmatch(text, lo, hi):
            return out[j].value
    return None


def _named_day(mention: Mention, expr: TimeExpr) -> str | None:
    """The day a mention names ("Nov. 2", "Friday evening", "6 p.m. on Nov. 2"), not a bare clock's own day."""
    if mention.kind == "clock" or expr.type not in ("DATE", "TIME"):
        return None
    day = _DAY_OF_VALUE.match(expr.value or "")
    return day.group(1) if day else None


def _in_sentence(text: str, mentions: list[Mention], out: list[TimeExpr], i: int) -> str | None:
    """The day named nearest to the clock time ``mentions[i]`` within its sentence, or None."""
    start, end = sentence_at(text, mentions[i].start)
    best: tuple[int, str] | None = None
    for j, other in enumerate(mentions):
        if j == i or other.start < start or other.end > end:
            continue
        day = _named_day(other, out[j])
        if day is None:
            continue
        gap = other.start - mentions[i].end if other.start >= mentions[i].end else mentions[i].start - other.end
        if best is None or gap < best[0]:
            best = (gap, day)
    return best[1] if best else None


def _sentence_before(text: str, mentions: list[Mention], out: list[TimeExpr], i: int) -> str | None:
    """The one day named in the sentence right before the clock time's own, when no line break parts them
    (see ``_clock_days``); None when that sentence names none or two different days. A day a state has lasted
    since ("Rain had fallen since Saturday.") is no day of the events."""
    start, _ = sentence_at(text, mentions[i].start)
    if start == 0:
        return None
    before, _ = sentence_at(text, start - 1)
    if "\n" in text[before:start]:
        return None
    days = {
        d
        for j, m in enumerate(mentions)
        if before <= m.start
        and m.end <= start
        and not undated.lasted_since(text, m.start)
        and (d := _named_day(m, out[j]))
    }
    return days.pop() if len(days) == 1 else None


LEAD_MIN_WORDS = 12  # a headline or a kicker above the lead is shorter than a lead sentence


def _lead_day(text: str, mentions: list[Mention], out: list[TimeExpr]) -> str | None:
    """The one day named in the text's lead: its first sentence of at least ``LEAD_MIN_WORDS`` words; None
    when the lead names no day or two different days."""
    for start, end in zip(sentence_bounds(text), (*sentence_bounds(text)[1:], len(text)), strict=True):
        if len(text[start:end].split()) < LEAD_MIN_WORDS:
            continue
        days = {d for m, x in zip(mentions, out, strict=True) if start <= m.start < end and (d := _named_day(m, x))}
        return days.pop() if len(days) == 1 else None
    return None


# what the narrative's reference time is taken from: dates written out or counted from the report's date
# ("yesterday", "last month"); not another anaphoric or narrative expression ("the day before" twice in a
# market report is the same day twice) and not a bare clock time (put on the report's own day)
REFERENCE_KINDS = ("abs", "md", "m", "wd", "rel")
_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
NARRATIVE_REACH = 600  # characters back to the date that "two years later" counts from


def _same_sentence(text: str, start: int, end: int) -> bool:
    return end - start <= 200 and re.search(r"[.!?][\"”’']?\s+[A-Z\"“]|\n", text[start:end]) is None


def _as_day(value: str) -> tuple[date, int] | None:
    """The first day of a calendar value and its grain (1 year, 2 month, 3 day); None for other values."""
    m = _VALUE.match(value)
    if m is None:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return date(year, month, day), 1 + (m.group(2) is not None) + (m.group(3) is not None)
    except ValueError:
        return None


# a weekday of no known week, as a report with no date gives "on Thursday": "XXXX-WXX-4", "XXXX-WXX-4TMO"
_WEEKDAY_OF_VALUE = re.compile(r"^XXXX-WXX-([1-7])(?:T.*)?$")
# a sentence's end inside a paragraph: a stop and space before the next sentence's first letter or quote mark
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘A-Z])")


def _same_weekday(text: str, m: Mention, reference: str | None, reference_end: int) -> str | None:
    """ "shot a man on Sunday. His mother spoke to marchers later that day": in a report with no date, "that
    day" (offset none, a day or a part of one) is the weekday last told of, when that weekday is written in the
    same sentence or the one before it, in the same paragraph; further back the day meant is not sure."""
    weekday = _WEEKDAY_OF_VALUE.match(reference or "")
    unit, offset, pod = m.key[0], m.key[1], m.key[2]
    if weekday is None or unit != 0 or offset != 0:
        return None
    between = text[reference_end : m.start]
    if "\n" in between or len(_SENTENCE_BREAK.findall(between)) > 1:
        return None
    return f"XXXX-WXX-{weekday.group(1)}" + (f"T{PODS[pod]}" if pod else "")
_A_MONDAY = date(2001, 1, 1)


def _narrative_weekday(m: Mention, told: list[tuple[int, date, int]], weekdays: list[tuple[int, int]]) -> str | None:
    """ "arrested on Thursday ... in connection with a shipwreck a day earlier", in a report with no date: the
    weekday counted from the weekday the text last named, when that is nearer than any date it named
    ("XXXX-WXX-3"); None when the count gives no day ("two years later") or no weekday is in reach."""
    near = [(end, weekday) for end, weekday in weekdays if m.start - end <= NARRATIVE_REACH]
    if not near or (told and told[-1][0] > near[-1][0]):
        return None
    value = m.resolve(_A_MONDAY + timedelta(days=near[-1][1]))
    day = _as_day(value or "")
    return f"XXXX-WXX-{day[0].isoweekday()}" if day is not None and day[1] == 3 else None


def _narrative_value(m: Mention, told: list[tuple[int, date, int]], anchor: date | None) -> str | None:
    """ "In 1983 ... Two years later" is 1985: count from the last date the text named, when one is near.

    With no date named in reach, the report's own date is the reference, as for "two years ago"; a date
    named too coarsely for the unit ("in 1983 ... four days later") gives no value rather than a guess.
    """
    near = [(day, grain) for end, day, grain in told if m.start - end <= NARRATIVE_REACH]
    if not near:
        return m.resolve(anchor)
    day, grain = near[-1]
    return m.resolve(day) if grain >= m.key[0] else None


def _quoted_today(text: str, mentions: list[Mention], out: tuple[TimeExpr, ...]) -> tuple[TimeExpr, ...]:
    """A "today" inside a quote is the day the quoted words were said, not the day a report was guessed to be
    from: in a report dated by inference, it takes the one earlier day the lead names ("Biden announced Sunday
    that he has pardoned his son ... 'Today, I signed a pardon,' the president said in a statement" is Sunday),
    unless its own sentence names a day."""
    lead = _lead_day(text, mentions, list(out))
    if lead is None:
        return out
    fixed = list(out)
    for i, m in enumerate(mentions):
        value = fixed[i].value or ""
        if text[m.start : m.end].lower() != "today" or not _DAY_VALUE.match(value) or value <= lead:
            continue
        s, e = sentence_at(text, m.start)
        quoted = any(qs <= m.start < qe for qs, qe in quoted_stretches(text, s, e))
        other = any(j != i and s <= n.start < e and _named_day(n, fixed[j]) for j, n in enumerate(mentions))
        if quoted and not other:
            fixed[i] = replace(fixed[i], value=lead)
    return tuple(fixed)


def extract_timexes(article: Article, doc: Doc | None = None) -> tuple[TimeExpr, ...]:
    """Time expressions of one article with TIMEX3 values anchored on its publication date.

    ``doc`` is accepted for the pipeline's uniform call but not needed (see the module docstring).
    """
    anchor = parse_anchor(article.published.value)
    mentions = find_mentions(article.text)
    if anchor is None and (stand_in := undated.stand_in_day(article.text, mentions)) is not None:
        # a dateline's month and day with no year ("LANZHOU, July 22 (Xinhua) --"): counted from it, year-less
        day, weekday_known = stand_in
        read = mentions if weekday_known else undated.without_weekdays(article.text, mentions)
        resolved = resolve_mentions(article.id, article.text, read, day)
        return undated.unknown_year(mentions, resolved, weekdays_known=weekday_known)
    resolved = resolve_mentions(article.id, article.text, mentions, anchor)
    if anchor is not None:
        return _quoted_today(article.text, mentions, resolved) if article.published.inferred else resolved
    resolved = undated.open_weeks(mentions, resolved)
    # a report that tells its news on a day written with its year and weekday counts "last year" from it
    news = undated.news_day(parse_anchor(article.published.low), resolved)
    return resolved if news is None else undated.counted_periods(article.text, mentions, resolved, news)
