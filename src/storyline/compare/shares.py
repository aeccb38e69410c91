"""Shares: a percentage a report ties to a named holder ("Milei took 55.75 percent", "Massa won just over 44%",
"show Milei with over 55% of votes", "the Milei's 55.8 %", "44% for Massa"), keyed on that holder so that the
figures of one candidate's or party's share can be compared across reports whose sentences do not align.

A share is read only where the sentence ties the figure to its holder by a verb of getting (took, won,
obtained, received, ...), with the holder as its subject (an apposition between them allowed: "Milei, the
libertarian economist, took"), by "with" right after the name, by a possessive, or by "for" after the figure.
The holder is the name's last word ("Massa" of "Peronist Massa"); "he"/"she" is the one person named before it in
the statement. A figure of what was counted ("with 98 percent counted", "94% of votes counted") is nobody's share.

Figures of one holder agree when their ranges meet: a figure given to a decimal place is a rounding of it (55.8
is 55.75 to 55.85), a whole figure allows one point either way (reports round and cut: "55%" for 55.75), and a
hedge reads as ``storyline.compare.conflicts`` reads it ("about 56", "just over 44").

Does NOT tell two rounds of a vote apart (only figures tied to the holder as above are read, and a figure of
another round is mostly told another way: "victory in the primary with 38%"), nor shares of anything else than
what the holder got.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.compare.conflicts import quantities

_NAME = r"(?P<name>(?:[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+|\b[Hh]e\b|\b[Ss]he\b)"
_GOT = (r"took|takes|taking|won|wins|winning|obtained|obtains|obtaining|got|gets|getting|received|receives|"
        r"receiving|garnered|garners|secured|secures|polled|polls|scored|captured|claimed|collected")
# the holder and what ties it to the figure just after: a verb of getting, "with", a possessive
_BEFORE = (
    re.compile(_NAME + r"(?:\s*,[^,.;:]{1,80},)?\s+(?:(?:has|had|have|who|which|just|only|reportedly|also)\s+)*"
               r"(?:" + _GOT + r")\b(?:\s+(?!with\b)[\w’'-]+){0,6}?\s+(?:with\s+)?(?:the\s+|a\s+)?$"),
    re.compile(_NAME + r"\s+with\s+(?:the\s+)?$"),
    re.compile(_NAME + r"['’]s\s+$"),
)
_AFTER = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:votes?|ballots?)\s+)?for\s+" + _NAME)
# what follows a figure of the count itself: "with 98 percent counted", "94% of votes counted"
_COUNTED = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:votes?|ballots?|polling\s+stations?|poll\s+stations?|precincts?)\s+)?"
    r"(?:counted|tallied|reporting|scrutinized|scrutinised|processed|in)\b", re.I
)
_CLAUSE = re.compile(r"[.;:!?]|\s(?:while|whereas|against|but)\s|,\s+(?:with|and)\s")


@dataclass(frozen=True, slots=True)
class Share:
    """A percentage tied to its holder, with the range it allows and where the statement tells it."""

    holder: str  # the holder's name's last word, lower case: "massa"
    written: str  # the figure as written, hedge included: "just over 44"
    value: float
    low: float
    high: float
    start: int
    end: int


def _rounded(raw: str, value: float) -> tuple[float, float]:
    """The range a bare figure stands for: half its last decimal either way, one point for a whole figure."""
    decimals = len(raw.partition(".")[2])
    half = 0.5 * 10.0**-decimals if decimals else 1.0
    return value - half, value + half


def _holder(text: str, name: str, at: int, people: Sequence[tuple[int, int, str]]) -> str | None:
    """The key of the holder written ``name`` at ``at``: the last word of its name; for a pronoun, the one person
    named before it by a full name (``people``: ``(start, end, name)`` in ``text``). Which mention a pronoun is
    itself a mention of is not trusted, nor is a one-word name (a capitalized word read as a person: "the
    Primary round")."""
    if name.lower() in ("he", "she"):
        before = {n.split()[-1].lower() for s, _, n in people if s < at and len(n.split()) > 1}
        return before.pop() if len(before) == 1 else None
    for s, e, n in people:
        if s <= at + len(name) - 1 < e and n.split():
            return n.split()[-1].lower()
    return name.split()[-1].lower()


def shares(text: str, people: Sequence[tuple[int, int, str]] = ()) -> list[Share]:
    """The shares a statement ties to a holder (see the module docstring); ``people`` are the statement's
    mentions of people and parties as ``(start, end, name)`` in its offsets, for pronouns and full names."""
    out = []
    for q in quantities(text):
        if q.unit != "percent":
            continue
        after_at = re.search(r"%|percent|per\s+cent|pc\b", text[q.start :], re.I)
        tail = q.start + after_at.end() if after_at else q.end
        if _COUNTED.match(text, tail):
            continue
        clause_start = max((m.end() for m in _CLAUSE.finditer(text, 0, q.start)), default=0)
        before = text[clause_start : q.start]
        found = next((m for pattern in _BEFORE if (m := pattern.search(before))), None)
        at = clause_start + found.start("name") if found else -1
        if found is None and (after := _AFTER.match(text, tail)):
            found, at = after, after.start("name")
        if found is None:
            continue
        holder = _holder(text, found.group("name"), at, people)
        if holder is None:
            continue
        raw = re.search(r"\d[\d,.]*", text[q.start : tail])
        bare = not q.bound and q.written.strip()[:1].isdigit()
        low, high = _rounded(raw.group(0).rstrip(".,"), q.value) if bare and raw else (q.low, q.high)
        written = re.sub(r"\s*(?:%|percent|per\s+cent|pc)$", "", " ".join(text[q.start : tail].split()), flags=re.I)
        out.append(Share(holder=holder, written=written,
                         value=q.value, low=low, high=high, start=q.start, end=tail))
    return out


def agree(x: Share, y: Share) -> bool:
    """Whether two figures of one holder's share may both be said of it."""
    return x.low <= y.high and y.low <= x.high
