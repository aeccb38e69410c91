"""Shares: a percentage a report ties to a named holder ("Milei took 55.75 percent", "Massa won just over 44%",
"show Milei with over 55% of votes", "the Milei's 55.8 %", "44% for Massa"), keyed on that holder so that the
figures of one candidate's or party's share can be compared across reports whose sentences do not align.

A share is read only where the sentence ties the figure to its holder by a verb of getting (took, won,
obtained, received, ...), with the holder as its subject (an apposition between them allowed: "Milei, the
libertarian economist, took"), by "with" right after the name, by a possessive, or by "for" after the figure.
The holder is the name's last word ("Massa" of "Peronist Massa"); "he"/"she" is the one person named before it in
the statement. A figure of what was counted ("with 98 percent counted", "94% of votes counted") is nobody's share.

Figures of one holder agree when their ranges meet: a figure given to a decimal place is a rounding of it (55.8
is 55.75 to 55.85), a whole figure is a rounding of it or the figure cut at its point (reports round and cut:
"55%" for 55.75, so 55 is 54.5 to 56, and no "57%"), and a hedge reads as ``storyline.compare.conflicts`` reads
it ("about 56", "just over 44").

Each share is of a vote (``Share.vote``): the one the story is about unless the statement places it in another,
"the first round", "the primary", "the previous election", a year ("in 2018"); a run-off or a second round is the
deciding vote, the one a story of a result is about. Only figures of one vote are compared: "Muizzu led the first
round as well, garnering 46% of the votes, followed by President Solih with 39%" is no other figure of Solih's 46%
in Saturday's run-off. Does NOT tell two votes apart that the statement does not place ("Solih won 58%" of his
2018 win, told without the year), nor read a share of anything else than what the holder got.

The turnout of a vote ("turnout stood at 87%", "an 87 percent turnout", "About 85 per cent of 282,000 eligible
voters turned up", "..., representing 87% of the eligible voters" after a turnout) is read as a share of its own
(``turnouts``), held by "turnout".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.compare.quantities import ABOUT, Quantity, quantities

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
    vote: str = ""  # the vote it is of, when the statement places it in another: "first round", "2018"
    near_low: float = 0.0  # of a hedged figure ("about 85"), the range of the figure as written: 84 to 86
    near_high: float = 0.0


def _rounded(raw: str, value: float) -> tuple[float, float]:
    """The range a bare figure stands for: half its last decimal either way; a whole figure, half a point below and
    one above (a cut: "55" of 55.75)."""
    decimals = len(raw.partition(".")[2])
    half = 0.5 * 10.0**-decimals if decimals else 0.5
    return value - half, value + (half if decimals else 1.0)


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
        out.append(_share(text, holder, q, tail))
    return out


def _share(text: str, holder: str, q: Quantity, tail: int) -> Share:
    """The share of ``holder`` that figure ``q`` gives, told up to ``tail`` (its "%" or "per cent")."""
    raw = re.search(r"\d[\d,.]*", text[q.start : tail])
    bare = not q.bound and q.written.strip()[:1].isdigit()
    low, high = _rounded(raw.group(0).rstrip(".,"), q.value) if bare and raw else (q.low, q.high)
    near_low, near_high = _rounded(raw.group(0).rstrip(".,"), q.value) if _about(q) and raw else (low, high)
    written = re.sub(r"\s*(?:%|percent|per\s+cent|pc)$", "", " ".join(text[q.start : tail].split()), flags=re.I)
    return Share(holder=holder, written=written, value=q.value, low=low, high=high, start=q.start, end=tail,
                 vote=vote_of(text, q.start, tail), near_low=near_low, near_high=near_high)


def _about(q: Quantity) -> bool:
    """Whether a figure is hedged as near ("about 85", "nearly 56"), not bounded ("just over 44")."""
    written = q.written.lower()
    return not q.bound and any(written.startswith(h + " ") for h in ABOUT)


# where a statement places a vote: a round before the deciding one, a primary, an earlier election, a year; a
# run-off or a second round is the deciding vote, which a story of a result is about ("")
_VOTE = re.compile(
    r"(?P<first>\bfirst[\s-]+round\b|\b(?:initial|opening)\s+round\b|\bfirst\s+ballot\b)|"
    r"(?P<deciding>\bsecond[\s-]+round\b|\brun-?offs?\b|\bfinal\s+round\b)|"
    r"(?P<primary>\bprimar(?:y|ies)\b)|"
    r"(?P<previous>\b(?:previous|last|earlier|prior|past)\s+(?:(?:presidential|general|parliamentary|national)\s+)?"
    r"(?:elections?|votes?|polls?|races?|contests?)\b(?!\s+count))|"
    r"(?P<year>\b(?:19|20)\d\d\b(?![,.]?\d))",
    re.I,
)
# a statement that tells of a vote, where a year or "the first round" places a figure in a vote of its own
VOTING = re.compile(
    r"\b(?:votes?|voted|voters|ballots?|elections?|polls?|run-?offs?|rounds?|primar(?:y|ies)|turnout)\b", re.I
)
# where the clause a figure is told in ends, after it: "46% in the first round, up from ..."
_CLAUSE_END = re.compile(r"[,;.:!?]|\s(?:and|but|while|whereas|against)\s")


def _place(m: re.Match[str]) -> str:
    kind = m.lastgroup or ""
    return {"deciding": "", "year": m.group(0)}.get(kind, kind.replace("first", "first round"))


def vote_of(text: str, start: int, end: int) -> str:
    """The vote a figure told at ``start``..``end`` is of: a place in its own clause after it ("won 46% in the
    first round"), else the nearest before it in the statement that no earlier figure's clause holds ("Muizzu led
    the first round as well, garnering 46% of the votes, followed by President Solih with 39%"; not the first
    round of "Muizzu, who won 46% in the first round, took 54%"); "" for the vote the story is about.

    >>> vote_of("Venn won 46% in the first round.", 5, 12)
    'first round'
    """
    clause_end = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    after = next(iter(_VOTE.finditer(text, end, clause_end)), None)
    if after:
        return _place(after)
    held = [range(m.end(), next((c.start() for c in _CLAUSE_END.finditer(text, m.end())), len(text)))
            for m in re.finditer(r"%|\bper\s*cent\b|\bpercent\b", text[:start], re.I)]
    before = [m for m in _VOTE.finditer(text, 0, start) if not any(m.start() in r for r in held)]
    return _place(before[-1]) if before else ""


def agree(x: Share, y: Share, *, near: bool = False) -> bool:
    """Whether two figures of one holder's share may both be said of it; ``near``: as written, a hedge aside
    ("about 85" is 84 to 86, not 87)."""
    if near:
        return x.near_low <= y.near_high and y.near_low <= x.near_high
    return x.low <= y.high and y.low <= x.high


# the holder of a turnout, a share of the electorate that voted
TURNOUT = "turnout"
_PERCENT = re.compile(r"%|percent\b|per\s+cent\b|pc\b", re.I)
# "turnout stood at 87%", "turnout of about 85 percent", "voter turnout rose to 71%", "Turnout in the first round
# was 79%": a few words without a figure, then one that gives the level (not "turnout fell 5%": a change)
_TURNOUT_BEFORE = re.compile(
    r"\bturnout(?:\s+[A-Za-z'’-]+){0,5}?\s+(?:was|is|were|of|at|reached|hit|to|around|near|put|stood)\s+$", re.I
)
# "an 87 percent turnout", "87% voter turnout"
_TURNOUT_AFTER = re.compile(r"\s*(?:voter\s+)?turnout\b", re.I)
# "85 per cent of 282,000 eligible voters", "87% of the eligible voters", "71% of the electorate"
_OF_VOTERS = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:country's\s+|nation's\s+)?(?:[\d,.]+\s+(?:million\s+)?)?"
    r"(?:eligible\s+|registered\s+)?(?:voters|electorate)\b",
    re.I,
)
# the voters turned out ("turned up at polling stations", "cast their ballots"), but not for someone: "voted for";
# where they live and a clause set off by commas may come first ("voters in the country, which is known for its
# pristine beaches, turned up")
_VOTED = re.compile(
    r"(?:\s+(?:in|across)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?(?:\s*,[^,.;]{1,120},)?"
    r"\s+(?:had\s+|have\s+)?(?:turned\s+(?:out|up)|voted|cast\s+(?:their\s+)?(?:votes?|ballots?)|went\s+to\s+the\s+"
    r"polls|showed\s+up)\b(?!\s+(?:for|against|in\s+favou?r)\b)",
    re.I,
)
# a figure of voters that restates a turnout told before it: "turnout with 245,915 people casting their votes,
# representing 87% of the eligible voters"
_RESTATED = re.compile(r"\b(?:representing|amounting\s+to|equal\s+to|or)\s+$", re.I)


def turnouts(text: str) -> list[Share]:
    """The turnouts a statement gives, as shares held by ``TURNOUT`` (see the module docstring): a percentage
    told as turnout, or as a share of the voters that turned out; not a change in it ("turnout fell 5%").

    >>> [(s.holder, s.written) for s in turnouts("About 85 per cent of 282,000 eligible voters turned up.")]
    [('turnout', 'About 85')]
    """
    out = []
    for q in quantities(text):
        if q.unit != "percent":
            continue
        after_at = _PERCENT.search(text, q.start)  # a count ends past what it counts: "87 percent voter turnout"
        tail = after_at.end() if after_at else q.end
        before = text[: q.start]
        of_voters = _OF_VOTERS.match(text, tail)
        told = (
            _TURNOUT_BEFORE.search(before)
            or _TURNOUT_AFTER.match(text, tail)
            or (of_voters and _VOTED.match(text, of_voters.end()))
            or (of_voters and _RESTATED.search(before) and re.search(r"\bturnout\b", before, re.I))
        )
        if told:
            out.append(_share(text, TURNOUT, q, tail))
    return out
