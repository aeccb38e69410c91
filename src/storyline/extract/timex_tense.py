"""Tense cues: which way an underspecified expression points, read from the plain text around it.

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
