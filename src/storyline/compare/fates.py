"""Fates: what became of a group of people, as each report tells it ("five of the six crew are unaccounted for" /
"the five other crewmembers had been found dead").

A fate is read where a statement counts a known group of people (a definite or partitive count: "the five",
"all five", "the five other crewmembers", "five of the six crew", "five out of the six crew") and says in the
same clause what state they are in: dead ("found dead", "confirmed dead", "were killed"), missing ("unaccounted
for", "missing"), their condition unknown ("their condition was not immediately known"), safe ("escaped",
"rescued", "survived") or hurt. Two reports that give one group two states that cannot both hold (dead and
missing, dead and safe, missing and safe ...) disagree, though often as successive bulletins: a crew first
unaccounted for is later found dead (``FateConflict.update``).

One group is one count of people, of the same thing ("crew", "crewmembers") or of the same whole ("of the six"),
or a count that names nothing ("the five were later found"). Does NOT read indefinite counts ("killing five
coast guard members": a toll, compared as one by ``storyline.compare.conflicts``), nor tell two groups of one
size apart when a report names neither's members.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORDS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)  # fmt: skip
_VALUE = {w: n for n, w in enumerate(_WORDS, 2)}
_NUMBER = r"(?:\d{1,4}|" + "|".join(_WORDS) + r")"
_GROUP = re.compile(
    r"(?P<det>\b(?:all\s+(?:the\s+)?|the\s+|these\s+|those\s+))?\b(?P<num>" + _NUMBER + r")\b"
    r"(?P<other>\s+(?:other|remaining))?"
    r"(?:\s+(?:out\s+)?of\s+(?:the|its|their)\s+(?P<whole>" + _NUMBER + r")\b)?"
    r"(?P<noun>(?:\s+(?!(?:were|was|are|is|had|have|has|on|of|in|at|to|by|for|from|with|aboard|who|whose|that|which)\b)[a-z][a-z-]*){0,3})",
    re.I,
)
# what ends the clause that tells a group's state ("are unaccounted for, while the captain escaped")
_CLAUSE_END = re.compile(r"[.;!?]|,?\s+(?:while|whereas|although|though|as|and\s+(?:the|a|an|its|their))\s", re.I)
# the states, as a report may word them; the first one written after the count is the group's
_STATES = (
    ("unknown", r"\bcondition\w*\s+(?:was|were|is|are|remains?|remained)\s+(?:also\s+|still\s+)?(?:not\s+"
                r"(?:immediately\s+|yet\s+)?(?:known|clear)|unknown|unclear)"),
    ("dead", r"\b(?:(?:found|confirmed|declared|pronounced|presumed)\s+dead|dead|died|killed|perished)\b"),
    ("missing", r"\b(?:unaccounted\s+for|missing)\b"),
    ("safe", r"\b(?:escaped|rescued|survived|safe|alive|unhurt|uninjured)\b"),
    ("hurt", r"\b(?:injured|hurt|wounded)\b"),
)
_STATE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _STATES), re.I)
# two states that cannot hold of one group at once; those with an earlier state of a search (missing, condition
# unknown) against a later one are likely successive bulletins
_EXCLUSIVE = frozenset({
    frozenset(p) for p in (("dead", "missing"), ("dead", "unknown"), ("dead", "safe"), ("dead", "hurt"),
                           ("missing", "safe"), ("missing", "hurt"))
})  # fmt: skip
_EARLIER = frozenset({"missing", "unknown"})
# one group named several ways ("crewmembers", "crew members", "crewmen"); words that name no group
_SAME = {"crewmember": "crew", "crewman": "crew", "crewmen": "crew"}
_NOT_GROUP = frozenset({"members", "member", "people", "person", "persons", "others", "of", "the", "later", "also",
                        "still", "now", "then", "all"})


@dataclass(frozen=True, slots=True)
class Fate:
    """A count of a known group and its state, with where the statement tells them (its own offsets)."""

    count: int
    group: tuple[str, ...]  # the words of what is counted ("crew"), in order; empty for "the five"
    whole: int | None  # the group it is part of ("of the six"): 6
    state: str  # dead | missing | unknown | safe | hurt
    said: str  # the state as written ("are unaccounted for" -> "unaccounted for")
    start: int
    end: int


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _VALUE[word.lower()]


def _group(noun: str) -> tuple[str, ...]:
    """The words of what a count is of, singular, in order, one group's other names as one ("crewmembers":
    "crew")."""
    words = []
    for w in noun.lower().split():
        w = w.removesuffix("s") if len(w) > 3 and not w.endswith("ss") else w
        words.append(_SAME.get(w, w))
    return tuple(w for w in words if w not in _NOT_GROUP)


def fates(text: str) -> list[Fate]:
    """The fates a statement tells (see the module docstring); an indefinite count ("five people") tells none."""
    out = []
    for m in _GROUP.finditer(text):
        if not (m.group("det") or m.group("other") or m.group("whole")):
            continue
        if re.match(r"\s*(?:%|percent|years?\b|-)", text[m.end("num") :], re.I):
            continue
        clause = _CLAUSE_END.search(text, m.end())
        stop = clause.start() if clause else len(text)
        state = _STATE.search(text, m.end(), stop)
        if state is None or state.lastgroup is None:
            continue
        whole = m.group("whole")
        said = "condition unknown" if state.lastgroup == "unknown" else " ".join(state.group(0).lower().split())
        out.append(Fate(count=_value(m.group("num")), group=_group(m.group("noun") or ""),
                        whole=_value(whole) if whole else None, state=state.lastgroup,
                        said=said, start=m.start(), end=state.end()))
    return out


def one_group(x: Fate, y: Fate) -> bool:
    """Whether two fates may be told of one group: one count, and the same thing counted, the same whole, or a
    count that names nothing."""
    if x.count != y.count:
        return False
    if x.whole and y.whole:
        return x.whole == y.whole
    return not x.group or not y.group or bool(set(x.group) & set(y.group))


def exclusive(a: str, b: str) -> bool:
    """Whether two states cannot hold of one group at once."""
    return frozenset((a, b)) in _EXCLUSIVE


@dataclass(frozen=True, slots=True)
class FateConflict:
    count: int  # how many the group is
    why: str  # "5 crew: unaccounted for vs found dead"
    update: bool  # an earlier state of a search against a later one: likely successive bulletins


def described(count: int, fates_told: list[Fate]) -> str:
    """A group as a conflict names it: its count and what it is of, as the first report that names it writes it."""
    named = next((f for f in fates_told if f.group), None)
    return f"{count} {' '.join(named.group)}" if named else str(count)


def fate_conflict(a: str, b: str) -> FateConflict | None:
    """How two statements disagree on what became of one group of people, or None."""
    for x in fates(a):
        for y in fates(b):
            if one_group(x, y) and exclusive(x.state, y.state):
                update = bool({x.state, y.state} & _EARLIER)
                why = f"{described(x.count, [x, y])}: {x.said} vs {y.said}"
                return FateConflict(count=x.count, why=why, update=update)
    return None


def likely_update(states: set[str]) -> bool:
    """Whether several states of one group are likely successive bulletins (one of them an earlier state)."""
    return bool(states & _EARLIER)
