"""Where from a place: "72 kilometres (45 miles) southwest of Marrakesh", "located 63 kilometers southwest of
the city of Marrakech".

A statement that puts something a distance in a direction from a named place tells one claim that another
statement telling a distance in the same direction from the same place also tells, whatever each figure is:
the two align (``storyline.compare.align``) and, when the distances exclude each other, conflict
(``storyline.compare.facts``). Spellings of one name ("Marrakesh", "Marrakech") are one place: two names are
one when they start alike and are nearly the same letters (``_SPELLED``).

Does NOT compare distances in different directions or from different places (two towns may lie 30 and 80
kilometres from one city), nor distances told without a direction ("felt 250 miles away").
"""

from __future__ import annotations

import difflib
import functools
import re

_DIRECTIONS = (
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west",
)  # fmt: skip
_LOCATED = re.compile(
    # a hedge is part of the distance: "approximately 40 miles" allows 72 kilometres
    r"(?P<distance>(?:(?i:approximately|about|around|some|nearly|almost|roughly|close\s+to)\s+)?"
    r"(?<![\w.,])\d[\d,.]*\s*-?\s*(?i:km|kms|kilomet(?:re|er)s?|miles?|mi)\b)"
    r"(?:\s*\([^)]{0,40}\))?\s+(?P<direction>(?i:" + "|".join(_DIRECTIONS) + r"))\s+of\s+"
    r"(?:(?i:the)\s+)?(?:(?:city|town|village|province|region|capital|port|resort)\s+of\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}?(?P<place>[A-Z][\w'’-]+)"
)
# two names this alike (difflib's ratio) that start with the same two letters are one name spelled two ways
_SPELLED = 0.8


@functools.lru_cache(maxsize=1 << 14)
def located(text: str) -> tuple[tuple[str, str, str], ...]:
    """``(direction, place, distance as written)`` for each distance a statement tells in a direction from a named
    place ("72 kilometres (45 miles) southwest of Marrakesh" -> ``("southwest", "marrakesh", "72 kilometres")``),
    its hedge kept ("about 45 miles"), for a hedged distance allows more than an exact one."""
    out = []
    for m in _LOCATED.finditer(text):
        place = m.group("place")
        direction = m.group("direction").lower().replace("-", "")
        out.append((direction, place.lower(), m.group("distance")))
    return tuple(out)


@functools.lru_cache(maxsize=1 << 14)
def located_at(text: str) -> tuple[tuple[str, str, str, int, int], ...]:
    """As ``located``, each with where its distance and place are told in the statement: ``(direction, place,
    distance as written, start, end)``."""
    return tuple(
        (m.group("direction").lower().replace("-", ""), m.group("place").lower(), m.group("distance"), m.start(),
         m.end())
        for m in _LOCATED.finditer(text)
    )


def one_name(a: str, b: str) -> bool:
    """Whether two place names are one, spelled two ways ("marrakesh", "marrakech")."""
    return _one_name(a, b)


def same_place(a: str, b: str) -> list[tuple[str, str]]:
    """The distances, as written, that two statements tell in one direction from one place."""
    return [(x, y) for da, pa, x in located(a) for db, pb, y in located(b) if da == db and _one_name(pa, pb)]


def _one_name(a: str, b: str) -> bool:
    return a[:2] == b[:2] and difflib.SequenceMatcher(None, a, b).ratio() >= _SPELLED
