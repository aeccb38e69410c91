"""Which lower court's ruling a court upheld or overturned, and reports that name different ones.

"Justices ... unanimously upheld an earlier High Court judgment" and "five Supreme Court justices upheld an appeal
court ruling" name two courts for the one ruling the story's court upheld; a reader should see that the reports
disagree. Such statements rarely align (each says something else besides), so ``courts_across`` sets them against
each other wherever alignment put them, as ``storyline.compare.lengths`` does for a flight's length: one side per
court, never as updates.

A court is read only where an act on a ruling names it: a verb that upholds or overturns ("upheld", "affirmed",
"backed", "supported", "overturned", "reversed", "quashed") followed within a few words by a named level of court
and a ruling ("an appeal court ruling", "an earlier High Court judgment", "an earlier decision by the Court of
Appeal"). An appeal court is one court however written ("appeal court", "appeals court", "Court of Appeal",
"appellate court"); a "lower court" names none. Acts that uphold and acts that overturn are compared apart; a
report that names two courts for one kind of act (a ruling upheld that had overturned another) is left out, as is
a statement placed at another time (``money.elsewhen``, ``tolls.month_placed``) and a speaker's own words.

Does NOT tell two rulings of one story apart: the story is read as about one ruling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.compare.across import Draft, read_once, set_against
from storyline.compare.money import elsewhen
from storyline.compare.quantities import Quantity
from storyline.compare.tolls import month_placed

_UPHELD = r"(?P<upheld>upheld|upholds?|upholding|affirmed|affirms?|backed|supported|endorsed)"
_OVERTURNED = r"(?P<overturned>overturned|overturns?|overturning|reversed|reverses?|quashed|quashes|struck\s+down)"
_COURT = r"(?:appeals?\s+court|court\s+of\s+appeals?|appellate\s+court|high\s+court|district\s+court|trial\s+court)"
_RULING = r"(?:ruling|judgment|judgement|decision|verdict|order)s?"
_ACT = re.compile(
    r"\b(?:" + _UPHELD + r"|" + _OVERTURNED + r")\s+"
    # "an appeal court ruling", "an earlier High Court judgment"
    r"(?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|prior)\s+)?(?:(?P<court>" + _COURT + r")['’]?s?\s+" + _RULING
    # "an earlier decision by the Court of Appeal", "the ruling of the High Court"
    + r"|" + _RULING + r"\s+(?:by|of|from)\s+(?:the\s+)?(?P<court2>" + _COURT + r"))\b",
    re.I,
)


def _named(court: str) -> str:
    """A level of court as one name, however written: "appeal court", "Court of Appeals" -> "Court of Appeal"."""
    low = court.lower()
    if "appe" in low:
        return "Court of Appeal"
    return "High Court" if low.startswith("high") else " ".join(low.split())


_ABOUT = "court:"


@dataclass(frozen=True, slots=True)
class Ruled:
    """A lower court whose ruling a statement says was upheld ("upheld") or overturned ("overturned")."""

    act: str
    court: str  # as ``_named`` names it: "Court of Appeal", "High Court"
    shown: str  # as written: "upheld an appeal court ruling"
    start: int
    end: int


def rulings(text: str) -> list[Ruled]:
    """The lower courts whose rulings a statement says were upheld or overturned (see the module docstring).

    >>> [(r.act, r.court) for r in rulings("Judges unanimously upheld an appeal court ruling on the plan.")]
    [('upheld', 'Court of Appeal')]
    >>> [(r.act, r.court) for r in rulings("The court backed an earlier decision by the High Court.")]
    [('upheld', 'High Court')]
    >>> rulings("The court upheld a lower court ruling.")
    []
    """
    if elsewhen(text) or month_placed(text):
        return []
    out = []
    for m in _ACT.finditer(text):
        act = "upheld" if m.group("upheld") else "overturned"
        out.append(Ruled(act, _named(m.group("court") or m.group("court2")), m.group(0), m.start(), m.end()))
    return out


def courts_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different lower courts of one ruling upheld (or one overturned) stand against
    each other (see the module docstring)."""
    found = read_once(drafts, rulings)
    out = drafts
    for act in ("upheld", "overturned"):
        told = [(r, u) for r, u in found if r.act == act]
        named: dict[int, set[str]] = {}
        for r, u in told:
            named.setdefault(u.report, set()).add(r.court)
        told = [(r, u) for r, u in told if len(named[u.report]) == 1]  # two courts in one report: refuse to guess
        courts = sorted({r.court for r, _ in told}, key=lambda c: min(u.report for r, u in told if r.court == c))
        if len(courts) < 2:
            continue
        sides = [[(_figure(r, n), u) for r, u in told if r.court == court] for n, court in enumerate(courts)]
        why = f"which court's ruling was {act}: " + " vs ".join(courts)
        out = set_against(out, _ABOUT + act, sides, why=why, update=False)
    return out


def _figure(r: Ruled, n: int) -> Quantity:
    """A court as a figure of its own (``n``, the side's number), for ``set_against``."""
    return Quantity(value=n, unit=_ABOUT + r.act, low=n, high=n, written=r.court, start=r.start, end=r.end)

