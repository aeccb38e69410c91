"""The entries of a timeline that tell one event, merged: a coarser date into a finer one, one event told a
year apart, a year-less day into its dated entry.

A coarser value that contains a finer one ("last week" = ``2023-W18`` around ``2023-05-03``) joins the finer
entry only when their sentences talk about the same thing (shared content words); otherwise it stays an
entry of its own, because a week or a month is a real, if vague, date.

A year-less day joins the one dated entry on that month and day ("sentencing is scheduled for March 28 next
year" beside "to be sentenced on March 28, 2024"), its year not stated.

One event told a year apart by different reports ("is scheduled to be sentenced on March 28, 2024" in four
reports, "his sentencing is scheduled for March 28, 2023" in one) is one entry, at the date more reports give;
the other date is no entry of its own, for nothing happened on it. Two days (give or take a week: "on Thursday"
in a report dated a year off) or two months a year apart tell one event when sentences of different reports
on them share most content words, or, on one month and day, name the same event (a sentencing, a trial, ...:
``storyline.compare.scheduled.event_of``). A sentence of the fewer reports that writes its year disputes the
entry (``TimelineEntry.disputed``: cited beside it, never as its support, since its words give another date;
``compare.scheduled`` sets the two dates against each other as facts); one whose year came from its report's
date joins their line. When as many reports give each year, the side whose reports were found a year off in
the same direction on another event moves; otherwise both dates stay. Nothing moves when a report tells both
dates (a first and a second hearing, a year apart). Does not move a date only the report that is a year off
gives: nothing tells what it should read.

One act two reports put on neighbouring days ("issued a voluntary recall on Saturday", "The recall, issued
Friday, ...": their sentences share two words that are not the story's own, and neither report tells both days)
is one entry the same way, on the day more reports give, or, as many giving each, on the weekday of a dated day
of the story; the other sentence disputes it. With nothing to choose by, both entries stay, each disputed.

A weekday no day of the story placed ("made the filing late Sunday" in a report of no date) joins the one dated
day on that weekday where other reports tell the same event in most of its words, its year not stated.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date

from storyline.brief.text import overlap
from storyline.brief.timeline_acts import many_acts
from storyline.brief.timeline_lines import Told, event_lines, same_thing
from storyline.brief.timeline_values import DATED_DAY, WEEKDAY_VALUE, YEARLESS
from storyline.model import Span

# sentences sharing this share of content words are taken to report the same event
SAME_EVENT = 0.5


@dataclass
class Group:
    """The sentences filed under one date value, and its first and last day."""

    value: str
    first: date
    last: date
    told: list[Told] = field(default_factory=list)
    # sentences of other reports that give this entry's event another year ("March 28, 2023") or day: shown after it
    other_year: list[Told] = field(default_factory=list)

    @property
    def days(self) -> int:
        return (self.last - self.first).days

    @property
    def clock(self) -> str:
        """The clock time of an entry at a time of its day ("17:40"), else ""."""
        return self.value.partition("T")[2]

    @property
    def grain(self) -> tuple[int, bool]:
        """How coarse the entry is: its days, and a whole day coarser than a time on it."""
        return self.days, not self.clock

    @property
    def support(self) -> list[Span]:
        return [t.span for t in self.told]

    def add(self, told: Told) -> None:
        spans = self.support
        if told.span in spans:
            n = spans.index(told.span)
            self.told[n] = self.told[n].joined(told)
        else:
            self.told.append(told)


# a day or a month of a stated year: "2024-03-28", "2024-03"
_DAY_OR_MONTH = re.compile(r"^(\d{4})(-\d{2}(?:-\d{2})?)$")
# how far from a whole year apart two days may lie and still be one event told a year off: "last Thursday" in a
# report dated a year off resolves a few days from the year's same day
_NEAR_YEAR = 7


def _settle_years(groups: list[Group]) -> list[Group]:
    """Groups where the sentences that give an event a year off the year more reports give it are moved to the
    entry of those reports (see the module docstring): each pair of days (or months) about a year apart is
    settled by ``_settle_pair``, nearest pairs first; then the pairs as many reports tell each way, where the
    reports of one side were found a year off in the same direction on another event."""
    dated = [g for g in groups if _DAY_OR_MONTH.match(g.value)]
    pairs = [(a, b) for a in dated for b in dated if a.first < b.first and _year_apart(a, b)]
    pairs.sort(key=lambda p: (abs((p[1].first - p[0].first).days - 365), p[0].first))
    off: dict[str, int] = {}  # report -> the years its dates are off by, as found
    for a, b in pairs:
        for report, years in _settle_pair(a, b, {}).items():
            off[report] = years if off.get(report, years) == years else 0
    for a, b in pairs:
        _settle_pair(a, b, off)
    return [g for g in groups if g.told or g.other_year]


def _year_apart(a: Group, b: Group) -> bool:
    """Whether two days lie a year apart, give or take ``_NEAR_YEAR`` days, or two months are one month of two
    years in a row: the one date told in two years."""
    if len(a.value) != len(b.value):
        return False
    if len(a.value) == 7:
        return a.value[4:] == b.value[4:] and b.first.year - a.first.year == 1
    return abs((b.first - a.first).days - 365) <= _NEAR_YEAR


def _settle_pair(a: Group, b: Group, off: dict[str, int]) -> dict[str, int]:
    """Move the sentences that tell one event on ``a`` and on ``b`` (a year later) to the side more reports give
    it; returns the reports moved, with the years their dates were off by (1: ``a``'s reports told ``b``'s date).

    A sentence of one side tells the event of a sentence of the other when they come from different reports and
    share most content words (``SAME_EVENT``), or, for one month and day, name the same event ("sentencing is
    scheduled for March 28, 2023" / "is to be sentenced on March 28, 2024"). When as many reports give each
    year, the side whose reports are all in ``off`` by the same years moves, else nothing does. Nothing moves
    when a report tells both dates (it may tell two events, a year apart)."""
    same_day = a.value[4:] == b.value[4:]
    pairs = [(s, t) for s in a.told for t in b.told
             if s.span.article != t.span.article and _one_event(s, t, same_day=same_day)]
    ours = {id(s): s for s, _ in pairs}
    theirs = {id(t): t for _, t in pairs}
    our_reports = {s.span.article for s in ours.values()}
    their_reports = {t.span.article for t in theirs.values()}
    if not pairs or {t.span.article for t in a.told} & {t.span.article for t in b.told} & (our_reports | their_reports):
        return {}
    if len(our_reports) > len(their_reports) or all(off.get(r) == -1 for r in their_reports):
        keep, lose, moved, years = a, b, theirs, -1
    elif len(our_reports) < len(their_reports) or all(off.get(r) == 1 for r in our_reports):
        keep, lose, moved, years = b, a, ours, 1
    else:
        return {}
    lose.told = [t for t in lose.told if id(t) not in moved]
    for t in moved.values():
        if t.written:  # the report writes the other year: its words, cited, show the conflict under this date
            if t.span not in [o.span for o in keep.other_year]:
                keep.other_year.append(t)
        else:  # its year came from its report's date, which is a year off: it tells this entry's day
            keep.add(replace(t, stated=False))
    return {t.span.article: years for t in moved.values()}


def _join_year_less(groups: list[Group]) -> list[Group]:
    """Groups where a year-less day ("XXXX-03-28") is moved into the one dated entry on that month and day
    ("2024-03-28"), its year not stated, and the sentences of a year-less month that tell its event into the one
    dated entry of that month ("since October" of cholera cases, beside "Since October 2023"); see the module
    docstring. A year-less day stays one only in a story
    none of whose reports' dates is known (``timeline_values.with_year``): there the one year the story writes
    for that month and day is the likeliest (news names the days near it without their year), and the same day
    shown twice, once dated and once "year unknown", reads as two days. Whether its sentences tell that entry's
    event or another of that day, ``event_lines`` tells apart. Where the dated entry's own year is only assumed
    (no report states it), only the sentences that tell its event join it: an assumed year is not spread to
    another event of that month and day ("the Jan. 6 attack")."""
    for g in groups:
        m = YEARLESS.match(g.value)
        if m is None:
            continue
        dated = [k for k in groups if k is not g and _DAY_OR_MONTH.match(k.value) and k.value[4:] == g.value[4:]]
        if len(dated) != 1:
            continue  # none, or two years: which one is meant is not told
        home = dated[0]
        # a year a report writes places every sentence of the day; an assumed year only those of its event; a
        # month ("since October" beside "Since October 2023") only those of its event: a month recurs every year
        written = m.group(2) is not None and any(t.stated for t in home.told)
        moved = [t for t in g.told if written or any(_one_event(t, k, same_day=True) or _one_count(t, k)
                                                     for k in home.told)]
        for t in moved:
            home.add(replace(t, stated=False))
        g.told = [t for t in g.told if t not in moved]
    return [g for g in groups if g.told or g.other_year]


def _join_weekdays(groups: list[Group]) -> list[Group]:
    """Groups where a weekday of no known week ("XXXX-WXX-7": "made the filing late Sunday" in a report the story's
    days could not place) told of the event of a dated day that falls on that weekday ("2031-05-11", where other
    reports file "made the filing late Sunday") is moved into it, its year not stated: one filing is one entry.
    Only when a single such day holds a sentence of that event (most words shared), and never the report's own
    (a report that tells the day with a date places its own weekdays)."""
    for g in groups:
        m = WEEKDAY_VALUE.match(g.value)
        if m is None or g.clock:
            continue
        weekday = int(m.group(1))
        days = [k for k in groups if DATED_DAY.match(k.value) and not k.clock and k.first.isoweekday() == weekday]
        moved = []
        for t in g.told:
            homes = [k for k in days if any(_one_event(t, o, same_day=False) and o.span.article != t.span.article
                                            for o in k.told)]
            if len(homes) == 1:
                homes[0].add(replace(t, stated=False))
                moved.append(t)
        g.told = [t for t in g.told if t not in moved]
    return [g for g in groups if g.told or g.other_year]


def _one_count(s: Told, t: Told) -> bool:
    """Whether two sentences of a month tell one count run since it: both say "since" and share two words
    of their gists ("Since October, the country has recorded about 15,000 cases of cholera ... and 32 deaths" and
    "Since October 2023, Mozambique has reported 13,700 confirmed cases and 30 deaths"). Counts told at two times
    differ in their figures and wording, so their words overlap less than one event's retellings do."""
    if s.gist is None or t.gist is None or len(s.gist.words & t.gist.words) < 2:
        return False
    return "since" in s.words and "since" in t.words


def _one_event(s: Told, t: Told, *, same_day: bool) -> bool:
    return overlap(s.words, t.words) >= SAME_EVENT or (same_day and bool(s.events & t.events))


def _merge_coarse(groups: list[Group]) -> list[Group]:
    """Move each sentence of a week/month/year entry into a finer entry inside it that reports the same event;
    a day's sentence that gives its time too ("on Tuesday at 5:40 p.m.") into that time's entry, told once.

    Sentence by sentence: "Nikkei reported last week" joins the Nikkei report's day, while another
    sentence dated "last week" about something else keeps the week entry alive.
    """
    kept: list[Group] = []
    for g in sorted(groups, key=lambda g: g.grain):
        inner = [k for k in kept if k.grain < g.grain and g.first <= k.first and k.last <= g.last]
        rest = Group(g.value, g.first, g.last, other_year=g.other_year)
        for told in g.told:
            best, score = None, SAME_EVENT
            for k in inner:
                if k.clock and not g.clock and told.span not in k.support:
                    continue  # a time tells its own sentence's event: the day's others may be earlier or later
                s = max((overlap(told.words, t.words) for t in k.told), default=0.0)
                if s >= score:
                    best, score = k, s
            (best or _act_home(told, inner) or rest).add(told)
        if rest.support or rest.other_year:
            kept.append(rest)
    return kept


def _act_home(told: Told, inner: list[Group]) -> Group | None:
    """The one finer entry inside a coarser date whose sentences tell the act ``told`` tells, of one thing
    (``timeline_acts``, ``same_thing``): "set off on a mission in 2016" and "embarked on a journey from Cape Pell
    in September 2016" tell one launch in few shared words. None when no entry, or more than one, does."""
    if not told.act:
        return None
    homes = [k for k in inner if not k.clock and any(t.act == told.act and same_thing(told, t) for t in k.told)]
    return homes[0] if len(homes) == 1 else None


# a state that lasts from day to day ("remained stuck on Wednesday", "still stuck Thursday"), not a one-time act
_LASTING = re.compile(r"^(?:remain|continu|still|stay|kept|keep|again|ongoing)")


def _whole_weekday(g: Group) -> int | None:
    """The weekday (1 Monday) of a whole-day entry: a weekday of no known week ("XXXX-WXX-5") or a dated day; None
    for a time of a day, a year-less day (its weekday is not known) or a longer date."""
    if g.clock:
        return None
    found = WEEKDAY_VALUE.match(g.value)
    if found is not None:
        return int(found.group(1))
    return g.first.isoweekday() if DATED_DAY.match(g.value) else None


def _one_named_act(s: Told, t: Told) -> bool:
    """Whether two reports' sentences tell one one-time act of one named person ("Brell resigned four days after
    that hearing", "Brell resigned on December 10"): the same act (``timeline_acts``), given their dates, and a
    name both write."""
    if s.span.article == t.span.article or not s.act or s.act != t.act or s.gist is None or t.gist is None:
        return False
    return bool(s.gist.names & t.gist.names)


def _one_act(s: Told, t: Told, common: frozenset[str]) -> bool:
    """Whether two sentences of two reports tell one act: their gists share two words or more that are not the
    story's ``common`` ones ("recall", "issued"), and neither tells a lasting state ("remained blocked")."""
    if s.span.article == t.span.article or s.gist is None or t.gist is None:
        return False
    if any(_LASTING.match(w) for w in s.words | t.words):
        return False
    return len((s.gist.words & t.gist.words) - common) >= 2


def _one_named(s: Told, t: Told) -> bool:
    """Whether two sentences of two reports share a word and two names in their gists, neither telling a lasting
    state."""
    if s.span.article == t.span.article or s.gist is None or t.gist is None:
        return False
    if any(_LASTING.match(w) for w in s.words | t.words):
        return False
    return bool(s.gist.words & t.gist.words) and len(s.gist.names & t.gist.names) >= 2


def _settle_neighbours(groups: list[Group], common: frozenset[str], dated: frozenset[int]) -> list[Group]:
    """Groups where one act that two reports put on two neighbouring days ("issued a voluntary recall on Saturday",
    "The recall, issued Friday, ...") is one entry, on the day more reports give, else on the day that is the
    weekday of a dated day of the story (``dated``, its reports' days, and the days a report writes with their year:
    a press release dated "May 20, 2022", a Friday); the other report's
    sentence disputes it (``Group.other_year``: cited beside it, not as its support). With nothing to choose a
    day by, both entries stay, each disputed by the other. Nothing moves when a report tells both days: the act
    may have taken both (talks "Tuesday and Wednesday"), nor for a state that lasts ("remained stuck")."""
    whole = [(g, n) for g in groups if (n := _whole_weekday(g)) is not None]
    dated = dated | {g.first.isoweekday() for g in groups
                     if DATED_DAY.match(g.value) and not g.clock and any(t.written for t in g.told)}
    for a, wa in whole:
        for b, wb in whole:
            if a is not b and _neighbours(a, b, wa, wb):
                _settle_neighbour_pair(a, b, {wa, wb} & dated, common)
    # two days of no known year ("On Monday" counted to "XXXX-09-25" beside "on September 26"): no weekday to
    # choose by
    year_less = [g for g in groups if YEARLESS_DAY_VALUE.match(g.value)]
    for a in year_less:
        for b in year_less:
            if (b.first - a.first).days == 1:
                _settle_neighbour_pair(a, b, set(), common, named=True)
    return [g for g in groups if g.told or g.other_year]



def _neighbours(a: Group, b: Group, wa: int, wb: int) -> bool:
    """Whether ``b`` is the weekday after ``a``'s: two weekdays of no known week, or two dated days, the next day;
    or six days before, when one side's days were all counted from another report's day ("issued ... on
    Saturday" in an undated report, put on the Saturday before the story's Friday, may be the day after it)."""
    if bool(WEEKDAY_VALUE.match(a.value)) != bool(WEEKDAY_VALUE.match(b.value)) or (wb - wa) % 7 != 1:
        return False
    if WEEKDAY_VALUE.match(a.value) is not None or (b.first - a.first).days == 1:
        return True
    counted = not any(t.stated for t in a.told) or not any(t.stated for t in b.told)
    return counted and (b.first - a.first).days == -6


def _settle_neighbour_pair(
    a: Group, b: Group, dated: set[int], common: frozenset[str], *, named: bool = False
) -> None:
    """Settle the act ``a`` and the next day ``b`` both tell (``_settle_neighbours``); ``dated`` holds those of
    their weekdays the story's dated days fall on. ``named``: two sentences that share a word and two names tell
    one act too ("the samples will be flown to NASA's Orsk Space Center", "the samples will be taken to a new
    laboratory at the Orsk Space Center"): the days of no known year are set side by side this way only."""
    pairs = [(s, t) for s in a.told for t in b.told
             if _one_act(s, t, common) or _one_named_act(s, t) or (named and _one_named(s, t))]
    ours = [s for s in a.told if any(s is p for p, _ in pairs)]
    theirs = [t for t in b.told if any(t is q for _, q in pairs)]
    our_reports, their_reports = {s.span.article for s in ours}, {t.span.article for t in theirs}
    both_days = {t.span.article for t in a.told} & {t.span.article for t in b.told}
    if not pairs or both_days & (our_reports | their_reports):
        return
    a_day, b_day = _whole_weekday(a), _whole_weekday(b)
    if len(our_reports) > len(their_reports) or (len(our_reports) == len(their_reports) and dated == {a_day}):
        _dispute(a, b, theirs)
    elif len(our_reports) < len(their_reports) or dated == {b_day}:
        _dispute(b, a, ours)
    else:  # as many reports each way, and no dated day to choose by: both stay, each disputed
        _dispute(a, b, theirs, keep=True)
        _dispute(b, a, ours, keep=True)


def _dispute(home: Group, other: Group, moved: list[Told], *, keep: bool = False) -> None:
    """``moved`` sentences of ``other`` dispute ``home``'s entry: cited beside it; out of ``other`` unless
    ``keep``."""
    if not keep:
        other.told = [t for t in other.told if not any(t is m for m in moved)]
    home.other_year.extend(t for t in moved if t.span not in [o.span for o in home.other_year])


def _join_acts(groups: list[Group], common: frozenset[str]) -> list[Group]:
    """Groups where one act told on one day and at clock times of it ("launched Wednesday", "lifted off at 1:47
    a.m. Wednesday", "took off at 1:47 AM ET", "blasted off at 1:48 a.m.") is one entry, at the time more reports
    give it; see ``_join_act``."""
    days: dict[str, list[Group]] = {}
    for g in groups:
        days.setdefault(g.value.partition("T")[0], []).append(g)
    for day, members in days.items():
        whole = next((g for g in members if g.value == day), None)
        clocks = [g for g in members if g.clock]
        for act in sorted({t.act for g in clocks for t in g.told if t.act}):
            _join_act(act, whole, clocks, common)
    return [g for g in groups if g.told or g.other_year]


# two clock times this many minutes apart or more are not one act's (two launches of a day), as in
# ``storyline.compare.dates``
_CLOCK_APART = 60


def _join_act(act: str, whole: Group | None, clocks: list[Group], common: frozenset[str]) -> None:
    """Join the lines that tell ``act`` at clock times of one day, each stretch of times less than an hour apart on
    its own (``_join_clocks``): a day's first blast at 1 a.m. and its second told at 1:45 p.m. and at 2 p.m. are two
    acts, the second told at two times. The whole day's lines join the act's time only when the day tells it at
    one stretch of times."""
    sides = sorted(((g, told) for g in clocks if (told := _act_lines(g, act, common))), key=lambda s: s[0].clock)
    stretches: list[list[tuple[Group, list[Told]]]] = []
    for side in sides:
        if stretches and _minutes(side[0]) - _minutes(stretches[-1][0][0]) < _CLOCK_APART:
            stretches[-1].append(side)
        else:
            stretches.append([side])
    for stretch in stretches:
        _join_clocks(act, whole if len(stretches) == 1 else None, stretch, common)


def _minutes(g: Group) -> int:
    """The minute of the day of a clock time's entry ("13:45": 825)."""
    return int(g.clock[:2]) * 60 + int(g.clock[3:5])


def _join_clocks(act: str, whole: Group | None, sides: list[tuple[Group, list[Told]]], common: frozenset[str]) -> None:
    """Move the lines that tell ``act`` (``Told.act``, with the sentences their words joined to them) of one thing
    on the whole day ``whole`` and at the other clock times of it into the clock time more reports give it: the
    day's lines as its support (a report that tells the day only agrees with it), the other times' as disputing it
    (cited beside it: ``Group.other_year``), for a report that gives another time gives the act another time. A
    line of the act told of another thing (no name or two words shared: ``same_thing``) stays where it is. Nothing
    moves when a report gives two times (two acts, or a correction), or when the times lie an hour or more apart
    (two acts of one kind). When as many reports give each time, nothing tells which is right: both entries stay,
    each disputed by the other ("occurred about 1:45 p.m." and "ripped through the plant about 2 p.m." in two
    reports are one blast told at two times, not two blasts)."""
    if not sides:
        return
    home, home_told = max(sides, key=lambda s: len({t.span.article for t in s[1]}))
    sides = [(g, told) for g, told in sides if g is home or _of_one_thing(told, home_told)]
    reports = [{t.span.article for t in told} for _, told in sides]
    minutes = [_minutes(g) for g, _ in sides]
    if any(a & b for a, b in itertools.combinations(reports, 2)) or max(minutes) - min(minutes) >= _CLOCK_APART:
        return
    if [len(r) for r in reports].count(max(len(r) for r in reports)) > 1:
        for g, _told in sides:
            g.other_year.extend(t for o, told in sides if o is not g for t in told
                                if t.span not in [d.span for d in g.other_year])
        return
    for g, told in sides:
        g.told = [t for t in g.told if t.span not in {m.span for m in told}]
        if g is home:
            g.told = told + g.told
        else:
            home.other_year.extend(t for t in told if t.span not in [o.span for o in home.other_year])
    day_told = [t for line in _act_line_list(whole, act, common) if _of_one_thing(line, home_told)
                for t in line if _in_part(t.part, home.clock) and not many_acts(t.words)] if whole is not None else []
    if whole is not None and day_told:
        whole.told = [t for t in whole.told if t.span not in {m.span for m in day_told}]
        for t in day_told:
            home.add(t)
    # a sentence that tells the act in its main clause leads the entry ("ran aground on Tuesday morning"), not one
    # that gives its time in a clause ("the ship had two pilots aboard when the grounding happened around 7:45 am")
    home.told.sort(key=lambda t: not (t.act == act and t.act_main))


# the hours (from, to) of the day's parts a sentence may name ("Wednesday afternoon"); an evening runs into the night
_PART_HOURS = {"MO": (0, 12), "AF": (12, 18), "EV": (17, 29)}


def _in_part(part: str, clock: str) -> bool:
    """Whether a clock time ("01:00") lies in the part of the day a sentence names ("AF": "Another explosion
    Wednesday afternoon"); a sentence that names none may tell any time of its day. An afternoon blast told on
    the day is not the one at 1 a.m., however many words the two sentences share."""
    hours = _PART_HOURS.get(part)
    if hours is None or not clock[:2].isdigit():
        return True
    hour = int(clock[:2])
    return hours[0] <= hour < hours[1] or hours[0] <= hour + 24 < hours[1]


def _of_one_thing(told: list[Told], others: list[Told]) -> bool:
    """Whether sentences of ``act`` in ``told`` and in ``others`` tell it of one thing (``same_thing``)."""
    return any(same_thing(t, o) for t in told for o in others if t.act and o.act)


def _act_lines(g: Group, act: str, common: frozenset[str]) -> list[Told]:
    """The sentences of ``g``'s lines (``event_lines``) that tell ``act``, each marked as telling it (a sentence its
    line's words joined to the act tells it too)."""
    return [t for line in _act_line_list(g, act, common) for t in line]


def _act_line_list(g: Group, act: str, common: frozenset[str]) -> list[list[Told]]:
    """``g``'s lines that tell ``act``, as ``_act_lines`` marks them, line by line."""
    lines = [line for line in event_lines(g.told, common) if any(t.act == act for t in line)]
    return [[replace(t, act=act) if t.act != act else t for t in line] for line in lines]


# how many days apart two days may lie and still date the start of one thing told twice: within a week, as the
# weekdays of one week's news lie
_START_APART = 7


def _dispute_starts(groups: list[Group]) -> list[Group]:
    """Groups where the start of one thing dated on two days ("before the strike began on Sunday" / "The strike
    started on Tuesday": ``Told.starts``) is disputed both ways: each entry cites the other's sentence beside it
    (``Group.other_year``); both stay, for which day is right is not told. Only whole days, weekdays of no known
    week or days of one week; a report may dispute itself (a thing starts once)."""
    whole = [g for g in groups if not g.clock and (WEEKDAY_VALUE.match(g.value) or DATED_DAY.match(g.value)
                                                   or (YEARLESS.match(g.value) and len(g.value) == 10))]
    for a, b in itertools.combinations(whole, 2):
        if bool(WEEKDAY_VALUE.match(a.value)) != bool(WEEKDAY_VALUE.match(b.value)):
            continue
        if not WEEKDAY_VALUE.match(a.value) and abs((a.first - b.first).days) > _START_APART:
            continue
        ours = [s for s in a.told if s.starts and any(t.starts == s.starts for t in b.told)]
        theirs = [t for t in b.told if t.starts and any(s.starts == t.starts for s in a.told)]
        if ours and theirs:
            _dispute(a, b, theirs, keep=True)
            _dispute(b, a, ours, keep=True)
    return groups


# how many days apart two deadlines of one thing may lie and be one deadline told two ways (a contract extended
# "until January 12" / "until Jan. 15"); further apart they may be two deadlines
_END_APART = 31


def _dispute_ends(groups: list[Group]) -> list[Group]:
    """Groups where what one report says lasts until one day and another report until another day, a few days
    apart ("renew their employment contract ... until January 12" / "extend the master contract until Jan. 15":
    ``Told.ends``, sharing a word, the story's own words too: "contract" is the story's, and the deadline's),
    dispute each other both ways, each
    entry citing the other's sentence beside it; the entry more reports give is not moved, for which day is
    right is not told. Not when a report tells both days (a first and a later deadline)."""
    days = [g for g in groups if not g.clock and (DATED_DAY.match(g.value) or YEARLESS_DAY_VALUE.match(g.value))]
    for a, b in itertools.combinations(days, 2):
        apart = _days_apart(a.value, b.value)
        if apart is None or not 0 < apart <= _END_APART:
            continue
        ours = [s for s in a.told if any(_one_end(s, t) for t in b.told)]
        theirs = [t for t in b.told if any(_one_end(s, t) for s in a.told)]
        if not ours or not theirs or {s.span.article for s in a.told} & {t.span.article for t in b.told}:
            continue
        _dispute(a, b, theirs, keep=True)
        _dispute(b, a, ours, keep=True)
    return groups


def _one_end(s: Told, t: Told) -> bool:
    """Whether two sentences of two reports say one thing lasts until their dates: words of what lasts shared."""
    return s.span.article != t.span.article and bool(s.ends & t.ends)


# a day of an unknown year: "XXXX-01-12"
YEARLESS_DAY_VALUE = re.compile(r"^XXXX-\d{2}-\d{2}$")


def _days_apart(a: str, b: str) -> int | None:
    """How many days apart two days lie, a year-less one taken in the other's year ("XXXX-01-12" and
    "2025-01-15": 3); None when neither has a year or a day is no day."""
    year = a[:4] if a[:4].isdigit() else b[:4]
    if not year.isdigit():
        return None
    try:
        return abs((date.fromisoformat(year + b[4:10]) - date.fromisoformat(year + a[4:10])).days)
    except ValueError:
        return None


def merge_groups(
    groups: list[Group], common: frozenset[str] = frozenset(), dated: frozenset[int] = frozenset()
) -> list[Group]:
    """The groups of a story with the entries of one event merged (see the module docstring): the dates told a
    year apart settled first, then one act told on two neighbouring days, then the year-less days joined to their
    dated entry, then the weekdays of no known week to the dated day of their event, then the coarser dates, then
    one act told on a day and at times of it; last, the start or the end of one thing told on two days is
    disputed. ``common``: the story's words told on many of its days; ``dated``: the weekdays (1 Monday) of its
    reports' days whose year is settled."""
    merged = _merge_coarse(_join_weekdays(_join_year_less(_settle_neighbours(_settle_years(groups), common, dated))))
    return _dispute_ends(_dispute_starts(_join_acts(merged, common)))
