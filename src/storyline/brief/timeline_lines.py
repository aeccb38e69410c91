"""The sentences of one timeline date as lines, one an event.

Each sentence filed under a date is a ``Told``, with the gist of what it tells there (``gist_of``: its words
less the date's, its names apart). Sentences that share the words of one event, or name one scheduled event
(a sentencing, a trial), make one line (``event_lines``); a sentence whose date stands in a relative clause
("the site where 50 cars came off the tracks Friday night") joins the line its clause tells of, and two times
of one day ("Tuesday morning", "Tuesday night") are two lines. A line whose sentences give different figures
of one toll ("at least 632 lives", "at least 296 people") splits, one entry a figure (``told_alike``).
Crude word overlap, our own; does not read the sentences' syntax beyond the relative clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.brief.text import STOP_WORDS, overlap
from storyline.compare.conflicts import agree, toll_counts
from storyline.model import Span, TimeExpr


@dataclass(frozen=True, slots=True)
class Gist:
    """What a sentence tells on its date: its words less the date's, the names apart (capitalised inside it);
    ``aside`` when the date stands in a relative clause ("the site where 50 cars came off the tracks Friday
    night"), whose words ``clause`` holds."""

    words: frozenset[str]
    names: frozenset[str]
    aside: bool = False
    clause: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()  # the places it writes as "town, region" ("Orsk, Norland": "orsk")


@dataclass(frozen=True, slots=True)
class Told:
    """One sentence filed under a date."""

    span: Span
    words: frozenset[str]
    stated: bool  # whether the year of its date is stated, not assumed
    written: bool = False  # whether its date expression writes the year ("March 28, 2023")
    events: frozenset[str] = frozenset()  # the events it gives this date, by stem ("sentenc", "trial")
    gist: Gist | None = None  # what it tells, for the lines of its date (``event_lines``)
    part: str = ""  # the time of day its date expression names: "MO", "AF", "EV" (evening or night), else ""
    act: str = ""  # the one-time act its date is given for ("launch": ``timeline_acts``), else ""
    act_main: bool = False  # whether it tells that act in its main clause (not "when the grounding happened")
    starts: str = ""  # the thing whose start its date gives ("strike" of "the strike began on Sunday"), else ""
    ends: frozenset[str] = frozenset()  # the words of what it says lasts until its date ("extend the contract")

    def joined(self, other: Told) -> Told:
        """This sentence filed again by another of its date expressions: an aside only when both are; at a time
        of day only when its expressions name no other."""
        gist = self.gist if self.gist is None or other.gist is None or not self.gist.aside else other.gist
        part = self.part if self.part == other.part or not other.part else other.part if not self.part else ""
        return replace(self, stated=self.stated or other.stated, written=self.written or other.written,
                       events=self.events | other.events, gist=gist, part=part,
                       act=self.act or other.act, act_main=self.act_main or other.act_main,
                       starts=self.starts or other.starts, ends=self.ends | other.ends)


# words that tell no event apart: a report's attribution, and the linking words the stop list leaves
_GIST_STOP = frozenset(
    """also more than as after before when while where which who whom whose what into up out now so do did does
    there then just about over under least some any all other such there here if because though although
    has have had is are was were be been being will would could should may might must can shall
    within without across among near off through during since until against between along around amid despite
    per via like another each every both either neither many much several few most own same one two
    not only even still yet already again back further well very early late
    morning afternoon evening night day days week weeks month months year years time
    according reported report reports statement official officials authorities authority company firm""".split()  # noqa: SIM905
)
# a relative clause the date stands in, up to the date: "... of the site where 50 cars came off the tracks", "a
# policy that had been in place since"; a "that" after a verb opens what is said ("officials warned that")
_RELATIVE = re.compile(
    r"\s(?:where|which|who|whom|whose|(?<!\bsaid )(?<!\bsays )(?<!\btold )(?<!\bso )(?<!\bnow )(?<!ed )that)\s"
    r"[^,;:—–()\"“”]*$"
)
# a word, and the endings that do not tell two events apart ("Tokyo’s", "rates", "sentenced", "sentencing")
_GIST_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_ENDING = re.compile(r"(?:['’]s)?$")
_SUFFIX = re.compile(r"(?<=[a-z]{4})(?:ing|ed|es|e|s|ment)$")


# a place written with its region, "Orsk, Norland suffered ...": where the sentence's act was (a date's words are
# blanked first, so "March, Orsk" is none)
_PLACE_PAIR = re.compile(r"(?<![\w,] )\b([A-Z][a-z]{2,}), [A-Z][a-z]{2,}\b(?!,? (?:said|says|told)\b)")


def _stem(word: str) -> str:
    """``word`` lower-cased without a possessive, a plural or a verb's ending: "Tokyo’s" -> "tokyo", "rates" ->
    "rat", "sentencing" -> "sentenc"; crude, but the same for the forms of one word."""
    return _SUFFIX.sub("", _ENDING.sub("", word.lower(), count=1), count=1)


# a talk dated by the date right after its verb: "Mayor Orsk spoke Thursday morning", "briefed reporters on Friday"
_TALK_BEFORE = re.compile(r"(?i:\b(?:spoke|speaks|talked|testified|briefed(?:\s+\w+)?|addressed\s+\w+)\s+(?:on\s+)?)\Z")
# what the talk was about, right after the date: "about the condo collapse", "regarding the fire"
_TOPIC_AFTER = re.compile(r"\s*(?:about|regarding|concerning)\b")


# a saying told last and dated by another event ("..., Sen. Dana Orsk argued before the Thursday vote"): what is
# said, before it, is no event of that day, and its words would join the saying to the line of the day's vote ("...,
# Solva said on Friday" is the statement of the day, its words its news)
_SAID_BEFORE_DAY = re.compile(
    r",\s+(?:[A-Z][\w.'’-]*\s+){1,5}(?:argued|said|says|warned|claimed|added|wrote|told\s+\w+)\s+"
    r"(?:before|after|ahead\s+of)\s+(?:the\s+)?\Z"
)


def _talk_topic(text: str, sent: Span, tx: TimeExpr) -> int | None:
    """Where the topic of a talk the date ``tx`` dates starts ("spoke Thursday morning about the condo collapse"):
    the topic is not the talk's event, and its words would join the talk to the line of the collapse itself;
    None when the date dates no talk."""
    if _TALK_BEFORE.search(text, max(sent.start, tx.span.start - 40), tx.span.start) is None:
        return None
    after = _TOPIC_AFTER.match(text, tx.span.end)
    return after.start() if after is not None and after.start() < sent.end else None


def gist_of(text: str, sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr]) -> Gist:
    """What ``sent`` tells on the date ``tx`` gives it: its words and names less those of its date expressions,
    and whether the date stands in a relative clause (then the clause's words, up to its next comma)."""
    chars = list(text[sent.start : sent.end])
    for t in timexes:
        for i in range(max(t.span.start, sent.start), min(t.span.end, sent.end)):
            chars[i - sent.start] = " "
    plain = "".join(chars)
    topic = _talk_topic(text, sent, tx)
    if topic is not None:
        plain = plain[: topic - sent.start]  # "spoke Thursday about the collapse": the talk, not the collapse
    saying = _SAID_BEFORE_DAY.search(text, max(sent.start, tx.span.start - 80), tx.span.start)
    if saying is not None:
        # nor is the event it is dated by ("the Thursday vote"): only the saying itself is told
        head, tail = saying.start() - sent.start, saying.end() - sent.start
        plain = " " * head + plain[head:tail] + " " * (len(plain) - tail)
    words: set[str] = set()
    names: set[str] = set()
    for m in _GIST_WORD.finditer(plain):
        bare = _ENDING.sub("", m.group().lower(), count=1)  # "company's" is "company"
        if len(m.group()) < 2 or m.group().lower() in STOP_WORDS or bare in _GIST_STOP:
            continue  # "s" is what a date expression leaves of "Sunday's"
        word = _stem(m.group())
        # a capital opening the sentence may be a name's ("Gay, 53, resigned"): it counts with the names
        (names if m.group()[0].isupper() else words).add(word)
    places = frozenset(_stem(m.group(1)) for m in _PLACE_PAIR.finditer(plain))
    aside = _RELATIVE.search(text, sent.start, tx.span.start)
    if aside is None:
        return Gist(words=frozenset(words), names=frozenset(names), places=places)
    stop = re.compile(r"[,;:—–]|$").search(plain, aside.start() - sent.start)
    clause = plain[aside.start() - sent.start : stop.start() if stop else len(plain)]
    said = {_stem(w) for w in _GIST_WORD.findall(clause)}
    return Gist(words=frozenset(words), names=frozenset(names), aside=True, clause=frozenset(said & (words | names)),
                places=places)


def _same_event(a: Gist, b: Gist, common: frozenset[str] = frozenset()) -> bool:
    """Whether two sentences of one date may tell one event: they share two words that are no names, one that is a
    good part of a short sentence's ("The ferry ran aground on Wednesday" and "Divers reached the ferry on March
    4"), or one and two names ("Water entered 41 homes on Mill Lane" and "Floodwater reached 14 homes along Mill
    Lane"). Names alone tell no event ("Also Sunday, Gov. Ana Ruiz deployed the Guard" and "500 people refused to
    leave by Sunday, Gov. Ana Ruiz said"). One shared word of the story's ``common`` ones (told on many of its
    days: "ship" in a story of a grounded ship) beside names, or two that are both common (three are enough), tell
    no one event: "The canal authority suspended traffic while tugs work to free the ship" and "The ship blocked the
    canal as 150 vessels idled" are two."""
    both = a.words & b.words
    if len(both) >= _MANY_SHARED or (len(both) >= 2 and both - common):
        return True
    names = len((a.names & (b.names | b.words)) | (b.names & a.words))
    # a short sentence's one word is its act, common or not: "Artemis I launches Wednesday from Cape Canaveral";
    # not when one names a place the other does not ("The attack took down Velm's 911 system" and "Orsk, Norland
    # suffered a major ransomware attack": one kind of act in two places)
    apart = bool(a.places - b.names) or bool(b.places - a.names)
    short = len(both) == 1 and 1 / min(len(a.words), len(b.words)) >= _SHORT_SHARE and not apart
    return short or (len(both - common) == 1 and names >= 2)


# this many shared words tell one event, common to the story or not ("hoist chains on all four gates ... inspection")
_MANY_SHARED = 3
# one shared word tells one event when it is this share of the shorter sentence's words: a third of "ferry ran aground"
_SHORT_SHARE = 0.25


def _told_one(a: Told, b: Told, common: frozenset[str] = frozenset()) -> bool:
    """Whether two sentences of one date may tell one event: by their words, or naming the same scheduled event
    ("is to be sentenced on ..." and "his sentencing is set for ...")."""
    return a.gist is None or b.gist is None or _same_event(a.gist, b.gist, common) or bool(a.events & b.events)


# a word told on this many days of a story is the story's, not one event's ("ship", "canal" of a grounded ship)
COMMON_DAYS = 3


def common_words(days: dict[str, list[Told]]) -> frozenset[str]:
    """The words the gists of a story's sentences give on ``COMMON_DAYS`` of its days or more (by day value,
    a time of a day counted with its day): they tell the story, not which of its events a sentence tells."""
    seen: dict[str, set[str]] = {}
    for value, told in days.items():
        day = value.partition("T")[0]
        for t in told:
            for w in t.gist.words if t.gist else ():
                seen.setdefault(w, set()).add(day)
    return frozenset(w for w, d in seen.items() if len(d) >= COMMON_DAYS)


def event_lines(told: list[Told], common: frozenset[str] = frozenset()) -> list[list[Told]]:
    """The sentences of one date as lines, one an event, in the order given: a sentence joins the first line
    whose first sentence tells its event (``_same_event``, given the story's ``common`` words) and holds no other
    sentence of its report that it does not restate (``_own_other``), else opens a line of its own; not a line
    one of whose later sentences alone shares its words, which would chain unrelated acts of one day into one
    line ("a ship's owner apologised Thursday" beside "150 ships idled Thursday"). A sentence whose
    date stands in a relative clause ("began enforcing the zone around the site where 50 cars came off the tracks
    Friday night") leads no line while another may: it joins the line whose words its clause shares most ("About
    50 cars derailed Friday night"), else the first line that tells its whole sentence's event, else opens its own
    after the others. A sentence that tells the one-time act a line tells (``Told.act``) joins that line first,
    and two lines that tell one act of one thing are one (``_join_act_lines``). Lines told by more reports come
    first."""
    lines: list[list[Told]] = []
    asides: list[Told] = []
    for t in told:
        if t.gist is not None and t.gist.aside:
            asides.append(t)
            continue
        _file(t, lines, common)
    for t in asides:
        assert t.gist is not None
        clause = t.gist.clause
        scores = [0 if any(_apart(t, o) for o in line) else
                  max(len(clause & (o.gist.words | o.gist.names)) if o.gist else 0 for o in line) for line in lines]
        best = max(range(len(lines)), key=lambda n: scores[n], default=None)
        if best is not None and scores[best]:
            lines[best].append(t)
            continue
        # "The river climbed two metres within an hour of the failure, which happened at 3:40 a.m.": the clause
        # names no word of "The gate jammed open at 3:40 a.m., and the river rose two metres", the sentence does
        _file(t, lines, common)
    lines = _join_act_lines(lines)
    order = sorted(range(len(lines)), key=lambda n: -len({t.span.article for t in lines[n]}))
    return [lines[n] for n in order]


def _join_act_lines(lines: list[list[Told]]) -> list[list[Told]]:
    """The lines with those that tell one act of one thing joined, whichever sentence came first: "The eruption
    started around 15:00 on Sunday and sent lava toward villages" opens a line, "The volcano erupted on Sunday,
    sending jets of lava" shares one word with it and opens another, and "A volcano erupted on Sunday, its lava
    reaching villages", which ``_one_act`` files with the first, tells the second's act of the same volcano (two
    words): one eruption is one line. Lines join only through two sentences of one act that tell it of one thing
    (``same_thing``) at no two times of the day (``_apart``)."""
    out: list[list[Told]] = []
    for line in lines:
        home = next((o for o in out if _acts_meet(o, line)), None)
        if home is None:
            out.append(list(line))
        else:
            home.extend(line)
    return out


def _acts_meet(a: list[Told], b: list[Told]) -> bool:
    """Whether two lines tell one act of one thing (``_join_act_lines``)."""
    if any(_apart(s, t) for s in a for t in b):
        return False
    return any(s.act and s.act == t.act and same_thing(s, t) for s in a for t in b)


def _file(t: Told, lines: list[list[Told]], common: frozenset[str] = frozenset()) -> None:
    """Put ``t`` in the first line of the date it tells the same event as, or in a line of its own. A line
    tells its event at one time of the day: "Mayor Ana Ruiz spoke of a tragedy on Tuesday morning" joins no line
    that holds "the Orvell consulate said Tuesday night that ...", whatever words they share."""
    home = next((line for line in lines if _one_act(t, line)), None) or next(
        (line for line in lines if _told_one(t, line[0], common) and not any(_apart(t, o) for o in line)
         and (_retells(t, line[0]) or not any(_own_other(t, o) for o in line))), None)
    if home is None:
        lines.append([t])
    else:
        home.append(t)


def _one_act(t: Told, line: list[Told]) -> bool:
    """Whether ``t`` tells the one-time act a sentence of ``line`` tells on their date (``Told.act``: "lifted off at
    1:47 a.m. Wednesday" and "launched Wednesday", one report's or two), at no other time of the day: one launch
    is one line, whatever words tell it, and however common the act's word is to the story; when they share a name
    (what was launched: "Artemis", "SLS") or two words besides. Two crashes of one day told of two things ("A bus
    crashed near Orsk on Monday", "a van crashed on the ring road Monday") are two lines."""
    return (bool(t.act) and any(o.act == t.act and same_thing(t, o) for o in line)
            and not any(_apart(t, o) for o in line))


def same_thing(a: Told, b: Told) -> bool:
    """Whether two sentences share a name, or two words, in their gists: they tell of the same thing."""
    if a.gist is None or b.gist is None:
        return True
    return bool(a.gist.names & b.gist.names) or len(a.gist.words & b.gist.words) >= 2


def _own_other(a: Told, b: Told) -> bool:
    """Whether two sentences of one report on one date tell two of its acts: a report tells an event once, and
    another sentence of it on that day ("the ship's owner even offered a written apology Thursday", after "150
    vessels idled Thursday") is another, unless it restates the first (most of its words)."""
    return a.span.article == b.span.article and overlap(a.words, b.words) < _RESTATED


def _retells(a: Told, b: Told) -> bool:
    """Whether ``a`` tells the event of a line's first sentence ``b`` in many of its words (``_RETOLD``: "the hoist
    chains on all four gates had been checked during a routine inspection"): it joins that line though a sentence of its
    own report that joined it before tells something else."""
    return a.gist is not None and b.gist is not None and len(a.gist.words & b.gist.words) >= _RETOLD


# the words a sentence shares with a line's first to retell it: more than a term both quote ("cybersecurity issue")
# and a word of a title ("information systems") share
_RETOLD = 4


# the share of words a report's second sentence on a date shares with its first when it restates it
_RESTATED = 0.5


def _apart(a: Told, b: Told) -> bool:
    """Whether two sentences of one date are told at different times of the day ("Tuesday morning", "Tuesday
    night"): two events, or two moments of one."""
    return bool(a.part and b.part and a.part != b.part)


def quoting(sentence: str) -> bool:
    """Whether a sentence holds quotation marks: a speaker's words ("Today's verdict proves he was wrong.”") tell
    the day less plainly than the reporter's own sentence, which then leads its entry (the sort is stable)."""
    return any(mark in sentence for mark in '"“”')


def span_text(span: Span, texts: dict[str, str]) -> str:
    return texts[span.article][span.start : span.end]


def _other_toll(line: str, other: str) -> bool:
    """Whether ``other`` gives a toll that ``line`` gives too with a figure no figure of ``line`` states: two
    bounds in one direction that give different figures state different figures, however far apart."""
    theirs = toll_counts(other)
    for about, x in toll_counts(line):
        ys = [y for a, y in theirs if a == about]
        if ys and not any(agree(x, y) and not (x.bound and x.bound == y.bound and x.value != y.value) for y in ys):
            return True
    return False


def told_alike(found: list[tuple[Span, bool]], texts: dict[str, str]) -> list[tuple[list[Span], bool]]:
    """The sentences of one date in entries that each cite only sentences that do not give another figure of a
    toll the entry's own sentence gives: "the loss of at least 632 lives" is not supported by "killing at least
    296 people", which then leads an entry of its own on that date. Each entry with whether a year is stated."""
    out: list[tuple[list[Span], bool]] = []
    while found:
        line = span_text(found[0][0], texts)
        alike = [f for f in found if f is found[0] or not _other_toll(line, span_text(f[0], texts))]
        out.append(([span for span, _ in alike], any(stated for _, stated in alike)))
        found = [f for f in found if not any(f is a for a in alike)]
    return out
