"""Dates a sentence tells as a prospect, not as a day anything happens on: a deadline year, a forecast's year,
a day a deal "could come as soon as".

A timeline lists what happened and what is scheduled ("to be sentenced on March 28", "will buy the foundry ...
in 2032"). Three kinds of date told ahead are neither, and shown as dated entries they read as settled events:

- a year or a part of one a plan must be done by ("we will exit all PFAS manufacturing by the end of 2025"): a
  deadline for something done over years, not an act of that year (a day or a month a thing is due by stays: a
  deadline of days is the story's own schedule);
- a year a figure is forecast for ("expected growth to 2 million barrels a day in 2027", "projected to reach $4
  billion in 2030"): a projection, not an event; a year an act is expected in ("expects the deal to close in the
  first half of 2024") stays, as a plan;
- a year a thing is awaited by, whatever the tense the waiting is told in ("had applied in 2023, waiting for the
  approval before mid 2024"): what is awaited had not happened when the sentence tells of it;
- a day a thing might come as early as ("Bloomberg said a deal could come as soon as Wednesday"): a guess
  told on another day, which the sentence is that day's news of; what happened on the guessed day the reports
  tell in their own words.

Crude: word patterns around the date, read only where the time stage reads the date as one to come.
"""

from __future__ import annotations

import re

from storyline.extract.timex_tense import tense_direction
from storyline.model import Span, TimeExpr

__all__ = ["told_as_prospect"]

# a year, or a half, quarter or season of one: "2025", "2024-H1", "2030-Q3"
_YEARISH = re.compile(r"^\d{4}(?:-(?:H[12]|Q[1-4]|SP|SU|FA|WI))?$")
# a deadline right before the date: "by 2030", "by the end of 2025", "no later than the middle of 2026"
_DEADLINE = re.compile(
    r"(?i:\b(?:by|no\s+later\s+than|before)\s+(?:the\s+(?:end|close|middle|start|beginning)\s+of\s+"
    r"(?:the\s+year\s+)?)?(?:fiscal\s+)?(?:mid(?:dle)?[\s-]*)?$)"
)
# a wait for the deadline's act, in its clause: "waiting for the approval before mid 2024", "expecting a ruling by"
_AWAITED = re.compile(r"(?i:\b(?:wait\w*|await\w*|expect\w*|hop(?:e|ed|es|ing)|anticipat\w*)\b[^.;:!?,]{0,60}$)")
# a forecast word, then a figure, before the date in its sentence (a decimal point ends nothing): "expected growth
# to 2 million daily in", "projected to reach $4 billion by"
_FORECAST = re.compile(
    r"(?i:\b(?:expect\w*|project\w*|forecast\w*|predict\w*|estimat\w*|anticipat\w*|target\w*|outlook)\b"
    r"(?:[^.;:!?]|\.(?=\d)){0,80}?(?:\d|\b(?:double|triple|halve)\w*\b)(?:[^.;:!?]|\.(?=\d)){0,60}$)"
)
# a day a thing might come as early as: "could come as soon as Wednesday", "may be announced as early as Monday"
_AS_SOON_AS = re.compile(r"(?i:\bas\s+(?:soon|early)\s+as\s+$)")
_MODAL = re.compile(r"(?i:\b(?:could|may|might|would)\b)")
# how far before its date a forecast word may stand
_REACH = 160


def told_as_prospect(text: str, sent: Span, tx: TimeExpr, value: str) -> bool:
    """Whether the date ``tx`` (filed under ``value``) is told in ``sent`` as a deadline year, a forecast's year
    or a day a thing might come as early as (see the module docstring), so files no sentence."""
    start = max(sent.start, tx.span.start - _REACH)
    guess = _AS_SOON_AS.search(text, start, tx.span.start) is not None and _MODAL.search(
        text, sent.start, tx.span.start) is not None
    deadline = _DEADLINE.search(text, start, tx.span.start) if _YEARISH.match(value) else None
    plan = _YEARISH.match(value) is not None and (
        deadline is not None or _FORECAST.search(text, start, tx.span.start) is not None)
    # a deadline awaited is still to come, whatever tense the sentence tells the waiting in ("had filed their
    # application in 2023, waiting for the approval before mid 2024")
    if deadline is not None and _AWAITED.search(text, sent.start, deadline.start()) is not None:
        return True
    # the tense last: the patterns rule out most dates at less cost
    return (guess or plan) and tense_direction(text, tx.span.start, tx.span.end) > 0
