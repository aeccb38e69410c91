"""Words as alignment reads them: the word pattern, stop words, counts written out, a symmetric stemmer, figures
and the marks of a headline (title case) and of a name (``_NAMING``).

A shallow reading with no model loaded: Porter's (1980) rules for plurals, "-ed" and "-ing", a few irregular past
forms, and the words of one claim family written as one stem ("died" / "deaths"). Used by
``storyline.compare.align`` and ``storyline.compare.claims``; does not compare statements.
"""

from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.calendar_words import month_spellings

# a figure is one word with what is written onto it: "67th", "16-year-old", "8:30", "1,200"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d(?:[\d,.:]*\d)?(?:-?[A-Za-z][A-Za-z-]*)?")
# spaCy's English list (a plain word list: no model is loaded; scikit-learn's, used before, cost ~2 s of import),
# less a few words news reports say things with ("were found by a remotely operated vehicle", "caught fire"): they
# stay content words
_NOT_STOP = frozenset({"found", "find", "fire", "bill", "system", "part", "interest", "call", "move", "show"})
# "did", "does", "doing" were no stop words in scikit-learn's list, which this one replaced, and stay words: ECB+
# align train F1 0.6808 (scikit-learn's list) -> 0.6780 with them as stop words, 0.6822 without; dev unchanged
_DO = frozenset({"did", "does", "doing"})
# the words of scikit-learn's list, which this one replaced, that spaCy's lacks: company suffixes and
# abbreviations are no content either
_ALSO_STOP = frozenset({"co", "inc", "ltd", "etc", "eg", "ie", "de", "un", "con", "cant", "couldnt", "hasnt"})
ENGLISH_STOP_WORDS = frozenset(w for w in STOP_WORDS if "'" not in w and "’" not in w and "‘" not in w) | _ALSO_STOP
_STOP = frozenset(ENGLISH_STOP_WORDS - _NOT_STOP - _DO) | {
    "said", "says", "say", "told", "according", "added", "adding", "reported", "also", "would", "could",
    "just", "like", "s", "mr", "ms", "mrs", "percent",
}  # fmt: skip


# counts written out are the figures reports also write in digits ("All ten people" / "All 10 people"); "one"
# to "four" are left out: "one" is mostly a pronoun ("no one"), and "two men", "three counties" are said of
# so many things in a story that on ECB+ they cost precision (dev P 0.8778 -> 0.8722 with "two" and up)
_COUNTS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
)
_NUMBER_WORDS = {w: str(n) for n, w in enumerate(_COUNTS.split()) if n > 4} | {
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "hundred": "100", "dozen": "12",
}  # fmt: skip
# stems of one claim told in other words: a death ("have died", "the deaths of"), who was on board ("aboard",
# "on board", "onboard"), what flew ("the business jet", "the aircraft") and a loser's concession ("conceded",
# "his concession speech"; ECB+ unchanged). Not "won" / "victory": "Trump congratulated him on his victory" is no
# restatement of "he has won". Not "killed" nor "dead": with them ECB+ pairs the deaths of two different events
# (dev P 0.8778 -> 0.8706); a passive "were killed" is kept
_FAMILY_WORDS = {
    "die": ("die", "died", "dies", "dying", "death", "deaths"),
    "aboard": ("aboard", "board", "onboard"),
    "plane": ("plane", "planes", "jet", "jets", "aircraft", "airplane", "airplanes", "airliner", "airliners"),
    "concede": ("concede", "concedes", "conceded", "conceding", "concession"),
}
_VOWELS = frozenset("aeiou")


def _vowel(w: str, i: int) -> bool:
    """Whether ``w[i]`` sounds as a vowel: a, e, i, o, u, and a y after a consonant ("cry", not "yes")."""
    return w[i] in _VOWELS or (w[i] == "y" and i > 0 and not _vowel(w, i - 1))


def _measure(w: str) -> int:
    """How many vowel-consonant sequences ``w`` holds (Porter's *m*: "tree" 0, "trouble" 1, "escap" 2)."""
    kinds = "".join("v" if _vowel(w, i) else "c" for i in range(len(w)))
    return kinds.count("vc")


def _short(w: str) -> bool:
    """Whether ``w`` ends consonant-vowel-consonant, the last no w, x or y ("hop", "plan"; not "box"): a final e
    after it belongs to the word ("hope", "plane")."""
    return (
        len(w) >= 3 and not _vowel(w, -3 % len(w)) and _vowel(w, len(w) - 2) and not _vowel(w, len(w) - 1)
        and w[-1] not in "wxy"
    )


def _inflection(w: str) -> str:
    """``w`` without its inflection, the way Porter's stemmer (1980) takes off plurals, "-ed" and "-ing" and a
    final silent e, so that each form of a word is written one way: "escape", "escaped", "escapes", "escaping"
    are ``escap``; "settle", "settled" ``settl``; "robbed", "robbing" ``rob``; "injuries", "injury" ``injury``;
    "hope", "hoped" stay ``hope`` and "plane" is no "plan"."""
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 4:
        w = w[:-1]
    if w.endswith("eed"):
        if _measure(w[:-3]) > 0:
            w = w[:-1]
    else:
        for suffix in ("ed", "ing"):
            base = w[: -len(suffix)]
            if w.endswith(suffix) and len(base) >= 2 and any(_vowel(base, i) for i in range(len(base))):
                w = base
                if w.endswith(("at", "bl", "iz")):
                    w += "e"
                elif w[-1] == w[-2] and w[-1] not in "aeiouylsz":
                    w = w[:-1]
                elif _measure(w) == 1 and _short(w):
                    w += "e"
                break
    if w.endswith("e") and len(w) > 3:
        m = _measure(w[:-1])
        if m > 1 or (m == 1 and not _short(w[:-1])):
            w = w[:-1]
    return w


_FAMILIES = {_inflection(w): family for family, words in _FAMILY_WORDS.items() for w in words}
# the past forms of irregular verbs, written as the verb ("shot" / "shooting", "stolen" / "steal"); not those
# that are as often another word ("left", "lead", "found", "saw", "rose", "lay")
_IRREGULAR_WORDS = (
    "began begun begin|bit bitten bite|blew blown blow|broke broken break|brought bring|built build|bought buy|"
    "caught catch|chose chosen choose|dealt deal|drew drawn draw|drove driven drive|fell fallen fall|"
    "fled flee|flew flown fly|fought fight|froze frozen freeze|grew grown grow|held hold|"
    "hid hidden hide|knew known know|lost lose|met meet|paid pay|ran run|rode ridden ride|sank sunk sink|"
    "sent send|shook shaken shake|shot shoot|sold sell|sought seek|spent spend|spoke spoken speak|stole stolen "
    "steal|struck strike|swept sweep|swore sworn swear|taught teach|thrown threw throw|"
    "tore torn tear|won win|wore worn wear|woke woken wake|wrote written write|slain slew slay"
)
_IRREGULAR = {w: forms.split()[-1] for forms in _IRREGULAR_WORDS.split("|") for w in forms.split()[:-1]}


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A symmetric stem: lower case, no possessive, inflections cut (``_inflection``), and the words of one claim
    family written as one (``_FAMILIES``)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    w = _inflection(_IRREGULAR.get(w, w))
    return _FAMILIES.get(w, w)


# a month's name or its abbreviation, whole ("Wednesday marked 41 days" names no March)
_MONTH = "(?:" + month_spellings(lower=True) + r")(?![a-z])\.?"
_CLOCK_AFTER = re.compile(r"\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"\s+(?:of\s+)?(" + _MONTH + r")(?![a-z])", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"\b(" + _MONTH + r")\s+$", re.IGNORECASE)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")


def figure(text: str, start: int, end: int) -> str:
    """The figure ``text[start:end]`` as a token: without commas, and marked when it is a clock time or a day
    of a month ("4 a.m." -> ``4am``, "March 4" and "4th March" -> ``4-mar``).

    A day and an hour are no count: "14 homes ... on March 4" and "crews went door to door from 4 a.m." share
    no figure. A year stays bare ("May 2011" and "in 2011" are one year). Dates are also compared whole, as
    ``Unit.dates``; this only keeps their digits from passing for a shared count.
    """
    fig = text[start:end].lower().replace(",", "")
    if _YEAR.fullmatch(fig):
        return fig
    if m := _CLOCK_AFTER.match(text, end):
        return fig + m.group(1).lower() + "m"
    month = _MONTH_AFTER.match(text, end) or _MONTH_BEFORE.search(text, max(0, start - 12), start)
    if month:
        return _ORDINAL.sub("", fig) + "-" + month.group(1).lower()[:3]
    return fig


# a mention that names its referent: a capitalised word that is no pronoun or determiner ("Gray", not "his",
# "He" or "The officer")
_NAMING = re.compile(
    r"(?!(?:The|A|An|This|That|These|Those|He|She|It|They|We|I|You|His|Her|Its|Their|Our|My|Your|Him|Them|Who)\b)"
    r"[A-Z]"
)


# a statement is in title case when at least this share of its longer words (``_TITLE_LONG`` letters or more:
# title case leaves "of", "at", "into" small) are capitalized, and it has ``_TITLE_MIN`` of them
_TITLE_SHARE = 0.9
_TITLE_LONG = 4
_TITLE_MIN = 3
_LETTERS = re.compile(r"[A-Za-z][A-Za-z'’]*")


def title_case(text: str) -> bool:
    """Whether ``text`` is written in title case or in capitals, as headlines are ("Mora Checks Into Clinic at
    Vell", "HARBOUR CRANE FALLS"): its capitals then say nothing about which words are names."""
    words = [w for w in _LETTERS.findall(text) if len(w) >= _TITLE_LONG]
    if len(words) < _TITLE_MIN:
        return False
    return sum(1 for w in words if w[0].isupper()) >= _TITLE_SHARE * len(words)


# what says when, not what: weekdays, months and parts of the day (as ``stem`` writes them)
_WHEN_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday weekend today tonight yesterday tomorrow morning "
    "afternoon evening night earlier later week month january february march april june july august september "
    "october november december"
)
_WHEN = frozenset(stem(w) for w in _WHEN_WORDS.split())
