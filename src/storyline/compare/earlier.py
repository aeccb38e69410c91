"""The amount of an earlier deal a story names as background, and reports that give it differently.

A story about a takeover often measures it against the buyer's last big one: "The deal is Halvorn's largest since
its $75 billion merger with Corvex in the late 1990s" / "It's Halvorn's biggest deal since its $81 billion purchase
of Corvex Oil in 1998". The two name one deal (the one with Corvex) and give it two sizes, which a fact-checker
should see. Such statements rarely align (they are asides, worded apart), and a statement placed at another time
gives no figure of the story's own deal (``money.elsewhen``), so ``earlier_deals_across`` sets them against each
other wherever alignment put them, as ``storyline.compare.across`` does for tolls.

An earlier deal is read only as news ties an amount to it: the amount right before the deal's noun, the noun
right before its other party's name ("its $75 billion merger with Corvex", "the $13bn acquisition of Brenna
Foods"), in a statement placed in the past ("in 1998", "in the late 1990s", "back in 2019"). One deal is one other
party: the first word of its name ("Corvex" of "Corvex Oil"). A speaker's own words give none.

Does NOT tell two earlier deals with one party apart (a story names one), nor compare the years each report gives
the deal (``storyline.compare.dates`` does, where they align).
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.compare.across import Draft, read_once, set_against
from storyline.compare.align import Unit
from storyline.compare.counts import agree, figure_of
from storyline.compare.money import FAR, earlier_party
from storyline.compare.quantities import CURRENCIES, Quantity, quantities

# what a disagreement on an earlier deal is on, before its party ("earlier:corvex")
EARLIER = "earlier:"


@dataclass(frozen=True, slots=True)
class EarlierDeal:
    """An earlier deal a statement names: its other party (the first word of its name, in lower case), the
    party as written, and its amount, placed where the statement tells it."""

    party: str
    named: str
    amount: Quantity
    start: int


def earlier_deals(text: str) -> list[EarlierDeal]:
    """The earlier deals a statement gives an amount of (see the module docstring).

    >>> [(d.party, d.amount.value) for d in earlier_deals("It is its biggest since its $81 billion purchase of "
    ...     "Corvex Oil in 1998.")]
    [('corvex', 81000000000.0)]
    >>> earlier_deals("Halvorn will pay $59.5 billion for Brenna in an all-stock deal.")
    []
    """
    out = []
    for q in quantities(text):
        if q.unit in CURRENCIES and not q.converted and not q.per and not q.basis and (named := earlier_party(text, q)):
            out.append(EarlierDeal(party=named.lower(), named=named, amount=q, start=q.start))
    return out


def earlier_deals_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different amounts of one earlier deal stand against each other (see the module
    docstring): one side per amount, amounts that agree (a hedge, a rounding) on one side, never as updates (a
    closed deal's size is not revised as a toll is). A report on two sides is left alone (refuse to guess), and so
    are amounts more than ``FAR`` apart (more likely two deals than one told twice)."""
    told: dict[tuple[str, str], list[tuple[EarlierDeal, Unit]]] = {}
    for d, u in read_once(drafts, earlier_deals):
        told.setdefault((d.party, d.amount.unit), []).append((d, u))
    out = drafts
    for (party, _), found in told.items():
        sides: list[list[tuple[Quantity, Unit]]] = []
        for d, u in found:
            side = next((s for s in sides if agree(s[0][0], d.amount)), None)
            if side is None:
                sides.append([(d.amount, u)])
            else:
                side.append((d.amount, u))
        reports = [{u.report for _, u in side} for side in sides]
        values = [side[0][0].value for side in sides]
        if len(sides) < 2 or sum(len(r) for r in reports) != len(set().union(*reports)):
            continue
        if max(values) > FAR * min(values):
            continue
        named = found[0][0].named
        why = " vs ".join(figure_of(side[0][0]) for side in sides) + f" for the earlier deal with {named}"
        out = set_against(out, EARLIER + party, sides, why=why, update=False)
    return out
