"""Which date expressions file no sentence in a timeline, though their values are calendar dates.

Left out are dates that tell no event of their sentence: a publication stamp ("Published: June 13, 2013 4:59
PM EDT"), a birth told in passing ("born in the Bronx in 1928"), years that modify a noun ("the 2020
presidential election": the year of the election, not of what the sentence tells), years a thing is measured
against ("the deadliest since 2015", "stronger than the storm that hit in 1997", "second-highest, behind
Hurricane Marla in 2015"), a clock time a clause of what may happen waits for, a day a stretch runs into, and a
quarter that tells no act of its own, a day or a time of a recurring schedule ("call 8 AM to 5 PM EST Monday
through Friday": a SET, not a day), and a day a condition hangs on ("was coming for them on Wednesday if we
didn't get a deal"), and the first of two days told as one stretch ("a session Tuesday and Wednesday"), a
day the sentence tells what led up to when another of its dates dates that ("after rallies in February, in
preparation for Saturday's protest"), and a year a statistic's rank is measured in ("the fifth-leading cause of
death in 2021") (``files_no_sentence``). A scheduled time the sentence says was not kept ("scheduled to begin
at 4 p.m., it began hours earlier") files its sentence under its day, not at that time (``schedule_broken``).
Dates inside page furniture (a caption's "June 29, 2022" dates the photo, not the story) are left out by
``storyline.brief.timeline``, which knows the furniture.

A sentence is filed once under the clock times of one day it tells, at the first ("observed five eruptions from
midnight to 8 am local time (0100 GMT)": T00:00, not also T01:00 and T08:00: ``another_clock``), and not again
under a day it counts from a day it names ("arrested on Thursday over a shipwreck a day earlier": Thursday
only: ``COUNTED``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.brief.timeline_prospects import told_as_prospect
from storyline.brief.timeline_values import CLOCK, period, value_of
from storyline.calendar_words import month_openings
from storyline.extract.timex_rules import modifies_noun
from storyline.extract.timex_tense import tense_direction
from storyline.model import Span, TimeExpr

# what a publication stamp holds besides its date: clock times, weekdays, zones, "Published", "Updated"
_STAMP_NOISE = re.compile(
    r"(?i:\b(?:first\s+|last\s+)?(?:published|posted|updated|modified|created|filed|date|on|at|by)\b"
    r"|(?<![A-Za-z])[ap]\.?m\b\.?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b)"
    r"|(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])|[\W\d_]+"
)
# "born in the Bronx in 1928": a life's start told in passing, no event of the story
_BORN = re.compile(r"(?i:\bborn\b[^.;]{0,40})$")


def _stamp_only(text: str, sent: Span, timexes: Sequence[TimeExpr]) -> bool:
    """True when the sentence is a stamp ("Published: June 13, 2013 4:59 PM EDT", "(Tue, 16 Aug 2011)").

    A stamp dates the page, and says nothing that happened on its day.
    """
    inner = sorted((t.span.start, t.span.end) for t in timexes if sent.start <= t.span.start and t.span.end <= sent.end)
    rest, pos = [], sent.start
    for start, end in inner:
        rest.append(text[pos:start])
        pos = max(pos, end)
    rest.append(text[pos : sent.end])
    return not re.search(r"[A-Za-z]{2,}", _STAMP_NOISE.sub(" ", " ".join(rest)))


def _born(text: str, sent: Span, span: Span) -> bool:
    return _BORN.search(text, sent.start, span.start) is not None


# a superlative or a first measured against a past date: "the deadliest since 2015", "the first time since 2019"
_BENCHMARK = re.compile(r"\b(?:\w{3,}est|first|most|highest|lowest|worst|best)\b[^.;:]{0,60}\bsince\s+$", re.I)
# a year the thing is compared with: "stronger than the storm that hit the port in 1997", "the second-highest
# rate, behind Hurricane Marla off the coast in 2015", "more floods struck the valley this year than from 2011
# to 2013 combined" (words between "more" and "than"; "more than 40 died in 2019" tells an event)
_COMPARED = re.compile(
    r"\b(?:\w{3,}er\s+than|(?:more|less|fewer)\s+\w+(?:\s+[^\s.;:]+){0,12}?\s+than|"
    r"(?:\w{3,}est|highest|lowest|worst|best)\b[^.;:]{0,60}"
    r"\bbehind)\b[^.;:]{0,80}$",
    re.I,
)


def _benchmark(text: str, sent: Span, span: Span, value: str) -> bool:
    """A date a superlative is measured from ("the quake is the deadliest since 2015") tells no event of its
    sentence: the sentence is today's news, the date its yardstick. So does a year a comparison reaches back
    to ("stronger than the storm that hit in 1997"); a day compared with ("more than on Tuesday") stays."""
    if _BENCHMARK.search(text, sent.start, span.start) is not None:
        return True
    return len(value) == 4 and _COMPARED.search(text, sent.start, span.start) is not None


_UNTIL = re.compile(r"\b(?:until|till)\s+(?:about\s+|around\s+)?$", re.I)
_MAYBE = re.compile(r"\b(?:may|might|could|would)\b", re.I)


def _maybe_until(text: str, sent: Span, span: Span, value: str) -> bool:
    """ "the jury may return the next morning and not deliberate until 8 p.m. that night": a clock time a
    clause of what may happen waits for is no time anything happened at."""
    return (
        "T" in value
        and _UNTIL.search(text, max(sent.start, span.start - 20), span.start) is not None
        and _MAYBE.search(text, sent.start, span.start) is not None
    )


# the end of a stretch of time: "without power overnight and into Friday", "open from Monday through Wednesday"
_STRETCH_END = re.compile(r"\b(?:into|through)\s+(?:the\s+)?(?:early\s+|late\s+)?$", re.I)


# a future the stretch is told in: "will retain its strength ... through Thursday"
_FORECAST_WILL = re.compile(r"(?i:\b(?:will|is\s+expected\s+to|are\s+expected\s+to|is\s+forecast\s+to)\b)")


# an act that sets a stretch of time ("declared a period of mourning", "imposed a curfew", "extended the ban")
_SETS_PERIOD = re.compile(
    r"(?i:\b(?:declare[ds]?|order(?:ed|s)?|announce[ds]?|impose[ds]?|extend(?:ed|s)?|proclaim(?:ed|s)?)\b[^.;,]{0,60}$)"
)


def _stretch_end(text: str, sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr]) -> bool:
    """ "the glitch on Thursday that left hospitals without computers overnight and into Friday": a day a
    stretch runs into, after the day the sentence's event is told on, files no entry of its own; the sentence
    is that first day's news, and shown twice it would tell nothing more. So is the end of a length of time
    the sentence dates by another day: "will report earnings for the three months through December 30 in early
    February" is February's news, not a second entry on December 30 (which, year-less, would sort after it).
    A stretch still to come ends in no event at all: "will retain its strength as it tracks across the state
    through Thursday morning" is a forecast's horizon, nothing that happens on Thursday. A day a stretch runs
    through is never the act's: "Yoon declared a period of national mourning through Saturday" told on a Sunday
    ends the mourning on the Saturday after; filed there, or on the Saturday before, the declaration would be
    misdated."""
    through = _STRETCH_END.search(text, max(sent.start, tx.span.start - 20), tx.span.start)
    if through is None:
        return False
    if _FORECAST_WILL.search(text, sent.start, through.start()) is not None:
        return True
    inside = [t for t in timexes if t is not tx and t.value and sent.start <= t.span.start and t.span.end <= sent.end]
    if any(t.type in ("DATE", "TIME") and t.span.end <= tx.span.start for t in inside):
        return True
    length = any(t.type == "DURATION" and 0 <= through.start() - t.span.end <= 1 for t in inside)
    if not length and through.group(0).lower().startswith("through"):
        # "declared a period of national mourning through Saturday": the end of the period set, not the act's day
        return _SETS_PERIOD.search(text, max(sent.start, through.start() - 80), through.start()) is not None
    return length and any(t.type in ("DATE", "TIME") for t in inside)


# a day counted from another the text names ("a day earlier", "two days later"): in a sentence already filed under
# the day it counts from ("were arrested on Thursday over a shipwreck a day earlier"), no second entry
COUNTED = re.compile(r"(?i:\b(?:earlier|later)$)")


def another_clock(value: str, sent: Span, clocked: set[tuple[int, str]]) -> bool:
    """Whether ``value`` is a clock time on a day its sentence was already filed under at another clock time (and
    notes it when not): one sentence is one entry at the first time it tells. "observed five eruptions from
    midnight to 8 am local time (0100 GMT)" is the stretch from midnight, not three entries at T00:00, T01:00
    (8 am, told again in GMT) and T08:00."""
    clock = CLOCK.match(value)
    if clock is None:
        return False
    key = (sent.start, clock.group(1).partition("T")[0])
    if key in clocked:
        return True
    clocked.add(key)
    return False


def _modifier_year(text: str, tx: TimeExpr) -> bool:
    """True when ``tx`` is a bare year that modifies a noun ("the 2020 presidential election", "Trump’s 2020
    defeat"): it dates the thing the noun names, not the event its sentence tells of, so it files no
    sentence ("Fox agreed Tuesday to pay ... over claims about the 2020 election" is Tuesday's news, not
    2020's)."""
    return (
        tx.text.isdigit()
        and len(tx.text) == 4
        and modifies_noun(text, tx.span.start, tx.span.end)
        and _MADE_THEN.match(text, tx.span.end) is None
    )


# a noun a year modifies told as made in that year: "a 2020 lawsuit – the U.S. v. Orsk – filed against Orsk by the
# state": the year dates the filing, an act the sentence tells (past its noun, a few words, an aside in dashes or
# commas)
_MADE_THEN = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?:\s*[–—,]\s*[^–—;]{1,80}?\s*[–—,])?\s+(?:that\s+was\s+|which\s+was\s+)?"
    r"(?:filed|brought|lodged|launched)\s+(?:against|by|in|with|on)\b"
)


# a quarter's value ("2024-Q3"), and a quarter written as a noun's modifier: "third-quarter profit", "Q3 earnings"
_QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
_QUARTER_MODIFIER = re.compile(r"(?i:-quarter|\bQ[1-4])$")


def _quarter_without_act(text: str, tx: TimeExpr, value: str) -> bool:
    """Whether a quarter ("the last quarter", ``2024-Q3``) tells no act of its sentence: it files the sentence only
    when a verb with a tense governs it ("reported profits of $17 billion for the last quarter", "will report
    earnings next quarter"), the act done in or for that quarter. A quarter that modifies a noun ("third-quarter
    profit rose", as "the 2020 election") dates the figure, not what the sentence tells of it; a quarter no tense
    reaches (a headline's "Orvane profits in the third quarter") tells no act at all. A month or a year files
    its sentence without this test: a quarter is mostly a reporting period, named beside figures."""
    if _QUARTER_VALUE.match(value) is None:
        return False
    if _QUARTER_MODIFIER.search(tx.text) and re.match(r"\s+[A-Za-z]", text[tx.span.end : tx.span.end + 2]):
        return True
    return tense_direction(text, tx.span.start, tx.span.end) == 0


_DAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
_CLOCK_NAME = r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\b\.?|noon|midnight)"
# opening hours: a range of weekdays and a range of clock times told together, in either order ("8 AM to 5 PM EST
# Monday through Friday", "Monday-Friday, 9 a.m.-6 p.m.", "weekdays from 8 am to 5 pm")
_HOURS = re.compile(
    rf"(?i:(?:{_DAY_NAME}\s*(?:through|thru|to|-|–)\s*{_DAY_NAME}|weekdays)"
    rf"[^.;]{{0,30}}?{_CLOCK_NAME}\s*(?:to|until|-|–)\s*{_CLOCK_NAME}"
    rf"|{_CLOCK_NAME}\s*(?:to|until|-|–)\s*{_CLOCK_NAME}(?:\s+[A-Z]{{2,4}}\b)?[^.;]{{0,12}}?"
    rf"(?:{_DAY_NAME}\s*(?:through|thru|to|-|–)\s*{_DAY_NAME}|weekdays))"
)


def _schedule(text: str, sent: Span, tx: TimeExpr) -> bool:
    """Whether ``tx`` stands in opening hours ("call 8 AM to 5 PM EST Monday through Friday"): a range of weekdays
    and of clock times told together recur every week, a SET; no day of it is a day anything happened on."""
    return any(m.start() <= tx.span.start and tx.span.end <= m.end()
               for m in _HOURS.finditer(text, sent.start, sent.end))


# a condition right after the date: "Ford knew what was coming for them on Wednesday if we didn't get a deal"
_CONDITION = re.compile(r"\s*,?\s*(?:if|unless)\b", re.I)
# a date inside the condition, in its clause: "... coming to them if we didn't reach an agreement by Wednesday"
_IN_CONDITION = re.compile(r"\b(?:if|unless)\b[^,.;:!?“”\"]*$", re.I)


def _conditional(text: str, sent: Span, tx: TimeExpr) -> bool:
    """Whether a condition hangs on the date ("... coming for them on Wednesday if we didn't get a deal"): what
    would have happened on it, had the condition held, is no event of that day; nor is a day the condition itself
    names ("if we didn't reach an agreement by Wednesday")."""
    return (_CONDITION.match(text, tx.span.end) is not None
            or _IN_CONDITION.search(text, max(sent.start, tx.span.start - 80), tx.span.start) is not None)


# what joins two days told as one stretch: "an all-night bargaining session Tuesday and Wednesday" (not "through":
# a day a stretch runs through files nothing already, ``_stretch_end``, and its sentence goes under the first), or
# the two parts of one count ("recovered three more bodies late on Sunday and another two on Monday")
_PAIR = re.compile(r"\s+and\s+(?:(?:another\s+[\w-]+|[\w-]+\s+more)\s+)?(?:on\s+)?")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")


def _pair_start(text: str, tx: TimeExpr, timexes: Sequence[TimeExpr]) -> bool:
    """Whether ``tx`` opens a pair of days told as one stretch ("a bargaining session Tuesday and Wednesday, a
    tentative agreement was announced just after 8 p.m."): the sentence files under the later day only, where the
    stretch ends and what its main clause tells happened; filed under the first too, it would date that twice."""
    joint = _PAIR.match(text, tx.span.end)
    if joint is None:
        return False
    nxt = next((t for t in timexes if t.span.start == joint.end()), None)
    if nxt is None:
        return False
    first, second = _WEEKDAY.match(tx.value or ""), _WEEKDAY.match(nxt.value or "")
    if first is not None and second is not None:
        return int(second.group(1)) == int(first.group(1)) % 7 + 1  # Sunday (7) and Monday (1) too
    a, b = period(tx.value or ""), period(nxt.value or "")
    return a is not None and b is not None and a[0] == a[1] and b[0] == b[1] and (b[0] - a[0]).days == 1


# a time a thing was scheduled for ("was scheduled to begin in front of parliament at"), and, after it in the
# sentence, that it began at another ("it began hours earlier", "started two hours late", "kicked off ahead of
# schedule")
_SCHEDULED_FOR = re.compile(
    r"(?i:\b(?:scheduled|set|due|planned|slated|supposed)\s+to\s+(?:begin|start|open|kick\s+off|take\s+place|"
    r"get\s+under\s*way)\b[^.;:!?]{0,100}$)"
)
_BEGAN_OTHERWISE = re.compile(
    r"(?i:\b(?:began|started|opened|kicked\s+off|got\s+under\s*way|took\s+place)\s+(?:\w+\s+){0,2}?"
    r"(?:earlier|later|early|late|ahead\s+of\s+schedule|behind\s+schedule)\b)"
)


def schedule_broken(text: str, sent: Span, tx: TimeExpr, value: str) -> bool:
    """ "Even though the protest was scheduled to begin at 4 p.m., it began hours earlier": a clock time told as
    the one planned, and in the same sentence as not the one it began at, is no time anything happened at; the
    sentence files under its day (``storyline.brief.timeline``), which the sentence does not dispute."""
    return (CLOCK.match(value) is not None and _SCHEDULED_FOR.search(text, sent.start, tx.span.start) is not None
            and _BEGAN_OTHERWISE.search(text, tx.span.end, sent.end) is not None)


# a clock time set before a noun as its modifier, after a determiner: "a 10 p.m. curfew", "the 5 p.m. deadline",
# "its 9 a.m. opening"; not a clock time told after a preposition ("at 10 p.m."), nor before a word that carries
# on the time itself ("the 10 p.m. local time", "a 10 p.m. or later start")
_CLOCK_DETERMINER = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very)|['’]s)\s+$"
)
_CLOCK_NOUN_AFTER = re.compile(
    r"\s+(?!(?:local|or|and|to|on|in|at|until|till|sharp|today|tonight|when|as|after|before|while|with)\b)[a-z]"
)


def clock_of_a_thing(text: str, tx: TimeExpr, value: str) -> bool:
    """ "prompting a 10 p.m. curfew", "said a 10 p.m. curfew order remains in effect": a clock time that modifies
    the noun after it names when that thing starts or falls due, not when the sentence's event happened; the
    sentence files under its day (``storyline.brief.timeline``), not at the clock time. The day is kept: the
    sentence is told of it (a curfew imposed on Wednesday)."""
    return (tx.type == "TIME" and CLOCK.match(value) is not None and tx.text[:1].isdigit()
            and _CLOCK_DETERMINER.search(text, max(0, tx.span.start - 30), tx.span.start) is not None
            and _CLOCK_NOUN_AFTER.match(text, tx.span.end) is not None)


# a day an event is to come on, that the sentence tells what led up to: "in preparation for Saturday's protest",
# "ahead of Sunday's vote", "in the run-up to Friday's summit"
_LEADING_UP = re.compile(
    r"(?i:\b(?:ahead\s+of|in\s+preparation\s+for|preparing\s+for|in\s+the\s+run[\s-]up\s+to|leading\s+up\s+to)"
    r"\s+(?:the\s+)?$)"
)


def _leading_up(text: str, sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr]) -> bool:
    """ "After big gatherings in February, students met in Orsk in preparation for Saturday's protest": a day the
    sentence tells what was done ahead of is not the day of what it tells, when another date of the sentence dates
    that (February): filed under both it would be told twice, once on a day it did not happen on."""
    if _LEADING_UP.search(text, max(sent.start, tx.span.start - 40), tx.span.start) is None:
        return False
    return any(t is not tx and t.type in ("DATE", "TIME") and t.value and sent.start <= t.span.start
               and t.span.end <= sent.end and period(value_of(t)) is not None for t in timexes)


# a state that still holds after a day's event: "were still fighting for their lives following Sunday's fire"
_STILL_AFTER = re.compile(r"(?i:\bstill\b[^.;:!?]{0,80}\b(?:following|after|since)\s+(?:the\s+)?$)")


def _still_after(text: str, sent: Span, tx: TimeExpr) -> bool:
    """ "More than a dozen people were still fighting for their lives following Sunday's fire": a day whose event
    the sentence tells a state after, that still holds when told, is not the day of what the sentence tells (the
    report's day is, which it does not name): filed under it, a later state would read as that day's news."""
    possessive = text[tx.span.end : tx.span.end + 2] in ("'s", "’s")
    return possessive and _STILL_AFTER.search(text, max(sent.start, tx.span.start - 120), tx.span.start) is not None


# a rank a figure holds in a year: "the fifth-leading cause of death for adults over 65 in 2021", "the
# third-largest lender in 2022"; a statistic's year, not an event's
_RANKED_IN = re.compile(
    r"(?i:\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[\s-]+"
    r"(?:leading|largest|biggest|most|highest|lowest|deadliest|common|ranked)|leading\s+cause)\b[^.;:!?,]{0,80}"
    r"\bin\s+$)"
)


def _ranked_year(text: str, sent: Span, tx: TimeExpr, value: str) -> bool:
    """ "Nearly 7 million people have the disease, the fifth-leading cause of death in 2021": a year a rank is
    measured in dates a statistic, no event of the sentence."""
    return len(value) == 4 and _RANKED_IN.search(text, max(sent.start, tx.span.start - 120), tx.span.start) is not None


# the first or last of a year's run of things: "on the final parliament sitting day for 2024", "the last full sitting
# of 2024"
_LAST_OF = re.compile(r"(?i:\b(?:final|last|first|opening|closing)\b[^.;:!?,]{0,60}\b(?:for|of)\s+(?:the\s+year\s+)?$)")


def _year_of_a_run(text: str, sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr], value: str) -> bool:
    """ "The bill passed the Senate on Thursday, the final sitting day for 2031": the year says which year's
    sittings the day ends, and the sentence's day is its date; filed under the year too, the day's news would stand
    again as the year's background."""
    if len(value) != 4 or _LAST_OF.search(text, max(sent.start, tx.span.start - 100), tx.span.start) is None:
        return False
    return any(t is not tx and t.type in ("DATE", "TIME") and sent.start <= t.span.start < sent.end
               and len(value_of(t)) > 4 for t in timexes)


# a link that opens a phrase of another thing than the sentence's act: "announced her resignation on Tuesday, after
# the attacks on the port on Oct. 7", "testified on May 5 about unrest following the outbreak of the strike in March"
_OTHER_THING = re.compile(r"(?i:\b(?:after|following|since|amid|over)\b)")
# what ends the phrase a link opens before a date, or starts another clause between the act's date and the link
_PHRASE_END = re.compile(r"[,;:!?()\u2014\u2013]")
_CLAUSE_START = re.compile(r"(?i:[;:!?]|\b(?:and|but|while|whereas)\b)")
# a date the calendar writes (a number, a weekday, a month, "today"), not a holiday's name
_CALENDAR = re.compile(r"\d|(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day\b|\btonight\b|\b"
                       + month_openings() + r")")
# a date told as the day of a saying: "said Tuesday", "told reporters on Tuesday": no act of its own
_SAID_ON = re.compile(r"(?i:\b(?:said|says|told\s+\w+|announced|confirmed|reported|added|wrote|stated)\s+(?:on\s+)?$)")


def _of_another_thing(text: str, sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr]) -> bool:
    """ "Gay announced her resignation on Tuesday, after ... her response to antisemitism after the attacks on Israel
    on Oct. 7": a date in a phrase that a link ("after", "following", "since", "amid", "over") opens after the
    sentence's act and its own date dates the other thing that phrase names (the attacks), not the act: filed under
    it, the sentence would read as that day's news (a resignation on 7 October). The act's date must come earlier
    in the same clause, not be a saying's day ("said Tuesday"), and no comma or clause start may stand between the
    link and this date."""
    if tx.type not in ("DATE", "TIME"):
        return False
    own = value_of(tx)
    for t in timexes:
        if t is tx or t.type not in ("DATE", "TIME") or not t.value or not sent.start <= t.span.start:
            continue
        if t.span.end > tx.span.start or value_of(t) in (own, None):
            continue
        if _SAID_ON.search(text, max(sent.start, t.span.start - 30), t.span.start) or not _CALENDAR.search(t.text):
            continue  # a saying's day; a holiday's name ("the first big Halloween celebration") dates no act
        link = _OTHER_THING.search(text, t.span.end, tx.span.start)
        if link is None or _CLAUSE_START.search(text, t.span.end, link.start()):
            continue
        if _PHRASE_END.search(text, link.end(), tx.span.start) is None:
            return True
    return False


# a running count as of a day: "recording 5,084 cases and 12 deaths as of Sunday", "a tally of 40 as of Friday"
_AS_OF = re.compile(r"(?i:\bas\s+of\s+$)")
_COUNT_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s\b[^.;:!?]{0,60}$")
# the words of a tally kept: a count recorded, not one of people who did a thing ("300 residents had declined to
# leave as of Sunday morning" tells what they did that day)
_TALLY = re.compile(r"(?i:\b(?:record(?:ed|ing|s)?|register(?:ed|ing|s)?|tall(?:y|ied|ies)|total(?:led|ing|s)?|"
                    r"cumulative)\b)")
# a count told as a change: "the toll rose to 96 as of Monday": the change is the day's news
_CHANGED = re.compile(r"(?i:\b(?:rose|risen|rising|climbed|jumped|increased|doubled|reached|fell|dropped)\b)")


def _running_count(text: str, sent: Span, tx: TimeExpr) -> bool:
    """ "Nampula is the worst-hit region, recording 5,084 cases and 12 deaths as of Sunday": a count that has run
    up to a day tells where a tally stood then, no event of the day (a sentence of background, not the day's news);
    a count told as changing ("the toll rose to 96 as of Monday") is news of its day."""
    start = max(sent.start, tx.span.start - 120)
    if _AS_OF.search(text, start, tx.span.start) is None:
        return False
    before = text[start : tx.span.start]
    return bool(_COUNT_BEFORE.search(before) and _TALLY.search(before)) and not _CHANGED.search(before)


def _inside_quote(text: str, sent: Span) -> bool:
    """Whether the sentence starts inside a quotation opened by an earlier sentence of its paragraph ('"I express my
    condolences ... I would like to designate a period of national mourning from Sunday ... accident."'): a tail
    of a speaker's words, shown alone, is a fragment with a stray quotation mark, no event told in plain words."""
    before = text[text.rfind("\n", 0, sent.start) + 1 : sent.start]
    if before.count("\u201c") > before.count("\u201d"):
        return True
    return before.count('"') % 2 == 1


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether offset ``at`` lies inside a quotation opened after ``start``."""
    before = text[start:at]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _quoted_beside_said_day(text: str, sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr]) -> bool:
    """ '"Today we have had a magical day," the president told the media earlier on Friday': a day inside the quote is
    the speaker's, read from a report of the next day it would file the line a second time, a day off; the day the
    sentence gives its saying, outside the quote, is the line's."""
    if not _quoted(text, sent.start, tx.span.start):
        return False
    return any(
        t is not tx and t.type in ("DATE", "TIME") and t.value and sent.start <= t.span.start < sent.end
        and not _quoted(text, sent.start, t.span.start)
        for t in timexes
    )


# a time of day just before an opening parenthesis: "around midday (", "at 0:30am Saturday (", "12:30 local time ("
_TIME_BEFORE_GLOSS = re.compile(
    r"(?i:(?:\b(?:midday|noon|midnight|local\s+time|morning|afternoon|evening|night|[a-z]+day)|\d\s*(?:a\.?m\.?|p\.?m\.?)"
    r"|\d[:.]\d\d)\s*\(\s*$)"
)


def _clock_gloss(text: str, sent: Span, tx: TimeExpr) -> bool:
    """ "The first reports of an outage began around midday (10:00 GMT) on Monday": a clock time in parentheses
    after a time of day is that moment told in another zone, not a second event two hours off; the time the
    sentence tells in its own words files it."""
    if tx.type != "TIME":
        return False
    return _TIME_BEFORE_GLOSS.search(text, max(sent.start, tx.span.start - 40), tx.span.start) is not None


# a subject that a participle's phrase tells of before the sentence's verb: "A state of emergency declared in Velm
# before" (no finite verb yet); that verb after the date: "was lifted", "has been eased"
_SUBJECT_PARTICIPLE = re.compile(r"(?i:^[^,;:!?\"“”]*\b\w+(?:ed|en|un|wn)\b[^,;:!?\"“”]*$)")
_FINITE = re.compile(r"(?i:\b(?:was|were|is|are|has|have|had|will|would)\b)")
_VERB_AFTER = re.compile(
    r"(?i:^[^,;:!?]{0,30}?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+\w+(?:ed|en|wn)\b)"
)


def _subject_participle_day(text: str, sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr]) -> bool:
    """ "A state of emergency declared in Velm before Monday midnight was lifted on Tuesday afternoon": a day in a
    participle's phrase on the sentence's subject dates what the subject was (declared), not what the sentence
    tells of it (lifted), which its verb's own later date dates: filed under both, one line would stand under two
    days, once as news of a day it only recalls."""
    before = text[sent.start : tx.span.start]
    if _SUBJECT_PARTICIPLE.search(before) is None or _FINITE.search(before) is not None:
        return False
    verb = _VERB_AFTER.search(text[tx.span.end : sent.end])
    if verb is None:
        return False
    after = tx.span.end + verb.end()
    return any(t is not tx and t.type in ("DATE", "TIME") and t.value and after <= t.span.start
               and t.span.end <= sent.end and value_of(t) != value_of(tx) for t in timexes)


# a distance back from the report's day: "18 months ago", "about two years ago", "decades ago"
_AGO = re.compile(r"(?i:^(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over|just)\s+)?"
                  r"(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|decades?)\s+ago)$")
# a noun a preposition governs with a past participle on it, right before the distance: "on legislation announced",
# "over a deal struck", "under a law passed"
_NOUN_PARTICIPLE = re.compile(
    r"(?i:\b(?:on|of|over|for|about|against|under|with|from|into|to|in|by)\s+(?:[\w’'-]+\s+){0,4}?"
    r"[\w’'-]+\s+(?:\w+(?:ed|en|wn)|struck|made|held|set|put|brought|sought|won|lost|built|paid|laid|"
    r"met|sold|bought|begun)\s+)\Z"
)


def _modifier_ago(text: str, sent: Span, tx: TimeExpr) -> bool:
    """ "Justices upheld an earlier judgment on legislation announced 18 months ago": a vague distance back after a
    participle on a preposition's noun dates that noun (the legislation), not the sentence's act (the ruling),
    and rounds besides: filed, the day's ruling would stand as news of a month a year and a half before."""
    if _AGO.match(tx.text.strip()) is None:
        return False
    found = _NOUN_PARTICIPLE.search(text, max(sent.start, tx.span.start - 120), tx.span.start)
    # the preposition's phrase follows the sentence's own verb ("upheld ... on legislation announced"), not opens its
    # subject ("Talks with Ostrava started two years ago": the talks' start is the act told)
    return found is not None and _VERB_BEFORE.search(text, sent.start, found.start()) is not None


# a verb with a tense before a phrase: "upheld", "has ruled", "said"
_VERB_BEFORE = re.compile(
    r"(?i:\b(?:\w{3,}ed|\w*(?:held|told|found|made|took|gave|struck)|was|were|is|are|has|have|had|will|would|said|"
    r"says|won|lost)\b)"
)


# a relative clause on a noun, opened by a comma: ", who was sacked on Monday", ", which opened Tuesday"
_RELATIVE_OPEN = re.compile(r"[,(—–]\s*(?:who|which|whose|whom)\b[^,;:!?()—–\"“”]*\Z")
# a main clause told as to come or as a guess: "The defeat will further frustrate ...", "could inflame"
_TO_COME = re.compile(r"(?i:\b(?:will|would|could|may|might|is\s+set\s+to|is\s+likely\s+to)\s+(?:\w+\s+)?\w+)")


def _relative_day_of_a_prospect(text: str, sent: Span, tx: TimeExpr) -> bool:
    """ "The defeat will further frustrate his plans and inflame the row with Ms Dallow, who was sacked on Monday": a
    day in a relative clause dates what the clause tells of its noun (the sacking), not the sentence, whose own
    news is a prospect: filed under Monday, a forecast would stand as that day's event, and the line is not
    the clause."""
    opened = _RELATIVE_OPEN.search(text, sent.start, tx.span.start)
    return opened is not None and _TO_COME.search(text, sent.start, opened.start()) is not None


def files_no_sentence(text: str, sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr], value: str) -> bool:
    """Whether the date ``tx`` (filed under ``value``) tells no event of its sentence ``sent``, so files none:
    a stamp, a birth told in passing, a year that modifies a noun or that a thing is measured against, a clock
    time a clause of what may happen waits for, a day a stretch runs into, a quarter that tells no act, a day of
    opening hours, a day a condition hangs on, the first of a pair of days, a date told as a prospect (a deadline
    year, a forecast's year, a day a thing might come as early as: ``timeline_prospects``), a day the sentence
    tells what led up to (dated by another of its dates), a day whose event a state still holding follows, a year a
    rank is measured in, a date of another thing than the act a date before it in its clause gives
    (``_of_another_thing``), a day a running count is told as of, a sentence that starts inside a quotation opened
    before it, a day inside a quote beside the day of its saying, a clock time in parentheses that glosses a time
    of day in another zone, a day in a participle's phrase on the subject beside its verb's own later date, a
    distance back ("18 months ago") on a participle of a preposition's noun, a day in a relative clause of a
    sentence told as a prospect, a year whose run of things the sentence's day ends ("the final sitting day for
    2031"). Does not look at page furniture."""
    return (
        _stamp_only(text, sent, timexes)
        or _born(text, sent, tx.span)
        or _modifier_year(text, tx)
        or _benchmark(text, sent, tx.span, value)
        or _maybe_until(text, sent, tx.span, value)
        or _stretch_end(text, sent, tx, timexes)
        or _quarter_without_act(text, tx, value)
        or _schedule(text, sent, tx)
        or _conditional(text, sent, tx)
        or _pair_start(text, tx, timexes)
        or told_as_prospect(text, sent, tx, value)
        or _leading_up(text, sent, tx, timexes)
        or _still_after(text, sent, tx)
        or _ranked_year(text, sent, tx, value)
        or _year_of_a_run(text, sent, tx, timexes, value)
        or _of_another_thing(text, sent, tx, timexes)
        or _running_count(text, sent, tx)
        or _inside_quote(text, sent)
        or _quoted_beside_said_day(text, sent, tx, timexes)
        or _clock_gloss(text, sent, tx)
        or _subject_participle_day(text, sent, tx, timexes)
        or _modifier_ago(text, sent, tx)
        or _relative_day_of_a_prospect(text, sent, tx)
    )
