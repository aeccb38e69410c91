"""How long passed between the story's two events of one kind, and reports that give it differently.

"Two explosions over a span of 13 hours", "The Wednesday blasts, 13 hours apart", "The second explosion occurred
about 12 hours later" and "A second explosion about 12 hours later" give the time between one story's two blasts
as 12 and 13 hours. Such statements rarely align (each says something else besides), so ``intervals_across``
sets them against each other wherever alignment put them, as ``storyline.compare.across`` does for tolls: one side
per figure, each as written, never as updates; where a hedge allows the other figure ("about 12" allows 13:
``quantities``' ranges) the conflict says the figures may be one.

An interval is read only as news ties it to two events of one kind (``_KINDS``: an explosion or a blast, a quake,
an attack): "two <events> over a span of / within / in N hours", "<events>, N hours apart", "a second <event> ...
N hours later", "N hours after the first <event>". A statement placed at another time (``money.elsewhen``) and a
speaker's own words give none, nor does a report that gives two intervals of one kind (a third event, or a
revision: refuse to guess).

Does NOT tell a story's third event from its second ("a third blast two hours later" is read as none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.compare.across import Draft, read_once, set_against
from storyline.compare.ages import ages_across
from storyline.compare.align import Unit
from storyline.compare.counted import NUMBER_WORDS
from storyline.compare.courts import courts_across
from storyline.compare.falls import falls_across
from storyline.compare.lengths import lengths_across
from storyline.compare.money import elsewhen
from storyline.compare.quantities import Quantity

# the nouns of one kind of event, as news varies them
_KINDS = {
    "explosion": "explosion", "blast": "explosion", "detonation": "explosion",
    "earthquake": "quake", "quake": "quake",
    "attack": "attack", "bombing": "attack",
}  # fmt: skip
_EVENT = r"(?P<event>" + "|".join(sorted(_KINDS, key=len, reverse=True)) + r")s?"
_WORDS = "|".join(sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True))
_SPAN = (r"(?P<hedge>(?:about|around|roughly|nearly|almost|some|approximately|more\s+than|over|less\s+than)\s+)?"
         r"(?P<n>\d+(?:\.\d+)?|" + _WORDS + r"|an?)\s+(?P<unit>minute|hour|day)s?")
_GAP = r"[^.;:!?]{0,50}?"
_PATTERNS = (
    # "Two explosions over a span of 13 hours", "two blasts within 13 hours"
    re.compile(r"\b(?i:two|both)\s+(?:[\w-]+\s+){0,2}?" + _EVENT + r"\b" + _GAP
               + r"\b(?:over\s+(?:a\s+span|the\s+course|a\s+period)\s+of|within|in\s+the\s+space\s+of)\s+" + _SPAN,
               re.I),
    # "The Wednesday blasts, 13 hours apart"
    re.compile(r"\b" + _EVENT + r"\b[\s,]*" + _SPAN + r"\s+apart\b", re.I),
    # "The second explosion occurred about 12 hours later"
    re.compile(r"\b(?i:second|another|later)\s+" + _EVENT + r"\b" + _GAP + r"\b" + _SPAN + r"\s+later\b", re.I),
    # "13 hours after the first explosion"
    re.compile(_SPAN + r"\s+after\s+the\s+first\s+" + _EVENT + r"\b", re.I),
)
_INTERVAL = "interval:"
_HOURS = {"minute": 1 / 60, "hour": 1.0, "day": 24.0}


@dataclass(frozen=True, slots=True)
class Interval:
    """The time a statement gives between two events of one kind, placed where it is told."""

    kind: str
    figure: Quantity  # in hours, its range what its hedge allows
    shown: str  # as written: "about 12 hours"
    start: int
    end: int


def intervals(text: str) -> list[Interval]:
    """The intervals a statement gives between two events of one kind (see the module docstring).

    >>> [(i.kind, i.figure.value) for i in intervals("The Tarn blasts, 13 hours apart, broke windows")]
    [('explosion', 13.0)]
    """
    if elsewhen(text) or re.search(r"\bthird\b", text, re.I):
        return []
    out = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            raw = m.group("n").lower()
            value = float(raw) if raw[0].isdigit() else float(NUMBER_WORDS.get(raw, 1))
            hours = value * _HOURS[m.group("unit").lower()]
            hedge = (m.group("hedge") or "").strip().lower()
            share = 0.15 if hedge and not hedge.startswith(("more", "over", "less")) else 0.0
            low, high = hours * (1 - share), hours * (1 + share)
            if hedge.startswith(("more", "over")):
                high = float("inf")
            elif hedge.startswith("less"):
                low = 0.0
            shown = text[m.start("n") if not hedge else m.start("hedge") : m.end("unit")] + "s" * (value != 1)
            figure = Quantity(value=hours, unit=_INTERVAL, low=low, high=high, written=shown, exact=not hedge,
                              start=m.start(), end=m.end())
            out.append(Interval(kind=_KINDS[m.group("event").lower()], figure=figure, shown=shown.strip(),
                                start=m.start(), end=m.end()))
    return out


def _plural(kind: str) -> str:
    return {"explosion": "explosions", "quake": "quakes", "attack": "attacks"}[kind]


def intervals_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different intervals between the story's two events of one kind stand against
    each other (see the module docstring)."""
    told: dict[str, list[tuple[Interval, Unit]]] = {}
    for x, u in read_once(drafts, intervals):
        told.setdefault(x.kind, []).append((x, u))
    out = drafts
    for kind, found in told.items():
        values = sorted({x.figure.value for x, _ in found})
        if len(values) < 2:
            continue
        sides = [[(x, u) for x, u in found if x.figure.value == v] for v in values]
        reports = [{u.report for _, u in side} for side in sides]
        if sum(len(r) for r in reports) != len(set().union(*reports)):
            continue
        firsts = [side[0][0].figure for side in sides]
        rough = all(a.low <= b.high and b.low <= a.high for i, a in enumerate(firsts) for b in firsts[i + 1 :])
        why = (f"time between the {_plural(kind)}: " + " vs ".join(side[0][0].shown for side in sides)
               + (" (approximate figures: may be one)" if rough else ""))
        figured = [[(x.figure, u) for x, u in side] for side in sides]
        out = set_against(out, _INTERVAL + kind, figured, why=why, update=False)
    # how long the story's flight lasted, another time between two of its moments (its start and its end); and the
    # age of the youngest of its dead, how far its fall went and which court's ruling its court upheld, other
    # figures that its reports tell in sentences of their own
    return courts_across(falls_across(ages_across(lengths_across(out))))
