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
one toll that alignment left in groups of several reports are set against each other after
(``storyline.compare.across``), and so are the amounts a deal is agreed at, the states of one group of people
("unaccounted for" / "found dead") and one candidate's share of a vote. A group of a few words lifted from a
statement that another group quotes whole joins that group. Two reports that give one speaker different words
at one point of a statement (``quotes.worded_apart``) make a conflict of the two quoted sentences ("quoted
words differ: ..."), and two that give one quote to two different people make a conflict on its speaker
(``storyline.compare.speakers``). A report that credits another report of the story for its
whole text ("Source: CNBC") adds no source for what the two share.

Facts of different reports that alignment left apart but that tell one deed join last (``join_deeds``): the same
doer (one story entity, one name, an acronym and the name it stands for, a company's name and its first words,
"Exxon" / "Exxon Mobil" / "ExxonMobil"), the same act (one verb or a close synonym, "shut" / "closed", "lifted
off" / "launched", "stepped down" / "resigned", "acquire" / "buy"; the act a doer agreed to or announced as its
own, "agreed to buy" / "struck a deal to buy" / "announced it will buy" / "will buy"), one thing and no two days;
an act told as well of what it sets going is one when both set one thing going ("NASA launched its Vela rocket" /
"The Vela rocket lifted off" / "The launch of the Vela took off at dawn"); never when their doers, days or things
differ, nor a conflict, nor an act planned ("will launch") with one done. So do the facts of one speaker's one
short quoted line (``join_quoted``: "we have failed" in four reports is one fact).

A statement supports a fact only when it says it (``states``, ``_tells_act``): not by the words of the line's
place told in a where-clause, nor by who told the line ("The firm hours earlier had said ..."), nor without the
time of day the line holds its state at, nor as a clause cut from its sentence with no act of its own, nor by
telling done an act the line tells to come ("would step down" / "also resigned").

Does NOT weigh how reliable a source is; a fact held by one source repeated by many is ``single``.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from storyline.calendar_words import month_openings
from storyline.compare.across import (
    FATE,
    Draft,
    MentionsFn,
    fates_across,
    joined_clusters,
    shares_across,
    tolls_across,
)
from storyline.compare.across import renumbered as _renumbered
from storyline.compare.across import worded as _worded
from storyline.compare.align import (
    _WHEN,
    SAME_QUOTE,
    Unit,
    content_tokens,
    quote_similarity,
    quote_words,
    same_event,
    title_case,
)
from storyline.compare.anchored import join_anchored
from storyline.compare.claims import TELLING_VERBS, Deed, claims, deed_of, one_mover, same_doer
from storyline.compare.conflicts import (
    TOLL_ABOUTS,
    Disagreement,
    agree,
    count_disagreement,
    date_conflict,
    distance_conflict,
    figures_for,
    leaves_out,
    name_conflict,
    negation_conflict,
    number_conflict,
    polarity_conflict,
    quantities,
    said_of,
    weekday_conflict,
    weekdays,
)
from storyline.compare.copies import carried_sentence, carried_words
from storyline.compare.disputes import disputes_across
from storyline.compare.fates import fate_conflict
from storyline.compare.magnitudes import magnitudes_across
from storyline.compare.money import FAR, elsewhen
from storyline.compare.names import crossed_names
from storyline.compare.negations import negations_across
from storyline.compare.own_acts import tells_own_act
from storyline.compare.polarity import ability_conflict, opposite_acts, undenied_scopes
from storyline.compare.provenance import distinct, origin_of, outlet_of, repeated_origin, resolve, same_outlet
from storyline.compare.quantities import Quantity, compatible, other_measures, within_rounding
from storyline.compare.quotes import one_wording, small_edit
from storyline.compare.scheduled import dates_across, weekdays_across
from storyline.compare.scores import score_conflict
from storyline.compare.speakers import NearFn, speaker_conflict
from storyline.compare.tenures import tenures_across
from storyline.compare.timing import timing_conflict
from storyline.compare.units import balanced, sentences_of
from storyline.compare.words import stem
from storyline.ingest.outlets import is_agency
from storyline.model import Analysis, Article, Fact, FactStatus, Quote, Span

_ABSOLUTE = re.compile(
    r"\b" + month_openings() + r"[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+" + month_openings() + r"[a-z]*\b"
    r"|\b\d{4}-\d\d-\d\d\b"
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
    partial: frozenset[Span] = frozenset(),
) -> Disagreement | None:
    if a.report == b.report:
        return None
    if names and (why := speaker_conflict(a, b, names, near)):
        return Disagreement(why=why)
    if fate := fate_conflict(a.text, b.text):
        return Disagreement(why=fate.why, update=fate.update, about=FATE + str(fate.count))
    if why := score_conflict(a.text, b.text) or distance_conflict(a.text, b.text):
        return Disagreement(why=why)
    days = [weekdays(u.text, _values(u, analyses[u.report])) for u in (a, b)]
    if why := weekday_conflict(days[0], days[1], a.text, b.text, close=_close(a, b)):
        return Disagreement(why=why)
    # one says a thing was prevented or not done, the other that it happened ("averted a weeks-long trial" /
    # "comes after a weekslong trial"); a statement's own words are the speaker's to deny
    if not (a.worded or b.worded) and (why := polarity_conflict(a.text, b.text) or _denial(a, b)):
        return Disagreement(why=why)
    # one tells a thing as still possible, the other as failing ("guests remain able to access their rooms" /
    # "guests faced difficulties with key card access to their rooms"), in a quote too: a speaker's assurance is
    # what the other report contradicts
    if why := ability_conflict(a.text, b.text):
        return Disagreement(why=why)
    # one places the act after an event, the other as it happened ("tilted on its side a day after its landing" /
    # "flipped over on its side as it was landing"): the second does not state the first
    if not (a.worded or b.worded) and _close(a, b) and (why := timing_conflict(a.text, b.text)):
        return Disagreement(why=why)
    if not _close(a, b):
        # loosely worded statements may still give one count: of the same noun, said with the same verb
        return _count_disagreement(a, b, partial, same_verb=True)
    if found := _count_disagreement(a, b, partial):
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


def _count_disagreement(a: Unit, b: Unit, partial: frozenset[Span], *, same_verb: bool = False) -> Disagreement | None:
    """How two statements disagree on a count (``count_disagreement``); a toll of a tally that leaves a place out
    (``partial``: ``partial_tallies``) disagrees with no other toll."""
    found = count_disagreement(_counted(a.text), _counted(b.text), same_verb=same_verb)
    if found and found.about in TOLL_ABOUTS and (a.span in partial or b.span in partial):
        return None
    return found


def partial_tallies(articles: Sequence[Article], units: Sequence[Unit]) -> frozenset[Span]:
    """The spans of statements whose toll their report says leaves a place out (``conflicts.leaves_out``), in the
    statement or in the sentence right after it: "The confirmed toll stood at 40 as of Tuesday. But the tally did
    not include Marrowby, which had been cut off." """
    texts = {a.id: a.text for a in articles}
    return frozenset(
        u.span
        for u in units
        if leaves_out(u.text, texts.get(u.span.article, "")[u.span.end : u.span.end + _AFTER])
    )


# how far past a statement the sentence that tells what its tally leaves out is looked for
_AFTER = 200


# a bound that nobody reached gives no one's count: "No candidate won more than 50 percent of votes in the first
# round" says nothing against "Brannik followed with 39%"
_DENIED_BOUND = re.compile(
    r"\b[Nn]o (?:[\w-]+ ){1,3}?(?:won|got|secured|received|reached|gained|obtained|had)\s+(?:more than|over|at least)"
    r"\s+[\d.,]+\s*(?:%|per ?cent|percent)"
)


def _counted(text: str) -> str:
    """``text`` with the bounds nobody reached (``_DENIED_BOUND``) blanked out, its length kept."""
    return _DENIED_BOUND.sub(lambda m: " " * len(m.group(0)), text)


def _split(
    units: list[Unit],
    analyses: Sequence[Analysis],
    names: Mapping[str, tuple[str, str]] | None = None,
    near: NearFn | None = None,
    partial: frozenset[Span] = frozenset(),
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
            first = _conflict(a, b, analyses, names, near, partial)
            if not first:
                continue
            sides, found = [[a], [b]], [first]
            for u in units:
                if u is a or u is b:
                    continue
                against = [_conflict(u, side[0], analyses, names, near, partial) for side in sides]
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
                    elif sum(fits) == 1 and (
                        all(d is not None for d, f in zip(against, fits, strict=True) if not f)
                        or _gives_figure(u, sides[fits.index(True)], first.about)
                    ):
                        sides[fits.index(True)].append(u)
                elif len(hits) == len(sides):
                    sides.append([u])
                    found.append(hits[0])
                elif len(hits) == len(sides) - 1:
                    sides[against.index(None)].append(u)
            rest = [u for u in units if not any(u is x for side in sides for x in side)]
            return sides, rest, _summed(found)
    return [units], [], None


def _gives_figure(u: Unit, side: Sequence[Unit], about: str) -> bool:
    """Whether a statement of a side's report writes the side's own figure of ``about``, though its count is not
    read there: a headline "Thousands flee as storm kills at least 40 and floods most homes" beside its lead
    "the storm killed at least 40 people" tells the lead's toll, and is no fact of its own beside the conflict."""
    told = {q.value for seed in side if seed.report == u.report for q in figures_for(seed.text, about)}
    return any(float(n) in told for n in u.numbers if n.isdigit())


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


def join_counts(
    groups: Sequence[Sequence[int]], units: Sequence[Unit], partial: frozenset[Span] = frozenset()
) -> list[list[int]]:
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
    # and a tally that leaves a place out ("But the tally did not include Marrowby") is no one else's count
    counted = {
        i
        for g in groups
        for i in g
        if quantities(units[i].text) and not elsewhen(units[i].text) and units[i].span not in partial
    }
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


def _crossed(units: Sequence[Unit], names: Mapping[str, tuple[str, str]], *, first: int) -> list[Draft]:
    """Two drafts set against each other for each crossed name of the story (``names.crossed_names``: "Javier
    Massa" in one report for the Sergio Massa of the others), numbered from ``first``."""
    out: list[Draft] = []
    for mine, theirs, why in crossed_names(units, names):
        at = first + len(out)
        out += [Draft(units=(mine,), rivals=(at + 1,), why=why), Draft(units=(theirs,), rivals=(at,), why=why)]
    return out


def _worded_apart(pairs: Sequence[tuple[Span, Span]], articles: Sequence[Article], *, first: int) -> list[Draft]:
    """Two drafts for each pair of quoted sentences that two reports give one speaker in different words, set
    against each other ("quoted words differ: "The truth matters" vs "The truth has meaning""), numbered from
    ``first``."""
    report = {a.id: i for i, a in enumerate(articles)}
    out: list[Draft] = []
    for pair in pairs:
        units = [
            Unit.make(span=s, text=articles[report[s.article]].text[s.start : s.end], report=report[s.article],
                      kind="quote", worded=True)
            for s in pair
        ]
        why = "quoted words differ: " + " vs ".join(f'"{u.text}"' for u in units)
        at = first + len(out)
        out += [Draft(units=(units[0],), rivals=(at + 1,), why=why), Draft(units=(units[1],), rivals=(at,), why=why)]
    return out


def _apart_only(drafts: list[Draft], *, first: int) -> list[Draft]:
    """The drafts with the sentences of a "quoted words differ" conflict (the drafts from ``first`` on,
    ``_worded_apart``) taken out of the drafts before them, a draft left with nothing dropped: the same sentence
    shown again as an undisputed single-source fact (alone, or inside its whole quotation) hides that another
    report prints it in other words. A statement that holds more than the quotation (the sentence reporting it)
    stays."""
    disputed = [u for d in drafts[first:] for u in d.units if d.rivals]
    if not disputed:
        return drafts

    def holds(u: Unit) -> bool:
        return any(
            w.report == u.report
            and u.span.start <= w.span.start
            and w.span.end <= u.span.end
            and (_worded(u) or (u.span.start, u.span.end) == (w.span.start, w.span.end))
            for w in disputed
        )

    kept = []
    for n, d in enumerate(drafts):
        units = d.units if n >= first or d.rivals else tuple(u for u in d.units if not holds(u))
        if units:
            kept.append(d if len(units) == len(d.units) else replace(d, units=units))
    if len(kept) == len(drafts):
        return drafts
    return _renumbered(kept, drafts)


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
    drafts: list[Draft], articles: Sequence[Article], sentences: list[list[tuple[int, int]]]
) -> list[Draft]:
    """A sentence cut into pieces for alignment (", which happened at ...", ", and apologised ...") whose pieces
    were each matched only with the same words in a copy, or with nothing, is one fact again: a fragment alone
    ("remained partly closed last night") does not read as a fact."""

    def key_of(draft: Draft) -> tuple[tuple[int, int], ...] | None:
        keys = []
        for u in draft.units:
            sentence = _sentence_of(u.span, sentences[u.report])
            if sentence is None:
                return None
            keys.append((u.report, sentence.start))
        return tuple(sorted(set(keys)))

    def verbatim(draft: Draft) -> bool:
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
    merged: dict[int, Draft] = {}
    dropped: set[int] = set()
    for key, members in sets.items():
        if len(members) < 2 or taken.intersection(key):
            continue
        wholes = []
        for report, opens in key:
            units = [u for n in members for u in drafts[n].units if u.report == report]
            start, end = min(u.span.start for u in units), max(u.span.end for u in units)
            # a quote's words and the clause after it, joined, want the quote's opening mark back ("“I think
            # that number could go up,” the mayor told ..."), and the clause before it its closing one
            closes = next((e for s, e in sentences[report] if s == opens), end)
            start, end = balanced(articles[report].text, start, end, opens, closes)
            start = _opening_mark(articles[report].text, start, end)
            text = articles[report].text[start:end]
            wholes.append(replace(units[0], span=replace(units[0].span, start=start, end=end), text=text))
        merged[members[0]] = Draft(units=tuple(wholes))
        dropped.update(members[1:])
    if not merged:
        return drafts
    return _renumbered([merged.get(n, d) for n, d in enumerate(drafts) if n not in dropped], drafts)


def _opening_mark(text: str, start: int, end: int) -> int:
    """Where a statement starts with the opening mark of the quote it closes, when only spaces lie between the
    two: the sentence split may leave a paragraph's opening "“" a sentence of its own."""
    part = text[start:end]
    unopened = part.count("”") > part.count("“") or (part.count('"') % 2 == 1 and not part.startswith('"'))
    before = len(text[:start].rstrip(" \t"))
    return before - 1 if unopened and before and text[before - 1] in "“\"" else start


def _fold_contained(drafts: list[Draft]) -> list[Draft]:
    """Leave out a statement group that another group already holds whole: every one of its statements lies
    inside a statement of the other, report by report (a quote's sentence inside the whole quote, a clause
    inside its sentence, nothing aligned elsewhere). It would repeat the other fact in smaller pieces.
    Conflicting groups are always kept."""

    def inside(a: Draft, b: Draft) -> bool:
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


def _fold_repeated_quotes(drafts: list[Draft]) -> list[Draft]:
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


def _side_of(u: Unit, held: Sequence[tuple[Unit, int]], drafts: Sequence[Draft]) -> int | None:
    """The conflict draft (of ``held``: a disputed statement and its draft) whose statement ``u`` states, when it
    states none of its rivals' and its report is none of theirs; else None."""
    for v, n in held:
        rivals = [w for r in drafts[n].rivals for w in drafts[r].units]
        if (
            v.report != u.report
            and states(v.text, u.text)
            and not any(w.report == u.report or states(w.text, u.text) for w in rivals)
        ):
            return n
    return None


def _one_fact_per_statement(drafts: list[Draft]) -> list[Draft]:
    """Take a statement that a conflict holds out of any other group that holds it too, and move that group's
    statements, when each states it and no rival (``_side_of``), into the conflict: one sentence is one fact. A
    toll set against another report's (``across``) leaves the group alignment made of it: "Fever cases have
    passed 4,000, with 52 deaths" is a conflict with "over 4,000 cases and 51 deaths", and "Vell said the more
    than 4,000 cases and 52 deaths" is its support, not a second, corroborated fact with it."""
    disputed = {(u.report, u.span.start, u.span.end): n for n, d in enumerate(drafts) if d.rivals for u in d.units}
    if not disputed:
        return drafts
    extra: dict[int, list[Unit]] = {}
    out: list[Draft] = []
    for draft in drafts:
        held = [(u, disputed[k]) for u in draft.units if (k := (u.report, u.span.start, u.span.end)) in disputed]
        if draft.rivals or not held:
            out.append(draft)
            continue
        moves = [(u, _side_of(u, held, drafts)) for u in draft.units if not any(u is v for v, _ in held)]
        if any(n is None for _, n in moves):
            out.append(draft)  # a statement that takes no side keeps the group ("more than 100" / 105 vs 101)
            continue
        for u, n in moves:
            extra.setdefault(int(n or 0), []).append(u)
        out.append(replace(draft, units=()))
    grown = [replace(d, units=d.units + tuple(extra.get(n, ()))) for n, d in enumerate(out)]
    kept = [d for d in grown if d.units]
    index = {id(d): i for i, d in enumerate(kept)}
    position = {n: id(d) for n, d in enumerate(grown)}
    return [replace(d, rivals=tuple(index[position[r]] for r in d.rivals)) if d.rivals else d for d in kept]


def _shown(units: Sequence[Unit]) -> Unit:
    """The statement that states a fact: the first one no other statement of the fact holds in more words (a
    statement quoted whole rather than a few words lifted from it), one that has its subject before a clause cut
    from its sentence after a conjunction ("and warned that the toll would rise", beside "Governor Lin warned at
    a news conference that the toll would rise"). When that one gives figures no other report gives, the one of
    them giving fewest such figures, then stated by the most other reports (``states``): "Greek authorities said
    104 survivors had been brought ashore" rather than "All 104 survivors were men aged between 16 and 40", whose
    ages the reports telling only the 104 survivors do not give."""
    whole = [u for u in units if not any(_held(u, v) for v in units)]
    fit = [u for u in whole if not _SUBJECTLESS.match(u.text) and not _bare_line(u)]
    # a few words cut from their sentence ("to negotiate other outstanding issues, they said") read as no claim of
    # their own: a statement of another report told in a sentence of its own states the fact
    fit = [u for u in fit if not _short_clause(u)] or fit
    if not fit:
        return whole[0] if whole else units[0]
    told = claims(fit[0].text)
    if len(fit) < 2 or not told or not _figures_alone(fit[0], units):
        return fit[0]
    # only a statement that tells the same counted claims may stand in for it: "The tribunal swiftly gave its
    # ruling after breaking for lunch" does not stand for "... after sitting for less than six hours"
    alike = [u for u in fit if told <= claims(u.text)]

    def stated_by(u: Unit) -> int:
        return len({v.report for v in units if v.report != u.report and states(u.text, v.text)})

    return min(alike, key=lambda u: (_figures_alone(u, units), -stated_by(u)))


# a clause cut from its sentence saying fewer words than this (``_said_words``) reads as no claim of its own; a
# longer one ("adding that the country was left with no choice but to rethink its security following ...") does
_CLAUSE_CLAIM = 6


def _short_clause(u: Unit) -> bool:
    """Whether a statement of the writer's is a few words cut from their sentence: it opens on a word in lower case
    (``_FRAGMENT``) and says fewer than ``_CLAUSE_CLAIM`` words. A speaker's quoted words may open so and be whole."""
    return u.kind != "quote" and bool(_FRAGMENT.match(u.text)) and len(_said_words(u.text)) < _CLAUSE_CLAIM


def _bare_line(u: Unit) -> bool:
    """Whether a statement is a short quoted line alone, with no speaker (``join_quoted``): it supports a fact but
    does not read as one."""
    return u.kind == "quote" and len(quote_words(u.text)) < _OWN_QUOTE


# a direct quote this long is a statement of its own (``storyline.compare.units``)
_OWN_QUOTE = 5


def _figures_alone(u: Unit, units: Sequence[Unit]) -> int:
    """How many plain figures of a statement no statement of another report gives ("aged between 16 and 40"; a
    code such as a flight number, "7C2216", is a name)."""
    theirs = {t for v in units if v.report != u.report for t in v.numbers}
    return len({t for t in u.numbers - theirs if t.isdigit()})


# a clause cut after its sentence's conjunction, with no subject of its own: "and warned that ...", "but said ..."
_SUBJECTLESS = re.compile(
    r"(?:and|but|or|nor)\s+(?!(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|his|her|their|its|our|"
    r"there|one|some|many|most|all|no)\b)[a-z]"
)


# a statement states another when it holds this share of the words the other says of whom it names (names and
# figures left out), the share ``brief.summary`` asked of a summary line's support; or, saying little else, holds
# ``STATES_PART`` of them and has ``STATES_OWN`` of its own words in the other ("The repairs will keep the bridge
# closed until June" under "The bridge will stay shut until June, city engineers said on Monday"); when it gives
# each of the other's counts, the count is the claim, and ``STATES_PART`` of the rest will do
STATES = 0.3
STATES_PART = 0.2
STATES_OWN = 0.4
# a line saying this many words (``_said_words``) or more tells several things: only ``STATES`` of them will do
LONG_LINE = 10
# a capitalized word inside a sentence is a name ("Barbara Fried", "Acapulco"): the topic, not what is said of it
_NAME = re.compile(r"(?<![.!?:;\"“‘(\n]\s)(?<![\"“‘(])(?<!^)\b[A-Z][\w'’.-]*")
_YEAR_TOKEN = re.compile(r"(?:1[89]|20)\d\d")


def _said_words(text: str) -> set[str]:
    """The content-word stems of what ``text`` says of whom it names: its names left out (a capitalized word
    inside a sentence, but for a day or a month: "until June" says when; all words count in a headline, whose
    capitals mark no names), and figures and years too (figures are checked as counts, ``_told``, and as written
    figures, ``_written_figures_told``)."""
    plain = text if title_case(text) else _NAME.sub(lambda m: m.group(0) if _is_when(m.group(0)) else " ", text)
    return {t.partition("~")[0] for t in content_tokens(plain) if not t[0].isdigit() and not _YEAR_TOKEN.fullmatch(t)}


# a figure written onto the word it counts ("300-year", "14-man", "16-year-old"), not a day of a month ("4-mar")
_WRITTEN_FIGURE = re.compile(r"(\d+)-(?!" + month_openings(lower=True) + r"$)[a-z][a-z-]*")
_DIGITS = re.compile(r"\d+")
# a figure that ranks ("the 15th floor", "its 2nd flight"): it tells which one, as a count tells how many
_RANK = re.compile(r"(\d+)(?:st|nd|rd|th)")
# a day of a month that names a thing after a determiner ("Vell's March 14th sentencing", "the May 3 vote"): which
# one is told as a rank is; a day telling when an act was done ("reported on May 3") may be told as a weekday
_DAY_NAMING = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their)|['’]s)\s+" + month_openings() + r"[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
)


def _written_figures_told(line: str, other: str) -> bool:
    """Whether ``other`` gives each year and each figure written onto its word that ``line`` gives: "the first
    Velmish-born rector in the college's nearly 300-year history" is not stated by "the shortest term in the
    college's nearly 288-year history", nor "a side which repeated its 1987 success" by a statement that names no
    1987; nor "the door on the 15th floor" (a rank, ``_RANK``) by a statement naming no 15, nor "ahead of Vell's
    March 14th sentencing" (a day naming a thing, ``_DAY_NAMING``) by one naming no 14. The counts ``quantities``
    reads are checked by ``_told``; these it does not read."""
    theirs = {m.group(0) for t in content_tokens(other) if (m := _DIGITS.match(t))}
    if any(m.group(1) not in theirs for m in _DAY_NAMING.finditer(line)):
        return False
    for t in content_tokens(line):
        m = _WRITTEN_FIGURE.fullmatch(t) or _RANK.fullmatch(t)
        fig = m.group(1) if m else t if _YEAR_TOKEN.fullmatch(t) else None
        if fig is not None and fig not in theirs:
            return False
    return True


def _is_when(word: str) -> bool:
    return (content_tokens(word) or [""])[0] in _WHEN


def _told(q: Quantity, others: Sequence[Quantity]) -> bool:
    """Whether another statement gives a count: the same figure, or one of the same thing, close to it, that its
    range allows ("13 people" / "more than a dozen people"; not "close to 115 years" / "more than 11 years"), and
    not on the far side of its bound ("more than 94% counted" is not told by "almost 90% counted"), nor in another
    unit of measure ("0.4%" / "0.4 degrees": ``quantities.other_measures``)."""
    return any(
        not _past_bound(q, r)
        and not other_measures(q, r)  # "a 0.4% temperature increase" is not told by "0.4 degrees Celsius"
        and not _other_things(q, r)  # "two open mouths belched magma" is not told by "lava flowed in two streams"
        and (
            within_rounding(q, r)
            or (q.unit == r.unit and compatible(q, r) and max(q.value, r.value) <= FAR * min(q.value, r.value))
        )
        for r in others
    )


# a count this small, of one thing, says nothing of another thing counted alike ("two vents" / "two streams")
_FEW = 12
# what a count may count in words that name no thing of their own
_ANY_THING = frozenset({"people", "person", "persons", "other", "others", "individual", "individuals", "one", "ones"})


def _other_things(q: Quantity, r: Quantity) -> bool:
    """Whether two small counts count two different things ("at least two open mouths" / "two streams"): a few of
    one thing are no few of another. A count of people in general is a count of any of them."""
    if max(q.value, r.value) > _FEW or not q.unit or not r.unit or q.unit == r.unit:
        return False
    return q.unit not in _ANY_THING and r.unit not in _ANY_THING


# a hedge that puts a figure just short of what it says ("nearly 56%", "almost 90%"): it is at most that figure
_SHORT_OF = ("nearly", "almost", "just under", "just short of", "close to")


def _past_bound(q: Quantity, r: Quantity) -> bool:
    """Whether ``r`` lies wholly on the far side of ``q``'s bound: below "more than 94%" ("almost 90%", "87%"),
    or above "fewer than 20" ("25")."""
    most = r.value if r.written.lower().startswith(_SHORT_OF) else r.high
    if q.bound == "lower":
        return most < q.value
    if q.bound == "upper":
        return r.low > q.value
    return False


# a figure this large written bare, counting nothing named ("13,781,154 votes" in brackets after a share) is a
# detail of its own: a statement that does not give it (within ``_BARE_NEAR``) does not state the line
_BARE_FROM = 10_000
_BARE_NEAR = 0.05


def _bare_figures_told(line: str, other: str, counts: Sequence[Quantity]) -> bool:
    """Whether ``other`` gives each large figure of ``line`` that is no count ``quantities`` read."""
    theirs = [float(t) for t in content_tokens(other) if t.isdigit()]
    for t in content_tokens(line):
        if not t.isdigit() or int(t) < _BARE_FROM or _YEAR_TOKEN.fullmatch(t):
            continue
        if any(q.value == int(t) for q in counts):
            continue
        if not any(abs(x - int(t)) <= _BARE_NEAR * int(t) for x in theirs):
            return False
    return True


def states(
    line: str, other: str, *, settled: Sequence[tuple[int, int]] = (), setting: frozenset[str] = frozenset()
) -> bool:
    """Whether ``other`` states what ``line`` states, not merely its topic: it gives every count the line gives
    (``_told``: "less than five hours" is not stated by "after breaking for dinner", "at least 27 deaths" not by a
    lead written before any death was known, "two counts of wire fraud, ... one count of ..." not by "seven counts",
    "more than 94% counted" not by "almost 90% counted"), tells an uncertainty when and only when the line does
    ("it is unclear how many were on board", ``_UNCERTAIN``), and any large bare figure the line gives ("over 55% of
    votes (4,118,305)": ``_bare_figures_told``), and it holds ``STATES`` of the words the line says of whom it names
    ("Barbara Fried burst into tears" is not stated by "Joe Bankman and Barbara Fried sat in the third row"), or
    says little else (see ``STATES_PART``), or ``STATES_PART`` when the line's counts are all given ("charged with
    seven counts" / "seven counts of fraud and money laundering"). A statement that tells a small part of a long
    line ("joined an official convoy heading for the city" under "arrived late Wednesday, after his convoy found
    roads blocked by landslides ...") is no support of the line. Sums storyline made up itself are no count of the
    line's, nor is a count told within ``settled`` (offsets in ``line``): a conflict of its own sets it against the
    others'. A statement that shares with a line only words of the story's ``setting`` (``story_setting``) and no
    figure, and says much else besides (``_setting_only``), does not state it: "Previous court filings revealed
    messages that showed ... privately ridiculed claims of election fraud in the 2020 election ... lies about the
    presidential contest ... on its air" shares "claims", "election", "presidential" and "air" with "The suit had
    accused Fox News of recklessly airing false election claims ... the 2020 presidential election", words most
    reports of a story on an election lawsuit use."""
    counts = _line_counts(line, settled)
    if not _counts_told(line, other, counts) or not _written_figures_told(line, other):
        return False
    if not _names_the_doer(line, other):
        return False  # "Mick Jagger has paid a glowing tribute" / "Also paying tribute were actresses X and Y"
    claim = _said_claim(line)
    if claim and not states(claim, other):
        return False  # "Ostrava says it will take all necessary actions as Dalt announced tariffs" / "Dalt announced"
    framed = _TOLD_FRAME.match(line)
    if framed and not claim and not states(line[framed.end() :], other):
        return False  # "The firm hours earlier had said he would step down as chair but stay on as director" /
        # "Within hours, Chair Ivo Brandt also resigned": what the two share is who told it, not what was told
    if not _clocks_told(line, other):
        return False  # "As of about 6 a.m., the fire was still burning and the order remains in place" / "the danger
        # of further explosions as the reason the order remains in place"
    if opposite_acts(line, other):
        return False  # "will resume searching" is not stated by "was calling off the search"
    if _other_party(line, other):
        return False  # "Fain confirms they reached a tentative agreement with Ford" / "GM and Stellantis said
        # they are still working with the UAW to also reach a tentative agreement"
    if _placed_apart(line, other):
        return False  # "passengers were stranded in the metro systems" / "travelers were stranded in railway stations"
    if ability_conflict(line, other):
        return False  # "guests remain able to access their rooms" / "guests were not able to enter their rooms"
    if _listed_apart(line, other):
        return False  # "add to its positions in Japan, India and the ASEAN region" / "expand production"
    if _one_side_only(line, other):
        return False  # "many boats sank in the harbour, while others were thrown onto the quay" / "Many boats sank"
    if _among_apart(line, other):
        return False  # "Orvale and Kessby are among the towns the rule will cover" / "The new rules are the strictest"
    if bool(_UNCERTAIN.search(line)) != bool(_UNCERTAIN.search(other)):
        return False  # "It is yet unclear how many people were on board the boat that sank off Pylos"
    if _STILL.search(line) and not _GOING_ON.search(other):
        return False  # "By Sunday morning, oil was still continuing to spill" / "oil spilled after a pipeline breach"
    opening = _OPENING_CLAUSE.match(line)
    if opening and not states(_unframed(line[opening.end() :]), other):
        return False
    if not _cause_told(line, other):
        return False  # "fleeing the mainland due to misinformation about a cholera outbreak" / "people fled the
        # cholera outbreak on the mainland": the line's point is the cause, which the other does not give
    # the words of a count a conflict settles are that conflict's too: "one person is still missing, said board
    # member Ilse Marrow" is not stated by "A second person, reported as missing, has since been identified"
    a, b = _said_words(_without(line, settled)) or _said_words(line), _said_words(other)
    if not a or not b:
        return True
    if _denied_apart(line, other, a & b):
        return False  # "there was no warning about the dams collapsing" / "two dams collapsed"
    # a count of what a thing has ("its 33 engines") describes the thing, no act of the line's: both may give it
    # and tell two acts ("Since then, the firm had made dozens of improvements to the booster and its 33 engines"
    # is not stated by "The rocket lifted off the pad, with the booster igniting all 33 of its engines")
    counts = [q for q in counts if not _OWNED.search(line, 0, q.start)]
    if not counts and not _tells_head(line, other, len(a & b)):
        return False  # "Few vaccine doses are available" / "Bryn Pharma will donate 4,000 doses of vaccine"
    if not counts and a & b and a & b <= _where_words(line) | _where_words(other):
        return False  # "The injured were treated in local hospitals" / "has been identified at a local hospital"
    # one count of one group told in other words ("104 survivors" / "104 people had been rescued": ``claims``) is
    # one more word the two share
    shared = len(a & b) + len(claims(line) & claims(other))
    few = shared < min(_TWO_ACTS_SHARED, _HEADLESS_SHARE * len(a))
    if not counts and few and not _subject_told(line, b) and not any(_is_when(w) for w in a & b):
        # (a statement placing what the line tells of on the line's day tells one event, whoever each makes its
        # subject: "The council will hold a public meeting on Monday" / "Speaking at a public meeting on Monday")
        return False  # "Photographs of the boat ... showed what looked like a small fishing vessel" / "a tidal wave
        # struck the overloaded fishing vessel": what the line tells is of its subject, which the other never names
    # a distance is where, no claim: "an inquiry into the sinking ..., 47 nautical miles southwest of Pylos" is not
    # stated by "Search and rescue operations were to continue ... about 50 miles (80 km) southwest of ... Pylos"
    if any(q.unit not in _DISTANCES for q in counts):
        return shared >= STATES_PART * len(a)
    # such a statement must hold its share of the line's words and the line its share of the statement's
    if not counts and _setting_only(line, other, a & b, setting) and (
        len(a & b) < STATES_OWN * len(a) and len(a & b) < STATES_PART * len(b)
    ):
        return False
    if not counts and _setting_only(line, other, a & b, setting) and not _tells_own_head(line, other, a & b):
        return False  # "Photos showed a digger removing earth from the bank ... around the ship's bow" / "Its bow
        # appears to be stuck in the canal's eastern bank": both tell of the ship, bow and bank, not one act
    if len(a) >= LONG_LINE:
        # a long line tells several things: a statement holding a small part of its words tells one of them ("US
        # dockworkers and port operators have reached a tentative agreement that will end a three-day strike that
        # shut down shipping ... and had threatened to incur billions of dollars in losses" is not stated by
        # "Dockworkers have agreed to suspend their strike due to a tentative agreement")
        return shared >= STATES * len(a)
    return shared >= STATES * len(a) or (shared >= STATES_PART * len(a) and shared >= STATES_OWN * len(b))


# a line's doer named at its opening, before its verb: two capitalized words or more ("Treasury Secretary Ilse
# Marrow on Friday convened", "Tarn Oske has paid", "The Harbor Safety Board (HSB) has formally declared"), an
# acronym ("The VDIC will pay") or a name that says something ("Ostrava says it will take ...")
_DOER = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)+|[A-Z]{2,}|[A-Z][a-z]+(?=\s+(?:says|said)\b))"
    r"(?:\s+\([A-Z]{2,}\))?(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?"
    r"\s+(?:(?:has|have|had|will|would|was|is|also|has\s+also)\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)
# words that open a sentence or title a name, no part of whom it names
_NOT_NAMING = frozenset({
    "The", "In", "On", "At", "After", "Before", "When", "While", "But", "And", "As", "If", "For", "From", "By",
    "With", "Also", "Elsewhere", "Meanwhile", "Still", "However", "Earlier", "Later", "Mr", "Mrs", "Ms", "Dr",
    "Sir", "Dame", "President", "Secretary", "Treasury", "Minister", "Prime", "Chief", "Former", "Governor",
    "Mayor", "Senator", "Judge", "General", "Police", "Singer", "Actress", "Actor", "US", "U.S.", "UK",
})
# an irregular past a doer may open a line with (a regular one ends in "-ed", a present in "-s")
_PAST_VERBS = frozenset({"paid", "made", "took", "gave", "told", "wrote", "won", "led", "met", "held", "sent",
                         "said", "says", "put", "got", "went", "came", "saw", "spoke", "left", "shut", "cut",
                         "set", "sold", "bought", "brought", "began", "became", "broke", "hit", "struck", "fell",
                         "ran", "pay", "take", "make", "give"})
# the verbs by which a doer tells a claim, which other reports may tell without them ("Harbor Radio reported ...")
_TELLING = TELLING_VERBS | {"warned", "warns", "announced", "announces", "confirmed", "confirms", "vowed", "vows"}
# a statement that opens on a pronoun may name its doer so: who it is is not told
# (or by what it is: "The station settled for 40 million crowns"; or a clause cut from its subject: "and warned")
_PRONOUN_DOER = re.compile(r"[\"“‘']?(?:He|She|They|It|We|I\b|The\s+[a-z]|[a-z])")


# what a doer says, up to a clause of time or cause that sets it beside another act ("as President Dalt announced")
_SAYS_CLAIM = re.compile(r"\s+(?:says|said)\s+(?:that\s+)?(?P<claim>.+?)(?=\s+(?:as|while|after|because|since|"
                         r"when|before|amid)\s|[,;:—–]|$)")


def _said_claim(line: str) -> str:
    """What a line whose named doer says something claims, without a clause that sets it beside another act
    ("Ostrava says it will take all necessary actions to protect its rights as President Dalt announced
    tariffs" claims "it will take all necessary actions to protect its rights"); "" when it is no such line or the
    claim is the whole rest."""
    m = _DOER.match(line)
    if m is None or m.group("verb") not in ("says", "said"):
        return ""
    c = _SAYS_CLAIM.match(line, m.start("verb") - 1)
    if c is None or c.end("claim") >= len(line.rstrip(" .")) or len(c.group("claim").split()) < 3:
        return ""
    rest = line[c.start("claim") :]
    if _OPENING_CLAUSE.match(rest[:1].upper() + rest[1:]):
        return ""  # "says that after reviewing the footage, it appeared ...": the claim follows the clause
    return c.group("claim")


# the verb a line's main clause opens on, shallowly: its first auxiliary or copula not in a relative clause ("Few
# vaccine doses are available", "Durov is to appear", "The Louvre will remain closed"), else its first past form
# not after a determiner ("Dr. Vell expressed serious concern"; not "the arrested founder")
_LINE_AUX = re.compile(
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
    r"must|should)\b"
)
_LINE_PAST = re.compile(r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)"
                        r"\b[a-z]{3,}ed\b")
# what carries no act of its own after that verb: more auxiliaries, "to", "not", an adverb ("officially"), a verb
# that keeps a state ("will stay shut": the state is the act), a cause ("was not caused by arson": arson is)
_VERB_CHAIN = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
                         "to", "not", "also", "still", "now", "yet", "already", "can", "could", "may", "might",
                         "must", "should", "do", "does", "did", "the", "a", "an", "stay", "stays", "stayed",
                         "remain", "remains", "remained", "keep", "keeps", "kept", "become", "became", "caused", "by"})
# words of one act in the heads of two lines: "will stay shut" / "will keep the bridge closed"
_ONE_ACT = {"shut": "close"}
# where the head of the act ends: a preposition, a clause of time or cause, a conjunction, a mark, a determiner
# (what the act is done to is its thing, not the act: "has backed its arrested founder")
_ACT_END = frozenset({"in", "on", "at", "to", "for", "from", "of", "over", "with", "by", "about", "after", "before",
                      "since", "as", "while", "because", "amid", "following", "until", "into", "during", "and",
                      "but", "or", "that", "which", "who", "than", "the", "a", "an", "its", "his", "her", "their",
                      "our", "this", "these", "those"})
_ACT_TOKEN = re.compile(r"[A-Za-z'’-]+|[,;:()\"“”—–]")
# how many words the head of an act holds at most ("expressed serious concern")
_ACT_WORDS = 3


def _act_words(line: str) -> set[str]:
    """The content-word stems of the head of the act ``line``'s main clause tells, shallowly: from its first
    auxiliary (or past form) up to ``_ACT_WORDS`` words, stopping at a preposition or a clause ("are available",
    "is to appear", "expressed serious concern", "was closed"); empty when none is found, or when the verb tells
    only who says it (the claim is then checked by ``_said_claim``)."""
    main = _unrelated(line)
    m = _LINE_AUX.search(main) or _LINE_PAST.search(main)
    if m is None:
        return set()
    tokens = [t.group(0) for t in _ACT_TOKEN.finditer(main, m.start())]
    while tokens and (tokens[0].lower() in _VERB_CHAIN or tokens[0].lower().endswith("ly")):
        tokens.pop(0)
    if tokens and tokens[0].lower() in _TELLING:
        return set()
    head: list[str] = []
    for t in tokens[:_ACT_WORDS]:
        if not t[0].isalpha() or t.lower() in _ACT_END:
            break
        if not _adverb(t):
            head.append(t)
    return {_acted(t) for t in content_tokens(" ".join(head)) if not t[0].isdigit()}


# a relative clause set off by commas (", who also swapped ...,", ", which was ..."): it tells of whom the sentence
# names, not the act of its main clause
_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom|where)\b[^,;:—–]*(?:,|(?=[;:—–])|$)")
# words ending as an adverb does that are no adverb
_NOT_ADVERBS = frozenset({
    "rally", "supply", "apply", "reply", "comply", "imply", "multiply", "family", "assembly", "italy", "july",
    "tally", "belly", "jelly", "bully", "ally", "fly", "sally", "holly", "only",
})


def _unrelated(line: str) -> str:
    """``line`` without its relative clauses set off by commas (``_RELATIVE``): "Bout's sentence was commuted by
    President Biden, who also swapped Griner for Bout" tells a commutation, not a swap."""
    return _RELATIVE.sub(" ", line)


# an apposition set off by commas after a name ("Paul Whelan, another American detained in Russia, was ...")
# (its subject's, opening the sentence; not a credit set off alike: "Kolvey beat Brannik, the commission said, ...")
_APPOSITION = re.compile(
    r"^(?P<subject>[^,;:\"“”]{1,80}),\s+(?:a|an|another|the|one|his|her|its|their)\s"
    r"(?![^,]*\b(?:said|says|told|added|reported|according)\b)[^,;:\"“”]{1,80},\s"
)


def _unset(line: str) -> str:
    """``line`` without its relative clauses (``_unrelated``) and its subject's apposition (``_APPOSITION``): its
    main clause."""
    return _APPOSITION.sub(lambda m: m.group("subject") + " ", _unrelated(line))


def _adverb(word: str) -> bool:
    """Whether a word is an adverb of manner ("strongly", "finally"): how an act was done, not which act; "the
    share price has recovered strongly" and "firms have snapped up shares, keeping the stock performing strongly"
    tell two acts."""
    w = word.lower()
    return w.isalpha() and len(w) > 4 and w.endswith("ly") and w not in _NOT_ADVERBS


# whom a line's act is done with ("reached a tentative agreement with Ford")
_PARTNER = re.compile(r"\bwith\s+(?:the\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)")


def _name_words(name: str) -> list[str]:
    return [w for w in name.split() if w not in _NOT_NAMING and len(w) > 1]


def _named_in(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def _other_party(line: str, other: str) -> bool:
    """Whether ``other`` tells the act of other parties: the line's main clause names whom its act is done with
    (``_PARTNER``: "reached a tentative agreement with Ford"), ``other`` names none of them and opens on a doer of
    its own the line does not name ("General Motors and Stellantis said they are still working to reach a
    tentative agreement"). The same act of two other parties is no support of the line's."""
    # a name owning what the with-phrase tells ("with the Federal Cabinet's new bill passing") is no partner
    partners = [w for m in _PARTNER.finditer(_main_clause(line)) if not m.group("name").endswith(("'s", "’s"))
                for w in _name_words(m.group("name"))]
    if not partners or any(_named_in(w, other) for w in partners):
        return False
    m = _DOER.match(other)
    doer = _name_words(m.group("name")) if m else []
    return bool(doer) and not any(_named_in(w, line) for w in doer)


def _tells_only(line: str) -> bool:
    """Whether the verb ``line``'s main clause opens on only tells (``_TELLING``: "The union announced a deal"):
    what is told is then its act, in any words."""
    m = _LINE_AUX.search(line) or _LINE_PAST.search(line)
    if m is None:
        return False
    tokens = [t.group(0).lower() for t in _ACT_TOKEN.finditer(line, m.start())]
    while tokens and (tokens[0] in _VERB_CHAIN or tokens[0].endswith("ly")):
        tokens.pop(0)
    return bool(tokens) and tokens[0] in _TELLING | _DISCLOSING


# verbs that tell a claim besides ``_TELLING``: "The company disclosed that the incident commenced on Sunday"
_DISCLOSING = frozenset({"disclosed", "discloses", "revealed", "reveals", "noted", "notes", "explained",
                         "acknowledged", "acknowledges", "stated", "states"})


def _acted(token: str) -> str:
    stem_ = token.partition("~")[0]
    return _ONE_ACT.get(stem_, stem_)


def _tells_head(line: str, other: str, shared: int) -> bool:
    """Whether ``other`` tells the act ``line`` tells, by the heads of the two (``_act_words``): it shares a word of
    the line's head, or the line's words hold one of its own head, or one of the two has no head to read, or the
    two share ``_TWO_ACTS_SHARED`` words of what they say (``shared``), in the line's main clause too
    (``_main_clause``), a paraphrase of one act ("would allow the
    alliance to work with partners such as ..." / "will enable discussions with partners such as ..."). Two
    statements sharing a few words of a thing, each telling its own act of it, tell two facts: "Few vaccine doses
    are available on the continent" is not stated by "Bryn Pharma will donate 4,000 doses of vaccine", nor "Ada
    Vell expressed serious concern over ... the spread to neighbouring countries" by "The decision is linked to
    the epidemic that has spread to neighbouring countries", nor "Orrin is to appear in court on Sunday after
    being arrested at an airport" by "Talkline has responded to the arrest of its founder Orrin"."""
    head, theirs = _act_words(line), _act_words(other)
    if head and not theirs and other[:1].islower() and not _piece_of(other, line):
        # a clause cut from its sentence with no act of its own to read ("toward resolving the conflict and
        # facilitating the return of all living hostages") tells the line's act only by naming it, or as the
        # line's own words quoted in part ("are becoming a distraction for the good work ...")
        return _heads_meet(line, other, head, theirs)
    if not head or not theirs:
        return True
    told = _said_words(_main_clause(line)) - _said_words(_subject_participle(line))
    if shared >= _TWO_ACTS_SHARED and len(told & _said_words(other)) >= _TWO_ACTS_SHARED:
        return True
    return _heads_meet(line, other, head, theirs)


def _subject_participle(line: str) -> str:
    """The participle clause of ``line``'s subject, before the verb its main clause opens on ("A curfew declared in
    the capital before Monday midnight was lifted on Tuesday": "declared in the capital before Monday midnight"),
    or "". It tells which thing the line is of, not what it tells of it: a statement that the curfew was declared
    on Monday shares its words, not the line's act (the lifting)."""
    line = _unrelated(line)
    m = _LINE_AUX.search(line)
    if m is None:
        return ""
    participle = _LINE_PAST.search(line, 0, m.start())
    if participle is None or not line[: participle.start()].strip():
        return ""
    return line[participle.start() : m.start()]


# a clause this many words long or more that a line holds word for word is a piece of the line's words
_PIECE_WORDS = 3


def _piece_of(part: str, line: str) -> bool:
    """Whether ``line`` holds the words of ``part`` in a row (``align.quote_words``), ``_PIECE_WORDS`` or more."""
    said, words = quote_words(part), quote_words(line)
    return len(said) >= _PIECE_WORDS and any(words[n : n + len(said)] == said for n in range(len(words)))


def _heads_meet(line: str, other: str, head: set[str], theirs: set[str]) -> bool:
    """Whether a word of ``line``'s head (``head``) is among ``other``'s words, or one of ``other``'s head
    (``theirs``) among the line's, as one stem or one act (``_acted``, ``_one_stem``)."""
    mine, words = ({_acted(t) for t in content_tokens(x)} for x in (_unrelated(line), other))
    return any(h in words or _one_stem(h, words) for h in head) or any(h in mine or _one_stem(h, mine) for h in theirs)


# a line with no head to read (``_act_words``) is told, by words of its story's setting alone, only by a statement
# holding this share of its words ("The incident began Sunday" / "The incident, which began on Sunday, ...")
_HEADLESS_SHARE = 0.5


def _tells_own_head(line: str, other: str, shared: set[str]) -> bool:
    """Whether ``other`` tells the act of ``line``'s head in words of its own (a word of the head, or of the
    other's head in the line), or the line has no head to read and the two share ``_HEADLESS_SHARE`` of its
    words. Two statements whose shared words are all words of the story's setting ("peanut butter", "recalled",
    "stores") tell one act only so: "The recalled peanut butter was distributed nationwide in retail stores" is
    not stated by "Stores should not sell any of the recalled peanut butter", nor "A cyber issue led to the
    shutdown of computer systems at company properties, a company official reported Monday" by "The FBI is
    conducting an investigation ... resulting in the shutdown of computer systems at company properties"."""
    head, theirs = _act_words(line), _act_words(other)
    if not theirs and _tells_only(other):
        return True  # "The union announced a tentative agreement with Ford" tells "reached" as its announcement
    # with no head read, the other's act is the line's when the line's words hold it: "In a sign of the turmoil the
    # blockage has caused, the owner even offered a written apology" is told by "The owner has offered an apology"
    if _heads_meet(line, other, head, theirs):
        return True
    return not head and len(shared) >= _HEADLESS_SHARE * len(_said_words(line))


# two statements telling two acts by their heads that share this many words of what they say tell one in two ways
_TWO_ACTS_SHARED = 4
# a clause of time or cause after a line's head sets its act beside another ("is to appear in court on Sunday
# after being arrested at an airport"): what the two share there is the other act's
_LATER_CLAUSE = re.compile(r"\s(?:after|before|while|because|since|following|amid|despite)\s")


def _main_clause(line: str) -> str:
    """``line`` up to a clause of time or cause that follows its head (``_LATER_CLAUSE``), or all of it."""
    line = _unrelated(line)
    m = _LINE_AUX.search(line) or _LINE_PAST.search(line)
    later = _LATER_CLAUSE.search(line, m.end()) if m else None
    return line[: later.start()] if later else line


# two stems of one word cut at two lengths ("injur" of "injured", "injuri" of "injuries") share this many letters
_STEM_PREFIX = 5


def _one_stem(word: str, others: set[str]) -> bool:
    return len(word) >= _STEM_PREFIX and any(o[:_STEM_PREFIX] == word[:_STEM_PREFIX] for o in others)


def _names_the_doer(line: str, other: str) -> bool:
    """Whether ``other`` names whoever ``line`` names as its doer at its opening (``_DOER``: a word of the name
    but a title), or opens on a pronoun, a description or in lower case, or the line names no doer there, or
    only a speaker (``_TELLING``). A statement of another's act is no support of the line, however many words
    the two share: "Tarn Oske has paid a glowing tribute" is not stated by "Also paying tribute were actresses Ada
    Pell and Mira Sol", nor "The VDIC will pay uninsured depositors an advance dividend" by "Uninsured depositors
    will get a receivership certificate, the regulator said"."""
    m = _DOER.match(line)
    if m is None or m.group("verb") in _TELLING:
        return True  # a speaker's claim may be told without the speaker ("Chief Relling said the boat sank")
    verb = m.group("verb")
    if not (verb.endswith(("ed", "s")) or verb in _PAST_VERBS or line[: m.start("verb")].rstrip().endswith(
        ("has", "have", "had", "will", "would", "was", "is", "also"))):
        return True
    words = [w for w in re.split(r"\s+", m.group("name")) if w not in _NOT_NAMING and len(w) > 1]
    if not words or _PRONOUN_DOER.match(other):
        return True
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", other) for w in words)


# a place a statement names by what it is ("at a local hospital", "in the port area"): where, not what is said
_PLACE_NOUNS = (
    r"hospitals?|clinics?|morgues?|sites?|areas?|ports?|harbou?rs?|towns?|cit(?:y|ies)|villages?|districts?|"
    r"regions?|camps?|buildings?|homes?|houses?|streets?|roads?|plants?|factor(?:y|ies)|schools?|stations?"
)
_WHERE_PHRASE = re.compile(
    rf"\b(?:at|in|into|to|near|outside|inside|from)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
    rf"(?P<words>(?:[a-z-]+\s+){{0,2}}?(?:{_PLACE_NOUNS}))\b",
    re.I,
)


def _where_words(text: str) -> set[str]:
    """The content-word stems of the places ``text`` names by what they are ("local", "hospital" of "treated in
    local hospitals"): two statements that share only these tell of one place, not one thing done there."""
    return {t.partition("~")[0] for m in _WHERE_PHRASE.finditer(text) for t in content_tokens(m.group("words"))}


# where an act was done, named right after its verb ("stranded overnight in railway stations", "trapped inside the
# metro tunnels"): a place in lower-case words, up to three, after at most two words of manner or time
_ACT_PLACE = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:ed|en|ing))\s+(?:[a-z]+\s+){0,2}?(?:in|inside|at)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?P<words>[a-z-]+(?:\s+[a-z-]+){0,2}?)(?=\s+(?:of|between|with|and|for|on|in|near|after|before|as|while)\b|"
    r"[,;:.]|$)"
)
_ACT_PLACE_NOUN = re.compile(rf"\b(?:{_PLACE_NOUNS}|tunnels?|terminals?|airports?)$")


def _act_places(text: str) -> dict[str, set[str]]:
    """The places ``text`` says its acts were done in, by the stem of each act's verb (``_ACT_PLACE``)."""
    out: dict[str, set[str]] = {}
    for m in _ACT_PLACE.finditer(text):
        words = {t.partition("~")[0] for t in content_tokens(m.group("words"))}
        if words:
            out.setdefault(_acted(stem(m.group("verb"))), set()).update(words)
    return out


def _placed_apart(line: str, other: str) -> bool:
    """Whether the two tell one act done in two places: each names where right after the same verb, one of them a
    place by what it is (``_ACT_PLACE_NOUN``: "stations", "tunnels"), and the two places share no word. "Passengers
    were stranded in the metro systems" is not stated by "travelers were stranded overnight in railway stations":
    whom the act befell and where is the line's point, and the other tells of others elsewhere."""
    mine, theirs = _act_places(line), _act_places(other)
    for verb, words in mine.items():
        there = theirs.get(verb)
        if not there or words & there:
            continue
        places = (m.group("words") for t in (line, other) for m in _ACT_PLACE.finditer(t) if
                  _acted(stem(m.group("verb"))) == verb)
        if any(_ACT_PLACE_NOUN.search(p) for p in places):
            return True
    return False


def _without(line: str, settled: Sequence[tuple[int, int]]) -> str:
    """``line`` with the parts ``settled`` (offsets in it) blanked out."""
    for start, end in settled:
        if 0 <= start < end <= len(line):
            line = line[:start] + " " * (end - start) + line[end:]
    return line


def _setting_only(line: str, other: str, shared: set[str], setting: frozenset[str]) -> bool:
    """Whether all two statements share is words of the story's ``setting`` and no figure but a year (a shared
    "17" in "for the first time in 17 years" / "its first increase in 17 years" is the claim)."""
    figures = {t for t in content_tokens(line) if t.isdigit() and not _YEAR_TOKEN.fullmatch(t)}
    return bool(shared) and shared <= setting and not figures & set(content_tokens(other))


# where a line sets two clauses side by side: ", while others ...", ", whereas ...", "; ..."
_SIDE_BY_SIDE = re.compile(r",\s+(?:while|whereas)\s+|;\s+")


def _one_side_only(line: str, other: str) -> bool:
    """Whether ``line`` sets clauses side by side (``_SIDE_BY_SIDE``) and ``other`` tells none of one of them:
    "many boats sank in the harbour, while others were thrown onto the quay" is not stated by "Many boats sank
    in the harbour", which tells one side and leaves the other untold. Shown as corroborated, the line would
    claim more than the second report says."""
    sides = [side for side in _SIDE_BY_SIDE.split(line) if side.strip()]
    if len(sides) < 2:
        return False
    theirs = _said_words(other)
    told = [bool(_said_words(side) & theirs) for side in sides if len(_said_words(side)) >= 2]
    return len(told) >= 2 and not all(told)


# a line telling whom a group holds, named at its opening: "Orvale and Kessby are among the towns ...", "Tarn is
# one of those the rule covers"
_AMONG = re.compile(r"(?P<names>[A-Z][\w'’.&-]*(?:(?:\s+|,\s+|,?\s+(?:and|or)\s+)[A-Z][\w'’.&-]*)*)\s+"
                    r"(?:are|is|were|was|will\s+be)\s+(?:among|one\s+of)\b")


def _among_apart(line: str, other: str) -> bool:
    """Whether ``line`` tells that whom it names at its opening are among a group (``_AMONG``) and ``other`` names
    none of them: "Kessby are among those the new rules will apply to" is not stated by "The new rules are regarded
    as the strictest in the country", whatever words of the rules the two share. Who is among is the claim."""
    m = _AMONG.match(line)
    if m is None:
        return False
    names = [w for w in re.split(r",?\s+(?:and|or)\s+|,\s+|\s+", m.group("names")) if w and w not in _NOT_NAMING]
    return bool(names) and not any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", other) for w in names)


# a list of three names or more: "Japan, India and the ASEAN region", "Orvale, Kessby, Tarn and Mull"
_NAMED = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_LISTED = re.compile(rf"\b({_NAMED})((?:,\s+(?:the\s+)?{_NAMED})+),?\s+(?:and|or)\s+(?:the\s+)?({_NAMED})")


def _listed_apart(line: str, other: str) -> bool:
    """Whether ``line`` lists three names or more and ``other`` names none of them: "It will add to its
    positions in Japan, India and the ASEAN region" is not stated by a sentence on expanding production that
    names none of those places, whatever words the two share. The names of a list are what it says."""
    for m in _LISTED.finditer(line):
        names = [m.group(1), *re.split(r",\s+(?:the\s+)?", m.group(2).lstrip(", ")), m.group(3)]
        if not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", other) for n in names if n):
            return True
    return False


# the fewest reports of a story that use a word of its setting, and more than half of them do
_SETTING_REPORTS = 3


def story_setting(units: Sequence[Unit]) -> frozenset[str]:
    """The words ``states`` reads that tell a story's setting: used by more than half of its reports, and by at
    least ``_SETTING_REPORTS``. Every report of a story on an election lawsuit says "election" and "claims"; that
    two sentences both say them tells their topic, not that one says what the other says. In a story of two
    reports no word is its setting: two reports sharing a word may share it for one fact."""
    reports: dict[int, set[str]] = {}
    for u in units:
        reports.setdefault(u.report, set()).update(_said_words(u.text))
    used = Counter(w for words in reports.values() for w in words)
    return frozenset(w for w, c in used.items() if c >= _SETTING_REPORTS and 2 * c > len(reports))


_DISTANCES = frozenset({"kilometer", "meter", "hectare"})
# an uncertainty is a claim of its own: "It is yet unclear how many people were on board the boat that sank off
# Pylos" is not stated by a report that gives only where the boat sank, nor "it was not known whether anyone was
# hurt" by one that tells only the collapse; and a sentence telling what is unclear is no report of what else
# was done there ("an inquiry into the sinking of a boat ... 47 nautical miles southwest of Pylos")
_UNCERTAIN = re.compile(
    r"\b(?:(?:un|not\s+(?:yet\s+|immediately\s+|entirely\s+)?)(?:clear|known|certain)|unknown|uncertain|"
    r"unconfirmed)\s+(?:yet\s+)?(?:how|whether|if|what|who|why|when|where|exactly)\b",
    re.IGNORECASE,
)


# what a count of what a thing has opens on
_OWNED = re.compile(r"\b(?:its|their|his|her|our)\s+(?:all\s+)?$", re.IGNORECASE)
# a line telling that a state or an act goes on ("was still burning", "still continuing to spill") tells what a
# statement of the act alone does not: that it had not ended by then
# ("is still unclear" tells no act going on)
_STILL = re.compile(r"\bstill\s+(?:continu\w*|going\s+on|[a-z]+ing)\b", re.IGNORECASE)
_GOING_ON = re.compile(r"\b(?:still|continu\w*|ongoing|remains?|remained|going\s+on)\b", re.IGNORECASE)


def _denied_apart(line: str, other: str, shared: set[str]) -> bool:
    """Whether one of two statements denies what the words they share are said of, and the other does not deny it
    alike (``polarity.undenied_scopes``): "But there was no warning about the dams collapsing" and "Two dams in the
    mountains above Derna collapsed" share "dams" and "collapsed", and the first tells the collapse only as what
    no warning was given of. A denial beside what they share ("the six men, who have not been identified, are
    presumed dead" / "the six workers are presumed dead") is no part of it."""
    return bool(shared) and any(
        shared <= _said_words(scope) for x, y in ((line, other), (other, line)) for scope in undenied_scopes(x, y)
    )


# a line that opens with a clause of time or concession says its main clause: "After keeper Ivo Brandt was sent
# off for a late challenge, the Rovers had no right to be level at halftime" is not stated by a report that tells
# only the sending-off
# (or with a gerund of the act it was done in: "In announcing she would step down, Dr. Tarrow ended a turbulent
# tenure" tells the end of a tenure, which a report of the announcement alone does not)
_OPENING_CLAUSE = re.compile(
    r"(?:After|Before|When|While|As|Although|Though|Despite|Since|Once|Following|(?:In|By|On|Upon)\s+[a-z]{2,}ing)"
    r"\b[^,;:\"“”]{8,}?,\s+(?=\w)"
)


# who says the main clause, opening it ("police say he tried to get back into his car"): whose claim it is, no
# part of what it claims
_SAYS_FRAME = re.compile(r"(?:[\w'’-]+\s+){1,4}?(?:say|says|said)\s+(?:that\s+)?(?=\w)", re.IGNORECASE)


# whoever told a whole line, opening it with its telling verb after an auxiliary ("The firm hours earlier had said
# he would step down"): no part of what is told (a doer named before its verb is ``_said_claim``'s)
_TOLD_FRAME = re.compile(
    r"(?:The\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:had|has|have)\s+(?:said|announced|stated)\s+"
    r"(?:that\s+)?(?=\w)"
)
# a time of day a line gives ("about 6 a.m.", "at 2:30 p.m."): when it holds, a claim no statement without it states
_CLOCK = re.compile(r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d\d))?\s*(?P<half>[ap])\.?m\b\.?", re.IGNORECASE)


def _clocks(text: str) -> set[tuple[int, int, str]]:
    return {(int(m.group("hour")), int(m.group("minute") or 0), m.group("half").lower()) for m in _CLOCK.finditer(text)}


def _clocks_told(line: str, other: str) -> bool:
    """Whether ``other`` places what it tells in time when ``line`` gives a time of day: by a time of day of the
    line's, or by a day or a part of one (``_WHEN``: "on Monday night" tells a meeting set for 7 p.m. Monday). "As of
    about 6 a.m. the fire was still burning" says how things stood then, which a statement of how they stand at no
    time does not state."""
    mine = _clocks(line)
    if not mine or mine & _clocks(other):
        return True
    return not _clocks(other) and any(stem(w) in _WHEN for w in re.findall(r"[A-Za-z]+", other))


# a subject written in common words, opening a main clause: determiners or a share ("Some of the"), then one to
# three lower-case words, then perhaps "of" and what it is of ("Photographs of the boat", "Some of the passengers",
# "The trio"). A name is ``_names_the_doer``'s; a pronoun tells no participant
_COMMON_SUBJECT = re.compile(
    r"(?:(?:the|a|an|some|many|most|all|several|both|few|these|those|its|their|his|her)\s+"
    r"(?:of\s+(?:the|its|their|these|those)\s+)?)?"
    r"(?P<head>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2}?)"
    r"(?:\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)?\s*"
)
# subject heads that name no one participant: who it is is told otherwise, in any words ("people", "officials")
_GENERIC_HEADS = frozenset({
    "people", "person", "persons", "man", "men", "woman", "women", "official", "officials", "authorities",
    "police", "one", "others", "number", "rest", "it", "they", "he", "she", "we", "this", "that", "there", "what",
    "who", "which", "these", "those", "some", "many", "most", "all", "both", "each", "none", "report", "reports",
    # a body or a place the report names elsewhere, pointed back to by what it is ("the country" is Japan, "the
    # company" MGM): another report names it by its name
    "country", "nation", "government", "company", "firm", "group", "organisation", "organization", "agency",
    "ministry", "university", "city", "town", "region", "province", "island", "state", "team", "club", "court",
    "craft", "vehicle",
})
# one craft called by any of these words: "the boat" is "the vessel" and "the ferry"
_CRAFT = frozenset({"boat", "vessel", "ferri", "ferry", "ship", "dhow"})


_FINDING_FRAME = re.compile(
    r"(?:According\s+to\s+[^,;:\"“”]{1,80},\s+)?(?:[\w'’-]+\s+){1,4}?(?:say|says|said|show|shows|showed|suggest|"
    r"suggests|suggested|indicate|indicates|indicated)\s+that\s+(?=\w)"
)
_IRREGULAR_PAST = re.compile(r"\b(?:" + "|".join(sorted(_PAST_VERBS - {"pay", "take", "make", "give"})) + r")\b")


def _subject_head(line: str) -> str:
    """The stem of the head noun of ``line``'s main-clause subject when it is written in common words
    (``_COMMON_SUBJECT``: "photograph" of "Photographs of the boat showed ...", "passeng" of "Some of the
    passengers were fleeing"); "" when the subject is a name, a pronoun, a generic word (``_GENERIC_HEADS``), a
    speaker telling a claim, or is not read plainly."""
    main = _unset(line)
    # whose finding it is opens it, no part of what is found: "According to the official, preliminary reports show
    # that a tidal wave struck the vessel" tells of the wave
    main = main[m.end() :] if (m := _FINDING_FRAME.match(main)) else main
    found = (_LINE_AUX.search(main), _LINE_PAST.search(main), _IRREGULAR_PAST.search(main))
    verb = min((m for m in found if m), key=lambda m: m.start(), default=None)
    if verb is None:
        return ""
    after = [t.group(0).lower() for t in _ACT_TOKEN.finditer(main, verb.start())][:2]
    if any(t in _TELLING | _DISCLOSING or t == "say" for t in after[:1]):
        return ""
    subject = main[: verb.start()].strip()
    if not subject or any(c.isupper() for c in subject[1:]) or any(c.isdigit() for c in subject):
        return ""
    m = _COMMON_SUBJECT.fullmatch(subject[:1].lower() + subject[1:])
    if m is None:
        return ""
    head = m.group("head").split()[-1]
    if head in _GENERIC_HEADS or head.endswith("ly"):
        return ""
    return next((t.partition("~")[0] for t in content_tokens(head)), "")


def _subject_told(line: str, said: set[str]) -> bool:
    """Whether a statement saying ``said`` (its ``_said_words``) names the subject ``line``'s main clause tells of
    (``_subject_head``), as one stem or one craft (``_CRAFT``), or the line has no such subject to read."""
    head = _subject_head(line)
    if not head:
        return True
    if head in _CRAFT:
        return bool(said & _CRAFT)
    return head in said or _one_stem(head, said)


# a cause a line gives its act ("due to misinformation about a cholera outbreak", "because of high winds"): the
# words of its noun phrase, up to a preposition or a mark
_CAUSE = re.compile(
    r"\b(?:due\s+to|because\s+of|owing\s+to|as\s+a\s+result\s+of|caused\s+by|driven\s+by)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?P<cause>[a-z][a-z'’-]+(?:\s+(?!(?:about|of|over|on|in|and|or|at|"
    r"from|to|that|which|who|after|as|when|while|according)\b)[a-z][a-z'’-]+){0,2})",
)


# a statement that gives its act's cause by pointing back to the sentence before it
_CAUSE_BEFORE = re.compile(r"(?:That|This|It|These)\s+(?:\w+\s+)?(?:prompted|led|forced|caused|triggered|spurred)\b")


def _cause_told(line: str, other: str) -> bool:
    """Whether ``other`` gives a word of each cause ``line`` gives its act (``_CAUSE``): why a thing happened is a
    claim of its own, which a statement of the act alone does not state ("Some passengers were fleeing due to
    misinformation about the outbreak" is not stated by "Panicked, people fled the outbreak")."""
    if _CAUSE_BEFORE.match(other):
        return True  # "That prompted Judge Oske to order the evacuation": the cause is the sentence before it
    theirs = _said_words(other)
    for m in _CAUSE.finditer(line):
        cause = {t.partition("~")[0] for t in content_tokens(m.group("cause"))}
        if cause and not any(c in theirs or _one_stem(c, theirs) for c in cause):
            return False
    return True


def _unframed(clause: str) -> str:
    """``clause`` less a speaker and cue that open it: "police say he tried to get back into his car" claims
    "he tried to get back into his car"."""
    m = _SAYS_FRAME.match(clause)
    return clause[m.end() :] if m else clause


def _line_counts(line: str, settled: Sequence[tuple[int, int]]) -> list[Quantity]:
    """The counts ``line`` gives that are its own: no sums storyline made up, none told within ``settled``, and no
    "one another" (``_RECIPROCAL``: "fell on one another" counts nobody; "fell on each other" tells the same)."""
    return [
        q for q in quantities(line)
        if not q.summed and not any(a <= q.start < b for a, b in settled) and not _RECIPROCAL.match(line, q.start)
    ]


# "one another": each of several to the others, no count
_RECIPROCAL = re.compile(r"one\s+another\b", re.IGNORECASE)


def _counts_told(line: str, other: str, counts: Sequence[Quantity]) -> bool:
    """Whether ``other`` gives each of ``counts`` (``_told``) and each large bare figure of ``line``."""
    theirs = quantities(other)
    return all(_told(q, theirs) for q in counts) and _bare_figures_told(line, other, quantities(line))


def _tells_act(line: Unit, other: Unit, settled: Sequence[tuple[int, int]]) -> bool:
    """Whether ``other`` tells the act ``line`` tells, of one family with one principal participant
    (``align.same_event``: "Kolvey has won the run-off" / "Kolvey beat Brannik in Sunday's vote"), and gives every
    count the line gives: a report telling one act in other words states it, though it shares few of its words;
    one that gives no figure, or another, for a count of the line does not. An act told in a line's opening clause
    of time is background ("When police tried to arrest Orrin, police say he tried to get back into his van"): a
    report must state the main clause too. One that names the act only as the topic of another, sharing no other
    word with the line, tells that other ("Orrin was arrested at Vell airport on Saturday evening" is not stated
    by "The lack of official confirmation had led to speculation about his detention")."""
    opening = _OPENING_CLAUSE.match(line.text)
    if opening and not states(_unframed(line.text[opening.end() :]), other.text):
        return False
    framed = _TOLD_FRAME.match(line.text)
    claimed = line.text[framed.end() :] if framed else line.text
    if (_planned(claimed) and _done(other.text)) or (_done(claimed) and _planned(other.text)):
        return False  # "The firm had said he would step down as chair" / "Chair Ivo Brandt also resigned"
    return (
        same_event(line, other)
        and bool(_said_words(line.text) & _said_words(other.text))
        # a word shared only in an aside of either ("Whelan, another American detained in Russia, was not included" /
        # "Griner, who had been detained in Russia, was released") tells of whom each names, not their act
        and bool(_said_words(_unset(line.text)) & _said_words(_unset(other.text)))
        and _names_the_doer(line.text, other.text)
        and _counts_told(line.text, other.text, _line_counts(line.text, settled))
    )


def _planned(text: str) -> bool:
    """Whether ``text``'s main clause tells its act as one to come ("he would step down", "will resign"): the first
    auxiliary of its main clause (``_LINE_AUX``) is "will" or "would". An act to come is not the act done."""
    m = _LINE_AUX.search(_main_clause(text))
    return m is not None and m.group(0) in ("will", "would")


def _done(text: str) -> bool:
    """Whether ``text``'s main clause tells its act as done: a past form (``_LINE_PAST``: "also resigned") and no
    act to come (``_planned``). "Speaking at a public meeting on Monday" tells neither."""
    return not _planned(text) and _LINE_PAST.search(_main_clause(text)) is not None


def _stated(drafts: list[Draft], setting: frozenset[str] = frozenset()) -> list[Draft]:
    """Each fact split so that its statements from other reports state what its shown statement states
    (``states``): a report that aligned with it by topic only ("the jury returned a guilty verdict after
    breaking for dinner" under "... after deliberating for less than five hours") is no support of it. What is
    split off is a fact of its own, split again the same way; the statements of the shown one's report stay,
    and conflicting groups are left as they are (their sides were set by what they disagree on). A count the
    shown statement gives inside a statement of a conflict is that conflict's: "The death toll has risen to 48,
    with more than 6,000 people displaced" is stated by "The death toll has risen to 48" when the number
    displaced is a conflict of its own."""
    out: list[Draft] = []
    disputed = [u for d in drafts if d.rivals for u in d.units]
    against = _set_against(drafts)
    for draft in drafts:
        rest = draft
        while True:
            if rest.rivals or len(rest.units) < 2:
                out.append(rest)
                break
            ordered = sorted(rest.units, key=lambda u: (u.report, u.span.start))
            shown = _shown(ordered)
            settled = [
                (u.span.start - shown.span.start, u.span.end - shown.span.start)
                for u in disputed
                if u.span.article == shown.span.article
            ]
            own = [u for u in ordered if u.report == shown.report and not _apart_in_one_report(shown.text, u.text)]
            # another sentence of the shown one's report that does not tell its point is a fact of its own, alone:
            # set beside the other reports' statements it would find support by what it shares with them by topic
            aside = tuple(u for u in own if not _beside_shown(shown, u, settled, setting))
            kept = tuple(
                u for u in ordered
                if (any(u is o for o in own) and not any(u is a for a in aside))
                or (u.report != shown.report and
                    (states(shown.text, u.text, settled=settled, setting=setting) or _tells_act(shown, u, settled))
                    and not _worded_otherwise(shown, u)
                    and not _unsaid(shown, u)
                    and not _opposed(shown.span, u.span, against)
                )
            )
            out.append(rest if len(kept) == len(ordered) else replace(rest, units=kept))
            out.extend(Draft(units=(u,)) for u in aside)
            rest = Draft(units=tuple(u for u in ordered if not any(u is k for k in kept + aside)))
            if not rest.units:
                break
    # a partner of a conflict's side split off alone (``_partners``) that the side shows is that side's statement:
    # as a fact of its own it would be one sentence shown twice, once disputed and once not
    held = {_shown(_in_order(d.units)).span for d in out if d.rivals}
    out = [
        d for d in out
        if d.rivals or len({u.report for u in d.units}) > 1 or _shown(_in_order(d.units)).span not in held
    ]
    index = {id(d): i for i, d in enumerate(out)}
    return [replace(d, rivals=tuple(index[id(drafts[r])] for r in d.rivals)) if d.rivals else d for d in out]


def _in_order(units: Sequence[Unit]) -> list[Unit]:
    return sorted(units, key=lambda u: (u.report, u.span.start))


def _set_against(drafts: Sequence[Draft]) -> list[tuple[Span, Span]]:
    """The spans of statements that a conflict sets against each other, each pair both ways."""
    return [(u.span, v.span) for d in drafts for r in d.rivals for u in d.units for v in drafts[r].units]


def _overlap(x: Span, y: Span) -> bool:
    return x.article == y.article and x.start < y.end and y.start < x.end


def _opposed(shown: Span, other: Span, against: Sequence[tuple[Span, Span]]) -> bool:
    """Whether a conflict sets a part of ``other`` against a part of ``shown`` ("31 miners still missing" / "...,
    with four still missing"): a statement that gives another side's figure of a count the shown one gives does
    not state it, whatever else the two share."""
    return any(_overlap(shown, x) and _overlap(other, y) for x, y in against)


def _beside_shown(shown: Unit, other: Unit, settled: Sequence[tuple[int, int]], setting: frozenset[str]) -> bool:
    """Whether a statement of the shown one's own report may be cited with it: a part of its sentence or a
    sentence holding it (spans that overlap), or a statement that tells what it tells, one way or the other
    (``states``). Another sentence of the report that alignment grouped by its words ("Giuliani watched intently
    as the verdict was read, ... the figures he'd been ordered to pay" under "A jury has ordered Giuliani to pay
    nearly $150 million") is a fact of its own, not a citation of the shown one."""
    if other.span.start < shown.span.end and shown.span.start < other.span.end:
        return True
    if states(other.text, shown.text) or _tells_act(shown, other, settled):
        return True
    if not states(shown.text, other.text, settled=settled, setting=setting):
        return False
    # a sentence sharing with the shown one only a few words of the story's setting tells another thing of the
    # setting ("Officials added: the rules do harm to children" / "Under the rules, boat owners face fines up to
    # $5 million if they fail to keep children off the boats"): a citation of its own
    mine = _said_words(shown.text)
    shared = mine & _said_words(other.text)
    return not (_setting_only(shown.text, other.text, shared, setting) and len(shared) < STATES_OWN * len(mine))


def _apart_in_one_report(shown: str, other: str) -> bool:
    """Whether a statement of the shown one's own report tells another thing, though alignment grouped them: the
    opposite of what is possible (``ability_conflict``: "guests remain able to access their rooms" / "guests shared
    stories about not being able to enter rooms"), or the same act of other parties (``_other_party``: "reached a
    tentative agreement with Ford" / "GM and Stellantis said they are still working to reach one")."""
    return ability_conflict(shown, other) is not None or _other_party(shown, other)


# two spans of one report are one quotation when they share this much of the longer: a clause or a sentence of a
# long quote is a piece of it, a fact of its own when another report states just that piece
_MOSTLY = 0.7


def _join_overlapping_quotes(drafts: list[Draft]) -> list[Draft]:
    """Join facts that hold one report's quoted words at spans sharing ``_MOSTLY`` of the longer ("Ford knew what
    was coming for them Wednesday, if we didn't get a deal" and the same words with "That was checkmate" after
    them): one quotation
    feeds one fact, and whoever else carries either part carries that quotation. A statement lying inside another
    of its report in the joined fact is left out (the longer one shows it). Conflicting facts stay apart."""
    parent = list(range(len(drafts)))

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    # only statements of one report overlap: pairs are drawn report by report, and joined in the order of all
    # statements, so that each joined fact keeps the same first draft
    by_article: dict[str, list[tuple[int, int, Unit]]] = {}
    held = ((n, u) for n, d in enumerate(drafts) if not d.rivals for u in d.units)
    for i, (n, u) in enumerate(held):
        by_article.setdefault(u.span.article, []).append((i, n, u))
    joins = []
    for same in by_article.values():
        for (i, n, u), (j, m, v) in itertools.combinations(same, 2):
            if n == m or not (_worded(u) or _worded(v)):
                continue  # a clause of a quotation is its words too ("Ford knew what was coming ..., if we didn't")
            shared = min(u.span.end, v.span.end) - max(u.span.start, v.span.start)
            if shared >= _MOSTLY * max(u.span.end - u.span.start, v.span.end - v.span.start):
                joins.append((i, j, n, m))
    for _, _, n, m in sorted(joins):
        parent[find(n)] = find(m)
    if all(find(n) == n for n in range(len(drafts))):
        return drafts
    joined: dict[int, list[Unit]] = {}
    for n, d in enumerate(drafts):
        joined.setdefault(find(n), []).extend(d.units)
    kept = []
    for n, d in enumerate(drafts):
        if find(n) != n:
            continue
        units = list({u.span: u for u in reversed(joined[n])}.values())[::-1]  # one statement once
        whole = tuple(
            u for u in units
            if not any(
                v is not u and v.span.article == u.span.article and v.span.start <= u.span.start
                and u.span.end <= v.span.end and (v.span.start, v.span.end) != (u.span.start, u.span.end)
                for v in units
            )
        )
        kept.append(replace(d, units=whole) if len(units) > len(d.units) else d)
    return _renumbered(kept, drafts)


def _deed(u: Unit, mentions: MentionsFn | None) -> Deed | None:
    """Who did what in a statement (``claims.deed_of``); None for a speaker's own words, whose doer is the
    speaker's to name, and for a statement not read plainly."""
    if _worded(u):
        return None
    found = mentions(u.span) if mentions else ()
    days = sorted(d for d in u.dates if _DAY.fullmatch(d))
    return deed_of(u.text, [(s - u.span.start, e - u.span.start, eid) for s, e, eid in found], days)


# a resolved date that names one day ("2026-03-04"): a year, a week or "PAST_REF" places no act on a day
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _days_apart(a: Deed, b: Deed) -> bool:
    """Whether two deeds are placed on different days: each names a day, and none of one's is the other's."""
    return bool(a.days) and bool(b.days) and not a.days & b.days


def _things_apart(a: Deed, b: Deed) -> bool:
    """Whether two deeds are done to different things: each names one, and they share no word of it."""
    return bool(a.thing) and bool(b.thing) and not a.thing & b.thing


def _one_thing(a: Deed, b: Deed) -> bool:
    """Whether two deeds are done to one thing: one names none, or they share at least half the words of the one
    naming it in fewer (``_THING_SHARE``): "checked into the Betty Ford Center rehab facility" and "checked into
    rehab in Newport Beach" share one word of four, and are two stays."""
    if not a.thing or not b.thing:
        return True
    return len(a.thing & b.thing) >= _THING_SHARE * min(len(a.thing), len(b.thing))


# the share of the words of the thing told in fewer words that two statements of one deed share
_THING_SHARE = 0.5


def one_deed(a: Deed, b: Deed) -> bool:
    """Whether two statements tell one deed: one doer (``same_doer``), one act, one thing (``_one_thing``) and no
    two days. An act told as well of what it sets going (``claims.one_mover``: "NASA launched its Vela I rocket" /
    "The Vela I rocket lifted off") is one deed when both set one thing going, on no two days."""
    moved = one_mover(a, b)
    if moved is not None:
        return moved and not _days_apart(a, b)
    return a.act == b.act and same_doer(a, b) and not _days_apart(a, b) and _one_thing(a, b)


def _clash(a: Deed, b: Deed) -> bool:
    """Whether two statements tell one act of two deeds: by two doers, on two days or of two things; for an act
    told of what it sets going, of two things set going or on two days."""
    moved = one_mover(a, b)
    if moved is not None:
        return not moved or _days_apart(a, b)
    return a.act == b.act and (not same_doer(a, b) or _days_apart(a, b) or _things_apart(a, b))


def _figures_apart(mine: Sequence[int], theirs: Sequence[int], drafts: Sequence[Draft]) -> bool:
    """Whether the statements of two facts give figures the other lacks: joined, the figures of one would read as
    told by the other's sources too ("reached a tentative agreement to return 16,600 strikers to work" is not told
    by "reached a tentative agreement on Wednesday")."""
    a = {t for k in mine for u in drafts[k].units for t in u.numbers if not _DAY_OF_MONTH.fullmatch(t)}
    b = {t for k in theirs for u in drafts[k].units for t in u.numbers if not _DAY_OF_MONTH.fullmatch(t)}
    named_a = {t for k in mine for u in drafts[k].units for t in _name_figures(u.text) & u.numbers}
    named_b = {t for k in theirs for u in drafts[k].units for t in _name_figures(u.text) & u.numbers}
    if not named_a or not named_b:
        a, b = a - named_a, b - named_b
    return a != b


# a day of a month as a figure ("16-nov"): the day a deed is placed on is weighed by ``_days_apart``, not here
_DAY_OF_MONTH = re.compile(r"\d{1,2}-[a-z]{3}")
# a figure that is part of a name ("the Vela 1 rocket", "Apollo 17"): one report writes it, another names the
# same thing without it ("the Vela rocket"); two names with different figures stay apart
_NAME_FIGURE = re.compile(r"\b[A-Z][\w'’-]*\s+(\d{1,3})\b(?![:.,]\d|\s*(?:%|percent|a\.?m|p\.?m))")


def _name_figures(text: str) -> set[str]:
    return {m.group(1) for m in _NAME_FIGURE.finditer(text)}


def join_deeds(drafts: list[Draft], mentions: MentionsFn | None = None) -> list[Draft]:
    """Join facts of different reports that tell one deed: the same doer (one story entity, one name, or an
    acronym and the name it stands for), the same act (one verb, or a close synonym: "shut" / "closed",
    "announced" / "declared"), of a thing and on a day that do not differ (``one_deed``). "The GHC declared the
    fever outbreak a global emergency on Wednesday" and "The Global Health Council (GHC) declared Wednesday that
    the fever outbreak ... is a public health emergency" are one fact told by two reports, however differently
    worded, though alignment left them apart. So are "NASA finally launched its Vela I rocket" and "After two
    scrubs, NASA's Vela I rocket lifted off": a launch is one by what it launches (``claims.one_mover``).

    WHY so strict: a join claims that two reports tell one thing. No join when the doers differ ("the Southern
    Disease Agency had declared its own emergency" is no report of the council's declaration), when one of two
    statements telling the same act names another doer, day or thing (``_clash``), when a statement is a
    speaker's own words, when one gives figures the other does not (``_figures_apart``), or when the two facts
    share a report. Conflicts are never joined."""
    # by a joined fact's first draft: its drafts, the deeds read in them and their reports, kept as facts join
    # rather than gathered again for every pair
    deeds = {n: [x for u in d.units if (x := _deed(u, mentions)) is not None] for n, d in enumerate(drafts)}
    reports = {n: {u.report for u in d.units} for n, d in enumerate(drafts)}
    cluster = list(range(len(drafts)))
    members: dict[int, list[int]] = {n: [n] for n in range(len(drafts))}
    for n, m in itertools.combinations(range(len(drafts)), 2):
        cn, cm = cluster[n], cluster[m]
        if cn == cm or drafts[n].rivals or drafts[m].rivals or reports[cn] & reports[cm]:
            continue
        pairs = [(x, y) for x in deeds[cn] for y in deeds[cm]]
        if (
            any(one_deed(x, y) for x, y in pairs)
            and not any(_clash(x, y) for x, y in pairs)
            and not _figures_apart(members[cn], members[cm], drafts)
        ):
            members[cn].extend(members.pop(cm))
            deeds[cn] += deeds.pop(cm)
            reports[cn] |= reports.pop(cm)
            for k in members[cn]:
                cluster[k] = cn
    if len(members) == len(drafts):
        return drafts
    return joined_clusters(drafts, members, cluster)


# a quoted line this short is said of too many things to be one line ("terrible", "a disaster")
_QUOTED_WORDS = 3
# a statement saying at most this many content words beside its quoted line, its speaker and cue and its day
# ("Mira Tollan, who leads the council, admitted: ...") tells the line; with more it tells more as well
_QUOTE_REST = 4


def _lines(u: Unit, analysis: Analysis) -> list[tuple[Quote, tuple[str, ...]]]:
    """The direct quotes of ``_QUOTED_WORDS`` words or more inside a sentence that a speaker's words are part of,
    with their words."""
    if u.kind != "sentence" or not u.worded or not u.speakers:
        return []
    return [
        (q, words)
        for q in analysis.quotes
        if q.kind == "direct"
        and u.span.start <= q.span.start
        and q.span.end <= u.span.end
        and len(words := tuple(quote_words(q.text))) >= _QUOTED_WORDS
    ]


def _says_little_else(u: Unit, q: Quote) -> bool:
    """Whether ``u`` says little beside the quoted line ``q``, its speaker, its cue and its day (``_QUOTE_REST``)."""
    chars = list(u.text)
    for span in (q.span, q.speaker_span, q.cue_span):
        if span is not None and span.article == u.span.article:
            a, b = max(span.start - u.span.start, 0), min(span.end - u.span.start, len(chars))
            chars[a:b] = " " * max(b - a, 0)
    rest = [t for t in content_tokens("".join(chars)) if t not in _WHEN and not t[0].isdigit()]
    return len(rest) <= _QUOTE_REST


def join_quoted(drafts: list[Draft], analyses: Sequence[Analysis]) -> list[Draft]:
    """Join the facts of different reports that carry one speaker's one quoted line: "“We have failed,” Mira Tollan
    said at a briefing" and "Mira Tollan admitted on Thursday: “We have failed.”" are one fact. A short line stays
    inside its sentence for alignment, and sentences that say little else but differ in how they frame the line
    align with nothing. Only the same words (every word, in order) by one speaker (``Unit.speakers``) join.

    A sentence that says more than the line (``_says_little_else``) keeps its own fact; the line alone (its quoted
    words' span) supports the joined one: "“We have failed,” Tollan told reporters, adding that vaccine supplies
    were short" tells the line, and the shortage only as one report. Nothing is joined unless one sentence says
    little but the line (the fact must read as who said what), nor from a conflict."""
    found: dict[tuple[str, ...], list[tuple[int, Unit, Quote]]] = {}
    for n, draft in enumerate(drafts):
        if draft.rivals:
            continue
        for u in draft.units:
            for q, words in _lines(u, analyses[u.report]):
                found.setdefault(words, []).append((n, u, q))
    into: dict[int, int] = {}  # a draft joined whole, to the draft it joins
    extra: dict[int, list[Unit]] = {}  # the lines added to a joined draft
    for carried in found.values():
        whole = [n for n, u, q in carried if len(drafts[n].units) == 1 and _says_little_else(u, q)]
        if not whole or len({u.report for _, u, _ in carried}) < 2:
            continue
        head = whole[0]
        if head in into or not _one_speaker_of(carried):
            continue
        reports = {u.report for n in whole for u in drafts[n].units}
        for n in whole[1:]:
            if n not in into and n != head and n not in extra:
                into[n] = head
        for n, u, q in carried:
            if n in whole or u.report in reports:
                continue
            reports.add(u.report)
            line = Unit.make(span=q.span, text=q.text, report=u.report, kind="quote", speakers=u.speakers, worded=True)
            extra.setdefault(head, []).append(line)
    if not into and not extra:
        return drafts
    for n, head in into.items():
        extra.setdefault(head, []).extend(drafts[n].units)
    kept = [
        replace(d, units=d.units + tuple(extra[n])) if n in extra else d for n, d in enumerate(drafts) if n not in into
    ]
    return _renumbered(kept, drafts)  # a conflict is never joined: its drafts stay as they were


def _one_speaker_of(carried: Sequence[tuple[int, Unit, Quote]]) -> bool:
    """Whether every statement carrying a line gives it to one speaker (one story entity among each's speakers)."""
    common = set(carried[0][1].speakers)
    for _, u, _ in carried[1:]:
        common &= u.speakers
    return bool(common)


# an editor's cut inside a quote ("a quality side . . . a different class"): the words on either side are the speaker's
_ELISION = re.compile(r"\.\s?\.\s?\.|…")


def _unsaid(shown: Unit, other: Unit) -> bool:
    """Whether a speaker's quoted words, shown for a fact, would be cited with another report's statement that
    neither prints a speaker's words nor credits that speaker: the mayor's post "What a day for the whole valley!
    The two climbers are safe" is not told by a report's own lede "Two climbers were found safe on Friday". That
    lede tells what the post tells of the event, not that the mayor posted it; it is a fact of its own. A report
    that pastes the words in without marks carries them (``SAME_QUOTE``)."""
    if shown.kind != "quote" or not shown.speakers:
        return False
    return not (
        other.kind == "quote" or other.worded or other.speakers & shown.speakers
        or quote_similarity(shown.text, other.text) >= SAME_QUOTE
    )


def _worded_otherwise(shown: Unit, other: Unit) -> bool:
    """Whether two quotes print the speaker's words in two wordings (``quotes.one_wording``): "it is in the best
    interests of the college for me to resign so that we can navigate this moment" and, in a translation, "it is in
    the college's best interest for me to step down so that we can meet this moment". A report is cited only for
    the words it printed; an editor's cut ("...") or bracketed insertion is no other wording, nor are a word or two
    changed inside a long quote (``quotes.small_edit``)."""
    if shown.kind != "quote" or other.kind != "quote":
        return False
    if small_edit(shown.text, other.text):
        return False  # "any of these individuals" / "any of these people": one statement, carried with a slip
    return not any(
        all(one_wording(piece, b) for piece in _ELISION.split(a) if quote_words(piece))
        for a, b in ((shown.text, other.text), (other.text, shown.text))
    )


def _sentence_of(span: Span, sentences: list[tuple[int, int]]) -> Span | None:
    for s, e in sentences:
        if s <= span.start and span.end <= e:
            return Span(article=span.article, start=s, end=e)
    return None


def _one_statement(
    units: Sequence[Unit],
    pairs: list[tuple[str, str]],
    names: Mapping[str, tuple[str, str]],
    given_to: frozenset[str] = frozenset(),
    quoted: frozenset[int] = frozenset(),
) -> list[tuple[str, str]]:
    """``(report outlet, origin)`` pairs in which one speaker's words, carried word for word by several reports
    that each heard them firsthand (a statement, a news conference), come from one source: the speaker, when
    the reports quoting them whole agree on who that is, else the first carrier.

    Two outlets printing the statement a spokesperson put out confirm that it was made, not what it says; the
    words still have one author. A carrier that credits another outlet for the words ("she told Riverline
    Radio") is left to provenance: the quote's origin is then that outlet, as ``resolve`` finds it. When that
    outlet is one the words were given to (``given_to``: "said a statement to CNN", "told Riverline Radio") and
    the other carriers credit nobody, the words reached them all that way: their origin is that outlet too.
    A statement inside a direct quote of its report (``quoted``, by index of ``units``) is the speaker's words,
    though it is a short piece of a long quote that names nobody ("Today represents a ringing endorsement for
    truth, and for democracy.”" closing a paragraph-long quote).
    """
    out = list(pairs)
    taken: set[int] = set()
    for i, first in enumerate(units):
        if i in taken or not (_worded(first) or i in quoted):
            continue
        # a report may print the words without quotation marks (a post pasted in): a long run of them, word for
        # word, is still the speaker's ("Let us first say thank you to all the incredible people ...")
        same = [j for j in range(len(units))
                if j not in taken and (_worded(units[j]) or _pasted(units[j]) or j in quoted)
                and quote_similarity(first.text, units[j].text) >= SAME_QUOTE]
        taken.update(same)
        firsthand = [j for j in same if same_outlet(*pairs[j])]
        told = distinct([pairs[j][1] for j in same if j not in firsthand])
        if firsthand and len(told) == 1 and any(same_outlet(told[0], g) for g in given_to) and len(
            distinct([pairs[j][0] for j in same])
        ) >= 2:
            # one carrier credits the one outlet the words were given to ("said a statement to CNN from the
            # Families Forum"), the others credit nobody: the words reached them all that way, and count once
            for j in firsthand:
                out[j] = (pairs[j][0], told[0])
            continue
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


# the credits that name an outlet a speaker gave words to, not one that reported them: "said a statement to CNN",
# "told Riverline Radio", "in an interview with Harbor Radio"
_GIVEN = frozenset({"statement", "told", "interview"})


def _verbatim_origins(pairs: list[tuple[str, str]], verbatim: Sequence[str | None]) -> list[tuple[str, str]]:
    """``(outlet, origin)`` pairs in which the same long sentence, word for word in several reports, counts once:
    it was copied from one of them or from a source both used. Its origin is a news agency's that carries it as
    its own (a paper that reuses AP copy without credit repeats AP, whichever came first in the story), else the
    first carrier's; a carrier that credits someone else for it keeps that credit, unless an agency carries it as
    its own (the outlet credited had the words from the agency)."""
    out = list(pairs)
    groups: list[list[int]] = []
    for k, words in enumerate(verbatim):
        if words is None:
            continue
        home = next((g for g in groups if _near_copy(verbatim[g[0]] or "", words)), None)
        if home is None:
            groups.append([k])
        else:
            home.append(k)
    for members in groups:
        if len(members) < 2:
            continue
        own = [k for k in members if same_outlet(pairs[k][1], pairs[k][0])]
        wires = [k for k in own if is_agency(pairs[k][0])]
        source = pairs[(wires or members)[0]][1]
        # the agency's own words, credited by another carrier to some outlet ("..., Harbor Radio reports"), reached
        # it through that outlet: they are still the agency's
        for k in members if wires else own:
            out[k] = (pairs[k][0], source)
    return out


# how alike two long sentences' words must be (in order) for one to be the other copied with a slip or a house
# spelling ("late on Friday night" / "late Friday night", "Marrakesh" / "Marrakech")
_COPY_RATIO = 0.9


# a run of this many words in a row that two long sentences share is copied, whatever each adds around it ("...
# fed by the breaching of two dams in heavy rains, the Red Crescent said" / "..., Harbor Radio reports citing the
# Red Crescent")
_COPIED_RUN = 20


def _near_copy(a: str, b: str) -> bool:
    """Whether two long sentences (lower case, as ``build_facts`` keeps them) are one copied with small edits, or
    with another attribution."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    return matcher.ratio() >= _COPY_RATIO or matcher.find_longest_match().size >= _COPIED_RUN or carried_sentence(a, b)


def _inside_quote(unit: Unit, analysis: Analysis) -> bool:
    """Whether a statement lies within a direct quote its report prints, whoever the quote is credited to, or is
    such a quote and its tag alone (``_TAG``: "“I am so glad,” he said"): the words are the speaker's."""
    return any(
        q.kind == "direct" and (
            (q.span.start <= unit.span.start and unit.span.end <= q.span.end + 1) or _tagged_quote(unit, q.span)
        )
        for q in analysis.quotes
    )


# what a sentence that is a quote and its tag says besides the quote: "he said", "said Ivo Brandt", "she added"
_TAG = re.compile(r"[\s,.“”\"'‘’]*(?:(?:[\w'’.-]+\s+){0,3}(?:said|says|added|adds|told\s+\w+)|(?:said|says|added)"
                  r"(?:\s+[\w'’.-]+){0,3})[\s,.“”\"'‘’]*")


def _tagged_quote(unit: Unit, quote: Span) -> bool:
    """Whether ``unit`` holds the quote at ``quote`` and besides it only a speech tag (``_TAG``)."""
    if not (unit.span.start <= quote.start and quote.end <= unit.span.end):
        return False
    before = unit.text[: quote.start - unit.span.start]
    after = unit.text[quote.end - unit.span.start :]
    rest = [part for part in (before, after) if part.strip(" ,.“”\"'‘’")]
    return len(rest) == 1 and _TAG.fullmatch(rest[0]) is not None


def _pasted(unit: Unit) -> bool:
    """A statement long enough that, word for word in a speaker's quote, it is that speaker's words pasted in."""
    return len(quote_words(unit.text)) >= _VERBATIM_WORDS


def _sole_named_speaker(units: Sequence[Unit], names: Mapping[str, tuple[str, str]]) -> str | None:
    """The name of the one speaker every statement of ``units`` is credited to, or None: statements credited to
    several speakers, to nobody, or to a speaker the entity stage knows by no name."""
    speakers = {u.speakers for u in units}
    if len(speakers) != 1:
        return None
    (who,) = speakers
    if len(who) != 1 or next(iter(who)) not in names:
        return None
    return names[next(iter(who))][0]


def _one_speaker(
    units: Sequence[Unit], pairs: list[tuple[str, str]], names: Mapping[str, tuple[str, str]],
    quoted: frozenset[int] = frozenset(),
) -> list[tuple[str, str]]:
    """``(report outlet, origin)`` pairs in which a fact every statement of which is credited to one and the same
    speaker ("Morrow said ...", "..., Morrow told reporters"), carried firsthand by several reports, comes from
    one source: that speaker, by name.

    ``_one_statement`` does this for a speaker's own words printed word for word; a claim told in reported
    speech by several outlets has one author just the same. A statement credited to nobody, or to another
    speaker, is the outlet's own or that speaker's, and the fact keeps its sources; so does a speaker known by
    no name (the entity stage made no entity of "officials"). ``quoted`` holds the positions of the statements
    that lie within a direct quote: one report alone that prints the speaker's words so has them from the speaker.
    """
    # a quotation its report credits to nobody that others credit to one speaker is that speaker's too ("Ford knew
    # what was coming for them," printed after a clause that names no one), whether the statement is the quote or a
    # clause of it (a broadcaster's transcript of the speech, in other words, after a sound-bite marker)
    credited = [u for j, u in enumerate(units) if u.speakers or (u.kind != "quote" and j not in quoted)]
    name = _sole_named_speaker(credited, names) if credited else None
    if name is None:
        return pairs
    # firsthand: the report's own, or already the speaker's (a quote of theirs, ``_one_statement``); a report that
    # the speaker announced an act of their own ("announced her resignation", ``own_acts``) is the outlet's own
    # report of a public event, and keeps its outlet as origin (its words quoted whole stay the speaker's)
    firsthand = [
        j for j, (outlet, origin) in enumerate(pairs)
        if (same_outlet(outlet, origin) and not (units[j].kind != "quote" and tells_own_act(units[j].text)))
        or origin == name
    ]
    # one report alone that prints a speaker's own words in a direct quote has them from that speaker: the speaker
    # is their origin, not the outlet ("Based on today's news, I quit", printed by one report, is Brockman's). A
    # claim told in the writer's words stays the outlet's (who told it is the quote ledger's reading, not the
    # fact's); with several reports, one firsthand beside a report repeating it would make two sources of one
    alone = (
        len(distinct([outlet for outlet, _ in pairs])) == 1
        and len(firsthand) == len(pairs)
        and all(j in quoted for j in range(len(units)))
    )
    if len(distinct([pairs[j][0] for j in firsthand])) < 2 and not alone:
        return pairs
    return [(outlet, name) if j in firsthand else (outlet, origin) for j, (outlet, origin) in enumerate(pairs)]


def _speaker_carried(
    units: Sequence[Unit], pairs: list[tuple[str, str]], quoted: frozenset[int], articles: Sequence[Article],
    analyses: Sequence[Analysis],
) -> list[tuple[str, str]]:
    """``(report outlet, origin)`` pairs in which a speaker's quotation that its report credits to nobody, printed
    right after a quotation it credits to a named speaker, with nothing but marks between, is that speaker's: in
    'Mayor Ilse Tarn says "it looks like a storm went through.... "This is a total failure of that pier."' the
    second quotation is the mayor's too, not the outlet's own claim. Only for statements their own outlet was the
    origin of, every statement of the fact lying within a direct quote."""
    if not units or len(quoted) != len(units) or any(u.speakers for u in units):
        return pairs
    out = []
    for u, (outlet, origin) in zip(units, pairs, strict=True):
        speaker = _speaker_before(u, articles[u.report].text, analyses[u.report])
        out.append((outlet, speaker) if speaker and same_outlet(outlet, origin) else (outlet, origin))
    return out


# what may stand between two quotations of one speaker's run of words: marks, an ellipsis, spaces
_BETWEEN_QUOTES = re.compile(r"[ \t.…!?,;:\"“”‘’']*")


def _speaker_before(unit: Unit, text: str, analysis: Analysis) -> str | None:
    """The named speaker of the quotation right before ``unit``'s, when ``unit``'s own quotation credits nobody
    (no speaker, no verb of saying) and only marks stand between the two, in one paragraph."""
    own = [q for q in analysis.quotes if q.span.start <= unit.span.start and unit.span.end <= q.span.end + 1]
    if any(q.speaker or q.cue_span for q in own):
        return None  # credited, if only to "they" ('“...,” they concluded'): not carried over
    before = [q for q in analysis.quotes if q.span.end <= unit.span.start and q.speaker]
    if not before:
        return None
    last = max(before, key=lambda q: q.span.end)
    return last.speaker if _BETWEEN_QUOTES.fullmatch(text, last.span.end, unit.span.start) else None


def _one_interview(
    units: Sequence[Unit], pairs: list[tuple[str, str]], names: Mapping[str, tuple[str, str]],
    given_to: frozenset[str] = frozenset(),
) -> list[tuple[str, str]]:
    """``(report outlet, origin)`` pairs in which one named speaker's words, credited by some report to the one
    outlet the speaker told them ("..., he told Harbor Radio") and by the others to the speaker alone ("..., he
    said"), come from that outlet: the words reached the reports through one interview, and count once, as
    they do when every report credits it. The others' origin is their own outlet or the speaker
    (``_one_speaker``); either way the speaker is the one author.

    Two outlets credited ("told Harbor Radio" / "told the Lakeside Courier") are two interviews, and the fact
    keeps its sources; so does one whose statements are not all one speaker's. An outlet credited only as the
    one that reported it ("..., Harbor Wire reports", not in ``given_to``) is no interview: the other reports
    heard the speaker's statement themselves, and their reports stay their own."""
    name = _sole_named_speaker(units, names)
    if name is None:
        return pairs

    def firsthand(outlet: str, origin: str) -> bool:
        return same_outlet(outlet, origin) or origin == name

    told = distinct([origin for outlet, origin in pairs if not firsthand(outlet, origin)])
    if len(told) != 1 or not any(same_outlet(told[0], g) for g in given_to):
        return pairs
    return [(outlet, told[0] if firsthand(outlet, origin) else origin) for outlet, origin in pairs]


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


# a statement that only leads in to the quotation after it: it ends on a verb of saying, "that", "the following
# statement" or a time, and a quotation mark or a colon follows ("Late Monday, the company posted a statement saying
# that “...”", "In a statement, the company said it took “...”", "Ford issued the following statement on the
# agreement:", "spokesperson Ivo Brandt stated today:")
_LEAD_TAIL = re.compile(
    r"\b(?:say|says|said|saying|stated|states|stating|statement|told|telling|tells|confirming|confirmed|adding|added|"
    r"announced|announcing|wrote|writes|noted|quoted|explained|according)\b(?:\s+\S+){0,4}\s*[,:]?\s*$",
    re.IGNORECASE,
)
_LEAD_NEXT = re.compile(r"\s*[:“\"‘]")
# a statement that leads in to a list after a colon: it ends on a verb whose object is the list ("The union said the
# agreement also includes:", then the items in the next paragraphs); what it holds is the list's
_LIST_TAIL = re.compile(
    r"\b(?:include|includes|included|including|contain|contains|contained|containing|feature|features|featured|"
    r"cover|covers|covered|involve|involves|involved|require|requires|required|offer|offers|offered|provide|provides|"
    r"provided|are|were|is|was)$",
    re.IGNORECASE,
)
_COLON_NEXT = re.compile(r"\s*:")
# a last word that wants the quotation to finish its phrase: the statement claims something in quoted words
_HALF_PHRASE = frozenset({"a", "an", "the", "of", "to", "for", "with", "by", "as", "its", "their", "his", "her"})
# what a lead-in's words may hold beside who speaks and how: few words of a claim
_LEAD_WORDS = 16


def _lead_in(unit: Unit, text: str) -> bool:
    """Whether a statement only announces the quotation that follows it in its report (``_LEAD_TAIL``,
    ``_LEAD_NEXT``), or the list after its colon (``_LIST_TAIL``): what is said is the quotation's or the list's,
    and a fact of the lead-in alone tells nothing."""
    words = unit.text.split()
    if not words or len(words) > _LEAD_WORDS:
        return False
    said = unit.text.rstrip(" ,:")
    if (unit.text.rstrip().endswith(":") or _COLON_NEXT.match(text, unit.span.end)) and _LIST_TAIL.search(said):
        return True  # "the agreement also includes:": the list after the colon is what it says
    if not _LEAD_NEXT.match(text, unit.span.end) or words[-1].lower() in _HALF_PHRASE:
        return False  # "it identified a “cybersecurity issue”": the quoted words finish its claim
    return _LEAD_TAIL.search(said) is not None


def _cut_quotation(text: str) -> bool:
    """Whether a statement starts or ends inside a quotation (its marks unbalanced: 'All the crew came from
    India", adding that it is safe and is "trying to resolve it'): shown as a fact it would put words in nobody's
    mouth; the quotation stays in the speaker's ledger."""
    marks = [m.start() for m in re.finditer('"', text)]
    if len(marks) % 2:
        return True
    if marks and (_closing(text, marks[0]) or not _closing(text, marks[-1])):
        return True  # 'came from India", adding ... is "trying to resolve it': it opens and ends inside quotes
    opens, closes = text.count("“"), text.count("”")
    return opens != closes or (closes > 0 and text.find("”") < text.find("“"))


def _closing(text: str, at: int) -> bool:
    """Whether the straight quotation mark at ``at`` closes a quotation: a word or a mark before it, a space, a
    mark or the end after it."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _uncut(drafts: list[Draft]) -> list[Draft]:
    """The drafts without statements cut inside a quotation (``_cut_quotation``) that joining sentences back
    together made (``_rejoin``), a fact left with none of its own dropped; conflicting drafts stay whole."""
    kept = []
    for d in drafts:
        units = d.units if d.rivals else tuple(u for u in d.units if not _cut_quotation(u.text))
        if units:
            kept.append(d if len(units) == len(d.units) else replace(d, units=units))
    if len(kept) == len(drafts) and all(k is d for k, d in zip(kept, drafts, strict=True)):
        return drafts
    return _renumbered(kept, drafts)


def _fact_groups(
    groups: Sequence[Sequence[int]], units: Sequence[Unit], articles: Sequence[Article]
) -> list[list[int]]:
    """The groups without statements that tell no fact of their own: a lead-in to a quotation (``_lead_in``), a
    statement cut inside a quotation (``_cut_quotation``)."""
    out = []
    for group in groups:
        kept = [
            i for i in group
            if not _lead_in(units[i], articles[units[i].report].text) and not _cut_quotation(units[i].text)
        ]
        if kept:
            out.append(kept)
    return out


def _beside_original(
    report: int, carriers: set[int], copy_of: Mapping[int, int], articles: Sequence[Article],
    analyses: Sequence[Analysis],
) -> str | None:
    """The outlet of the report ``report`` copies or is a version of (``copy_of``) when that report carries
    the same fact: a report the brief shows as repeating another ("03.txt repeats AP") adds no source for what the
    two share,
    though it tells it in words of its own ("satellite photos taken on Thursday show the vessel still stuck" /
    "satellite photos taken Thursday ... showed the vessel still stuck"); None otherwise."""
    original = copy_of.get(report)
    if original is None or original not in carriers:
        return None
    return outlet_of(articles[original], analyses[original])


# a clause cut from its sentence that opens on a word in lower case ("she says again sitting in a chair", "it's
# loaded with minerals like vivianite", "a bad actor was obtaining data"): who or what it tells of is in the part
# cut away. A word with a capital inside ("iPhone", "eBay") is a name
_FRAGMENT = re.compile(r"[\"'“‘]?[a-z][a-z'’-]*\b(?![A-Z])")
# a fragment that opens on a pronoun tells of someone it does not name: cut from its sentence, it tells nothing
# (so does one opening on its verb, its subject cut away: "has affected that region in recent days", "is one of the
# poorest countries in the world", a relative clause's rest "cited an internal estimate")
_PRONOUN_OPENING = re.compile(
    r"[\"'“‘]?(?:he|she|it|they|it['’]s|this|these|those|is|are|was|were|has|have|had|[a-z]{2,}[a-df-z]ed)\b"
    r"(?!\s+(?:said|told)\b)"
)
# a writer's aside that opens a line and tells nothing checkable of its own: "Of course, there's a catch", "The
# kicker is that this rock is incredibly old"
_ASIDE = re.compile(
    r"(?:Of\s+course|The\s+(?:kicker|catch|twist|bottom\s+line|good\s+news|bad\s+news|thing)\s+is|"
    r"Here['’]s\s+the\s+(?:thing|catch|kicker)|Needless\s+to\s+say|Believe\s+it\s+or\s+not)\b",
    re.IGNORECASE,
)


# a writer's judgement: a thing named by common words said in the present to be "a" something ("The pair's escape is
# a remarkable feat", "Their story is a reminder that ...", "The rescue is a miracle, and ..."), or what "we now
# know"; with no name but its first word's and no figure, nothing in it can be checked against another report
_JUDGED = re.compile(
    r"(?:The|Their|Its|His|Her|This|That|Such)\s+(?:[a-z’'-]+\s+){0,4}(?:is|are)\s+(?:also\s+|truly\s+|simply\s+)?"
    r"(?:a|an)\s+[a-z]"
    r"|(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?[Ww]e\s+(?:now\s+|all\s+)?(?:know|see|learn(?:ed|t)?|can\s+see)\b"
)


def _judged(unit: Unit) -> bool:
    """Whether a statement is a writer's judgement (``_JUDGED``) in the writer's own voice: credited to nobody, no
    quotation, naming no one (no capital past its first word) and giving no figure."""
    text = unit.text
    return (
        unit.kind != "quote" and not unit.speakers and not _worded(unit) and _JUDGED.match(text) is not None
        and not re.search(r"\d", text) and not re.search(r"\s[A-Z]", text)
    )


# a phrase quoted in part is short and tells no act: no auxiliary, copula, modal or past form among its words
_PHRASE_WORDS = 8
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|did|[a-z]+ed)\b",
    re.IGNORECASE,
)


def _quoted_phrase(text: str) -> bool:
    """Whether a quote is a phrase cut from a speaker's words, no statement: it opens in lower case, holds fewer
    than ``_PHRASE_WORDS`` words and no verb of a clause (``_FINITE``): "the end of Mr. Drake", "civil equivalent
    of the death penalty". Who said it and where is the ledger's; as a fact it tells nothing."""
    text = text.strip("\"'“”‘’ ")
    return bool(text[:1].islower()) and len(text.split()) < _PHRASE_WORDS and not _FINITE.search(text)


def _one_report(draft: Draft) -> bool:
    return not draft.rivals and len({u.report for u in draft.units}) == 1


def _no_fact(draft: Draft) -> bool:
    """Whether a fact of one report tells nothing that reads as a fact: an aside of the writer's (``_ASIDE``), or a
    clause cut from its sentence that opens on a pronoun (``_PRONOUN_OPENING``), gives no figure and that
    ``_whole_sentences`` could not make whole. A statement other reports state too is kept, whatever its wording."""
    if not _one_report(draft):
        return False
    shown = _shown(sorted(draft.units, key=lambda u: u.span.start))
    # a speaker's words opening in lower case are a quotation, not a clause cut from the writer's sentence
    # (one that gives a figure still tells it: "it is a major source of hard currency, generating $5.6 billion")
    if shown.kind == "quote" and _quoted_phrase(shown.text):
        return True  # "the end of Mr. Drake": a phrase of a speaker's quoted in the writer's sentence
    if all(_judged(u) for u in draft.units):
        return True  # "The pair's escape is a remarkable feat": an opinion, no fact
    return bool(_ASIDE.match(shown.text)) or (
        shown.kind != "quote" and bool(_PRONOUN_OPENING.match(shown.text)) and not re.search(r"\d", shown.text)
    )


def _told_facts(drafts: list[Draft]) -> list[Draft]:
    """The drafts less those that tell no fact (``_no_fact``). A speaker's own words in one report stay a fact
    too: what an outlet alone carries, its quotes included, is what its coverage
    shows ("NATO needs unanimity of its 31 members", said only in one report, is that report's own)."""
    kept = [d for d in drafts if not _no_fact(d)]
    return drafts if len(kept) == len(drafts) else _renumbered(kept, drafts)


def _whole_sentences(
    drafts: list[Draft], articles: Sequence[Article], sentences: list[list[tuple[int, int]]]
) -> list[Draft]:
    """A fact of one report that is a clause cut from its sentence (``_FRAGMENT``: "it's loaded with minerals like
    vivianite", "a bad actor was obtaining data") shown as its whole sentence, when the rest of that sentence is
    in no fact of other reports: the facts of that report lying inside the sentence are then part of it ("The
    filing said T-Mobile first identified the activity on Jan. 5 when it discovered that" and its quote are one
    fact). A clause whose sentence another report's fact shares stays as it is: that fact holds its other part."""
    grown: dict[int, Draft] = {}
    folded: set[int] = set()
    for n, draft in enumerate(drafts):
        if n in folded or not _one_report(draft) or len(draft.units) != 1:
            continue
        u = draft.units[0]
        sentence = _sentence_of(u.span, sentences[u.report])
        if sentence is None:
            continue
        cut = _cut_before_quotation(u, sentence, articles[u.report].text)
        listed = _cut_in_list(u, sentence, articles[u.report].text)
        if not cut and not listed and (sentence.start >= u.span.start or not _FRAGMENT.match(u.text)):
            continue
        inside = [
            m for m, d in enumerate(drafts)
            if m != n and any(v.report == u.report and v.span.start < sentence.end and sentence.start < v.span.end
                              for v in d.units)
        ]
        if any(
            not _one_report(drafts[m]) or m in grown
            or not all(sentence.start <= v.span.start and v.span.end <= sentence.end for v in drafts[m].units)
            for m in inside
        ):
            # the rest of the sentence is told elsewhere too: folding it in would lose that; a clause cut before
            # the quoted words that finish it is then no fact at all
            folded.update({n} if cut else set())
            continue
        text = articles[u.report].text
        start, end = balanced(text, sentence.start, sentence.end, sentence.start, sentence.end)
        while end > start and text[end - 1] in ". ":
            end -= 1
        if _cut_quotation(text[start:end]):
            # the sentence holds part of a quotation told across sentences: whole, it would cut it
            folded.update({n} if cut else set())
            continue
        whole = replace(u, span=replace(u.span, start=start, end=end), text=text[start:end], kind="sentence")
        grown[n] = replace(draft, units=(whole,))
        folded.update(inside)
    if not grown and not folded:
        return drafts
    kept = [grown.get(n, d) for n, d in enumerate(drafts) if n not in folded]
    index = {id(d): i for i, d in enumerate(kept)}
    position = {n: id(grown.get(n, d)) for n, d in enumerate(drafts) if n not in folded}
    return [replace(d, rivals=tuple(index[position[r]] for r in d.rivals)) if d.rivals else d for d in kept]


# a quotation opening right after a statement: the statement was cut from its sentence before the quoted words (a
# mark right after its last word closes the quotation the statement is part of: 'came from India", adding')
_QUOTATION_NEXT = re.compile(r"\s+(?:“|[\"‘](?=\w))")


# a statement ending on items of a list of names ("..., Orvale, Kessby, Tarn") and the list's last item after it
_LIST_ENDING = re.compile(r"[A-Z][\w'’.&-]*(?:,\s+[A-Z][\w'’.&-]*){2,},?$")
_LAST_ITEM_NEXT = re.compile(r",?\s+(?:and|or)\s+[A-Z]")


def _cut_in_list(u: Unit, sentence: Span, text: str) -> bool:
    """Whether a statement is its sentence cut inside a list of names, before the list's last item ("While the
    towns aren't named, Orvale, Kessby, Tarn" of "..., Orvale, Kessby, Tarn, and Mull are among those the rule will
    cover"): both pieces are broken; the sentence is one fact."""
    return (u.span.end < sentence.end and bool(_LIST_ENDING.search(u.text.rstrip()))
            and bool(_LAST_ITEM_NEXT.match(text, u.span.end)))


def _cut_before_quotation(u: Unit, sentence: Span, text: str) -> bool:
    """Whether a statement is its sentence cut right before a quotation that goes on in the same sentence ('The
    "highly contiguous" drilling acreage of the two companies will allow' of '... will allow "for greater
    opportunities ...," Woods said'): the quoted words stand apart as the speaker's, and the clause left alone
    reads as a whole claim that it is not."""
    return sentence.start <= u.span.start and u.span.end < sentence.end and bool(
        _QUOTATION_NEXT.match(text, u.span.end)) and text[u.span.end:sentence.end].strip(" .\"”’'") != ""


# a single quotation mark that closes a quotation ("on the ground,' Biden said"; not an owner's "Jones' car") or one
# that opens it ("the 'Merchant of Death"; not "it's")
_SINGLE_CLOSING = re.compile(r"[,.!?][’']|[\w][’'](?=[,.!?])")
_SINGLE_OPENING = re.compile(r"(?:^|(?<=\s))[‘'](?=\w)")


def _single_marked(u: Unit, text: str) -> Unit:
    """A statement grown by the single quotation mark it needs: one whose quotation opens before it ("'She's on the
    ground,' the president is heard telling her") takes the opening mark, one whose quotation closes after it ("known
    as the 'Merchant of Death.'") the closing one (and the stop before it). A quotation cut at one end reads as
    words of the writer's."""
    part = u.text
    start, end = u.span.start, u.span.end
    closing, opening = _SINGLE_CLOSING.search(part), _SINGLE_OPENING.search(part)
    if closing and not (opening and opening.start() < closing.start()):
        before = len(text[:start].rstrip(" \t"))
        if before and text[before - 1] in "‘'" and (before < 2 or not text[before - 2].isalnum()):
            start = before - 1
    elif opening and not _SINGLE_CLOSING.search(part, opening.end()):
        after = re.match(r"[.!?]?[’']", text[end:])
        if after:
            end += after.end()
    if (start, end) == (u.span.start, u.span.end):
        return u
    return replace(u, span=replace(u.span, start=start, end=end), text=text[start:end])


def _single_marks(drafts: list[Draft], articles: Sequence[Article]) -> list[Draft]:
    """The drafts with each statement grown by the single quotation mark it needs (``_single_marked``)."""
    out = []
    for d in drafts:
        units = tuple(_single_marked(u, articles[u.report].text) for u in d.units)
        out.append(d if all(a is b for a, b in zip(units, d.units, strict=True)) else replace(d, units=units))
    return out


# who told a claim, opening a statement ("Victor Torres, president of the Canary Islands, said that ...", "Nell Arto
# told Harbor Radio that ...")
_TELLER = re.compile(
    r"[^\"“”]{3,160}?\s(?:said|says|added|stated|estimated|told\s+[^,.;:\"“”]{1,60}?\s+that)\s+"
    r"(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+)?(?:that\s+)?(?=[a-z\d])"
)
# a claim's words shown alone are this many at least
_CLAIM_WORDS = 4


def _claim_shown(shown: Unit, units: Sequence[Unit]) -> str:
    """The text a fact shows: its shown statement's, or only the claim it tells (``_TELLER``) when other reports
    quote another speaker's own words for it. "Victor Torres said that around 5,000 people had been evacuated",
    supported by a council member's "we have evacuated 5,000 people", is one figure told by two speakers: the fact
    is the figure, and each speaker stays in the quote ledger; shown with its speaker, the fact would credit one
    speaker with another's words."""
    mine = shown.speakers
    if shown.worded or not mine or not any(
        u.report != shown.report and u.worded and u.speakers and not u.speakers & mine for u in units
    ):
        return shown.text
    m = _TELLER.match(shown.text)
    if m is None or len(shown.text[m.end() :].split()) < _CLAIM_WORDS:
        return shown.text
    return shown.text[m.end() :]


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
    kin: Mapping[int, int] | None = None,
) -> tuple[Fact, ...]:
    """Facts from aligned groups, numbered ``f1``, ``f2``, ... in the order of their first statement; the sides
    of a toll, a fate or a share that no group held come last (``storyline.compare.across``).

    ``copy_of`` maps a report (by index) that nearly copies another report of the story to that report: a
    copy's statements come from the original's outlet, so they never add an independent source. ``names``
    maps a story entity id to its ``(name, type)``, for conflicts on who or where. ``credits`` maps a report
    to the reports of the story whose outlet it credits as the source of its whole text ("Source: Harbor Radio"
    on its last line): what it shares with them is theirs (``_credited_origin``). ``worded`` pairs the quoted
    sentences two reports give one speaker at one point in different words (``quotes.worded_apart``): each
    pair is a conflict of its own, after the rest. ``mentions`` gives the story entities mentioned in a span,
    for the holders of shares (``shares_across``). ``kin`` maps a report that copies or is a version of another's
    text to that report: what both carry counts once, in whatever words (``_beside_original``).
    """
    copy_of = copy_of or {}
    credits = credits or {}
    drafts: list[Draft] = []
    partial = partial_tallies(articles, units)
    for group in join_counts(_fact_groups(groups, units, articles), units, partial):
        members = [units[i] for i in group]
        sides, rest, found = _split(members, analyses, names, _near(mentions, names or {}), partial)
        if found:
            at = range(len(drafts), len(drafts) + len(sides))
            for n, side in zip(at, sides, strict=True):
                drafts.append(
                    Draft(units=tuple(side), rivals=tuple(r for r in at if r != n), why=found.why,
                           update=found.update, about=found.about)
                )
            if rest:
                # a statement of a group's fate says little else: as a partner it would show the disputed state
                # as corroborated
                partners = () if found.about.startswith(FATE) else _partners(rest, [u for side in sides for u in side])
                drafts.append(Draft(units=tuple(rest) + partners))
        else:
            drafts.append(Draft(units=tuple(members)))
    drafts = shares_across(fates_across(tolls_across(drafts, partial)), mentions, names or {})
    drafts = disputes_across(magnitudes_across(tenures_across(drafts, mentions, names or {})))
    drafts = negations_across(drafts)
    drafts = weekdays_across(dates_across(drafts))
    before = len(drafts)
    drafts = _apart_only(drafts + _worded_apart(worded, articles, first=before), first=before)
    drafts += _crossed(units, names or {}, first=len(drafts))
    sentences = [sentences_of(a, an) for a, an in zip(articles, analyses, strict=True)]
    given_to = frozenset(c.cites for an in analyses for c in an.citations if c.kind in _GIVEN)
    drafts = _fold_repeated_quotes(_fold_contained(_rejoin(drafts, articles, sentences)))
    drafts = _one_fact_per_statement(drafts)
    drafts = _stated(drafts, story_setting(units))
    drafts = _uncut(_join_overlapping_quotes(join_quoted(join_anchored(join_deeds(drafts, mentions)), analyses)))
    drafts = _told_facts(_single_marks(_whole_sentences(drafts, articles, sentences), articles))
    facts = []
    for n, draft in enumerate(drafts):
        ordered = sorted(draft.units, key=lambda u: (u.report, u.span.start))
        pairs = []
        carriers = {u.report for u in ordered}
        verbatim: list[str | None] = []  # a long statement's words, when they may be a copy's
        for u in ordered:
            article, analysis = articles[u.report], analyses[u.report]
            sentence = _sentence_of(u.span, sentences[u.report])
            origin = origin_of(u.span, article, analysis, sentence=sentence)
            # a speaker's words stay the copy's own: who said them is settled by ``_one_statement``/``_one_speaker``
            if same_outlet(origin, outlet_of(article, analysis)) and not _worded(u):
                origin = repeated_origin(u.span, u.report, copy_of, articles, analyses) or _beside_original(
                    u.report, carriers, kin or {}, articles, analyses) or origin
            origin = _credited_origin(u, origin, ordered, credits, articles, analyses)
            verbatim.append(carried_words(u, least=_VERBATIM_WORDS))
            pairs.append((outlet_of(article, analysis), origin))
        pairs = _verbatim_origins(pairs, verbatim)
        quoted = frozenset(j for j, u in enumerate(ordered) if _inside_quote(u, analyses[u.report]))
        pairs = _one_statement(ordered, pairs, names or {}, given_to, quoted)
        pairs = _one_speaker(ordered, pairs, names or {}, quoted)
        pairs = _one_interview(ordered, pairs, names or {}, given_to)
        pairs = _speaker_carried(ordered, pairs, quoted, articles, analyses)
        origins = distinct(resolve(pairs))
        count = len(origins)
        status: FactStatus = "conflict" if draft.rivals else ("corroborated" if count >= 2 else "single")
        facts.append(
            Fact(
                id=f"f{n + 1}",
                text=_claim_shown(_shown(ordered), ordered),
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
