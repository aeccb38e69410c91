"""The magnitude of a story's earthquake, and reports that give it differently.

"gauged by the US Geological Survey at a magnitude of 6.8" and "The earthquake, with a magnitude of 7.0, struck
late on Friday" give one quake two magnitudes (agencies measure it differently, and early figures are revised).
Such statements rarely align (the rest of their words differ), so ``magnitudes_across`` sets them against each
other wherever alignment put them, as ``storyline.compare.across`` does for tolls.

A magnitude is read as news writes it: "a 6.8-magnitude quake", "magnitude 6.8", "a magnitude of 6.8",
"measured 6.8 on the Richter scale". A statement about another shock ("a 4.9-magnitude aftershock", "a
tremor in 2004 of magnitude 6.4": another time, ``money.elsewhen``) gives none, nor does a speaker's own
words.

Does NOT tell two quakes of one story apart otherwise (a story is one event), nor read a magnitude scale's name
("moment magnitude") as a difference.

The size of a named thing is compared the same way (``measures_across``): "The 400-metre, 224,000-tonne Ever
Vast ran aground" and "Ever Vast is a 200,000-tonne, 400m behemoth" give one ship two tonnages (and one length,
in two spellings), and "The four-year deal" / "totals 25% over a 4½-year contract" give the story's deal two
lengths. A measure is read only where news ties it to its thing: as a modifier of a name ("the 20,000-seat Orvik
Arena") or of the deal ("a 4½-year contract"), after a name that is one ("Ever Vast is a 400m ship"), or as the
years a deal's raises are spread over ("the agreement calls for a 25% wage increase over four years"). A length
of something else (a 41-day strike, a three-year wage progression), an earlier deal ("its previous four-year
contract", one placed in another year: ``money.elsewhen``) and a speaker's own words give none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.compare.across import Draft, read_once, set_against, worded
from storyline.compare.align import Unit
from storyline.compare.counted import NUMBER_WORDS
from storyline.compare.distances import distances_across
from storyline.compare.earlier import earlier_deals_across
from storyline.compare.intervals import intervals_across
from storyline.compare.money import elsewhen
from storyline.compare.quantities import Quantity, within_rounding
from storyline.compare.venues import venues_across

_FIGURE = r"(?P<m>[1-9](?:\.\d)?)"
_MAGNITUDE = re.compile(
    _FIGURE + r"[-\s]magnitude\b|\bmagnitude(?:\s+of)?\s+" + _FIGURE.replace("?P<m>", "?P<m2>")
    + r"\b|" + _FIGURE.replace("?P<m>", "?P<m3>") + r"\s+on\s+the\s+Richter\s+scale\b",
    re.I,
)
# a shock that is not the story's quake
_OTHER_SHOCK = re.compile(r"\b(?:after|fore)shocks?\b|\btremors?\s+(?:that\s+)?followed\b", re.I)
_ABOUT = "magnitude"


def magnitudes(text: str) -> list[Quantity]:
    """The magnitudes a statement gives its quake, each as a figure placed where it is told.

    >>> [q.value for q in magnitudes("The earthquake, with a magnitude of 7.0, struck late on Friday.")]
    [7.0]
    """
    if _OTHER_SHOCK.search(text) or elsewhen(text):
        return []
    out = []
    for m in _MAGNITUDE.finditer(text):
        value = float(m.group("m") or m.group("m2") or m.group("m3"))
        out.append(Quantity(value=value, unit=_ABOUT, low=value, high=value, written=f"{value:.1f}",
                            start=m.start(), end=m.end()))
    return out


def magnitudes_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different magnitudes of the story's quake stand against each other (see the
    module docstring): one side per magnitude, no report on two sides (a report that gives two magnitudes tells
    of two shocks or of a revision, and is left out). The sizes of a named thing (``measures_across``) and of an
    earlier deal the story names (``earlier.earlier_deals_across``) and the cities the story's act is placed in
    (``venues.venues_across``) and the distances of the story's site from a place (``distances.distances_across``)
    and the time between its two events of one kind (``intervals.intervals_across``) are set against each other
    after them."""
    told: list[tuple[Quantity, Unit]] = []
    for draft in drafts:
        for u in draft.units:
            if not worded(u):
                told.extend((q, u) for q in magnitudes(u.text))
    own: dict[int, set[float]] = {}
    for q, u in told:
        own.setdefault(u.report, set()).add(q.value)
    told = [(q, u) for q, u in told if len(own[u.report]) == 1]
    values = sorted({q.value for q, _ in told})
    if len(values) < 2:
        return intervals_across(distances_across(venues_across(earlier_deals_across(measures_across(drafts)))))
    sides = [[(q, u) for q, u in told if q.value == v] for v in values]
    why = "magnitude " + " vs ".join(f"{side[0][0].value:.1f}" for side in sides)
    drafts = measures_across(set_against(_homes(drafts, sides, _ABOUT), _ABOUT, sides, why=why, update=False))
    return intervals_across(distances_across(venues_across(earlier_deals_across(drafts))))


def _homes(drafts: list[Draft], sides: Sequence[Sequence[tuple[Quantity, Unit]]], about: str) -> list[Draft]:
    """``drafts`` with each fact in no conflict whose statements all give one side's figure marked as that
    side's home ("Morocco declared three days of national mourning following the deadly 6.8 magnitude
    earthquake", told by two reports): it is that side, not a corroborated fact beside a conflict on its figure."""
    out = list(drafts)
    for side in sides:
        ids = {id(u) for _, u in side}
        for n, draft in enumerate(out):
            if not draft.rivals and draft.units and all(id(u) in ids for u in draft.units):
                out[n] = replace(draft, about=about)
    return out


# --- the size of a named thing, and the length of the story's deal ---

# a unit of a measure: what it measures, how many of the measure's base unit (metres, tonnes, years) it is, and
# how a figure of it is shown
_UNITS: dict[str, tuple[str, float, str]] = {
    "metre": ("length", 1.0, "metres"), "meter": ("length", 1.0, "metres"), "m": ("length", 1.0, "metres"),
    "kilometre": ("length", 1000.0, "kilometres"), "kilometer": ("length", 1000.0, "kilometres"),
    "km": ("length", 1000.0, "kilometres"), "foot": ("length", 0.3048, "feet"), "feet": ("length", 0.3048, "feet"),
    "ft": ("length", 0.3048, "feet"), "mile": ("length", 1609.344, "miles"), "yard": ("length", 0.9144, "yards"),
    "tonne": ("tonnage", 1.0, "tonnes"), "ton": ("tonnage", 1.0, "tons"),
    "room": ("rooms", 1.0, "rooms"), "seat": ("seats", 1.0, "seats"), "bed": ("beds", 1.0, "beds"),
    "storey": ("storeys", 1.0, "storeys"), "story": ("storeys", 1.0, "storeys"),
    "year": ("term", 1.0, "years"), "month": ("term", 1 / 12, "months"), "page": ("pages", 1.0, "pages"),
}  # fmt: skip
_DURATIONS = frozenset({"year", "month"})
_WORDS = "|".join(sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True))
# a figure of a measure: digits (a half written on: "4½", "4 1/2") or a word ("four", "four-and-a-half"), after a
# hedge when there is one; never an amount of money ("$400m")
_AMOUNT = (
    r"(?P<hedge>(?:nearly|almost|about|around|roughly|some|approximately|more\s+than|over|at\s+least)\s+)?"
    r"(?<![$€£¥\w.,])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + _WORDS + r")"
    r"(?P<half>½|\s+1/2|-1/2|[-\s]and[-\s]a[-\s]half)?"
)
_UNIT_WORD = r"(?P<unit>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
# not a height in feet and inches ("a 6-foot-7 lineman")
_NO_INCHES = r"(?![-\s]?\d)"
# a measure told as a modifier ("400-metre", "224,000-tonne", "400m", "400 metre-long", "four-year"), or as the
# years a deal's raises are spread over ("four years")
_MODIFIER = _AMOUNT + r"(?:-|\s?)" + _UNIT_WORD
_MODIFIER_AT = re.compile(_MODIFIER + r"s?(?:-(?:long|tall|high|wide|deep))?\b" + _NO_INCHES)
# a modifier of a noun is singular ("the 400-metre Ever Vast"; "the 125 seats Sunday" is no size of Sunday)
_ONE = re.sub(r"\?P<\w+>", "?:", _MODIFIER) + r"(?!s\b)" + _NO_INCHES
# modifiers in a row: "400-metre, 224,000-tonne", "400 metre-long"
_MODIFIERS = _ONE + r"(?:-(?:long|tall|high|wide|deep))?(?:(?:\s*,\s*|\s+and\s+|\s+)" + _ONE
_MODIFIERS += r"(?:-(?:long|tall|high|wide|deep))?)*"
# a name: capitalized words ("Ever Vast", "Orvik Arena"), none joined on by a hyphen ("Panama-flagged")
_NAME = r"(?P<name>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*)(?![\w'’-])"
# words that name nothing by themselves, and a thing's kind, which a name may carry ("the MV Ever Vast")
_NOT_NAME = frozenset({
    "the", "a", "an", "it", "its", "this", "that", "he", "she", "they", "mv", "ms", "mt", "ss",
    # a sentence's opening word of place or time ("On Monday, a 350-metre ship ...")
    "on", "in", "at", "by", "for", "after", "before", "during", "since", "last", "next", "early", "late",
})  # fmt: skip
# the modifiers before a name: "The 400-metre, 224,000-tonne Ever Vast ran aground"
_BEFORE_NAME = re.compile(r"\b[Tt]he\s+(?P<mods>" + _MODIFIERS + r")\s+" + _NAME)
# the modifiers after a name that is the thing: "Ever Vast is a 200,000-tonne, 400m behemoth", "The Ever Vast, a
# 400-metre container ship"
_AFTER_NAME = re.compile(
    _NAME + r"(?:\s*,\s*(?:a|an)|\s+(?:is|was)\s+(?:a|an|the))\s+(?P<mods>" + _MODIFIERS + r")\b"
)
# what a name after its measures must stand after: the start of a sentence or "the" ("The Ever Vast, a 400-metre
# ship"), not a phrase of time ("On Monday, a 400-metre ship ran aground")
_OPENS = re.compile(r"(?:^|[.!?]\s+|\b[Tt]he\s+)$")
# capitalized words of time, no name of a thing
_WHEN = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})  # fmt: skip
# the story's deal, by the words news calls it
_DEAL = r"(?:deal|contract|agreement|pact|accord)"
# words that make a deal another one than the story's: an earlier or a running one, or a part of one
_OTHER_DEAL = frozenset({
    "previous", "prior", "last", "old", "current", "existing", "expiring", "expired", "former", "earlier",
    "original", "initial", "first", "proposed", "rejected", "rival", "separate",
})  # fmt: skip
# the length of a deal, told as a modifier: "The four-year deal", "a 4½-year contract", "a new four-year labor
# agreement" (not "a one-year contract extension": the extension's length)
_DEAL_LENGTH = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his)\s+(?P<before>(?:[a-z]+\s+){0,2}?)(?P<mods>" + _ONE + r")\s+"
    r"(?P<after>(?:[a-z]+\s+){0,2}?)" + _DEAL + r"s?\b(?!\s+(?:extension|renewal|talks|offer|proposal))"
)
# the years a deal's raises are spread over: "the agreement calls for a 25% wage increase over four years"
_SPREAD = re.compile(
    r"\d(?:%|\s*per\s*cent\b|\s*percent\b)[^.;:]{0,60}?\bover\s+(?:the\s+(?:next\s+)?)?(?P<mods>"
    + re.sub(r"\?P<\w+>", "?:", _AMOUNT)
    + r"\s+(?:years|months))\b(?!\s+(?:ago|earlier|before))",
)
# the length of a document in pages, told as a modifier: "a 286-page ruling", "his 277-page ruling" (the story's
# ruling, as the story's deal is its deal); each kind of document its own thing ("a 112-page opinion" is no ruling)
_DOCUMENTS = ("ruling", "decision", "judgment", "judgement", "opinion", "indictment", "complaint", "report", "verdict")
_DOCUMENT_LENGTH = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his)\s+(?P<before>(?:[a-z]+\s+){0,2}?)(?P<mods>\d[\d,]*-page)"
    r"\s+(?P<after>(?:[a-z]+\s+){0,2}?)(?P<doc>" + "|".join(_DOCUMENTS) + r")\b"
)
_NAMES_DEAL = re.compile(r"\b" + _DEAL + r"s?\b", re.I)
_MEASURE = "measure:"


@dataclass(frozen=True, slots=True)
class Measure:
    """A measure a statement gives a thing: the thing (its name's words in lower case, or "deal" for the story's
    deal), what is measured ("length", "tonnage", "rooms"; "term" for the deal), and the figure, in the measure's
    base unit (metres, tonnes, years), placed where the statement tells it."""

    thing: frozenset[str]
    kind: str
    figure: Quantity
    shown: str  # as a conflict names it: "224,000 tonnes", "4½ years"
    start: int  # where the figure itself is told ("224,000-tonne"): one name may carry several
    end: int


def measures(text: str) -> list[Measure]:
    """The measures a statement gives a named thing or the story's deal (see the module docstring).

    >>> [(sorted(m.thing), m.kind, m.figure.value) for m in measures("The 224,000-tonne Ever Vast ran aground")]
    [(['ever', 'vast'], 'tonnage', 224000.0)]
    >>> [(m.kind, m.figure.value) for m in measures("totals 25% over a 4½-year contract")]
    [('length', 4.5)]
    """
    out: list[Measure] = []
    for m in [*_BEFORE_NAME.finditer(text), *_AFTER_NAME.finditer(text)]:
        thing = frozenset(w.lower().strip(".") for w in m.group("name").split()) - _NOT_NAME
        if thing and not thing <= _WHEN and (m.re is _BEFORE_NAME or _OPENS.search(text, 0, m.start())):
            out.extend(_told(thing, text, m.start("mods"), m.end("mods"), m.start(), m.end(), deal=False))
    if _NAMES_DEAL.search(text) and not elsewhen(text):
        for m in _DEAL_LENGTH.finditer(text):
            if not set((m.group("before") + m.group("after")).split()) & _OTHER_DEAL:
                out.extend(_told(frozenset({"deal"}), text, m.start("mods"), m.end("mods"), m.start(), m.end(),
                                 deal=True))
        for m in _SPREAD.finditer(text):
            out.extend(_told(frozenset({"deal"}), text, m.start("mods"), m.end("mods"), m.start("mods"),
                             m.end(), deal=True))
    if not elsewhen(text):
        for m in _DOCUMENT_LENGTH.finditer(text):
            if not set((m.group("before") + m.group("after")).split()) & _OTHER_DEAL:
                out.extend(_told(frozenset({m.group("doc")}), text, m.start("mods"), m.end("mods"), m.start(),
                                 m.end(), deal=False, pages=True))
    seen: set[tuple[str, int]] = set()
    kept = []
    for x in out:
        if (x.kind, x.start) not in seen:
            seen.add((x.kind, x.start))
            kept.append(x)
    return kept


def _told(
    thing: frozenset[str], text: str, start: int, end: int, at: int, to: int, *, deal: bool, pages: bool = False
) -> list[Measure]:
    """The measures of the modifiers in ``text[start:end]``: of lengths of time only for the deal, of pages only
    for a document, of sizes only for a named thing; each placed at ``text[at:to]``, the words that tie it to its
    thing."""
    out = []
    for m in _MODIFIER_AT.finditer(text, start, end):
        unit = m.group("unit").lower()
        if (unit in _DURATIONS) != deal or (unit == "page") != pages:
            continue
        kind, factor, plural = _UNITS[unit]
        number = m.group("n").lower().replace(",", "")
        value = float(number) if number[0].isdigit() else float(NUMBER_WORDS[number])
        half = m.group("half")
        value += 0.5 if half else 0.0
        if not value:
            continue
        hedge = m.group("hedge") or ""
        written = f"{hedge}{m.group('n')}{'½' if half else ''}"
        spread = 0.1 if hedge else 0.0
        base = value * factor
        figure = Quantity(value=base, unit=_MEASURE + kind, low=base * (1 - spread), high=base * (1 + spread),
                          written=written, exact=not hedge, start=at, end=to)
        out.append(Measure(thing=thing, kind=kind, figure=figure, shown=f"{written} {plural}", start=m.start(),
                           end=m.end()))
    return out


# how near two figures of one measure must be to be one: a conversion ("1,312-foot" / "400-metre") is rounded
_NEAR = 0.02
# how near a round figure must be to the other for the two to be shown as a rounding that may be one
_ROUNDING = 0.05


def _agree(x: Quantity, y: Quantity) -> bool:
    if x.low <= y.high and y.low <= x.high:
        return True
    return abs(x.value - y.value) <= _NEAR * max(x.value, y.value)


def measures_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different measures of one named thing, or lengths of the story's deal, stand
    against each other (see the module docstring): one side per figure, figures that agree (a conversion, a
    hedge) on one side, never as updates (a ship's tonnage or a deal's length is not revised as a toll is). The
    measures of one thing are those whose names' words one holds the other's ("Ever Vast" / "MV Ever Vast"). A
    report on two sides is left alone (refuse to guess). Figures that a rounding of the rounder covers and that
    stand within ``_ROUNDING`` of each other are shown as a rounding that may be one; 200,000 against 224,000
    tonnes is more than a rounding of one ship's tonnage."""
    told = read_once(drafts, measures)
    out = drafts
    for members in _linked(told):
        sides: list[list[tuple[Measure, Unit]]] = []
        for x, u in sorted(members, key=lambda t: (t[1].report, t[1].span.start + t[0].start)):
            side = next((s for s in sides if _agree(s[0][0].figure, x.figure)), None)
            if side is None:
                sides.append([(x, u)])
            else:
                side.append((x, u))
        reports = [{u.report for _, u in side} for side in sides]
        if len(sides) < 2 or sum(len(r) for r in reports) != len(set().union(*reports)):
            continue
        figures = [side[0][0].figure for side in sides]
        rounding = all(within_rounding(a, b) and abs(a.value - b.value) <= _ROUNDING * max(a.value, b.value)
                       for i, a in enumerate(figures) for b in figures[i + 1 :])
        first = sides[0][0]
        why = (f"{_named(first[0], first[1])}: " + " vs ".join(side[0][0].shown for side in sides)
               + (" (a rounding: may be one)" if rounding else ""))
        about = _MEASURE + first[0].kind + ":" + " ".join(sorted(first[0].thing))
        figured = [[(x.figure, u) for x, u in side] for side in sides]
        out = set_against(_homes(out, figured, about), about, figured, why=why, update=False)
    return out


def _linked(told: list[tuple[Measure, Unit]]) -> list[list[tuple[Measure, Unit]]]:
    """The measures in groups of one kind of one thing, each linked to another of its group by a name that holds
    the other's words."""
    groups: list[list[tuple[Measure, Unit]]] = []
    for x, u in told:
        linked = [g for g in groups if any(o.kind == x.kind and (o.thing <= x.thing or x.thing <= o.thing)
                                           for o, _ in g)]
        merged = [(x, u)] + [m for g in linked for m in g]
        groups = [g for g in groups if not any(g is m for m in linked)] + [merged]
    return [g for g in groups if len(g) > 1]


def _named(x: Measure, unit: Unit) -> str:
    """What a disagreement on a measure is on: "tonnage of the Ever Vast", "length of the deal"."""
    if x.thing == {"deal"}:
        return "length of the deal"  # however each report calls it ("the four-year deal", "a 4½-year contract")
    words = [w for w in re.findall(r"[\w'’.]+", unit.text[x.figure.start : x.figure.end]) if w.lower() in x.thing]
    return f"{x.kind} of the {' '.join(dict.fromkeys(words)) or ' '.join(sorted(x.thing))}"
