"""Event words: the nouns and verbs that name an event, and the tokens and capitalized runs they are read from.

Shared by the named-event finder (``storyline.stories.events``) and the place and company finders
(``storyline.stories.places``), so that neither imports the other for them.

Does NOT: parse, tag or find names; it only reads words with a regular expression.
"""

from __future__ import annotations

import re
from collections import Counter

from storyline.stories.features import _STOP

# event noun (the key's second half) -> the words that name it: nouns and the verb forms a headline uses
EVENTS: dict[str, str] = {
    "collapse": "collapse collapsed collapses collapsing",
    "earthquake": "earthquake earthquakes quake quakes",
    "fire": "fire fires blaze blazes inferno wildfire wildfires bushfire bushfires",
    "explosion": "explosion explosions blast blasts exploded explodes",
    "shooting": "shooting shootings",
    "attack": "attack attacks attacked bombing bombings bombed",
    "crash": "crash crashes crashed collision collided",
    "derailment": "derailment derailed",
    "flood": "flood floods flooding flooded",
    "outage": "outage outages cyberoutage glitch glitches",
    "cyberattack": "cyberattack cyberattacks cyber-attack ransomware",
    "eruption": "eruption erupted erupts",
    "landslide": "landslide landslides mudslide mudslides",
    "sinking": "sinking sank capsized capsizing",
    "spill": "spill spills leak leaks",
    "protest": "protest protests",
    "riot": "riot riots",
    "arrest": "arrest arrests arrested",
    "killing": "killing killings murder murders murdered stabbing stabbings",
    "kidnapping": "kidnapping kidnappings abduction hijacking",
    "robbery": "robbery robberies heist",
    "escape": "escape escaped",
    "election": "election elections referendum",
    "merger": "merger acquisition takeover",
    "reopening": "reopening reopened reopens",
    "closure": "closure closures",
    "strike": "strike strikes walkout",
    "outbreak": "outbreak outbreaks",
    "resignation": "resignation resigned resigns",
    "trial": "trial",
    "verdict": "verdict",
    "death": "death",
}
EVENT_FORMS: dict[str, str] = {form: event for event, forms in EVENTS.items() for form in forms.split()}
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
HEADLINE_CAPITALS = 0.8  # a line whose words are this capitalized (stop words aside) is in Title Case


def event_of(words: list[str], k: int) -> str | None:
    """The event ``words[k]`` names, None for no event word and for the "death" of a "death toll" (the toll
    of a fire or a quake, not a death of its own: "Maui Lahaina death toll")."""
    if words[k].lower() == "death" and k + 1 < len(words) and words[k + 1].lower() == "toll":
        return None
    return EVENT_FORMS.get(words[k].lower())


def runs(text: str, tokens: list[re.Match[str]]) -> list[tuple[int, int]]:
    """``(first, end)`` token positions of the capitalized runs: capitalized words one space apart."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for k, m in enumerate(tokens):
        capital = m.group()[0].isupper()
        if start is not None and capital and text[tokens[k - 1].end() : m.start()] == " ":
            continue
        if start is not None:
            runs.append((start, k))
        start = k if capital else None
    if start is not None:
        runs.append((start, len(tokens)))
    return runs


def event_counts(text: str) -> Counter[str]:
    """How often ``text`` names each event noun, in any case and in order of first mention (``event_of``: the
    "death" of a "death toll" is none; ``_dam_break``: a dam's collapse is a flood)."""
    words = TOKEN.findall(text)
    return Counter(event for k in range(len(words)) if (event := _counted_event(words, k)) is not None)


def _counted_event(words: list[str], k: int) -> str | None:
    """The event ``words[k]`` names as ``event_counts`` counts it: a flood for a dam's collapse."""
    return "flood" if _dam_break(words, k) else event_of(words, k)


# the walls that hold water back, and the words for their giving way: "two dams collapsed", "the collapse of
# two dams", "the dams burst" tell a flood (a report on a flood can name the collapse more often than the flood)
_DAMS = frozenset({"dam", "dams", "levee", "levees", "dike", "dikes", "dyke", "dykes", "embankment"})
_BREAKS = frozenset({"collapse", "collapsed", "collapses", "collapsing", "burst", "bursting", "breach", "breached"})
DAM_REACH = 3  # words between a dam and its breaking: "the collapse of two dams", "two dams outside the city collapsed"


def _dam_break(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a breaking word with a dam within ``DAM_REACH`` words of it."""
    if words[k].lower() not in _BREAKS:
        return False
    near = words[max(0, k - DAM_REACH - 1) : k] + words[k + 1 : k + DAM_REACH + 2]
    return any(w.lower() in _DAMS for w in near)


def most(counts: Counter[str]) -> str:
    """The key counted most often (ties: the first counted)."""
    return max(counts, key=lambda key: counts[key])


def headline(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is in Title Case (``HEADLINE_CAPITALS`` of its words capitalized)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = TOKEN.findall(text[start : end if end >= 0 else len(text)])
    if not words:
        return False
    capitals = sum(1 for w in words if w[0].isupper() or w.lower() in _STOP)
    return capitals >= HEADLINE_CAPITALS * len(words)
