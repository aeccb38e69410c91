"""Words of time: month and weekday names, number words, units, and the tense cues around an expression.

The tense cue is what decides the direction of an underspecified expression ("on Wednesday" in "she said
on Wednesday" is the Wednesday before the report; in "talks will resume on Wednesday" the one after). It is
read from the plain text, without a parse, so that re-anchoring a report costs only regular expressions:
the nearest tense-bearing word in the same sentence wins (a future modal, a future-looking verb, or a
past-tense verb); no cue at all means "unknown" and each rule picks its own default.

Does not parse: a past-tense verb in a neighbouring clause can mislead it ("He said the vote will be on
Friday" reads future, correctly, only because "will" is nearer than "said").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1, "one-and-a-half": 1.5,
    "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_HUNDREDS = {"a hundred": 100, "one hundred": 100, "hundred": 100, "a thousand": 1000, "thousand": 1000}
VAGUE = ("several", "a few", "few", "many", "some", "a number of", "the", "numerous", "a couple")

# a number as words or digits, as it may count time units ("twenty-four", "2 1/2", "a few")
NUMBER = (
    r"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|\d+/\d"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one-and-a-half|a\s+couple\s+of|couple\s+of|a\s+dozen|dozen|half\s+a|a\s+hundred|one\s+hundred|a\s+thousand"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|hundred|thousand|an|a)"
)
VAGUE_NUMBER = r"(?:several|a\s+few|few|many|a\s+number\s+of|numerous)"

UNITS = {
    "second": "S", "seconds": "S", "minute": "M", "minutes": "M", "hour": "H", "hours": "H", "day": "D",
    "days": "D", "night": "D", "nights": "D", "week": "W", "weeks": "W", "weekend": "WE", "weekends": "WE",
    "month": "M", "months": "M", "quarter": "Q", "quarters": "Q", "year": "Y", "years": "Y", "decade": "DE",
    "decades": "DE", "century": "CE", "centuries": "CE",
}  # fmt: skip
UNIT_NAME = {
    "S": "second", "H": "hour", "D": "day", "W": "week", "Q": "quarter", "Y": "year", "DE": "decade",
    "CE": "century", "WE": "weekend",
}  # fmt: skip


def unit_name(word: str) -> str:
    """The singular unit a unit word stands for: ``"months"`` -> ``"month"``, ``"mins"`` -> ``"minute"``."""
    w = word.lower()
    if w.startswith("min"):
        return "minute"
    if w.startswith("mon"):
        return "month"
    return UNIT_NAME.get(UNITS.get(w, ""), w.rstrip("s"))


def number_value(words: str) -> float | None:
    """The value of a number written in digits or words; None when it is vague ("several", "a few")."""
    w = re.sub(r"\s+", " ", words.strip().lower())
    if not w or re.fullmatch(VAGUE_NUMBER, w):
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", w)
    if m:
        value = float(m.group(1))
        if m.group(2):
            value += int(m.group(2)) / int(m.group(3))
        return value
    m = re.fullmatch(r"(\d)/(\d)", w)
    if m:
        return int(m.group(1)) / int(m.group(2))
    if w in _SMALL:
        return float(_SMALL[w])
    if w in _HUNDREDS:
        return float(_HUNDREDS[w])
    parts = re.split(r"[- ]", w)
    if parts[0] in _TENS:
        value = _TENS[parts[0]]
        if len(parts) == 2 and parts[1] in _SMALL:
            value += int(_SMALL[parts[1]])
        return float(value)
    return None


def duration_value(count: float | None, unit: str) -> str:
    """A TIMEX3 duration: ``P3D``, ``PT7H``, ``P10Y`` (decades in years), ``PXM`` when the count is vague."""
    time_units = {"hour": "H", "minute": "M", "second": "S"}
    if unit in time_units:
        letter = time_units[unit]
        if count is None:
            return f"PTX{letter}"
        if count != int(count) and letter == "H":
            return f"PT{int(count)}H{round((count - int(count)) * 60)}M"
        return f"PT{_num(count)}{letter}"
    letters = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "weekend": "WE"}
    if unit == "decade":
        return "PXY" if count is None else f"P{_num(count * 10)}Y"
    if unit == "century":
        return "PXC" if count is None else f"P{_num(count * 100)}Y"
    letter = letters.get(unit, "X")
    if count is None:
        return f"PX{letter}"
    if count != int(count) and letter == "Y":
        return f"P{int(count)}Y{round((count - int(count)) * 12)}M"
    return f"P{_num(count)}{letter}"


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


# ---- tense -------------------------------------------------------------------------------------------------

_FUTURE = {
    "will", "'ll", "’ll", "shall", "won't", "won’t", "wo", "would", "going", "plans", "plan", "planning",
    "scheduled", "schedule", "expected", "expects", "expect", "due", "upcoming", "intends", "intend", "aims",
    "hopes", "await", "awaits", "awaiting", "tomorrow", "soon", "until", "till",
}  # fmt: skip
# "until" and "would" lean forward only weakly ("would" is often a past habit or reported speech)
_WEAK_FUTURE = {"until", "till", "would"}
_PAST = {
    "said", "told", "was", "were", "had", "did", "ago", "met", "made", "took", "went", "came", "began", "gave",
    "got", "saw", "left", "found", "fell", "rose", "won", "lost", "sold", "bought", "paid", "spoke", "wrote",
    "became", "brought", "thought", "felt", "kept", "led", "ran", "sent", "struck", "broke", "chose", "drove",
    "flew", "grew", "knew", "shot", "stood", "threw", "fought", "sought", "caught", "built", "spent", "heard",
    "hung", "stole", "last", "yesterday", "earlier", "since", "previously", "killed", "slid", "fled", "quit",
    "held", "wore", "woke", "sank", "swore", "tore", "forgot", "withdrew", "overtook", "underwent", "upheld",
}  # fmt: skip
_NOT_PAST_ED = {
    "need", "speed", "feed", "seed", "reed", "bed", "red", "shed", "bred", "breed", "proceed", "succeed",
    "exceed", "indeed", "hundred", "united", "based", "related", "limited", "embed", "wed", "fled", "led",
    "greed", "weed", "deed", "creed", "heed", "sled", "scheduled", "expected", "planned", "interested",
    "concerned", "supposed", "used", "allied", "skilled", "talented", "detailed", "advanced", "dedicated",
}  # fmt: skip
# words that open a noun phrase after "due to" ("due to the fog", "due to bad weather"): the cause, not a plan
_PHRASE_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                "those", "some", "poor", "bad", "low", "high", "heavy", "severe", "lack"}  # fmt: skip
_PASSIVE_AUX = {"be", "being", "to", "remain", "remains", "stay", "stays", "is", "are", "am", "get", "gets"}

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll")
# a sentence ends at . ! ? or a line break, unless the dot closes a short abbreviation ("Aug.", "U.S.")
_SENT_END = re.compile(r"(?P<punct>[.!?]+)[\"”’']?(?=\s)|\n+")
_LAST_WORD = re.compile(r"[\w.]*$")
_ABBREVIATIONS = {
    "mr", "ms", "mrs", "dr", "st", "jr", "sr", "co", "no", "vs", "gen", "sen", "rep", "gov", "inc", "ltd", "col",
    "sgt", "lt", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "a.m", "p.m", "u.s", "u.k", "u.n", "prof", "capt", "maj", "cmdr", "adm", "rev", "ft", "mt", "e.g", "i.e",
}  # fmt: skip


@lru_cache(maxsize=64)
def sentence_bounds(text: str) -> tuple[int, ...]:
    """Start offsets of the sentences of ``text`` (0 first), from punctuation and line breaks."""
    starts = [0]
    for m in _SENT_END.finditer(text):
        before = _LAST_WORD.search(text, max(0, m.start() - 12), m.start()) if m["punct"] == "." else None
        word = before.group() if before is not None else None
        if word is not None and (
            word.lower().rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isupper())
        ):
            continue
        starts.append(m.end())
    return tuple(starts)


def sentence_at(text: str, start: int) -> tuple[int, int]:
    """The ``[start, end)`` of the sentence holding offset ``start``."""
    bounds = sentence_bounds(text)
    i = bisect.bisect_right(bounds, start) - 1
    s = bounds[i]
    e = bounds[i + 1] if i + 1 < len(bounds) else len(text)
    return s, e


def tense_direction(text: str, start: int, end: int) -> int:
    """-1 when the nearest tense cue in the sentence looks back, +1 when it looks forward, 0 when none.

    Distance is counted in words from the expression; words inside the expression itself do not count.
    Weak future cues ("by", "until", "would") only win when no other cue is within twice their distance.
    """
    s, e = sentence_at(text, start)
    best: tuple[float, int] | None = None
    prev = ""
    words = list(_WORD.finditer(text, s, e))
    # index of the first word at or after the expression, to measure distances in words
    first_after = next((i for i, m in enumerate(words) if m.start() >= end), len(words))
    last_before = first_after - 1
    while last_before >= 0 and words[last_before].end() > start:
        last_before -= 1
    for i, m in enumerate(words):
        if start <= m.start() < end:
            prev = m.group(0).lower()
            continue
        w = m.group(0).lower()
        direction = _cue(w, prev)
        prev = w
        if w == "due" and [x.group(0).lower() for x in words[i + 1 : i + 3]][:1] == ["to"]:
            after = words[i + 2].group(0).lower() if i + 2 < len(words) else ""
            if after in _PHRASE_OPENERS:
                continue  # "due to the fog": because of, no schedule ("due to arrive" still looks ahead)
        if direction == 0:
            continue
        distance = float(last_before - i + 1 if i <= last_before else i - first_after + 1)
        if w in _WEAK_FUTURE:
            distance *= 2.5
        if best is None or distance < best[0]:
            best = (distance, direction)
    return best[1] if best else 0


def _cue(word: str, prev: str) -> int:
    if word in _FUTURE:
        return 1
    if word in _PAST and prev not in _PASSIVE_AUX:
        return -1  # "will be held", "is to be held": a passive participle, not the past tense
    if word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST_ED and prev not in _PASSIVE_AUX:
        return -1
    if word.endswith(("n't", "n’t")) and word[:3] in ("did", "was", "wer", "had", "cou"):
        return -1
    return 0
