"""Disputed figures: one measure counted by two sources ("The interior ministry put the number of protesters at 1.1
million" / "The CGT union said there had been over two million people"; "Authorities estimated 40% of primary
teachers" / "Unions said participation was higher, at 70% in primary schools").

A figure is credited to the source a statement names for it: the subject of a verb of saying or estimating that
opens its clause ("The CGT union said", "France interior ministry said", "Authorities estimated"), or "according
to" one. Two figures are of one measure when they count the same thing (people, however named: "protesters",
"demonstrators"; a share of the same thing: "of primary teachers" / "in primary schools") at the same place, and
neither is a part of another count ("including 80,000 in Paris", "400,000 in the capital alone"). The figures of
each source are one side when they agree among themselves; two sources whose figures agree with none of the
other's dispute the measure, in one report or across reports, and each side stands against the other as a
conflict that names its source ("1.1 million (interior ministry) vs over two million (CGT union) people").
Figures that agree (a rounding: 1.12 million and 1.1 million) are no dispute, nor are the different figures of one
source, which it updates ("Officials said at least 43 ... Officials later said at least 48": words of time are no
part of a source's name).

Does NOT resolve who a pronoun is ("they said"), nor tell a place from its capital ("in Paris" / "in the
capital"): figures placed at different words are not compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from storyline.compare.across import Draft, clause, worded
from storyline.compare.align import Unit
from storyline.compare.counted import PEOPLE, counted_phrase
from storyline.compare.counts import agree, figure_of
from storyline.compare.quantities import Quantity, quantities

# what a disagreement between sources is on, before its measure ("dispute:people")
DISPUTE = "dispute:"
_SAYS = (
    r"(?:said|says|say|estimated|estimates|estimate|put|puts|counted|counts|reported|reports|claimed|claims|"
    r"gave|announced|stated|tallied)"
)
# the source that opens a clause: up to four words before a verb of saying, after the sentence start, a colon, or
# a comma that ends a clause before ("Iran PressEurope: France interior ministry said", "While the government said
# 107,000 ..., independent monitoring group the Tally Office estimated 325,000": up to eight words with a name in
# apposition)
_OPENER = re.compile(
    r"(?:^|[:;]\s*|,\s+)(?P<source>(?:[A-Za-z][\w'’&.-]*\s+){0,7}?[A-Za-z][\w'’&.-]*)\s+" + _SAYS + r"\b"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<source>(?:the\s+)?(?:[A-Za-z][\w'’&.-]*\s+){0,4}?[A-Za-z][\w'’&.-]*)"
                        r"(?=\s*(?:[,.;]|$))", re.I)
# a word that opens a clause before its subject ("While the government said", "But police said"): no part of a name
_SUBORDINATORS = frozenset({"while", "whereas", "although", "though", "but", "and", "as", "when", "yet", "meanwhile"})
# "independent monitoring group the Tally Office": the name in apposition after what the source is
_APPOSED = re.compile(r"\b(?:the|The)\s+(?=[A-Z])")
# no source: pronouns, and words that open a clause without naming anyone
_NO_SOURCE = frozenset({
    "he", "she", "they", "it", "we", "i", "you", "this", "that", "there", "which", "who", "some", "others", "many",
    "reports", "estimates", "figures", "data", "polls", "surveys", "studies",
})  # fmt: skip
_ARTICLES = frozenset({"the", "a", "an"})
# words of time and tense beside a source's name, no part of it: "Officials later said" is the officials updating
# their own figure, not a second source called "Officials later"
_WHEN_SAID = frozenset({
    "later", "earlier", "now", "then", "since", "again", "also", "initially", "first", "subsequently", "previously",
    "had", "has", "have", "would", "could", "did",
})  # fmt: skip
# people counted under another name
_PEOPLE_NOUNS = frozenset({"protester", "demonstrator", "marcher", "participant", "striker", "person"})
# words that say nothing of what a share is of
_NOT_WHAT = frozenset({"the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "their", "its", "all", "went"})
_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?P<place>[A-Z][\w-]+)")
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”—–]")


def source_of(text: str, at: int) -> tuple[str, str] | None:
    """The source a statement credits for the figure at ``at``, as ``(name as written, key)``: the key is the
    name's head, singular and lower case (its last word, or the word before "of": "unions" and "The CGT union"
    are one side, "the Tally Office of Vell" and "Vell Tally Office" another), or None. Words of time beside the
    name are no part of it ("Officials later said": Officials), nor a word that opens the clause ("While the
    government said"). The nearest opener before the figure names its source ("While the government said 107,000
    ..., independent monitoring group the Tally Office estimated 325,000": the Tally Office's 325,000)."""
    found = [m for m in _OPENER.finditer(text, 0, at) if m.end() <= at]
    for m in reversed(found):
        if (named := _named(m.group("source"))) is not None:
            return named
    according = _ACCORDING.search(text)
    return _named(according.group("source")) if according else None


def _named(source: str) -> tuple[str, str] | None:
    """A source's name as written and its key (see ``source_of``), or None where the words name none."""
    if (apposed := list(_APPOSED.finditer(source))) and apposed[-1].start() > 0 and source[:1].islower():
        source = source[apposed[-1].end() :]  # "independent monitoring group the Tally Office": Tally Office
    words = source.split()
    while words and words[0].lower() in _SUBORDINATORS:
        words = words[1:]
    if words and words[-1].lower() in _ARTICLES:
        return None  # "rallied an estimated 325,000": no verb of saying
    while words and words[-1].lower() in _WHEN_SAID:
        words = words[:-1]
    while words and (words[0].lower() in _ARTICLES or words[0].lower() in _WHEN_SAID):
        words = words[1:]
    if len(words) > _SOURCE_WORDS:
        return None  # a clause's words ("A movement in Vell rallied ..."), no name
    if not words or words[-1].lower() in _NO_SOURCE or words[0].lower() in _NO_SOURCE:
        return None
    lowered = [w.lower() for w in words]
    head = words[lowered.index("of") - 1] if "of" in lowered[1:] else words[-1]
    return " ".join(words), _singular(head.lower())


# the most words a source's name may have, its apposition and the word opening its clause dropped
_SOURCE_WORDS = 4


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")) else word


def _measure(text: str, q: Quantity) -> _Measure | None:
    """What a figure measures: its unit (people however named), for a share the words of what it is of, and the
    place its clause names; None for a part of a count, an amount of money or a figure no measure of people or a
    share."""
    if q.part or q.in_sum:
        return None
    unit = PEOPLE if q.unit in _PEOPLE_NOUNS else q.unit
    if unit not in (PEOPLE, "percent"):
        return None
    what = frozenset(_singular(w) for w in _of_what(text, q)) if unit == "percent" else frozenset()
    if unit == "percent" and not what:
        return None
    after = _CLAUSE_END.split(text[q.end :], maxsplit=1)[0]
    place = m.group("place") if (m := _PLACE.match(after) or _PLACE.search(after)) else ""
    return unit, what, place


_Measure = tuple[str, frozenset[str], str]  # unit, what a share is of, place
_Told = tuple[Quantity, Unit, str, str, _Measure]  # figure, statement, source as written, source key, measure
# two sources may count one crowd this far apart (organisers often give three or four times the police figure);
# figures further apart count different things ("15 people were arrested" / "over two million people")
_SPREAD = 10.0


def _of_what(text: str, q: Quantity) -> list[str]:
    """The words of what a share is of, after its figure and a preposition ("of primary teachers", "in primary
    schools"), up to a verb ("of bus drivers stayed home": bus drivers)."""
    after = text[q.figure_end or q.end :] if q.unit != "percent" else text[q.start :]
    after = re.sub(r"^.*?%|^.*?per\s?cent", "", after, count=1, flags=re.I)
    words = re.findall(r"[A-Za-z][\w-]*", _CLAUSE_END.split(after, maxsplit=1)[0])
    while words and words[0].lower() in _NOT_WHAT:
        words = words[1:]
    return counted_phrase(words[:4])


def _same_measure(x: _Told, y: _Told) -> bool:
    """Whether two credited figures measure one thing: one unit, one place, a share of the same thing, counts said
    with one verb (or one of them with none: "there had been over two million people"), and neither more than
    ``_SPREAD`` times the other ("15 people were arrested" counts no crowd of a million), of one named group or
    none."""
    (qx, *_, mx), (qy, *_, my) = x, y
    if mx[0] != my[0] or mx[2] != my[2] or (mx[0] == "percent" and not mx[1] & my[1]):
        return False
    if qx.group != qy.group:
        return False  # "the number of Velmish deaths had risen to 450" is no count of all the dead
    vx, vy = _verbs(qx), _verbs(qy)
    if vx and vy and not vx & vy:
        return False
    return max(qx.value, qy.value) <= _SPREAD * min(qx.value, qy.value)


# one act of a crowd told with other verbs: "protested", "marching", "demonstrated", "took to the streets"
# ("107,000 people participated", "it numbered around 300,000 people", "as many as 325,000 people were present")
_CROWD = frozenset({"protest", "march", "demonstr", "demonstrat", "rally", "gather", "strike", "walk", "took",
                    "participat", "attend", "number", "join", "turn"})
# a verb of telling the figure ("reported that 107,000 people participated"): said of the source, not the crowd
_TELLING = frozenset({"report", "estimat", "say", "said", "claim", "count", "announc", "state", "tall"})


def _verbs(q: Quantity) -> frozenset[str]:
    return frozenset("crowd" if v in _CROWD else v for v in q.verbs if v not in _TELLING)


def _told(drafts: Sequence[Draft]) -> list[_Told]:
    out: list[_Told] = []
    seen: set[tuple[int, int]] = set()
    for draft in drafts:
        if draft.rivals:
            continue  # already a side of a conflict (a toll, a share): settled there
        for u in draft.units:
            if worded(u) or (u.report, u.span.start) in seen:
                continue
            seen.add((u.report, u.span.start))
            for q in quantities(u.text):
                measure = _measure(u.text, q)
                source = source_of(u.text, q.end) if measure else None
                if measure and source:
                    out.append((q, u, source[0], source[1], measure))
    return out


def _written(q: Quantity) -> str:
    """A figure as a dispute names it: as written ("over two million", "70%"), a sum as its value."""
    words = q.written.split()
    if len(words) > 3:
        return figure_of(q)
    return " ".join(words[1:] if len(words) > 1 and words[0].lower() in ("estimated", "an") else words)


def disputes_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where two sources' figures for one measure stand against each other (see the module docstring).

    A side is a draft no conflict holds whose statements all give that source's figure (the statements of the
    one figure in several reports: "1.12 million" / "1.1 million", both the ministry's); else the clauses that
    tell the figure (``across.clause``) make a draft of their own."""
    told = _told(drafts)
    out = list(drafts)
    done: set[int] = set()
    for n, first in enumerate(told):
        if n in done:
            continue
        same = [t for k, t in enumerate(told) if k not in done and _same_measure(first, t)]
        sources = list(dict.fromkeys(t[3] for t in same))
        if len(sources) < 2:
            continue
        sides = _agreeing([[t for t in same if t[3] == s] for s in sources])
        if len(sides) < 2:
            continue
        if not all(agree(x[0], y[0]) for side in sides for x in side for y in side if _same_measure(x, y)):
            continue  # a source at odds with itself, or sources that agree with a third but not each other
        done |= {k for k, t in enumerate(told) if any(t is x for x in same)}
        out = _set_sides(out, sides, first[4])
    return out


def _agreeing(by_source: Sequence[Sequence[_Told]]) -> list[list[_Told]]:
    """Sources' figures in sides, the sources whose figures agree with some figure of another's on one side:
    "as many as 325,000 (the Tally Office)" and "around 300,000 (the Vell Gatherings Archive)" stand together
    against "107,000 (the government)"; each source keeps its own name in the conflict."""
    sides: list[list[_Told]] = []
    for figures in by_source:
        joined = [side for side in sides if any(agree(x[0], y[0]) for x in figures for y in side)]
        merged = [*figures, *(t for side in joined for t in side)]
        sides = [side for side in sides if not any(side is j for j in joined)] + [merged]
    order = {id(t): n for n, t in enumerate(t for figures in by_source for t in figures)}
    return sorted((sorted(side, key=lambda t: order[id(t)]) for side in sides), key=lambda side: order[id(side[0])])


def _side_said(side: Sequence[_Told]) -> str:
    """A side of a dispute as a reader reads it: each source's figure with its name ("107,000 (Serbian
    government)"; "as many as 325,000 (Tally Office), around 300,000 (Vell Gatherings Archive)")."""
    return ", ".join(dict.fromkeys(f"{_written(t[0])} ({t[2]})" for t in side))


def place_sides(out: list[Draft], sides: Sequence[tuple[set[int], Sequence[tuple[Unit, Unit]]]]) -> list[int] | None:
    """The index in ``out`` of each side's draft, ``out`` changed in place: a draft in no conflict that holds only
    the side's statements (``ids``: their ``id``) is its home, and takes the side's clauses it lacks; else the
    side's clauses make a draft of their own. Each side is ``(ids, [(statement, the clause of it that tells the
    side), ...])``. None when two sides find one home: a draft that would conflict with itself."""
    homes: list[int] = []
    for ids, told in sides:
        home = next((n for n, d in enumerate(out) if not d.rivals and d.units and all(id(u) in ids for u in d.units)),
                    None)
        held = {id(u) for u in out[home].units} if home is not None else set()
        clauses = tuple(dict.fromkeys(c for u, c in told if id(u) not in held))
        if home is None:
            out.append(Draft(units=clauses))
            home = len(out) - 1
        elif clauses:
            out[home] = replace(out[home], units=out[home].units + clauses)
        homes.append(home)
    return homes if len(set(homes)) == len(homes) else None


def _set_sides(drafts: list[Draft], sides: Sequence[Sequence[_Told]], measure: _Measure) -> list[Draft]:
    """``drafts`` with each side of a dispute a draft that conflicts with the others (see ``disputes_across``)."""
    out = list(drafts)
    # a statement that gives two sides' figures ("While the government said 107,000 ..., the Tally Office estimated
    # 325,000") is no side's: each side takes the clause that tells its figure
    shared = {id(t[1]) for n, side in enumerate(sides) for t in side
              for other in sides[n + 1 :] if any(t[1] is o[1] for o in other)}
    homes = place_sides(out, [({id(t[1]) for t in side} - shared, [(t[1], clause(t[1], t[0])) for t in side])
                              for side in sides])
    if homes is None:
        return drafts
    unit = measure[0]
    first = sides[0][0]
    label = unit if unit == PEOPLE else "of " + " ".join(_of_what(first[1].text, first[0]))
    why = " vs ".join(_side_said(side) for side in sides) + f" {label}"
    for home in homes:
        others = tuple(sorted(h for h in homes if h != home))
        out[home] = replace(out[home], rivals=others, why=why, update=False, about=DISPUTE + unit)
    return out
