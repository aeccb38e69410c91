"""Where the story's act took place, and reports that place it in two cities.

"The exchange took place in Corvala" / "presumably referencing her landing in Marrowport for the prisoner swap"
place one act (a swap) in two cities, which a fact-checker should see. Such statements rarely align (the one is
an aside of another sentence), so ``venues_across`` sets them against each other wherever alignment put them, as
``storyline.compare.across`` does for tolls.

A place is read only as news ties an act to it: "<act> took place in X" ("the exchange took place in X", "the
swap happened at X"), or "in/at/to X for the <act>" ("landing in X for the prisoner swap", "to X airport for
the elaborate swap"), or "swapped ... at X" ("was swapped for the pilot at the X airport"). The act read is a
swap (of prisoners, of hostages: "swap", "exchange", "swapped"), the one act a story places so; other acts are
left alone (a story tells of many meetings, a trade show is no trade). Only two
cities the gazetteer knows, and knows apart, are compared: a country and a city in it, or a district of a city,
are no two places of one act. A quote gives none (``_read``).

Does NOT tell two acts of one noun apart (a story is one event), nor read a place named without its act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.compare.across import Draft, set_against
from storyline.compare.align import Unit
from storyline.compare.quantities import Quantity
from storyline.extract.gazetteer import country_of_capital, lookup

_NAME = r"[A-Z][\w'’]+(?:[\s-][A-Z][\w'’]+){0,3}"
# "<act> took place in X", "the signing was held at X"
_ACT_THEN_PLACE = re.compile(
    r"\b(?P<act>[a-z]+)\s+(?:took\s+place|happened|occurred|was\s+(?:held|carried\s+out|made|completed))\s+"
    r"(?:in|at)\s+(?:the\s+)?(?P<place>" + _NAME + r")"
)
# "in X for the prisoner swap", "to X airport for the elaborate swap"
_PLACE_THEN_ACT = re.compile(
    r"\b(?:in|at|to)\s+(?:the\s+)?(?P<place>" + _NAME + r")(?:\s+(?:airport|airbase|air\s+base))?\s+for\s+"
    r"(?:the|a|an|this|that)\s+(?P<act>[a-z]+(?:\s+[a-z]+){0,2})"
)
# "was swapped for the pilot at the X airport": the act's verb, then where it was done within its clause
_DONE_AT = re.compile(
    r"\b(?P<act>swapped)\b[^,;:.!?()\"“”]{0,40}?\b(?:in|at)\s+(?:the\s+)?(?P<place>" + _NAME + r")"
)
# what names one act however a report words it
# (a trade is no swap here: "in Las Vegas for the trade show"; nor is a verb "traded": "shares traded in London")
_ACTS = {"exchange": "swap", "swap": "swap", "swapped": "swap"}
# words after "for the" that end the act's words
_NOT_ACT = frozenset({"and", "or", "but", "then", "with", "of", "in", "at", "to", "on", "as", "when", "which", "that"})
VENUE = "venue:"


@dataclass(frozen=True, slots=True)
class Venue:
    """A city a statement places the story's act in: the act (a noun of it), the city (the gazetteer's name) and
    the words that tie them, placed where the statement tells them."""

    act: str
    city: str
    start: int
    end: int


def venues(text: str) -> list[Venue]:
    """The cities a statement places an act in (see the module docstring).

    >>> [(v.act, v.city) for v in venues("The exchange took place in Abu-Dhabi, the ministry said.")]
    [('swap', 'Abu Dhabi')]
    >>> [(v.act, v.city) for v in venues("She landed in Dubai for the prisoner swap.")]
    [('swap', 'Dubai')]
    >>> venues("She flew to the United Arab Emirates for the swap.")
    []
    """
    out = []
    for m in (*_ACT_THEN_PLACE.finditer(text), *_PLACE_THEN_ACT.finditer(text), *_DONE_AT.finditer(text)):
        city = _city(m.group("place"))
        words = m.group("act").split()
        words = words[: next((n for n, w in enumerate(words) if w in _NOT_ACT), len(words))]
        acts = {_ACTS.get(w, w) for w in words} & set(_ACTS.values())
        if city and acts:
            out.append(Venue(act=min(acts), city=city, start=m.start(), end=m.end()))
    return out


def _city(name: str) -> str:
    """The city a name written as a place is ("Abu-Dhabi International" -> Abu Dhabi), the longest run of its
    first words that the gazetteer knows as a city or a capital, or ""."""
    words = name.replace("-", " ").split()
    for n in range(len(words), 0, -1):
        form = " ".join(words[:n])
        known = lookup(form)
        if known is not None and known.kind == "city":
            return known.canonical
        if known is None and country_of_capital(form) is not None:
            return form
    return ""


def venues_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different cities of the story's act stand against each other (see the module
    docstring): one side per city, the city most reports give first, never as updates. A report on two sides is
    left alone (refuse to guess)."""
    told: dict[str, list[tuple[Venue, Unit]]] = {}
    for v, u in _read(drafts):
        told.setdefault(v.act, []).append((v, u))
    out = drafts
    for act, found in told.items():
        # the city most reports give first ("Abu Dhabi vs Dubai": four reports against one)
        count = {c: len({u.report for v, u in found if v.city == c}) for c in {v.city for v, _ in found}}
        cities = sorted(count, key=lambda c: (-count[c], c))
        if len(cities) < 2:
            continue
        sides = [[(_placed(v), u) for v, u in found if v.city == city] for city in cities]
        reports = [{u.report for _, u in side} for side in sides]
        if sum(len(r) for r in reports) != len(set().union(*reports)):
            continue
        why = f"place of the {act}: " + " vs ".join(cities)
        out = set_against(out, VENUE + act, sides, why=why, update=False)
    return out


# a double quote mark, straight or curly: a venue told between two is a speaker's
_QUOTE_MARK = re.compile(r"[\"“”]")


def _read(drafts: list[Draft]) -> list[tuple[Venue, Unit]]:
    """Each venue the drafts' statements tell, with its statement, once for each place in its report. A quote
    gives none, nor do a sentence's words inside double quotes; the narration of a sentence that holds a quote
    does ("'She's on the ground,' her brother is heard saying, presumably referring to her landing in X for the
    swap": the quote is the brother's, the landing the reporter's)."""
    told: list[tuple[Venue, Unit]] = []
    seen: set[tuple[int, int]] = set()
    for draft in drafts:
        for u in draft.units:
            if u.kind == "quote":
                continue
            for v in venues(u.text):
                at = (u.report, u.span.start + v.start)
                if len(_QUOTE_MARK.findall(u.text, 0, v.start)) % 2 == 0 and at not in seen:
                    seen.add(at)
                    told.append((v, u))
    return told


def _placed(v: Venue) -> Quantity:
    """A venue as a side of a conflict holds it: placed where its statement tells it (no figure)."""
    return Quantity(value=0.0, unit=VENUE + v.act, low=0.0, high=0.0, written=v.city, start=v.start, end=v.end)
