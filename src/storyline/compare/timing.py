"""When a thing happened against an event both statements name (``timing_conflict``): one says it came after
the event ("tilted onto its side a day after its landing"), the other that it came as the event happened ("flipped
over on its side as it was landing", "during its touchdown") or before it ("just before touchdown").

Does NOT read paraphrase beyond a few names of one event ("landing" / "touchdown"): the event must be told in
the same word (stem) in both statements.
"""

from __future__ import annotations

import re

from storyline.compare.words import stem

# an event named by the word after a determiner and an adjective ("its historic touchdown"): a word of an act
# ("landing") or a name of one ("touchdown"), no other word ending in "-ing" ("evening", "building")
_EVENT = (
    r"(?:(?:its|his|her|their|the)\s+)?(?:[a-z]+\s+)??"
    r"(?P<ev>(?!(?:even|morn|build|dur|noth|someth|anyth|everyth|th|k|r|s|w|spr|cell|ceil)ing\b)[a-z]{2,}ing|"
    r"touchdown|takeoff|liftoff|launch|kickoff)\b"
)
# "a day after its landing", "hours after landing", "shortly after the landing"
_AFTER = re.compile(r"\bafter\s+" + _EVENT, re.I)
# "as it was landing", "while landing", "during its historic touchdown", "upon landing", "at touchdown"
_DURING = re.compile(
    r"\b(?:(?:as|while|when)\s+(?:(?:it|he|she|they|the\s+\w+)\s+(?:was|were)\s+)?(?P<ev1>[a-z]+ing)\b"
    r"|(?:during|upon|on|at)\s+" + _EVENT.replace("?P<ev>", "?P<ev2>") + ")",
    re.I,
)
# "just before touchdown", "moments before landing"
_BEFORE = re.compile(r"\bbefore\s+" + _EVENT.replace("?P<ev>", "?P<ev3>"), re.I)
# names of one event: "touchdown" is a landing
_SAME_EVENT = {"touchdown": "land"}


def _event(word: str) -> str:
    """An event's word as compared: its stem, one name for each event ("touchdown" -> "land")."""
    low = word.lower()
    return _SAME_EVENT.get(low, stem(low))


def _timings(text: str) -> dict[str, tuple[str, str]]:
    """The events a statement places its act against, each with how ("after", "during", "before") and the words
    that say so: "tilted a day after its landing" -> ``{"land": ("after", "after its landing")}``."""
    out: dict[str, tuple[str, str]] = {}
    for pattern, how in ((_AFTER, "after"), (_DURING, "during"), (_BEFORE, "before")):
        for m in pattern.finditer(text):
            word = next(w for w in m.groups() if w)
            out.setdefault(_event(word), (how, m.group(0)))
    return out


def timing_conflict(a: str, b: str) -> str | None:
    """Why two aligned statements disagree on when their act happened against one event, or None: one places
    it after the event, the other as it happened or before it.

    >>> timing_conflict("The probe tipped over a day after its landing.", "The probe tipped over as it was landing.")
    '"after its landing" vs "as it was landing"'
    """
    ta, tb = _timings(a), _timings(b)
    for event, (how, said) in ta.items():
        if event not in tb:
            continue
        other, theirs = tb[event]
        if how != other and "after" in (how, other):
            return f'"{said}" vs "{theirs}"'
    return None
