"""What a figure counts: the words around a number in a statement, read for the noun it counts and the verbs said
of it (``storyline.compare.quantities`` reads the figures themselves).

The counted thing is the noun the number modifies ("cars" in "seven cars derailed", not the verb after it); what
is said of it is the verbs before the count ("killing three people") and after its phrase up to the end of the
clause ("seven cars derailed"), one predicate told in other words as one ("carrying 207 passengers" / "243
passengers on board"). A toll (the dead, the hurt, the missing, the displaced) is read however it is told: "the
death toll ... has risen to at least 78", "the number of people still missing rose to 103", "101 people were
unaccounted for", "more than 88,000 had been displaced". A share is read with what it is of ("a 19-percent wage
increase" / "a 20% increase in wages"), and a count of a coordination ("379 passengers and crew") counts both.

Does NOT parse: it reads words in order, so a counted noun far from its figure, or a verb in another clause that
no punctuation or conjunction marks, is missed.
"""

from __future__ import annotations

import itertools
import re

from storyline.compare.align import stem
from storyline.compare.money import DOLLAR_SIGNS

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    "a hundred": 100, "a thousand": 1000,
}  # fmt: skip
# the dollars a word before "dollars" names ("50 million Australian dollars", "8 million US dollars")
DOLLAR_COUNTRIES = {"us": "usd", "u.s.": "usd", "american": "usd", "australian": "aud", "canadian": "cad",
                    "zealand": "nzd", "kong": "hkd", "singapore": "sgd", "singaporean": "sgd"}
CURRENCY = {"$": "usd", **DOLLAR_SIGNS, "€": "eur", "£": "gbp", "¥": "jpy", "dollars": "usd", "euros": "eur",
            "pounds": "gbp", "yen": "jpy", "yuan": "cny"}
_NOUNISH = re.compile(r"[a-z][a-z-]*$")
_SKIP_NOUNS = {"year", "years", "decade", "decades", "old", "am", "pm", "a.m", "p.m", "times"}
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
    "dead", "deceased", "homeless", "alive", "present",
    # "130 people onboard": who were on board, said of the people ("aboard" a predicate, no counted noun)
    "aboard", "onboard",
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
    # "At least 79 migrants drowned", "96 perished": deaths told by how they came
    **dict.fromkeys(("die", "kill", "dead", "deceas", "death", "drown", "perish", "fatality"), "die"),
    **dict.fromkeys(("injur", "injure", "injuri", "hurt", "wound"), "hurt"),
    **dict.fromkeys(("miss", "missing", "unaccount"), "missing"),
    **dict.fromkeys(("displac", "displace", "homeless"), "displaced"),
    # a theft ("stole eight items" / "nine items were stolen" / "made off with nine items": ``_MADE_OFF``)
    **dict.fromkeys(("steal", "snatch", "loot", "pilfer"), "steal"),
}
# a theft told as getting away with what was taken: "They made off with nine items", "got away with jewels"
_MADE_OFF = re.compile(r"\b(?:made|make|makes|making|got|get|gets|getting)\s+(?:off|away)\s+with\s+$", re.I)
# what befalls people in a disaster: a count said with one of these counts people even when it names nobody ("more
# than 88,000 had been displaced", "killing at least 12"), and its figure is a toll, which officials revise as it
# grows (two tolls that differ may be two bulletins)
TOLLS = frozenset({"die", "hurt", "missing", "displaced"})
PEOPLE = "people"
# the count of a toll told before its figure: "the death toll ... has risen to at least 78", "the number of people
# still missing rose to 103" (the clause before the figure, which ends in a word that leads to it)
# "the total death count to 922", "The new deaths bring the total reported so far ... to 577": a tally of deaths too
_BRING = r"(?:bring|brings|brought|bringing|take|takes|took|taking|push|pushes|pushed|pushing|raise|raises|raised)"
_TOLL_BEFORE = re.compile(
    r"\b(?:(?P<kind>death|injury|casualty)\s+)?toll\b|\b(?P<counted>death|injury|casualty)\s+(?:count|tally)\b"
    r"|\bdeaths\s+" + _BRING + r"\s+the\s+(?:overall\s+)?(?:total|tally|count)\b",
    re.I,
)
_NUMBER_OF = re.compile(r"\bnumbers?\s+of\s+(?:the\s+)?(?P<noun>[a-z]+)\b(?P<rest>[^,;:]*)", re.I)
_LEADS_TO = re.compile(
    r"(?:\b(?:toll|number)\s+(?:of|is|was|at)|\b(?:risen|rose|rises|climbed|climbs|increased|jumped|reached|reaches|"
    r"stood|stands|hit|passed|surpassed|topped|exceeded|revised(?:\s+(?:up|down)(?:wards?)?)?)(?:\s+(?:to|at))?|"
    # "put the total number of protesters ... at 1.1 million"
    r"\b(?:put|puts|putting|estimated|estimates|placed|places)\b.*\bat|\b" + _BRING + r"\b.*\bto)\s*$",
    re.I,
)
_TOLL_KINDS = {"injury": "hurt"}
# a count of part of a toll: "another four deaths", "including 12 children", "five more people", "two of them"
PART_BEFORE = re.compile(r"\b(?:another|additional|further|including|of\s+whom|among\s+them)\s+$", re.I)
PART_AFTER = re.compile(r"\s+(?:more|others?|of\s+(?:them|whom|those))\b", re.I)
# a count restricted to a small group in its own clause ("five people were killed from one family", "six died in
# a single village"): a part of a toll, not a figure for it
_RESTRICTED = re.compile(
    r"[^,;:.!?()\"“”—–]*?\b(?:from|of|in|within|at)\s+(?:one|a|a\s+single|the\s+same|one\s+single)\s+"
    r"(?:family|families|household|home|house|village|building|school|street|car|vehicle|bus)\b",
    re.I,
)


# a toll placed at one part of the scene by the words right after its verb ("34 died at the stadium", "five were
# killed on the spot", "12 died in hospital"; the verb may be read as the count's noun already): the rest died
# elsewhere, so it is a part of the toll ("at least 125 people died in a stampede at a stadium" places the whole
# event, not its dead, and is no such count)
_AT_PART_OF_SCENE = re.compile(
    r"\s+(?:(?:(?:have|has|had|were|was)\s+(?:been\s+)?)?(?:died|killed|perished|dead|crushed)\s+)?"
    r"(?:(?:at|in|inside|outside|on)\s+the\s+(?:scene|spot|stadium|grounds?|venue|arena|site|hospitals?|"
    r"way\s+to\s+(?:the\s+)?hospitals?)|in\s+hospitals?)\b",
    re.I,
)


# the words of a restriction that a count's phrase may have taken in ("Three people from one" of "Three people
# from one family died": the phrase runs on over "from", which ends no counted noun)
_RESTRICTION_TAKEN_IN = re.compile(r"\s+(?:from|within)(?:\s+(?:one|a|single|the|same))*\s*$", re.I)


# a count narrowed to those most at risk, right after its counted noun ("300 people in immediate danger were
# evacuated", "residents most at risk", "families living closest to the vent"): the part of a whole that was
# moved first, which another report's count of all evacuated does not contradict
_MOST_AT_RISK = re.compile(
    r"\s+(?:(?:who\s+(?:were|are|was|is)|living|considered)\s+)?"
    r"(?:in\s+(?:immediate|imminent|direct|grave|greatest|most|the\s+most)\s+(?:danger|peril)"
    r"|(?:most|directly|immediately)\s+at\s+risk|at\s+(?:immediate|greatest|highest|most)\s+risk"
    r"|(?:closest|nearest)\s+to)\b",
    re.I,
)


def restricted(text: str, end: int) -> bool:
    """Whether the clause after a count that ends at ``end`` restricts it to a small group (``_RESTRICTED``), to
    one part of the scene (``_AT_PART_OF_SCENE``) or to those most at risk (``_MOST_AT_RISK``); the restriction
    may start inside the count's phrase (``_RESTRICTION_TAKEN_IN``)."""
    taken_in = _RESTRICTION_TAKEN_IN.search(text, 0, end)
    at = taken_in.start() if taken_in else end
    return (_RESTRICTED.match(text, at) is not None or _AT_PART_OF_SCENE.match(text, end) is not None
            or _MOST_AT_RISK.match(text, end) is not None)


_CLAUSE_WORDS = frozenset({"as", "while", "whereas", "but", "although", "though"})
# a linking verb after a count starts its own predicate ("27 people were dead"): an "and" after it starts another
# clause, whose count is said of its own ("and four were missing")
_LINKING = frozenset({"was", "were", "is", "are", "remain", "remains", "remained"})
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})
# how many words around a count may hold the verb it goes with: before ("killing three"), after the counted
# phrase ("seven cars derailed", "and two locomotives derailed")
_BEFORE_WORDS = 2
_AFTER_WORDS = 8
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


def coordinated(text: str, m: re.Match[str], noun_words: list[str]) -> str | None:
    """The noun a counted noun is coordinated with, singular ("crew" of "379 passengers and crew"), or None.

    A count of a coordination counts both together: "All 379 passengers and crew" is no count of passengers,
    and "367 passengers" does not disagree with it. Only a noun right after the counted phrase counts, and not a
    figure, a verb or a determiner after "and"."""
    if not noun_words or len(counted_phrase(noun_words)) != len(noun_words):
        return None
    after = _AND_NOUN.match(text, m.end("noun"))
    if after is None:
        return None
    words = list(itertools.takewhile(lambda w: w.lower() not in _NOUN_ENDS, after.group("words").split()))
    if not words or words[0] in _NO_CONJUNCT or words[0] in NUMBER_WORDS or _verb(words[0]):
        return None
    if len(words) > 1 and words[1].lower() in _DETERMINERS:
        return None  # a verb and its object ("kills at least 40 people and destroys most houses"), no noun
    phrase = counted_phrase(words)
    return _head(phrase) if phrase else None


# words that start a noun phrase: a word before one after "and" is a verb ("and destroys most houses")
_DETERMINERS = frozenset({
    "the", "a", "an", "most", "many", "much", "some", "all", "its", "their", "his", "her", "several", "thousands",
    "hundreds", "dozens", "scores", "entire", "whole", "every", "countless",
})  # fmt: skip


def joint(*units: str) -> str:
    """The unit of a count of several things together, in one order however a report words it ("crew and
    passenger" for "passengers and crew")."""
    return " and ".join(sorted(set(units)))

CLAUSE_MARK = re.compile(r"[,;:!?()\"“”—–]")
# a figure that names nobody is a toll of people when it is the subject of a toll's verb ("66 have died", "more
# than 88,000 had been displaced", "12 were unaccounted for") or the object of a verb that takes one ("killing at
# least 12", "injured 40"); not when it qualifies a word ("10-year-old"), nor "one" (mostly a pronoun)
_TOLL_AFTER = re.compile(
    r"\s+(?:(?:had|have|has|were|was|are|is|been|being|now|also|still|reportedly|remain|remained|are\s+now)\s+)*"
    # how badly is still the toll of the hurt ("six were severely injured", "two were critically wounded")
    r"(?:(?:severely|seriously|critically|badly|gravely|slightly|lightly)\s+)?"
    # a toll feared or believed is a toll told ("2,000 were feared dead", "are believed to have died")
    r"(?:(?:feared|believed|presumed|thought)\s+(?:to\s+(?:be|have)\s+(?:been\s+)?)?)?"
    r"(?:reported\s+)?(?P<word>[a-z]+)",
    re.I,
)
_TOLL_BEFORE_VERBS = {
    **dict.fromkeys(("killing", "killed", "kills", "kill"), "die"),
    **dict.fromkeys(("injuring", "injured", "injures", "wounding", "wounded", "wounds"), "hurt"),
}


def bare_toll(text: str, m: re.Match[str]) -> str | None:
    """The toll a figure that names nobody counts, if it is one (see ``_TOLL_AFTER``)."""
    if (after := _TOLL_AFTER.match(text, m.end("num"))) and not text[m.end("num") :].startswith("-"):
        word = after.group("word").lower()
        family = _PREDICATE_FAMILIES.get(stem(word)) or _PREDICATE_FAMILIES.get(word)
        if family in TOLLS and (_verb(word) or word in ("dead", "deceased", "homeless", "missing", "unaccounted")):
            return family
    before = re.split(r"[,;:.!?()\"“”—–]", text[: m.start()])[-1].split()[-1:]
    return _TOLL_BEFORE_VERBS.get(before[0].lower()) if before else None


def told_before(text: str, at: int) -> tuple[str | None, frozenset[str], int] | None:
    """What a figure at ``at`` counts when its clause tells it before the figure, and where that starts: "the
    death toll ... has risen to" (the dead), "the number of people still missing rose to" (people, missing)."""
    # a figure in quotation marks is still the clause's ("had risen to “at least 600,”")
    stop = len(text[:at].rstrip().rstrip("\"“").rstrip())
    clause_start = max((m.end() for m in CLAUSE_MARK.finditer(text, 0, stop)), default=0)
    before = text[clause_start:stop]
    if not _LEADS_TO.search(before):
        return None
    if toll := _TOLL_BEFORE.search(before):
        family = _TOLL_KINDS.get((toll.group("kind") or toll.group("counted") or "").lower(), "die")
        return PEOPLE, frozenset({family}), clause_start + toll.start()
    if number := _NUMBER_OF.search(before):
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", number.group("rest"))]
        families = {f for w in words if (f := _PREDICATE_FAMILIES.get(stem(w)) or _PREDICATE_FAMILIES.get(w))}
        verbs = families or {stem(w) for w in words if _verb(w)}
        unit = _singular(number.group("noun"))
        noun_family = _family(number.group("noun"))
        if noun_family is not None and noun_family in TOLLS:
            # "put the number of missing at 22": the missing are people
            return PEOPLE, frozenset({noun_family, *verbs}), clause_start + number.start()
        if told_group(text, at) and families & TOLLS:
            # "the number of Egyptian deaths had risen to 600": people of that group died
            return PEOPLE, frozenset(verbs), clause_start + number.start()
        return (PEOPLE if unit == "person" else unit), frozenset(verbs), clause_start + number.start()
    return None


def told_group(text: str, at: int) -> str:
    """The named group whose toll a clause tells before the figure at ``at``, lower case, or "": "egyptian" of
    "the number of Egyptian deaths alone had risen to 600" (a capitalized word after "number of")."""
    stop = len(text[:at].rstrip().rstrip("\"“").rstrip())
    clause_start = max((m.end() for m in CLAUSE_MARK.finditer(text, 0, stop)), default=0)
    before = text[clause_start:stop]
    number = _NUMBER_OF.search(before) if _LEADS_TO.search(before) else None
    noun = number.group("noun") if number else ""
    return noun.lower() if noun[:1].isupper() else ""


# what a share may be said of without saying which (a rise, a cut): no match of what two figures are of
_GENERIC_WHAT = frozenset({
    "increase", "rise", "raise", "hike", "cut", "drop", "fall", "decline", "gain", "jump", "share", "rate", "stake",
    "chance", "majority", "total", "sum", "amount", "value", "bonus", "more", "less", "about", "around",
})  # fmt: skip
# "an increase in wages", "a cut on prices"; not "of": "68 per cent of Greeks" says whom a share is of, which two
# shares of different things (two polls) may share
_OF_WHAT = re.compile(r"\s+(?:in|on)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?([A-Za-z-]+)", re.I)


def what_of(text: str, m: re.Match[str], noun_words: list[str], unit: str) -> frozenset[str]:
    """For a share, the words of what it is a share of: its phrase and the noun after "in" ("a 19-percent wage
    increase" and "a 20% increase in wages" are both of wages); nothing for a count or a sum (two offers of
    "$200 million" and "$160 million" are no one figure told twice)."""
    if unit != "percent":
        return frozenset()
    phrase = counted_phrase(noun_words)
    words = [*phrase]
    if len(phrase) == len(noun_words) and (of := _OF_WHAT.match(text, m.end())):
        words.append(of.group(1).lower())
    return frozenset(_singular(w) for w in words) - _GENERIC_WHAT

def group_of(noun_words: list[str], unit: str | None) -> str:
    """The named group a counted noun is narrowed to, lower case: the capitalised word before the noun in its
    phrase ("senegalese" of "three Senegalese citizens", "egyptian" of "323 Egyptian pilgrims"), or "". Counts of
    two named groups are two quantities, whatever noun both use ("3 Senegalese citizens" / "11 Iranian
    citizens")."""
    phrase = counted_phrase(noun_words)
    if unit is None or len(phrase) < 2:
        return ""
    return next((w.lower() for w in noun_words[: len(phrase) - 1] if w[:1].isupper()), "")


def counted_phrase(noun_words: list[str]) -> list[str]:
    """The words of the phrase a number counts: up to a verb, an auxiliary or a connective ("cars" of "cars
    derailed", "crew members" of "crew members were"); an "-ed" or "-ing" word after the first is a verb
    ("derailed", "people protested nationwide"), a first one before another word a modifier ("injured people")."""
    words: list[str] = []
    for n, w in enumerate(noun_words):
        lw = w.lower().strip('"“”')
        if not n and _adverb(lw) and len(noun_words) > 1:
            continue  # an adverb of the modifier after it: "nine extremely valuable items" counts items
        if lw in _NOT_NOUN or _ly_word(lw) or not _NOUNISH.match(lw) or (words and w[0].isupper()):
            break  # a name after the noun starts a phrase of its own ("14 homes Mill Lane" cut short)
        if words and _verb(lw):
            break
        words.append(lw)
    while words and _verb(words[-1]):
        words.pop()
    return words


# plurals in "-ses" that drop "-es", not "-s" ("cases", "houses" and "nurses" drop "-s")
_SES = frozenset({"buses", "gases", "viruses", "bonuses", "campuses", "statuses", "lenses", "censuses", "focuses"})


# words in "-ly" that are nouns, no adverbs ("three family members")
_LY_NOUNS = frozenset({
    "family", "ally", "rally", "assembly", "supply", "reply", "belly", "jelly", "anomaly", "monopoly", "bully",
    "lily", "fly", "holly", "italy", "july", "daily", "weekly", "monthly", "quarterly", "yearly", "only", "early",
})  # fmt: skip


# "-ly" words of ``_LY_NOUNS`` that are no counted noun either: "12 only", "five early"
_LY_NOT_COUNTED = frozenset({"only", "early"})


def _ly_word(word: str) -> bool:
    """Whether a (lower-case) "-ly" word ends a counted phrase: an adverb ("12 people reportedly died"), not a noun
    in "-ly" ("three family members", "two allies", "three daily flights")."""
    return word.endswith("ly") and (word not in _LY_NOUNS or word in _LY_NOT_COUNTED)


def _adverb(word: str) -> bool:
    """Whether a (lower-case) word reads as an adverb in "-ly" ("extremely", "highly"), not a noun in "-ly"
    ("family") nor one that says when ("daily")."""
    return len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


def _singular(word: str) -> str:
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and (w.endswith(("sses", "xes", "ches", "shes")) or w in _SES):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def unit_of(m: re.Match[str], noun_words: list[str]) -> str | None:
    if m.group("pct"):
        return "percent"
    if m.group("cur"):
        return CURRENCY[m.group("cur")]
    for n, w in enumerate(noun_words):
        lw = w.lower()
        if lw in CURRENCY:
            if lw in ("dollars", "dollar") and n and noun_words[n - 1].lower() in DOLLAR_COUNTRIES:
                return DOLLAR_COUNTRIES[noun_words[n - 1].lower()]  # "50 million Australian dollars"
            return CURRENCY[lw]
    # the counted thing: the noun the number modifies, the last word of the phrase after it
    phrase = counted_phrase(noun_words)
    if not phrase or phrase[0] in _SKIP_NOUNS:
        return None
    return _head(phrase)


# a prison term: years (or months) said to be served in prison ("115 years in prison", "a maximum sentence of
# 115 years", "faces up to 110 years"); the ceiling a charge carries ("faces up to", "a maximum of") is one
# quantity, the term a court gave ("was sentenced to 25 years") another
PRISON = "years"
_TERM_WORDS = frozenset({"year", "years", "month", "months"})
_IN_PRISON = re.compile(r"\s+(?:in\s+(?:federal\s+|state\s+)?(?:prison|jail)|behind\s+bars|imprisonment)\b", re.I)
_TERM_BEFORE = re.compile(r"\b(?:sentences?|terms?|imprisonment)\s+of\s+(?:up\s+to\s+)?$", re.I)
_CEILING = re.compile(
    r"\b(?:maximum|max|faces?|facing|faced|could\s+(?:spend|get|receive|face)|up\s+to|as\s+(?:many|much)\s+as)\b",
    re.I,
)
CEILING, TERM = "in prison at most", "in prison"


def prison_term(text: str, m: re.Match[str], noun_words: list[str]) -> str | None:
    """Whether a figure of years or months is a prison term, and which: ``CEILING`` for the most a charge carries
    ("faces up to 110 years in prison", "a maximum sentence of 115 years"), ``TERM`` for one given ("sentenced to
    25 years in prison"); None for any other span of time ("20 years ago", "a 31-year-old", "5 to 20 years
    each"). Months are read as a share of a year by the caller."""
    if not noun_words or noun_words[0].lower() not in _TERM_WORDS:
        return None
    clause_start = max((c.end() for c in CLAUSE_MARK.finditer(text, 0, m.start())), default=0)
    before = text[clause_start : m.start()]
    if not (_IN_PRISON.match(text, m.end("noun")) or _TERM_BEFORE.search(before)):
        return None
    return CEILING if _CEILING.search(before) else TERM


# a count of part of a known group, the group's size told after it ("five of the six crew members were killed",
# "two out of the three climbers died"), or a count of all of one ("all six of the crew survived"): the first
# figure counts the group's noun with what is said, the second is how many the group is, and no toll
_WORD_NUMBER = "|".join(sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True))
_PARTITIVE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the|its|their|these|those)\s+(?:(?P<whole>\d[\d,]*|(?:" + _WORD_NUMBER + r"))\s+)?"
    r"(?P<noun>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2})",
    re.I,
)
_ALL_BEFORE = re.compile(r"\ball\s+$", re.I)
_OF_GROUP_BEFORE = re.compile(
    r"(?<![\w.])(?:\d[\d,]*|(?:" + _WORD_NUMBER + r"))\s+(?:out\s+)?of\s+(?:the|its|their|these|those)\s+$", re.I
)
# "members of the crew": the crew
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the|its|their)\s+(?P<noun>[a-z-]+)", re.I)
# the role of a group's size told after a count of part of it ("of the six crew"): a count of its own kind
GROUP = "in all"


def partitive(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """What a figure between ``start`` and ``end`` counts when it counts part or all of a group told after it
    ("five" of "five of the six crew members": crew; "six" of "all six of the crew"), and whether it counts all
    of it (then it is the group's size), or None. Only with the group's size ("of the six") or "all" before the
    figure: "one of the worst storms" counts no storm."""
    m = _PARTITIVE.match(text, end)
    if m is None or not (m.group("whole") or _ALL_BEFORE.search(text, 0, start)):
        return None
    phrase = counted_phrase(list(itertools.takewhile(lambda w: w.lower() not in _NOUN_ENDS, m.group("noun").split())))
    if not phrase or phrase[0] in _SKIP_NOUNS:
        return None
    head = _head(phrase)
    phrase_end = m.start("noun") + [w.end() for w in re.finditer(r"\S+", m.group("noun"))][len(phrase) - 1]
    if head == "member" and (of := _MEMBERS_OF.match(text, phrase_end)):
        head = _SAME_NOUN.get(_singular(of.group("noun")), _singular(of.group("noun")))
    return head, not m.group("whole")


# the group a count is part of, after the count ("of the 181 people on board", "of the 179 people who died in the
# plane crash"), up to the predicate of the count itself ("survived", "have been identified")
_OF_GROUP_AFTER = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the|its|their|these|those)\s+(?:(?:\d[\d,]*|" + _WORD_NUMBER + r")\s+)?", re.I
)
_GROUP_WORD = re.compile(r"\s*([A-Za-z-]+)")
_ON_BOARD = re.compile(r"\s+(?:on\s+board|aboard|onboard)\b", re.I)
_GROUP_STOPS = _RELATIVE | _LINKING | frozenset({"have", "has", "had", "on", "aboard", "onboard", "and", "or"})
# where a relative clause said of the group ends: at the auxiliary of the count's own verb ("who died in the plane
# crash have been identified")
_AUXILIARY = re.compile(r"\s(?:have|has|had|were|was|are|is|remain|remained|remains)\b", re.I)


def said_of_part(text: str, end: int) -> frozenset[str] | None:
    """What is said of a count of part of a group, whose figure ends at ``end``: the words after the group's own
    ("Only two of the 181 people on board survived": survived, not on board; "77 of the 179 people who died ...
    have been identified": identified, not died), or None when no group follows the figure. A relative clause
    after the group is the group's; the count's own verb follows it, after an auxiliary."""
    m = _OF_GROUP_AFTER.match(text, end)
    if m is None:
        return None
    at = m.end()
    for _ in range(3):
        word = _GROUP_WORD.match(text, at)
        if word is None or word.group(1).lower() in _GROUP_STOPS:
            break
        at = word.end()
    if board := _ON_BOARD.match(text, at):
        at = board.end()
    if (word := _GROUP_WORD.match(text, at)) and word.group(1).lower() in _RELATIVE:
        aux = _AUXILIARY.search(text, word.end())
        mark = CLAUSE_MARK.search(text, word.end())
        if aux is None or (mark is not None and mark.start() < aux.start()):
            return frozenset()  # "two of the 181 people who were on board, ..." : no verb of the count's own
        at = aux.start()
    words = re.split(r"[,;:.!?()\"“”—–]", text[at:])[0].split()[:_AFTER_WORDS]
    words = list(itertools.takewhile(lambda w: w.lower() not in _CLAUSE_WORDS | {"and", "but", "or"}, words))
    return frozenset(_said([], words))


def group_size(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the size of a group a count before it is part of ("six" of "five of the
    six crew members")."""
    return _OF_GROUP_BEFORE.search(text, 0, start) is not None


# a share of what has been counted, no share of the vote: "With 97.6% of votes tallied", "almost 87% of the tables
# counted", "with 98 percent reporting": it tells when a report was written, and the shares beside it are
# provisional
_TALLIED = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:votes?|ballots?|tables?|polling\s+(?:stations?|places?)|"
    r"precincts?|ballot\s+boxes|returns|districts?)\s+)?(?:(?:have|has|had|been|being|now|already)\s+)*"
    r"(?:counted|tallied|reporting|reported|scrutini[sz]ed|processed|verified|in(?=\s*[,;.)]|\s*$))",
    re.I,
)
TALLIED = "counted"


def tallied(text: str, at: int) -> bool:
    """Whether a share whose "%" ends at ``at`` is of what has been counted (``_TALLIED``)."""
    return _TALLIED.match(text, at) is not None


# one counted noun written several ways: "crewmembers", "crewmen", "crew members" are the crew; soldiers are
# troops
_SAME_NOUN = {"crewmember": "crew", "crewman": "crew", "crewmen": "crew", "soldier": "troop"}


def _head(phrase: list[str]) -> str:
    """What a counted phrase counts, singular: its last word, or the word before "members" ("12 crew members" are
    crew, as "12 crew" are)."""
    last = _singular(phrase[-1])
    if last == "member" and len(phrase) > 1:
        last = _singular(phrase[-2])
        if last == "family":
            return "relative"  # "three family members" are three relatives, not three families
    return _SAME_NOUN.get(last, last)


def _verb(word: str) -> bool:
    """Whether a (lower-case) word reads as a verb: a common irregular past, or an "-ed" or "-ing" form."""
    return word in _IRREGULAR or (len(word) > 3 and word.endswith(("ed", "ing")) and word not in _NOT_VERB)


def _purpose(after: list[str], n: int) -> bool:
    """Whether the word at ``after[n]`` is a verb of purpose, said of the count as its verb before is: a plain
    word after "to" that follows an "-ing" verb ("seven workers were pouring concrete to fix potholes": they
    fix potholes, as "eight workers who were fixing potholes" do). Not after any other word ("were moved to
    hospital")."""
    if n < 2 or after[n - 1].lower() != "to" or not after[n].isalpha() or not after[n].islower():
        return False
    return any(w.lower().endswith("ing") and _verb(w.lower()) for w in after[: n - 1])


def verbs_after(text: str, at: int) -> frozenset[str]:
    """The verbs of the clause that starts at ``at``, each as a stem ("were deployed in and near the port":
    "deploy")."""
    clause = re.split(r"[,;:.!?()\"“”—–]", text[at:])[0].split()[:_AFTER_WORDS]
    return frozenset(stem(w.lower()) for w in clause if _verb(w.lower()))


def _family(word: str) -> str | None:
    lw = word.lower().strip("'’")
    return _PREDICATE_FAMILIES.get(stem(lw)) or _PREDICATE_FAMILIES.get(lw)


def toll_of_noun(noun: str) -> str | None:
    """The toll a counted noun names itself ("death" is one of the dead: "die"; "injury" one of the hurt), or
    None for a noun that names no toll ("people", "case")."""
    family = _family(noun)
    return family if family in TOLLS else None


def _joint_tolls(after: list[str], n: int) -> bool:
    """Whether the conjunction at ``after[n]`` joins two tolls said of one count ("nearly 100 dead and missing",
    "50 killed or injured"): the count is of both together, no count of either."""
    if n < 1 or n + 1 >= len(after):
        return False
    x, y = _family(after[n - 1]), _family(after[n + 1])
    return x in TOLLS and y in TOLLS and x != y


# a figure told again in another unit, in brackets just after its counted phrase ("acres (850 hectares)")
_CONVERSION = re.compile(r"^((?:\s+[A-Za-z-]+){1,3}?)\s*\([^()]*\d[^()]*\)")


# a part of the count named between commas right after its counted phrase ("More than 100 people, including
# children, have died"): what is said of the count follows it
_PART_BETWEEN = re.compile(r"^((?:\s+[A-Za-z-]+){0,3}?),\s+(?:including|among\s+them)\s+[^,;:.!?()\"“”—–]{1,40},")


# one word in quotes among others ('eight "priceless" items'), its quote marks read as spaces
_QUOTED_WORD = re.compile(r"(?<=\s)[\"“]([A-Za-z][\w-]*)[\"”](?=\s)")


# a death told as a loss of life, right after the counted phrase
_LOST_LIVES = re.compile(r"(?:(?:have|has|had)\s+)?(?:tragically\s+)?lost\s+(?:their|his|her)\s+li(?:ves|fe)\b", re.I)


def predicate(text: str, m: re.Match[str], noun_words: list[str]) -> frozenset[str]:
    """What a statement says of a count: the verbs just before it ("killing three people") and in the words after
    its counted phrase, up to the end of the clause ("seven cars derailed", "eight cars and two locomotives
    derailed"), each as a stem, one predicate told in other words as one (``_PREDICATE_FAMILIES``)."""
    before = re.split(r"[,;:.!?()\"“”—–]", text[: m.start()])[-1].split()[-_BEFORE_WORDS:]
    # "displaced and 12 were missing": what comes before "and" is said of another count
    joins = [n for n, w in enumerate(before) if w.lower() in ("and", "but", "or")]
    before = before[joins[-1] + 1 :] if joins else before
    # "more than 2,100 acres (850 hectares) burned": what is said of the count follows its conversion
    after_text = _CONVERSION.sub(r"\1", text[m.end("num") :], count=1)
    after_text = _PART_BETWEEN.sub(r"\1", after_text, count=1)
    # 'eight "priceless" items ... were stolen': a word in quotes ends no clause
    after_text = _QUOTED_WORD.sub(r" \1 ", after_text)
    after = re.split(r"[,;:.!?()\"“”—–]", after_text)[0].split()[len(counted_phrase(noun_words)) :][:_AFTER_WORDS]
    # a conjunction starts another clause, whose verbs are said of its own count ("66 as over 100 people remain
    # missing"); "and" may join two counted subjects of one verb ("eight cars and two locomotives derailed")
    after = list(itertools.takewhile(lambda w: w.lower() not in _CLAUSE_WORDS, after))
    cut = False
    for n, w in enumerate(after[:-1]):
        # "killing three people and injuring dozens": the second verb is said of the dozens; "had been displaced
        # and 12 were missing", "27 people were dead and four were missing": the count's own predicate came first
        joined = _verb(after[n + 1].lower()) or any(_verb(x.lower()) or x.lower() in _LINKING for x in after[:n])
        if w.lower() in ("and", "but", "or") and joined and not _joint_tolls(after, n):
            after, cut = after[:n], True
            break
        # "left at least 151 people dead and 82 others injured": a figure after "and" counts what follows it, once
        # the count's own word has been said
        if w.lower() == "and" and _FIGURE_WORD.fullmatch(after[n + 1]) and _said([], after[:n]):
            after, cut = after[:n], True
            break
    out = _said(before, after)
    if _MADE_OFF.search(text, 0, m.start()):
        out.add("steal")
    if _TO_SURFACE.search(re.split(r"[,;:.!?()\"“”—–]", text[m.end("num") :])[0]):
        out.add("evacuat")
    if _HOME_TO.search(text, 0, m.start()):
        out.add(LIVE)
    if not out & TOLLS and not cut:
        # "87 people in the city of Dingxi and two in Longnan had been confirmed killed": the clause's one toll
        # verb, however far after its count, says what the count is
        # ... but not past a word that starts another clause ("88,000 people have been forced from their homes
        # while ... mudslides that have killed scores": the dead are the scores)
        clause = list(itertools.takewhile(
            lambda w: w.lower() not in _CLAUSE_WORDS | _RELATIVE, re.split(r"[,;:.!?()\"“”—–]", after_text)[0].split()
        ))
        # ... and a toll noun that a figure of its own counts is that figure's ("more than 14,000 cases and 524
        # deaths": the cases did not die)
        far = {
            _PREDICATE_FAMILIES.get(stem(w.lower())) or _PREDICATE_FAMILIES.get(w.lower(), "")
            for n, w in enumerate(clause)
            if not (n and _FIGURE_WORD.fullmatch(clause[n - 1]))
        }
        tolls = {f for f in far if f in TOLLS}
        if len(tolls) == 1:
            out |= tolls
    return frozenset(out)


# people brought out of a mine or a cave are evacuated: "205 were brought to the surface", "all 33 miners were
# hoisted to the surface" (the clause after the count)
_TO_SURFACE = re.compile(
    r"\b(?:brought|pulled|lifted|hoisted|raised|winched|taken|evacuated)\s+(?:back\s+)?(?:up\s+)?to\s+the\s+surface\b",
    re.I,
)


# a count of those who live in a place ("the island, which is home to around 80,000 people", "a population of
# 9,000"): how many live there, no count of what befell any of them
LIVE = "live"
_HOME_TO = re.compile(r"\b(?:home\s+to|(?:a|its|the)\s+population\s+of|populated\s+by|inhabited\s+by)\s+$", re.I)


# a figure written as one word ("524", "14,000", "twelve"), which counts the noun right after it
_FIGURE_WORD = re.compile(r"\d[\d,.]*|" + "|".join(k for k in NUMBER_WORDS if " " not in k), re.I)


# a word that denies what follows it in a count's clause ("26 people who have not been evacuated")
_NEGATION = re.compile(r"(?:not|never|n[’']t|\w+n[’']t)$", re.I)
# what a denied verb reads as: "not-evacuat" is said of those still to be evacuated, no count of the evacuated
NOT = "not-"


def _said(before: list[str], after: list[str]) -> set[str]:
    """The verbs (and their families) of a count's words before and after it (see ``predicate``); a verb after a
    denial is said as denied (``NOT``: "26 people who have not been evacuated" gives "not-evacuat")."""
    out = set()
    if _LOST_LIVES.match(" ".join(after)):
        out.add("die")  # "at least 5,300 people have lost their lives"
    denied = False
    words = (*before, *after)
    for n, w in enumerate(words):
        lw = w.lower().strip("'’")
        if n >= len(before) and _NEGATION.match(lw):
            denied = True
            continue
        if n > len(before) and _FIGURE_WORD.fullmatch(words[n - 1]):
            continue  # the noun of another count ("14,000 cases and 524 deaths"): no word said of this one
        family = _PREDICATE_FAMILIES.get(stem(lw)) or _PREDICATE_FAMILIES.get(lw)
        said = family or (stem(lw) if _verb(lw) or _purpose(after, n - len(before)) else "")
        if said:
            out.add(NOT + said if denied else said)
    return out


# a whole told first, then a bare count of part of it: "Of the 252 miners present at the time, 205 were brought to
# the surface", "Of the 40 people on board, 38 survived" (the fronted phrase is the whole clause before the count)
_FRONTED_WHOLE = re.compile(
    r"(?:^|[.;:!?]\s+)[\"“«‘']?\s*(?:[Oo]ut\s+)?[Oo]f\s+(?:the|all(?:\s+the)?)\s+(?:(?:some|about|around)\s+)?"
    r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<noun>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2})[^.;:!?\"“”«»,]*,\s*$"
)


def fronted_whole(text: str, at: int) -> tuple[float, str] | None:
    """The whole a bare count at ``at`` is part of, and what it counts (singular), when its sentence fronts it:
    "Of the 252 miners present at the time of the tragedy, 205 were brought to the surface" gives (252, "miner").
    A count that names nothing takes its noun from the whole, and two reports' counts of one part of one whole
    ("205" / "206" of the 252) are two figures of one count. None when no whole is fronted, or it counts no noun."""
    m = _FRONTED_WHOLE.search(text, 0, at)
    if m is None or m.end() != at:
        return None
    phrase = counted_phrase(m.group("noun").split())
    if not phrase or phrase[0] in _SKIP_NOUNS:
        return None
    return float(m.group("whole").replace(",", "")), _head(phrase)
