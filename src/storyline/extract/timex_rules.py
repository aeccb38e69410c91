"""Recognition rules for time expressions: one regular expression and one builder per kind of expression.

A builder turns a match into a ``Mention``: the span (TimeBank conventions: no leading preposition, "the"
and modifiers such as "early", "about", "the past" included), the TIMEX3 type, and a resolver that gives the
value for any anchor (the report's date, or None when it is unknown). Keeping the resolver separate from
recognition lets ``storyline.extract.dating`` try several candidate anchors on one scan of the text.

Rules are tried all at once; ``timex.find_mentions`` keeps the longest non-overlapping matches. Builders
refuse look-alikes: "May" as a name or modal, a year that names a plan or a body ("NATO 2030 agenda", "the
1922 Committee"), a year that is an amount ("$2030", "2030 troops").

Spelled-out years ("nineteen ninety-six") are ``timex_relative``'s and anaphoric expressions ("that year",
"the next day") ``timex_anaphora``'s. Does not recognize event-anchored ones ("two days after the vote"):
their values need more than the report's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from storyline.calendar_words import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, alternation
from storyline.extract import timex_calendar as cal
from storyline.extract.timex_lexicon import (
    MONTHS,
    NUMBER,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    VAGUE_NUMBER,
    WEEKDAYS,
    duration_value,
    number_value,
    unit_name,
)
from storyline.extract.timex_tense import plainly_past, tense_direction

Resolver = Callable[[date | None], str | None]


@dataclass(frozen=True, slots=True)
class Mention:
    """A recognized expression before anchoring.

    ``kind`` tells how it depends on the anchor: ``abs`` (a year is written), ``md`` (month and day, no
    year; ``key`` = (month, day)), ``m`` (month; ``key`` = (month,)), ``wd`` (weekday; ``key`` =
    (weekday, strict)), ``rel`` (relative to the anchor), ``clock`` (a time of day that names no day: the
    anchor's, unless a day is written next to it or the text tells of one day most), ``free`` (no anchor
    needed: durations, sets, PRESENT_REF), ``same`` (a length from an event that restates the date before it:
    "Saturday, a day after the quake"). ``direction`` is the tense read around it (-1 back, +1 forward, 0 unknown).
    """

    start: int
    end: int
    type: str
    kind: str
    resolve: Resolver
    direction: int = 0
    key: tuple[int, ...] = ()


Builder = Callable[[re.Match[str], str], Mention | None]

# ---- pieces ------------------------------------------------------------------------------------------------

WD = rf"(?P<wd>{WEEKDAY_NAMES})"
# a month's name, or its abbreviation with its period; "Sept" alone too ("Sept 15")
MON = rf"(?P<mon>{MONTH_NAMES}|" + alternation(a + r"\." for a in MONTH_ABBREVIATIONS) + "|Sept)"
# in a full date (a year follows) a month may be shortened without its period: "Tue, 16 Aug 2011" ("Sept" is
# in MON already)
MON_FULL = MON[:-1] + "|" + alternation(a for a in MONTH_ABBREVIATIONS if a != "Sept") + ")"
WD_FULL = rf"(?:(?P<wd>{WEEKDAY_NAMES})|" + alternation(WEEKDAY_ABBREVIATIONS) + ")"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# between a month and its day: a space, or nothing after a shortened month's period ("Jan.2nd, 2024")
MON_GAP = r"(?:\s+|(?<=\.))"
# "this" before a month and day ("this January 19", "this Thursday, January 19") is part of the day; TimeBank
# leaves "last" out of "last Oct. 23" (TempEval-3 train), so it stays out here too
DAY_REL = r"(?:(?i:this)\s+)?"
YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
MOD = (
    r"(?:about|nearly|almost|roughly|around|approximately|some|more\s+than|less\s+than|fewer\s+than|over"
    r"|well\s+over|just\s+over|just\s+under|under|at\s+least|at\s+most|up\s+to|only|just|barely|exactly)"
)
# time zones, as reports write them after a clock time ("17:42 GMT", "1:42 p.m. ET", "0900Z", "23:11 local time")
ZONE = r"(?:GMT|UTC|CEST|CET|BST|EST|EDT|CST|CDT|PST|PDT|ET|CT|PT|MT|IST|MSK|WIB|[A-Z]{2,3}T|Z|local\s+time)\b"
EDGE = r"(?<![\w$-])"
END = r"(?![\w-])"


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _const(value: str | None) -> Resolver:
    return lambda _anchor: value


def _mention(m: re.Match[str], type_: str, kind: str, resolve: Resolver, **kw: object) -> Mention:
    start, end = m.span()
    return Mention(start=start, end=end, type=type_, kind=kind, resolve=resolve, **kw)  # type: ignore[arg-type]


# ---- absolute and partial calendar dates -------------------------------------------------------------------


def _full_date(m: re.Match[str], text: str) -> Mention | None:
    year, month, day = int(m["year"]), _month(m["mon"]), int(m["day"])
    if not cal.valid_day(year, month, day):
        return None
    return _mention(m, "DATE", "abs", _const(f"{year:04d}-{month:02d}-{day:02d}"))


def _month_day(m: re.Match[str], text: str) -> Mention | None:
    month, day = _month(m["mon"]), int(m["day"])
    if not cal.valid_day(2000, month, day):
        return None
    if re.match(r"[:.]\d", text[m.end() : m.end() + 2]):
        return None  # "4 November 02:00 GMT": the figure after the month is a clock time, not a day
    if m["mon"] == "May" and _name_before(text, m.start("mon")):
        return None
    if m["wd"]:
        # "Friday, Oct. 23": the weekday that the date falls on settles the year near the anchor
        weekday = WEEKDAYS[m["wd"].lower()]

        def resolve(anchor: date | None) -> str | None:
            if anchor is None:
                return f"XXXX-{month:02d}-{day:02d}"
            for delta in (0, -1, 1, -2, 2):
                y = anchor.year + delta
                if cal.valid_day(y, month, day) and date(y, month, day).weekday() == weekday:
                    return f"{y:04d}-{month:02d}-{day:02d}"
            return f"{cal.day_year(anchor, month, day, 0):04d}-{month:02d}-{day:02d}"

        return _mention(m, "DATE", "md", resolve, key=(month, day))
    direction = tense_direction(text, m.start(), m.end())

    def resolve_md(anchor: date | None) -> str | None:
        if anchor is None:
            return f"XXXX-{month:02d}-{day:02d}"
        return f"{cal.day_year(anchor, month, day, direction):04d}-{month:02d}-{day:02d}"

    return _mention(m, "DATE", "md", resolve_md, direction=direction, key=(month, day))


def _part_of_month_day(m: re.Match[str], text: str) -> Mention | None:
    """"the morning of November 12": the day with its part, as TIMEX3 writes "Friday morning" (``XXXX-11-12TMO``)."""
    day = _month_day(m, text)
    if day is None:
        return None
    pod = PARTS_OF_DAY[m["pod"].lower()]

    def resolve(anchor: date | None) -> str | None:
        value = day.resolve(anchor)
        return f"{value}T{pod}" if value else None

    return replace(day, type="TIME", resolve=resolve)


def _month_year(m: re.Match[str], text: str) -> Mention | None:
    return _mention(m, "DATE", "abs", _const(cal.fmt_month(int(m["year"]), _month(m["mon"]))))


def _month_rel_year(m: re.Match[str], text: str) -> Mention | None:
    month, delta = _month(m["mon"]), {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return _mention(m, "DATE", "rel", lambda a: cal.fmt_month(a.year + delta, month) if a else f"XXXX-{month:02d}")


_PREP_BEFORE_MAY = re.compile(
    r"(?i:\b(?:in|since|by|until|till|from|through|of|during|early|late|mid|last|next|this|before|after|between"
    r"|and|or|to|throughout|on|end|beginning|start|middle|that|each|every)[\s-]+)$"
)


def _name_before(text: str, start: int) -> bool:
    """True when a capitalized word stands right before (a surname: "Theresa May 3 times")."""
    before = text[max(0, start - 30) : start]
    m = re.search(r"([A-Z][a-z]+)\s+$", before)
    return m is not None and m.group(1).lower() not in ("in", "since", "by", "until", "on", "from", "early", "last")


def _bare_month(m: re.Match[str], text: str) -> Mention | None:
    month = _month(m["mon"])
    rel = (m["rel"] or "").lower()
    if m["mon"].endswith(".") or m["mon"] == "Sept":
        return None  # an abbreviation alone is not a month mention ("Dec." can be a title)
    if m["mon"] == "May" and not rel and not _PREP_BEFORE_MAY.search(text[max(0, m.start() - 20) : m.start()]):
        return None  # "May" alone: a name or a modal unless a preposition sets it up as the month
    if m["mon"] == "May" and re.match(r"\s+[a-z]+(?:ed|s)?\b(?! \d)", text[m.end() : m.end() + 15]) and not rel:
        nxt = re.match(r"\s+([a-z]+)", text[m.end() :])
        if nxt is not None and nxt.group(1) in ("be", "have", "not", "also", "well", "still", "soon"):
            return None
    if m["mon"] == "March" and re.match(r"\s+(?:on|to|through|in\s+the|against)\b", text[m.end() :]):
        return None  # "March on ..." is the verb
    if rel in ("last", "this past", "the previous"):
        return _mention(m, "DATE", "rel", _month_resolver(month, -1, strict=True))
    if rel in ("next", "this coming", "the following"):
        return _mention(m, "DATE", "rel", _month_resolver(month, 1, strict=True))
    if rel == "this":
        return _mention(m, "DATE", "rel", lambda a: cal.fmt_month(a.year, month) if a else f"XXXX-{month:02d}")
    if re.search(r"(?i:\bsince|\bever\s+since)\s+$", text[max(0, m.start() - 12) : m.start()]):
        # "detained since February": the last February begun by the report's day, never one to come
        return _mention(m, "DATE", "m", _month_resolver(month, -1, strict=True), direction=-1, key=(month,))
    direction = tense_direction(text, m.start(), m.end())
    if direction < 0 and plainly_past(text, m.start()):
        # "was arrested at a Moscow airport in February", told in December: this year's February, gone by
        return _mention(m, "DATE", "m", _month_resolver(month, -1, strict=False, back=True), direction=-1, key=(month,))
    return _mention(m, "DATE", "m", _month_resolver(month, direction), direction=direction, key=(month,))


MONTH_BIAS = 100


def _month_resolver(month: int, direction: int, *, strict: bool = False, back: bool = False) -> Resolver:
    """A bare month's value from the anchor: the nearest such month leaning with the tense, or (``strict``: the
    month named is not the anchor's own; ``back``: it may be) the last one in ``direction``."""

    def resolve(anchor: date | None) -> str | None:
        if anchor is None:
            return f"XXXX-{month:02d}"
        if strict or back:
            return cal.fmt_month(cal.month_year(anchor, month, direction, strict=strict), month)
        return cal.fmt_month(cal.month_near(anchor, month, direction, MONTH_BIAS), month)

    return resolve


def _weekday(m: re.Match[str], text: str) -> Mention | None:
    weekday = WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    pod = PARTS_OF_DAY.get((m["pod"] or m["pod2"] or "").lower(), "")
    suffix = f"T{pod}" if pod else ""
    if rel in ("last", "the previous", "this past", "previous", "past"):
        direction, strict = -1, True
    elif rel in ("next", "this coming", "the following", "coming"):
        direction, strict = 1, True
    else:
        direction, strict = tense_direction(text, m.start(), m.end()), False
        if text.startswith(("'s", "’s"), m.end()):
            direction = -1  # "Tuesday's declaration": a day already told of
        if direction == 0:
            direction = -1  # news tells of days gone by far more often than of days to come

    # "next Friday" said on a Thursday is the Friday of the week after: the one a day off would be "tomorrow"
    # (or "on Friday"), in British and US usage alike
    skip = 7 if rel == "next" else 0

    def resolve(anchor: date | None) -> str | None:
        if anchor is None:
            return f"XXXX-WXX-{weekday + 1}{suffix}"
        day = cal.weekday_near(anchor, weekday, direction, strict=strict)
        if skip and (day - anchor).days == 1:
            day += timedelta(days=skip)
        return day.isoformat() + suffix

    return _mention(m, "DATE", "wd", resolve, direction=direction, key=(weekday, int(strict)))


def _year(m: re.Match[str], text: str) -> Mention | None:
    start, end = m.start("year"), m.end("year")
    before, after = text[max(0, start - 2) : start], text[end : end + 24]
    listed = re.search(r"(?:1[5-9]\d\d|20\d\d), $", text[max(0, start - 6) : start]) is not None
    if (re.search(r"[$£€#\d.,:/]\s?$", before) and not listed) or re.match(r"\s?(?:%|[.,]\d|-\d|/\d|:\d|\d)", after):
        return None  # "$2,2030", "1.2030": part of a number; "in 1995, 2007 and 2019" is a list of years
    if re.match(r"\s?(?:GMT|UTC|IST|MSK|WIB|[A-Z]{2,3}T)\b", after):
        return None  # "1852 HKT", "1745 GMT": a clock time in a time zone
    amount = r"\s+(?:[a-z]+[^s\W]s\b|(?:feet|foot|km|miles?|meters?|metres?|people|troops|members))"
    if re.match(amount, after) and not (
        re.match(r"\s+(?:levels?|results|figures|sales|earnings|profits?|budgets?|elections?|season)\b", after)
    ):
        return None  # "2030 troops": an amount
    if not m["mod"] and _MODEL_YEAR.match(text, end):
        return None  # "a 2007 silver Ford Fusion": the model of a vehicle, not a time
    if not m["mod"]:
        prev = re.search(r"([A-Za-z][\w.'’-]*)\s+$", text[max(0, start - 40) : start])
        if (
            prev
            and prev.group(1)[0].isupper()
            and prev.group(1).lower().rstrip(".") not in MONTHS
            and not _POSSESSIVE.search(prev.group(1))
            and (
                not _sentence_start(text, prev.start(1) + max(0, start - 40))
                or prev.group(1).lower() not in _YEAR_OPENERS
            )
        ):
            return None  # "NATO 2030 agenda", "Vision 2030", a sentence's "Agenda 2030 sets ...": a name
        if m.start() == start and _NAMED_FOR_YEAR.match(text, end):
            return None  # "the 1922 Committee", "the 1812 Overture": a body or a work named with a year
    value = m["year"]
    half = re.match(r"(?i:the\s+(first|second)\s+half)", m.group(0))
    if half:
        value += "-H1" if half.group(1).lower() == "first" else "-H2"  # "the first half of 2022"
    return _mention(m, "DATE", "abs", _const(value))


YEAR_SPAN = 200  # the most years a written span of years covers ("1914-1918"); a wider one is a number or a code


def _year_in_span(m: re.Match[str], text: str) -> Mention | None:
    """One year of a written span of years ("1976-1983"), the first or the last; None when the second year is
    not later than the first by at most ``YEAR_SPAN`` (a code or a score: "2041-2019")."""
    year, other = int(m["year"]), int(m["other"])
    first, last = (year, other) if m.start("year") < m.start("other") else (other, year)
    if not 0 < last - first <= YEAR_SPAN:
        return None
    start, end = m.span("year")
    return Mention(start=start, end=end, type="DATE", kind="abs", resolve=_const(m["year"]))


# a possessive before a year ("Trump’s 2020 defeat", "Harbourside's 2019 title") owns what the year dates: no name
_POSSESSIVE = re.compile(r"\w['’]s$")
# what stands before a year that modifies a noun: a determiner or a possessive ("the 2020 election",
# "its 2023 review", "Trump’s 2020 defeat", "voters' 2020 choice"), maybe with an adjective between ("a new
# 2023 contract", "the proposed 2024 budget"; not a time word: "the year 2023", "the summer 2023 tour")
BEFORE_MODIFIER = re.compile(
    r"(?i:\b(?:the|its|their|his|her|our|this|that|a|an)|\w['’]s|\w['’])\s+"
    r"(?:(?!(?i:years?|months?|spring|summer|fall|autumn|winter|season|end|start|beginning|middle|early|late|mid)\s)"
    r"[a-z]+(?:-[a-z]+)?\s+)?$"
)
MODIFIER_REACH = 40  # characters back from a year to its determiner: "the newly-proposed 2024"


def modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the year written at ``text[start:end]`` modifies the noun after it: a determiner or a possessive
    before it and a word after it ("the 2020 presidential election", "Trump’s 2020 defeat").

    Such a year dates the thing the noun names, not the event its sentence tells of: "Fox agreed Tuesday to
    pay ... over claims about the 2020 election" tells of a Tuesday.
    """
    return (
        BEFORE_MODIFIER.search(text, max(0, start - MODIFIER_REACH), start) is not None
        and re.match(r"\s+[A-Za-z]", text[end : end + 2]) is not None
    )


# capitalised words that open a sentence before a year without making it part of a name ("In 2021", "By 2030")
_YEAR_OPENERS = frozenset(
    """in since by until till from through throughout before after during of for and but or then circa early
    late mid around about as at between over to also only even back not like unlike because when while under
    within ahead beyond year a an the its their his her our this that last next every each fiscal calendar
    ever already nearly almost roughly approximately some still yet so now how why where what with without
    against toward towards into except including among per via despite post pre spring summer autumn fall
    winter christmas easter if once again later earlier""".split()  # noqa: SIM905
)
# names that hold a year without dating anything: a body, a work or a programme ("the 1922 Committee",
# "the 1812 Overture", "the 2030 Agenda"); "the 2000 Olympics", "a 1971 Convention" are dated and stay
_NAMED_FOR_YEAR = re.compile(
    r"\s+(?:Committee|Club|Group|Society|Overture|Symphony|Movement|Foundation|Network|Collective|Initiative"
    r"|Agenda|Vision|Project|Strategy|Generation|Band|Gang)\b"
)


# a year before a vehicle's make or kind, past at most two describing words ("2007 silver Ford Fusion",
# "1998 Honda", "2012 red pickup"), unless the vehicle only names what happened ("a 2012 car crash")
_MODEL_YEAR = re.compile(
    r"\s+(?:[a-z]+[\s-]+){0,2}(?:Ford|Chevrolet|Chevy|Toyota|Honda|Nissan|Dodge|BMW|Mercedes(?:-Benz)?|Audi"
    r"|Volkswagen|VW|Jeep|Hyundai|Kia|Mazda|Subaru|Lexus|Cadillac|Buick|Chrysler|GMC|Pontiac|Volvo|Porsche"
    r"|Ferrari|Lincoln|Acura|Infiniti|Mitsubishi|Tesla|Land\s+Rover|Range\s+Rover|Jaguar|Saturn|Oldsmobile"
    r"|Mercury|Harley-Davidson|Yamaha|Kawasaki|Suzuki|Fiat|Peugeot|Renault|Opel|Skoda|Lamborghini|Bentley|Rolls"
    r"|sedan|SUV|pickup|minivan|hatchback|coupe|convertible|station\s+wagon)\b"
    r"(?!(?:\s+[A-Z][\w-]*)*\s+(?:crash|accident|wreck|collision|chase|plant|factory|dealership|recall)\b)"
)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos]
    return pos == 0 or bool(re.search(r"(?:[.!?][\"”’']?\s+|\n\s*)$", before))


def _decade(m: re.Match[str], text: str) -> Mention | None:
    if m["dec"] and m["dec"].endswith("00") and m["dec"] < "2000":
        # "in the 1800s": the century, as "the 19th century" is; "the 2000s" is still read as its first decade
        value = m["dec"][:2]
    elif m["dec"]:
        value = m["dec"][:3]
    elif m["word"]:
        if not m.group(0).lower().startswith("the"):
            return None  # "her Seventies" is an age
        value = "19" + str(_DECADE_WORDS.index(m["word"]) + 3)
    else:
        yy = int(m["yy"])
        value = ("19" if yy >= 30 else "20") + str(yy)[0]
    return _mention(m, "DATE", "abs", _const(value))


# decades written as words, capitalised after "the" ("a photo from the Seventies"): the 1930s to the 1990s.
# Lower case is left alone ("temperatures in the seventies", "in his seventies" are not decades), and so are
# "the Twenties" and "the Tens", which could be this century's
_DECADE_WORDS = ("Thirties", "Forties", "Fifties", "Sixties", "Seventies", "Eighties", "Nineties")


def _century(m: re.Match[str], text: str) -> Mention | None:
    n = ORDINALS.get(m["ord"].lower()) or int(re.sub(r"\D", "", m["ord"]) or 0)
    if not n:
        return None
    return _mention(m, "DATE", "abs", _const(f"{n - 1:02d}"))


# what sets "the fall" or "the spring" up as a season: a preposition of time before it
_SEASON_SETUP = re.compile(
    r"(?i:\b(?:in|by|during|since|until|till|through|throughout|over|before|after|for|from|into|until|to|all"
    r"|through)\s+)$"
)


def _in_title(text: str, start: int, end: int) -> bool:
    """True when a capitalized word stands in a run of capitalized words that is no sentence's start."""
    after = re.match(r"\s+[A-Z][a-z]", text[end : end + 3])
    before = re.search(r"[A-Z][\w.'’-]*\s+$", text[max(0, start - 30) : start])
    if before is not None and _sentence_start(text, start - len(before.group(0))):
        before = None
    return (after is not None and not _sentence_start(text, start)) or before is not None


def _season(m: re.Match[str], text: str) -> Mention | None:
    code = SEASONS[m["season"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if m["year"]:
        return _mention(m, "DATE", "abs", _const(f"{m['year']}-{code}"))
    if m["season"].lower() in ("fall", "spring") and not rel:
        return None  # the verb "fall", the noun "spring"
    if re.match(r"\s+of\b", text[m.end() :]):
        return None  # "the fall of the junta", "the winter of discontent": no season of a year
    if (
        m["season"].lower() in ("fall", "spring")
        and rel == "the"
        and not _SEASON_SETUP.search(text[max(0, m.start() - 20) : m.start()])
    ):
        return None  # "witnessed the fall", "survived the fall": a tumble, not autumn
    if m["season"][0].isupper() and _in_title(text, m.start("season"), m.end("season")):
        return None  # "the Winter Meetings", "Sea Cliff Summer Theater": a name
    if rel in ("last", "this past", "past"):
        direction, strict = -1, True
    elif rel in ("next", "this coming", "coming"):
        direction, strict = 1, True
    elif rel == "this":
        direction, strict = 0, False
    else:
        direction, strict = tense_direction(text, m.start(), m.end()), False
    season_month = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]

    def resolve(anchor: date | None) -> str | None:
        if anchor is None:
            return f"XXXX-{code}"
        year = cal.month_year(anchor, season_month, direction, strict=strict)
        if code == "WI" and strict and direction < 0 and anchor.month >= 12:
            year = anchor.year
        return f"{year:04d}-{code}"

    return _mention(m, "DATE", "rel", resolve, direction=direction)


_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "thanksgiving": lambda y: cal.nth_weekday(y, 11, 3, 4),
    "independence day": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "labor day": lambda y: cal.nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: cal.nth_weekday(y, 5, 0, -1),
}


def _undated_holiday(when: Callable[[int], date]) -> str | None:
    """A holiday's month and day without a year ("New Year's Day": XXXX-01-01) when they are the same every
    year; None for one that moves (Thanksgiving), whose day the year decides."""
    day, next_year = when(2001), when(2002)
    return f"XXXX-{day.month:02d}-{day.day:02d}" if (day.month, day.day) == (next_year.month, next_year.day) else None


# Thanksgiving is the fourth Thursday of November in the United States, the second Monday of October in Canada:
# a text that names Canada and not the United States ("Trudeau said during a Thanksgiving Monday news
# conference" in a story of Ottawa) keeps Canada's; one that names both says not which
_CANADA = re.compile(r"\b(?:Canada|Canadians?|Ottawa)\b")
_UNITED_STATES = re.compile(r"\b(?:United\s+States|U\.S\.|US|USA|Americans?|Washington)\b")


def _thanksgiving(text: str) -> Callable[[int], date] | None:
    """The Thanksgiving a text tells of: Canada's when it names Canada and not the United States, None when it
    names both, else the United States' (the usual one in English news)."""
    canadian, american = _CANADA.search(text) is not None, _UNITED_STATES.search(text) is not None
    if canadian and american:
        return None
    return (lambda y: cal.nth_weekday(y, 10, 0, 2)) if canadian else _HOLIDAYS["thanksgiving"]


# a holiday's name that modifies a thing ("a huge Halloween party crowd", "witch outfits and other Halloween
# costumes", "scrapped planned Halloween events"): it names what kind of party, not a day, so a report that tells
# of a party on the Saturday before is not dated on 31 October, nor its weekdays counted from it
_HOLIDAY_THING = re.compile(
    r"\s+(?:part(?:y|ies)|partygoers|revell?ers|costumes?|outfits?|celebrations?|events?|festivities|festivals?|"
    r"parades?|crowds?|decorations?|displays?|shopping|sales?|markets?|trees?|lights|cards?|gifts?|presents?|"
    r"dinners?|lunch(?:es)?|feasts?|meals?|menus?|specials?|songs?|carols?|movies?|films?|themed?|spirit|"
    r"traditions?|concerts?|shows?)\b"
)


# a holiday as the occasion kept ("had converged on Itaewon on Saturday to celebrate Halloween"): the day they kept
# it on is the weekday the sentence tells, which may be days before the holiday's own date
_HOLIDAY_KEPT = re.compile(r"(?i:\b(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?|observ(?:e|es|ed|ing))\s+$)")


def _holiday(m: re.Match[str], text: str) -> Mention | None:
    if not m["year"] and not m["rel"] and (
        _HOLIDAY_THING.match(text, m.end()) or _HOLIDAY_KEPT.search(text, max(0, m.start() - 20), m.start())
    ):
        return None
    name = (
        re.sub(r"\s+day$", "", m["hol"].lower().replace("’", "'"))
        if "thanksgiving" in m["hol"].lower()
        else (m["hol"].lower().replace("’", "'"))
    )
    when = _HOLIDAYS.get(name) or _HOLIDAYS.get(name.replace(" day", ""))
    if name == "thanksgiving":
        when = _thanksgiving(text)
        if when is None:
            return _mention(m, "DATE", "free", _const(None))
    if when is None:
        return None
    if m["year"]:
        return _mention(m, "DATE", "abs", _const(when(int(m["year"])).isoformat()))
    rel = (m["rel"] or "").lower()
    direction = {"last": -1, "next": 1, "this": 0}.get(rel, tense_direction(text, m.start(), m.end()))

    def resolve(anchor: date | None) -> str | None:
        if anchor is None:
            return _undated_holiday(when)
        this = when(anchor.year)
        if direction < 0 and this > anchor:
            this = when(anchor.year - 1)
        elif direction > 0 and this < anchor:
            this = when(anchor.year + 1)
        return this.isoformat()

    return _mention(m, "DATE", "rel", resolve, direction=direction)


# what sets midnight at the start of a stretch of time, the day's first minute: "from midnight to 8 am",
# "between midnight and 6 a.m.", "since midnight", "midnight to dawn"
_STRETCH_FROM = re.compile(r"(?i:\b(?:from|since|between)\s+)$")
_STRETCH_TO = re.compile(
    r"(?i:\s*(?:to|until|till|and|[-–])\s+(?:about\s+|around\s+)?(?:\d|noon|dawn|daybreak|sunrise))"
)


def _midnight_hour(m: re.Match[str], text: str) -> int:
    """The hour of "midnight": 24, the end of its day, as TimeBank writes "midnight Friday" (``T24:00``); 0 where
    it opens a stretch of time ("observed five eruptions from midnight to 8 am": the day's first hours)."""
    if _STRETCH_FROM.search(text, max(0, m.start() - 10), m.start()) or _STRETCH_TO.match(text, m.end()):
        return 0
    return 24


def _clock(m: re.Match[str], text: str) -> Mention | None:
    g = m.groupdict()
    hour = int(g["h"]) if g["h"] else (12 if g["word"].lower() == "noon" else _midnight_hour(m, text))
    minute, second = int(g["min"] or 0), g.get("sec")
    ampm = (g.get("ap") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    night = (g.get("pod") or "").lower() == "night"
    if not ampm and _LATER_HALF.get((g.get("pod") or "").lower(), 24) <= hour < 12:
        hour += 12  # "11:46 Friday night" is 23:46, "4:10 Sunday afternoon" 16:10
    if night and not ampm and hour == 12:
        hour = 0  # "12:15 Friday night" is a quarter past midnight
    if hour > 24 or minute > 59:
        return None
    clock = f"T{hour:02d}:{minute:02d}" + (f":{second}" if second else "")
    weekday = WEEKDAYS.get((g.get("wd") or "").lower())
    if weekday is not None and night and hour < _LATER_HALF["night"]:
        weekday = (weekday + 1) % 7  # "2:30 Friday night", the small hours after it: Saturday 02:30
    direction = tense_direction(text, m.start(), m.end())
    rel = g.get("rel")
    if rel and rel.lower() == "yesterday":
        offset: int | None = -1
    elif rel and rel.lower() == "tomorrow":
        offset = 1
    else:
        offset = 0 if weekday is None else None

    def resolve(anchor: date | None) -> str | None:
        if anchor is None:
            return f"XXXX-XX-XX{clock}" if weekday is None else f"XXXX-WXX-{weekday + 1}{clock}"
        if offset is not None:
            day = anchor + timedelta(days=offset)
        else:
            day = cal.weekday_near(anchor, weekday or 0, direction if direction else -1)
        return day.isoformat() + clock

    # a time with no day word of its own ("at 17:42 GMT") may take the day written next to it
    kind = "clock" if offset == 0 and not rel else "rel"
    return _mention(m, "TIME", kind, resolve, direction=direction)


def _range_start(m: re.Match[str], text: str) -> Mention | None:
    """The first clock time of a range written with "a.m." or "p.m." at its end only ("between 9.30 and 9.40am"):
    of the same half of the day when it comes before the second hour; a range that crosses noon or midnight
    ("from 11 to 1pm") does not tell which half it starts in, and is left alone."""
    first, second = int(m.group("h")), int(m.group("h2"))
    if second == 12 or first == 12 or first > second:
        return None
    return _clock(m, text)


# a part of day after a clock time's weekday that puts an hour written without "a.m." or "p.m." in the later
# half of the day, from the hour given: "at 11:46 Friday night" (but "at 2:30 Friday night" is 2:30, Saturday)
_LATER_HALF = {"afternoon": 1, "evening": 4, "night": 6}
# a clock time's weekday with its part of day: "11:46 Friday night", "10 p.m. Wednesday evening"
_CLOCK_WD = rf"(?:on\s+)?{WD}(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?"


# what sets a bare figure up as a time of day: a preposition of time before it ("at 17:42", "until 0900 GMT")
_CLOCK_SETUP = re.compile(r"(?i:\b(?:at|around|about|by|until|till|before|after|since|from|to|between|and|of)\s+)$")
# zones that are also common abbreviations of other things ("CT scan", "PT", "MT"): after "17:42", or after a
# four-digit figure only with a preposition of time before it
_SHORT_ZONES = frozenset({"ET", "CT", "PT", "MT"})


def _clock24(m: re.Match[str], text: str) -> Mention | None:
    """A 24-hour clock time: "1742 GMT", "17:42 UTC", "0900Z", "at 17:42".

    A four-digit figure is a time only with a zone after it (alone, "1742" is a year or a count); a colon
    time needs a zone or a two-digit hour after a preposition of time (a lone "3:16" is a verse or a score).
    The zone stays in the span; the value keeps the clock as written, unconverted (TIMEX3 values hold no zone).
    """
    setup = _CLOCK_SETUP.search(text, max(0, m.start() - 12), m.start()) is not None
    if text[max(0, m.start() - 1) : m.start()] in (".", ",", ":", "/"):
        return None  # "3.1742 GMT", "12/1742": part of a longer figure
    if m["zone"] and m["zone"] in _SHORT_ZONES and not m["colon"] and not setup:
        return None
    if not m["colon"] and (not m["zone"] or len(m["h"]) != 2):
        return None
    stamped = m["colon"] and _AFTER_WRITTEN_DATE.search(text, max(0, m.start() - 40), m.start()) is not None
    # a colon time followed by its weekday is a time of day too: "the quake struck at 9:46 Friday night"
    if m["colon"] and not m["zone"] and not (setup and len(m["h"]) == 2) and not stamped and not m["wd"]:
        return None
    return _clock(m, text)


# a date written out with its year and a separator, as a page's stamp puts a clock time after it:
# "Thu, 10 Aug, 2023 - 11:56", "June 3, 2024 | 9:05", "3 June 2024, 17:42"
_AFTER_WRITTEN_DATE = re.compile(
    r"(?:\b[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?|\b[A-Z][a-z]{2,8}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?)"
    r"\s+(?:19|20)\d\d\s*(?:[-–|,]\s*)?$"
)


# ---- the rule table --------------------------------------------------------------------------------------


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(EDGE + pattern + END)


def _iso_date(m: re.Match[str], text: str) -> Mention | None:
    year, month, day = int(m["year"]), int(m["mm"]), int(m["dd"])
    if not cal.valid_day(year, month, day):
        return None
    return _mention(m, "DATE", "abs", _const(f"{year:04d}-{month:02d}-{day:02d}"))


DATE_RULES: list[tuple[re.Pattern[str], Builder]] = [
    (_c(rf"{YEAR}-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)(?!\d)"), _iso_date),
    (_c(rf"(?:{WD_FULL},?\s+)?{MON_FULL}{MON_GAP}{DAY},?\s+{YEAR}"), _full_date),
    (_c(rf"{MON_FULL}\s+{DAY}\s?[-–]\s?[0-3]?\d,?\s+{YEAR}"), _full_date),  # "May 3-5, 2023": its first day
    (_c(rf"(?:{WD_FULL},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MON_FULL},?\s+{YEAR}"), _full_date),
    # no year may follow ("May 3 2023" is a full date); a clock time may ("4 November 02:00 GMT")
    # a day number makes a month of a shortened name without its period ("Jul 11", "11 Jul")
    # "this January 19", "this Thursday, January 19": the day, not the month ("this January") nor the week
    (_c(rf"{DAY_REL}(?:{WD},?\s+)?{MON_FULL}{MON_GAP}{DAY}(?!,?\s+\d+(?![:.\d]))"), _month_day),
    # a part of a month and day: "the morning of November 12" (``XXXX-11-12TMO``); not "the night of Oct. 23", which
    # runs into the next day: TimeBank marks the date alone
    (
        _c(rf"(?i:the\s+)?(?P<pod>(?i:morning|afternoon|evening))\s+of\s+(?:{WD},?\s+)?{MON_FULL}{MON_GAP}{DAY}"
           r"(?!,?\s+\d+(?![:.\d]))"),
        _part_of_month_day,
    ),
    (
        _c(rf"(?i:the\s+)?(?P<pod>(?i:morning|afternoon|evening))\s+of\s+(?:{WD},?\s+)?(?:the\s+)?{DAY}"
           rf"(?:\s+of)?\s+{MON_FULL}(?!,?\s+\d+(?![:.\d]))"),
        _part_of_month_day,
    ),
    # a span of days, "June 23-24": dated by its first day
    (_c(rf"(?:{WD},?\s+)?{MON_FULL}\s+{DAY}\s?[-–]\s?[0-3]?\d(?!,?\s+\d+(?![:.\d]))"), _month_day),
    (_c(rf"{DAY_REL}(?:{WD},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MON_FULL}(?!,?\s+\d+(?![:.\d]))"), _month_day),
    (
        _c(
            r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
            rf"[\s-]+)?{MON},?\s+(?:of\s+)?{YEAR}"
        ),
        _month_year,
    ),
    (_c(rf"{MON}\s+(?P<rel>(?i:this|last|next))\s+year"), _month_rel_year),
    (
        _c(
            r"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|the\s+previous|the\s+following))\s+)?"
            r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"
            rf"{MON}"
        ),
        _bare_month,
    ),
    (
        _c(
            r"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|the\s+previous|the\s+following|coming|past))"
            r"\s+)?(?:(?P<pod2>(?i:early|late))\s+)?"
            rf"{WD}(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?"
        ),
        _weekday,
    ),
    (
        _c(
            r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|"
            rf"the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]+)?(?P<mod>(?i:fiscal|calendar|the\s+year)\s+)?{YEAR}"
            r"(?!['’]?s\b)"
        ),
        _year,
    ),
    # a span of years, "(1976-1983)", "1939–1945": each year a date of its own, as TimeBank marks them
    (re.compile(rf"{EDGE}{YEAR}(?=[-–](?P<other>1[5-9]\d\d|20\d\d){END})"), _year_in_span),
    (re.compile(rf"(?<![\w$-])(?P<other>1[5-9]\d\d|20\d\d)[-–]{YEAR}{END}"), _year_in_span),
    (
        _c(
            r"(?:(?i:the\s+)?(?i:early|late|mid)[\s-]*|(?i:the)\s+)?(?:(?P<dec>1[5-9]\d0|20\d0)['’]?s"
            r"|['’](?P<yy>\d0)['’]?s"
            r"|(?P<word>Thirties|Forties|Fifties|Sixties|Seventies|Eighties|Nineties))"
        ),
        _decade,
    ),
    (
        _c(
            r"(?i:(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
            r"|ninth|tenth|eleventh|twelfth)[\s-]+century)"
        ),
        _century,
    ),
    (
        _c(
            r"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|the\s+early|the\s+late|early|late|the|past|"
            rf"coming|mid))[\s-]+)?(?P<season>(?i:spring|summer|fall|autumn|winter))(?:(?:\s+of)?\s+{YEAR})?"
        ),
        _season,
    ),
    (
        _c(
            r"(?:(?P<rel>(?i:last|next|this))\s+)?(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)"
            r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Labor\s+Day"
            rf"|Memorial\s+Day)(?:,?\s+{YEAR})?"
        ),
        _holiday,
    ),
    (
        _c(
            r"(?:(?i:around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
            r"(?:(?P<h>[012]?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm))"
            r"|(?P<word>(?i:noon|midnight)))"
            rf"(?:\s+{ZONE})?"
            rf"(?:,?\s+(?:(?P<rel>(?i:yesterday|today|tomorrow))|{_CLOCK_WD}))?"
        ),
        _clock,
    ),
    (
        # the first clock time of a range that writes "a.m." or "p.m." only at its end: "between 9.30 and 9.40am"
        # is 09:30 to 09:40 (the second time is the plain clock rule's)
        _c(
            r"(?:(?<=[Bb]etween\s)|(?<=[Ff]rom\s))(?P<h>[01]?\d)(?:[:.](?P<min>[0-5]\d))?"
            r"(?=\s*(?:and|to|until|till|[-–])\s*(?P<h2>[01]?\d)(?:[:.][0-5]\d)?\s*"
            r"(?P<ap>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm))(?![A-Za-z]))"
        ),
        _range_start,
    ),
    (
        _c(
            r"(?:(?i:around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
            r"(?P<h>[01]?\d|2[0-3])(?P<colon>:)?(?P<min>[0-5]\d)(?(colon)(?::(?P<sec>[0-5]\d))?)"
            rf"(?:\s?(?P<zone>{ZONE}))?"
            rf"(?:,?\s+(?:(?P<rel>(?i:yesterday|today|tomorrow))|{_CLOCK_WD}))?"
        ),
        _clock24,
    ),
]

# numbers of time units, for durations and "N units ago" (used by timex_relative)
UNIT_WORDS = (
    r"(?:seconds?|minutes?|mins?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?"
    r"|century|centuries)"
)
COUNT = rf"(?:{NUMBER}|{VAGUE_NUMBER})"


def count_of(words: str | None) -> float | None:
    return number_value(words) if words else 1.0


def duration_of(count_words: str | None, unit_word: str) -> str:
    return duration_value(count_of(count_words), unit_name(unit_word))
