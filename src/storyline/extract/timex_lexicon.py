"""Words of time: month and weekday names, number words, units, and how to read a number or a duration.

The tense cues that decide which way an underspecified expression points live in ``timex_tense``.
"""

from __future__ import annotations

import re

# re-exported for benchmarks/bench_timex.py, which still imports it from here
from storyline.extract.timex_tense import sentence_bounds as sentence_bounds

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
    "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_HUNDREDS = {"a hundred": 100, "one hundred": 100, "hundred": 100, "a thousand": 1000, "thousand": 1000}
VAGUE = ("several", "a few", "few", "many", "some", "a number of", "the", "numerous", "a couple")

_TENS_WORDS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
)
_SMALL_WORDS = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen"
)
# a number as words or digits, as it may count time units ("twenty-four", "2 1/2", "a few", "nine and a half")
NUMBER = (
    rf"(?:(?:\d+|{_TENS_WORDS}|{_SMALL_WORDS})[\s-]+and[\s-]+a[\s-]+half"
    r"|\d+(?:\.\d+)?(?:\s+\d/\d)?|\d+/\d"
    rf"|{_TENS_WORDS}"
    r"|one-and-a-half|a\s+couple\s+of|couple\s+of|a\s+dozen|dozen|half\s+an?|a\s+half|a\s+hundred"
    r"|one\s+hundred|a\s+thousand"
    rf"|{_SMALL_WORDS}|hundred|thousand|an|a)"
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
    m = re.fullmatch(r"(.+?)[ -]and[ -]a[ -]half", w)
    if m and w != "one-and-a-half":
        whole = number_value(m.group(1))
        return None if whole is None else whole + 0.5
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
        if count != int(count) and letter in "HM":
            # "half an hour" PT30M, "an hour and a half" PT1H30M, "a minute and a half" PT1M30S
            return "PT" + _whole(count, letter) + f"{round((count - int(count)) * 60)}{'M' if letter == 'H' else 'S'}"
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
        return f"P{_whole(count, 'Y')}{round((count - int(count)) * 12)}M"
    if count < 1 and letter == "D":
        return f"PT{round(count * 24)}H"  # "half a day"
    return f"P{_num(count)}{letter}"


def _whole(count: float, letter: str) -> str:
    """The whole units of a fractional count, as a duration writes them; nothing for none ("half a year": P6M)."""
    return f"{int(count)}{letter}" if int(count) else ""


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"
