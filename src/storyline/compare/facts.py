"""Facts: aligned groups of statements, with support spans, independent sources and conflicts.

Each group from ``storyline.compare.align`` becomes a fact whose support is its statements' spans (one or more
per report). Its number of independent sources is the number of distinct original sources after following
provenance (``storyline.compare.provenance``): two reports that credit the same outlet, or a report that credits
the other, count once; so do reports that each quote one speaker's words firsthand, word for word (a statement
two outlets print is one source, its speaker), and reports whose statements of a fact are all credited to one
speaker (two outlets telling what one spokesperson said is one source, the spokesperson). When two reports in a
group disagree on a number or a date (``storyline.compare.conflicts``), the disagreeing statements become a fact
for each side (two, or more when reports give three figures of one count), each marked ``conflict``, naming the
others in ``conflicts_with`` and telling why (``Fact.why``: "at least 78 vs at least 75 vs 66 people died") and
whether the figures may be successive updates (``Fact.may_be_update``); the group's other statements stay a
fact of their own. A statement of one report that alignment left alone but that counts what another report
counts, with the same verb and another figure, joins that report's group first (``join_counts``); the figures of
one toll that alignment left in groups of several reports are set against each other after (``_tolls_across``).
A group of a few words lifted from a statement that another group quotes whole joins that group. The amounts
a deal is agreed at are set against each other the same way as a toll's figures. Two reports that give one
speaker different words at one point of a statement (``quotes.worded_apart``) make a conflict of the two
quoted sentences ("quoted words differ: ..."). A report that credits another report of the story for its
whole text ("Source: CNBC") adds no source for what the two share.

Does NOT weigh how reliable a source is; a fact held by one source repeated by many is ``single``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from storyline.compare.align import SAME_QUOTE, Unit, quote_similarity
from storyline.compare.conflicts import (
    FAR,
    Disagreement,
    Quantity,
    agree,
    count_disagreement,
    date_conflict,
    deal_amounts,
    distance_conflict,
    figure_of,
    figures_for,
    is_money,
    name_conflict,
    negation_conflict,
    number_conflict,
    polarity_conflict,
    quantities,
    said_of,
    toll_counts,
    weekday_conflict,
    weekdays,
)
from storyline.compare.fates import Fate, described, exclusive, fate_conflict, fates, likely_update, one_group
from storyline.compare.money import elsewhen
from storyline.compare.provenance import distinct, origin_of, outlet_of, resolve, same_outlet
from storyline.compare.scores import score_conflict
from storyline.compare.shares import Share, shares
from storyline.compare.shares import agree as share_agree
from storyline.compare.speakers import NearFn, speaker_conflict
from storyline.compare.units import sentences_of
from storyline.model import Analysis, Article, Fact, FactStatus, Span


@dataclass(frozen=True, slots=True)
class _Draft:
    units: tuple[Unit, ...]
    rivals: tuple[int, ...] = ()  # indexes of the drafts it conflicts with
    why: str = ""
    update: bool = False  # the figures may be successive updates (``Disagreement.update``)
    about: str = ""  # what the disagreement is on ("people died"), when it is on one count


_ABSOLUTE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|"
    r"May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\b\d{4}-\d\d-\d\d\b"
)


def _dates(unit: Unit, analysis: Analysis) -> list[str]:
    """Dates the statement spells out in full ("May 3", "4 March"): a relative date ("last Wednesday") rests
    on the report's own date, often itself inferred, and a wrong guess there must not read as a disagreement."""
    return [
        t.value
        for t in analysis.timexes
        if t.value
        and t.type == "DATE"
        and unit.span.start <= t.span.start
        and t.span.end <= unit.span.end
        and _ABSOLUTE.search(t.text)
    ]


def _denial(a: Unit, b: Unit) -> str | None:
    """Why two closely worded statements disagree on whether an act was done (``negation_conflict``), or None."""
    return negation_conflict(a.text, b.text) if _close(a, b) else None


def _values(unit: Unit, analysis: Analysis) -> list[tuple[int, int, str]]:
    """The resolved dates of a statement's time expressions, as ``(start, end, value)`` in its own offsets."""
    return [
        (t.span.start - unit.span.start, t.span.end - unit.span.start, t.value)
        for t in analysis.timexes
        if t.value and t.type == "DATE" and unit.span.start <= t.span.start and t.span.end <= unit.span.end
    ]


# aligned statements must share this much of their wording (Jaccard of content tokens, numbers left out)
# before a differing number or date counts as a disagreement: loosely aligned statements often give the
# dates or counts of different things ("said in a February statement" / "in a statement last week")
_CLOSE_ENOUGH = 0.2


def _close(a: Unit, b: Unit) -> bool:
    ta = {t for t in a.tokens if not t[0].isdigit()}
    tb = {t for t in b.tokens if not t[0].isdigit()}
    return bool(ta | tb) and len(ta & tb) / len(ta | tb) >= _CLOSE_ENOUGH


def _conflict(
    a: Unit,
    b: Unit,
    analyses: Sequence[Analysis],
    names: Mapping[str, tuple[str, str]] | None = None,
    near: NearFn | None = None,
) -> Disagreement | None:
    if a.report == b.report:
        return None
    if names and (why := speaker_conflict(a, b, names, near)):
        return Disagreement(why=why)
    if fate := fate_conflict(a.text, b.text):
        return Disagreement(why=fate.why, update=fate.update, about=_FATE + str(fate.count))
    if why := score_conflict(a.text, b.text) or distance_conflict(a.text, b.text):
        return Disagreement(why=why)
    days = [weekdays(u.text, _values(u, analyses[u.report])) for u in (a, b)]
    if why := weekday_conflict(days[0], days[1], a.text, b.text, close=_close(a, b)):
        return Disagreement(why=why)
    # one says a thing was prevented or not done, the other that it happened ("averted a weeks-long trial" /
    # "comes after a weekslong trial"); a statement's own words are the speaker's to deny
    if not (a.worded or b.worded) and (why := polarity_conflict(a.text, b.text) or _denial(a, b)):
        return Disagreement(why=why)
    if not _close(a, b):
        # loosely worded statements may still give one count: of the same noun, said with the same verb
        return count_disagreement(a.text, b.text, same_verb=True)
    if found := count_disagreement(a.text, b.text):
        return found
    why = date_conflict(_dates(a, analyses[a.report]), _dates(b, analyses[b.report]), a.text, b.text)
    if why or not names:
        return Disagreement(why=why) if why else None
    if a.kind == "quote" or b.kind == "quote":
        return None  # a quote names what its speaker talks about, not who did what
    # only whom a statement names counts: a pronoun may be resolved wrongly, and the source that tells it
    # ("a witness told ...", "Pell says ...") is masked: two sources saying one thing corroborate it
    na = [names[e] for e in sorted(a.named) if e in names]
    nb = [names[e] for e in sorted(b.named) if e in names]
    why = name_conflict(a.text, b.text, na, nb)
    return Disagreement(why=why) if why else None


def _split(
    units: list[Unit],
    analyses: Sequence[Analysis],
    names: Mapping[str, tuple[str, str]] | None = None,
    near: NearFn | None = None,
) -> tuple[list[list[Unit]], list[Unit], Disagreement | None]:
    """The sides of a disagreement among a group's statements (two or more), the rest, and why.

    The first two statements that disagree start two sides; every other statement joins the one side it does not
    disagree with, or, when it disagrees with each side, starts a side of its own ("at least 78" / "at least 75"
    / "66"). When the first two disagree on a count, not disagreeing is not enough: a statement joins a side whose
    figure of that count it allows (``_fits``), or its own report's, and starts a side only with a figure of its
    own. Only statements that themselves disagree with the other sides are flagged: a group aligned around one
    claim may hold statements that give no figure at all, or one every side allows, and those stay an ordinary
    fact.
    """
    for i, a in enumerate(units):
        for b in units[i + 1 :]:
            first = _conflict(a, b, analyses, names, near)
            if not first:
                continue
            sides, found = [[a], [b]], [first]
            for u in units:
                if u is a or u is b:
                    continue
                against = [_conflict(u, side[0], analyses, names, near) for side in sides]
                hits = [d for d in against if d is not None]
                if first.about:
                    # a disagreement on one count: a statement takes the side whose figure of that count it allows,
                    # or its own report's side, unless what sets it against the others is another count (that one
                    # is settled apart); never the side of a statement that merely counts something else
                    fits = [
                        _fits(u, side[0], first.about)
                        or (u.report == side[0].report and all(d is None or d.about in ("", first.about) for d in hits))
                        for side in sides
                    ]
                    if not any(fits) and all(d is not None and d.about == first.about for d in against):
                        sides.append([u])
                        found.append(hits[0])
                    elif sum(fits) == 1 and all(d is not None for d, f in zip(against, fits, strict=True) if not f):
                        sides[fits.index(True)].append(u)
                elif len(hits) == len(sides):
                    sides.append([u])
                    found.append(hits[0])
                elif len(hits) == len(sides) - 1:
                    sides[against.index(None)].append(u)
            rest = [u for u in units if not any(u is x for side in sides for x in side)]
            return sides, rest, _summed(found)
    return [units], [], None


def _fits(u: Unit, seed: Unit, about: str) -> bool:
    """Whether a statement gives a figure of ``about`` that the seed of a side allows."""
    return any(agree(x, y) for x in figures_for(u.text, about) for y in figures_for(seed.text, about))


def _summed(found: Sequence[Disagreement]) -> Disagreement:
    """One account of a disagreement among several sides (the first two sides', then each further side's with
    the first): their figures in turn when all tell one count ("at least 78 vs at least 75 vs 66 people died"),
    else each reason."""
    if len(found) == 1:
        return found[0]
    update = any(d.update for d in found)
    if len({d.about for d in found}) == 1 and found[0].about and all(d.figures[0] for d in found):
        figures = [*found[0].figures, *(d.figures[0] for d in found[1:])]
        return Disagreement(why=said_of(figures, found[0].about), about=found[0].about, update=update)
    return Disagreement(why="; ".join(dict.fromkeys(d.why for d in found)), update=update)


def join_counts(groups: Sequence[Sequence[int]], units: Sequence[Unit]) -> list[list[int]]:
    """Groups where a group of one report's statements that gives another figure for a count another report
    gives (the same counted noun, said with the same verb: ``number_conflict(same_verb=True)``) has joined the
    group holding that report's statement, so that the two are set against each other as a conflict.

    Reports that count the same people differently often word the rest of their sentences differently too
    ("was carrying about 207 passengers and crew members when ..." / "243 passengers and 12 crew members were on
    board"): alignment leaves them apart, each a fact of one source. Only figures that disagree join; a group
    holding several reports' statements is never moved, and the groups come back in the order of their first
    statement.
    """
    out = [list(g) for g in groups]
    # a statement placed at another time ("paid €80m ... back in 2019") counts another thing
    counted = {i for g in groups for i in g if quantities(units[i].text) and not elsewhen(units[i].text)}
    for n, group in enumerate(out):
        if not counted.intersection(group) or len({units[i].report for i in group}) != 1:
            continue
        target = next(
            (
                m
                for m, other in enumerate(out)
                if m != n and other
                for i in group
                for j in other
                if i in counted
                and j in counted
                and units[j].report != units[i].report
                and number_conflict(units[i].text, units[j].text, same_verb=True)
            ),
            None,
        )
        if target is not None:
            out[target].extend(group)
            out[n] = []
    return sorted((sorted(g) for g in out if g), key=lambda g: g[0])


def _tolls_across(drafts: list[_Draft]) -> list[_Draft]:
    """Drafts where the reports' different figures for one toll stand against each other, wherever alignment put
    the statements that give them.

    A sentence often tells two tolls at once ("... has risen to at least 78, ..., with more than 115,000 people
    displaced"), and aligns with the sentences of another report that tell one of them, or tell them with other
    words: the figures of a toll end up in different groups, each a fact that nothing sets against the others.
    Here each toll's figures (``toll_counts``: the dead, the hurt, the missing, the displaced) are sorted into
    sides of figures that agree (``_sides``); a side that a group's split on that toll already made keeps its
    statements, and each other statement of a side joins it as the clause that gives the figure (``_clause``).
    Every side of a toll then conflicts with every other, the figures written out ("at least 78 vs at least 75
    vs 66 people died") and marked as possibly successive updates: tolls are revised as they grow.

    The amount a deal is agreed at is set against its other figures the same way ("a £95 million deal" / "will
    pay an initial £100m": ``deal_amounts``), though not as an update, and never from a speaker's own words.

    Statements that nothing aligned may count different things, so two guards keep a toll to one count: a
    statement that places itself at another time (a month alone, a year: "In February, a gunman killed three")
    tells of another event or an earlier bulletin (``_ELSEWHEN``), and a side whose figure is far below the
    largest (``conflicts.FAR``) is likely a part of the toll or another one. Does NOT tell a part of a toll told
    without a marker and near the whole ("in Dunmore, 30 people died" beside "48 died") from another report of it.
    """
    mentions: dict[str, list[tuple[Quantity, Unit]]] = {}
    seen: set[tuple[int, int]] = set()
    for draft in drafts:
        for u in draft.units:
            if _ELSEWHEN.search(u.text):
                continue
            for about, q in toll_counts(u.text) + ([] if _worded(u) else deal_amounts(u.text)):
                if (u.report, u.span.start + q.end) not in seen:
                    seen.add((u.report, u.span.start + q.end))
                    mentions.setdefault(about, []).append((q, u))
    out = list(drafts)
    for about, found in mentions.items():
        sides = _sides(found)
        top = max((min(q.value for q, _ in side) for side in sides), default=0.0)
        sides = [side for side in sides if min(q.value for q, _ in side) * FAR >= top]
        reports = [{u.report for _, u in side} for side in sides]
        if len(sides) < 2 or sum(len(r) for r in reports) != len(set().union(*reports)):
            continue  # one report on two sides (a headline rounding its own figure): refuse to guess
        out = _set_against(out, about, sides)
    return out


# what a disagreement on the fate of a group of people is on, before its count ("fate:5"): no unit of a figure
_FATE = "fate:"


def _fates_across(drafts: list[_Draft]) -> list[_Draft]:
    """Drafts where the reports' different states of one group of people (``storyline.compare.fates``: "five of
    the six crew are unaccounted for" / "the five other crewmembers had been found dead" / "the five were later
    found but their condition was not known") stand against each other, wherever alignment put them: each state a
    side, set against the others as a toll's figures are (``_set_against``), as possible updates when one state
    is an earlier one of a search. The fates of one count are one group only when each links to the others
    (``fates.one_group``: the same thing counted, the same whole, or nothing named), and no report may be on two
    sides (refuse to guess); a speaker's own words are left out."""
    told: dict[int, list[tuple[Fate, Unit]]] = {}
    seen: set[tuple[int, int]] = set()
    for draft in drafts:
        for u in draft.units:
            if _worded(u):
                continue
            for f in fates(u.text):
                if (u.report, u.span.start + f.start) not in seen:
                    seen.add((u.report, u.span.start + f.start))
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
            out = _set_against(out, _FATE + str(count), as_counts, why=why, update=likely_update(set(states)))
    return out


def _near(mentions: MentionsFn | None, names: Mapping[str, tuple[str, str]]) -> NearFn | None:
    """The names of the people a report mentions before a statement, for ``speakers.speaker_conflict`` to tell a
    report's disagreement on a speaker from a "he said" resolved to the wrong person."""
    if mentions is None:
        return None

    def near(unit: Unit) -> tuple[str, ...]:
        window = replace(unit.span, start=0, end=unit.span.start)
        people = (names[k] for _, _, k in mentions(window) if k in names)
        return tuple(dict.fromkeys(name for name, kind in people if kind == "PERSON"))

    return near


# what a disagreement on the share of one holder is on, before the holder ("share:massa")
_SHARE = "share:"
# the entity types that hold a share of a vote
_HOLDERS = frozenset({"PERSON", "ORG", "NORP"})
# the mentions of story entities in a span: ``(start, end, entity id)`` in article offsets
MentionsFn = Callable[[Span], Sequence[tuple[int, int, str]]]


def _shares_across(
    drafts: list[_Draft], mentions: MentionsFn | None, names: Mapping[str, tuple[str, str]]
) -> list[_Draft]:
    """Drafts where the reports' figures of one holder's share (``storyline.compare.shares``: "Massa taking 44.24
    percent" / "he just obtained the 44.7%") that no rounding reconciles stand against each other, wherever
    alignment put them. Figures are sorted into sides as a toll's are (the most exact first; a figure two sides
    allow, "just over 44", joins none); a report may be on two sides, for figures given to their rounding that
    differ are an error of that report. A speaker's own words are left out."""
    told: dict[str, list[tuple[Share, Unit]]] = {}
    seen: set[tuple[int, int]] = set()
    for draft in drafts:
        for u in draft.units:
            if _worded(u):
                continue
            people = [
                (s - u.span.start, e - u.span.start, names[k][0])
                for s, e, k in (mentions(u.span) if mentions else ())
                if k in names and names[k][1] in _HOLDERS
            ]
            for share in shares(u.text, people):
                if (u.report, u.span.start + share.start) not in seen:
                    seen.add((u.report, u.span.start + share.start))
                    told.setdefault(share.holder, []).append((share, u))
    out = list(drafts)
    for holder, found in told.items():
        sides: list[list[tuple[Share, Unit]]] = []
        for x, u in sorted(found, key=lambda m: (m[0].high - m[0].low, m[1].report, m[1].span.start)):
            fits = [side for side in sides if all(share_agree(x, o) for o, _ in side)]
            clashes = sum(not all(share_agree(x, o) for o, _ in side) for side in sides)
            if clashes == len(sides):
                sides.append([(x, u)])
            elif len(fits) == 1 and clashes == len(sides) - 1:
                fits[0].append((x, u))
        if len(sides) < 2:
            continue
        shown = sorted(sides, key=lambda side: min((m[1].report, m[1].span.start) for m in side))
        why = f"{holder.capitalize()}: " + " vs ".join(side[0][0].written for side in shown) + " percent"
        as_counts = [[(_share_placed(x), u) for x, u in side] for side in shown]
        out = _set_against(out, _SHARE + holder, as_counts, why=why, update=False)
    return out


def _share_placed(share: Share) -> Quantity:
    """A share as a figure placed in its statement, for ``_clause`` to cut its clause out."""
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
    """A fate as a count placed in its statement, for ``_clause`` to cut its clause out."""
    return Quantity(value=fate.count, unit=_FATE, low=fate.count, high=fate.count, start=fate.start, end=fate.end)


# a statement placed at another time than the story's: a month without its day ("in February"), a year, "last
# year"; a dateline's month and day ("May 6:") is the report's own date
_ELSEWHEN = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b(?!\s+\d)|\bMay\b(?=\s+(?:19|20)\d\d)|"
    r"\b(?:19|20)\d\d\b|\b(?:last|previous|past)\s+(?:year|month|season|decade)\b"
)
def _worded_apart(pairs: Sequence[tuple[Span, Span]], articles: Sequence[Article], *, first: int) -> list[_Draft]:
    """Two drafts for each pair of quoted sentences that two reports give one speaker in different words, set
    against each other ("quoted words differ: "The truth matters" vs "The truth has meaning""), numbered from
    ``first``."""
    report = {a.id: i for i, a in enumerate(articles)}
    out: list[_Draft] = []
    for pair in pairs:
        units = [
            Unit.make(span=s, text=articles[report[s.article]].text[s.start : s.end], report=report[s.article],
                      kind="quote", worded=True)
            for s in pair
        ]
        why = "quoted words differ: " + " vs ".join(f'"{u.text}"' for u in units)
        at = first + len(out)
        out += [_Draft(units=(units[0],), rivals=(at + 1,), why=why), _Draft(units=(units[1],), rivals=(at,), why=why)]
    return out


def _width(q: Quantity) -> float:
    return q.high - q.low


def _sides(found: Sequence[tuple[Quantity, Unit]]) -> list[list[tuple[Quantity, Unit]]]:
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
    draft: _Draft, about: str, ids: set[int], sides: Sequence[Sequence[tuple[Quantity, Unit]]]
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


def _set_against(
    drafts: list[_Draft],
    about: str,
    sides: Sequence[Sequence[tuple[Quantity, Unit]]],
    *,
    why: str | None = None,
    update: bool | None = None,
) -> list[_Draft]:
    """``drafts`` with each side of one toll conflicting with every other (see ``_tolls_across``). A side's
    drafts are those that a group's split on the toll made and that hold one of its statements (a new one of
    its clauses when there is none); a statement no draft of its side holds joins the first as a clause.
    ``why`` and ``update`` default to the figures of a toll (a toll may be updated; an amount of money is not)."""
    homes: list[list[int]] = []
    for side in sides:
        ids = {id(u) for _, u in side}
        homes.append([n for n, d in enumerate(drafts) if (d.about == about or _held_by_side(d, about, ids, sides))
                      and any(id(u) in ids for u in d.units)])
    taken = [n for home in homes for n in home]
    if len(set(taken)) < len(taken):
        return drafts  # a group's split put two sides together: it read the statements otherwise
    out = list(drafts)
    for side, home in zip(sides, homes, strict=True):
        held = {id(u) for n in home for u in out[n].units}
        clauses = tuple(_clause(u, q) for q, u in side if id(u) not in held)
        if not home:
            out.append(_Draft(units=clauses))
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


def _clause(unit: Unit, q: Quantity) -> Unit:
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


def _partners(rest: Sequence[Unit], sides: Sequence[Unit]) -> tuple[Unit, ...]:
    """The statements of a conflict that also say what the rest of their group says, when that rest lost every
    statement of another report to the conflict: a sentence giving a disputed count may tell more ("The train
    with 243 passengers ... as it traveled eastbound from Los Angeles to Chicago"), and what else it tells is
    still said by two reports. A partner must hold most of a rest statement's words (``_SAYS_TOO``); it then
    supports both facts."""
    if len({u.report for u in rest}) != 1:
        return ()

    def says(u: Unit, r: Unit) -> bool:
        words = set(r.tokens)
        return len(words & set(u.tokens)) >= max(2, _SAYS_TOO * len(words))

    return tuple(u for u in sides if u.report != rest[0].report and any(says(u, r) for r in rest))


# a statement of a conflict also says what a statement holding this share of its words says
_SAYS_TOO = 0.5


# a statement this long, repeated word for word by another report, is a copy, not a second source
_VERBATIM_WORDS = 12


def _rejoin(
    drafts: list[_Draft], articles: Sequence[Article], sentences: list[list[tuple[int, int]]]
) -> list[_Draft]:
    """A sentence cut into pieces for alignment (", which happened at ...", ", and apologised ...") whose pieces
    were each matched only with the same words in a copy, or with nothing, is one fact again: a fragment alone
    ("remained partly closed last night") does not read as a fact."""

    def key_of(draft: _Draft) -> tuple[tuple[int, int], ...] | None:
        keys = []
        for u in draft.units:
            sentence = _sentence_of(u.span, sentences[u.report])
            if sentence is None:
                return None
            keys.append((u.report, sentence.start))
        return tuple(sorted(set(keys)))

    def verbatim(draft: _Draft) -> bool:
        texts = {" ".join(u.text.split()) for u in draft.units}
        return not draft.rivals and len(texts) == 1 and len({u.report for u in draft.units}) == len(draft.units)

    sets: dict[tuple[tuple[int, int], ...], list[int]] = {}
    taken: set[tuple[int, int]] = set()
    for n, draft in enumerate(drafts):
        key = key_of(draft)
        if key is None:
            continue
        if verbatim(draft):
            sets.setdefault(key, []).append(n)
        else:
            taken.update(key)
    merged: dict[int, _Draft] = {}
    dropped: set[int] = set()
    for key, members in sets.items():
        if len(members) < 2 or taken.intersection(key):
            continue
        wholes = []
        for report, _ in key:
            units = [u for n in members for u in drafts[n].units if u.report == report]
            start, end = min(u.span.start for u in units), max(u.span.end for u in units)
            text = articles[report].text[start:end]
            wholes.append(replace(units[0], span=replace(units[0].span, start=start, end=end), text=text))
        merged[members[0]] = _Draft(units=tuple(wholes))
        dropped.update(members[1:])
    if not merged:
        return drafts
    return _renumbered([merged.get(n, d) for n, d in enumerate(drafts) if n not in dropped], drafts)


def _renumbered(kept: list[_Draft], drafts: list[_Draft]) -> list[_Draft]:
    """``kept`` (drawn from ``drafts``) with each conflict partner's index pointing into ``kept``."""
    index = {id(d): i for i, d in enumerate(kept)}
    return [replace(d, rivals=tuple(index[id(drafts[r])] for r in d.rivals)) if d.rivals else d for d in kept]


def _fold_contained(drafts: list[_Draft]) -> list[_Draft]:
    """Leave out a statement group that another group already holds whole: every one of its statements lies
    inside a statement of the other, report by report (a quote's sentence inside the whole quote, a clause
    inside its sentence, nothing aligned elsewhere). It would repeat the other fact in smaller pieces.
    Conflicting groups are always kept."""

    def inside(a: _Draft, b: _Draft) -> bool:
        return all(
            any(v.report == u.report and v.span.start <= u.span.start and u.span.end <= v.span.end for v in b.units)
            for u in a.units
        )

    keep = []
    for n, draft in enumerate(drafts):
        held = not draft.rivals and any(
            m != n
            and not other.rivals
            and inside(draft, other)
            and (not inside(other, draft) or m < n)  # the same statements twice: keep the first
            for m, other in enumerate(drafts)
        )
        if not held:
            keep.append(draft)
    return _renumbered(keep, drafts)


def _held(part: Unit, whole: Unit) -> bool:
    """Whether ``whole`` carries ``part``'s quoted words and more (both a speaker's words)."""
    return (
        _worded(part)
        and _worded(whole)
        and len(whole.text) > len(part.text)
        and quote_similarity(part.text, whole.text) >= SAME_QUOTE
    )


def _fold_repeated_quotes(drafts: list[_Draft]) -> list[_Draft]:
    """Join a group of a speaker's words, all of which another group carries in a longer quote, to that group:
    a report that repeats a few words of a statement it quotes in full ("no one should be surprised", in its
    key points and its lead) repeats that statement; it is no fact of its own. Conflicting groups stay apart."""
    into: dict[int, int] = {}
    for n, draft in enumerate(drafts):
        if draft.rivals:
            continue
        for m, other in enumerate(drafts):
            if m != n and not other.rivals and m not in into and all(
                any(_held(u, v) for v in other.units) for u in draft.units
            ):
                into[n] = m
                break
    if not into:
        return drafts
    extra: dict[int, list[Unit]] = {}
    for n, m in into.items():
        extra.setdefault(m, []).extend(drafts[n].units)
    kept = [replace(d, units=d.units + tuple(extra.get(n, ()))) for n, d in enumerate(drafts) if n not in into]
    index = {id(d): i for i, d in enumerate(d for n, d in enumerate(drafts) if n not in into)}
    return [replace(d, rivals=tuple(index[id(drafts[r])] for r in d.rivals)) if d.rivals else d for d in kept]


def _shown(units: Sequence[Unit]) -> Unit:
    """The statement that states a fact: the first one no other statement of the fact holds in more words (a
    statement quoted whole rather than a few words lifted from it)."""
    return next((u for u in units if not any(_held(u, v) for v in units)), units[0])


def _sentence_of(span: Span, sentences: list[tuple[int, int]]) -> Span | None:
    for s, e in sentences:
        if s <= span.start and span.end <= e:
            return Span(article=span.article, start=s, end=e)
    return None


def _one_statement(
    units: Sequence[Unit], pairs: list[tuple[str, str]], names: Mapping[str, tuple[str, str]]
) -> list[tuple[str, str]]:
    """``(report outlet, origin)`` pairs in which one speaker's words, carried word for word by several reports
    that each heard them firsthand (a statement, a news conference), come from one source: the speaker, when
    the reports quoting them whole agree on who that is, else the first carrier.

    Two outlets printing the statement a spokesperson put out confirm that it was made, not what it says; the
    words still have one author. A carrier that credits another outlet for the words ("she told Riverline
    Radio") is left to provenance: the quote's origin is then that outlet, as ``resolve`` finds it.
    """
    out = list(pairs)
    taken: set[int] = set()
    for i, first in enumerate(units):
        if i in taken or not _worded(first):
            continue
        same = [j for j in range(i, len(units)) if j not in taken and _worded(units[j])
                and quote_similarity(first.text, units[j].text) >= SAME_QUOTE]
        taken.update(same)
        firsthand = [j for j in same if same_outlet(*pairs[j])]
        if len(distinct([pairs[j][0] for j in firsthand])) < 2:
            continue
        # who said the words is told by the reports that quote them whole ("US officials say 'no one should be
        # surprised'" credits a few of them loosely)
        whole = [units[j] for j in same if not any(_held(units[j], units[k]) for k in same)]
        source = _speaker_name(whole, names) or _likely_speaker([units[j] for j in same], names)
        source = source or pairs[firsthand[0]][1]
        for j in firsthand:
            out[j] = (pairs[j][0], source)
    return out


def _one_speaker(
    units: Sequence[Unit], pairs: list[tuple[str, str]], names: Mapping[str, tuple[str, str]]
) -> list[tuple[str, str]]:
    """``(report outlet, origin)`` pairs in which a fact every statement of which is credited to one and the same
    speaker ("Morrow said ...", "..., Morrow told reporters"), carried firsthand by several reports, comes from
    one source: that speaker, by name.

    ``_one_statement`` does this for a speaker's own words printed word for word; a claim told in reported
    speech by several outlets has one author just the same. A statement credited to nobody, or to another
    speaker, is the outlet's own or that speaker's, and the fact keeps its sources; so does a speaker known by
    no name (the entity stage made no entity of "officials").
    """
    speakers = {u.speakers for u in units}
    if len(speakers) != 1:
        return pairs
    (who,) = speakers
    if len(who) != 1 or next(iter(who)) not in names:
        return pairs
    name = names[next(iter(who))][0]
    # firsthand: the report's own, or already the speaker's (a quote of theirs, ``_one_statement``)
    firsthand = [j for j, (outlet, origin) in enumerate(pairs) if same_outlet(outlet, origin) or origin == name]
    if len(distinct([pairs[j][0] for j in firsthand])) < 2:
        return pairs
    return [(outlet, name) if j in firsthand else (outlet, origin) for j, (outlet, origin) in enumerate(pairs)]


def _credited_origin(
    unit: Unit,
    origin: str,
    units: Sequence[Unit],
    credits: Mapping[int, set[int]],
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
) -> str:
    """The origin of a statement of a report that credits another report's outlet for its whole text (a rewrite
    ending "Source: Harbor Radio"), where that report carries the fact too: that outlet's, for the rewrite took the
    fact from it. A statement credited to someone else keeps its origin; so does one of a fact the credited
    report does not carry."""
    if not same_outlet(origin, outlet_of(articles[unit.report], analyses[unit.report])):
        return origin
    carried = {u.report for u in units}
    credited = sorted(q for q in credits.get(unit.report, ()) if q in carried and q != unit.report)
    return outlet_of(articles[credited[0]], analyses[credited[0]]) if credited else origin


def _worded(unit: Unit) -> bool:
    """Whether a statement is a speaker's own words (a quote, or a sentence of one)."""
    return unit.kind == "quote" or unit.worded


def _likely_speaker(units: Sequence[Unit], names: Mapping[str, tuple[str, str]]) -> str | None:
    """Who most likely said words that the reports credit to speakers whose names do not agree ("a club
    spokesman", "the club", "Harbour Board"): the speaker named by a proper name that most of them credit (the
    first of equals), else the first speaker credited at all, by what the report calls them. The words of one
    statement have one author even when each report calls the author something else; the outlet that carried
    them first is no better guess. None when no report credits anybody."""
    proper: Counter[str] = Counter()
    first: str | None = None
    for u in units:
        for who in sorted(u.speakers):
            name = names[who][0] if who in names else who.removeprefix("~")
            if not name.strip():
                continue
            first = first or name
            if name[0].isupper():
                proper[name] += 1
    if proper:
        return max(proper.items(), key=lambda kv: kv[1])[0]
    return first


def _speaker_name(units: Sequence[Unit], names: Mapping[str, tuple[str, str]]) -> str | None:
    """The one speaker that every statement credits, by name: the shortest of their names that ends each of the
    others ("Adrienne Watson" for "White House spokesperson Adrienne Watson" too); None when a statement credits
    nobody, more than one speaker, a speaker known by no name, or names that do not agree."""
    found = []
    for u in units:
        if len(u.speakers) != 1:
            return None
        (who,) = u.speakers
        if who not in names:
            return None
        found.append(names[who][0].split())
    shortest = min(found, key=len)
    if not shortest or any(f[len(f) - len(shortest):] != shortest for f in found):
        return None
    return " ".join(shortest)


def build_facts(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    units: Sequence[Unit],
    groups: Sequence[Sequence[int]],
    *,
    copy_of: Mapping[int, int] | None = None,
    names: Mapping[str, tuple[str, str]] | None = None,
    credits: Mapping[int, set[int]] | None = None,
    worded: Sequence[tuple[Span, Span]] = (),
    mentions: MentionsFn | None = None,
) -> tuple[Fact, ...]:
    """Facts from aligned groups, numbered ``f1``, ``f2``, ... in the order of their first statement; the sides
    of a toll that no group held come last (``_tolls_across``).

    ``copy_of`` maps a report (by index) that nearly copies another report of the story to that report: a
    copy's statements come from the original's outlet, so they never add an independent source. ``names``
    maps a story entity id to its ``(name, type)``, for conflicts on who or where. ``credits`` maps a report
    to the reports of the story whose outlet it credits as the source of its whole text ("Source: Harbor Radio"
    on its last line): what it shares with them is theirs (``_credited_origin``). ``worded`` pairs the quoted
    sentences two reports give one speaker at one point in different words (``quotes.worded_apart``): each
    pair is a conflict of its own, after the rest. ``mentions`` gives the story entities mentioned in a span,
    for the holders of shares (``_shares_across``).
    """
    copy_of = copy_of or {}
    credits = credits or {}
    drafts: list[_Draft] = []
    for group in join_counts(groups, units):
        members = [units[i] for i in group]
        sides, rest, found = _split(members, analyses, names, _near(mentions, names or {}))
        if found:
            at = range(len(drafts), len(drafts) + len(sides))
            for n, side in zip(at, sides, strict=True):
                drafts.append(
                    _Draft(units=tuple(side), rivals=tuple(r for r in at if r != n), why=found.why,
                           update=found.update, about=found.about)
                )
            if rest:
                # a statement of a group's fate says little else: as a partner it would show the disputed state
                # as corroborated
                partners = () if found.about.startswith(_FATE) else _partners(rest, [u for side in sides for u in side])
                drafts.append(_Draft(units=tuple(rest) + partners))
        else:
            drafts.append(_Draft(units=tuple(members)))
    drafts = _shares_across(_fates_across(_tolls_across(drafts)), mentions, names or {})
    drafts += _worded_apart(worded, articles, first=len(drafts))
    sentences = [sentences_of(a, an) for a, an in zip(articles, analyses, strict=True)]
    drafts = _fold_repeated_quotes(_fold_contained(_rejoin(drafts, articles, sentences)))
    facts = []
    for n, draft in enumerate(drafts):
        ordered = sorted(draft.units, key=lambda u: (u.report, u.span.start))
        pairs = []
        said: dict[str, str] = {}  # a long statement's words -> the origin of its first carrier
        for u in ordered:
            article, analysis = articles[u.report], analyses[u.report]
            sentence = _sentence_of(u.span, sentences[u.report])
            origin = origin_of(u.span, article, analysis, sentence=sentence)
            # a speaker's words stay the copy's own: who said them is settled by ``_one_statement``/``_one_speaker``
            if u.report in copy_of and same_outlet(origin, outlet_of(article, analysis)) and not _worded(u):
                original = copy_of[u.report]
                origin = outlet_of(articles[original], analyses[original])
            origin = _credited_origin(u, origin, ordered, credits, articles, analyses)
            words = " ".join(u.text.lower().split())
            if len(words.split()) >= _VERBATIM_WORDS and not u.worded:
                # the same long sentence word for word in two reports was copied from one of them (or from a
                # source both used): it counts once, for whoever carried it first
                if words in said and same_outlet(origin, outlet_of(article, analysis)):
                    origin = said[words]
                said.setdefault(words, origin)
            pairs.append((outlet_of(article, analysis), origin))
        pairs = _one_speaker(ordered, _one_statement(ordered, pairs, names or {}), names or {})
        origins = distinct(resolve(pairs))
        count = len(origins)
        status: FactStatus = "conflict" if draft.rivals else ("corroborated" if count >= 2 else "single")
        facts.append(
            Fact(
                id=f"f{n + 1}",
                text=_shown(ordered).text,
                status=status,
                support=tuple(u.span for u in ordered),
                independent_sources=count,
                origin=origins[0] if count == 1 else None,
                conflicts_with=tuple(f"f{r + 1}" for r in sorted(draft.rivals)),
                why=draft.why if draft.rivals else "",
                may_be_update=bool(draft.rivals) and draft.update,
                outlets=tuple(distinct([outlet_of(articles[u.report], analyses[u.report]) for u in ordered])),
            )
        )
    return tuple(facts)
