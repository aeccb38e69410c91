"""Updates: the words by which a report marks a figure, a date or a name as revised ("has risen to", "has since",
"initially"). A marked update of a date or a name is no conflict; of a count, a conflict that may be two
successive bulletins (``storyline.compare.counts.Disagreement.update``).

A figure is marked also by a time its statement gives it at, past the first news ("By Tuesday evening the toll
had reached 48", "Hours later, 48 were confirmed dead", "as of noon"): ``marked``.
"""

from __future__ import annotations

import re

from storyline.compare.counted import CLAUSE_MARK

UPDATE = re.compile(
    r"\b(?:rose|risen|climbed|increased|grew|jumped|fell|dropped|updated?|revised|has since|have since|"
    r"now stands|latest|later|earlier (?:reported|put|said)|initially|at first|so far)\b",
    re.I,
)
# a time a figure is given at, after the first news: "by Tuesday evening", "by nightfall", "hours later", "as of
# noon"; "by Tuesday" alone may be a deadline ("must leave by Tuesday"), so only an opener of the statement counts
_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PARTS = r"(?:morning|afternoon|evening|night|midday|noon|nightfall|dawn|dusk)"
_AS_OF = re.compile(
    r"^\W*(?:by|as\s+of)\s+(?:(?:late|early)\s+)?(?:" + _DAYS + r"(?:\s+" + _PARTS + r")?|(?:this|that|the)\s+"
    + _PARTS + r"|" + _PARTS + r"|the\s+(?:end|close)\s+of\s+(?:the\s+)?(?:day|week))\b|"
    r"\b(?:hours|days|a\s+day|a\s+few\s+hours)\s+later\b|\bas\s+of\s+(?:" + _DAYS + r"|" + _PARTS + r"|\d)",
    re.I,
)
def marked(text: str, start: int, end: int) -> bool:
    """Whether a statement marks the figure it gives at ``start:end`` as an update: its clause says so ("has risen
    to at least 78"), or the statement gives it at a later time ("By Tuesday evening, 48 people had died")."""
    clause = max((m.end() for m in CLAUSE_MARK.finditer(text, 0, start)), default=0)
    return UPDATE.search(text, clause, end) is not None or _AS_OF.search(text[:end]) is not None


# a figure a report marks as the one it superseded: "Authorities had initially put the death toll at 19", "at first
# reported 19", "originally said 19", "the initial death toll of 91 rose to 96": the report's own figure is another
# one, and this one is history
EARLIER = re.compile(
    r"\b(?:initially|at\s+first|originally|first\s+(?:reported|put|said)|earlier\s+(?:reported|put|said)"
    r"|(?:initial|original|first|earlier)\s+(?:death\s+|casualty\s+)?(?:toll|count|tally|figure|estimate)s?)\b",
    re.I,
)


def superseded_figure(text: str, end: int) -> bool:
    """Whether a statement marks the figure that ends at ``end`` as the one its report has since revised, in the
    figure's clause ("had initially put the death toll at 19"), with no mark of an update there besides
    ("initially put at 19, has since risen to 21" tells the later figure too)."""
    clause = max((m.end() for m in CLAUSE_MARK.finditer(text, 0, end)), default=0)
    told = text[clause:end]
    # a figure's words may run past it into the update that follows ("the initial death toll of 91 rose"): only a
    # mark before its last figure tells that figure as the later one
    digits = [m.end() for m in _DIGITS.finditer(told)]
    before = told[: digits[-1]] if digits else told
    return EARLIER.search(before) is not None and UPDATE.search(EARLIER.sub("", before)) is None


_DIGITS = re.compile(r"\d[\d,.]*")
