"""Places and companies of events told without a name of two words: the country of a quake, the town of a fire or
a flood, the company of an outage (``place_event``).

A quake is told as "Morocco's deadliest earthquake in decades" or "the quake near Marrakesh", with no name of two
words and no people at its centre (QA round U): it is keyed ``"<event>|<country>"`` by the natural disaster a
report names most often (an earthquake, an eruption, a landslide) and the country it names most often, by name or
by its capital. A fire, for a report told most of one and that calls it a blaze, a wildfire or "the fire", is keyed
by the place it names most often instead, a town or an island (``local_place``: "on Maui", "the Maui village of
Lahaina"), not its country: a country sees many fires (QA round V). A flood is keyed so too ("flood|derna"), and a
dam that collapsed or burst is counted as a flood ("the collapse of two dams"); a place written after a compass
word as often as elsewhere is a region or a country, not the town ("eastern Libya"). An outage or a cyberattack
("the CrowdStrike outage", "Crowdstrike's disastrous glitch") is keyed by the company a report names most
(``company``: "outage|crowdstrike", QA round W), not by a name of two words, which may join two companies ("the
Microsoft CrowdStrike outage").

The named-event finder (``storyline.stories.events``) turns to these keys for a report that names no event by a
name of two words.

Does NOT: know a company from a product or another capitalized name ("Windows"), or a region from a town when no
compass word says so.
"""

from __future__ import annotations

import re
from collections import Counter

from storyline.extract.gazetteer import country_of_capital, describes_people, lookup, place
from storyline.extract.genders import given_name
from storyline.stories.eventwords import EVENT_FORMS, EVENTS, TOKEN, event_counts, headline, most, runs
from storyline.stories.features import _MONTH_SET, _STOP, _fold, _spelling

# events of nature a country sees seldom enough that two reports of one within days tell one event (a city sees
# many fires, a country many shootings: those keep to names of two words, or to ``LOCAL_EVENTS``)
NATURAL_EVENTS = frozenset({"earthquake", "eruption", "landslide"})
# events keyed by the place they struck rather than its country, when a report is told most of one: a country
# sees many fires in a week, but a report told most of a fire and one told most of a fire that name the same
# town or island most often, within days, tell one fire ("the Maui wildfires", "fires that obliterated the Maui
# village of Lahaina"). Each with the words that name only it: a report must say one, as "fires" is also what a
# board does to its chief ("OpenAI fires Sam Altman"); a fire may instead be "the fire" or "a fire" (``_A_FIRE``)
LOCAL_EVENTS: dict[str, frozenset[str]] = {
    "fire": frozenset({"blaze", "blazes", "inferno", "wildfire", "wildfires", "bushfire", "bushfires"}),
    # not "flood" or "flooded": "a flood of complaints", "phone lines flooded with calls"
    "flood": frozenset({"floods", "flooding", "floodwater", "floodwaters"}),
}
# events keyed by the company they struck, when a report is told most of one: an outage or a cyberattack is told
# by the company whose systems failed ("the CrowdStrike outage", "Microsoft and Crowdstrike's disastrous glitch"),
# and its people are the chief executive and the customers, each report quoting others (QA round W). Each with the
# words that name it: all of them, as none has another sense
COMPANY_EVENTS: dict[str, frozenset[str]] = {
    "outage": frozenset(EVENTS["outage"].split()),
    "cyberattack": frozenset(EVENTS["cyberattack"].split()),
}


def local_event(text: str, counts: Counter[str]) -> str | None:
    """The ``LOCAL_EVENTS`` or ``COMPANY_EVENTS`` event ``text`` is told most of (``counts``: its event counts),
    when it says one of the words that name only that event; None otherwise."""
    event = most(counts)
    only = LOCAL_EVENTS.get(event) or COMPANY_EVENTS.get(event)
    if only is None:
        return None
    if any(w.lower() in only for w in TOKEN.findall(text)):
        return event
    return event if event == "fire" and _A_FIRE.search(text) else None


# "fire" after "the" or "a" is the thing that burns ("the fire broke out", "a fire at the mill"), not the verb or
# the gunfire of "fired", "opened fire", "came under fire", "to fire the chief executive"; "the fire the council
# set" is rare beside "to fire the", so a determiner after it still rules it out, as do "a fire sale", "a fire drill"
_A_FIRE = re.compile(
    r"\b(?:the|a)\s+fires?\b(?!\s+(?:the|a|an|his|her|their|its|sale|sales|drill|drills)\b)", re.IGNORECASE
)


def place_event(text: str) -> str | None:
    """A key ``"<event>|<place>"``: the natural disaster ``text`` names most often (``NATURAL_EVENTS``) and the
    country it names most often (by its name or its capital: "Morocco", "Rabat"); for a report told most of a fire
    or a flood (``LOCAL_EVENTS``), the event and the place it names most often (``local_place``); for one told most
    of an outage or a cyberattack (``COMPANY_EVENTS``), the event and the company it names most often
    (``company``); None without both halves.

    Why: a quake is told as "the Morocco earthquake", "the quake near Marrakesh", "Morocco's deadliest
    earthquake in decades": no name of two words, no people at its centre, and two reports of it, one on the
    rising toll and one on the survivors, can share too few words to meet (QA round U: two reports of one
    quake scored 0.178 against a line of 0.18). A wildfire is told as "the Maui wildfires", "Hawaii fires",
    "the blaze tearing through Lahaina" (QA round V: Friday's and Saturday's reports of one fire averaged 0.16). A
    flood as "floods devastate eastern Libya", "the collapse of two dams above Derna", and an outage as "the
    CrowdStrike outage", "Crowdstrike's disastrous glitch" (QA round W: the two halves of each averaged 0.17)."""
    counts = event_counts(text)
    natural = Counter({event: n for event, n in counts.items() if event in NATURAL_EVENTS})
    if natural:
        country = _country(text)
        return None if country is None else f"{most(natural)}|{country}"
    event = local_event(text, counts) if counts else None
    if event is None:
        return None
    where = company(text) if event in COMPANY_EVENTS else local_place(text)
    return None if where is None else f"{event}|{where}"


def _country_named(word: str) -> str | None:
    """The canonical country a capitalized ``word`` names, by its name or its capital ("Morocco’s", "Rabat")."""
    word = re.sub(r"['’]s$", "", word)  # "Morocco’s deadliest earthquake"
    known = lookup(word)
    country = known if known is not None and known.kind == "country" else country_of_capital(word)
    return None if country is None else country.canonical


def _country(text: str) -> str | None:
    """The country ``text`` names most often (ties: the first named), lower-cased; None when it names none."""
    countries = Counter(c for m in TOKEN.finditer(text) if m.group()[0].isupper() and (c := _country_named(m.group())))
    return most(countries).lower() if countries else None


# nouns a place's name is written before or after ("the Maui village of Lahaina", "Maui County", "the island of
# Corwick"), and the words a place's name is written after ("on Maui", "across Hawaii"). Not "at", "of" alone or
# "fire" after the name: "the fire at Waitrose", "the office of Gov. Palin", "the Waitrose fire" name a shop, a
# title (ECB+ train: two fires at two shops of one chain were keyed alike)
_PLACE_NOUNS = frozenset(
    {"county", "island", "islands", "village", "town", "city", "state", "province", "region", "district"}
    | {"valley", "coast", "forest", "park", "mountains", "hills", "canyon"}
)
_PLACE_LINKS = frozenset({"in", "on", "near", "across", "through", "outside"})


def local_place(text: str) -> str | None:
    """The place ``text`` names most often, as its folded name; None when it names none.

    A place is a capitalized name written at least once where places are written (``_PLACE_LINKS``,
    ``_PLACE_NOUNS``): after "in", "on", "near", ... ("on Maui"), after a place noun and "of" ("the town of
    Lahaina"), or before a place noun ("the Maui village", "Maui County"). A name is a word or the words written
    with it one space apart (``_place_name``: "in San Arveno" is ``san arveno``, not ``san``). It is counted by all
    its capitalized mentions, a dateline's capitals included (ties: the first named, so the headline wins), and is
    none of: a word of a person's name ("Governor Josh Green"), a country (a country sees many fires) or a place
    written after a compass word as often as in those places ("eastern Libya": a region or a country the gazetteer
    lacks), a stop word, a month, an event word.
    """
    tokens = list(TOKEN.finditer(text))
    words = [m.group() for m in tokens]
    people = _people_words(text, tokens)
    slots: list[str] = []
    for k, word in enumerate(words):
        key = _place_key(word)
        if not word[0].isupper() or key in people or not _place_like(word, key):
            continue
        if k > 0 and _place_name(text, tokens, k - 1, people).count(" ") > 0 and _in_name(words, k - 1, people):
            continue  # a later word of a name: "Arveno" in "San Arveno" is no place of its own
        name = _place_name(text, tokens, k, people)
        if _a_country_named(words[k : k + len(name.split())]):
            continue  # "in Costa Rica", "in New Zealand": a country sees many fires
        after_link = k > 0 and words[k - 1] in _PLACE_LINKS
        after_noun = k > 1 and words[k - 1] == "of" and words[k - 2].lower() in _PLACE_NOUNS
        following = k + len(name.split())
        before_noun = following < len(words) and words[following].lower() in _PLACE_NOUNS
        if after_link or after_noun or before_noun:
            slots.append(name)
    # a place written after a compass word as often as where places are written is a region or a country the
    # gazetteer does not know ("in eastern Libya", "northern Kestavia"), wider than the town a fire or a flood
    # struck; an island written once so ("through western Maui", besides "on Maui", "the islands of Maui") is not
    regions = Counter(
        _place_name(text, tokens, k, people) for k in range(1, len(words)) if words[k - 1].lower() in _COMPASS
    )
    placed = Counter(slots)
    slots = [key for key in slots if regions[key] < placed[key]]
    if not slots:
        return None
    keys = [_place_key(w) if w[0].isupper() else "" for w in words]
    mentions = {key: _mentions(keys, key.split()) for key in set(slots)}
    return min(set(slots), key=lambda key: (-mentions[key][0], mentions[key][1]))


def _joined(text: str, tokens: list[re.Match[str]], k: int) -> bool:
    """Whether capitalized word ``k`` is written one space before the next and goes on into it as one name: no
    possessive ("Corwick's Tallowan" is two places) and not a Title Case line, where every word is capitalized
    ("Blaze In San Arveno Kills Four": where the name ends cannot be told)."""
    if k + 1 >= len(tokens) or not tokens[k].group()[0].isupper() or not tokens[k + 1].group()[0].isupper():
        return False
    if text[tokens[k].end() : tokens[k + 1].start()] != " " or re.search(r"['’]s$", tokens[k].group()):
        return False
    return not headline(text, tokens[k].start())


def _place_name(text: str, tokens: list[re.Match[str]], k: int, people: set[str]) -> str:
    """The place name opening at capitalized word ``k``, folded: the word and the capitalized words joined to it
    (``_joined``) that can be words of a place ("San Arveno", "Port Kelsing", "Rio Grande"), up to a place noun,
    a stop word, an event word or a word of a person's name ("Maui County", "Lahaina Fire Department", "Maui
    Governor Josh Green" all give one word)."""
    words = [m.group() for m in tokens]
    name = [_place_key(words[k])]
    while _joined(text, tokens, k + len(name) - 1):
        word = words[k + len(name)]
        key = _place_key(word)
        if key in people or word.lower() in _PLACE_NOUNS or not _place_like(word, key):
            break
        name.append(key)
    return " ".join(name)


def _in_name(words: list[str], k: int, people: set[str]) -> bool:
    """Whether word ``k`` can be a word of a place's name: capitalized, no word of a person's name, place-like."""
    key = _place_key(words[k])
    return words[k][0].isupper() and key not in people and _place_like(words[k], key)


def _a_country_named(name: list[str]) -> bool:
    """Whether the words of a place's name of two words or more name a country ("Costa Rica")."""
    known = lookup(" ".join(name)) if len(name) > 1 else None
    return known is not None and known.kind == "country"


def _mentions(keys: list[str], name: list[str]) -> tuple[int, int]:
    """How often the folded words ``name`` are written in a row in ``keys`` (the text's capitalized words as places
    are keyed, "" for the others), and where first (the length of ``keys`` when never)."""
    at = [k for k in range(len(keys) - len(name) + 1) if keys[k : k + len(name)] == name]
    return len(at), at[0] if at else len(keys)


_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
    | {"northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast"}
    | {"southwest"}
)


def _people_words(text: str, tokens: list[re.Match[str]]) -> set[str]:
    """The words of people's names in ``text`` as places are keyed: a common given name and the word after it,
    in a capitalized run ("Governor Josh Green": "josh", "gren")."""
    words = [m.group() for m in tokens]
    people: set[str] = set()
    for first, end in runs(text, tokens):
        for k in range(first, end - 1):
            if given_name(words[k]):
                people.update((_place_key(words[k]), _place_key(words[k + 1])))
    return people


def _place_key(word: str) -> str:
    """A capitalized word as a place is keyed: folded, its possessive dropped, its spelling written one way."""
    return _spelling(_fold(re.sub(r"['’]s$", "", word)))


def _place_like(word: str, key: str) -> bool:
    """Whether a capitalized word can name a place of ``local_place``: no stop word, month, event word or
    country, and three letters at least ("U.S." is no place here)."""
    if key in _STOP or key in _MONTH_SET or len(key) < 3 or word.lower() in EVENT_FORMS:
        return False
    return _country_named(word) is None


def company(text: str) -> str | None:
    """The company ``text`` names most often, as a folded word; None when it names none.

    A company here is the name word that opens a capitalized run ("CrowdStrike CEO George Kurtz", "Crowdstrike's
    disastrous glitch", "United Airlines"), written so at least once inside a sentence (not only as its first
    word: "Airports and airlines ..."), counted by all its capitalized mentions (ties: the first named, so the
    headline wins). It is none of: a word of a person's name, a place or a country ("the United States"), an outlet or a
    platform ("NBC", "X"), a people's adjective ("German finance company Allianz"), a stop word or weekday, a
    month, an event word, a word in capitals ("CEO", "FAA": titles and agencies more often than the company at
    fault). Does NOT know a company from a product ("Windows") or any other capitalized name: it is the name a
    report is told most of, which for a report told most of an outage is the company whose systems failed.
    """
    tokens = list(TOKEN.finditer(text))
    words = [m.group() for m in tokens]
    people = _people_words(text, tokens)
    found: set[str] = set()
    for first, end in runs(text, tokens):
        run = words[first:end]
        while run and _place_key(run[0]) in _STOP:
            run = run[1:]
        start = tokens[end - len(run)].start() if run else 0
        opens_sentence = start == 0 or _SENTENCE_START.search(text[max(0, start - 6) : start]) is not None
        if run and not opens_sentence and _company_like(run, people):
            found.add(_place_key(run[0]))
    if not found:
        return None
    mentions = Counter(key for w in words if w[0].isupper() and (key := _place_key(w)) in found)
    return most(mentions)  # counted in order of first mention: ties go to the first named


_SENTENCE_START = re.compile(r"(?:[.!?][\"”’')]*\s+|\n\s*)$")  # the text before a sentence's first word


def _company_like(run: list[str], people: set[str]) -> bool:
    """Whether a capitalized run (its leading stop words dropped) can open with a company's name (``company``)."""
    word = run[0]
    key = _place_key(word)
    if key in people or key in _STOP or key in _MONTH_SET or len(key) < 2 or word.lower() in EVENT_FORMS:
        return False
    if re.sub(r"['’]s$", "", word).isupper() or describes_people(word):
        return False
    if _country_named(word) is not None or place(word):
        return False
    known = lookup(" ".join(run[:2])) or lookup(word)
    return known is None or known.kind not in ("country", "city", "outlet", "agency", "platform")
