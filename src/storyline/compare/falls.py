"""How far the story's vehicle or person fell, and reports that give it differently.

"The bus ... plummeted approximately 200 feet" and "plunged 50 meters (164 feet) into a ravine" both tell how far
one fall went, and such statements rarely align (each says something else besides), so ``falls_across`` sets them
against each other wherever alignment put them, as ``storyline.compare.lengths`` does for how long a flight
lasted: one side for the figures that agree, as written, never as updates. A figure is compared in metres: one
given to the unit allows a conversion's rounding (``_ROUNDED``: "50 meters" and "165 feet" are one), a hedged one
its hedge and no more ("approximately 200 feet" is 170 to 230 feet, no "164 feet").

A fall is read only as a verb of falling ("plunged", "plummeted", "fell", "tumbled") followed within its clause by
a distance in metres or feet ("fell onto a rocky surface some 50 meters"); a level that falls ("the river level
fell 2 metres") is no fall. A speaker's own words give none (``across.read_once``), and a report whose own figures
disagree is left out (refuse to guess); a report's figures stand on one side together.

Does NOT tell two falls of one story apart (a bus and a rescuer): the figures are read as one fall's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from storyline.compare.across import Draft, read_once, set_against
from storyline.compare.align import Unit
from storyline.compare.quantities import Quantity

_UNIT = r"(?:m|meters?|metres?|ft|feet|foot)"
_FALL = re.compile(
    r"\b(?:plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|fell|falls?|falling|tumbl(?:e|es|ed|ing))\b"
    r"(?P<gap>[^\d.;:!?()\[\]]{0,40}?)"
    r"(?P<hedge>\b(?:about|around|roughly|nearly|almost|some|approximately|an\s+estimated|more\s+than|over)\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>" + _UNIT + r")\b"
    r"(?P<conv>\s*[(\[]\s*\d+(?:\.\d+)?\s*" + _UNIT + r"\s*[)\]])?",
    re.I,
)
# what falls without falling from a height: a level, a price, a temperature ("the river level fell 2 metres")
_LEVEL = re.compile(r"\b(?:levels?|water|river|tide|temperatures?|prices?|shares?|snow|rain)\b", re.I)
_METRES = {"m": 1.0, "meter": 1.0, "metre": 1.0, "ft": 0.3048, "feet": 0.3048, "foot": 0.3048}
# a figure given to the unit may be a conversion rounded in its own system ("50 meters (164 feet)", "165 feet")
_ROUNDED = 0.02
# how far a hedged figure may lie from what it rounds ("approximately 200 feet")
_HEDGE_SHARE = 0.15
_ABOUT = "height:fall"
# what a disagreement on a distance in metres is on (``counts.count_disagreement``)
_METRE = "meter"


@dataclass(frozen=True, slots=True)
class Fall:
    """How far a statement says the story's fall went, in metres, placed where it is told."""

    figure: Quantity  # in metres, its range what its hedge allows
    shown: str  # as written: "approximately 200 feet", "50 meters (164 feet)"
    start: int
    end: int


def falls(text: str) -> list[Fall]:
    """How far a fall went, as a statement tells it (see the module docstring).

    >>> [x.shown for x in falls("The coach plunged 40 metres (131 feet) into a gorge.")]
    ['40 metres (131 feet)']
    >>> falls("The river level fell 2 metres overnight.")
    []
    """
    out = []
    for m in _FALL.finditer(text):
        opening = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        if _LEVEL.search(text, opening, m.start("n")):
            continue
        unit = m.group("unit").lower()
        value = float(m.group("n")) * _METRES[unit if unit in _METRES else unit.rstrip("s")]
        if not value:
            continue
        hedge = (m.group("hedge") or "").strip().lower()
        if hedge in ("more than", "over"):
            low, high = value, float("inf")
        else:
            share = _HEDGE_SHARE if hedge else _ROUNDED
            low, high = value * (1 - share), value * (1 + share)
        opens = m.start("hedge") if hedge else m.start("n")
        shown = text[opens : m.end()].strip()
        figure = Quantity(value=value, unit=_ABOUT, low=low, high=high, written=shown, exact=not hedge,
                          start=opens, end=m.end())
        out.append(Fall(figure=figure, shown=shown, start=opens, end=m.end()))
    return out


def _meet(x: Quantity, y: Quantity) -> bool:
    return x.low <= y.high and y.low <= x.high


def falls_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different heights of the story's fall stand against each other (see the module
    docstring)."""
    found = read_once(drafts, falls)
    mine: dict[int, list[Quantity]] = {}
    for x, u in found:
        mine.setdefault(u.report, []).append(x.figure)
    # a report whose own figures disagree tells two falls, or one it revised: left out
    found = [(x, u) for x, u in found if all(_meet(a, b) for a in mine[u.report] for b in mine[u.report])]
    # each report's figures stand together (they agree among themselves), on the first side all of them meet
    blocks: dict[int, list[tuple[Fall, Unit]]] = {}
    for x, u in found:
        blocks.setdefault(u.report, []).append((x, u))
    sides: list[list[tuple[Fall, Unit]]] = []
    for block in sorted(blocks.values(), key=lambda b: -max(x.figure.value for x, _ in b)):
        side = next((s for s in sides if all(_meet(x.figure, y.figure) for x, _ in block for y, _ in s)), None)
        if side is None:
            sides.append(list(block))
        else:
            side.extend(block)
    if len(sides) < 2:
        return drafts
    held = {id(u) for side in sides for _, u in side}
    if any(d.rivals and d.about == _METRE and any(id(u) in held for u in d.units) for d in drafts):
        return drafts  # an aligned group was split on the figure already (``counts.count_disagreement``)
    # each side as its first report that gives a figure to the unit writes it ("50 meters (164 feet)")
    shown = [min(side, key=lambda f: (not f[0].figure.exact, f[1].report))[0].shown for side in sides]
    why = "how far it fell: " + " vs ".join(shown)
    figured = [[(x.figure, u) for x, u in side] for side in sides]
    # a fact of several statements, each telling a fall of one side, is that side as it stands, not a corroborated
    # fact beside a conflict on its own figure ("plunged 50 meters (164 feet)" of two reports); a fact that some
    # statement tells without a fall is of something else and stays
    side_of = {id(u): k for k, side in enumerate(sides) for _, u in side}
    marked = [replace(d, about=_ABOUT) if not d.rivals and len(d.units) > 1 and all(id(u) in side_of for u in d.units)
              and len({side_of[id(u)] for u in d.units}) == 1 else d for d in drafts]
    out = set_against(marked, _ABOUT, figured, why=why, update=False)
    return drafts if out is marked else out
