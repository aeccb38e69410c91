"""The age of the youngest of a disaster's dead, and reports that give it differently.

"The dead included children as young as 4" says no one who died was younger than four; "smoke inhalation likely
killed most of the victims including a three-year-old" names one who was three. The two cannot both hold, and
such statements rarely align (each says something else besides), so ``ages_across`` sets them against each other
wherever alignment put them: the youngest age one report gives against each younger age of one of the dead that
another gives, and two youngest ages against each other. An age of one of the dead at or above the youngest
agrees with it, and two such ages never disagree (the dead are of many ages).

An age is read only as the dead's: "as young as N" after the dead or the victims in its sentence ("The dead
included children as young as 4", "victims as young as 4"), and "a N-year-old" named among the dead or the
killed ("killed ... including a three-year-old", "a 3-year-old was among the dead"). A speaker's own words give
none (``across.read_once``), and a report that gives two youngest ages is left out (refuse to guess).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.compare.across import Draft, read_once, set_against
from storyline.compare.counted import NUMBER_WORDS
from storyline.compare.quantities import Quantity

_WORDS = "|".join(sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True))
_AGE = r"(?P<n>\d{1,2}|" + _WORDS + r")"
_DEAD = r"(?:dead|victims?|killed|died|deaths?|fatalities)"
_GAP = r"[^.;:!?]{0,60}?"
# "The dead included children as young as 4", "victims as young as four months" (months are no years: left out)
_YOUNGEST = re.compile(r"\b" + _DEAD + r"\b" + _GAP + r"\bas\s+young\s+as\s+" + _AGE + r"\b(?!\s*(?:-|\s)?months?)",
                       re.I)
# "killed most of the victims including a three-year-old", "a 3-year-old was among the dead"
_ONE_OF = re.compile(
    r"\b(?:killed|dead|died|victims?)\b" + _GAP + r"\b(?:including|among\s+them)\s+(?:an?|one)\s+" + _AGE
    + r"[-\s]year[-\s]old\b|\b(?:an?|one)\s+" + _AGE.replace("?P<n>", "?P<n2>") + r"[-\s]year[-\s]old\s+"
    r"(?:\w+\s+)?(?:was|is)\s+(?:among\s+the\s+(?:dead|victims)|killed|dead)\b",
    re.I,
)
_ABOUT = "age:youngest dead"


@dataclass(frozen=True, slots=True)
class Age:
    """An age a statement gives of the dead: the youngest's (``youngest``) or one of theirs, placed where it is
    told."""

    years: int
    youngest: bool
    shown: str  # as written: "as young as 4", "a three-year-old"
    start: int
    end: int


def _years(raw: str) -> int:
    return int(raw) if raw.isdigit() else int(NUMBER_WORDS.get(raw.lower(), 0))


def ages(text: str) -> list[Age]:
    """The ages of the dead a statement gives (see the module docstring).

    >>> [(a.years, a.youngest) for a in ages("The dead included children as young as 4, a councillor said.")]
    [(4, True)]
    >>> [(a.years, a.youngest) for a in ages("The blast killed six, including a three-year-old.")]
    [(3, False)]
    """
    out = []
    for m in _YOUNGEST.finditer(text):
        if years := _years(m.group("n")):
            out.append(Age(years, True, f"as young as {m.group('n')}", m.start(), m.end()))
    for m in _ONE_OF.finditer(text):
        group = "n" if m.group("n") else "n2"
        if years := _years(m.group(group)):
            told = re.search(r"(?:an?|one)\s+\S+?[-\s]year[-\s]old", text[m.start() : m.end()], re.I)
            shown = told.group(0) if told else f"a {years}-year-old"
            out.append(Age(years, False, shown, m.start(), m.end()))
    return out


def ages_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where a youngest age of the dead stands against a younger age of one of them, or against another
    youngest age (see the module docstring)."""
    found = read_once(drafts, ages)
    youngest = [(a, u) for a, u in found if a.youngest]
    reports: dict[int, set[int]] = {}
    for a, u in youngest:
        reports.setdefault(u.report, set()).add(a.years)
    youngest = [(a, u) for a, u in youngest if len(reports[u.report]) == 1]
    if not youngest:
        return drafts
    floor = max(a.years for a, _ in youngest)
    younger = [(a, u) for a, u in found if not a.youngest and a.years < floor and u.report not in reports]
    told = youngest + younger
    values = sorted({a.years for a, _ in told}, reverse=True)
    if len(values) < 2:
        return drafts
    sides = [[(a, u) for a, u in told if a.years == v] for v in values]
    if sum(len({u.report for _, u in s}) for s in sides) != len({u.report for _, u in told}):
        return drafts  # a report on two sides: refuse to guess
    why = "age of the youngest dead: " + " vs ".join(side[0][0].shown for side in sides)
    figured = [[(_figure(a), u) for a, u in side] for side in sides]
    return set_against(drafts, _ABOUT, figured, why=why, update=False)


def _figure(a: Age) -> Quantity:
    return Quantity(value=a.years, unit=_ABOUT, low=a.years, high=a.years, written=a.shown, start=a.start,
                    end=a.end)
