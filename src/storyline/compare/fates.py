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

A statement that no one of a whole group was hurt ("No one was injured", "All 212 people on board escaped
unharmed") is read too (``unharmed``), for ``storyline.compare.across`` to set against a count of the injured.
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
# a count of those a state is not said of: "all but two of the 181 passengers and crew on board were killed"
_ALL_BUT = re.compile(r"\ball\s+(?:but|except(?:\s+for)?|save)\s+$", re.I)
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
        if _ALL_BUT.search(text, 0, m.start("num")):
            continue  # "all but two of the 181 ... were killed": the state is the others', and the two's unsaid
        clause = _CLAUSE_END.search(text, m.end())
        stop = clause.start() if clause else len(text)
        state = _STATE.search(text, m.end(), stop)
        while state is not None and state.lastgroup in _EARLIER and _PAST_STATE.search(text, m.end(), state.start()):
            # "the four brothers who were missing after the crash", "who had been missing ... were found alive": a
            # state they were in, since ended; the state told after it is theirs now
            state = _STATE.search(text, state.end(), stop)
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


# a state told as one the group was in before ("who were missing after the crash", "had been missing"), not as
# still holding ("are missing", "remain missing", "were still missing")
_PAST_STATE = re.compile(
    r"\b(?:(?:who|that|which)\s+(?:were|was)|had\s+(?:been|gone))\s+(?:reported\s+)?$", re.I
)


def likely_update(states: set[str]) -> bool:
    """Whether several states of one group are likely successive bulletins (one of them an earlier state)."""
    return bool(states & _EARLIER)


@dataclass(frozen=True, slots=True)
class Unharmed:
    """A statement that no one of a whole group was hurt, with where it says so (its own offsets): "No one was
    injured", "All 212 people on board escaped unharmed", "everyone got out unhurt". ``reported`` when it tells
    only what was known then ("no injuries were reported"), which a later count of the injured may update."""

    group: frozenset[str]  # what the whole group is ("passenger", "crew"); empty for everyone ("no one")
    reported: bool
    start: int
    end: int

    @property
    def everyone(self) -> bool:
        """Whether the group is every person the story counts: no one, everyone, all the people, or all on board
        ("all passengers and crew")."""
        return not self.group or bool(self.group & _ANY_PERSON) or {"passenger", "crew"} <= self.group


# no one at all hurt: "No one was injured", "nobody on board was hurt"; "no one on the ground was hurt" or "no one
# was seriously hurt" says nothing of everyone
_NOBODY = re.compile(
    r"\b(?:no\s*-?\s*one|nobody)(?:\s+(?:on\s+board|aboard))?\s+(?:was|were|had\s+been|has\s+been|got)\s+"
    r"(?:hurt|injured|harmed|wounded)\b(?!\s+(?:on|in|at|among)\b)",
    re.I,
)
# no injuries, as known when the report was written: "No injuries were reported", "there were no reported injuries"
_NONE_REPORTED = re.compile(
    r"\bno\s+(?:immediate\s+)?(?:reported\s+injuries|injuries\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:immediately\s+)?reported|reports?\s+of\s+(?:any\s+)?injur(?:y|ies))\b",
    re.I,
)
# the state of a group none of which was hurt: "escaped unharmed", "were unhurt", "got out without a scratch"
_UNHARMED = re.compile(r"\b(?:unharmed|unhurt|uninjured|without\s+(?:a\s+scratch|(?:any\s+)?injur(?:y|ies)))\b", re.I)
# what makes a group whole: "all", "all of the", "everyone", "379 people in total"; "almost all", "all but two",
# "not all" leave some out
_WHOLE = re.compile(
    r"(?<!not\s)(?<!almost\s)(?<!nearly\s)(?<!virtually\s)(?<!practically\s)"
    r"\b(?:(?P<all>all)\b(?!\s+but\b)(?:\s+of)?(?:\s+(?:the|its|their))?|(?P<every>everyone|everybody)\b|"
    r"(?P<total>in\s+total|in\s+all)\b)",
    re.I,
)
# where the clause that names the group ends, looking back from its state ("All flights were cancelled and the
# pilot escaped unharmed": the pilot, not all flights)
_CLAUSE_BACK = re.compile(
    r"[.;!?]|\s(?:and|but|while|whereas|although|though)\s+(?:the|a|an|its|their|his|her)\s", re.I
)
# the words that name every person ("all 379 people"); the words after a group's noun that name no group
_ANY_PERSON = frozenset({"people", "person", "occupant", "one", "everyone", "everybody"})
_GROUP_WORDS = re.compile(r"[a-z]+", re.I)
_NOT_NOUN = frozenset({"the", "of", "its", "their", "on", "board", "aboard", "and", "who", "were", "was", "had",
                       "believed", "to", "be", "in", "total", "all", "some", "about", "around", "nearly", "almost",
                       "more", "than", "over", "flight", "plane", "jet", "train", "bus", "ship", "ferry"})


def _nouns(text: str) -> frozenset[str]:
    """The nouns of a whole group's words ("passengers and crew", "379 people"), singular, its figure and the
    words of place and joining left out."""
    words = [w.lower() for w in _GROUP_WORDS.findall(text)]
    return frozenset(
        _SAME.get(w, w) for w in (x.removesuffix("s") if len(x) > 3 and not x.endswith("ss") else x for x in words
                                  if x not in _NOT_NOUN and x not in _VALUE)
    )


def _group_after(text: str) -> frozenset[str]:
    """What a whole group is, from the words after its "all" up to its verb or a comma ("all passengers and
    crew, believed to be ...": passenger, crew)."""
    head = re.split(r"[,;:()\-–—]|\b(?:were|was|had|escaped|got|walked|are|is)\b", text, maxsplit=1)[0]
    return _nouns(" ".join(head.split()[:5]))


def unharmed(text: str) -> list[Unharmed]:
    """The places where a statement says no one of a whole group was hurt (see ``Unharmed``). A named person or a
    group with no mark of being whole ("The pilot escaped unharmed", "most passengers were unhurt") tells none:
    others may be hurt."""
    out = [Unharmed(group=frozenset(), reported=False, start=m.start(), end=m.end()) for m in _NOBODY.finditer(text)]
    out += [Unharmed(group=frozenset(), reported=True, start=m.start(), end=m.end())
            for m in _NONE_REPORTED.finditer(text)]
    for m in _UNHARMED.finditer(text):
        begin = max((b.end() for b in _CLAUSE_BACK.finditer(text, 0, m.start())), default=0)
        wholes = list(_WHOLE.finditer(text, begin, m.start()))
        if not wholes:
            continue
        group: set[str] = set()
        for w in wholes:
            if w.group("every"):
                group.add("everyone")
            elif w.group("total"):  # "believed to be 379 people in total": the words before it
                group |= _nouns(" ".join(text[begin : w.start()].split()[-2:]))
            else:  # "all 212 passengers escaped unharmed", or "the passengers were all unhurt"
                group |= _group_after(text[w.end() : m.start()]) or _nouns(text[begin : w.start()])
        if not group:
            continue  # "All were unhurt": all of whom another sentence tells
        out.append(Unharmed(group=frozenset(group), reported=False, start=wholes[0].start(), end=m.end()))
    return sorted(out, key=lambda u: u.start)
