"""Quantities: the figures a statement gives, each with what it counts (``storyline.compare.counted``) and the
range of values it allows.

A figure is read with its hedge: equal, within a stated bound ("more than a dozen" and 13; "at least 40" and
42), within a hedge ("about 300" and 310; a figure given to the unit allows less: "about 207" is no
"approximately 243"), or a rounding of it (2,000 and 2,040); two bounds in one direction are compatible only when
they give one figure, up to the rounding of the rounder ("more than 400" / "at least 420"), for "at least 78"
and "at least 75" are two reports of a toll that differ (``bounds_differ``). A count up to nineteen written as a
word is as exact as its digits ("seven" is not "8"). Years, days of a month and clock times ("1:42 p.m. ET",
"1742 GMT") are no counts; a quake's magnitude is a measure of its own.

An amount of money carries its role (``storyline.compare.money``: what was agreed or paid is no figure of what
was sought, offered, rejected or valued); a conversion in brackets is the same amount with its hedge ("more than
€100million (£86.4m)" is more than £86.4m), and a figure written with its scale is given to its last digit
("£100m" is no £95m). Two counts of different things joined by "and" ("367 passengers and 12 crew") also give
their sum, as a count of both together.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, replace

from storyline.calendar_words import month_openings, month_spellings
from storyline.compare.counted import (
    CEILING,
    CURRENCY,
    GROUP,
    NOT,
    NUMBER_WORDS,
    PART_AFTER,
    PART_BEFORE,
    PEOPLE,
    PRISON,
    TALLIED,
    TOLLS,
    bare_toll,
    coordinated,
    counted_phrase,
    fronted_whole,
    group_of,
    group_size,
    joint,
    partitive,
    predicate,
    prison_term,
    restricted,
    said_of_part,
    tallied,
    told_before,
    told_group,
    unit_of,
    verbs_after,
    what_of,
)
from storyline.compare.money import FAR, Period, basis_of, converts, day_of, per_unit, period_of, role_of
from storyline.compare.rates import told_as_rate
from storyline.compare.tallies import told_as_tally

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
LOWER = ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than")
UPPER = ("fewer than", "less than", "up to", "at most", "under", "no more than", "below")
ABOUT = ("about", "around", "nearly", "almost", "roughly", "approximately", "some", "close to", "an estimated",
          "estimated", "more or less")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUM = (
    r"(?P<cur>(?-i:US|AU|A|CA|C|NZ|HK|S)\$|[$€£¥])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a\s+)?(?:"
    + "(?:" + "|".join(_TENS) + ")-(?:" + "|".join(_ONES) + r")\b|"
    + "|".join(sorted((k for k in NUMBER_WORDS if not k.startswith("a ")), key=len, reverse=True))
    + r")\b)(?P<half>\s+and\s+a\s+half\b)?(?:\s*(?P<scale>thousand|million|billion|trillion|bn|m|k)\b)?"
)
_QUANTITY = re.compile(
    r"(?P<hedge>\b(?P<hedge_words>" + "|".join(re.escape(h) for h in (*LOWER, *UPPER, *ABOUT))
    + r")\s+(?:an?\s+(?=\d))?)?"
    + r"(?<![\w.])"
    # a sign of its own ("minus 0.1 per cent", "-0.1%", "negative 0.5"); a dash between figures is a range ("0-0.1")
    + r"(?P<sign>(?i:minus|negative)\s+|[-−](?=\d))?"
    + _NUM
    # "pc" only written onto its figure, as British papers do ("0.1pc"): "5 PC games" counts computers
    + r"(?P<pct>(?:\s*|-)(?:%|percent\b|per\s+cent\b)|pc\b)?"
    # a word in quotes may modify the counted noun ('eight "priceless" items')
    # a counted word is no hedge of the next figure ("66 as over 100 people": "over" hedges 100)
    # nor is the sign of the next ("0.1 per cent from minus 0.1 per cent")
    + r"(?P<noun>(?:\s+(?!of\b|in\b|on\b|at\b|to\b|and\b|for\b|by\b)(?!(?i:minus|negative)\s+[$€£¥]?\d)(?!(?:"
    + "|".join(re.escape(h) for h in (*LOWER, *UPPER, *ABOUT)) + r")\s+(?:an?\s+)?[$€£¥]?\d)"
    + r"[\"“]?[A-Za-z-]+[\"”]?){0,3})?",
    re.I,
)
# a figure in a path or a fraction ("/8301-207_162-5758/", "4 1/2 months") counts nothing
_SLASHED = re.compile(r"/\s?$")
_SLASH_AFTER = re.compile(r"\s?/")
# a clock time is no count ("12:42pm local time (17:42 GMT)", "1:42 p.m. ET (1742 GMT)"): its digits touch a
# colon, or an hour marker or a time zone follows them
_CLOCK_BEFORE = re.compile(r"\d[:.h]$")
_CLOCK_AFTER = re.compile(
    r"(?:[:.h]\d\d|\s?(?i:[ap]\.?\s?m\b\.?|hours?\s+(?:GMT|UTC))|\s(?:GMT|UTC|Z|[ECMP][SD]?T|BST|CES?T)\b|"
    r"\s(?i:local\s+time)\b)"
)
@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # what is counted: a currency, "percent", or the counted noun (singular)
    low: float  # the range the statement allows
    high: float
    verbs: frozenset[str] = frozenset()  # what is said of the count ("derail", "aboard"): see ``predicate``
    written: str = ""  # the figure as the statement gives it, hedge included ("at least 78", "Sixty-six")
    exact: bool = True  # given to the unit ("78", "seven"), not round ("a dozen")
    what: frozenset[str] = frozenset()  # for a share, what it is of ("wage"): ``what_of``
    part: bool = False  # a part of a count ("another four deaths", "including 12 children")
    start: int = 0  # where in the statement the count is told, what it counts included ("the death toll ... 78")
    end: int = 0
    role: str = ""  # of an amount of money: what it is (``storyline.compare.money.role_of``: "sought", ...)
    converted: bool = False  # an amount of money told again in another currency ("$787.5 million (£633.6m)")
    figure_end: int = 0  # where the figure itself ends, its scale included ("$1.6 billion")
    in_sum: bool = False  # a part of a whole the statement also gives ("15 ... and 15 during it": ``_elided``)
    by_place: bool = False  # the first count of a breakdown by place ("105 in Jajarkot, 85 in Rukum West")
    summed: bool = False  # a whole storyline added up from parts the statement gives ("15 ... and 15 during it")
    measured_in: str = ""  # a measure told in another system than ``unit``, as written ("acre" of "2,100 acres")
    measured: float = 0.0  # its figure in that system (2100.0), before it was converted
    group: str = ""  # the named group a count is narrowed to ("senegalese" of "three Senegalese citizens")
    basis: str = ""  # of an amount of money: what it is measured on ("cash", "debt": ``money.basis_of``)
    period: Period | None = None  # the period it is told of ("last year", "in the third quarter": ``period_of``)
    per: str = ""  # of an amount of money: what it is the price of one of ("share" of "$253 a share": ``per_unit``)
    day: str = ""  # of an amount of money: the day its sentence tells it of ("tuesday": ``money.day_of``)
    whole: float = 0.0  # the whole a bare count is part of, fronted ("Of the 252 miners ..., 205 were ...")
    # told per year or as a typical figure ("about 80 deaths ... per year": ``rates``), or as a running tally over a
    # long span or of an outbreak ("4,000 have died over the past six years", "5,084 cases and 12 deaths": ``tallies``)
    rate: bool = False
    tally: str = ""  # of a running tally, the span it is told over ("since october": ``tallies.told_as_tally``)
    including: str = ""  # of a toll: the part it names right after it, as written ("eight children")
    difference: bool = False  # a change of a count, no count ("two fewer deaths", "five more", "an additional 12")

    @property
    def bound(self) -> str:
        """"lower" for "at least 78", "upper" for "up to 50", "" for anything else."""
        return "lower" if self.high == float("inf") else "upper" if self.low == 0 < self.value else ""


def quantities(text: str) -> list[Quantity]:
    """The quantities a statement gives, with the range each one allows (dates, years and clock times left
    out)."""
    return list(_quantities(text))


@functools.lru_cache(maxsize=1 << 14)
def _quantities(text: str) -> tuple[Quantity, ...]:
    # cached: a story's statements are set against each other many times (``facts.join_counts``)
    out: list[Quantity] = []
    sums: list[Quantity] = []
    for m in _QUANTITY.finditer(text):
        raw = m.group("num").lower().replace(",", "")
        if _MONTH_BEFORE.search(text, 0, m.start("num")) or _MONTH_AFTER.match(text, m.end("num")):
            continue  # a day of a month ("Jul 11", "11 July") is a date, compared as one, and counts nothing
        if magnitude := _magnitude(text, m):
            out.append(magnitude)
            continue
        if raw[0].isdigit():
            value = float(raw)
            if re.fullmatch(r"(?:19|20)\d\d", m.group("num")) and not m.group("cur") and not m.group("pct"):
                continue  # a year: dates are compared as dates (a figure written "2,000" is no year)
            if _CLOCK_BEFORE.search(text, 0, m.start("num")) or _CLOCK_AFTER.match(text, m.end("num")):
                continue
            if _SLASHED.search(text, 0, m.start("num")) or _SLASH_AFTER.match(text, m.end("num")):
                continue
        elif "-" in raw:  # "sixty-six"
            tens, ones = raw.split("-")
            value = float(NUMBER_WORDS[tens] + NUMBER_WORDS[ones])
        else:
            value = float(NUMBER_WORDS.get(raw, NUMBER_WORDS.get(raw.removeprefix("a "), 0)))
            if not value:
                continue
        if m.group("half"):
            value += 0.5
        if m.group("scale"):
            value *= _SCALE[m.group("scale").lower()]
        if m.group("sign"):
            value = -value
        noun_words = (m.group("noun") or "").split()
        unit = unit_of(m, noun_words)
        # a measure in words is a scope more than a figure ("within the one-mile radius"): read as before
        measure = _measure(text, m.end("num")) if raw[0].isdigit() else None
        if measure is not None:
            unit = measure[0]  # "a 57-metre long steel pipe": a length, no count of pipes
        verbs = predicate(text, m, noun_words)
        start = m.start()
        if told := told_before(text, m.start()):
            # "the death toll ... has risen to at least 78": the count of the dead, whatever follows the figure
            told_unit, told_verbs, start = told
            unit, verbs = unit or told_unit, verbs | told_verbs
        role = ""
        if unit is None and not counted_phrase(noun_words) and not m.group("pct") and not m.group("cur"):
            # "five of the six crew members were killed": five crew died (and six is how many they were); "all four
            # of its gates" is how many they are, which "one of the four gates failed" does not contradict
            if of_group := partitive(text, m.start(), m.end("num")):
                unit, role = of_group[0], GROUP if of_group[1] else ""
                if not of_group[1] and (own := said_of_part(text, m.end("num"))) is not None:
                    verbs = own | (verbs & told_verbs_of(told))
        elif unit is not None and group_size(text, m.start()):
            role, verbs = GROUP, frozenset()
        if m.group("pct") and tallied(text, m.end("pct")):
            role = TALLIED  # "With 97.6% of votes tallied": no share of the vote
        elif m.group("pct") and changed_from(text, m.start()):
            role = FROM  # "raised to a range of 0 to 0.1 per cent from minus 0.1 per cent": the rate before
        if unit is None and not counted_phrase(noun_words) and raw != "one" and (toll := bare_toll(text, m)):
            unit, verbs = PEOPLE, verbs | {toll}  # "more than 88,000 had been displaced", "killing at least 12"
        whole = 0.0
        if unit is None and not counted_phrase(noun_words) and not m.group("pct") and not m.group("cur") and (
            fronted := fronted_whole(text, m.start())
        ):
            whole, unit = fronted  # "Of the 252 miners present ..., 205 were brought to the surface": 205 miners
        if _ALL_BUT.search(text, 0, m.start()):
            # "all but two of the 181 ... were killed": what is said is said of the others, and the two are its denial
            verbs = frozenset(v if v.startswith(NOT) else NOT + v for v in verbs)
        if (elided := _elided(text, m, noun_words, verbs, out[-1] if out else None)) is not None:
            unit, verbs = elided.unit, elided.verbs  # "15 people were arrested before ... and 15 during it"
        hedge = (m.group("hedge_words") or "").lower()
        if unit is None and (term := prison_term(text, m, noun_words)):
            out.append(_prison(text, m, value, hedge, term))
            continue
        if unit is None:
            continue
        if unit == "member" and (forces := _FORCES.match(text, m.end())):
            # "some 8,400 members of the country's army, air force and national guard were deployed": troops, as
            # others say, and what is said of them follows the list of forces
            unit, verbs = "troop", verbs | verbs_after(text, forces.end())
        others = _others_of_another_toll(verbs, out[-1] if out else None) if unit == "other" else False
        unit = PEOPLE if unit in _PERSONS or others else unit
        if unit == "live" and not _SAVED.search(text, max(0, m.start() - _SAVED_WINDOW), m.start()):
            unit, verbs = PEOPLE, verbs | {"die"}  # "the loss of at least 632 lives", "claimed 40 lives"
        if (unit not in CURRENCIES and unit != "percent" and m.group("noun")
                and _EQUIVALENT.match(text, m.end("noun")) is not None):
            unit = f"{unit} {EQUIVALENT}"  # "1.3 million barrels of oil-equivalent": no barrels of oil
        if unit not in CURRENCIES and unit != "percent" and (other := coordinated(text, m, noun_words)):
            unit = joint(unit, other)  # "379 passengers and crew" counts no passengers alone
        exact = raw[0].isdigit() or raw in _EXACT_WORDS or "-" in raw
        low, high = _range(value, hedge, exact=exact)
        measured_in, measured = "", 0.0
        if unit in _CONVERT:  # one measure in two systems ("72 kilometres (45 miles)"): compared in one
            if _CONVERT[unit][1] != 1.0:
                measured_in, measured = unit, value
            unit, factor = _CONVERT[unit]
            value, low, high = value * factor, low * factor * (1 - _CONVERTED), high * factor * (1 + _CONVERTED)
        by_place = _BY_PLACE.match(text, m.end()) is not None
        part = bool(PART_BEFORE.search(text, 0, m.start()) or (PART_AFTER.match(text, m.end("num")) and not others)
                    or restricted(text, m.end()) or by_place)
        opens = m.start()
        if (span := _range_before(text, m.start())) is not None and span[1] <= value:
            # "between 5,000 and 6,000 people": the count is anywhere from the first figure to the second
            opens, low = span[0], min(low, span[1])
            start = min(start, opens)
        written = text[opens : m.start("noun") if m.group("noun") else m.end()].strip()
        # "about 80 deaths ... per year" tells how often people die, "4,000 have died over the past six years" how
        # many died of many events: no toll of one event, and no reader takes either for one
        yearly = told_as_rate(text, start, m.end())
        tally = told_as_tally(text, start, m.end())
        rate = yearly or bool(tally)
        if yearly:  # a tally's dead died, and two tallies may disagree on them as on a toll ("312 vs 298 deaths")
            verbs = verbs - TOLLS
        q = Quantity(
            value=value, unit=unit, low=low, high=high, verbs=verbs, written=written, exact=exact,
            what=measure[1] if measure else what_of(text, m, noun_words, unit), part=part, start=start, end=m.end(),
            by_place=by_place, role=role, measured_in=measured_in, measured=measured, whole=whole,
            rate=rate, tally=tally, difference=_DIFFERENCE_AFTER.match(text, m.end("num")) is not None
            or _DIFFERENCE_BEFORE.search(text, 0, m.start()) is not None,
            period=period_of(text, m.start(), max(m.end(g) for g in ("num", "scale", "pct") if m.group(g))),
            group=(
                "" if unit in CURRENCIES or unit == "percent"
                else group_of(noun_words, unit) or told_group(text, m.start())  # "the number of Egyptian deaths"
            ),
        )
        if part and not m.group("cur") and not m.group("pct") and (one := _one_and_others(text, m)):
            # "The mother and two other adults on board were killed": three adults, the one named among them
            q = replace(q, value=value + one, low=low + one, high=high + one, part=False, written=f"{int(value + one)}")
        if elided is not None and _within(text, elided, m):
            q = replace(q, part=True)  # "two million people across France, and 400,000 in the capital alone"
        elif elided is not None:
            out[-1], q = replace(out[-1], part=True, in_sum=True), replace(q, part=True, in_sum=True)
            sums.append(_sum(text, out[-1], q))
        out.append(_as_money(q, text, m, out[-1] if out else None) if unit in CURRENCIES else q)
    out, listed = _listed(text, out)
    return tuple(_with_sums(text, out) + sums + listed)


# one person or thing named right before "and N other(s)": "The mother and two other adults", "Ortiz and three
# others"; a plural ("the parents and two other adults") or a list says no number, and is left a part
_ONE_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*[^\Ws]"
    r"|(?<![,\w]\s)(?<!\w)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+and\s+$"
)
_OTHERS_AFTER = re.compile(r"\s+others?\b", re.I)
_ONE_REACH = 40


def _one_and_others(text: str, m: re.Match[str]) -> int:
    """1 where a count is of others beside one named right before it ("The mother and two other adults were
    killed": three adults died, and a report that says "the three adults on board" agrees), else 0."""
    if not _OTHERS_AFTER.match(text, m.end("num")):
        return 0
    before = text[max(0, m.start() - _ONE_REACH) : m.start()]
    found = _ONE_BEFORE.search(before)
    return 1 if found is not None and not re.search(r"[,;]|\band\b", before[: found.start()][-12:]) else 0


# a figure told as a change of a count: "to reflect two fewer deaths", "five more people died", "an additional 12
# were hurt" ("another 14" may be a whole toll of its own: ``counts.toll_counts``)
_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|fewer|less)\b(?!\s+than\b)", re.I)
_DIFFERENCE_BEFORE = re.compile(r"\b(?:an?\s+)?(?:additional|further|extra)\s+$", re.I)


# a measure of energy in the barrels or tonnes of oil that would give it ("1.3 million barrels of oil-equivalent
# per day", "tonnes of oil equivalent"): oil and gas together, another measure than barrels of oil
EQUIVALENT = "of oil equivalent"
_EQUIVALENT = re.compile(r"\s+of\s+oil[\s-]+equivalents?\b", re.I)


# a count of those a statement leaves out: "all but two of the 181 passengers and crew on board were killed"
_ALL_BUT = re.compile(r"\ball\s+(?:but|except(?:\s+for)?|save)\s+$", re.I)


def told_verbs_of(told: tuple[str | None, frozenset[str], int] | None) -> frozenset[str]:
    """The verbs a count's clause tells before its figure (``counted.told_before``), or none."""
    return told[1] if told else frozenset()


# a range's first figure, right before its second: "between 5,000 and 6,000", "18,000 to 20,000" (not a change:
# "from 5,000 to 6,000")
_RANGE_BEFORE = re.compile(
    r"(?<![\w.,])(?P<between>between\s+)?(?P<low>\d{1,3}(?:,\d{3})+|\d+)\s*(?P<join>and|to|-|–)\s*$", re.I
)
_FROM_WORD = re.compile(r"\bfrom\s+$", re.I)


def _range_before(text: str, at: int) -> tuple[int, float] | None:
    """Where a range opens and its first figure, when the figure at ``at`` ends one (``_RANGE_BEFORE``)."""
    m = _RANGE_BEFORE.search(text, max(0, at - 40), at)
    if m is None or (m.group("join").lower() == "and") != bool(m.group("between")):
        return None
    if _FROM_WORD.search(text, 0, m.start()):
        return None
    return m.start(), float(m.group("low").replace(",", ""))


# of a rate or a share in a change ("from 0.1 per cent to a range of 0 to 0.1 per cent"): the figure before it,
# which is compared only with another report's figure before the change (``counts.count_disagreement``)
FROM = "from"
# "from" before a figure, with what names it an earlier one ("up from the initial 23%", "from its previous 4%")
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:the|an?|its|their|his|her)\s+)?(?:(?:initial|original|earlier|previous|prior|first|old)\s+)?$",
    re.I,
)
# a figure that a change went up or down from, with no figure after it: the one before the change is told
# right after the one it became ("wage increases of 25%, up from the initial 23% increase")
_UP = re.compile(r"\b(?:up|down)\s+$", re.I)
# the figure after the change, which the sentence must also give ("to a range of 0", "to 5.25%")
_TO_FIGURE = re.compile(
    r"\bto\s+(?:a\s+range\s+of\s+|(?:a|an|the)\s+)?(?:(?:minus|negative)\s+|[-−])?[$€£¥]?\d", re.I
)


def changed_from(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is the one a change starts from: "from" just before it, in a sentence that
    also gives the figure it changed to ("increased its key rate from 0.1 per cent to 0.25 per cent", "raised
    to 0.1 per cent from minus 0.1 per cent"), or told as up or down from it ("wage increases of 25%, up from
    the initial 23%"). "Support from 40% of voters" tells no change."""
    if (m := _FROM_BEFORE.search(text, 0, at)) is None:
        return False
    return _TO_FIGURE.search(text) is not None or _UP.search(text, 0, m.start()) is not None


# the armed forces that "members of" names as troops ("8,400 members of Mexico's army, air force and ...")
_FORCE = r"(?:the\s+)?(?i:army|armed\s+forces|military|national\s+guard|navy|air\s+force|security\s+forces|marines)\b"
_FORCES = re.compile(
    r"\s+of\s+(?:[A-Z][\w'’.-]*\s+){0,2}" + _FORCE + r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)" + _FORCE + ")*"
)


def _others_of_another_toll(verbs: frozenset[str], before: Quantity | None) -> bool:
    """Whether "others" counted with a toll are people of another toll than the count just before them, and so
    a toll of their own, no part of any: "45 people were confirmed dead and 47 others were missing" gives 47
    missing (while "three died in Lyon and two others in Paris" are two of the dead)."""
    if before is None or before.unit != PEOPLE:
        return False
    mine, theirs = verbs & TOLLS, before.verbs & TOLLS
    return bool(mine and theirs and not mine & theirs)


def _prison(text: str, m: re.Match[str], value: float, hedge: str, term: str) -> Quantity:
    """A prison term in years (``counted.prison_term``), months as a share of a year. A ceiling's own hedge
    names it ("faces up to 110 years" is a ceiling of 110, which "a maximum of 115 years" contradicts), so
    "up to" bounds nothing there; a hedge of about on a ceiling allows half what it does on a count ("close
    to 115 years"); any other hedge reads as on a count ("more than 11 years")."""
    if m.group("noun").split()[0].lower().startswith("month"):
        value /= 12
    ceiling = term == CEILING or hedge in UPPER
    low, high = (value, value) if ceiling and hedge in (*UPPER, "") else _range(value, hedge, exact=True)
    if ceiling and hedge in ABOUT:
        # the most a charge carries is a sum of fixed terms, which reports round little: a hedge on it allows half
        # what it allows on a count ("close to 45 years" may be 44; "close to 115 years" is no "up to 110")
        low, high = value * (1 - _EXACT_HEDGE / 2), value * (1 + _EXACT_HEDGE / 2)
    written = text[m.start() : m.start("noun")].strip()
    return Quantity(value=value, unit=PRISON, low=low, high=high, written=written, start=m.start(), end=m.end(),
                    role=CEILING if ceiling else term, figure_end=m.end("num"))


# the first count of a breakdown by place ("105 people in Jajarkot, 85 in Rukum West, five in Jumla"): a part,
# never the whole another report gives
_BY_PLACE = re.compile(
    r"\s+in\s+(?:[A-Z][\w’'-]*\s*){1,3},\s+(?:and\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+in\s+[A-Z]"
)
# a count of persons however it names them ("10,000 individuals still missing", "5,000 people")
_PERSONS = frozenset({"person", "individual"})
# lives counted are lives lost ("the loss of at least 632 lives"), unless saved
_SAVED = re.compile(r"\b(?:sav(?:e|ed|es|ing)|rescu\w*|spar\w*)\b", re.I)
_SAVED_WINDOW = 30


# what may follow a count whose noun is left out, as the count before it gives it ("15 people were arrested before
# the march and 15 during it", "three died in Lyon and two in Paris"): nothing, or a word that starts no noun
_ELIDED_NEXT = frozenset({
    "during", "before", "after", "near", "outside", "inside", "across", "around", "since", "until", "overnight",
    "elsewhere", "later", "earlier", "there", "here", "from", "with", "among", "each", "apiece", "while", "when",
})  # fmt: skip
# a figure between a count and one whose noun is left out, which the count before it does not read
_FIGURE = re.compile(r"(?<![\w.,])\d[\d,]*(?![\d:])")
_AND_BEFORE = re.compile(r"\band\s+$")
_SENTENCE_END = re.compile(r"[;:!?]|\.\s")
# how far back, in words, the count whose noun is left out may be ("before the Paris march and")
_ELIDED_WORDS = 8


def _elided(text: str, m: re.Match[str], noun_words: list[str], verbs: frozenset[str],
            before: Quantity | None) -> Quantity | None:
    """The count just before a figure whose counted noun the figure leaves out, or None: "15 people were
    arrested before the Paris march and 15 during it" counts people twice, and the two are parts of one count
    of 30 (``_sum``). The figure must follow "and", give no noun of its own (nothing, or a word that starts none:
    ``_ELIDED_NEXT``), say no verb the count before does not ("12 people died and 15 were injured" are two
    counts), and stand in the clause of a count of a noun (no share, no money, no part: "and two of them")."""
    if before is None or before.in_sum or before.unit in CURRENCIES or before.unit in ("percent", "magnitude"):
        return None
    if _FIGURE.search(text, before.end, m.start()):
        return None  # "48 dead, consisting of 43 in Acapulco and five in ...": the five go with the 43
    if m.group("cur") or m.group("pct") or m.group("scale") or PART_AFTER.match(text, m.end("num")):
        return None
    between = text[before.end : m.start()]
    if not _AND_BEFORE.search(between) or _SENTENCE_END.search(between) or len(between.split()) > _ELIDED_WORDS:
        return None
    if noun_words and noun_words[0].lower() not in _ELIDED_NEXT and counted_phrase(noun_words):
        return None
    return before if verbs <= before.verbs else None


# a count of a whole scope ("across France", "nationwide"), or one marked as inside it ("in the capital alone"): the
# next count of its noun is a part of it, not a count beside it
_WHOLE_SCOPE = re.compile(
    r"\b(?:across|nationwide|nationally|throughout|overall|in\s+total|in\s+all|all\s+over)\b", re.I
)
_INSIDE = re.compile(r"[^,;:.!?]*?\balone\b", re.I)


def _within(text: str, whole: Quantity, m: re.Match[str]) -> bool:
    """Whether a count whose noun is left out is a part of the count before it rather than a count beside it:
    the count before has a whole scope, or the figure is marked as inside one ("and 400,000 in the capital
    alone")."""
    return bool(_WHOLE_SCOPE.search(text, whole.start, m.start()) or _INSIDE.match(text, m.end("num")))


def _sum(text: str, x: Quantity, y: Quantity) -> Quantity:
    """Two parts of one count as the whole ("15 ... and 15 during it": 30 people arrested), given as exactly as
    the less exact of them."""
    return Quantity(
        value=x.value + y.value, unit=x.unit, low=x.low + y.low, high=x.high + y.high, verbs=x.verbs,
        written=text[x.start : y.end], exact=x.exact and y.exact, start=x.start, end=y.end, summed=True,
    )



# one item of a list of counts of one noun, each of a kind: "two counts of wire fraud, one count of theft and"
_OF_KIND_THEN = re.compile(r"\s+of\s+[^,;:.()\d]{1,60}?(?:,\s*(?:and\s+)?|,?\s+and\s+)")
_OF_KIND = re.compile(r"\s+of\s+\w")


def _listed(text: str, found: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """``found`` with each count of a list of counts of one noun, each of its own kind, marked as a part of the
    list's sum, and the sums: "two counts of fraud, two counts of conspiracy and one count of theft" are five
    counts, which "all five counts" agrees with. Money and shares are summed nowhere."""
    out, sums = list(found), []
    n = 0
    while n < len(out):
        run = [n]
        while run[-1] + 1 < len(out):
            x, y = out[run[-1]], out[run[-1] + 1]
            if y.unit != x.unit or not _OF_KIND_THEN.fullmatch(text, x.end, y.start):
                break
            run.append(run[-1] + 1)
        parts = [out[i] for i in run]
        if (len(run) > 1 and parts[0].unit not in CURRENCIES | {"percent", "magnitude", PRISON}
                and not any(q.in_sum or q.part for q in parts) and _OF_KIND.match(text, parts[-1].end)):
            for i in run:
                out[i] = replace(out[i], part=True, in_sum=True)
            first, last = parts[0], parts[-1]
            sums.append(Quantity(
                value=sum(q.value for q in parts), unit=first.unit, low=sum(q.low for q in parts),
                high=sum(q.high for q in parts), verbs=frozenset().union(*(q.verbs for q in parts)),
                written=text[first.start : last.end], exact=all(q.exact for q in parts), start=first.start,
                end=last.end,
            ))
        n = run[-1] + 1
    return out, sums


# the kind a count names right after its noun, up to the end of its phrase: "murder" of "10 counts of murder in the
# shooting", "attempted first-degree murder" of "one count of attempted first-degree murder"
_KIND = re.compile(
    r"\s+of\s+(?P<kind>[^,;:.()\d]{1,60}?)(?=\s+(?:and|or|in|on|at|for|after|over|against|from|with|while|when|since"
    r"|who|which|that)\b|\s*[,;:.()]|\s*$)",
    re.IGNORECASE,
)
_KIND_SKIP = frozenset({"the", "a", "an"})


def kind_of(text: str, q: Quantity) -> frozenset[str]:
    """The words of the kind a count names right after its noun ("10 counts of first-degree murder": {"first",
    "degree", "murder"}), or none: a count of one kind in a list of counts of several ("10 counts of murder ... and
    one count of attempted murder") is what another report's count of that kind alone is set against, not the
    list's sum."""
    m = _KIND.match(text, q.end)
    if m is None:
        return frozenset()
    return frozenset(w for w in re.findall(r"[a-z]+", m.group("kind").lower()) if w not in _KIND_SKIP)


def one_kind(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two kinds of count (``kind_of``) may be one: both named, the words of one all in the other
    ("murder" / "first-degree murder")."""
    return bool(x and y) and (x <= y or y <= x)


_JOINED_COUNTS = re.compile(r"\s+(?:and|&)\s+$")


def _with_sums(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the sum of each two counts of different things joined by "and" ("367 passengers and 12
    crew"), as a count of both together ("crew and passenger": ``joint``): it is what a report counting them
    together gives ("All 379 passengers and crew"). Shares, money and counts of people in tolls are summed
    nowhere."""
    out = list(found)
    for x, y in itertools.pairwise(found):
        if x.unit == y.unit or not _JOINED_COUNTS.fullmatch(text, x.end, y.start):
            continue
        if {x.unit, y.unit} & (CURRENCIES | {"percent", "magnitude"}) or " and " in x.unit + y.unit:
            continue
        if x.verbs & TOLLS != y.verbs & TOLLS:
            continue  # "more than 14,000 cases and 524 deaths": the dead are among the cases, no others beside them
        out.append(Quantity(
            value=x.value + y.value, unit=joint(x.unit, y.unit), low=x.low + y.low, high=x.high + y.high,
            verbs=x.verbs | y.verbs, written=text[x.start : y.end], exact=x.exact and y.exact, start=x.start,
            end=y.end, summed=True,
        ))
    return out


CURRENCIES = frozenset(CURRENCY.values())
# the currency named in words right after a figure, before its conversion: "50 million Australian dollars ($33m)"
_CURRENCY_NAMED = re.compile(r"^\s+(?:[A-Za-z.]+\s+){0,2}?(?:dollars?|euros?|pounds?|yen|yuan)\b", re.I)
# a conversion was made at some exchange rate, which outlets take on different days: it allows this share either way
_EXCHANGE = 0.05


def _as_money(q: Quantity, text: str, m: re.Match[str], before: Quantity | None) -> Quantity:
    """An amount of money with its role (``money.role_of``), or as the conversion of the amount just before it
    into another currency ("$787.5 million (£633.6m)"): then it has that amount's role, and its hedge when it
    gives none of its own ("more than €100million (£86.4m)" is more than £86.4m), give or take ``_EXCHANGE``."""
    figure_end = m.end("scale") if m.group("scale") else m.end("num")
    low, high = q.low, q.high
    if m.group("scale") and q.exact:
        low, high = _scaled_range(m.group("num").replace(",", ""), _SCALE[m.group("scale").lower()],
                                  (m.group("hedge_words") or "").lower())
    other_currency = before is not None and before.unit in CURRENCIES and before.unit != q.unit
    between = _CURRENCY_NAMED.sub("", text[before.figure_end : m.start()], count=1) if before is not None else ""
    if before is not None and other_currency and converts(between):
        written = q.written
        if not m.group("hedge_words") and before.bound:
            low, high = (q.value, float("inf")) if before.bound == "lower" else (0.0, q.value)
            # the hedge is the conversion's too, and a conflict names it ("more than £86.4m vs £80m")
            written = f"{hedge_of(before)} {written}".strip()
        return replace(q, role=before.role, converted=True, period=before.period, low=low * (1 - _EXCHANGE),
                       high=high * (1 + _EXCHANGE), figure_end=figure_end, written=written, per=before.per,
                       day=before.day)
    opens = m.start("cur") if m.group("cur") else m.start("num")
    return replace(q, role=role_of(text, opens, figure_end), figure_end=figure_end, low=low, high=high,
                   basis=basis_of(text, figure_end), per=per_unit(text, figure_end),
                   day=day_of(text, opens, figure_end))


def _scaled_range(raw: str, scale: float, hedge: str) -> tuple[float, float]:
    """The range an amount written with a scale word allows ("£95 million", "$1.6bn"): the scale is the
    rounding, so the figure is given to its last written digit, give or take half of it ("£100m" is no
    £95m, "$787m" may be $787.5m); a hedge reads as it does on the written figure ("around £95million" is
    within 5% of it, "about £100m" within 15%: a round figure allows more).

    >>> _scaled_range("100", 1e6, "")
    (99500000.0, 100500000.0)
    """
    value = float(raw) * scale
    if hedge in LOWER or hedge in UPPER:
        return _range(value, hedge, exact=True)
    if hedge in ABOUT:
        round_figure = "." not in raw and float(raw) % 10 == 0
        share = _ROUND_HEDGE if round_figure or float(raw) < 10 else _EXACT_HEDGE
        return value * (1 - share), value * (1 + share)
    decimals = len(raw.partition(".")[2])
    half = 0.5 * 10.0**-decimals * scale
    return value - half, value + half

_MONTHS = month_openings(lower=True) + r"[a-z]*\.?"
_MONTH_BEFORE = re.compile(r"\b" + _MONTHS + r"\s+$", re.I)
# a month's whole name or abbreviation, no word that opens as one does ("the 154 deceased", "154 marchers")
_MONTH_AFTER = re.compile(
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + month_spellings(lower=True) + r")\.?(?![a-z])", re.I
)
# the strength of a quake, written on either side of its figure ("a magnitude 7 earthquake", "the
# 6.8-magnitude quake", "magnitude-6.8"): a measure given to a tenth, exact as written
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]+$", re.I)
_MAGNITUDE_AFTER = re.compile(r"[\s-]+magnitude\b", re.I)
# units written two ways, and units of one measure in two systems: (unit compared, factor)
_CONVERT = {
    "kilometre": ("kilometer", 1.0), "km": ("kilometer", 1.0), "mile": ("kilometer", 1.609344),
    "metre": ("meter", 1.0), "foot": ("meter", 0.3048), "feet": ("meter", 0.3048),
    "acre": ("hectare", 0.40468564224), "meter": ("meter", 1.0), "kilometer": ("kilometer", 1.0),
}  # fmt: skip
# a length written onto its figure or right after it with its dimension, and the thing measured after it: "a
# 60-metre passage", "a 57-metre long steel pipe", "a 57 metre long pipe", "the 13-meter wide tunnel", "is 57 metres
# long", "the 13-meter (42.6 feet) wide tunnel" (a figure with its unit alone, "dug 10 metres", is read as any
# count is)
_MEASURE = re.compile(
    r"(?:-(?P<unit>(?:kilomet|met)(?:re|er)s?|km|miles?|foot|feet)(?:\s*\([^()]{1,30}\))?"
    r"(?:[\s-]+(?P<dim>long|high|deep|wide|tall))?"
    r"|\s+(?P<spaced>(?:kilomet|met)(?:re|er)s?|km|miles?|foot|feet)[\s-]+(?P<spaced_dim>long|high|deep|wide|tall))\b"
    r"(?P<rest>(?:\s+[a-z][a-z-]*){0,3})",
    re.I,
)


def _measure(text: str, at: int) -> tuple[str, frozenset[str]] | None:
    """The unit of a length told right after a figure ending at ``at`` (``_MEASURE``), and what it measures: its
    dimension and the noun it is of ("long passage" of "a 60-metre passage", a length unless told otherwise;
    "wide tunnel" of "the 13-meter wide tunnel"; "long" alone of "57 metres long"). Two lengths of different
    things or dimensions are no figures of one ("a 13-metre wide tunnel" / "a 60-metre passage"), however close
    their statements; a tower's "300-foot" height reads as its length, which only another "300-foot tower" meets."""
    m = _MEASURE.match(text, at)
    if m is None:
        return None
    unit = _singular_unit(m.group("unit") or m.group("spaced"))
    dim = (m.group("dim") or m.group("spaced_dim") or "long").lower()
    phrase = counted_phrase(m.group("rest").split())
    return unit, frozenset({f"{dim} {_head_of(phrase)}" if phrase else dim})


def _singular_unit(word: str) -> str:
    """A unit of length as ``_CONVERT`` names it: "metres" -> "metre", "feet" stays "feet", "km" stays "km"."""
    low = word.lower()
    return low if low in ("feet", "km") else low.removesuffix("s")


def _head_of(phrase: list[str]) -> str:
    """The noun a phrase names, singular: its last word ("pipe" of "steel pipe")."""
    last = phrase[-1]
    return last[:-1] if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")) else last


# a converted figure was rounded in one of its systems ("45 miles" for 72.4 km): it allows this share either way
_CONVERTED = 0.02


# a unit that measures one thing in a story, whatever verb goes with it: a quake's magnitude
ONE_MEASURE = frozenset({"magnitude"})
_MEASURES = CURRENCIES | ONE_MEASURE | {"percent", "degree"} | {unit for unit, _ in _CONVERT.values()}


def other_measures(x: Quantity, y: Quantity) -> bool:
    """Whether two figures are in two units of measure: "a 0.4% temperature increase" and "rising by 0.4 degrees
    Celsius" give one figure of two things. A unit read from a word that may name the scale ("125 Fahrenheit" /
    "125 degrees Fahrenheit") or the counted noun ("13 people" / "13 migrants") is no measure, and is left to the
    caller."""
    return x.unit != y.unit and x.unit in _MEASURES and y.unit in _MEASURES


def _magnitude(text: str, m: re.Match[str]) -> Quantity | None:
    raw = m.group("num")
    if not raw[0].isdigit() or m.group("scale") or m.group("cur"):
        return None
    if not (_MAGNITUDE_BEFORE.search(text, 0, m.start("num")) or _MAGNITUDE_AFTER.match(text, m.end("num"))):
        return None
    value = float(raw.replace(",", ""))
    return Quantity(value=value, unit="magnitude", low=value, high=value)


# a count written as a word up to nineteen is exact ("seven cars" is not eight); "a dozen", "twenty", "a hundred"
# are round, and read like "about 12", "about 20" ...
_EXACT_WORDS = frozenset(k for k, v in NUMBER_WORDS.items() if v < 20 and "dozen" not in k)
# the share a hedged figure may be off by: a round one ("about 300", one figure and noughts) by more than one given
# past its first figure ("about 207", which is no "approximately 243"; "some 8,400", which is no 10,000)
_ROUND_HEDGE = 0.15
_EXACT_HEDGE = 0.05


def _range(value: float, hedge: str, *, exact: bool) -> tuple[float, float]:
    if value < 0 and hedge not in LOWER:
        # a figure below zero allows what its size does, on its side of zero ("about minus 5" is -5.75 to -4.25)
        low, high = (-value, float("inf")) if hedge in UPPER else _range(-value, hedge, exact=exact)
        return -high, -low
    if hedge in LOWER:
        return value, float("inf")
    if hedge in UPPER:
        return 0.0, value
    if hedge in ABOUT or not exact:
        share = _ROUND_HEDGE if not exact or value < 10 or _step(value) * 10 > value else _EXACT_HEDGE
        return value * (1 - share), value * (1 + share)
    # a round figure may be a rounding of a more exact one
    mag = 10 ** max(len(str(int(value))) - 2, 0) if value >= 100 and value % 10 == 0 else 0
    return value - mag, value + mag


def compatible(a: Quantity, b: Quantity) -> bool:
    return a.low <= b.high and b.low <= a.high


def _step(value: float) -> float:
    """The rounding a figure shows: 400 -> 100, 80,000 -> 10,000, 75 -> 1, 6.5 -> 0.1."""
    if value != int(value):
        return 0.1
    n, step = int(value), 1
    while n and n % 10 == 0:
        n, step = n // 10, step * 10
    return float(step)


def within_rounding(x: Quantity, y: Quantity) -> bool:
    """Whether two figures are closer than the rounding of the rounder one ("more than 1,000" / "1,037")."""
    return abs(x.value - y.value) < max(_step(x.value), _step(y.value))


def bounds_differ(x: Quantity, y: Quantity, far: float = FAR) -> bool:
    """Whether two bounds of one count, in one direction, give different figures ("at least 78" / "at least 75"):
    both may hold, yet the reports do not say the same thing. Two figures closer than the rounding of the rounder
    one say the same ("more than 400" / "at least 420": ``_step``), and so do vague ones ("more than a dozen");
    two bounds far apart (``FAR``: "at least 70 hurt" / "injuring at least two") bound two counts, a part and the
    whole, more likely than one."""
    if not x.bound or x.bound != y.bound or not (x.exact and y.exact):
        return False
    if max(x.value, y.value) > far * min(x.value, y.value):
        return False
    return not within_rounding(x, y)



# a count written as a range (``_range_before``), whole
_RANGE_WRITTEN = re.compile(r"(?:between\s+)?(?P<low>\d[\d,]*)\s*(?:and|to|-|–)\s*\d[\d,]*", re.I)


def range_of(q: Quantity) -> tuple[float, float] | None:
    """The first and last figure of a count written as a range ("between 5,000 and 6,000"), else None."""
    m = _RANGE_WRITTEN.fullmatch(q.written)
    return (float(m.group("low").replace(",", "")), q.value) if m else None


def hedge_of(q: Quantity) -> str:
    """The hedge a figure is written with ("more than" in "more than €100million"), or ""."""
    return next((h for h in (*LOWER, *UPPER, *ABOUT) if q.written.lower().startswith(h + " ")), "")
