"""Dates of one event set against each other across a story's facts: "his sentencing is scheduled for March 28,
2023" in one report and "is scheduled to be sentenced on March 28, 2024" in four others.

Alignment groups statements by their wording; a sentence that opens with another clause ("While he maintains his
innocence, his sentencing is scheduled for ...") may land in another group than the reports that tell the same
date, and then ``storyline.compare.facts`` never compares the two. Here each statement's dates written out in full
(month, day and year) are read with the event noun told just before them (``_EVENT``: a sentencing, a trial, a
hearing, ...); two reports that give one event the same month and day in different years disagree on its year, a
slip one of them made, and the sides are set against each other as conflicts.

Does NOT compare different days of one event (a hearing may be moved; two hearings are two events), dates told
without a year, or a speaker's own words.

The clock times of one event (``clocks_across``) and the minutes of a match at which one player did one thing
(``minutes_across``: "caught Kriel high in the 27th minute" / "a yellow card after 28 minutes for a dangerous
tackle on Kriel") are set against each other the same way, and so are the years a named thing has lasted
(``spans_across``: "Harvard's nearly 388-year history" / "Harvard's nearly 400-year history", shown as a rounding
that may be one figure).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from storyline.calendar_words import month_openings
from storyline.compare.across import Draft, clause, read_once, worded
from storyline.compare.align import Unit
from storyline.compare.conflicts import Quantity, weekday_conflict, weekdays
from storyline.compare.dates import (
    CLOCK_APART,
    NIGHT_HEDGE,
    Clock,
    clock_gap,
    clock_times,
    one_event_time,
    roughly_same,
)
from storyline.compare.quantities import within_rounding

_MONTHS = month_openings() + r"[a-z]*\.?"
# "March 28, 2024" or "28 March, 2024"
_DATE = re.compile(
    r"\b(?:(?P<month>" + _MONTHS + r")\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>" + _MONTHS + r"))"
    r"(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"
)
# the event a date is given for, told in the words just before it in one sentence: the stem names the event
_EVENT = re.compile(
    r"\b(?P<event>sentenc|trial|hearing|verdict|election|vote|referendum|inauguration|launch|funeral|summit|"
    r"ceremony|arraignment|retrial|appeal)[a-z]*\b",
    re.I,
)
# ... or just after it, in its sentence ("on 28 March, 2024, when his sentencing will take place")
_EVENT_AFTER = re.compile(r"^[^.;!?]{0,40}?\b(?P<event>sentenc|trial|hearing|verdict)[a-z]*\b", re.I)
_SENTENCE_END = re.compile(r"[.;!?]")
# how far before a date its event may be told
_EVENT_WINDOW = 80


def _event_dates(unit: Unit) -> list[tuple[str, str, str, int, int]]:
    """``(event, month and day, year, start, end)`` for each date a statement gives an event, in its offsets
    (from the event's word to the date's end)."""
    out = []
    for m in _DATE.finditer(unit.text):
        told = event_of(unit.text, m.start(), m.end())
        if told is not None:
            month, number = m.group("month") or m.group("month2"), m.group("day") or m.group("day2")
            out.append((told[0], f"{month[:3].lower()} {int(number)}", m.group("year"), told[1], told[2]))
    return out


def event_of(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The event the date at ``text[start:end]`` is given for, as the stem of its noun ("sentenc", "trial"), with
    where it is told (from the event's word to the date's end, or from the date to the event's word after it);
    None when its sentence names no event next to it ("The jury met on March 3"). Does not read what the
    event is of: "his trial" and "her trial" are one event here."""
    # the event told nearest before the date, in its sentence
    events = [e for e in _EVENT.finditer(text, max(0, start - _EVENT_WINDOW), start)
              if not _SENTENCE_END.search(text, e.end(), start)]
    # a compound names its event by its first word ("sentencing hearing": a sentencing)
    while len(events) > 1 and not text[events[-2].end() : events[-1].start()].strip():
        events.pop()
    if events:
        return events[-1].group("event").lower(), events[-1].start(), end
    after = _EVENT_AFTER.match(text[end:])
    if after is None:
        return None
    return after.group("event").lower(), start, end + after.end()


def dates_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports that give one event the same month and day in different years stand against
    each other, each year a side: a draft all of whose dated statements are of one side is that side; a side's
    statement in a draft that also holds others is cut out of it as the clause that tells the date, and the
    clauses make the side's draft. A report on two sides, or a side's statement in a draft that already
    conflicts, leaves the event alone (refuse to guess)."""
    found: dict[tuple[str, str], dict[str, list[tuple[Unit, int, int]]]] = {}
    for draft in drafts:
        for u in draft.units:
            if worded(u):
                continue
            for event, day, year, start, end in _event_dates(u):
                found.setdefault((event, day), {}).setdefault(year, []).append((u, start, end))
    out = spans_across(minutes_across(clocks_across(drafts)))
    for (event, _day), years in sorted(found.items()):
        if len(years) < 2:
            continue
        reports = [{u.report for u, _, _ in told} for told in years.values()]
        if sum(len(r) for r in reports) != len(set().union(*reports)):
            continue
        out = _set_years(out, event, years)
    return out


def _set_years(drafts: list[Draft], event: str, years: dict[str, list[tuple[Unit, int, int]]]) -> list[Draft]:
    """``drafts`` with each year's statements a side set against the others (see ``dates_across``)."""
    written = {year: _written(told[0]) for year, told in years.items()}
    shown = " vs ".join(written[year] for year in sorted(years, key=lambda y: (-len(years[y]), y)))
    return _set_sides(drafts, years, f"{_NAMES.get(event, event)} dated {shown}")


def _set_sides(
    drafts: list[Draft], years: dict[str, list[tuple[Unit, int, int]]], why: str, *, cut_clause: bool = True,
    about: str = "date",
) -> list[Draft]:
    """``drafts`` with each side's statements (by the date or day they give, with where it is told) set against
    the others' (see ``dates_across``); a statement taken out of a draft of other statements is cut to the
    clause that tells its date, or with ``cut_clause`` False kept whole (a sentence alike to the other side's
    but for its day says all of it on that day)."""
    dated = {id(u) for told in years.values() for u, _, _ in told}
    side_of = {id(u): year for year, told in years.items() for u, _, _ in told}
    if any(d.rivals and any(id(u) in dated for u in d.units) for d in drafts):
        return drafts
    out = list(drafts)
    homes: dict[str, list[int]] = {year: [] for year in years}
    for year, told in sorted(years.items()):
        cut: list[Unit] = []
        for n, d in enumerate(out):
            mine = [u for u in d.units if side_of.get(id(u)) == year]
            if not mine:
                continue
            if all(side_of.get(id(u)) == year for u in d.units):
                homes[year].append(n)
                continue
            out[n] = replace(d, units=tuple(u for u in d.units if side_of.get(id(u)) != year))
            cut += [clause(u, _placed(start, end)) if cut_clause else u
                    for v, start, end in told for u in mine if u is v]
        if cut:
            out.append(Draft(units=tuple(cut)))
            homes[year].append(len(out) - 1)
    return _set_against(out, homes, why, about)


def _set_against(out: list[Draft], homes: Mapping[str, list[int]], why: str, about: str) -> list[Draft]:
    """``out`` with the drafts of each side (``homes``: side -> draft indexes) made rivals of every other side's,
    each told ``why`` and what they disagree ``about``."""
    for side, home in homes.items():
        others = {n for k, h in homes.items() if k != side for n in h}
        for n in home:
            out[n] = replace(out[n], rivals=tuple(sorted(set(out[n].rivals) | others)), why=why, about=about)
    return out


_NAMES = {"sentenc": "sentencing"}


def _written(told: tuple[Unit, int, int]) -> str:
    """The date as a statement writes it ("March 28, 2024")."""
    u, start, end = told
    return [m.group(0) for m in _DATE.finditer(u.text, start, end)][-1]


def _placed(start: int, end: int) -> Quantity:
    """A date as a figure placed in its statement, for ``across.clause`` to cut its clause out."""
    return Quantity(value=0.0, unit="date", low=0.0, high=0.0, start=start, end=end)


# statements this alike (Jaccard of content words, figures left out) that name different weekdays tell one event
# on two days ("The agency on Saturday approved a new drug ..." / "The agency on Friday approved a new drug ...")
_SAME_SENTENCE = 0.5


def weekdays_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where statements of different reports that alignment left in different facts, alike but for the
    weekday each names (``_SAME_SENTENCE``; ``conflicts.weekday_conflict``), stand against each other, each
    weekday a side. Statements that name several weekdays, a speaker's own words and statements already in a
    conflict are left alone, and so is a report on two sides."""
    home = {id(u): n for n, d in enumerate(drafts) for u in d.units}
    told = [(u, days[0], _words(u)) for d in drafts if not d.rivals for u in d.units
            if not worded(u) and len(days := weekdays(u.text)) == 1]
    out, taken = list(drafts), set[int]()
    for i, (u, day, words) in enumerate(told):
        if id(u) in taken:
            continue
        alike = [(v, d2) for v, d2, w in told[i + 1 :]
                 if v.report != u.report and home[id(v)] != home[id(u)] and _jaccard(words, w) >= _SAME_SENTENCE]
        whys = [why for v, d2 in alike if (why := weekday_conflict([day], [d2], u.text, v.text, close=True))]
        if not whys:
            continue
        sides: dict[str, list[tuple[Unit, int, int]]] = {}
        for v, d2 in [(u, day), *alike]:
            m = re.search(r"\b" + d2.name + r"\b", v.text, re.I)
            if m is not None:
                sides.setdefault(d2.name, []).append((v, m.start(), m.end()))
        reports = [{v.report for v, _, _ in side} for side in sides.values()]
        if len(sides) < 2 or sum(len(r) for r in reports) != len(set().union(*reports)):
            continue
        taken.update(id(v) for side in sides.values() for v, _, _ in side)
        why = " vs ".join(name.capitalize() for name in sorted(sides, key=lambda n: (-len(sides[n]), n)))
        if len(sides) == 2 and (night := next((w for w in whys if w.endswith(NIGHT_HEDGE)), None)):
            why = night  # "Sunday night vs Monday (may be the same night)": one night told on either day
        out = _set_sides(out, sides, why, cut_clause=False)
    return out


def _words(unit: Unit) -> frozenset[str]:
    return frozenset(t for t in unit.tokens if not t[0].isdigit())


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def clocks_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different clock times of one event stand against each other, each time a side
    ("captured the moment at 1:28 a.m. Tuesday when the ship struck" / "Around 1:30 a.m. Tuesday the ship struck" /
    "collided with the bridge around 1:35 a.m. on Tuesday"): the times of an event's verb
    (``dates.clock_times``) that ``dates.one_event_time`` links, less than an hour from each other, told by at
    least two reports. A hedged time near another ("around 1:30" / "1:28") is still shown, as an approximate one
    (``dates.roughly_same``): a reader weighs a two-minute gap, storyline does not hide it. A report that gives
    two times is on two sides: its own words disagree. A speaker's own words, and a statement giving two times of
    one event, are left out; a time a conversion gives in brackets or in another zone is no side.

    Does NOT read a time the extractor and this reader both miss ("at a quarter to midnight").
    """
    told: list[tuple[Clock, Unit]] = []
    seen: set[tuple[int, int]] = set()
    said = _words_said(drafts)
    for draft in drafts:
        for u in draft.units:
            if worded(u):
                continue
            for c in clock_times(u.text + said.get(id(u), "")):
                if c.end > len(u.text):
                    continue  # a time in the words said is the speaker's, compared with nothing
                if (u.report, u.span.start + c.start) not in seen:
                    seen.add((u.report, u.span.start + c.start))
                    told.append((c, u))
    out = drafts
    for members in _linked_times(told):
        sides = _time_sides(members)
        reports = {u.report for told in sides.values() for u, _, _ in told}
        if len(sides) < 2 or len(reports) < 2:
            continue
        keys = sorted(sides)
        firsts = [_first(members, key) for key in keys]
        shown = " vs ".join(_hedge_lower(c.written) for c in firsts)
        rough = all(roughly_same(x, y) for i, x in enumerate(firsts) for y in firsts[i + 1 :])
        out = _set_times(out, sides, f"clock time {shown}" + (" (approximate times: may be one)" if rough else ""))
    return out


# a statement that ends in a verb of saying, whose words follow it as a statement of their own ("at 7:37 p.m.
# Thursday, the clerk said" / "the jury has reached a verdict")
_SAYING = re.compile(r"\b(?:said|says|announced|declared|told\s+\w+)\W*$", re.I)
# how many characters may part a statement from the words said that follow it (", “")
_SAID_GAP = 4


def _words_said(drafts: list[Draft]) -> dict[int, str]:
    """For each statement that ends in a verb of saying, the words said that follow it in its report, with what
    parts them: the time a clerk said a verdict was reached is the verdict's time, though the verdict is told in
    the clerk's words."""
    units = sorted({id(u): u for d in drafts for u in d.units}.values(), key=lambda u: (u.report, u.span.start))
    out: dict[int, str] = {}
    for u, v in itertools.pairwise(units):
        if u.report == v.report and 0 <= v.span.start - u.span.end <= _SAID_GAP and _SAYING.search(u.text):
            out[id(u)] = " " * (v.span.start - u.span.end) + v.text
    return out


def _set_times(
    drafts: list[Draft], sides: dict[str, list[tuple[Unit, int, int]]], why: str, *, about: str = "time",
    keep_first: bool = False, whole: bool = False,
) -> list[Draft]:
    """``drafts`` with each clock time's statements a side set against the others (see ``clocks_across``). A
    draft of one side's statements is that side; a statement in a draft that also holds statements of no side
    stays there (it says more than the time: "The quake occurred at 11:47 p.m. ... with a magnitude of 6.4"
    beside another report's magnitude) and its clause that tells the time joins its side; a statement in a draft
    that holds another side's is taken out of it, as the clause; with ``keep_first``, a draft of statements of
    several sides and no others keeps those of its first statement's side, and is that side; with ``whole``, a
    statement joins its side whole, not as its clause. A statement in a draft that already conflicts leaves the
    event alone (refuse to guess)."""
    side_of = {id(u): key for key, told in sides.items() for u, _, _ in told}
    if any(d.rivals and any(id(u) in side_of for u in d.units) for d in drafts):
        return drafts
    out = list(drafts)
    homes: dict[str, list[int]] = {key: [] for key in sides}
    cut: dict[str, list[Unit]] = {key: [] for key in sides}
    for n, d in enumerate(drafts):
        keys = {side_of[id(u)] for u in d.units if id(u) in side_of}
        if len(keys) == 1 and all(id(u) in side_of for u in d.units):
            homes[keys.pop()].append(n)
            continue
        kept = ""
        if keep_first and len(keys) > 1 and all(id(u) in side_of for u in d.units):
            kept = side_of[id(min(d.units, key=lambda u: (u.report, u.span.start)))]
            homes[kept].append(n)
            keys.discard(kept)
        for key in keys:
            cut[key] += [u if whole else clause(u, _placed(start, end))
                         for u, start, end in sides[key] if any(u is v for v in d.units)]
        if kept:
            out[n] = replace(d, units=tuple(u for u in d.units if side_of[id(u)] == kept))
        elif len(keys) > 1:
            out[n] = replace(d, units=tuple(u for u in d.units if id(u) not in side_of))
    for key, clauses in cut.items():
        if clauses and homes[key]:
            out[homes[key][0]] = replace(out[homes[key][0]], units=out[homes[key][0]].units + tuple(clauses))
        elif clauses:
            out.append(Draft(units=tuple(clauses)))
            homes[key].append(len(out) - 1)
    return _set_against(out, homes, why, about)


def _linked_times(told: list[tuple[Clock, Unit]]) -> list[list[tuple[Clock, Unit]]]:
    """The clock times in groups of one event: each linked to another of its group (``dates.one_event_time``),
    the whole group less than an hour wide (a chain of times ten minutes apart is no one event)."""
    groups: list[list[tuple[Clock, Unit]]] = []
    for c, u in told:
        linked = [g for g in groups if any(one_event_time(c, o) for o, _ in g)]
        merged = [(c, u)] + [m for g in linked for m in g]
        groups = [g for g in groups if not any(g is x for x in linked)] + [merged]
    return [g for g in groups if all(clock_gap(x, y) < CLOCK_APART for x, _ in g for y, _ in g)]


def _key(c: Clock, members: list[tuple[Clock, Unit]]) -> str:
    """A clock time's minute of the day as a side's key; a time that leaves its half of the day open takes the
    half of the nearest time that does not ("11:46" beside "11:47 p.m." is 23:46)."""
    minutes = c.minutes
    if not c.meridiem:
        known = [o.minutes for o, _ in members if o.meridiem]
        if known:
            minutes = min((minutes % 720, minutes % 720 + 720), key=lambda m: min(abs(m - k) for k in known))
    return f"{minutes:04d}"


def _first(members: list[tuple[Clock, Unit]], key: str) -> Clock:
    """The clock time of a side as the first report to give it writes it."""
    return min(((c, u) for c, u in members if _key(c, members) == key), key=lambda m: (m[1].report, m[1].span.start))[0]


def _time_sides(members: list[tuple[Clock, Unit]]) -> dict[str, list[tuple[Unit, int, int]]]:
    """The statements of one event's clock times by the minute each gives; none when a statement gives two."""
    sides: dict[str, list[tuple[Unit, int, int]]] = {}
    for c, u in members:
        sides.setdefault(_key(c, members), []).append((u, c.start, _told_until(u.text, c.end)))
    units = [id(u) for told in sides.values() for u, _, _ in told]
    return {} if len(units) != len(set(units)) else sides


# a time that opens its sentence and is set off by a comma ("Since approximately 6:30 p.m., a dramatic ...")
_OPENING_TIME = re.compile(r"\.?,\s*")


def _told_until(text: str, end: int) -> int:
    """Where the clause that tells a clock time's event may end its search: past a comma that sets the time
    off, so that the clause is the event's ("around 7 p.m., a drastic temperature change took place in a
    tanker"), not the time alone ("around 7 p.m.")."""
    comma = _OPENING_TIME.match(text, end)
    return comma.end() if comma else end


def _hedge_lower(written: str) -> str:
    """A time as a conflict names it, its hedge in lower case ("Around 1:30 a.m." -> "around 1:30 a.m.")."""
    return written[0].lower() + written[1:] if written[:1].isalpha() else written


# the minute of a match an event is told at: "in the 27th minute", "a 27th-minute try", "after 28 minutes", "in
# minute 28", and "in the 29th" before a word that starts no noun ("in the 29th for a high tackle", "in the 35th,");
# a time told for how long something lasted ("for 10 minutes", "after 10 minutes in the sin bin", "three minutes
# later") is none
_MINUTE = re.compile(
    r"\b(?:in|by)\s+the\s+(?P<ordinal>\d{1,3})(?:st|nd|rd|th)(?:[\s-]+min(?:ute)?\b|(?=\s+(?:for|when|as|after|"
    r"before|and|but|to|with|from|of\s+the\s+(?:match|game))\b|\s*[,.;)]|\s*$))"
    r"|\b(?P<adjective>\d{1,3})(?:st|nd|rd|th)[\s-]min(?:ute)?\b"
    r"|\b(?:after|on)\s+(?:just\s+|only\s+)?(?P<elapsed>\d{1,3})\s+min(?:ute)?s\b(?!\s+(?:of|in|into|later|before)\b)"
    r"|\bin\s+(?:the\s+)?minute\s+(?P<bare>\d{1,3})\b",
    re.I,
)
# what a player did at a minute, by kind; reports of one event name it by different kinds ("caught Kriel high" / "a
# yellow card ... for a dangerous tackle"), so two statements are of one event when their kinds meet
_KINDS = (
    ("card", re.compile(r"\b(?:yellow|red)[\s-]card|\bcard(?:ed)?\b|\bsin[\s-]?binn?(?:ed)?\b|\bsent\s+off\b|"
                        r"\bsending[\s-]off\b|\bbooked\b|\bbooking\b|\bejected\b", re.I)),
    ("foul", re.compile(r"\btackl|\bcaught\b[^,.;]{0,30}?\bhigh\b|\bhigh\s+shot\b|\bfoul(?:ed)?\b|\bhead[\s-]?butt|"
                        r"\bstamp(?:ed|ing)?\b|\bpunch(?:ed)?\b|\btripp?ed\b", re.I)),
    ("score", re.compile(r"\btry\b|\btries\b|\bscor(?:ed|es|ing)\b|\bgoal\b|\bpenalty\b|\bconver(?:ted|sion)\b|"
                         r"\bheader\b|\bequali[sz]|\bnetted\b|\btouchdown\b", re.I)),
    ("exit", re.compile(r"\bsubstitut|\breplaced\b|\bcame\s+on\b|\bwent\s+off\b|\blimped\s+off\b|\binjur", re.I)),
)
# where the clause of a minute begins and ends: a punctuation mark, or a word that opens another clause ("The
# Springboks led 9-3 when Cane was yellow-carded in the 29th"); "and" or "but" only before a name
_CLAUSE_CUT = re.compile(r"[,;:()\"“”—–]|\s(?:when|while|whereas|as|then)\s|\s(?:and|but)\s(?=[A-Z])")
# a name: capitalized words ("Sam Cane", "New Zealand's Shannon Frizzell"), the last of which is kept
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# capitalized words that name nobody at the start of a clause
_NO_NAME = frozenset({
    "the", "a", "an", "he", "she", "they", "it", "his", "her", "their", "its", "this", "that", "then", "when", "as",
    "after", "before", "in", "on", "with", "but", "and", "while", "by", "for", "at", "from", "there",
})  # fmt: skip
# how far apart (in minutes of play) the minutes of one event may be told; further apart, they are likely two
# events (a yellow card in the 27th and a second in the 70th)
_MINUTES_APART = 5


@dataclass(frozen=True, slots=True)
class _Minute:
    """A minute of a match at which a player did a thing of some kinds, told in a statement at ``start:end``."""

    minute: int
    actor: str  # the player's last name, lower case
    others: frozenset[str]  # the last names of the others the clause names ("on Jesse Kriel": kriel)
    kinds: frozenset[str]
    start: int
    end: int


def match_minutes(text: str) -> list[_Minute]:
    """The minutes of a match a statement gives a player's acts at: the player is the name nearest before the
    first word of what happened in the minute's clause ("Sam Cane caught Jesse Kriel high in the 27th minute":
    Cane, a foul). A clause that gives two minutes, names nothing that happens in a match, or names nobody before
    what happened ("was sent off in the 29th") gives none.

    >>> told = match_minutes("Cane was yellow-carded in the 29th for a high tackle on Kriel.")
    >>> [(m.minute, m.actor, sorted(m.kinds)) for m in told]
    [(29, 'cane', ['card', 'foul'])]
    """
    out = []
    for m in _MINUTE.finditer(text):
        start = max((c.end() for c in _CLAUSE_CUT.finditer(text, 0, m.start())), default=0)
        end = next((c.start() for c in _CLAUSE_CUT.finditer(text, m.end())), len(text))
        part = text[start:end]
        if len(_MINUTE.findall(part)) != 1:
            continue
        told = [(k.start(), kind) for kind, rx in _KINDS for k in rx.finditer(part)]
        if not told:
            continue
        first = min(at for at, _ in told)
        names = [(n.start(), _last_name(n.group(0))) for n in _NAME.finditer(part)]
        names = [(at, name) for at, name in names if name]
        before = [name for at, name in names if at < first]
        if not before:
            continue
        number = next(g for g in m.groups() if g)
        out.append(_Minute(minute=int(number), actor=before[-1], others=frozenset(n for _, n in names) - {before[-1]},
                           kinds=frozenset(kind for _, kind in told), start=m.start(), end=m.end()))
    return out


def _last_name(name: str) -> str:
    """The last word of a name, lower case, without a possessive ("Pollard's": pollard); "" for a word that names
    nobody ("The", "He")."""
    words = [w for w in name.split() if w.lower() not in _NO_NAME]
    if not words:
        return ""
    last = words[-1].lower()
    return re.sub(r"['’]s?$", "", last)


def _one_event(x: _Minute, y: _Minute) -> bool:
    """Whether two minutes are told of one act: one player, kinds that meet, the others each names (if both name
    any) shared, a few minutes apart at most."""
    if x.actor != y.actor or not x.kinds & y.kinds or abs(x.minute - y.minute) > _MINUTES_APART:
        return False
    return not (x.others and y.others) or bool(x.others & y.others)




def minutes_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different minutes of a match for one act of one player stand against each other,
    each minute a side ("caught Kriel high in the 27th minute" / "received a yellow card after 28 minutes for a
    dangerous tackle on Kriel" / "was yellow-carded in the 29th for a high tackle on Kriel": ``match_minutes``,
    ``_one_event``). A report that gives one player's act of one kind two minutes tells two acts (two tries), and
    leaves them alone; so does a group whose minutes are more than ``_MINUTES_APART`` wide. A speaker's own words
    are left out.

    Does NOT read a minute written in words ("after three minutes") or in added time ("45+2").
    """
    told = read_once(drafts, match_minutes)
    out = drafts
    for members in _linked_minutes(told):
        sides: dict[str, list[tuple[Unit, int, int]]] = {}
        for m, u in sorted(members, key=lambda t: (t[1].report, t[1].span.start)):
            sides.setdefault(str(m.minute), []).append((u, m.start, m.end))
        reports = [{u.report for u, _, _ in side} for side in sides.values()]
        if len(sides) < 2 or sum(len(r) for r in reports) != len(set().union(*reports)):
            continue
        kinds = frozenset.intersection(*(m.kinds for m, _ in members))
        kind = next(k for k, _ in _KINDS if k in kinds)
        actor = members[0][0].actor.capitalize()
        out = _set_times(out, sides, f"match minute of {actor}'s {kind}: " + " vs ".join(sorted(sides, key=int)))
    return out


def _linked_minutes(told: list[tuple[_Minute, Unit]]) -> list[list[tuple[_Minute, Unit]]]:
    """The minutes in groups of one act: each of one act with another of its group (``_one_event``), the kinds of
    all of them meeting, the whole group at most ``_MINUTES_APART`` wide."""
    groups: list[list[tuple[_Minute, Unit]]] = []
    for m, u in told:
        linked = [g for g in groups if any(_one_event(m, o) for o, _ in g)]
        merged = [(m, u)] + [x for g in linked for x in g]
        groups = [g for g in groups if not any(g is x for x in linked)] + [merged]
    return [
        g for g in groups
        if frozenset.intersection(*(m.kinds for m, _ in g))
        and max(m.minute for m, _ in g) - min(m.minute for m, _ in g) <= _MINUTES_APART
    ]


# how many years a named thing has lasted, told as a compound before its noun: "Harvard's nearly 388-year history",
# "the 70-year reign of Queen Elsa"; the thing is the owner's noun ("harvard", "history")
_HEDGE = r"(?:(?P<hedge>nearly|almost|about|around|roughly|some|more\s+than|over|close\s+to|at\s+least)\s+)?"
_OWNER = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
_SPAN_OWNED = re.compile(r"(?P<owner>" + _OWNER + r")['’]s?\s+" + _HEDGE + r"(?P<n>\d{1,4})-year(?:-old)?\s+"
                         r"(?P<noun>[a-z]+)")
_SPAN_OF = re.compile(r"\b[Tt]he\s+" + _HEDGE + r"(?P<n>\d{1,4})-year(?:-old)?\s+(?P<noun>[a-z]+)\s+of\s+"
                      r"(?:the\s+)?(?P<owner>" + _OWNER + r")")
# two spans of one thing further apart than this are of two things ("Harvard's 388-year history" / "Harvard's
# 12-year history of ...")
_SPAN_FAR = 1.5


@dataclass(frozen=True, slots=True)
class _Span:
    """The years a named thing has lasted, as a statement tells them at ``start:end``."""

    years: int
    written: str  # "nearly 388"
    owner: frozenset[str]  # the owner's words, lower case
    noun: str
    start: int
    end: int


def spans(text: str) -> list[_Span]:
    """How many years named things have lasted, as a statement tells them ("Harvard’s nearly 388-year history":
    388 years of Harvard's history).

    >>> [(s.written, sorted(s.owner), s.noun) for s in spans("the shortest in Harvard’s nearly 388-year history")]
    [('nearly 388', ['harvard'], 'history')]
    """
    out = []
    for m in [*_SPAN_OWNED.finditer(text), *_SPAN_OF.finditer(text)]:
        hedge = m.group("hedge")
        written = f"{' '.join(hedge.lower().split())} {m.group('n')}" if hedge else m.group("n")
        owner = frozenset(w.lower() for w in m.group("owner").split() if w.lower() not in _NO_NAME)
        if owner and int(m.group("n")):
            out.append(_Span(years=int(m.group("n")), written=written, owner=owner, noun=m.group("noun"),
                             start=m.start(), end=m.end()))
    return out


def _one_span(x: _Span, y: _Span) -> bool:
    return x.noun == y.noun and bool(x.owner & y.owner) and max(x.years, y.years) <= _SPAN_FAR * min(x.years, y.years)


def spans_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where the reports' different years of one named thing stand against each other, each figure a side
    ("Harvard's nearly 388-year history" / "Harvard's nearly 400-year history"), wherever alignment put them: two
    statements that tell it differently are never one corroborated fact. Figures that one's rounding covers
    (``quantities.within_rounding``: 388 and 400) are shown as a rounding that may be one figure. A report on two
    sides, a speaker's own words and a figure one report alone gives are left alone."""
    told = read_once(drafts, spans)
    out = drafts
    for members in _linked_spans(told):
        sides: dict[str, list[tuple[Unit, int, int]]] = {}
        shown: dict[str, str] = {}
        for x, u in sorted(members, key=lambda t: (t[1].report, t[1].span.start)):
            sides.setdefault(str(x.years), []).append((u, x.start, x.end))
            shown.setdefault(str(x.years), x.written)
        reports = [{u.report for u, _, _ in side} for side in sides.values()]
        if len(sides) < 2 or sum(len(r) for r in reports) != len(set().union(*reports)):
            continue
        figures = [_years(int(k)) for k in sides]
        rounding = all(within_rounding(a, b) for i, a in enumerate(figures) for b in figures[i + 1 :])
        first = members[0][0]
        why = (f"years of {first.noun}: " + " vs ".join(shown[k] for k in sorted(sides, key=int))
               + (" (a rounding: may be one)" if rounding else ""))
        # the whole statement: its clause of the years alone says little ("the shortest in Harvard's nearly
        # 388-year history")
        out = _set_times(out, sides, why, about="span", keep_first=True, whole=True)
    return out


def _years(n: int) -> Quantity:
    return Quantity(value=float(n), unit="year", low=float(n), high=float(n))


def _linked_spans(told: list[tuple[_Span, Unit]]) -> list[list[tuple[_Span, Unit]]]:
    """The spans in groups of one thing, each linked to another of its group (``_one_span``)."""
    groups: list[list[tuple[_Span, Unit]]] = []
    for x, u in told:
        linked = [g for g in groups if any(_one_span(x, o) for o, _ in g)]
        merged = [(x, u)] + [m for g in linked for m in g]
        groups = [g for g in groups if not any(g is m for m in linked)] + [merged]
    return [g for g in groups if len(g) > 1]
