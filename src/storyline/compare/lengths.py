"""How long the story's flight lasted, and reports that give it differently.

"Saturday's demo lasted eight or so minutes" and "around 10 minutes into the flight ... mission control had lost
contact with the vehicle" both tell how long one flight lasted: the first as its length, the second as the time
into it when it ended (contact lost, the craft exploded or broke apart). Such statements rarely align, so
``lengths_across`` sets them against each other wherever alignment put them, as ``storyline.compare.intervals``
does for the time between two events: one side per figure, as written, never as updates; where a hedge allows the
other figure the conflict says the figures may be one.

A time into the flight is read only with what ended it in its sentence: "about three minutes into the flight,
the booster separated" tells a stage of the flight, not its end. A flight named as another one ("The first
flight, in April, lasted four minutes", "the previous test"), a statement placed at another time before its
figure (``money.elsewhen``, a month alone: ``tolls.month_placed``) and a speaker's own words give none, nor does a
report that gives two lengths.

Does NOT read a flight named otherwise than "flight", "test", "demo", "mission" or "launch".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.compare.across import Draft, read_once, set_against
from storyline.compare.counted import NUMBER_WORDS
from storyline.compare.money import elsewhen
from storyline.compare.quantities import Quantity
from storyline.compare.tolls import month_placed

_WORDS = "|".join(sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True))
_HEDGES = r"about|around|roughly|nearly|almost|some|approximately|more\s+than|over|less\s+than|just|only"
_SPAN = (r"(?P<hedge>(?:" + _HEDGES + r")\s+)?(?P<n>\d+(?:\.\d+)?|" + _WORDS + r")"
         r"(?P<or_so>\s+or\s+so)?\s+(?P<unit>second|minute|hour)s?(?P<told>)")
_FLIGHT = r"(?:test\s+)?(?:flight|test|demo|demonstration|mission|launch)"
# another flight than the story's: "the first flight", "its previous test", "the maiden launch"
_OTHER = r"(?:first|previous|earlier|last|maiden|inaugural|prior|initial)"
# what ends a flight: contact lost, the craft destroyed
_ENDED = (r"(?:lost\s+(?:all\s+)?(?:contact|communications?|(?:the\s+)?signal|telemetry)|(?:contact|communications?|"
          r"signal)\s+(?:was|were)\s+(?:suddenly\s+)?lost|exploded|blew\s+up|broke\s+(?:apart|up)|disintegrated|"
          r"self-destruct\w*|came\s+to\s+an\s+end|ended)")
_GAP = r"[^.;:!?]{0,80}?"
# a flight not flown yet: "its planned 90-minute flight", "the scheduled flight"
_PLANNED = r"(?:planned|scheduled|intended|expected|targeted|proposed)"
_PATTERNS = (
    # "Saturday's demo lasted eight or so minutes"
    re.compile(r"(?P<other>\b" + _OTHER + r"\s+(?:[\w'’-]+\s+)?)?\b" + _FLIGHT + r"\b[^.;:!?]{0,40}?\blasted\s+"
               + _SPAN, re.I),
    # "around 10 minutes into the flight a company broadcaster said mission control had lost contact"
    re.compile(_SPAN + r"\s+into\s+(?:the|its|a|this|Saturday's|Sunday's|[A-Z]\w+['’]s)?\s*(?P<other>" + _OTHER
               + r"\s+)?(?:[\w-]+\s+)?" + _FLIGHT + r"\b" + _GAP + r"\b" + _ENDED + r"\b", re.I),
    # "the eight-or-so-minute flight lasted twice as long as the first one" (not "its planned 90-minute flight")
    re.compile(r"\b(?:the|its|this|[A-Z]\w+['’]s)\s+(?P<hedge>)(?P<n>\d+(?:\.\d+)?|" + _WORDS + r")"
               r"(?P<or_so>-or-so)?-(?P<unit>second|minute|hour)(?P<told>)\s+(?P<other>(?:" + _OTHER + r"|"
               + _PLANNED + r")\s+)?(?:[\w-]+\s+)?" + _FLIGHT + r"\b(?!\s+(?:window|delay|hold))", re.I),
    # "mission control lost contact with the vehicle about 10 minutes into the flight"
    re.compile(r"\b" + _ENDED + r"\b" + _GAP + r"\b" + _SPAN + r"\s+into\s+(?:the|its|a|this)?\s*(?P<other>"
               + _OTHER + r"\s+)?(?:[\w-]+\s+)?" + _FLIGHT + r"\b", re.I),
)
_LENGTH = "length:flight"
_MINUTES = {"second": 1 / 60, "minute": 1.0, "hour": 60.0}
# how far a hedged figure may lie from what it rounds ("about 10 minutes", "eight or so minutes")
_HEDGE_SHARE = 0.15


@dataclass(frozen=True, slots=True)
class Length:
    """How long a statement says the story's flight lasted, placed where it is told."""

    figure: Quantity  # in minutes, its range what its hedge allows
    shown: str  # as written: "around 10 minutes"
    start: int
    end: int


def lengths(text: str) -> list[Length]:
    """How long the story's flight lasted, as a statement tells it (see the module docstring).

    >>> [x.shown for x in lengths("Saturday's demo lasted eight or so minutes, twice as long as in April.")]
    ['eight or so minutes']
    >>> lengths("About three minutes into the flight, the booster separated.")
    []
    """
    out = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            # "The first flight, in April, lasted four minutes": another flight; what follows ("twice as long as
            # the first test in April") places no length told before it
            if m.group("other") or elsewhen(text[: m.end()]) or month_placed(text[: m.end()]):
                continue
            raw = m.group("n").lower()
            value = (float(raw) if raw[0].isdigit() else float(NUMBER_WORDS.get(raw, 0))) * _MINUTES[
                m.group("unit").lower()]
            if not value:
                continue
            hedge = (m.group("hedge") or "").strip().lower()
            rough = bool(m.group("or_so")) or (bool(hedge) and not hedge.startswith(("more", "over", "less", "just",
                                                                                     "only")))
            low, high = (value * (1 - _HEDGE_SHARE), value * (1 + _HEDGE_SHARE)) if rough else (value, value)
            if hedge.startswith(("more", "over")):
                high = float("inf")
            elif hedge.startswith("less"):
                low = 0.0
            opens = m.start("hedge") if hedge else m.start("n")
            shown = text[opens : m.start("told")]
            figure = Quantity(value=value, unit=_LENGTH, low=low, high=high, written=shown, exact=not rough,
                              start=m.start(), end=m.end())
            out.append(Length(figure=figure, shown=shown.strip(), start=m.start(), end=m.end()))
    return out


def lengths_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different lengths of the story's flight stand against each other (see the module
    docstring)."""
    found = read_once(drafts, lengths)
    values = sorted({x.figure.value for x, _ in found})
    if len(values) < 2:
        return drafts
    sides = [[(x, u) for x, u in found if x.figure.value == v] for v in values]
    reports = [{u.report for _, u in side} for side in sides]
    if sum(len(r) for r in reports) != len(set().union(*reports)):
        return drafts  # a report on two sides: a stage and the end, or a revision; refuse to guess
    firsts = [side[0][0].figure for side in sides]
    rough = all(a.low <= b.high and b.low <= a.high for i, a in enumerate(firsts) for b in firsts[i + 1 :])
    why = ("how long the flight lasted: " + " vs ".join(side[0][0].shown for side in sides)
           + (" (approximate figures: may be one)" if rough else ""))
    figured = [[(x.figure, u) for x, u in side] for side in sides]
    return set_against(drafts, _LENGTH, figured, why=why, update=False)

