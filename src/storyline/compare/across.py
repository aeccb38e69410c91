"""Figures and states set against each other across a story's facts, wherever alignment put their statements.

Alignment groups a story's statements by their wording; reports that tell one count, one group's fate or one
holder's share in other words end up in different groups, each a fact that nothing sets against the others.
Here, after the groups were split on what their own statements disagree on (``storyline.compare.facts``), the
tolls of a disaster and the amounts of a deal (``tolls_across``), the states of a known group of people
(``fates_across``: ``storyline.compare.fates``) and the shares a vote gives its candidates (``shares_across``:
``storyline.compare.shares``) are sorted into sides that agree, and each side is set against every other: its
statements' drafts become conflicts, and a statement no draft of its side holds joins one as the clause that
tells the figure.

Does NOT align anything: a draft here is a fact in the making (``Draft``), and ``storyline.compare.facts`` makes
the facts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from storyline.calendar_words import month_spellings
from storyline.compare.align import Unit
from storyline.compare.conflicts import (
    Quantity,
    agree,
    deal_amounts,
    figure_of,
    is_money,
    quantities,
    said_of,
    toll_counts,
)
from storyline.compare.counted import NUMBER_WORDS
from storyline.compare.fates import Fate, described, exclusive, fates, likely_update, one_group, unharmed
from storyline.compare.shares import Share, shares, turnouts
from storyline.compare.shares import agree as share_agree
from storyline.compare.tolls import bulletins, month_placed
from storyline.compare.updates import UPDATE
from storyline.model import Span


@dataclass(frozen=True, slots=True)
class Draft:
    units: tuple[Unit, ...]
    rivals: tuple[int, ...] = ()  # indexes of the drafts it conflicts with
    why: str = ""
    update: bool = False  # the figures may be successive updates (``Disagreement.update``)
    about: str = ""  # what the disagreement is on ("people died"), when it is on one count


def renumbered(kept: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """``kept`` (drawn from ``drafts``) with each conflict partner's index pointing into ``kept``."""
    index = {id(d): i for i, d in enumerate(kept)}
    return [replace(d, rivals=tuple(index[id(drafts[r])] for r in d.rivals)) if d.rivals else d for d in kept]


def joined_clusters(drafts: list[Draft], members: Mapping[int, list[int]], cluster: Sequence[int]) -> list[Draft]:
    """``drafts`` with each cluster of joined drafts (``members``: a cluster's first draft -> its drafts;
    ``cluster``: each draft's first draft) made one draft holding their statements in draft order, renumbered. A
    conflict is never joined: its drafts stay as they were."""
    kept = [
        replace(d, units=tuple(u for k in sorted(members[n]) for u in drafts[k].units)) if len(members[n]) > 1 else d
        for n, d in enumerate(drafts)
        if cluster[n] == n
    ]
    return renumbered(kept, drafts)


def worded(unit: Unit) -> bool:
    """Whether a statement is a speaker's own words (a quote, or a sentence of one)."""
    return unit.kind == "quote" or unit.worded


def tolls_across(drafts: list[Draft], partial: frozenset[Span] = frozenset()) -> list[Draft]:
    """Drafts where the reports' different figures for one toll stand against each other, wherever alignment put
    the statements that give them.

    A sentence often tells two tolls at once ("... has risen to at least 78, ..., with more than 115,000 people
    displaced"), and aligns with the sentences of another report that tell one of them, or tell them with other
    words: the figures of a toll end up in different groups, each a fact that nothing sets against the others.
    Here each toll's figures (``toll_counts``: the dead, the hurt, the missing, the displaced) are sorted into
    sides of figures that agree (``_sides``); a side that a group's split on that toll already made keeps its
    statements, and each other statement of a side joins it as the clause that gives the figure (``clause``).
    Every side of a toll then conflicts with every other, the figures written out ("at least 78 vs at least 75
    vs 66 people died") and marked as possibly successive updates: tolls are revised as they grow.

    A report that no one was hurt ("No one was injured", "all 212 people on board escaped unharmed":
    ``fates.unharmed``) gives the hurt a toll of none, set against the others' counts of the injured ("at least 17
    people hurt vs none"), as a possible update only when it tells what was known then ("no injuries were
    reported").

    The amount a deal is agreed at is set against its other figures the same way ("a £95 million deal" / "will
    pay an initial £100m": ``deal_amounts``), though not as an update, and never from a speaker's own words.

    Statements that nothing aligned may count different things, so two guards keep a toll to one count: a
    statement that places itself at another time (a month alone, a year: "In February, a gunman killed three")
    tells of another event or an earlier bulletin (``_ELSEWHEN``), and a side whose figure is far below the
    largest (``conflicts.FAR``) is likely a part of the toll or another one. Does NOT tell a part of a toll told
    without a marker and near the whole ("in Dunmore, 30 people died" beside "48 died") from another report of it.

    A tally that its report says leaves a place out (``partial``: "But the tally did not include Marrowby") is
    no toll of it, and stands against no other.

    The number of members of a named body is set against its other numbers the same way (``sizes_across``).
    """
    mentions: dict[str, list[tuple[Quantity, Unit]]] = {}
    seen: set[tuple[int, int]] = set()
    placed: set[str] = set()  # the tolls of an earlier month ("people died in August")
    for draft in drafts:
        for u in draft.units:
            month = month_placed(u.text)
            if (_ELSEWHEN.search(u.text) and not month) or u.span in partial:
                continue
            told = toll_counts(u.text) + ([] if worded(u) or month else deal_amounts(u.text) + _none_hurt(u.text))
            for about, q in told:
                if (u.report, u.span.start + q.end) not in seen:
                    seen.add((u.report, u.span.start + q.end))
                    key = f"{about} in {month}" if month else about
                    if month:
                        placed.add(key)
                    mentions.setdefault(key, []).append((q, u))
    out = list(drafts)
    for about, found in mentions.items():
        sides = bulletins(about, found)
        if not sides:
            continue  # one side, or one report on two sides (a headline rounding its own figure): refuse to guess
        why, update = _against_none(about, sides)
        # an earlier month's toll told twice is told after its bulletins: two figures are no updates
        out = set_against(out, about, sides, why=why, update=False if about in placed else update)
    return sizes_across(out)


_HURT = "people hurt"


def _none_hurt(text: str) -> list[tuple[str, Quantity]]:
    """"No one was hurt" and "all 212 people on board escaped unharmed" as a toll of the hurt: none
    (``fates.unharmed``). Only a whole group of every person counts: "all 212 passengers escaped unharmed" says
    nothing of the crew or of anyone on the ground, and "the pilot escaped unharmed" nothing of anyone else."""
    return [
        (_HURT, Quantity(value=0, unit="people", low=0, high=0, verbs=frozenset({"hurt"}), start=n.start, end=n.end,
                         written="none", role=_REPORTED if n.reported else ""))
        for n in unharmed(text)
        if n.everyone
    ]


# of a toll of none hurt: told only as known then ("no injuries were reported"), which a later count may update
_REPORTED = "reported"


def _none(side: Sequence[tuple[Quantity, Unit]]) -> bool:
    return all(q.value == 0 for q, _ in side)


def _against_none(about: str, sides: Sequence[Sequence[tuple[Quantity, Unit]]]) -> tuple[str | None, bool | None]:
    """How a toll that one side says is none reads ("at least 17 people hurt vs none"), and whether it may be an
    update: only when every report of none tells what was known then ("no injuries were reported"); "all 212
    people on board escaped unharmed" and "at least 17 people were injured" cannot both hold."""
    none = [side for side in sides if _none(side)]
    if not none:
        return None, None  # a toll's own figures and update (``set_against``)
    shown = sorted((min((q for q, _ in side), key=_width) for side in sides if not _none(side)), key=lambda q: -q.value)
    why = said_of([figure_of(q) for q in shown], about) + " vs none"
    return why, all(q.role == _REPORTED for side in none for q, _ in side)


class _Placed(Protocol):
    @property
    def start(self) -> int: ...  # where in its statement a figure is told


_P = TypeVar("_P", bound=_Placed)


def read_once(drafts: list[Draft], read: Callable[[str], Iterable[_P]]) -> list[tuple[_P, Unit]]:
    """Each figure ``read`` finds in the drafts' statements with its statement, once for each place in its
    report (alignment may put one statement in two drafts); a speaker's own words are left out."""
    told: list[tuple[_P, Unit]] = []
    seen: set[tuple[int, int]] = set()
    for draft in drafts:
        for u in draft.units:
            if worded(u):
                continue
            for x in read(u.text):
                if (u.report, u.span.start + x.start) not in seen:
                    seen.add((u.report, u.span.start + x.start))
                    told.append((x, u))
    return told


# what a disagreement on the fate of a group of people is on, before its count ("fate:5"): no unit of a figure
FATE = "fate:"


def fates_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different states of one group of people (``storyline.compare.fates``: "five of
    the six crew are unaccounted for" / "the five other crewmembers had been found dead" / "the five were later
    found but their condition was not known") stand against each other, wherever alignment put them: each state a
    side, set against the others as a toll's figures are (``set_against``), as possible updates when one state
    is an earlier one of a search. The fates of one count are one group only when each links to the others
    (``fates.one_group``: the same thing counted, the same whole, or nothing named), and no report may be on two
    sides (refuse to guess); a speaker's own words are left out."""
    told: dict[int, list[tuple[Fate, Unit]]] = {}
    for f, u in read_once(drafts, fates):
        told.setdefault(f.count, []).append((f, u))
    out = list(drafts)
    for count, found in told.items():
        for members in _linked(found):
            members.sort(key=lambda m: (m[1].report, m[1].span.start))
            states = list(dict.fromkeys(f.state for f, _ in members))
            if not any(exclusive(x, y) for i, x in enumerate(states) for y in states[i + 1 :]):
                continue
            sides = [[(f, u) for f, u in members if f.state == s] for s in states]
            reports = [{u.report for _, u in side} for side in sides]
            if sum(len(r) for r in reports) != len(set().union(*reports)):
                continue
            why = f"{described(count, [f for f, _ in members])}: " + " vs ".join(side[0][0].said for side in sides)
            as_counts = [[(_placed(f), u) for f, u in side] for side in sides]
            out = set_against(out, FATE + str(count), as_counts, why=why, update=likely_update(set(states)))
    return out




# what a disagreement on the share of one holder is on, before the holder ("share:massa")
_SHARE = "share:"
# the entity types that hold a share of a vote
_HOLDERS = frozenset({"PERSON", "ORG", "NORP"})
# the mentions of story entities in a span: ``(start, end, entity id)`` in article offsets
MentionsFn = Callable[[Span], Sequence[tuple[int, int, str]]]


def shares_across(
    drafts: list[Draft], mentions: MentionsFn | None, names: Mapping[str, tuple[str, str]]
) -> list[Draft]:
    """Drafts where the reports' figures of one holder's share (``storyline.compare.shares``: "Massa taking 44.24
    percent" / "he just obtained the 44.7%") that no rounding reconciles stand against each other, wherever
    alignment put them; a turnout ("About 85 per cent of 282,000 eligible voters turned up" / "representing 87%
    of the eligible voters": ``shares.turnouts``) is one more holder's. Only figures of one vote are set against
    each other (``Share.vote``: Solih's 39% of "the first round" is no other figure of his 46% in the run-off).
    Figures are sorted into sides as a toll's are (the most exact first; a figure two sides allow, "just over
    44", joins none), each figure as written: a hedged figure that its hedge brings near another ("about 85" /
    "87") is still shown, as an approximate one, the way ``scheduled.clocks_across`` shows clock times. A report
    may be on two sides, for figures given to their rounding that differ are an error of that report. A
    speaker's own words are left out."""
    told: dict[tuple[str, str], list[tuple[Share, Unit]]] = {}
    seen: set[tuple[int, int]] = set()
    after = _clause_after(drafts)
    for draft in drafts:
        for u in draft.units:
            if worded(u):
                continue
            people = [
                (s - u.span.start, e - u.span.start, names[k][0])
                for s, e, k in (mentions(u.span) if mentions else ())
                if k in names and names[k][1] in _HOLDERS
            ]
            told_on = u.text + ", " + after[id(u)] if id(u) in after else u.text
            for share in shares(u.text, people) + [t for t in turnouts(told_on) if t.end <= len(u.text)]:
                if (u.report, u.span.start + share.start) not in seen:
                    seen.add((u.report, u.span.start + share.start))
                    told.setdefault((share.holder, share.vote), []).append((share, u))
    out = list(drafts)
    for (holder, vote), found in told.items():
        sides = _share_sides(found)
        if len(sides) < 2:
            continue
        shown = sorted(sides, key=lambda side: min((m[1].report, m[1].span.start) for m in side))
        firsts = [side[0][0] for side in shown]
        rough = all(share_agree(x, y) for i, x in enumerate(firsts) for y in firsts[i + 1 :])
        shown_as = " vs ".join(x.written[:1].lower() + x.written[1:] for x in firsts)
        why = (f"{holder.capitalize()}{f' ({vote})' if vote else ''}: {shown_as} percent"
               + (" (approximate figures: may be one)" if rough else ""))
        as_counts = [[(_share_placed(x), u) for x, u in side] for side in shown]
        out = set_against(out, _SHARE + holder + (f":{vote}" if vote else ""), as_counts, why=why, update=False)
    return out


# how many characters may part a statement from a clause cut out of its own sentence (", which ")
_CUT_GAP = 12


def _clause_after(drafts: list[Draft]) -> dict[int, str]:
    """For each statement that a clause of its own sentence follows, that clause: where a sentence was cut at a
    clause set off by commas, its verb may be in the clause ("About 85 per cent of 282,000 eligible voters in the
    country" | "is known for its pristine beaches and high-end resorts, turned up at more than 586 polling
    stations")."""
    units = sorted({id(u): u for d in drafts for u in d.units}.values(), key=lambda u: (u.report, u.span.start))
    return {
        id(u): v.text
        for u, v in itertools.pairwise(units)
        if u.report == v.report and v.kind == "clause" and 0 <= v.span.start - u.span.end <= _CUT_GAP
    }


def _share_sides(found: Sequence[tuple[Share, Unit]]) -> list[list[tuple[Share, Unit]]]:
    """Figures of one share in sides, each figure as written (``shares.agree`` near), the most exact first: as a
    toll's figures (``_sides``)."""
    sides: list[list[tuple[Share, Unit]]] = []
    for x, u in sorted(found, key=lambda m: (m[0].near_high - m[0].near_low, m[1].report, m[1].span.start)):
        fits = [side for side in sides if all(share_agree(x, o, near=True) for o, _ in side)]
        clashes = sum(not all(share_agree(x, o, near=True) for o, _ in side) for side in sides)
        if clashes == len(sides):
            sides.append([(x, u)])
        elif len(fits) == 1 and clashes == len(sides) - 1:
            fits[0].append((x, u))
    return sides


def _share_placed(share: Share) -> Quantity:
    """A share as a figure placed in its statement, for ``clause`` to cut its clause out."""
    return Quantity(value=share.value, unit="percent", low=share.low, high=share.high, start=share.start,
                    end=share.end)


def _linked(found: list[tuple[Fate, Unit]]) -> list[list[tuple[Fate, Unit]]]:
    """The fates of one count in groups, each fate linked to another of its group by ``fates.one_group``."""
    groups: list[list[tuple[Fate, Unit]]] = []
    for item in found:
        joined = [g for g in groups if any(one_group(item[0], f) for f, _ in g)]
        merged = [item] + [x for g in joined for x in g]
        groups = [g for g in groups if not any(g is j for j in joined)] + [merged]
    return [g for g in groups if len(g) > 1]


def _placed(fate: Fate) -> Quantity:
    """A fate as a count placed in its statement, for ``clause`` to cut its clause out."""
    return Quantity(value=fate.count, unit=FATE, low=fate.count, high=fate.count, start=fate.start, end=fate.end)


# a statement placed at another time than the story's: a month without its day ("in February"), a year, "last
# year"; a dateline's month and day ("May 6:") is the report's own date; a name that only starts like a month
# ("Marlow", "Junction") is none
_ELSEWHEN = re.compile(
    r"\b(?:" + month_spellings(may=False, loose_september=True) + r")\b\.?(?!\s+\d)|\bMay\b(?=\s+(?:19|20)\d\d)|"
    r"\b(?:19|20)\d\d\b|\b(?:last|previous|past)\s+(?:year|month|season|decade)\b"
)

def _width(q: Quantity) -> float:
    return q.high - q.low


def _sides(
    found: Sequence[tuple[Quantity, Unit]], agree: Callable[[Quantity, Quantity], bool] = agree
) -> list[list[tuple[Quantity, Unit]]]:
    """Figures of one toll in sides, the most exact first: a figure that every figure of one side allows
    (``agree``) and that disagrees with some figure of each other side joins that side; one that disagrees with
    some figure of every side starts a side of its own ("at least 75" beside "78" and "at least 78"); one that
    two sides allow ("more than 100" beside 105 and 101) joins none."""
    sides: list[list[tuple[Quantity, Unit]]] = []
    for q, u in sorted(found, key=lambda m: (_width(m[0]), m[1].report, m[1].span.start)):
        fits = [side for side in sides if all(agree(q, o) for o, _ in side)]
        clashes = sum(not all(agree(q, o) for o, _ in side) for side in sides)
        if clashes == len(sides):
            sides.append([(q, u)])
        elif len(fits) == 1 and clashes == len(sides) - 1:
            fits[0].append((q, u))
    return sides


def quantities_of_money(text: str) -> list[Quantity]:
    """The amounts of money a statement gives, in any role or currency."""
    return [q for q in quantities(text) if is_money(q.unit)]


def _held_by_side(
    draft: Draft, about: str, ids: set[int], sides: Sequence[Sequence[tuple[Quantity, Unit]]]
) -> bool:
    """Whether a fact that no split made is one side of a deal's amounts as it stands: every statement of it that
    gives the amount is of that side (``ids``), none of another's ("Harwick agree £55million deal" and its lead
    with "£55 million (€64 million)", against "will pay an initial £60m"). It is then that side, not a
    corroborated fact beside a conflict on the same figure."""
    if draft.rivals or not is_money(about):
        return False
    # a statement of the fact that gives an amount of money of another side, or of none (another currency, a
    # sum sought ...), says something else of the deal: the fact stays as it is
    figured = [u for u in draft.units if quantities_of_money(u.text)]
    return bool(figured) and all(id(u) in ids for u in figured)


def _only_of_side(draft: Draft, ids: set[int]) -> bool:
    """A fact of one statement, in no conflict yet, that gives a figure of one side: it is that side, and a
    clause of the same statement beside it would tell it twice. (A fact of several statements stays: they agree
    on more than the figure.)"""
    return not draft.rivals and len(draft.units) == 1 and id(draft.units[0]) in ids


def set_against(
    drafts: list[Draft],
    about: str,
    sides: Sequence[Sequence[tuple[Quantity, Unit]]],
    *,
    why: str | None = None,
    update: bool | None = None,
) -> list[Draft]:
    """``drafts`` with each side of one toll conflicting with every other (see ``tolls_across``). A side's
    drafts are those that a group's split on the toll made and that hold one of its statements (a new one of
    its clauses when there is none); a statement no draft of its side holds joins the first as a clause.
    ``why`` and ``update`` default to the figures of a toll (a toll may be updated; an amount of money is not)."""
    homes: list[list[int]] = []
    for side in sides:
        ids = {id(u) for _, u in side}
        homes.append([n for n, d in enumerate(drafts) if (d.about == about or _held_by_side(d, about, ids, sides)
                      or _only_of_side(d, ids)) and any(id(u) in ids for u in d.units)])
    taken = [n for home in homes for n in home]
    if len(set(taken)) < len(taken):
        return drafts  # a group's split put two sides together: it read the statements otherwise
    out = list(drafts)
    for side, home in zip(sides, homes, strict=True):
        held = {id(u) for n in home for u in out[n].units}
        clauses = tuple(clause(u, q) for q, u in side if id(u) not in held)
        if not home:
            out.append(Draft(units=clauses))
            home.append(len(out) - 1)
        elif clauses:
            out[home[0]] = replace(out[home[0]], units=out[home[0]].units + clauses)
    if why is None:
        shown = sorted((min((q for q, _ in side), key=_width) for side in sides), key=lambda q: -q.value)
        why = said_of([figure_of(q) for q in shown], about)
    update = not is_money(about) if update is None else update
    for k, home in enumerate(homes):
        others = {n for j, h in enumerate(homes) if j != k for n in h}
        for n in home:
            out[n] = replace(out[n], rivals=tuple(sorted(set(out[n].rivals) | others)), why=why,
                             update=update, about=about)
    return out


# where a clause of a statement ends: a punctuation mark, or a word that joins another clause to it
_CLAUSE_EDGE = re.compile(r"[,;:()\"“”—–]|\s(?:and|but|while|whereas|as|with)\s", re.I)
_CLAUSE_TRIM = " \t\n,;:.\"“”'‘’—–-()"


def clause(unit: Unit, q: Quantity) -> Unit:
    """The part of a statement that gives a figure, as a statement of its own: from the edge of the clause before
    where it is told ("the death toll ... has risen to at least 78") to the edge after it ("with more than
    115,000 people displaced" of "..., local authorities said on Sunday, with more than 115,000 people
    displaced")."""
    text = unit.text
    start = max((m.end() for m in _CLAUSE_EDGE.finditer(text, 0, q.start)), default=0)
    end = next((m.start() for m in _CLAUSE_EDGE.finditer(text, q.end)), len(text))
    while start < end and text[start] in _CLAUSE_TRIM:
        start += 1
    while end > start and text[end - 1] in _CLAUSE_TRIM:
        end -= 1
    if (start, end) == (0, len(text)) or start >= end:
        return unit
    span = replace(unit.span, start=unit.span.start + start, end=unit.span.start + end)
    return replace(unit, span=span, text=text[start:end], kind="clause")


# what a disagreement on the size of a named body is on, before its name ("size:harvard corporation")
_SIZE = "size:"
_NUMBER = r"(?:\d{1,4}|" + "|".join(sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True)) + r")"
_CAPITAL = r"[A-Z][\w'’.-]*"
# a body's name: capitalized words, joined by "of", "for", "and", "on" ("Board of Overseers", "Harvard Corporation")
_NAMED = (r"(?P<name>" + _CAPITAL + r"(?:\s+" + _CAPITAL + r")*(?:\s+(?:of|for|and|on)(?:\s+the)?\s+" + _CAPITAL
          + r"(?:\s+" + _CAPITAL + r")*)?)")
# the number of members of a named body: "the Harvard Corporation, the university's 11-member governing body",
# "the Harvard Corporation - the 12-member group", "the nine-member Orsk City Council"
_SIZE_AFTER = re.compile(
    r"(?:\b[Tt]he\s+)?" + _NAMED + r"\s*(?:,|\s[-–—])\s*(?:the|an?)\s+(?:[\w'’]+\s+){0,2}?(?P<n>" + _NUMBER
    + r")-member\b"
)
_SIZE_BEFORE = re.compile(r"\b[Tt]he\s+(?P<n>" + _NUMBER + r")-member\s+" + _NAMED)
_NOT_BODY = frozenset({"the", "a", "an", "it", "its", "this", "that"})


def body_sizes(text: str) -> list[tuple[str, Quantity]]:
    """The number of members a statement gives a named body, with the body's name in lower case ("harvard
    corporation"), as a figure placed where it is told; none for a body it does not name ("a 15-member search
    committee"), nor in a statement that tells a change ("expanded to 12 members": ``updates.UPDATE``).

    >>> [(name, q.value) for name, q in body_sizes("The Harvard Corporation, the university's 11-member board")]
    [('harvard corporation', 11.0)]
    """
    if UPDATE.search(text):
        return []
    out = []
    for m in [*_SIZE_AFTER.finditer(text), *_SIZE_BEFORE.finditer(text)]:
        words = m.group("name").split()
        while words and words[0].lower() in _NOT_BODY:
            words = words[1:]
        number = m.group("n").lower()
        value = float(NUMBER_WORDS.get(number, 0) if not number.isdigit() else int(number))
        if words and value:
            # placed from the name on: the clause that tells the size names the body ("The Harvard Corporation,
            # the university's 11-member governing body")
            out.append((" ".join(words).lower(), Quantity(value=value, unit=_SIZE, low=value, high=value,
                                                         written=m.group("n"), start=m.start(), end=m.end())))
    return out


def sizes_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different numbers of members of one named body stand against each other ("the
    Harvard Corporation, the university's 11-member governing body" / "the Harvard Corporation - the 12-member
    group": ``body_sizes``), each number a side set against the others (``set_against``), not as an update. A
    report on two sides is left alone (refuse to guess); a speaker's own words are left out, though not the
    sentence that carries a few of them ("..., the university's 11-member governing body, said ... it had accepted
    Gay's resignation "with sorrow"")."""
    told: dict[str, list[tuple[Quantity, Unit]]] = {}
    seen: set[tuple[int, int]] = set()
    for draft in drafts:
        for u in draft.units:
            if u.kind == "quote":
                continue
            for name, q in body_sizes(u.text):
                if _quoted(u.text, q.start):
                    continue
                if (u.report, u.span.start + q.start) not in seen:
                    seen.add((u.report, u.span.start + q.start))
                    told.setdefault(name, []).append((q, u))
    out = list(drafts)
    for name, found in told.items():
        values = sorted({q.value for q, _ in found})
        sides = [[(q, u) for q, u in found if q.value == v] for v in values]
        reports = [{u.report for _, u in side} for side in sides]
        if len(sides) < 2 or sum(len(r) for r in reports) != len(set().union(*reports)):
            continue
        why = f"members of the {_title(name, found)}: " + " vs ".join(side[0][0].written for side in sides)
        out = set_against(out, _SIZE + name, sides, why=why, update=False)
    return out


def _quoted(text: str, at: int) -> bool:
    """Whether ``text[at]`` lies inside quotation marks (curly, or straight ones counted from the start)."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def _title(name: str, found: Sequence[tuple[Quantity, Unit]]) -> str:
    """A body's name as its first statement writes it."""
    text = found[0][1].text
    at = text.lower().find(name)
    return text[at : at + len(name)] if at >= 0 else name
