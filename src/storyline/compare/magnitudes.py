"""The magnitude of a story's earthquake, and reports that give it differently.

"gauged by the US Geological Survey at a magnitude of 6.8" and "The earthquake, with a magnitude of 7.0, struck
late on Friday" give one quake two magnitudes (agencies measure it differently, and early figures are revised).
Such statements rarely align (the rest of their words differ), so ``magnitudes_across`` sets them against each
other wherever alignment put them, as ``storyline.compare.across`` does for tolls.

A magnitude is read as news writes it: "a 6.8-magnitude quake", "magnitude 6.8", "a magnitude of 6.8",
"measured 6.8 on the Richter scale". A statement about another shock ("a 4.9-magnitude aftershock", "a
tremor in 2004 of magnitude 6.4": another time, ``money.elsewhen``) gives none, nor does a speaker's own
words.

Does NOT tell two quakes of one story apart otherwise (a story is one event), nor read a magnitude scale's name
("moment magnitude") as a difference.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.compare.across import Draft, set_against, worded
from storyline.compare.align import Unit
from storyline.compare.money import elsewhen
from storyline.compare.quantities import Quantity

_FIGURE = r"(?P<m>[1-9](?:\.\d)?)"
_MAGNITUDE = re.compile(
    _FIGURE + r"[-\s]magnitude\b|\bmagnitude(?:\s+of)?\s+" + _FIGURE.replace("?P<m>", "?P<m2>")
    + r"\b|" + _FIGURE.replace("?P<m>", "?P<m3>") + r"\s+on\s+the\s+Richter\s+scale\b",
    re.I,
)
# a shock that is not the story's quake
_OTHER_SHOCK = re.compile(r"\b(?:after|fore)shocks?\b|\btremors?\s+(?:that\s+)?followed\b", re.I)
_ABOUT = "magnitude"


def magnitudes(text: str) -> list[Quantity]:
    """The magnitudes a statement gives its quake, each as a figure placed where it is told.

    >>> [q.value for q in magnitudes("The earthquake, with a magnitude of 7.0, struck late on Friday.")]
    [7.0]
    """
    if _OTHER_SHOCK.search(text) or elsewhen(text):
        return []
    out = []
    for m in _MAGNITUDE.finditer(text):
        value = float(m.group("m") or m.group("m2") or m.group("m3"))
        out.append(Quantity(value=value, unit=_ABOUT, low=value, high=value, written=f"{value:.1f}",
                            start=m.start(), end=m.end()))
    return out


def magnitudes_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different magnitudes of the story's quake stand against each other (see the
    module docstring): one side per magnitude, no report on two sides (a report that gives two magnitudes tells
    of two shocks or of a revision, and is left out)."""
    told: list[tuple[Quantity, Unit]] = []
    for draft in drafts:
        for u in draft.units:
            if not worded(u):
                told.extend((q, u) for q in magnitudes(u.text))
    own: dict[int, set[float]] = {}
    for q, u in told:
        own.setdefault(u.report, set()).add(q.value)
    told = [(q, u) for q, u in told if len(own[u.report]) == 1]
    values = sorted({q.value for q, _ in told})
    if len(values) < 2:
        return drafts
    sides = [[(q, u) for q, u in told if q.value == v] for v in values]
    why = "magnitude " + " vs ".join(f"{side[0][0].value:.1f}" for side in sides)
    return set_against(_homes(drafts, sides), _ABOUT, sides, why=why, update=False)


def _homes(drafts: list[Draft], sides: list[list[tuple[Quantity, Unit]]]) -> list[Draft]:
    """``drafts`` with each fact in no conflict whose statements all give one side's magnitude marked as that
    side's home ("Morocco declared three days of national mourning following the deadly 6.8 magnitude
    earthquake", told by two reports): it is that side, not a corroborated fact beside a conflict on its figure."""
    out = list(drafts)
    for side in sides:
        ids = {id(u) for _, u in side}
        for n, draft in enumerate(out):
            if not draft.rivals and all(id(u) in ids for u in draft.units):
                out[n] = replace(draft, about=_ABOUT)
    return out
