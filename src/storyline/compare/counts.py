"""Counts in conflict: two statements that give a quantity of the same thing, a figure of one compatible with no
figure of the other (``storyline.compare.quantities`` reads the figures and their ranges).

Statements that share little else may still give one count: ``number_conflict(same_verb=True)`` compares only
counts of the same noun said with the same verb. An amount of money is compared only with amounts of its role;
two statements that both give an amount in two currencies are compared in the one where their figures are their
own (``_own_currency``: outlets convert at different rates). A count that a report marks as an update ("has risen
to", "has since") and two figures of a toll still disagree: the reader is shown both, with the note that they may
be successive updates (``Disagreement.update``) rather than an error of one. Distances from one place in one
direction are compared too (``distance_conflict``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.calendar_words import MONTH_NAMES, MONTHS
from storyline.compare.awards import two_parts
from storyline.compare.counted import (
    LIVE,
    NOT,
    NUMBER_WORDS,
    PEOPLE,
    TALLIED,
    TOLLS,
    joint,
    restricted,
    toll_of_noun,
)
from storyline.compare.money import FAR, OTHER_DOLLARS, earlier_party, one_period, rival_price
from storyline.compare.places import same_place
from storyline.compare.quantities import (
    CURRENCIES,
    EQUIVALENT,
    FROM,
    ONE_MEASURE,
    Quantity,
    bounds_differ,
    compatible,
    hedge_of,
    kind_of,
    one_kind,
    quantities,
    range_of,
    within_rounding,
)
from storyline.compare.shares import VOTING, shares, vote_of
from storyline.compare.updates import UPDATE, marked, superseded_figure


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Why two statements disagree; for a count, also the two figures as a conflict names them ("at least 78"),
    what they are of ("people died") and whether they may be successive updates of one figure rather than an
    error of one (a toll, a bound, a marked update: "has risen to")."""

    why: str
    figures: tuple[str, str] = ("", "")
    about: str = ""
    update: bool = False


# how a toll reads after its counted noun
_TOLL_WORDS = {"die": "died", "hurt": "hurt", "missing": "missing", "displaced": "displaced"}



def figure_of(q: Quantity) -> str:
    """A figure as a conflict names it: its hedge and its value ("at least 78", "more than 115,000")."""
    hedge = hedge_of(q)
    if (span := range_of(q)) is not None and q.unit not in CURRENCIES:
        return f"{int(span[0]):,} to {int(span[1]):,}"  # "between 5,000 and 6,000 people"
    if q.unit in CURRENCIES:
        value = _money(q.value, q.unit)
    else:
        value = f"{int(q.value):,}" if q.value == int(q.value) else _fmt(q.value)
    including = f" (including {q.including})" if q.including else ""
    return f"{hedge} {value}{including}".strip()


_SYMBOLS = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "aud": "A$", "cad": "C$", "nzd": "NZ$", "hkd": "HK$",
            "sgd": "S$"}


def _money(value: float, unit: str) -> str:
    """An amount of money as news writes it short: "$787.5m", "£1.6bn", "€80,000", "12,000 cny"."""
    for scale, mark in ((1e9, "bn"), (1e6, "m")):
        if value >= scale:
            figure = f"{_fmt(round(value / scale, 3))}{mark}"
            break
    else:
        figure = f"{int(value):,}" if value == int(value) else _fmt(value)
    symbol = _SYMBOLS.get(unit)
    return f"{symbol}{figure}" if symbol else f"{figure} {unit}"


def count_disagreement(a: str, b: str, *, same_verb: bool = False) -> Disagreement | None:
    """How two statements disagree on a quantity ("13 vs 15 people"), or None.

    Two figures of one unit disagree when neither is compatible with any figure of the other statement: their
    ranges do not meet, or both are bounds in one direction that give different figures (``bounds_differ``).
    Counts of two tolls ("66 people died" / "more than 100 people remain missing") are not compared. With
    ``same_verb``, only counts said with the same verb are compared ("seven cars derailed" /
    "eight cars and two locomotives derailed"; "carrying about 207 passengers" / "243 passengers on board"): two
    statements that share little else may still give one count, and a count of the same noun said with another
    verb ("12 people were arrested" / "five people died") is a count of something else. A share is said of what
    it is of ("a 19-percent wage increase" / "a 20% increase in wages"; ``Quantity.what``).

    A marked update ("rose to", "has since") still disagrees: it is flagged as one that may be an update.
    """
    # a part of a whole the statement also gives ("15 ... and 15 during it") is compared as the whole
    qa, qb = _wholes(a), _wholes(b)
    # "With 97.6% of votes tallied" tells when a report was written, no share of the vote; a share told beside it
    # is a provisional tally, which another report at another count does not contradict ("55.8%" at 97.6% counted,
    # "55.95%" at 87%)
    counted = ([q for q in qa if q.role == TALLIED], [q for q in qb if q.role == TALLIED])
    qa, qb = [q for q in qa if q.role != TALLIED], [q for q in qb if q.role != TALLIED]
    # a figure a change started from, which only one statement tells: at where it changed to ("25%, up from the
    # initial 23%" is set against what the other says of 25%, not of 23%)
    earlier = (_superseded(a, qa, qb), _superseded(b, qb, qa))
    qa, qb = _before_changes(qa, qb)
    # "Authorities had initially put the death toll at 19": a figure the report says it has since revised is no
    # figure it gives, and no other report's figure disagrees with it
    qa = [q for q in qa if q.unit in CURRENCIES or not superseded_figure(a, q.end)]
    qb = [q for q in qb if q.unit in CURRENCIES or not superseded_figure(b, q.end)]
    qa, qb = _deaths_as_people(qa, qb)
    # "the largest since its $48 billion merger with Corvex in the late 1990s": an earlier deal's amount
    qa, qb = [q for q in qa if not earlier_party(a, q)], [q for q in qb if not earlier_party(b, q)]
    # "higher than Eisai's Leqembi, which costs $26,500 per year": the price of the product measured against
    qa, qb = [q for q in qa if not rival_price(a, q)], [q for q in qb if not rival_price(b, q)]
    for unit in _own_currency({q.unit for q in qa} & {q.unit for q in qb}, qa, qb):
        if unit == "usd" and _other_dollar(qa, qb):
            continue
        if unit == "percent" and any(counted) and not _one_tally(*counted):
            continue
        pairs = [(x, y) for x in qa if x.unit == unit for y in qb if y.unit == unit]
        if unit not in ONE_MEASURE:
            pairs = [(x, y) for x, y in pairs
                     if _same_count(x, y, same_verb=same_verb) or _one_change(a, x, qa, b, y, qb)]
        if unit not in CURRENCIES and unit != "percent":
            # "about 80 deaths ... per year" counts what happens again and again, no one event's count; a tally over
            # a span ("32 deaths since October") is set against a tally of the same span alone
            pairs = [(x, y) for x, y in pairs if x.rate == y.rate and x.tally == y.tally]
        # "to reflect two fewer deaths" tells by how much a count changed, which only another change disagrees with
        pairs = [(x, y) for x, y in pairs if x.difference == y.difference]
        # "31 people ... dead in Meichuan" beside "the quake left 89 dead": a count placed where the other
        # statement does not go is a part of the toll, not another figure for it
        pairs = [(x, y) for x, y in pairs if _placed_within(a, x, b) and _placed_within(b, y, a)]
        # "In February, 96 people died ... on Italy's Calabrian coast": another event's toll, told as background
        if another_event(a, b) or another_event(b, a):
            continue
        # "five people were killed from one family" is a part of a toll, not a figure for it
        pairs = [(x, y) for x, y in pairs if restricted(a, x.end) == restricted(b, y.end)]
        if unit == "percent":
            pairs = [(x, y) for x, y in pairs if _one_share(a, x, b, y)]
        if unit in CURRENCIES:
            # "$16,998,000 for Moss on defamation" / "$20 million ... for emotional suffering": two parts of one
            # award; "$75 million in punitive damages" / "more than $148 million total": a part and the whole
            pairs = [(x, y) for x, y in pairs if not two_parts(a, x, b, y)]
        # "more than 2,100 acres" / "over 2,100 hectares": one figure in two units, which no bound reconciles
        if slip := _slip_in(pairs):
            return _slipped(*slip, pairs)
        # a figure that some figure of the other statement allows is no disagreement, whatever else either
        # gives ("rose to 12 from nine" / "nine died")
        agreed = {id(q) for x, y in pairs if agree(x, y) and not bound_below(x, y) and not floor_and_ceiling(x, y)
                  for q in (x, y)}
        agreed |= _one_listed_kind(a, b, unit, qb) | _one_listed_kind(b, a, unit, qa)
        if unit in CURRENCIES:
            agreed |= _given_by_both([q for q in qa if q.unit == unit], [q for q in qb if q.unit == unit])
        at = ({x.start for x, _ in pairs if id(x) in agreed}, {y.start for _, y in pairs if id(y) in agreed})
        found = next(((x, y) for x, y in pairs if id(x) not in agreed and id(y) not in agreed
                      and earlier[0].get(x.start) not in at[0] and earlier[1].get(y.start) not in at[1]), None)
        if found is None:
            continue
        x, y = found
        tolls = sorted(x.verbs & y.verbs & TOLLS)
        about = f"{unit} {_TOLL_WORDS[tolls[0]]}" if tolls else amount_of(x) if unit in CURRENCIES else (
            f"{unit} {x.role}".strip())
        # where a rate started is told once, not revised: the verb of the change marks no update of it
        # a count a search adds to ("The bodies of 11 climbers were recovered" / "of five climbers have been
        # recovered") grows as a toll does
        tallies = x.verbs & y.verbs & TALLIES
        # the most an amount may come to ("fines of up to $50 million") is set, not counted as it grows: no update
        bounds = (x.bound or y.bound) and not (unit in CURRENCIES and "upper" in (x.bound, y.bound))
        update = x.role != FROM and bool(
            tolls or tallies or bounds or _updated(a, x) or _updated(b, y)
        )
        fx, fy = figure_of(x), figure_of(y)
        why = "; ".join([said_of((fx, fy), about), *_other_tolls(pairs, agreed, tolls)])
        if x.measured_in or y.measured_in:
            # "approximately 130 feet (39.6 meters) vs 30 meters": a figure as its report wrote it, not converted
            why = f"{_in_units(x, qa)} vs {_in_units(y, qb)}"
        return Disagreement(why=why, figures=(fx, fy), about=about, update=update)
    return _two_measures(qa, qb)


def _measure_plural(unit: str) -> str:
    """A counted noun and what follows it, its noun plural: "barrels of oil equivalent"."""
    head, _, rest = unit.partition(" ")
    return f"{head}s {rest}".strip()


def _two_measures(qa: Sequence[Quantity], qb: Sequence[Quantity]) -> Disagreement | None:
    """One figure said of two measures ("1.3 million barrels per day" / "1.3 million barrels of oil-equivalent
    per day"): a barrel of oil and a barrel of oil equivalent (oil and gas together) are no one count, and a
    reader should see the two reports say different things, never that they corroborate one."""
    for x in qa:
        for y in qb:
            if x.value == y.value and x.unit != y.unit and (
                x.unit == f"{y.unit} {EQUIVALENT}" or y.unit == f"{x.unit} {EQUIVALENT}"
            ):
                told = [f"{q.written or figure_of(q)} {_measure_plural(q.unit)}" for q in (x, y)]
                why = f"{told[0]} vs {told[1]}: one figure of two measures"
                return Disagreement(why=why, about=x.unit)
    return None


# how far past a figure a change starts from the figure it changed to may stand ("from 27.5% to 100%")
_CHANGE_REACH = 12
_TO_NEXT = re.compile(r"\s*to\s*$", re.I)


def _changed_to(text: str, x: Quantity, qs: Sequence[Quantity]) -> Quantity | None:
    """The figure a change that starts from ``x`` ("from 27.5% to 100%") ends at, or None."""
    return next((q for q in qs if q.unit == x.unit and x.end <= q.start <= x.end + _CHANGE_REACH
                 and _TO_NEXT.search(text[x.end : q.start])), None)


def _one_change(a: str, x: Quantity, qa: Sequence[Quantity], b: str, y: Quantity, qb: Sequence[Quantity]) -> bool:
    """Whether two figures are where one change started, told as rising from them to one figure, however loosely
    the rest is worded: "tariffs more than quadrupled from 27.5% to 100%" / "an increase in the tariff rate from
    25% to 100% this year" disagree on the rate before the rise. Two changes of things named apart
    (``Quantity.what``) are two changes."""
    if x.role != FROM or y.role != FROM or (x.what and y.what and not x.what & y.what):
        return False
    to_x, to_y = _changed_to(a, x, qa), _changed_to(b, y, qb)
    return to_x is not None and to_y is not None and to_x.value == to_y.value


# between the figure a change went to and the one it went up or down from ("25%, up from the initial 23%")
_UP_FROM = re.compile(r"[\s,;(]*(?:up|down)\s+from\b", re.I)


def _superseded(text: str, qs: Sequence[Quantity], other: Sequence[Quantity]) -> dict[int, int]:
    """Where each figure a change started from that the other statement tells no change of is told, mapped to
    where the figure it changed to is: "wage increases of 25%, up from the initial 23% increase" tells 23% as what
    was offered before. Where the other statement agrees with the figure after the change ("totals 25% over a
    4½-year contract"), its other figures are of other things ("an 11% wage increase the first year"), and the
    figure before the change is set against none of them."""
    both = {q.unit for q in other if q.role == FROM}
    out = {}
    for q in qs:
        if q.role == FROM and q.unit not in both and (to := _change_end(text, q, qs)) is not None:
            out[q.start] = to.start
    return out


def _change_end(text: str, q: Quantity, qs: Sequence[Quantity]) -> Quantity | None:
    """The figure a change that starts from ``q`` ended at: after it ("from 27.5% to 100%"), or right before it
    ("25%, up from the initial 23%")."""
    if (to := _changed_to(text, q, qs)) is not None:
        return to
    return next((p for p in reversed(qs) if p.unit == q.unit and p.end <= q.start and p.role != FROM
                 and (m := _UP_FROM.match(text, p.figure_end or p.end)) is not None and m.end() <= q.start), None)


def _one_listed_kind(a: str, b: str, unit: str, qb: Sequence[Quantity]) -> set[int]:
    """The ids of ``b``'s counts of ``unit`` that agree with a count of their own kind in a list of counts by kind
    that ``a`` gives ("charged with 10 counts of murder" / "charged with 10 counts of murder in the first degree and
    one count of attempted first-degree murder"): a count of another kind beside it is no part of the same count,
    so the list's sum (11) is no figure for it (QA BB #4)."""
    parts = [p for p in quantities(a) if p.unit == unit and p.in_sum and p.part and kind_of(a, p)]
    out = set()
    for y in qb:
        if y.unit != unit or not (kind := kind_of(b, y)):
            continue
        if any(one_kind(kind_of(a, p), kind) and agree(p, y) for p in parts):
            out.add(id(y))
    return out


def _given_by_both(qa: Sequence[Quantity], qb: Sequence[Quantity]) -> set[int]:
    """The ids of the amounts that both statements give to the unit, whatever role each is read in: a statement
    that gives the very amount the other gives tells it, and its other amounts are of other things. "the price of
    the drug will be $26,500" is not contradicted by "While we estimate its value to society to be $37,600, Velcor
    decided to price it below that value at a cost of $26,500 per year", whichever of the two the words around
    them read as the value."""
    both = {q.value for q in qa if q.exact} & {q.value for q in qb if q.exact}
    # ... as a figure, not beside a floor and a ceiling ("over $50 million" / "up to $50 million")
    told = {x.value for x in qa for y in qb if x.value in both and floor_and_ceiling(x, y)}
    return {id(q) for q in (*qa, *qb) if q.exact and q.value in both - told}


def unit_slip(x: Quantity, y: Quantity) -> bool:
    """Whether two figures of one measure are one figure written in two units ("2,100 acres" / "2,100
    hectares"): one report slipped from one unit to the other, and the figures are no successive updates."""
    ux, uy = x.measured_in or x.unit, y.measured_in or y.unit
    vx, vy = x.measured if x.measured_in else x.value, y.measured if y.measured_in else y.value
    return ux != uy and vx == vy


def _slip_in(pairs: Sequence[tuple[Quantity, Quantity]]) -> tuple[Quantity, Quantity] | None:
    """The first pair of figures that is a unit slip (``unit_slip``), where neither figure is allowed by another
    figure of the other statement: "2,100 acres (850 hectares)" / "850 hectares (2,100 acres)" tell one measure
    in both units, whichever figures are paired."""
    for x, y in pairs:
        if unit_slip(x, y) and not any(
            (p is x) != (q is y) and agree(p, q) for p, q in pairs if p is x or q is y
        ):
            return x, y
    return None


def _slipped(x: Quantity, y: Quantity, pairs: Sequence[tuple[Quantity, Quantity]]) -> Disagreement:
    """A unit slip as a reader reads it: each figure in the unit it is written in, and in the unit compared where
    that is another ("more than 2,100 acres (850 hectares) vs over 2,100 hectares: one figure in two units");
    never a possible update."""
    xs, ys = [p for p, _ in pairs], [q for _, q in pairs]
    why = f"{_in_units(x, xs)} vs {_in_units(y, ys)}: one figure in two units"
    return Disagreement(why=why, about=x.unit)


def _in_units(q: Quantity, told: Sequence[Quantity]) -> str:
    """A figure with its hedge and the unit it is written in, then, when it was converted, its value in the unit
    compared: as its statement gives it ("more than 2,100 acres (850 hectares)"), else to three figures."""
    if not q.measured_in:
        return f"{figure_of(q)} {_units(q.unit)}"
    own = next((p for p in told if p is not q and not p.measured_in and agree(p, q)), None)
    compared = own.value if own is not None else float(f"{q.value:.3g}")
    as_told = figure_of(replace(q, value=q.measured))
    return f"{as_told} {_units(q.measured_in)} ({figure_of(replace(q, value=compared, written=''))} {_units(q.unit)})"


def _units(unit: str) -> str:
    return "feet" if unit in ("foot", "feet") else f"{unit}s"


# a figure that nobody reached is a bar, no share of anyone: "No candidate won more than 50 percent of votes"
_NOBODY = re.compile(r"\b(?:[Nn]o|[Nn]either|[Nn]one\s+of\s+the)(?:\s+[\w’'-]+){1,3}\s+$")


# a share told of one year of a term, right after its figure ("an 11% wage increase the first year", "a 9% raise
# in year one"): a part of what the whole term gives
_YEAR_OF_TERM = re.compile(
    r"[^,;:.%\d]{0,40}?\b(?:the\s+(?:first|second|third|fourth|fifth|final|last)\s+year|year\s+(?:one|two|three|[1-5])"
    r"|upon\s+ratification|immediately)\b",
    re.I,
)


_FIGURE_AT = re.compile(r"[^\d]*[\d.,]+\s*(?:%|per\s*cent\b|percent\b)?")


def _of_year_of_term(text: str, q: Quantity) -> bool:
    """Whether a share is told of one year of a term, in the words right after its figure (``_YEAR_OF_TERM``)."""
    figure = _FIGURE_AT.match(text, q.start)
    return _YEAR_OF_TERM.match(text, figure.end() if figure else q.end) is not None


def _one_share(a: str, x: Quantity, b: str, y: Quantity) -> bool:
    """Whether two percentages may be figures of one share: not a bar nobody reached (``_NOBODY``), nor two
    figures each tied to another holder ("Muizzu ... 54%" / "Solih with 39%": ``shares.shares``), nor two that
    statements of a vote place in two votes ("with 54% of the vote" / "Muizzu led the first round ..., followed
    by President Solih with 39%": ``shares.vote_of``), nor a share of one year of a term and one told of no year
    ("an 11% wage increase the first year" / "wage increases of 25%": ``_YEAR_OF_TERM``)."""
    if _NOBODY.search(a, 0, x.start) or _NOBODY.search(b, 0, y.start):
        return False
    if _of_year_of_term(a, x) != _of_year_of_term(b, y):
        return False
    held_x = next((s.holder for s in shares(a) if s.start == x.start), None)
    held_y = next((s.holder for s in shares(b) if s.start == y.start), None)
    if held_x and held_y and held_x != held_y:
        return False
    if not (VOTING.search(a) and VOTING.search(b)):
        return True  # a rate or a share of anything else: a year beside it marks no other vote
    return vote_of(a, x.start, x.end) == vote_of(b, y.start, y.end)


def _other_tolls(pairs: Sequence[tuple[Quantity, Quantity]], agreed: set[int], tolls: Sequence[str]) -> list[str]:
    """How two statements that disagree on one toll also disagree on their other tolls, each said as a
    disagreement is ("4 vs 47 people missing" beside "27 vs 45 people died"): a bulletin gives the dead and the
    missing at once, and the next revises both."""
    out = []
    for x, y in pairs:
        other = sorted(x.verbs & y.verbs & TOLLS)
        if id(x) in agreed or id(y) in agreed or len(other) != 1 or other == list(tolls[:1]):
            continue
        said = said_of((figure_of(x), figure_of(y)), f"{x.unit} {_TOLL_WORDS[other[0]]}")
        if said not in out and tolls:
            out.append(said)
    return out


def _wholes(text: str) -> list[Quantity]:
    """The quantities a statement gives, less the parts of a whole it also gives (``Quantity.in_sum``) and the
    first count of a breakdown by place (``Quantity.by_place``: one place's count, no figure for the whole)."""
    return [q for q in quantities(text) if not q.in_sum and not q.by_place]


def _before_changes(qa: list[Quantity], qb: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Two statements' figures, a rate's figure before a change (``quantities.FROM``) kept apart only where both
    give one of that unit: "from 0.1 per cent to 0.25 per cent" / "to 0.25 per cent from minus 0.1 per cent"
    disagree on where the rate started, not on 0.1 vs 0.25; where only one tells the change, its figure before
    it is a figure like any other ("rose to 4.1% from 3.9%" / "was 3.9%")."""
    both = {q.unit for q in qa if q.role == FROM} & {q.unit for q in qb if q.role == FROM}

    def kept(qs: list[Quantity]) -> list[Quantity]:
        return [replace(q, role="") if q.role == FROM and q.unit not in both else q for q in qs]

    return kept(qa), kept(qb)


def _one_tally(xs: Sequence[Quantity], ys: Sequence[Quantity]) -> bool:
    """Whether two statements give their shares at one stage of a count: both tell how much was counted, and
    those figures agree ("with 97.6% counted" / "with 97.6 percent of ballots tallied")."""
    return any(agree(x, y) for x in xs for y in ys)


def _own_currency(units: set[str], qa: Sequence[Quantity], qb: Sequence[Quantity]) -> list[str]:
    """The units two statements' figures are compared in, in order: of the currencies both give, only those in
    which their figures are most their writers' own. A conversion is made at some exchange rate, and outlets
    take different ones: "£48m (€62m)" and "more than €60m (£51.8m)" are compared in euros, where the hedged
    figure is as its report gives it (in pounds the conversion makes them differ). First a currency both
    statements give as their own figure, then one in which a hedged figure is its report's own, then any."""
    money = [u for u in units if u in CURRENCIES]
    if len(money) < 2:
        return sorted(units)

    def rank(unit: str) -> tuple[bool, bool]:
        own = [[q for q in qs if q.unit == unit and not q.converted] for qs in (qa, qb)]
        return all(own), any(q.bound or hedge_of(q) for side in own for q in side)

    best = max(rank(u) for u in money)
    return sorted(u for u in units if u not in CURRENCIES or rank(u) == best)


def _other_dollar(qa: Sequence[Quantity], qb: Sequence[Quantity]) -> bool:
    """Whether one statement names a dollar of another country than the US that the other does not ("A$50
    million", "50 million Australian dollars ($33 million)"): a bare "$" of the other may be that dollar, and a
    "$" figure of the first its conversion, so their "$" figures are no two figures of one amount (QA AZ #6:
    "up to $50 million" of an Australian outlet / "up to $33 million" of a US wire's)."""
    return {q.unit for q in qa} & OTHER_DOLLARS != {q.unit for q in qb} & OTHER_DOLLARS


def said_of(figures: Sequence[str], about: str) -> str:
    """A disagreement as a reader reads it: the figures in turn, then what they count ("at least 78 vs 66
    people died"); an amount of money names its currency in its figures ("£95m vs £100m"), and its role when
    it has one ("$1.6bn vs $2bn sought").

    >>> said_of(("£95m", "£100m"), "gbp")
    '£95m vs £100m'
    """
    unit, _, rest = about.partition(" ")
    if rest == FROM:  # a rate before a change: "from 0.1 vs from -0.1 percent"
        return f"{' vs '.join(f'{FROM} {f}' for f in figures)} {unit}"
    what = rest if unit in CURRENCIES else about
    if (toll := toll_of_noun(unit)) and _TOLL_WORDS[toll] == rest:
        what = _plural(unit)  # "524 vs 511 deaths", not "death died"
    elif rest in _TOLL_WORDS.values() and unit not in (PEOPLE, *CURRENCIES) and unit.isalpha():
        what = f"{_plural(unit)} {rest}"  # "3 vs 2 relatives hurt", not "relative hurt"
    return f"{' vs '.join(figures)} {what}".strip()


# counted nouns whose plural adds no "-s" ("three children", "12 crew")
_PLURALS = {"child": "children", "man": "men", "woman": "women", "crew": "crew", "staff": "staff",
            "police": "police", "troop": "troops"}


def _plural(noun: str) -> str:
    """A counted noun as a count of more than one names it ("deaths", "injuries", "casualties", "children")."""
    if noun in _PLURALS:
        return _PLURALS[noun]
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


# a statement that opens on a past month or year, not a day: "In February,", "In March last year,", "Last month,",
# "Earlier this year,"; a story's own event is told by its day
_PAST_OPENING = re.compile(
    r"\W*(?:(?:[Bb]ack\s+)?[Ii]n\s+(?:(?:early|late|mid)[\s-]+)?(?:" + MONTH_NAMES + r")(?:\s+(?:last|this)\s+year)?|"
    r"[Ll]ast\s+(?:month|year)|[Ee]arlier\s+this\s+(?:month|year))\s*,"
)
# where a statement places what it tells: "on Italy's Calabrian coast", "off Greece", "in the town of Parma"
_WHERE = re.compile(r"\b(?:in|on|off|near|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?P<place>[A-Z][\w-]+)")


def another_event(text: str, other: str) -> bool:
    """Whether a statement tells another event than ``other`` does: it opens on a past month or year
    (``_PAST_OPENING``) and places what it tells where ``other`` does not go ("In February, 96 people died when
    their wooden boat smashed into rocks on Italy's Calabrian coast" beside "a grim search off the Greek coast
    ..., killing at least 78 people"). Its counts are background, no figure of the other's."""
    opening = _PAST_OPENING.match(text)
    if opening is None:
        return False
    places = {m.group("place") for m in _WHERE.finditer(text, opening.end())} - set(MONTHS)
    return any(place not in other for place in places)


# words a sentence opens with that name no place
_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "in", "at", "on", "it", "he", "she", "they", "we", "this", "that", "there", "as", "after", "by",
     "of"}
)
# where a count is said to be: "dead in Meichuan", "died in the flooding in Brazil's south"
_PLACED = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?P<place>[A-Z][\w-]+)")


def _placed_within(text: str, q: Quantity, other: str) -> bool:
    """Whether ``q`` may count what ``other`` counts as far as places go: its clause places it nowhere, or where
    ``other`` names too, or ``other`` names no place at all ("Seven cars derailed" / "Eight ... in Dunmore")."""
    clause = re.split(r"[,;:.!?()\"“”—–]", text[q.end :])[0]
    m = _PLACED.match(clause) or _PLACED.search(clause)
    if m is None or m.group("place") in other:
        return True
    names = [w for w in re.findall(r"[A-Za-z][\w-]*", other) if w[0].isupper()]
    return not [w for w in names if w.lower() not in _SENTENCE_OPENERS and w.lower() not in NUMBER_WORDS]


def agree(x: Quantity, y: Quantity, far: float = FAR) -> bool:
    """Whether two figures of one count may both be said of it: their ranges meet, and they are not two bounds
    in one direction that give different figures (at most ``far`` times apart: see ``bounds_differ``)."""
    return compatible(x, y) and not bounds_differ(x, y, far)


# the hedges that put a figure strictly below a count ("more than $50 million" is no $50 million)
_STRICT_FLOORS = ("more than", "over", "in excess of", "upwards of")


def floor_and_ceiling(x: Quantity, y: Quantity) -> bool:
    """Whether one of two figures is a floor above its figure and the other a ceiling at the same figure ("fined
    over $50 million" / "fines of up to $50 million"): the ranges touch at the figure, which the floor leaves out,
    so the two say different things, however alike their statements (QA AZ #7)."""
    floor, ceiling = (x, y) if x.bound == "lower" else (y, x)
    return (floor.bound == "lower" and ceiling.bound == "upper" and floor.value == ceiling.value
            and hedge_of(floor) in _STRICT_FLOORS)


def bound_below(x: Quantity, y: Quantity, far: float = FAR) -> bool:
    """Whether one of two counts is a lower bound below the other, exact one, past its rounding ("at least seven
    workers" / "a total of eight workers"): both may hold, but a lower bound is its teller's own count, and a
    reader should see that one report counted seven and the other eight. Not for amounts of money or shares
    ("more than €100m" is no count of anything), nor figures far apart (``FAR``: a part and the whole), nor
    round ones ("at least 40" / "a dozen"), nor a whole added up from parts (``Quantity.summed``: "105 died in
    Dunmore and 52 in Keswick" gives 157, no count its report told)."""
    if x.unit in CURRENCIES or x.unit == "percent" or not (x.exact and y.exact) or x.summed or y.summed:
        return False
    lower, other = (x, y) if x.bound == "lower" else (y, x)
    if lower.bound != "lower" or other.bound or other.low != other.high or other.value <= lower.value:
        return False
    return other.value <= far * lower.value and not within_rounding(lower, other)


def figures_for(text: str, about: str) -> list[Quantity]:
    """The figures a statement gives of what a disagreement is on (``Disagreement.about``: "people died",
    "wagon"): of its unit, and of its toll when it names one."""
    unit, _, toll = about.partition(" ")
    if unit in CURRENCIES:
        return [q for q in quantities(text) if q.unit == unit and q.role == toll]
    if toll == ABOARD:
        return [q for a, q in headcounts(text) if a == about]
    family = next((f for f, w in _TOLL_WORDS.items() if w == toll), None)
    if family is None:  # a count with a role ("years in prison at most") is of that role only
        return [q for q in quantities(text) if q.unit == unit and q.role == toll]
    return [q for q in quantities(text) if q.unit == unit and family in q.verbs]


def toll_counts(text: str) -> list[tuple[str, Quantity]]:
    """The tolls a statement gives, each with what it counts ("people died", "people missing"): counts of people
    said with a toll's verb (``TOLLS``), parts of a toll ("another four deaths") left out, and so are wholes
    added up from parts (``Quantity.summed``: "85 people were injured in Orm and 55 in Tarn" tells two places'
    counts, which another report's total of every place does not contradict). Also how many passengers were on
    board (``headcounts``: "passenger aboard")."""
    out = []
    found = quantities(text)
    for q in found:
        if _bodies_found(q):
            out.append((f"{PEOPLE} {_TOLL_WORDS['die']}", replace(q, unit=PEOPLE, verbs=q.verbs | {"die"})))
            continue
        tolls = sorted(q.verbs & TOLLS or ({"missing"} if q.verbs & _UNFOUND else set()))
        if len(tolls) != 1 or (q.part and not _another_toll(text, q, found)) or q.summed or q.rate:
            continue  # a rate ("about 80 deaths ... per year") is no toll of one event
        if q.group:
            # the toll of one named group ("At least 323 Egyptian pilgrims died" / "the number of Egyptian deaths
            # had risen to at least 600") is of that group, whoever the noun says they were; not the whole toll
            out.append((f"{q.group.capitalize()} {PEOPLE} {_TOLL_WORDS[tolls[0]]}", q))
        elif q.unit == PEOPLE or (q.unit in WHOLE_TOLL_NOUNS and not _AND_MORE.match(text, q.end)) or _deaths(q):
            toll = replace(q, unit=PEOPLE, including=_including(text, q, found))
            out.append((f"{PEOPLE} {_TOLL_WORDS[tolls[0]]}", toll))
    return out + headcounts(text) + brought_out(text)


# a part of a toll named right after it: "killed 17 people, including eight children"
_INCLUDING = re.compile(r"\s*,?\s*(?:including|among\s+them)\s+$", re.I)


def _including(text: str, q: Quantity, found: Sequence[Quantity]) -> str:
    """The part a toll names right after it, as written ("eight children" of "killed 17 people, including eight
    children"); "" when it names none. Two reports whose tolls differ may also differ on the part, and a reader
    should see both ("17 (including eight children) vs at least 19 (including nine children) people died")."""
    part = next((p for p in found if p.start >= q.end and p.part), None)
    if part is None or part.unit == q.unit or not _INCLUDING.match(text[q.end : part.start]):
        return ""
    return text[part.start : part.end].strip(" ,;.")


# the people a disaster's toll is told of by what brought them there: "16 miners died", "31 miners still missing",
# "killed at least 21 workers", "79 migrants drowned" tell the whole toll as "people" does, in a mine, a factory or
# a boat (a count of a part of them is marked or far below the whole: ``Quantity.part``, ``conflicts.FAR``); not
# "children", "passengers" or "crew", whose tolls are a part of everyone's
WHOLE_TOLL_NOUNS = frozenset({"miner", "worker", "migrant", "employee", "labourer", "laborer"})
# a count of workers that another count of people adds to ("Two employees and a contractor were injured"): a part
# of the toll, which is the two counts together
_AND_MORE = re.compile(r"\s+(?:and|&|plus)\s+(?:an?|one|another|\d[\d,]*|" + "|".join(
    sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True)) + r")\b", re.I)
# what befell the part of a whole that a report fronts ("Of the 252 miners ..., 205 were brought to the surface")
_BROUGHT_OUT = frozenset({"evacuat", "rescu"})
EVACUATED = "evacuated of"


def brought_out(text: str) -> list[tuple[str, Quantity]]:
    """How many of a fronted whole a statement says were brought out, with what it counts ("people evacuated of
    252"): "Of the 252 miners present ..., 205 were brought to the surface" and "Of the 252 people working at the
    mine, 206 had been evacuated" give two figures of one count, the whole named alike. Evacuations told of no
    whole are left out: they are often told place by place ("3,000 were evacuated from Corran"), a part of
    another report's total."""
    return [
        (f"{PEOPLE} {EVACUATED} {int(q.whole):,}", replace(q, unit=PEOPLE))
        for q in quantities(text)
        if q.whole and (q.unit == PEOPLE or q.unit in WHOLE_TOLL_NOUNS) and roles(q) & _BROUGHT_OUT
        and not roles(q) & TOLLS and not q.part
    ]


# "Some 21 people had not been located", "12 have not been found": the missing, told as not yet found
_UNFOUND = frozenset({f"{NOT}locat", f"{NOT}found", f"{NOT}account"})
_BODY_FOUND = frozenset({"found", "recover"})
_ANOTHER_BEFORE = re.compile(r"\banother\s+$", re.I)


def _bodies_found(q: Quantity) -> bool:
    """Whether a count is of bodies found ("42 bodies of miners were found", "the bodies of 30 were recovered"): a
    toll of the dead as "42 people died" is; not a part of it ("five more bodies")."""
    return q.unit == "body" and bool(q.verbs & _BODY_FOUND) and not q.part and not q.summed


def _another_toll(text: str, q: Quantity, found: Sequence[Quantity]) -> bool:
    """Whether "another" before a count adds it to a count of another toll, not to its own ("has killed at least
    21 workers while another 25 remained unaccounted for": 25 missing, a whole toll of the missing)."""
    if not _ANOTHER_BEFORE.search(text, 0, q.start):
        return False
    before = [p for p in found if p.end <= q.start and p.verbs & TOLLS]
    return bool(before) and not before[-1].verbs & q.verbs & TOLLS


def _deaths(q: Quantity) -> bool:
    """Whether a count is of deaths by its noun ("15 deaths", "the deaths of 15"): a toll of the dead as "15
    people died" is, however the report words it (a noun where another has a verb)."""
    return toll_of_noun(q.unit) == "die" and "die" in q.verbs


def _deaths_as_people(qa: list[Quantity], qb: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Two statements' figures, a count of deaths by its noun read as one of people who died where the other
    statement tells its dead by a verb and gives no count of deaths: "There were 15 deaths in the blaze" and
    "At least 12 people died" are two figures of one toll. Where both count deaths ("524 vs 511 deaths") they
    stay as they are told."""
    nouns = ({q.unit for q in qa if _deaths(q)}, {q.unit for q in qb if _deaths(q)})
    verbs = [any(q.unit == PEOPLE and "die" in q.verbs for q in qs) for qs in (qa, qb)]

    def read(qs: list[Quantity], own: set[str], other: set[str], other_verb: bool) -> list[Quantity]:
        if not other_verb or other:
            return qs
        return [replace(q, unit=PEOPLE) if q.unit in own and _deaths(q) else q for q in qs]

    return read(qa, nouns[0], nouns[1], verbs[1]), read(qb, nouns[1], nouns[0], verbs[0])


# the people a vehicle carries, counted as a report counts them: passengers alone, or passengers and crew
_ON_BOARD = frozenset({"passenger", joint("crew", "passenger")})
ABOARD = "aboard"
# "All 379 passengers were evacuated", "all of the nearly 400 passengers and crew": every one on board
_ALL_BEFORE = re.compile(r"\ball\s+(?:of\s+(?:the\s+)?)?$", re.I)


def headcounts(text: str) -> list[tuple[str, Quantity]]:
    """How many passengers a statement says were on board, each with what it counts ("passenger aboard",
    "crew and passenger aboard"): a count of them said to be on board ("carrying 207 passengers", "367
    passengers and 12 crew on board") or of all of them ("All 379 passengers were evacuated"); a sum of
    passengers and crew ("367 passengers and 12 crew") counts both. Not a part ("17 of the passengers"), nor a
    toll of them ("12 passengers were injured")."""
    found = quantities(text)
    # "all 367 passengers and 12 crew": the passengers are told with the crew, and a conflict shows both
    told_with = {q.start: q.end for q in found if q.summed}
    return [
        (f"{q.unit} {ABOARD}", replace(q, end=max(q.end, told_with.get(q.start, 0))))
        for q in found
        if q.unit in _ON_BOARD and not q.part and not q.role and not q.verbs & TOLLS
        and (ABOARD in q.verbs or _ALL_BEFORE.search(text, 0, q.start))
    ]


def deal_amounts(text: str) -> list[tuple[str, Quantity]]:
    """The amounts agreed or paid a statement gives, each with its currency ("gbp"): the unmarked role
    (``money.role_of``), told in that currency first (a conversion in brackets is the same amount again), no
    ceiling ("up to £70m"), nor an amount told of a period ("$17 billion in profit last year": earnings, no
    deal; ``Quantity.period``).

    >>> [(about, q.value) for about, q in deal_amounts("Harwick will pay an initial £60m, up to £70m with add-ons")]
    [('gbp', 60000000.0)]
    """
    return [
        (amount_of(q), q)
        for q in quantities(text)
        if q.unit in CURRENCIES and not q.role and not q.converted and q.bound != "upper" and q.period is None
        and not q.per  # "$253 a share" is the price of one share, no amount of the deal
    ]


# how a conflict names what an amount is measured on (``money.basis_of``): "$14.1bn vs $14.5bn in cash"
_BASIS_WORDS = {"cash": "in cash", "debt": "including debt"}


def amount_of(q: Quantity) -> str:
    """What an amount of money is, as a disagreement names it: its currency, its role and its basis ("usd",
    "usd sought", "usd in cash"); amounts of one deal are set against each other only when they are alike."""
    return " ".join(w for w in (q.unit, q.role, _BASIS_WORDS.get(q.basis, "")) if w)


def is_money(about: str) -> bool:
    """Whether what a disagreement is on (``Disagreement.about``) is an amount of money ("gbp", "usd sought")."""
    return about.partition(" ")[0] in CURRENCIES


def _updated(text: str, q: Quantity) -> bool:
    """Whether a statement marks a figure as an update ("has risen to at least 78", "By Tuesday evening, 48 people
    had been arrested": ``updates.marked``)."""
    return marked(text, q.start, q.end)


def _same_count(x: Quantity, y: Quantity, *, same_verb: bool) -> bool:
    """Whether two figures of one unit may count one thing: shares of one thing (``Quantity.what``);
    with ``same_verb``, counts said with one verb; else any two counts but those of two tolls (the dead and
    the missing)."""
    if not one_period(x.period, y.period):
        return False  # "$17 billion in profit last year" / "$17 billion last quarter": two periods' figures
    if x.unit in CURRENCIES:
        # an amount paid and an amount sought are two quantities ("agreed to pay $787.5 million" / "had sought
        # $1.6 billion"), whatever verbs go with them; two amounts agreed are one, however each is told, unless
        # one is more than ``FAR`` times the other (then they are more likely two amounts than one told twice)
        # "$14.1 billion in cash" / "$14.9 billion, including debt": two measures of one deal (``money.basis_of``)
        # an oil price "a barrel" and a share price "per share" are prices of two things, and neither is an
        # amount of a deal; a market value or a price told of two days is two figures ("$55.4 billion Tuesday" /
        # "Last Thursday, ... a $50.1 billion valuation": ``money.day_of``)
        if x.per != y.per or ((x.per or x.role == "valued") and x.day and y.day and x.day != y.day):
            return False
        return x.role == y.role and x.basis == y.basis and max(x.value, y.value) <= FAR * min(x.value, y.value)
    if x.group and y.group and x.group != y.group:
        return False  # "three Senegalese citizens died" / "11 Iranian citizens were among the dead": two groups
    if bool(x.group) != bool(y.group) and x.verbs & y.verbs & TOLLS:
        return False  # "the number of Egyptian deaths had risen to 600" / "the death toll reached 577": a part
    if x.role != y.role:
        return False  # the most a charge carries is no term a court gave ("up to 20 years" / "sentenced to 8")
    if x.what and y.what:
        # in loosely worded statements, shares of one kind of thing said with two verbs are of two things: "while
        # levying a 40% tariff on car imports" / "the 60% flat tariff the challenger has proposed"
        return bool(x.what & y.what) and not (same_verb and x.verbs and y.verbs and not x.verbs & y.verbs)
    if not _one_role(x, y):
        return False
    if same_verb and x.unit == "percent":
        # a share in loosely worded statements is of what each moves: "the index inching down by over 1 per
        # cent" / "the yen fell 0.3pc" are two markets, whatever verb they share
        return False
    if same_verb:
        return bool(x.verbs & y.verbs)
    tx, ty = x.verbs & TOLLS, y.verbs & TOLLS
    # a count of two tolls together ("nearly 100 dead and missing") is no count of either ("45 dead")
    return not (tx and ty) or (bool(tx & ty) and (len(tx) == 1) == (len(ty) == 1))


# what a count of people may say befell them or where they are: a toll (``TOLLS``), on board, survived, rescued,
# found, identified, recovered, evacuated, arrested; a denied one ("have not been evacuated") too
ROLES = TOLLS | frozenset({"aboard", "surviv", "rescu", "found", "identify", "recover", "evacuat", "arrest", LIVE})
# the roles whose counts grow as a search goes on, as a toll does: two figures of them may be successive updates
TALLIES = frozenset({"rescu", "found", "identify", "recover", "evacuat"})


def roles(q: Quantity) -> frozenset[str]:
    """What a count says of the people or things it counts (``ROLES``), each denied one as denied."""
    return frozenset(v for v in q.verbs if v in ROLES or v.startswith(NOT))


def _one_role(x: Quantity, y: Quantity) -> bool:
    """Whether two counts may be of one role: unless both tell one and they share none. "179 dead" and "a plane
    carrying 181 people" count the dead and those on board; "three people were found alive" and "12 were
    missing" the found and the missing; "26 people who have not been evacuated" and "six dead bodies were still
    to be evacuated" those not evacuated and the dead."""
    rx, ry = roles(x), roles(y)
    return not (rx and ry) or bool(rx & ry)


def number_conflict(a: str, b: str, *, same_verb: bool = False) -> str | None:
    """Why two statements disagree on a quantity ("13 vs 15 people"), or None: ``count_disagreement``'s why."""
    found = count_disagreement(a, b, same_verb=same_verb)
    return found.why if found else None


def distance_conflict(a: str, b: str) -> str | None:
    """Why two statements disagree on how far from one place something lies, in one direction ("72 kilometres
    vs 63 kilometers southwest of Marrakesh"; ``storyline.compare.places``), or None. A distance given in two
    systems ("72 kilometres (45 miles)") is read in the first; a rounding in the other is allowed."""
    if UPDATE.search(a) or UPDATE.search(b):
        return None
    for x, y in same_place(a, b):
        qa, qb = quantities(x), quantities(y)
        if len(qa) == len(qb) == 1 and qa[0].unit == qb[0].unit and not compatible(qa[0], qb[0]):
            return f"{x} vs {y}"
    return None


def _fmt(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


# a tally that leaves a place out: "The toll stood at 40, not counting Marrowby", "40 had died, excluding Marrowby"
_LEAVES_OUT = re.compile(
    r"\b(?:not\s+(?:counting|including)|excluding|(?:did|does|do)\s*(?:not|n[’']t)\s+(?:include|count|cover))"
    r"\s+(?:the\s+)?[A-Z]"
)
# the next sentence saying so of the tally just told: "But the tally did not include Marrowby, which was cut off"
_TALLY_LEFT_OUT = re.compile(
    r"\W*(?:(?:But|However|And)\b,?\s+)?(?:the|that|this)\s+(?:tally|toll|figure|count|number|total)\s+"
    r"(?:did|does|do)\s*(?:not|n[’']t)\s+(?:include|count|cover)\s+(?:the\s+)?[A-Z]"
)
TOLL_ABOUTS = frozenset(f"{PEOPLE} {word}" for word in _TOLL_WORDS.values())


def leaves_out(text: str, after: str = "") -> bool:
    """Whether the toll a statement gives is one its report says leaves a place out ("stood at 40, not counting
    Marrowby"; or the sentence ``after`` it: "But the tally did not include Marrowby"): a partial tally, no toll
    of that place, which another report's toll of the place or of the whole does not contradict."""
    if not any(about in TOLL_ABOUTS for about, _ in toll_counts(text)):
        return False
    return _LEAVES_OUT.search(text) is not None or _TALLY_LEFT_OUT.match(after) is not None
