"""Conflicts: where two aligned statements from different reports disagree on a number, a date, a name or whether
something happened.

Numbers are read with what they count ("13 people", "$2.5 million", "40 percent"): the noun the number
modifies ("cars" in "seven cars derailed", not the verb after it), and the verbs said of it ("derailed";
``Quantity.verbs``). A toll (the dead, the hurt, the missing, the displaced) is read however it is told: "the
death toll ... has risen to at least 78", "the number of people still missing rose to 103", "101 people were
unaccounted for", "more than 88,000 had been displaced". A share is read with what it is of ("a
19-percent wage increase" / "a 20% increase in wages"). Two statements conflict when they give a quantity of
the same thing and a figure of one is compatible with no figure of the other. Compatible means equal, within a
stated bound ("more than a dozen" and 13; "at least 40" and 42), within a hedge ("about 300" and 310; a figure
given to the unit allows less: "about 207" is no "approximately 243"), or a rounding of it (2,000 and 2,040);
two bounds in one direction are compatible only when they give one figure, up to the rounding of the rounder
("more than 400" / "at least 420"), for "at least 78" and "at least 75" are two reports of a toll that differ.
A count up to nineteen written as a word is as exact as its digits ("seven" is not "8"). Clock times ("1:42
p.m. ET", "1742 GMT") are no counts. Statements that share little else may still give one count:
``number_conflict(same_verb=True)`` compares only counts of the same noun said with the same verb. Dates are the
statements' normalized time expressions (TIMEX3 values); a value containing the other ("2023-05" and
"2023-05-03", a week and one of its days) is compatible. Two weekdays of one event ("away to Brentford on
Sunday" / "against Brentford on Saturday") disagree by their names (``weekday_conflict``).

An amount of money is compared only with amounts of its role (``storyline.compare.money``): what was agreed or
paid is no figure of what was sought, offered, rejected or valued ("agreed to pay $787.5 million" / "had
sought $1.6 billion"); a conversion in brackets is the same amount with its hedge ("more than €100million
(£86.4m)" is more than £86.4m, and a conflict names it so), two statements that both give an amount in two
currencies are compared in the one where their figures are their own (``_own_currency``: outlets convert at
different rates), and a figure written with its scale is given to its last digit ("£100m" is no £95m).

A count that a report marks as an update ("has risen to", "has since") and two figures of a toll still
disagree: the reader is shown both, with the note that they may be successive updates (``Disagreement.update``)
rather than an error of one. Dates and names that a report marks as updated are no conflicts. Not conflicts
either: paraphrase of the same meaning in other words.

Polarity (``polarity_conflict``, ``negation_conflict``): one statement says a thing was prevented or not done
("averted a weeks-long trial", "has not agreed personal terms"), the other tells the same words as having
happened ("comes after a weekslong trial", "agreed personal terms").

Names (``name_conflict``): two statements that say the same thing otherwise but name a different person or
organisation, or a different place of the same kind ("the fire started in Dunmore" / "in Keswick"). Names
that may be one referent (a surname and the full name, an acronym, a name inside a longer one) and a place
against a place of another kind (a town and its country) are not conflicts.

Does NOT know which places lie inside which beyond the entity types, nor tell an act's doer from a name
merely mentioned: both statements must otherwise agree closely before names are compared.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from storyline.compare.align import ENGLISH_STOP_WORDS, stem
from storyline.compare.money import FAR, converts, role_of
from storyline.compare.places import same_place

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    "a hundred": 100, "a thousand": 1000,
}  # fmt: skip
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
_CURRENCY = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "dollars": "usd", "euros": "eur", "pounds": "gbp",
             "yen": "jpy", "yuan": "cny"}
_LOWER = ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than")
_UPPER = ("fewer than", "less than", "up to", "at most", "under", "no more than", "below")
_ABOUT = ("about", "around", "nearly", "almost", "roughly", "approximately", "some", "close to", "an estimated",
          "estimated", "more or less")
_VAGUE = ("dozens", "hundreds", "thousands", "millions", "several", "scores")
_UPDATE = re.compile(
    r"\b(?:rose|risen|climbed|increased|grew|jumped|fell|dropped|updated?|revised|has since|have since|"
    r"now stands|latest|later|earlier (?:reported|put|said)|initially|at first|so far)\b",
    re.I,
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUM = (
    r"(?P<cur>[$€£¥])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a\s+)?(?:"
    + "(?:" + "|".join(_TENS) + ")-(?:" + "|".join(_ONES) + r")\b|"
    + "|".join(sorted((k for k in _NUMBER_WORDS if not k.startswith("a ")), key=len, reverse=True))
    + r")\b)(?P<half>\s+and\s+a\s+half\b)?(?:\s*(?P<scale>thousand|million|billion|trillion|bn|m|k)\b)?"
)
_QUANTITY = re.compile(
    r"(?P<hedge>\b(?P<hedge_words>" + "|".join(re.escape(h) for h in (*_LOWER, *_UPPER, *_ABOUT))
    + r")\s+(?:an?\s+(?=\d))?)?"
    + r"(?<![\w.])" + _NUM
    + r"(?P<pct>(?:\s*|-)(?:%|percent\b|per\s+cent\b))?"
    # a counted word is no hedge of the next figure ("66 as over 100 people": "over" hedges 100)
    + r"(?P<noun>(?:\s+(?!of\b|in\b|on\b|at\b|to\b|and\b|for\b|by\b)(?!(?:"
    + "|".join(re.escape(h) for h in (*_LOWER, *_UPPER, *_ABOUT)) + r")\s+(?:an?\s+)?[$€£¥]?\d)[A-Za-z-]+){0,3})?",
    re.I,
)
_NOUNISH = re.compile(r"[a-z][a-z-]*$")
# a figure in a path or a fraction ("/8301-207_162-5758/", "4 1/2 months") counts nothing
_SLASHED = re.compile(r"/\s?$")
_SLASH_AFTER = re.compile(r"\s?/")
_SKIP_NOUNS = {"year", "years", "old", "am", "pm", "a.m", "p.m", "times"}
# a clock time is no count ("12:42pm local time (17:42 GMT)", "1:42 p.m. ET (1742 GMT)"): its digits touch a
# colon, or an hour marker or a time zone follows them
_CLOCK_BEFORE = re.compile(r"\d[:.h]$")
_CLOCK_AFTER = re.compile(
    r"(?:[:.h]\d\d|\s?(?i:[ap]\.?\s?m\b\.?|hours?\s+(?:GMT|UTC))|\s(?:GMT|UTC|Z|[ECMP][SD]?T|BST|CES?T)\b|"
    r"\s(?i:local\s+time)\b)"
)
# a common irregular past: a verb that no "-ed" marks ("the bus fell", "two boats sank")
_IRREGULAR = frozenset({
    "fell", "ran", "hit", "rose", "left", "took", "went", "came", "lay", "sat", "stood", "fled", "flew", "sank",
    "broke", "gave", "found"
})  # fmt: skip
# words that end the phrase a number counts ("seven cars derailed", "243 passengers were on board"): verbs,
# auxiliaries, prepositions and connectives that follow a counted noun
_NOT_NOUN = _IRREGULAR | frozenset({
    "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "will", "would", "could", "should",
    "may", "might", "must", "can", "did", "do", "does", "said", "say", "says", "who", "whom", "whose", "that",
    "which", "than", "or", "as", "with", "from", "after", "before", "when", "while", "since", "near", "into",
    "across", "over", "under", "about", "around", "up", "down", "out", "off", "still", "also", "each", "all",
    "both", "along", "through", "inside", "outside", "between", "among", "beyond", "toward", "towards",
    "throughout", "against", "per", "via", "without", "within", "onto", "upon", "amid", "behind", "beside",
    "past", "like", "got", "made", "saw", "told", "began", "remain", "remains", "stay", "stayed", "north", "south",
    "east", "west", "northeast", "northwest", "southeast", "southwest", "away", "shook", "struck", "the", "a", "an",
    "dead", "homeless", "alive"
})  # fmt: skip
# "-ed" and "-ing" words that are no verb (of a clause around a count)
_NOT_VERB = frozenset({
    "during", "according", "including", "following", "morning", "evening", "building", "meeting", "something",
    "nothing", "anything", "everything", "ceiling", "spring", "thing", "king", "wing", "ring", "red", "bed",
    "shed", "need", "speed", "hundred"
})  # fmt: skip
# one predicate told in other words: who was on board ("carrying 207 passengers" / "243 passengers on board"), a
# death ("killing three" / "three died"), an injury ("injuring 50" / "50 were hurt"), the missing ("reported
# missing" / "unaccounted for"), the displaced ("displaced" / "left homeless")
_PREDICATE_FAMILIES = {
    **dict.fromkeys(("carry", "carri", "aboard", "board", "onboard"), "aboard"),
    **dict.fromkeys(("die", "kill", "dead", "death"), "die"),
    **dict.fromkeys(("injur", "injure", "injuri", "hurt", "wound"), "hurt"),
    **dict.fromkeys(("miss", "missing", "unaccount"), "missing"),
    **dict.fromkeys(("displac", "displace", "homeless"), "displaced"),
}
# what befalls people in a disaster: a count said with one of these counts people even when it names nobody ("more
# than 88,000 had been displaced", "killing at least 12"), and its figure is a toll, which officials revise as it
# grows (two tolls that differ may be two bulletins)
_TOLLS = frozenset({"die", "hurt", "missing", "displaced"})
_PEOPLE = "people"
# the count of a toll told before its figure: "the death toll ... has risen to at least 78", "the number of people
# still missing rose to 103" (the clause before the figure, which ends in a word that leads to it)
_TOLL_BEFORE = re.compile(r"\b(?:(?P<kind>death|injury|casualty)\s+)?toll\b", re.I)
_NUMBER_OF = re.compile(r"\bnumbers?\s+of\s+(?:the\s+)?(?P<noun>[a-z]+)\b(?P<rest>[^,;:]*)", re.I)
_LEADS_TO = re.compile(
    r"(?:\b(?:toll|number)\s+(?:of|is|was|at)|\b(?:risen|rose|rises|climbed|climbs|increased|jumped|reached|reaches|"
    r"stood|stands|hit|passed|topped|exceeded|revised(?:\s+(?:up|down)(?:wards?)?)?)(?:\s+(?:to|at))?)\s*$",
    re.I,
)
_TOLL_KINDS = {"injury": "hurt"}
# a count of part of a toll: "another four deaths", "including 12 children", "five more people", "two of them"
_PART_BEFORE = re.compile(r"\b(?:another|additional|further|including|of\s+whom|among\s+them)\s+$", re.I)
_PART_AFTER = re.compile(r"\s+(?:more|others?|of\s+(?:them|whom|those))\b", re.I)
_CLAUSE_WORDS = frozenset({"as", "while", "whereas", "but", "although", "though"})
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})
# how many words around a count may hold the verb it goes with: before ("killing three"), after the counted
# phrase ("seven cars derailed", "and two locomotives derailed")
_BEFORE_WORDS = 2
_AFTER_WORDS = 8


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # what is counted: a currency, "percent", or the counted noun (singular)
    low: float  # the range the statement allows
    high: float
    verbs: frozenset[str] = frozenset()  # what is said of the count ("derail", "aboard"): see ``_predicate``
    written: str = ""  # the figure as the statement gives it, hedge included ("at least 78", "Sixty-six")
    exact: bool = True  # given to the unit ("78", "seven"), not round ("a dozen")
    what: frozenset[str] = frozenset()  # for a share, what it is of ("wage"): ``_what``
    part: bool = False  # a part of a count ("another four deaths", "including 12 children")
    start: int = 0  # where in the statement the count is told, what it counts included ("the death toll ... 78")
    end: int = 0
    role: str = ""  # of an amount of money: what it is (``storyline.compare.money.role_of``: "sought", ...)
    converted: bool = False  # an amount of money told again in another currency ("$787.5 million (£633.6m)")
    figure_end: int = 0  # where the figure itself ends, its scale included ("$1.6 billion")

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
    for m in _QUANTITY.finditer(text):
        raw = m.group("num").lower().replace(",", "")
        if _MONTH_BEFORE.search(text, 0, m.start("num")) or _MONTH_AFTER.match(text, m.end("num")):
            continue  # a day of a month ("Jul 11", "11 July") is a date, compared as one, and counts nothing
        if magnitude := _magnitude(text, m):
            out.append(magnitude)
            continue
        if raw[0].isdigit():
            value = float(raw)
            if re.fullmatch(r"(?:19|20)\d\d", raw) and not m.group("cur") and not m.group("pct"):
                continue  # a year: dates are compared as dates
            if _CLOCK_BEFORE.search(text, 0, m.start("num")) or _CLOCK_AFTER.match(text, m.end("num")):
                continue
            if _SLASHED.search(text, 0, m.start("num")) or _SLASH_AFTER.match(text, m.end("num")):
                continue
        elif "-" in raw:  # "sixty-six"
            tens, ones = raw.split("-")
            value = float(_NUMBER_WORDS[tens] + _NUMBER_WORDS[ones])
        else:
            value = float(_NUMBER_WORDS.get(raw, _NUMBER_WORDS.get(raw.removeprefix("a "), 0)))
            if not value:
                continue
        if m.group("half"):
            value += 0.5
        if m.group("scale"):
            value *= _SCALE[m.group("scale").lower()]
        noun_words = (m.group("noun") or "").split()
        unit = _unit(m, noun_words)
        verbs = _predicate(text, m, noun_words)
        start = m.start()
        if told := _told_before(text, m.start()):
            # "the death toll ... has risen to at least 78": the count of the dead, whatever follows the figure
            told_unit, told_verbs, start = told
            unit, verbs = unit or told_unit, verbs | told_verbs
        if unit is None and not _phrase(noun_words) and raw != "one" and (toll := _bare_toll(text, m)):
            unit, verbs = _PEOPLE, verbs | {toll}  # "more than 88,000 had been displaced", "killing at least 12"
        if unit is None:
            continue
        unit = _PEOPLE if unit == "person" else unit
        if unit not in _CURRENCIES and unit != "percent" and (other := _coordinated(text, m, noun_words)):
            unit = _joint(unit, other)  # "379 passengers and crew" counts no passengers alone
        hedge = (m.group("hedge_words") or "").lower()
        exact = raw[0].isdigit() or raw in _EXACT_WORDS or "-" in raw
        low, high = _range(value, hedge, exact=exact)
        if unit in _CONVERT:  # one measure in two systems ("72 kilometres (45 miles)"): compared in one
            unit, factor = _CONVERT[unit]
            value, low, high = value * factor, low * factor * (1 - _CONVERTED), high * factor * (1 + _CONVERTED)
        part = bool(_PART_BEFORE.search(text, 0, m.start()) or _PART_AFTER.match(text, m.end("num")))
        written = text[m.start() : m.start("noun") if m.group("noun") else m.end()].strip()
        q = Quantity(
            value=value, unit=unit, low=low, high=high, verbs=verbs, written=written, exact=exact,
            what=_what(text, m, noun_words, unit), part=part, start=start, end=m.end(),
        )
        out.append(_as_money(q, text, m, out[-1] if out else None) if unit in _CURRENCIES else q)
    return tuple(_with_sums(text, out))


# what after a counted noun joins another noun to it ("passengers and crew"), and the words that then start no
# noun: a verb of another clause ("killing three people and injuring dozens"), a figure ("367 passengers and 12
# crew": two counts), a determiner or pronoun ("and their families")
_AND_NOUN = re.compile(r"\s+(?:and|&)\s+(?P<words>[a-z][a-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2})")
_NO_CONJUNCT = frozenset({
    "their", "his", "her", "its", "our", "your", "my", "this", "these", "those", "other", "others", "another",
    "more", "many", "some", "several", "then", "now", "not", "no", "so", "yet", "only", "even",
})  # fmt: skip


# the words that end a counted phrase as ``_QUANTITY`` reads it ("crew on board": the crew)
_NOUN_ENDS = frozenset({"of", "in", "on", "at", "to", "and", "for", "by"})


def _coordinated(text: str, m: re.Match[str], noun_words: list[str]) -> str | None:
    """The noun a counted noun is coordinated with, singular ("crew" of "379 passengers and crew"), or None.

    A count of a coordination counts both together: "All 379 passengers and crew" is no count of passengers,
    and "367 passengers" does not disagree with it. Only a noun right after the counted phrase counts, and not a
    figure, a verb or a determiner after "and"."""
    if not noun_words or len(_phrase(noun_words)) != len(noun_words):
        return None
    after = _AND_NOUN.match(text, m.end("noun"))
    if after is None:
        return None
    words = list(itertools.takewhile(lambda w: w.lower() not in _NOUN_ENDS, after.group("words").split()))
    if not words or words[0] in _NO_CONJUNCT or words[0] in _NUMBER_WORDS or _verb(words[0]):
        return None
    phrase = _phrase(words)
    return _head(phrase) if phrase else None


def _joint(*units: str) -> str:
    """The unit of a count of several things together, in one order however a report words it ("crew and
    passenger" for "passengers and crew")."""
    return " and ".join(sorted(set(units)))


_JOINED_COUNTS = re.compile(r"\s+(?:and|&)\s+$")


def _with_sums(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the sum of each two counts of different things joined by "and" ("367 passengers and 12
    crew"), as a count of both together ("crew and passenger": ``_joint``): it is what a report counting them
    together gives ("All 379 passengers and crew"). Shares, money and counts of people in tolls are summed
    nowhere."""
    out = list(found)
    for x, y in itertools.pairwise(found):
        if x.unit == y.unit or not _JOINED_COUNTS.fullmatch(text, x.end, y.start):
            continue
        if {x.unit, y.unit} & (_CURRENCIES | {"percent", "magnitude"}) or " and " in x.unit + y.unit:
            continue
        out.append(Quantity(
            value=x.value + y.value, unit=_joint(x.unit, y.unit), low=x.low + y.low, high=x.high + y.high,
            verbs=x.verbs | y.verbs, written=text[x.start : y.end], exact=x.exact and y.exact, start=x.start,
            end=y.end,
        ))
    return out


_CURRENCIES = frozenset(_CURRENCY.values())
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
    other_currency = before is not None and before.unit in _CURRENCIES and before.unit != q.unit
    if before is not None and other_currency and converts(text[before.figure_end : m.start()]):
        written = q.written
        if not m.group("hedge_words") and before.bound:
            low, high = (q.value, float("inf")) if before.bound == "lower" else (0.0, q.value)
            # the hedge is the conversion's too, and a conflict names it ("more than £86.4m vs £80m")
            written = f"{_hedge_of(before)} {written}".strip()
        return replace(q, role=before.role, converted=True, low=low * (1 - _EXCHANGE),
                       high=high * (1 + _EXCHANGE), figure_end=figure_end, written=written)
    return replace(q, role=role_of(text, m.start("cur") if m.group("cur") else m.start("num"), figure_end),
                   figure_end=figure_end, low=low, high=high)


def _scaled_range(raw: str, scale: float, hedge: str) -> tuple[float, float]:
    """The range an amount written with a scale word allows ("£95 million", "$1.6bn"): the scale is the
    rounding, so the figure is given to its last written digit, give or take half of it ("£100m" is no
    £95m, "$787m" may be $787.5m); a hedge reads as it does on the written figure ("around £95million" is
    within 5% of it, "about £100m" within 15%: a round figure allows more).

    >>> _scaled_range("100", 1e6, "")
    (99500000.0, 100500000.0)
    """
    value = float(raw) * scale
    if hedge in _LOWER or hedge in _UPPER:
        return _range(value, hedge, exact=True)
    if hedge in _ABOUT:
        round_figure = "." not in raw and float(raw) % 10 == 0
        share = _ROUND_HEDGE if round_figure or float(raw) < 10 else _EXACT_HEDGE
        return value * (1 - share), value * (1 + share)
    decimals = len(raw.partition(".")[2])
    half = 0.5 * 10.0**-decimals * scale
    return value - half, value + half


_CLAUSE_MARK = re.compile(r"[,;:!?()\"“”—–]")
# a figure that names nobody is a toll of people when it is the subject of a toll's verb ("66 have died", "more
# than 88,000 had been displaced", "12 were unaccounted for") or the object of a verb that takes one ("killing at
# least 12", "injured 40"); not when it qualifies a word ("10-year-old"), nor "one" (mostly a pronoun)
_TOLL_AFTER = re.compile(
    r"\s+(?:(?:had|have|has|were|was|are|is|been|being|now|also|still|reportedly|remain|remained|are\s+now)\s+)*"
    r"(?:reported\s+)?(?P<word>[a-z]+)",
    re.I,
)
_TOLL_BEFORE_VERBS = {
    **dict.fromkeys(("killing", "killed", "kills", "kill"), "die"),
    **dict.fromkeys(("injuring", "injured", "injures", "wounding", "wounded", "wounds"), "hurt"),
}


def _bare_toll(text: str, m: re.Match[str]) -> str | None:
    """The toll a figure that names nobody counts, if it is one (see ``_TOLL_AFTER``)."""
    if (after := _TOLL_AFTER.match(text, m.end("num"))) and not text[m.end("num") :].startswith("-"):
        word = after.group("word").lower()
        family = _PREDICATE_FAMILIES.get(stem(word)) or _PREDICATE_FAMILIES.get(word)
        if family in _TOLLS and (_verb(word) or word in ("dead", "homeless", "missing", "unaccounted")):
            return family
    before = re.split(r"[,;:.!?()\"“”—–]", text[: m.start()])[-1].split()[-1:]
    return _TOLL_BEFORE_VERBS.get(before[0].lower()) if before else None


def _told_before(text: str, at: int) -> tuple[str | None, frozenset[str], int] | None:
    """What a figure at ``at`` counts when its clause tells it before the figure, and where that starts: "the
    death toll ... has risen to" (the dead), "the number of people still missing rose to" (people, missing)."""
    clause_start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, at)), default=0)
    before = text[clause_start:at]
    if not _LEADS_TO.search(before):
        return None
    if toll := _TOLL_BEFORE.search(before):
        family = _TOLL_KINDS.get((toll.group("kind") or "").lower(), "die")
        return _PEOPLE, frozenset({family}), clause_start + toll.start()
    if number := _NUMBER_OF.search(before):
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", number.group("rest"))]
        families = {f for w in words if (f := _PREDICATE_FAMILIES.get(stem(w)) or _PREDICATE_FAMILIES.get(w))}
        verbs = families or {stem(w) for w in words if _verb(w)}
        unit = _singular(number.group("noun"))
        return (_PEOPLE if unit == "person" else unit), frozenset(verbs), clause_start + number.start()
    return None


# what a share may be said of without saying which (a rise, a cut): no match of what two figures are of
_GENERIC_WHAT = frozenset({
    "increase", "rise", "raise", "hike", "cut", "drop", "fall", "decline", "gain", "jump", "share", "rate", "stake",
    "chance", "majority", "total", "sum", "amount", "value", "bonus", "more", "less", "about", "around",
})  # fmt: skip
# "an increase in wages", "a cut on prices"; not "of": "68 per cent of Greeks" says whom a share is of, which two
# shares of different things (two polls) may share
_OF_WHAT = re.compile(r"\s+(?:in|on)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?([A-Za-z-]+)", re.I)


def _what(text: str, m: re.Match[str], noun_words: list[str], unit: str) -> frozenset[str]:
    """For a share, the words of what it is a share of: its phrase and the noun after "in" ("a 19-percent wage
    increase" and "a 20% increase in wages" are both of wages); nothing for a count or a sum (two offers of
    "$200 million" and "$160 million" are no one figure told twice)."""
    if unit != "percent":
        return frozenset()
    phrase = _phrase(noun_words)
    words = [*phrase]
    if len(phrase) == len(noun_words) and (of := _OF_WHAT.match(text, m.end())):
        words.append(of.group(1).lower())
    return frozenset(_singular(w) for w in words) - _GENERIC_WHAT


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_BEFORE = re.compile(r"\b" + _MONTHS + r"\s+$", re.I)
_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"(?![a-z])", re.I)
# the strength of a quake, written on either side of its figure ("a magnitude 7 earthquake", "the
# 6.8-magnitude quake", "magnitude-6.8"): a measure given to a tenth, exact as written
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]+$", re.I)
_MAGNITUDE_AFTER = re.compile(r"[\s-]+magnitude\b", re.I)
# units written two ways, and units of one measure in two systems: (unit compared, factor)
_CONVERT = {
    "kilometre": ("kilometer", 1.0), "km": ("kilometer", 1.0), "mile": ("kilometer", 1.609344),
    "metre": ("meter", 1.0), "foot": ("meter", 0.3048), "feet": ("meter", 0.3048),
}  # fmt: skip
# a converted figure was rounded in one of its systems ("45 miles" for 72.4 km): it allows this share either way
_CONVERTED = 0.02


# a unit that measures one thing in a story, whatever verb goes with it: a quake's magnitude
_ONE_MEASURE = frozenset({"magnitude"})


def _magnitude(text: str, m: re.Match[str]) -> Quantity | None:
    raw = m.group("num")
    if not raw[0].isdigit() or m.group("scale") or m.group("cur"):
        return None
    if not (_MAGNITUDE_BEFORE.search(text, 0, m.start("num")) or _MAGNITUDE_AFTER.match(text, m.end("num"))):
        return None
    value = float(raw.replace(",", ""))
    return Quantity(value=value, unit="magnitude", low=value, high=value)


def _phrase(noun_words: list[str]) -> list[str]:
    """The words of the phrase a number counts: up to a verb, an auxiliary or a connective ("cars" of "cars
    derailed", "crew members" of "crew members were"); a last "-ed" or "-ing" word is a verb ("derailed"), one
    before another word a modifier ("injured people")."""
    words: list[str] = []
    for w in noun_words:
        lw = w.lower()
        if lw in _NOT_NOUN or lw.endswith("ly") or not _NOUNISH.match(lw) or (words and w[0].isupper()):
            break  # a name after the noun starts a phrase of its own ("14 homes Mill Lane" cut short)
        words.append(lw)
    while words and _verb(words[-1]):
        words.pop()
    return words


def _singular(word: str) -> str:
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ses", "xes", "ches", "shes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _unit(m: re.Match[str], noun_words: list[str]) -> str | None:
    if m.group("pct"):
        return "percent"
    if m.group("cur"):
        return _CURRENCY[m.group("cur")]
    for w in noun_words:
        lw = w.lower()
        if lw in _CURRENCY:
            return _CURRENCY[lw]
    # the counted thing: the noun the number modifies, the last word of the phrase after it
    phrase = _phrase(noun_words)
    if not phrase or phrase[0] in _SKIP_NOUNS:
        return None
    return _head(phrase)


# one counted noun written several ways: "crewmembers", "crewmen", "crew members" are the crew
_SAME_NOUN = {"crewmember": "crew", "crewman": "crew", "crewmen": "crew"}


def _head(phrase: list[str]) -> str:
    """What a counted phrase counts, singular: its last word, or the word before "members" ("12 crew members" are
    crew, as "12 crew" are)."""
    last = _singular(phrase[-1])
    if last == "member" and len(phrase) > 1:
        last = _singular(phrase[-2])
    return _SAME_NOUN.get(last, last)


def _verb(word: str) -> bool:
    """Whether a (lower-case) word reads as a verb: a common irregular past, or an "-ed" or "-ing" form."""
    return word in _IRREGULAR or (len(word) > 3 and word.endswith(("ed", "ing")) and word not in _NOT_VERB)


def _predicate(text: str, m: re.Match[str], noun_words: list[str]) -> frozenset[str]:
    """What a statement says of a count: the verbs just before it ("killing three people") and in the words after
    its counted phrase, up to the end of the clause ("seven cars derailed", "eight cars and two locomotives
    derailed"), each as a stem, one predicate told in other words as one (``_PREDICATE_FAMILIES``)."""
    before = re.split(r"[,;:.!?()\"“”—–]", text[: m.start()])[-1].split()[-_BEFORE_WORDS:]
    # "displaced and 12 were missing": what comes before "and" is said of another count
    joins = [n for n, w in enumerate(before) if w.lower() in ("and", "but", "or")]
    before = before[joins[-1] + 1 :] if joins else before
    after_text = text[m.end("num") :]
    after = re.split(r"[,;:.!?()\"“”—–]", after_text)[0].split()[len(_phrase(noun_words)) :][:_AFTER_WORDS]
    # a conjunction starts another clause, whose verbs are said of its own count ("66 as over 100 people remain
    # missing"); "and" may join two counted subjects of one verb ("eight cars and two locomotives derailed")
    after = list(itertools.takewhile(lambda w: w.lower() not in _CLAUSE_WORDS, after))
    for n, w in enumerate(after[:-1]):
        # "killing three people and injuring dozens": the second verb is said of the dozens; "had been displaced
        # and 12 were missing": the count's own verb came first
        joined = _verb(after[n + 1].lower()) or any(_verb(x.lower()) for x in after[:n])
        if w.lower() in ("and", "but", "or") and joined:
            after = after[:n]
            break
    out = set()
    for w in (*before, *after):
        lw = w.lower().strip("'’")
        family = _PREDICATE_FAMILIES.get(stem(lw)) or _PREDICATE_FAMILIES.get(lw)
        if family:
            out.add(family)
        elif _verb(lw):
            out.add(stem(lw))
    if not out & _TOLLS:
        # "87 people in the city of Dingxi and two in Longnan had been confirmed killed": the clause's one toll
        # verb, however far after its count, says what the count is
        # ... but not past a word that starts another clause ("88,000 people have been forced from their homes
        # while ... mudslides that have killed scores": the dead are the scores)
        clause = list(itertools.takewhile(
            lambda w: w.lower() not in _CLAUSE_WORDS | _RELATIVE, re.split(r"[,;:.!?()\"“”—–]", after_text)[0].split()
        ))
        far = {_PREDICATE_FAMILIES.get(stem(w.lower())) or _PREDICATE_FAMILIES.get(w.lower(), "") for w in clause}
        tolls = {f for f in far if f in _TOLLS}
        if len(tolls) == 1:
            out |= tolls
    return frozenset(out)


# a count written as a word up to nineteen is exact ("seven cars" is not eight); "a dozen", "twenty", "a hundred"
# are round, and read like "about 12", "about 20" ...
_EXACT_WORDS = frozenset(k for k, v in _NUMBER_WORDS.items() if v < 20 and "dozen" not in k)
# the share a hedged figure may be off by: a round one ("about 300") by more than one given to the unit ("about
# 207", which is no "approximately 243")
_ROUND_HEDGE = 0.15
_EXACT_HEDGE = 0.05


def _range(value: float, hedge: str, *, exact: bool) -> tuple[float, float]:
    if hedge in _LOWER:
        return value, float("inf")
    if hedge in _UPPER:
        return 0.0, value
    if hedge in _ABOUT or not exact:
        share = _ROUND_HEDGE if not exact or value < 10 or value % 10 == 0 else _EXACT_HEDGE
        return value * (1 - share), value * (1 + share)
    # a round figure may be a rounding of a more exact one
    mag = 10 ** max(len(str(int(value))) - 2, 0) if value >= 100 and value % 10 == 0 else 0
    return value - mag, value + mag


def _compatible(a: Quantity, b: Quantity) -> bool:
    return a.low <= b.high and b.low <= a.high


def _step(value: float) -> float:
    """The rounding a figure shows: 400 -> 100, 80,000 -> 10,000, 75 -> 1, 6.5 -> 0.1."""
    if value != int(value):
        return 0.1
    n, step = int(value), 1
    while n and n % 10 == 0:
        n, step = n // 10, step * 10
    return float(step)


def _bounds_differ(x: Quantity, y: Quantity) -> bool:
    """Whether two bounds of one count, in one direction, give different figures ("at least 78" / "at least 75"):
    both may hold, yet the reports do not say the same thing. Two figures closer than the rounding of the rounder
    one say the same ("more than 400" / "at least 420": ``_step``), and so do vague ones ("more than a dozen");
    two bounds far apart (``FAR``: "at least 70 hurt" / "injuring at least two") bound two counts, a part and the
    whole, more likely than one."""
    if not x.bound or x.bound != y.bound or not (x.exact and y.exact):
        return False
    if max(x.value, y.value) > FAR * min(x.value, y.value):
        return False
    return abs(x.value - y.value) >= max(_step(x.value), _step(y.value))



@dataclass(frozen=True, slots=True)
class Disagreement:
    """Why two statements disagree; for a count, also the two figures as a conflict names them ("at least 78"),
    what they are of ("people died") and whether they may be successive updates of one figure rather than an
    error of one (a toll, a bound, a marked update: "has risen to")."""

    why: str
    figures: tuple[str, str] = ("", "")
    about: str = ""
    update: bool = False


# how a toll reads after its counted noun
_TOLL_WORDS = {"die": "died", "hurt": "hurt", "missing": "missing", "displaced": "displaced"}


def _hedge_of(q: Quantity) -> str:
    """The hedge a figure is written with ("more than" in "more than €100million"), or ""."""
    return next((h for h in (*_LOWER, *_UPPER, *_ABOUT) if q.written.lower().startswith(h + " ")), "")


def figure_of(q: Quantity) -> str:
    """A figure as a conflict names it: its hedge and its value ("at least 78", "more than 115,000")."""
    hedge = _hedge_of(q)
    if q.unit in _CURRENCIES:
        value = _money(q.value, q.unit)
    else:
        value = f"{int(q.value):,}" if q.value == int(q.value) else _fmt(q.value)
    return f"{hedge} {value}".strip()


_SYMBOLS = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥"}


def _money(value: float, unit: str) -> str:
    """An amount of money as news writes it short: "$787.5m", "£1.6bn", "€80,000", "12,000 cny"."""
    for scale, mark in ((1e9, "bn"), (1e6, "m")):
        if value >= scale:
            figure = f"{_fmt(round(value / scale, 3))}{mark}"
            break
    else:
        figure = f"{int(value):,}" if value == int(value) else _fmt(value)
    symbol = _SYMBOLS.get(unit)
    return f"{symbol}{figure}" if symbol else f"{figure} {unit}"


def count_disagreement(a: str, b: str, *, same_verb: bool = False) -> Disagreement | None:
    """How two statements disagree on a quantity ("13 vs 15 people"), or None.

    Two figures of one unit disagree when neither is compatible with any figure of the other statement: their
    ranges do not meet, or both are bounds in one direction that give different figures (``_bounds_differ``).
    Counts of two tolls ("66 people died" / "more than 100 people remain missing") are not compared. With
    ``same_verb``, only counts said with the same verb are compared ("seven cars derailed" /
    "eight cars and two locomotives derailed"; "carrying about 207 passengers" / "243 passengers on board"): two
    statements that share little else may still give one count, and a count of the same noun said with another
    verb ("12 people were arrested" / "five people died") is a count of something else. A share is said of what
    it is of ("a 19-percent wage increase" / "a 20% increase in wages"; ``Quantity.what``).

    A marked update ("rose to", "has since") still disagrees: it is flagged as one that may be an update.
    """
    qa, qb = quantities(a), quantities(b)
    for unit in _own_currency({q.unit for q in qa} & {q.unit for q in qb}, qa, qb):
        pairs = [(x, y) for x in qa if x.unit == unit for y in qb if y.unit == unit]
        if unit not in _ONE_MEASURE:
            pairs = [(x, y) for x, y in pairs if _same_count(x, y, same_verb=same_verb)]
        # "31 people ... dead in Meichuan" beside "the quake left 89 dead": a count placed where the other
        # statement does not go is a part of the toll, not another figure for it
        pairs = [(x, y) for x, y in pairs if _placed_within(a, x, b) and _placed_within(b, y, a)]
        # a figure that some figure of the other statement allows is no disagreement, whatever else either
        # gives ("rose to 12 from nine" / "nine died")
        agreed = {id(q) for x, y in pairs if agree(x, y) for q in (x, y)}
        found = next(((x, y) for x, y in pairs if id(x) not in agreed and id(y) not in agreed), None)
        if found is None:
            continue
        x, y = found
        tolls = sorted(x.verbs & y.verbs & _TOLLS)
        about = f"{unit} {_TOLL_WORDS[tolls[0]]}" if tolls else f"{unit} {x.role}".strip()
        update = bool(tolls or x.bound or y.bound or _updated(a, x) or _updated(b, y))
        fx, fy = figure_of(x), figure_of(y)
        return Disagreement(why=said_of((fx, fy), about), figures=(fx, fy), about=about, update=update)
    return None


def _own_currency(units: set[str], qa: Sequence[Quantity], qb: Sequence[Quantity]) -> list[str]:
    """The units two statements' figures are compared in, in order: of the currencies both give, only those in
    which their figures are most their writers' own. A conversion is made at some exchange rate, and outlets
    take different ones: "£48m (€62m)" and "more than €60m (£51.8m)" are compared in euros, where the hedged
    figure is as its report gives it (in pounds the conversion makes them differ). First a currency both
    statements give as their own figure, then one in which a hedged figure is its report's own, then any."""
    money = [u for u in units if u in _CURRENCIES]
    if len(money) < 2:
        return sorted(units)

    def rank(unit: str) -> tuple[bool, bool]:
        own = [[q for q in qs if q.unit == unit and not q.converted] for qs in (qa, qb)]
        return all(own), any(q.bound or _hedge_of(q) for side in own for q in side)

    best = max(rank(u) for u in money)
    return sorted(u for u in units if u not in _CURRENCIES or rank(u) == best)


def said_of(figures: Sequence[str], about: str) -> str:
    """A disagreement as a reader reads it: the figures in turn, then what they count ("at least 78 vs 66
    people died"); an amount of money names its currency in its figures ("£95m vs £100m"), and its role when
    it has one ("$1.6bn vs $2bn sought").

    >>> said_of(("£95m", "£100m"), "gbp")
    '£95m vs £100m'
    """
    unit, _, rest = about.partition(" ")
    what = rest if unit in _CURRENCIES else about
    return f"{' vs '.join(figures)} {what}".strip()


# words a sentence opens with that name no place
_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "in", "at", "on", "it", "he", "she", "they", "we", "this", "that", "there", "as", "after", "by",
     "of"}
)
# where a count is said to be: "dead in Meichuan", "died in the flooding in Brazil's south"
_PLACED = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?P<place>[A-Z][\w-]+)")


def _placed_within(text: str, q: Quantity, other: str) -> bool:
    """Whether ``q`` may count what ``other`` counts as far as places go: its clause places it nowhere, or where
    ``other`` names too, or ``other`` names no place at all ("Seven cars derailed" / "Eight ... in Dunmore")."""
    clause = re.split(r"[,;:.!?()\"“”—–]", text[q.end :])[0]
    m = _PLACED.match(clause) or _PLACED.search(clause)
    if m is None or m.group("place") in other:
        return True
    names = [w for w in re.findall(r"[A-Za-z][\w-]*", other) if w[0].isupper()]
    return not [w for w in names if w.lower() not in _SENTENCE_OPENERS and w.lower() not in _NUMBER_WORDS]


def agree(x: Quantity, y: Quantity) -> bool:
    """Whether two figures of one count may both be said of it: their ranges meet, and they are not two bounds
    in one direction that give different figures."""
    return _compatible(x, y) and not _bounds_differ(x, y)


def figures_for(text: str, about: str) -> list[Quantity]:
    """The figures a statement gives of what a disagreement is on (``Disagreement.about``: "people died",
    "wagon"): of its unit, and of its toll when it names one."""
    unit, _, toll = about.partition(" ")
    if unit in _CURRENCIES:
        return [q for q in quantities(text) if q.unit == unit and q.role == toll]
    family = next((f for f, w in _TOLL_WORDS.items() if w == toll), None)
    return [q for q in quantities(text) if q.unit == unit and (family is None or family in q.verbs)]


def toll_counts(text: str) -> list[tuple[str, Quantity]]:
    """The tolls a statement gives, each with what it counts ("people died", "people missing"): counts of people
    said with a toll's verb (``_TOLLS``), parts of a toll ("another four deaths") left out."""
    out = []
    for q in quantities(text):
        tolls = sorted(q.verbs & _TOLLS)
        if len(tolls) == 1 and q.unit == _PEOPLE and not q.part:
            out.append((f"{q.unit} {_TOLL_WORDS[tolls[0]]}", q))
    return out


def deal_amounts(text: str) -> list[tuple[str, Quantity]]:
    """The amounts agreed or paid a statement gives, each with its currency ("gbp"): the unmarked role
    (``money.role_of``), told in that currency first (a conversion in brackets is the same amount again), no
    ceiling ("up to £70m").

    >>> [(about, q.value) for about, q in deal_amounts("Harwick will pay an initial £60m, up to £70m with add-ons")]
    [('gbp', 60000000.0)]
    """
    return [
        (q.unit, q)
        for q in quantities(text)
        if q.unit in _CURRENCIES and not q.role and not q.converted and q.bound != "upper"
    ]


def is_money(about: str) -> bool:
    """Whether what a disagreement is on (``Disagreement.about``) is an amount of money ("gbp", "usd sought")."""
    return about.partition(" ")[0] in _CURRENCIES


def _updated(text: str, q: Quantity) -> bool:
    """Whether the clause that gives a figure marks it as an update ("has risen to at least 78")."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, q.start)), default=0)
    return _UPDATE.search(text, start, q.end) is not None


def _same_count(x: Quantity, y: Quantity, *, same_verb: bool) -> bool:
    """Whether two figures of one unit may count one thing: shares of one thing (``Quantity.what``);
    with ``same_verb``, counts said with one verb; else any two counts but those of two tolls (the dead and
    the missing)."""
    if x.unit in _CURRENCIES:
        # an amount paid and an amount sought are two quantities ("agreed to pay $787.5 million" / "had sought
        # $1.6 billion"), whatever verbs go with them; two amounts agreed are one, however each is told, unless
        # one is more than ``FAR`` times the other (then they are more likely two amounts than one told twice)
        return x.role == y.role and max(x.value, y.value) <= FAR * min(x.value, y.value)
    if x.what and y.what:
        return bool(x.what & y.what)
    if same_verb:
        return bool(x.verbs & y.verbs)
    tx, ty = x.verbs & _TOLLS, y.verbs & _TOLLS
    return not (tx and ty) or bool(tx & ty)


def number_conflict(a: str, b: str, *, same_verb: bool = False) -> str | None:
    """Why two statements disagree on a quantity ("13 vs 15 people"), or None: ``count_disagreement``'s why."""
    found = count_disagreement(a, b, same_verb=same_verb)
    return found.why if found else None


def distance_conflict(a: str, b: str) -> str | None:
    """Why two statements disagree on how far from one place something lies, in one direction ("72 kilometres
    vs 63 kilometers southwest of Marrakesh"; ``storyline.compare.places``), or None. A distance given in two
    systems ("72 kilometres (45 miles)") is read in the first; a rounding in the other is allowed."""
    if _UPDATE.search(a) or _UPDATE.search(b):
        return None
    for x, y in same_place(a, b):
        qa, qb = quantities(x), quantities(y)
        if len(qa) == len(qb) == 1 and qa[0].unit == qb[0].unit and not _compatible(qa[0], qb[0]):
            return f"{x} vs {y}"
    return None


def _fmt(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


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
    if _UPDATE.search(a_text) or _UPDATE.search(b_text):
        return None
    ra = [r for v in a_values if (r := _date_range(v))]
    rb = [r for v in b_values if (r := _date_range(v))]
    if len(ra) != 1 or len(rb) != 1:
        return None
    (a0, a1), (b0, b1) = ra[0], rb[0]
    if a0 <= b1 and b0 <= a1:
        return None
    return f"{a_values[0]} vs {b_values[0]}"


_WEEKDAY = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b")
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
        out.append(Weekday(name=m.group("day").lower(), anchor=before[-1] if before else "", value=value))
    return out


def weekday_conflict(a: Sequence[Weekday], b: Sequence[Weekday], a_text: str = "", b_text: str = "", *,
                     close: bool = False) -> str | None:
    """Why two statements disagree on the day of one event ("Sunday vs Saturday"), or None.

    Each must name one weekday, by different names: "away to Brentford on Sunday" and "against Brentford on
    Saturday" cannot both hold of one game. Either the two statements say the same thing otherwise (``close``)
    or each names the day of the same word ("Brentford"). Resolved dates are no evidence on their own (a
    weekday resolved against a wrongly guessed report date is off by a week), but two that are one day veto a
    disagreement. A marked update is no conflict.

    >>> weekday_conflict(weekdays("away to Brentford on Sunday"), weekdays("against Brentford on Saturday"))
    'Sunday vs Saturday'
    """
    if _UPDATE.search(a_text) or _UPDATE.search(b_text):
        return None
    if len({w.name for w in a}) != 1 or len({w.name for w in b}) != 1:
        return None
    x, y = a[0], b[0]
    if x.name == y.name or not (close or (x.anchor and x.anchor == y.anchor)):
        return None
    if x.value and y.value and x.value[:10] == y.value[:10]:
        return None
    return f"{x.name.capitalize()} vs {y.name.capitalize()}"


# ---- polarity ------------------------------------------------------------------------------------------------

# verbs that say a thing did not happen: "averted a weeks-long trial", "avoided a strike", "called off the vote"
_PREVENT_VERBS = (
    r"\b(?:avert(?:s|ed|ing)?|avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|forestall(?:s|ed|ing)?|"
    r"(?:stave[sd]?|staving|head(?:s|ed|ing)?|call(?:s|ed|ing)?)\s+off|cancel(?:s|led|ed|ling|ing)?|"
    r"spar(?:e|es|ed|ing))"
)
_PREVENT = re.compile(
    _PREVENT_VERBS + r"\s+(?P<np>(?:(?:a|an|the|any|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.I
)
# what before a phrase denies it happened, or says it was prevented ("no trial", "without a trial")
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:no|not|never|without)|n[o']t\s+\w+|" + _PREVENT_VERBS + r")\s+"
    r"(?:(?:a|an|the|any|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.I,
)
# what after a phrase denies it happened ("the strike was not held", "the vote was called off")
_DENIED_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,2}?\s+(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been|will\s+be|would\s+be)\s+)?"
    r"(?:not|never|no\s+longer|n[o']t|won['’]t|averted|avoided|prevented|called\s+off|cancel(?:l?ed)|scrapped|"
    r"postponed|shelved|dropped)\b",
    re.I,
)
# words that end the phrase a prevention verb takes ("a weeks-long trial that could ...")
_PHRASE_END = frozenset({
    "that", "which", "who", "in", "on", "of", "to", "for", "with", "by", "and", "or", "as", "at", "from", "after",
    "before", "over", "into", "than", "but", "if", "when", "while",
})  # fmt: skip
_ARTICLES = frozenset({"a", "an", "the", "any", "its", "their", "his", "her"})


def _key(words: str) -> tuple[str, ...]:
    """A phrase's words as compared: lower case, articles left out, hyphens and stems ignored ("a weeks-long
    trial" and "a weekslong trial" are one phrase)."""
    out = [stem(w.replace("-", "").replace("’", "'")) for w in re.findall(r"[\w’'-]+", words.lower())]
    return tuple(w for w in out if w not in _ARTICLES)


def polarity_conflict(a: str, b: str) -> str | None:
    """Why two aligned statements disagree on whether a thing happened, or None: one says it was prevented
    ("averted a weeks-long trial"), the other tells the same thing, in the same words, as having happened ("The
    move comes after a weekslong trial").

    The phrase must be a thing named in two words or more (a word before its noun: "weeks-long trial"), found
    in the other statement word for word and neither denied nor prevented there: a bare noun ("a trial") is
    said of too many things in one story ("a jury had been seated for trial").

    >>> polarity_conflict("The deal averted a weeks-long trial.", "The move comes after a weekslong trial.")
    'averted "a weeks-long trial" vs "a weekslong trial"'
    """
    for one, other, flip in ((a, b, False), (b, a, True)):
        for m in _PREVENT.finditer(one):
            words = m.group("np").split()
            cut = next((n for n, w in enumerate(words) if w.lower() in _PHRASE_END), len(words))
            phrase = " ".join(words[:cut])
            key = _key(phrase)
            if len(key) < 2:
                continue
            found = _told_plainly(other, key)
            if found is None:
                continue
            said = f'{m.group(0).split()[0].lower()} "{phrase}"'
            mine, theirs = (f'"{found}"', said) if flip else (said, f'"{found}"')
            return f"{mine} vs {theirs}"
    return None


_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_DENIERS = frozenset({"not", "never"})
# words that may stand between a denial and its verb ("has not yet agreed"), or a verb and its object ("agreed
# to the terms", "admitted any wrongdoing")
_BETWEEN_WORDS = frozenset({
    "to", "be", "been", "being", "have", "has", "had", "yet", "even", "ever", "a", "an", "the", "any", "its",
    "their", "his", "her", "this", "that", "these", "those", "formally", "officially", "publicly",
})  # fmt: skip
# verbs whose denial tells what someone did not say or answer, not that a thing did not happen ("did not
# immediately confirm the amount"): another party may well have confirmed it
_ANSWER_WORDS = (
    "say said says comment commented respond responded confirm confirmed reply replied return returned disclose "
    "disclosed reveal revealed elaborate elaborated specify specified answer answered speak spoke know knew"
)
_ANSWERS = frozenset(stem(w) for w in _ANSWER_WORDS.split())


def _verb_object(text: str) -> list[tuple[str, str, bool, int, int]]:
    """Each word with the next word after it that is no function word, as ``(stem, next stem, denied, start,
    end)``: denied when "not", "never" or a "-n't" comes before it, function words apart ("has not yet agreed
    personal terms" -> ``("agre", "personal", True, ...)``)."""
    words = list(_TOKEN.finditer(text))
    out = []
    deny = False
    for n, m in enumerate(words):
        low = m.group(0).lower().replace("’", "'")
        if low in _DENIERS or low.endswith("n't"):
            deny = True
            continue
        if low in _BETWEEN_WORDS or low in ENGLISH_STOP_WORDS:
            continue
        nxt = next((w for w in words[n + 1 :] if w.group(0).lower() not in ENGLISH_STOP_WORDS), None)
        if nxt is not None:
            out.append((stem(low), stem(nxt.group(0).lower()), deny, m.start(), nxt.end()))
        deny = False
    return out


def negation_conflict(a: str, b: str) -> str | None:
    """Why two aligned statements disagree on whether a thing was done, or None: one denies a verb with its
    object ("has not agreed personal terms"), the other tells the same verb with the same object plainly
    ("agreed personal terms"). A denial of saying or answering ("did not immediately confirm the amount") is no
    denial of the thing itself and is left alone.

    >>> negation_conflict("Ossory has not agreed personal terms with Harwick.", "Ossory agreed personal terms.")
    'not "agreed personal" vs "agreed personal"'
    """
    for one, other, flip in ((a, b, False), (b, a, True)):
        told = {(v, o): (s, e) for v, o, denied, s, e in _verb_object(other) if not denied}
        for verb, obj, denied, start, end in _verb_object(one):
            if not denied or verb in _ANSWERS or (verb, obj) not in told:
                continue
            s, e = told[(verb, obj)]
            mine, theirs = f'not "{one[start:end]}"', f'"{other[s:e]}"'
            return f"{theirs} vs {mine}" if flip else f"{mine} vs {theirs}"
    return None


def _told_plainly(text: str, key: tuple[str, ...]) -> str | None:
    """Where ``text`` tells the phrase ``key`` without denying or preventing it (the phrase as written), or
    None."""
    words = list(re.finditer(r"[\w’'-]+", text))
    for n in range(len(words)):
        run: list[str] = []
        k = n
        while k < len(words) and len(run) < len(key) + 2:
            w = _key(words[k].group(0))
            run.extend(w)
            k += 1
            if tuple(run) == key:
                start = words[n].start()
                before = text[max(0, start - 40) : start]
                if _DENIED_BEFORE.search(before) or _DENIED_AFTER.match(text, words[k - 1].end()):
                    return None
                det = re.search(r"\b(?:a|an|the|its|their)\s+$", before, re.I)
                return text[start - (len(det.group(0)) if det else 0) : words[k - 1].end()]
            if tuple(run) != key[: len(run)]:
                break
    return None


# ---- names ---------------------------------------------------------------------------------------------------

_PLACES = frozenset({"GPE", "LOC", "FAC"})
_ACTORS = frozenset({"PERSON", "ORG"})
# aligned statements must agree this much on everything but the names (Jaccard of content stems) before two
# different names read as a disagreement on who or where, not as two statements about different things
_SAME_ACT = 0.5


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z'’.-]*", name) if w.lower() not in ("the", "of", "and")]


def same_referent(a: str, b: str) -> bool:
    """Whether two names may name one thing: equal, one's words inside the other's (a surname, "Keswick" and
    "Keswick town centre"), or one the initials of the other (an acronym)."""
    wa, wb = [w.lower() for w in _words(a)], [w.lower() for w in _words(b)]
    if not wa or not wb:
        return True
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    for short, long in ((a, wb), (b, wa)):
        s = short.replace(".", "").replace(" ", "")
        if s.isupper() and len(s) >= 2 and s.lower() == "".join(w[0] for w in long):
            return True
    return False


def _rest(text: str, names: Sequence[str]) -> set[str]:
    for n in sorted(names, key=len, reverse=True):
        text = text.replace(n, " ")
    return {stem(w) for w in re.findall(r"[A-Za-z]+", text.lower()) if len(w) > 2} - _NAME_STOP


_NAME_STOP = frozenset({"the", "and", "was", "were", "has", "had", "said", "that", "for", "with", "from", "its"})


def _writes(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _country(name: str) -> bool:
    from storyline.extract.gazetteer import lookup

    known = lookup(name)
    return known is not None and known.kind == "country"


def name_conflict(
    a: str, b: str, a_names: Sequence[tuple[str, str]], b_names: Sequence[tuple[str, str]]
) -> str | None:
    """Why two aligned statements disagree on who or where ("Dunmore vs Keswick"), or None.

    ``a_names``/``b_names`` are the ``(name, type)`` of the story entities each statement mentions. Two
    statements disagree when they say the same thing otherwise (``_SAME_ACT``) and name, for the same role
    (a person or organisation; a place of the same type), only referents the other does not name and that
    are no part, surname or acronym of the other's. A city against its country (types differ) is granularity,
    not disagreement; a marked update is no conflict.
    """
    if _UPDATE.search(a) or _UPDATE.search(b):
        return None
    ra = _rest(a, [n for n, _ in a_names] + [n.split()[-1] for n, _ in a_names])
    rb = _rest(b, [n for n, _ in b_names] + [n.split()[-1] for n, _ in b_names])
    if not ra or not rb or len(ra & rb) / len(ra | rb) < _SAME_ACT:
        return None
    for kinds in (_ACTORS, *({t} for t in _PLACES)):
        xa = [n for n, t in a_names if t in kinds]
        xb = [n for n, t in b_names if t in kinds]
        if not xa or not xb:
            continue
        if any(same_referent(x, y) for x in xa for y in xb):
            continue
        if any(_writes(b, x) for x in xa) or any(_writes(a, y) for y in xb):
            continue  # the other statement writes the name too: one referent, whatever each report called it
        if kinds == {"GPE"} and any(_country(x) for x in (*xa, *xb)):
            continue  # a town against a country may be the town in that country
        return f"{xa[0]} vs {xb[0]}"
    return None
