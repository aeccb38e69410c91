"""How far the story's place lies from a city, and reports that give it differently.

"the Port Neches manufacturing plant about 90 miles east of Houston", "The facility about 100 miles (160
kilometers) east of Houston" and "the plant in Port Neches, about 80 miles east of Houston" give one place three
distances from one city. Such statements rarely align (each is an aside of another sentence), so
``distances_across`` sets them against each other wherever alignment put them, as ``storyline.compare.across``
does for tolls: a fact-checker wants to see the spread, each figure as written, and where the figures may all be
one rounding of each other (within the rounding of the rounder one, ``quantities.within_rounding``) the conflict
says so.

A distance is read as ``storyline.compare.places`` reads it (a figure, a unit, a direction, "of" a named place),
in the first unit a statement writes it in ("100 miles (160 kilometers)"). Only distances in one direction from
one place are compared, and only of one thing: what lies there is a place or a site (``_SITES``: "plant",
"facility", a capitalised name), not a person or a vehicle ("a motorist 50 miles north of Detroit"), and figures
more than ``money.FAR`` times apart are two things ("the building, 15 miles north" / "Flint, about 50 miles
north"). A report that gives two distances in one direction from one place, a statement placed at another time
(``money.elsewhen``) and a speaker's own words give none.

Does NOT tell two sites near each other apart when they lie at figures close to each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.compare.across import Draft, read_once, set_against
from storyline.compare.align import Unit
from storyline.compare.money import FAR, elsewhen
from storyline.compare.places import located_at, one_name
from storyline.compare.quantities import Quantity, within_rounding

# what a site's distance may be told of: a word for a place or a works, or a capitalised name
_SITES = frozenset({
    "plant", "facility", "factory", "refinery", "site", "complex", "works", "mill", "mine", "depot", "terminal",
    "town", "city", "village", "community", "county", "suburb", "area", "building", "campus", "base", "port",
    "airport", "station", "warehouse", "compound", "range",
})  # fmt: skip
_KM = {"km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometer": 1.0, "mile": 1.609344, "mi": 1.609344}
# two figures this near are one distance converted ("64 kilometres" / "about 40 miles")
_NEAR = 0.02
_DISTANCE = "distance:"
_FIGURE = re.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*-?\s*(?P<unit>[A-Za-z]+)")


@dataclass(frozen=True, slots=True)
class Distance:
    """A distance a statement gives a site from a place in a direction, placed where it is told."""

    direction: str
    place: str
    figure: Quantity  # in kilometres
    shown: str  # as written: "about 90 miles"
    start: int
    end: int


def distances(text: str) -> list[Distance]:
    """The distances a statement gives a site (see the module docstring).

    >>> [(d.direction, d.place, d.shown) for d in distances("the Kell plant about 90 miles east of Marlow")]
    [('east', 'marlow', 'about 90 miles')]
    >>> distances("a motorist 50 miles north of Marlow spotted the car")
    []
    """
    if elsewhen(text):
        return []
    out = []
    for direction, place, written, start, end in located_at(text):
        if not _site_before(text, start):
            continue
        m = _FIGURE.search(written)
        unit = m.group("unit").lower().removesuffix("s") if m else ""
        if m is None or (factor := _KM.get(unit, _KM.get(unit + "s"))) is None:
            continue
        value = float(m.group("n").replace(",", ""))
        km = value * factor
        figure = Quantity(value=value, unit=_DISTANCE + ("mile" if factor != 1.0 else "km"), low=km, high=km,
                          written=written, exact=written[:1].isdigit(), start=start, end=end)
        out.append(Distance(direction=direction, place=place, figure=figure, shown=written, start=start, end=end))
    return out


_BEFORE = re.compile(r"(?P<word>[\w'’-]+)\W{0,3}(?:(?:is|was|lies|sits|located|situated|which\s+is)\s+)*$")


def _site_before(text: str, start: int) -> bool:
    """Whether the word a distance is told of, right before it ("the plant about 90 miles", "Port Neches, about
    80 miles", "the building is about 15 miles"), is a site or a capitalised name."""
    m = _BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    word = m.group("word")
    return word.lower() in _SITES or (word[:1].isupper() and word.lower() not in ("the", "a", "an"))


def _km(d: Distance) -> float:
    return d.figure.low


def _one(x: Distance, y: Distance) -> bool:
    """Whether two distances are one figure: the same as written, or one converted from the other."""
    return abs(_km(x) - _km(y)) <= _NEAR * max(_km(x), _km(y))


def distances_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different distances of the story's site from one place in one direction stand
    against each other (see the module docstring), one side per figure, never as updates."""
    told: dict[tuple[str, str], list[tuple[Distance, Unit]]] = {}
    for d, u in read_once(drafts, distances):
        key = next((k for k in told if k[0] == d.direction and _same_place(k[1], d.place)), (d.direction, d.place))
        told.setdefault(key, []).append((d, u))
    out = drafts
    for (direction, place), found in told.items():
        sides: list[list[tuple[Distance, Unit]]] = []
        for d, u in sorted(found, key=lambda t: (t[1].report, t[1].span.start + t[0].start)):
            side = next((s for s in sides if _one(s[0][0], d)), None)
            if side is None:
                sides.append([(d, u)])
            else:
                side.append((d, u))
        reports = [{u.report for _, u in side} for side in sides]
        if len(sides) < 2 or sum(len(r) for r in reports) != len(set().union(*reports)):
            continue
        kms = [_km(side[0][0]) for side in sides]
        if max(kms) > FAR * min(kms):
            continue  # two things, not one told twice
        firsts = [side[0][0].figure for side in sides]
        rough = all(within_rounding(a, b) for i, a in enumerate(firsts) for b in firsts[i + 1 :])
        title = found[0][1].text[found[0][0].start : found[0][0].end]
        where = title[title.lower().find(direction) :] if direction in title.lower() else f"{direction} of {place}"
        shown = " vs ".join(side[0][0].shown for side in sides)
        why = f"distance {where}: {shown}" + (" (approximate figures: may be one)" if rough else "")
        about = _DISTANCE + direction + ":" + place
        figured = [[(d.figure, u) for d, u in side] for side in sides]
        out = set_against(out, about, figured, why=why, update=False)
    return out


def _same_place(a: str, b: str) -> bool:
    return one_name(a, b)
