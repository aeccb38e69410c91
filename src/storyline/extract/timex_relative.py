"""Rules for expressions counted from the report's date, for durations, sets, quarters and vague references.

"yesterday", "last week" (the ISO week before the anchor's), "last month", "last year", "two weeks ago",
"this morning", "the third quarter", "the past two months" (a DURATION, P2M), "daily" (a SET), "recently"
(PAST_REF). The values follow TimeBank: "N days ago" is a day, "N weeks ago" a week, "N months ago" a month,
"N years ago" a year; "the past year" is a year's length (P1Y), as "the past two years" is; a quarter
with no year is in the anchor's year.

Anaphora ("the following week", "that day") is ``timex_anaphora``'s: counted from the text's own dates.
Does not resolve "that quarter".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from storyline.calendar_words import MONTH_NAMES
from storyline.extract import timex_calendar as cal
from storyline.extract.timex_lexicon import MONTHS, NUMBER, ORDINALS, PARTS_OF_DAY, duration_value, unit_name
from storyline.extract.timex_rules import (
    COUNT,
    END,
    MOD,
    UNIT_WORDS,
    YEAR,
    Builder,
    Mention,
    Resolver,
    _c,
    _const,
    _mention,
    count_of,
    duration_of,
)
from storyline.extract.timex_tense import past_verb, sentence_at, tense_direction

_REL_DELTA = {
    "last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1, "the previous": -1, "this past": -1,
    "this": 0, "current": 0, "the current": 0, "this coming": 1, "next": 1, "coming": 1, "the coming": 1,
    "the next": 1, "the latest": -1, "latest": -1, "the most recent": -1, "most recent": -1,
}  # fmt: skip


# "within the next week", "within the coming month": the stretch up to it, as "within a week" is (TimeBank marks
# "over the next year" either way)
_STRETCH_THE = re.compile(r"(?i:\bwithin\s+the\s+(?:next|coming))\Z")
_STRETCH_UNITS = ("week", "month", "year", "decade", "century")


def _relative(unit: str, delta: int) -> Resolver:
    return lambda anchor: cal.shift(anchor, unit, delta) if anchor else None


def _rel_unit(m: re.Match[str], text: str) -> Mention | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    if unit == "fiscal year":
        unit = "year"
    delta = _REL_DELTA[rel]
    if rel in ("the latest", "latest", "the most recent", "most recent") and unit != "quarter":
        return None
    if rel == "the last" and unit in ("week", "weekend"):
        delta = 0 if unit == "week" else -1  # "the last week": the seven days up to now, ending this week
    if unit == "weekend":
        return _rel_weekend(m, text, rel, delta)
    if rel == "the past" and unit in ("week", "month", "year", "decade", "century") and not m["pre"]:
        # "the fourth minister to quit in the past year": the twelve months up to now, as "the past two
        # years" is P2Y, not the calendar year before (TimeBank marks it either way)
        return _mention(m, "DURATION", "free", _const(duration_value(1, unit)))
    told = text[max(0, m.start() - 24) : m.start()] + rel
    if unit in _STRETCH_UNITS and _STRETCH_THE.search(told):
        # "an advance dividend within the next week": a length of time to come, not the calendar week after
        return _mention(m, "DURATION", "free", _const(duration_value(1, unit)))
    if unit == "quarter" and rel in ("the latest", "latest", "the most recent", "most recent", "last", "the last",
                                      "the past", "past", "previous", "the previous"):
        delta = -1
    pre = (m["pre"] or "").lower()
    resolve = _past_week if rel == "this past" and unit == "week" else _relative(unit, delta)
    return _mention(m, "DATE", "rel", resolve, direction=-1 if pre == "earlier" else 0)


def _past_week(anchor: date | None) -> str | None:
    """ "this past week": the week now ending when told from its Friday on ("the fire this past week killed 40
    people, officials said Saturday" is this week's fire), else the week before, as "last week"."""
    if anchor is None:
        return None
    return cal.shift(anchor, "week", 0 if anchor.weekday() >= 4 else -1)


def _weekend(direction: int, *, strict: bool) -> Resolver:
    def resolve(anchor: date | None) -> str | None:
        if anchor is None:
            return None
        saturday = cal.weekday_near(anchor, 5, direction, strict=strict)
        if direction < 0 and anchor.weekday() == 6 and not strict:
            saturday = anchor - timedelta(days=1)
        return cal.fmt_week(saturday) + "-WE"

    return resolve


def _rel_weekend(m: re.Match[str], text: str, rel: str, delta: int) -> Mention:
    """"this weekend" is the weekend of the anchor's ISO week, "last"/"next weekend" the week's before/after.

    As "next week" is the week after the anchor's, "next weekend" said on a Tuesday is the weekend after the
    coming one; "this coming" and "this past weekend" are the nearest weekend that way. A Monday report's "this
    weekend" told in the past tense is the one just gone (its week has no weekend behind it yet).
    """
    if rel in ("this coming", "coming", "the coming", "this past", "the past", "past"):
        return _mention(m, "DATE", "rel", _weekend(delta, strict=True), direction=delta)
    if delta == 0:
        direction = tense_direction(text, m.start(), m.end())

        def resolve(anchor: date | None) -> str | None:
            if anchor is None:
                return None
            back = anchor.weekday() == 0 and direction < 0
            return cal.shift(anchor, "weekend", -1 if back else 0)

        return _mention(m, "DATE", "rel", resolve, direction=direction)
    return _mention(m, "DATE", "rel", _relative("weekend", delta), direction=delta)


def _the_weekend(m: re.Match[str], text: str) -> Mention | None:
    direction = tense_direction(text, m.start(), m.end()) or -1
    return _mention(m, "DATE", "rel", _weekend(direction, strict=False), direction=direction)


_DAY_OFFSET = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
# a report with no date still tells "today" as its own time: TIMEX3's reference to the present, and the
# side of it "tomorrow" and "yesterday" lie on ("Today the count begins; tomorrow the results": PRESENT_REF,
# FUTURE_REF)
_UNDATED_DAY = {0: "PRESENT_REF", 1: "FUTURE_REF", -1: "PAST_REF"}


def _day_word(m: re.Match[str], text: str) -> Mention | None:
    word = m["dw"].lower()
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower(), "")  # "yesterday lunchtime": the day alone
    if word == "tonight":
        pod = "NI"
    offset = _DAY_OFFSET[word]
    if m["twice"]:
        offset += -1 if word == "yesterday" else 1
    suffix = f"T{pod}" if pod else ""
    type_ = "TIME" if pod else "DATE"

    def resolve(anchor: date | None) -> str | None:
        if anchor is None:
            return _UNDATED_DAY[max(-1, min(1, offset))]
        return (anchor + timedelta(days=offset)).isoformat() + suffix

    return _mention(m, type_, "rel", resolve)


def _part_of_day(m: re.Match[str], text: str) -> Mention | None:
    which = (m["which"] or "this").lower()
    if m["pod"].lower() == "lunchtime":
        if which != "this":
            return None  # "last lunchtime" is no British usage to count on
        # "this lunchtime": the report's day (TIMEX3 has no part-of-day code for it)
        return _mention(m, "DATE", "rel", lambda a: a.isoformat() if a else None)
    pod = PARTS_OF_DAY[m["pod"].lower()]
    offset = -1 if which in ("last", "yesterday") else 1 if which == "tomorrow" else 0
    if which == "last" and pod != "NI":
        offset = -1

    def resolve(anchor: date | None) -> str | None:
        if anchor is None:
            # a report with no date tells "this evening" of its own day, which it does not give: a part of a day
            # of no known date, as an undated clock time is ("XXXX-XX-XXTEV", "XXXX-XX-XXT08:00")
            return f"XXXX-XX-XXT{pod}" if offset == 0 else None
        return f"{(anchor + timedelta(days=offset)).isoformat()}T{pod}"

    return _mention(m, "TIME", "rel", resolve)


def _about_quarters(text: str, pos: int) -> bool:
    """True when the sentence, or the one before it, speaks of a quarter (a quarterly report)."""
    s, e = sentence_at(text, pos)
    if s > 0:
        s = sentence_at(text, max(0, s - 2))[0]
    return "quarter" in text[s:e].lower()


def _ago(m: re.Match[str], text: str) -> Mention | None:
    count = count_of(m["num"])
    unit = unit_name(m["unit"])
    sign = -1 if m["dir"].lower() in ("ago", "earlier", "before") else 1
    if _stamped(m, text):
        return None  # "Updated: 35 minutes ago": counted from when the page was read, which the text does not give
    if count is None:
        return _mention(m, "DATE", "free", _const(_vague_side(m, text, sign)))
    if unit in ("hour", "minute", "second"):
        if m["dir"].lower() in ("ago", "from now", "hence"):
            return _clock_ago(m, unit, sign)
        return _mention(m, "DURATION", "free", _const(duration_of(m["num"], m["unit"])))
    if count == 1 and unit == "year" and sign < 0 and _about_quarters(text, m.start()):
        # "profit rose from a year ago" in a quarterly report: the same quarter a year before
        return _year_ago_quarter(m, text)

    def resolve(anchor: date | None) -> str | None:
        if anchor is None:
            return None
        if sign < 0:
            return cal.ago(anchor, unit, count)
        return cal.ago(anchor, unit, -count)

    if m["dir"].lower() in ("earlier", "later"):
        # "two years later", "four days earlier": counted from the time the text last named, which
        # ``timex.resolve_mentions`` looks up; the report's date is only the fallback
        return _mention(m, "DATE", "narr", resolve, direction=sign, key=(_NARRATIVE_GRAIN.get(unit, 3),))
    return _mention(m, "DATE", "rel", resolve, direction=sign)


def _units_earlier(m: re.Match[str], text: str) -> Mention | None:
    """A unit with no count before "earlier" or "later" ("minutes earlier", "days later"): the side of the time
    told that ``_vague_side`` gives, as "a few days later" has; never counted from the report's date."""
    sign = -1 if m["dir"].lower() == "earlier" else 1
    return _mention(m, "DATE", "free", _const(_vague_side(m, text, sign)))


def _vague_side(m: re.Match[str], text: str, sign: int) -> str | None:
    """The side of now a count of no number lies on: "a few years ago" is gone by, "some weeks from now" to come.
    "A few hours later" is later than a time the text told, not than now: the sentence's tense says which side
    ("may have caused the sinking a few hours later": past), and with none it is left without a value."""
    if sign < 0:
        return "PAST_REF"
    if m["dir"].lower() != "later":
        return "FUTURE_REF"
    direction = tense_direction(text, m.start(), m.end())
    return "PAST_REF" if direction < 0 else "FUTURE_REF" if direction > 0 else None


# a page's stamp word right before an expression: "Updated: 35 minutes ago", "Posted 2 hours ago"
_STAMP_BEFORE = re.compile(r"(?i:\b(?:updated|published|posted|modified|edited)\s*:?\s*)$")


def _stamped(m: re.Match[str], text: str) -> bool:
    """Whether a page's stamp word stands right before ``m`` ("Updated: 35 minutes ago")."""
    return _STAMP_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None


def _stamp_ago(m: re.Match[str], text: str) -> bool:
    """Whether ``m`` is the count of a page stamp's "N units ago" ("Updated: 35 minutes", "Posted 2 hours")."""
    return _stamped(m, text) and re.match(r"\s+ago\b", text[m.end() : m.end() + 5]) is not None


def _clock_ago(m: re.Match[str], unit: str, sign: int) -> Mention:
    """"35 minutes ago", "two hours from now": a point counted from the report's clock time, which a date does not
    give. Minutes and seconds away it is still the report's day; hours away it may be the day before or after,
    so it is only a time gone by or to come (PAST_REF, FUTURE_REF)."""
    if unit == "hour":
        return _mention(m, "DATE", "free", _const("PAST_REF" if sign < 0 else "FUTURE_REF"))
    return _mention(m, "DATE", "rel", lambda anchor: None if anchor is None else cal.fmt_day(anchor), direction=sign)


# how fine the date that "N units later" counts from must be: 3 a day, 2 a month, 1 a year
_NARRATIVE_GRAIN = {"day": 3, "night": 3, "week": 3, "weekend": 3, "month": 2, "quarter": 2, "year": 1,
                    "decade": 1, "century": 1}


_SET_UNIT = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M", "hour": "PT1H",
             "morning": "P1D", "night": "P1D", "evening": "P1D", "decade": "P10Y", "minute": "PT1M"}
# "quarterly" and "annually" are left out: in news they mostly qualify amounts ("quarterly dividend"),
# which TimeBank does not mark
_ADVERB_SET = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
               "yearly": "P1Y", "hourly": "PT1H"}


def _set(m: re.Match[str], text: str) -> Mention | None:
    if m["adv"]:
        if m["adv"][0].isupper() and _in_name(text, m.start(), m.end()):
            return None  # "Northfield Daily Post", "The Weekly Standard": a name
        return _mention(m, "SET", "free", _const(_ADVERB_SET[m["adv"].lower()]))
    unit = unit_name(m["sunit"])
    value = _SET_UNIT.get(unit)
    if value is None or _unit_of_a_rate(m, text):
        return None
    return _mention(m, "SET", "free", _const(value))


# a count and the thing counted before "per": "165 miles per hour", "266 km per hour", "15 million
# instructions per second" (not "three times per day", which tells how often)
_COUNTED_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?:[A-Za-z]+\s+){0,1}(?P<thing>[A-Za-z]+)\s+$")


def _unit_of_a_rate(m: re.Match[str], text: str) -> bool:
    """Whether "per hour" is the unit of a measured rate (a speed, a flow), which TimeBank does not mark."""
    if not m.group(0).lower().startswith("per"):
        return False
    before = _COUNTED_BEFORE.search(text, max(0, m.start() - 40), m.start())
    return before is not None and before["thing"].lower() not in ("times", "once", "twice")


def _in_name(text: str, start: int, end: int) -> bool:
    """True when a capitalized word stands next to another one: part of a name, not a word of time."""
    before = re.search(r"\b([A-Z][\w'’&.-]*)[ \t]+$", text[max(0, start - 30) : start])
    after = re.match(r"[ \t]+[A-Z]", text[end : end + 3])
    return after is not None or (before is not None and before.group(1) not in ("The", "A", "An"))


# what follows "a second" of time ("a second later", "a second or two", "for a second before the blast")
_AFTER_A_SECOND = frozenset({
    "later", "ago", "earlier", "or", "and", "to", "before", "after", "each", "per", "for", "in", "of", "longer",
    "more", "less", "left", "too", "at",
})  # fmt: skip


# what makes "a second" that ends its clause an idiom for at once: "in a second", "wait a second", "just a second"
_AT_ONCE = re.compile(r"(?i:\b(?:in|wait|just|hold\s+on|hang\s+on)\s+)$")


# "last" as a verb: after "to", a modal or "not" ("expected to last a week", "may last two days")
_VERB_LAST = re.compile(r"(?i:(?:\b(?:to|will|would|could|can|may|might|should|must|not)|n['’]t)\s+)$")


def _duration(m: re.Match[str], text: str) -> Mention | None:
    duration = _count_of_units(m, text)
    lead = re.match(r"(?i:last)\s+", m.group(0))
    if duration is not None and lead and _VERB_LAST.search(text, max(0, m.start() - 12), m.start()):
        return replace(duration, start=m.start() + lead.end())  # the verb stays out of the span
    return duration


def _count_of_units(m: re.Match[str], text: str) -> Mention | None:
    num = m["num"]
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", num):
        return None  # "the 1988 quarter": a year, not a count
    if _stamp_ago(m, text):
        return None  # "Updated: 35 minutes ago": the count of a stamp's "ago" (see ``_ago``)
    if m.group(0).lower().endswith("-old") or re.match(r"[\s-]+old\b", text[m.end() : m.end() + 6]):
        return None  # an age ("a 6-year-old", "52 years old"), which TimeBank does not mark
    if (num or "").lower() in ("a", "an") and m["unit"].lower().endswith("s") and m.group(0).lower().endswith("-long"):
        return None  # "a weeks-long trial": the article is the noun's; ``_units_long`` reads "weeks-long"
    if (num or "").lower() in ("a", "an") and unit_name(m["unit"]) == "second":
        nxt = re.match(r"\s+([a-z]+)", text[m.end() : m.end() + 20])
        if nxt and nxt.group(1) not in _AFTER_A_SECOND:
            return None  # "a second man", "a second term": an ordinal
        if nxt is None and _AT_ONCE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "we would have it in a second", "wait a second": at once, no length of time
    if (
        m.start() == m.start("num")
        and num.lower() in ("a", "one")
        and m["unit"].lower() in ("day", "night")
        and (_OCCASION.match(text, m.end()) or re.search(r"(?i:\bon\s+)$", text[max(0, m.start() - 4) : m.start()]))
    ):
        return None  # "on a day when ...", "a night of misery": an occasion, not a length of time
    if num and num.lower() in ("a", "an") and re.search(r"(?:\d|\$|times|once|twice|per)\S*\s+$",
                                                        text[max(0, m.start() - 20) : m.start()]):
        return _mention(m, "SET", "free", _const(_SET_UNIT.get(unit_name(m["unit"]), "P1Y")))
    if m["andhalf"]:
        # "an hour and a half" PT1H30M, "a year and a half" P1Y6M
        count = count_of(num)
        value = duration_value(None if count is None else count + 0.5, unit_name(m["unit"]))
        return _mention(m, "DURATION", "free", _const(value))
    return _mention(m, "DURATION", "free", _const(duration_of(num, m["unit"])))


def _range_start(m: re.Match[str], text: str) -> Mention | None:
    """"four to six hours": PTXH, a length in hours of no one count (see the rule table); a year ("2019 to 2021
    years") or "a" is no count."""
    if re.fullmatch(r"(?i:a|an|1[5-9]\d\d|20\d\d)", m["num"]):
        return None
    return _mention(m, "DURATION", "free", _const(duration_value(None, unit_name(m["unit"]))))


# what makes "a day" or "a night" an occasion told of, not a length: a clause or an "of" phrase after it
_OCCASION = re.compile(r"\s+(?:when|where|in\s+which|on\s+which|of\s+(?!the\b|his\b|her\b|their\b|its\b)[a-z])")


def _units_long(m: re.Match[str], text: str) -> Mention | None:
    """A length told by its unit alone, as an adjective: "a weeks-long trial", "a weekslong trial", "a
    months-long search" are PXW and PXM (a vague count of weeks, months)."""
    return _mention(m, "DURATION", "free", _const(duration_of("several", m["unit"])))


def _bare_units(m: re.Match[str], text: str) -> Mention | None:
    pre = (m.groupdict().get("pre") or "").lower()
    unit = unit_name(m["unit"])
    # TimeBank marks "recent months" as a vague duration more often than as PAST_REF
    if pre in ("coming", "the coming", "future"):
        return _mention(m, "DATE", "free", _const("FUTURE_REF"))
    return _mention(m, "DURATION", "free", _const(duration_of("several", unit + "s")))


def _quarter(m: re.Match[str], text: str) -> Mention | None:
    q = ORDINALS[m["ord"].lower()]
    half = bool(m["half"])
    if (half and q > 2) or q > 4:
        return None
    tag = "H" if half else "Q"
    if m["alt"]:
        # "the second or third quarter of next year": either quarter, so no one of them; the half both lie in
        # ("first or second quarter": H1), else their year
        first = ORDINALS[m["alt"].lower()]
        if half or first >= q:
            return None
        same_half = (first - 1) // 2 == (q - 1) // 2
        tag, q = ("H", (q + 1) // 2) if same_half else ("", 0)
    year = m["year"] or m["year2"]
    part = f"-{tag}{q}" if tag else ""
    if year:
        return _mention(m, "DATE", "abs", _const(f"{year}{part}"))
    if half and not m["ry"] and not m["ry2"]:
        # "the first half", "a first-half goal": a match's half as often as a year's (TimeBank marks neither)
        return None
    ry = {"this": 0, "last": -1, "next": 1}.get((m["ry"] or m["ry2"] or "").lower(), 0)

    def resolve(anchor: date | None) -> str | None:
        return f"{anchor.year + ry:04d}{part}" if anchor else f"XXXX{part}"

    return _mention(m, "DATE", "rel", resolve)


def _year_ago_quarter(m: re.Match[str], text: str) -> Mention | None:
    def resolve(anchor: date | None) -> str | None:
        if anchor is None:
            return None
        y, q = cal.add_quarters(anchor.year, cal.quarter_of(anchor), -5)
        return cal.fmt_quarter(y, q)

    return _mention(m, "DATE", "rel", resolve)


def _the_quarter(m: re.Match[str], text: str) -> Mention | None:
    # reports on a quarter are written after it closes: "the quarter" is the last completed one
    return _mention(m, "DATE", "rel", _relative("quarter", -1))


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "the past": "PAST_REF",
    "lately": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF", "until recently": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "soon": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}  # fmt: skip


def _ref(m: re.Match[str], text: str) -> Mention | None:
    word = re.sub(r"\s+", " ", m.group(0).lower())
    if word == "soon" and re.match(r"\s+(?:after|as|be)\b", text[m.end() : m.end() + 8]):
        return None
    if word == "soon" and re.search(r"\bas\s+$", text[max(0, m.start() - 4) : m.start()]):
        return None
    if word == "soon" and _narrated(text, m.start(), m.end()):
        return None  # "was soon turned", "soon became": shortly after a past event, no time to come
    return _mention(m, "DATE", "free", _const(_REFS[word]))


def _narrated(text: str, start: int, end: int) -> bool:
    """True when the words around ``text[start:end]`` are a verb in the past tense ("was soon turned")."""
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 12) : start])
    after = re.match(r"\s+([A-Za-z]+)", text[end : end + 20])
    prev = before.group(1).lower() if before else ""
    if prev in ("was", "were", "had", "did"):
        return True
    return after is not None and past_verb(after.group(1).lower(), "soon")


def _end_of(m: re.Match[str], text: str) -> Mention | None:
    unit = m["eunit"].lower()
    delta = _REL_DELTA.get((m["erel"] or "this").lower(), 0)
    return _mention(m, "DATE", "rel", _relative(unit, delta))


_TENS_WORDS = {"ten": 1, "twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
               "ninety": 9}  # fmt: skip
_UNIT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip


def _spelled_year(m: re.Match[str], text: str) -> Mention | None:
    """A year read out as words, as broadcast transcripts write it: "nineteen ninety-six", "the year two thousand"."""
    if m["y2k"]:
        year = 2000 + (_UNIT_WORDS.get((m["y2kunit"] or "").lower(), 0))
    else:
        tail = (m["tail"] or m["tail2"]).lower()
        if tail in _TEENS:
            yy = _TEENS[tail]
        else:
            yy = _TENS_WORDS[tail] * 10 + _UNIT_WORDS.get((m["unit"] or "").lower(), 0)
        year = 1900 + yy
    if m["mon"]:
        return _mention(m, "DATE", "abs", _const(cal.fmt_month(year, _month_number(m["mon"]))))
    return _mention(m, "DATE", "abs", _const(f"{year:04d}"))


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _year_ended(m: re.Match[str], text: str) -> Mention | None:
    # "in the year ended March 31": a fiscal year, which TimeBank marks as a one-year duration
    return _mention(m, "DURATION", "free", _const("P1Y"))


ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
REL = (
    r"(?P<rel>last|this\s+past|this\s+coming|this|next|the\s+past|the\s+last|the\s+previous|the\s+coming"
    r"|the\s+current|the\s+latest|the\s+most\s+recent|past|previous|coming|current)"
)

RELATIVE_RULES: list[tuple[re.Pattern[str], Builder]] = [
    (
        _c(rf"(?:(?P<mon>{MONTH_NAMES})"
           r"\s+)?(?i:(?:the\s+year\s+)?nineteen[\s-]+(?:(?P<tail>eleven|twelve|thirteen|fourteen|fifteen|sixteen"
           r"|seventeen|eighteen|nineteen)|(?P<tail2>ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"(?:[\s-]+(?P<unit>one|two|three|four|five|six|seven|eight|nine))?)"
           r"|(?P<y2k>the\s+year\s+two\s+thousand)(?:\s+and\s+(?P<y2kunit>one|two|three|four|five|six|seven|eight"
           r"|nine))?)"),
        _spelled_year,
    ),
    (_c(r"(?i:the\s+(?:fiscal\s+)?year)(?=\s+(?:ended|ending|that\s+ended|which\s+ended)\b)"), _year_ended),
    (
        _c(rf"(?i:(?:(?P<pre>earlier|later|early|late|mid)[\s-]+)?{REL}\s+"
           r"(?P<unit>fiscal\s+year|week|weekend|month|year|quarter|decade|century))"),
        _rel_unit,
    ),
    (_c(r"(?i:the\s+weekend)"), _the_weekend),
    (
        _c(r"(?i:(?:(?:earlier|later|late|early)\s+)?(?P<twice>the\s+day\s+(?:before|after)\s+)?"
           r"(?P<dw>today|yesterday|tomorrow|tonight)(?:\s+(?P<pod>morning|afternoon|evening|night|lunchtime))?)"),
        _day_word,
    ),
    (
        _c(r"(?i:(?:(?:early|late|mid)[\s-]+)?(?P<which>this|last)\s+(?P<pod>morning|afternoon|evening|night"
           r"|lunchtime))"),
        _part_of_day,
    ),
    (
        _c(rf"(?i:(?:{MOD}\s+)?(?P<num>{COUNT})[\s-]+(?P<unit>{UNIT_WORDS})\s+(?:or\s+so\s+)?"
           r"(?P<dir>ago|earlier|later|from\s+now|hence))"),
        _ago,
    ),
    # "Fox released a statement minutes earlier", "Hours later, ...": a vague count of the unit, no number
    # (not "the minutes earlier": a meeting's minutes; not "months ago", which TimeBank marks as a length)
    (
        re.compile(r"(?<![Tt]he\s)(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades))"
                   r"\s+(?P<dir>(?i:earlier|later))\b"),
        _units_earlier,
    ),
    (
        _c(r"(?i:(?P<adv>daily|nightly|weekly|biweekly|monthly|yearly|hourly)"
           r"|(?:every|each|per|once\s+a|twice\s+a|(?:\w+\s+)?times\s+a)\s+(?:other\s+)?"
           r"(?P<sunit>day|week|month|year|quarter|hour|morning|night|evening|decade|minute))"),
        _set,
    ),
    (
        _c(rf"(?i:(?:(?:the|another|an\s+additional|the\s+past|the\s+last|the\s+next|the\s+first"
           r"|the\s+final|the\s+coming|the\s+remaining|the\s+previous|the\s+following|past|last|next|first|final"
           rf"|recent)\s+)?(?:{MOD}\s+)?(?P<num>{COUNT})[\s-]+(?P<unit>{UNIT_WORDS})"
           r"(?P<andhalf>\s+and\s+a\s+half)?)(?:-(?:old|long))?"),
        _duration,
    ),
    # a range of lengths, "four to six hours", "within the next 24 to 48 hours": one expression of no one count
    # (PTXH), as TimeBank marks "the next 12 to 18 months" (PXM); not its first count (PT4H: "24 to 48 hours" is
    # not a day) nor the last alone ("six hours", PT6H), which reads as the whole length
    (
        _c(rf"(?i:(?:the\s+(?:past|last|next|first|coming)\s+)?(?P<num>{NUMBER})\s+to\s+(?:{NUMBER})[\s-]+"
           rf"(?P<unit>{UNIT_WORDS}))"),
        _range_start,
    ),
    (
        re.compile(
            r"(?:(?P<pre>(?i:recent|the\s+past|past|the\s+coming|coming|future))\s+|(?<=(?i:for)\s)|(?<=(?i:over)\s)"
            r"|(?<=(?i:within)\s))"
            r"(?P<unit>(?i:years|months|weeks|decades|centuries))" + END
        ),
        _bare_units,
    ),
    # "delayed for hours", "waited for days", "filled with smoke within minutes": a vague count of the unit
    # (no "for" before "hours" of a clock); TimeBank marks the unit alone ("within weeks": "weeks", PXW)
    (re.compile(r"(?:(?<=(?i:for)\s)|(?<=(?i:within)\s))(?P<unit>(?i:hours|days|minutes|seconds))" + END),
     _bare_units),
    (_c(r"(?P<unit>(?i:hours|days|weeks|months|years|decades))-?(?i:long)"), _units_long),
    (
        _c(rf"(?i:(?:the\s+|its\s+|a\s+)?(?:(?P<ry>this|last|next)\s+year['’]s\s+)?(?:{YEAR}\s+)?"
           rf"(?:fiscal[\s-]+)?(?:(?P<alt>first|second|third|1st|2nd|3rd)\s+or\s+)?{ORD}[\s-]+(?:fiscal[\s-]+)?"
           r"(?:(?P<half>half)|quarter)(?:\s+of\s+(?:fiscal\s+)?"
           r"(?:(?P<year2>\d{4})|(?P<ry2>this|last|next|the)\s+year))?)"),
        _quarter,
    ),
    (
        _c(r"(?i:the\s+(?:comparable\s+|same\s+)?(?:year-ago|year-earlier|year\s+ago|year\s+earlier)\s+"
           r"(?:\w+\s+)?(?:quarter|period))"),
        _year_ago_quarter,
    ),
    (_c(r"(?i:year-earlier|year-ago|year\s+ago|year\s+earlier)(?=\s+(?:\w+\s+)?(?:quarter|period|level|results|"
        r"profit|loss|earnings|sales|revenue|figure|net|\$))"), _year_ago_quarter),
    (_c(r"(?i:the\s+(?:full|fiscal|current|calendar|entire|whole)\s+year)"), lambda m, t: _mention(
        m, "DATE", "rel", _relative("year", 0))),
    (_c(r"(?i:the\s+(?:latest\s+|most\s+recent\s+)?quarter|the\s+latest\s+period)"), _the_quarter),
    (
        _c(r"(?i:right\s+now|now|currently|current|nowadays|these\s+days|at\s+present|presently|more\s+recently"
           r"|most\s+recently|until\s+recently|recently|recent|lately|the\s+past|the\s+(?:near\s+|foreseeable\s+"
           r"|distant\s+)?future|soon|the\s+(?:near|short|long)\s+term)"),
        _ref,
    ),
    (
        _c(r"(?i:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the\s+|(?P<erel>this|next|last)\s+)?"
           r"(?P<eunit>year|month|week|quarter))"),
        _end_of,
    ),
]
