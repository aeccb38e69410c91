"""Claims told in other words: one distinctive count of one thing (``claims``: "killed at least 820 people" /
"the death toll stood at 820") and one act of one family with one principal participant (``events_of``,
``same_event``: "Kolvey has won the run-off" / "Kolvey beat Brannik in Sunday's vote"), and who did what in a
statement's main clause (``deed_of``, ``same_doer``: "The GHC declared ..." / "The Global Health Council (GHC)
declared ..."; ``one_mover``: "NASA launched its Vela rocket" / "The Vela rocket lifted off").

``storyline.compare.align`` scores two statements sharing such a claim as a restatement; this module only reads
them. A shallow reading, no parse.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.compare.words import (
    _LETTERS,
    _NAMING,
    _NUMBER_WORDS,
    _STOP,
    _WHEN,
    _WORD,
    _YEAR,
    figure,
    stem,
    title_case,
)

if TYPE_CHECKING:
    from storyline.compare.align import Unit

# a count this small is said of many things in one story ("five passengers", "five major pieces of debris")
_SMALL_COUNT = 12


# what a count may count, in any of the words reports use for it: the dead ("killed", "died", "drowned", "the
# death toll", "the bodies of"), the hurt, the saved ("104 survivors", "104 people had been rescued": one group,
# whichever word a report has for it), years behind bars ("in prison", "in jail"), the counts of an indictment
# ("counts", "charges")
_SENSE_WORDS = {
    "die": "die died dies dying dead death deaths kill killed killing kills toll fatalities lives drowned perished "
    "bodies",
    "hurt": "hurt injured injuring injuries injury wounded wounding",
    "saved": "survivors survivor survived rescued saved alive",
    "prison": "prison prisons jail jailed imprisonment imprisoned incarceration",
    "charge": "count counts charge charges",
}
_SENSE = {w: sense for sense, words in _SENSE_WORDS.items() for w in words.split()}
# how many words from its figure the word for what it counts may stand, in its clause ("The death toll as of
# Saturday morning stood at 820"); a count of the indictment names it right after its figure ("34 felony counts")
_SENSE_REACH = 8
_CHARGE_REACH = 2
# the saved are named close to their figure ("puts the number of survivors at 104", "104 people had been
# rescued"): further off, the word is of another figure ("All 104 survivors were men aged between 16 and 40")
_SAVED_REACH = 4
# the smallest count told with the people it counts that makes a claim ("three climbers were killed"): two of them
# are said of too many pairs in a story ("two people died" in two events)
_FEWEST = 3
# words after a figure that name no group of its own: people in general, a part ("11 others"), a sense word
_NO_GROUP = frozenset({"people", "persons", "others", "more", "individuals", "men", "women", "times", "years", "months",
                       "days", "hours", "weeks", "minutes"})
_CLAUSE = re.compile(r"[;:!?()\"“”]|,(?!\d)|\.(?!\d)|\s[—–]\s")
_TIME_NOUNS = frozenset({"year", "years", "month", "months"})
_SMALL_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4"}


@functools.lru_cache(maxsize=1 << 14)
def claims(text: str) -> frozenset[tuple[str, str]]:
    """``(figure, sense)`` for each distinctive count of a statement told with a word of what it counts
    (``_SENSE_WORDS``), in its clause: "killed at least 820 people" and "the death toll stood at 820" both give
    ``("820", "die")``, "all 34 counts" and "34 felony charges" ``("34", "charge")``, "up to four years in
    prison" and "four years in jail" ``("4", "prison")``.

    Distinctive: a count of the dead, hurt or saved above ``_SMALL_COUNT`` (two reports telling that two people died
    may tell of two events), years or months behind bars, a count of charges named right after its figure. A
    year, a clock time or a day of a month counts nothing."""
    out = set()
    for clause in _CLAUSE.split(text):
        words = list(_WORD.finditer(clause))
        low = [m.group(0).lower().replace("’", "'") for m in words]
        for n, m in enumerate(words):
            w = low[n]
            if w[0].isdigit():
                fig = figure(clause, m.start(), m.end())
            else:
                fig = _NUMBER_WORDS.get(w) or _SMALL_WORDS.get(w, "")
            if not fig.isdigit() or (_YEAR.fullmatch(fig) and "," not in w):
                continue
            nxt = low[n + 1] if n + 1 < len(low) else ""
            # the nearest word for what is counted: "killed 2,012 people and injured 2,059" counts the dead first
            near = [(abs(k - n), _SENSE[low[k]]) for k in range(max(0, n - _SENSE_REACH), n + 1 + _SENSE_REACH)
                    if k != n and k < len(low) and low[k] in _SENSE]
            senses = {sense for d, sense in near if d == min(near)[0]}
            if "prison" in senses and nxt in _TIME_NOUNS:
                out.add((fig, "prison"))
            if int(fig) > _SMALL_COUNT:
                out.update((fig, s) for s in senses & {"die", "hurt"})
                if "saved" in senses and min(near)[0] <= _SAVED_REACH:
                    out.add((fig, "saved"))
            elif int(fig) >= _FEWEST and (noun := _counted_noun(nxt)):
                # "the bodies of 11 climbers" / "11 climbers were found dead": a small count is one claim only of
                # the same people, named alike, in the same role
                out.update((fig, f"{s} {noun}") for s in senses & {"die", "hurt"})
                if "saved" in senses and min(near)[0] <= _SAVED_REACH:
                    out.add((fig, f"saved {noun}"))
            if any(_SENSE.get(x) == "charge" for x in low[n + 1 : n + 1 + _CHARGE_REACH]):
                out.add((fig, "charge"))
    return frozenset(out)


def _counted_noun(word: str) -> str:
    """The group a small count names right after its figure, as a stem ("climber" of "11 climbers"), or "" when the
    word names no particular group (``_NO_GROUP``: "11 people", "11 others"), is a word for what is counted ("11
    dead") or is no plural noun."""
    if len(word) < 4 or not word.isalpha() or not word.endswith("s") or word in _NO_GROUP or word in _SENSE:
        return ""
    return "" if word in _STOP else stem(word)


# the words reports tell one act with, by family: "has won the run-off", "beat Brannik", "easily defeating him",
# "will become the next president", "his victory" are one win; "conceded defeat", "called her to concede",
# "admitted his defeat" one concession (matched first: its "defeat" is no win). The same family and the same
# principal participant make two statements one claim (``same_event``)
_EVENT_PATTERNS = (
    ("concede", r"(?:conced(?:e|es|ed|ing)|concession|(?:admit|accept|acknowledg)\w*)\s+"
     r"(?:his\s+|her\s+|their\s+|its\s+)?(?:defeat|loss)|conced(?:e|es|ed|ing)|concession"),
    ("win", r"w[io]n(?:s|ning|ners?)?|beat(?:s|ing|en)?|defeat(?:s|ed|ing)?|victor(?:y|ies|ious)|triumph(?:s|ed|ant)?|"
     r"elected|(?:will|to)\s+become\s+(?:the\s+)?(?:next|new)"),
    ("die", r"kill(?:s|ed|ing)?|di(?:e|es|ed)|dying|dead|deaths?|slain|fatally"),
    ("resign", r"resign(?:s|ed|ing|ation)?|step(?:s|ped|ping)?\s+down|quit(?:s|ting)?"),
    ("arrest", r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|custody"),
    # one removed from a post: "has ousted Brandt", "Brandt's ouster", "Brandt was dismissed", "sacked its chief
    # Ivo Brandt" ("fired" is as often a shot fired: ECB+ P 0.9070 -> 0.9062 with it, R 0.6397 -> 0.6460)
    ("dismiss", r"ouste(?:d|r)|oust(?:s|ing)?|dismiss(?:es|ed|ing|al)?|sacked|sacking"),
    # one given a post: "appointed Mira Lund", "Lund will take over as interim head", "Lund will serve as acting
    # chief", "Lund was named interim chief"
    ("appoint", r"appoint(?:s|ed|ing|ment)?|(?:take|takes|taking|took)\s+over|"
     r"(?:serve|serves|served|serving)\s+as\s+(?:the\s+)?(?:interim|acting|caretaker)|"
     r"(?:is|was|been|be|were)\s+named(?=\s+(?:as\s+)?(?:the\s+)?(?:interim|acting|new|next|caretaker)\b)"),
    ("hurt", r"injur(?:e|es|ed|ing|y|ies)|wound(?:s|ed|ing)?"),
)
_EVENT = re.compile("|".join(f"(?P<{name}>\\b(?:{words})\\b)" for name, words in _EVENT_PATTERNS), re.IGNORECASE)
# a predicate denied or put in doubt is no report of the act ("did not win", "failed to win", "never conceded")
_EVENT_DENIED = re.compile(r"(?:\b(?:not|never|no|fail\w*\s+to|refus\w*\s+to|unable\s+to)|n't)\s+(?:\w+\s+)?$", re.I)
# an act named as what someone is congratulated or thanked for is that person's act, not the statement's news
# ("Velder congratulated Kolvey for winning the election", "... on his second-round victory"): the statement
# tells the congratulation, and a report of the win itself is no support of it
_EVENT_OCCASION = re.compile(
    r"\b(?:congratulat|thank|prais|hail|commend|salut|celebrat|applaud)\w*\b[^.;:!?]{0,60}?\b(?:for|on)\s+"
    r"(?:(?:his|her|their|its|the)\s+)?(?:[\w’'-]+\s+)?$",
    re.IGNORECASE,
)
# how many words before its predicate a participant may be named ("Her rival, Teodor Brannik, conceded", "Brannik
# called her to concede"), and after it ("defeating Teodor Brannik"): an object stands close, a subject less so.
# Tuned on ECB+ train (4 and 2: P 0.8490 R 0.5763; 4 and 4: P 0.8467 R 0.5728; 5 and 2 R 0.5769 but dev P lower)
_EVENT_REACH = 4
_EVENT_AFTER = 2


def events_of(text: str, mentions: Sequence[tuple[int, int, str]]) -> frozenset[tuple[str, str, str]]:
    """``(family, participant, side)`` for each act ``text`` tells with a word of ``_EVENT_PATTERNS`` and each
    party named within ``_EVENT_REACH`` words of it, ``side`` "before" or "after" the predicate: "Kolvey beat
    Brannik" gives ``("win", "kolvey", "before")`` and ``("win", "brannik", "after")``. A description set off by
    commas after a party is no distance ("Kolvey, the opposition candidate, has won"), and a name after the
    predicate and a determiner qualifies the contest, not whom the act is done to ("won the Ostravian election").

    A party is an entity of ``mentions`` (in the text's own offsets), written both as ``@id`` and, when the
    mention names it, as the last word of its name (two reports' entity stages may read one person differently),
    or a capitalized word no mention covers and no stop word, day or month ("Kolvey beat Brannik" where the
    entity stage missed both); an owner ("Brannik's campaign chief") is none. A headline's capitals name nothing
    (``title_case``). A predicate denied ("did not win") tells no act, nor does one named as what someone is
    congratulated or thanked for ("congratulated Kolvey on his victory"). A shallow reading, no parse."""
    words = list(_WORD.finditer(text))
    starts = [m.start() for m in words]
    parties: list[tuple[int, int, frozenset[str]]] = []
    for s, e, eid in mentions:
        if _OWNER.match(text, e):
            continue  # "Brannik's campaign chief resigned": the owner is no party to the act
        name = _LETTERS.findall(text[s:e])
        written = {name[-1].lower()} if name and _NAMING.match(text[s:e]) else set()
        parties.append((s, e, frozenset({"@" + eid} | written)))
    if not title_case(text):
        for w in words:
            covered = any(s <= w.start() < e for s, e, _ in mentions)
            if not covered and w.group(0)[0].isupper() and _is_name(w.group(0)) and not _OWNER.match(text, w.end()):
                parties.append((w.start(), w.end(), frozenset({stem(w.group(0))})))
    if not parties:
        return frozenset()

    def word_at(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    out: set[tuple[str, str, str]] = set()
    for m in _EVENT.finditer(text):
        if _EVENT_DENIED.search(text, max(0, m.start() - 25), m.start()):
            continue
        if _EVENT_OCCASION.search(text, max(0, m.start() - 120), m.start()):
            continue
        family = str(m.lastgroup)
        first, last = word_at(m.start()), word_at(m.end() - 1)
        for s, e, names in parties:
            side = ""
            if e <= m.start() and first - word_at(_past_apposition(text, e, m.start()) - 1) <= _EVENT_REACH:
                side = "before"
            elif s >= m.end() and word_at(s) - last <= _EVENT_AFTER and not _CONTEST.match(text, m.end(), s):
                side = "after"
            out.update((family, name, side) for name in names if side)
    return frozenset(out)


_OWNER = re.compile(r"['’]s?\b")
# a description set off by commas between a party and its predicate ("Marta Kolvey, Ostravia's opposition
# candidate, has won"): it is no distance
_APPOSITION = re.compile(r"\s*,[^,;:.!?\"“”]{1,120},\s*")
# a name after the predicate and a determiner qualifies the contest won, not the one beaten ("won the Ostravian
# presidential election", "has won the country's vote" / "beat Brannik")
_CONTEST = re.compile(r"\s+(?:the|a|an|this|that|its|his|her|their)\b", re.IGNORECASE)


def _past_apposition(text: str, end: int, predicate: int) -> int:
    """Where a party's name ends for its distance to the predicate: past a description set off by commas right
    after it, when one stands there."""
    m = _APPOSITION.match(text, end, predicate)
    return m.end() if m is not None else end


def _is_name(word: str) -> bool:
    """Whether a capitalized word may name a party: no stop word, day or month, nor an acronym in capitals."""
    low = stem(word)
    return word.lower().removesuffix("'s") not in _STOP and low not in _WHEN and not word.isupper()


def same_event(a: Unit, b: Unit) -> bool:
    """Whether two statements tell one act of one family with one principal participant (``events_of``): "Kolvey
    has won the run-off" and "Kolvey beat Brannik in Sunday's vote". Not when each names a different party right
    after the predicate ("beat Brannik" / "beat Orlan": two matches), nor when each gives a figure the other does
    not (two tolls, two shares of a vote: alignment would hide the difference; see ``storyline.compare.facts``)."""
    if (a.numbers - b.numbers) and (b.numbers - a.numbers):
        return False
    for family in {f for f, _, _ in a.events} & {f for f, _, _ in b.events}:
        mine = {(e, side) for f, e, side in a.events if f == family}
        theirs = {(e, side) for f, e, side in b.events if f == family}
        after_a = {e for e, side in mine if side == "after"}
        after_b = {e for e, side in theirs if side == "after"}
        if after_a and after_b and not after_a & after_b:
            continue
        if {e for e, _ in mine} & {e for e, _ in theirs}:
            return True
    return False


# the rounds of a vote or a contest a statement places itself in: "in the first round", "first-round", "the
# run-off", "the second round"
_FIRST_ROUND = re.compile(r"\b(?:first|1st|opening|initial)[\s-]+round\b", re.IGNORECASE)
_LATER_ROUND = re.compile(r"\b(?:(?:second|2nd|final|third)[\s-]+round|run-?offs?)\b", re.IGNORECASE)


def first_round_only(text: str) -> bool:
    """Whether a statement tells of a contest's first round alone ("Kolvey led the first round with 46%"), naming
    no later round ("... after no candidate won the first round, Sunday's run-off ...")."""
    return bool(_FIRST_ROUND.search(text)) and not _LATER_ROUND.search(text)


def other_rounds(a: str, b: str) -> bool:
    """Whether two statements tell of different rounds of one contest: one of the first round alone, the other
    not ("Kolvey won 46% in the first round" / "Kolvey received 54% of the ballots in Sunday's vote"). In a story
    of a run-off, a vote no round is named for is the one the story is about; the figures of a first round are
    then another count, and the two statements are no support of each other."""
    return first_round_only(a) != first_round_only(b)


@dataclass(frozen=True, slots=True)
class Deed:
    """Who did what in a statement's main clause, read shallowly (``deed_of``): the doer as the story entities,
    the name words and the common words its subject is written with, the act as one stem (``_SAME_ACT``: "shut"
    is "close", "announced" is "declared"), what the act is done to as content-word stems, and the days it is
    placed on."""

    entities: frozenset[str]  # story entity ids mentioned in the subject
    names: tuple[str, ...]  # the subject's capitalized words but acronyms, lower case ("global", "health", ...)
    acronyms: frozenset[str]  # acronyms the subject is written as or with ("ghc" of "The GHC", "(GHC)")
    common: frozenset[str]  # stems of the subject's other content words ("union" of "the Harbor Workers union")
    act: str
    thing: frozenset[str]
    days: frozenset[str]
    # what an act that may be told of its doer or of what it is done to (``_ALTERNATING``: "NASA launched the
    # Vela rocket" / "the Vela rocket lifted off") sets going: the names of its object, or of its subject when
    # it has none; empty for other acts
    moved: frozenset[str] = frozenset()


# close synonyms of one act: a museum "shut" is "closed"; a body that "announced" an emergency "declared" it; a
# minister who "quit" "resigned"
_SAME_ACT = {
    "shut": "close", "announc": "declar", "proclaim": "declar", "quit": "resign",
    # a company that "acquires" or "purchases" another "buys" it ("buys" is left whole by ``stem``)
    "acquir": "buy", "purchas": "buy", "buys": "buy",
}
# acts told with a verb and its particle, as one act with a single verb: a rocket that "lifted off", "blasted off"
# or "took off" "launched"; a minister who "stepped down" "resigned". Only with nothing done to an object right
# after the particle ("took off his hat" is no launch): see ``_PARTICLE_END``
_PHRASAL = {
    ("lift", "off"): "launch", ("blast", "off"): "launch", ("took", "off"): "launch", ("take", "off"): "launch",
    ("step", "down"): "resign",
}
# what may follow a particle for the pair to be one act: a mark, a preposition or a word of time
_PARTICLE_END = frozenset({
    ",", ";", ":", "from", "at", "on", "in", "as", "after", "before", "with", "early", "late", "shortly", "just",
    "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and",
    "without", "amid", "following", "for", "over", "into", "toward", "towards", "around", "this", "last",
})
# acts told as well of the doer as of what it is done to: "NASA launched the Vela rocket" and "the Vela rocket
# launched" are one launch, their doers told apart (``same_doer``) or not; what is launched is compared instead
_ALTERNATING = frozenset({"launch"})
# a verb of an act not done (yet): a deed told with it is a plan, never the deed done ("will close" / "closed")
_MODAL = frozenset({"will", "would", "could", "may", "might", "shall", "should", "can", "to"})
# what opens a sentence before its subject: a dateline ("GENEVA (Harbor Wire) - "), a phrase of place or time
# set off by a comma ("In the capital, ", "On Wednesday, ", "A day earlier, ")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,}(?:\([^)]{1,40}\))?\s*[-–—]+\s*")
_OPENING = re.compile(
    r"^(?:(?:In|On|At|By|Earlier|Later|Meanwhile|Separately|Late|Early|Last|This)\b[^,;:\"“”]{0,40}|"
    r"(?:After|Following|Despite|Amid)\s[^,;:\"“”]{0,80}|A\s+day\s+(?:earlier|later)|As\s+a\s+result),\s+"
)
# a verb a doer's clause may open its act with: an auxiliary, a copula, a verb that keeps a state (its act is the
# word after: "remained closed", "was closed") or an adverb of manner
_KEEPING = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been", "being", "stayed", "stays",
    "remained", "remains", "kept", "keeps", "also", "officially", "formally"
})
# an irregular past an act may be told with ("shut", "held")
_IRREGULAR = frozenset({
    "shut", "made", "took", "gave", "held", "sent", "set", "cut", "put", "won", "met", "left", "began", "broke",
    "struck", "sold", "led", "paid", "hit", "fell", "ran", "quit"
})
# the verbs by which a doer tells something, in the forms every reader of them here takes (``_SAYING``, and the
# telling verbs of ``storyline.compare.facts``); each adds its own around them
TELLING_VERBS = frozenset({
    "said", "says", "told", "tells", "added", "wrote", "writes", "stated", "reported", "reports",
})
# the verbs by which a doer tells something: what is told is a claim, not a deed, and is joined by its words
# (alignment, quotes), never by who told it
_SAYING = TELLING_VERBS | {
    "say", "adds", "states", "according", "insisted", "insists", "argued", "argues", "noted", "notes", "explained",
    "explains", "claimed", "claims",
}
# a time phrase between a subject and its verb ("The council on Wednesday declared", "The council Wednesday")
_TIME_WORDS = frozenset({
    "on", "last", "this", "late", "early", "earlier", "later", "yesterday", "today", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning", "evening", "afternoon"
})
# where the head of a subject ends: a preposition or a relative clause ("A spillway gate at Hollin Dam", "Engineers
# at Hollin Dam", "Residents who spoke"): the name after it is not the doer. Not "of" ("the Bank of Orvale")
_SUBJECT_END = frozenset({
    "at", "in", "by", "from", "near", "for", "with", "on", "who", "which", "that", "whose", "seen"
})
# a subject of this many words or more is no subject read well
_SUBJECT_WORDS = 8
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# a day told relatively to another: it places the act on another day than a statement naming the day
_RELATIVE_DAY = re.compile(
    r"\b(?:yesterday|the\s+day\s+before|a\s+day\s+(?:earlier|later|before|after)|"
    r"the\s+(?:previous|next|following)\s+day|last\s+week|earlier\s+(?:this|that)\s+week)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\(?[A-Za-z][A-Za-z'’.&-]*\)?|\d[\d,.]*|[,;:\"“”—–]")
_PRONOUNS = frozenset({
    "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "who"
})
# words no subject holds: a clause of its own was read as one ("Ford knew what was coming")
_NOT_SUBJECT = frozenset({"what", "how", "why", "when", "where", "whether", "if", "whom"})
_DENIED = re.compile(r"\b(?:not|never|no)\b|n't")


def deed_of(text: str, mentions: Sequence[tuple[int, int, str]], days: Sequence[str] = ()) -> Deed | None:
    """The doer, act, thing and days of ``text``'s main clause, or None when the clause is not read well enough
    to say who did what: its subject is a pronoun or names nobody (no entity, no name but a capitalized first
    word), no verb of an act follows it, the act is denied ("did not close"), or the verb tells what someone said
    (``_SAYING``). ``mentions`` are story entities in the text's own offsets; ``days`` the days its time
    expressions resolve to.

    WHY so strict: joining two reports' statements as one fact claims that both tell one event; a wrong join
    counts a source that never told it ("the Southern Disease Agency declared an emergency" is no report of the
    council's declaration). Only a statement whose doer and act are read plainly is joined at all."""
    if title_case(text) or "?" in text:
        return None
    start = m.end() if (m := _DATELINE.match(text)) else 0
    start = m.end() if (m := _OPENING.match(text, start)) else start
    if (nominal := _NOMINAL.match(text, start)) is not None:
        return _nominal_deed(nominal, text, mentions, days)
    tokens = list(_TOKEN.finditer(text, start))
    verb_at = _verb_index(tokens)
    if verb_at is None or verb_at == 0:
        return None
    head = _subject(tokens[:verb_at])
    subject = _owned(head)
    if verb_at > _SUBJECT_WORDS and (not _owner_in(head) or len(subject) > _SUBJECT_WORDS):
        return None  # a long subject is read only past its owner ("NASA's Vela I Heavy Lift System rocket (HLS)")
    own = _own_act(tokens, verb_at)
    chain_at = verb_at if own is None else own
    act_at = chain_at
    while act_at < len(tokens) and (tokens[act_at].group(0).lower() in _KEEPING | _TIME_WORDS
                                    or _manner(tokens[act_at].group(0))):
        act_at += 1
    if not subject or act_at >= len(tokens) or not _is_act(tokens[act_at].group(0)):
        return None
    chain = text[tokens[chain_at].start() : tokens[act_at].end()].lower()
    if _DENIED.search(text[tokens[verb_at].start() : tokens[act_at].end()].lower()):
        return None
    if own is not None and _BE & set(chain.split()):
        return None  # "ExxonMobil said it was acquired": an act done to the doer, not by it
    s_from, s_to = subject[0].start(), subject[-1].end()
    inside = frozenset(eid for s, e, eid in mentions if s_from <= s and e <= s_to)
    act, end = _act(tokens, act_at)
    bound = _bound_act(tokens, act_at, act)
    if bound is not None:
        act, end = _act(tokens, bound)
        chain = "to"  # an act agreed to is not done yet: a plan, as "will buy"
    words = [t.group(0).strip("()") for t in subject]
    doer = _doer(words, bool(inside), opening=subject[0] is tokens[0])
    if doer is None and act in _ALTERNATING and words[0].lower() not in _PRONOUNS:
        # "The agency launched its Vela I rocket": what is launched is named, whoever launched it
        doer = ((), frozenset(), frozenset(stem(w) for w in words if w.lower() not in _STOP))
    if doer is None:
        return None
    rest = text[end:]
    found = frozenset(days) | frozenset(d.lower() for d in _WEEKDAY.findall(text))
    moved = _moved(tokens, end, rest, mentions, doer, inside) if act in _ALTERNATING else frozenset()
    return Deed(
        entities=inside,
        names=doer[0],
        acronyms=doer[1],
        common=doer[2],
        act=("~" if _MODAL & set(chain.split()) else "") + act,
        # an act read through an agreement or the doer's own announcement is done to its object: what follows
        # ("for $59.5 billion in stock", "in the largest deal in two decades") tells its terms, not its thing
        thing=frozenset(t for t in _thing_words(_OBJECT_END.split(rest)[0] if own or bound else rest)
                        if t not in _WHEN),
        days=found | ({"~relative"} if _RELATIVE_DAY.search(text) else set()),
        moved=moved,
    )


# the verbs by which a doer binds itself to another act: "agreed to buy"; "struck", "sealed", "reached", "signed"
# a deal (``_DEAL_WORDS``) "to buy". The act agreed to is the deed told, as a plan ("will buy"): "Exxon agreed to
# buy Pioneer" and "Exxon struck a deal to buy Pioneer" tell one deed in other words
_AGREEING = frozenset({"agre"})
_DEALING = frozenset({"strike", "seal", "reach", "sign", "clinch"})
# the words for what is agreed, and compounds of them ("megadeal", "buyout deal" ends in "deal")
_DEAL_WORDS = frozenset({"deal", "agreement", "pact", "accord", "contract"})
# how many tokens after its verb an agreement's "to" may stand ("struck a nearly $60 billion agreement Wednesday
# to buy"): further off, the clause has moved on
_BOUND_REACH = 10
_CLAUSE_MARKS = frozenset({",", ";", ":", '"', "“", "”", "—", "–"})


def _bound_act(tokens: Sequence[re.Match[str]], at: int, act: str) -> int | None:
    """Where the verb of the act a doer binds itself to stands ("agreed on Wednesday to buy", "sealed a megadeal
    to acquire"), or None when the act at ``at`` binds to none: no verb of agreeing, no word for a deal before the
    "to" of a verb of dealing ("reached Geneva to sign" is no deal), a mark between (another clause), or no verb
    of an act after "to" ("agreed to a deal")."""
    if act not in _AGREEING | _DEALING:
        return None
    dealt = act in _AGREEING
    for n in range(at + 1, min(len(tokens) - 1, at + 1 + _BOUND_REACH)):
        word = tokens[n].group(0).lower().strip("()")
        if word in _CLAUSE_MARKS:
            return None
        if word in _DEAL_WORDS or word.endswith("deal"):
            dealt = True
        elif word == "to" and dealt:
            return n + 1 if _is_act(tokens[n + 1].group(0)) else None
    return None


# the verbs by which a doer tells its own act ("ExxonMobil announced Wednesday it will buy Pioneer"), and the
# pronouns by which the act told is the teller's own: "it" and "they" of a company, a body, a group. Not "he" or
# "she": "Police said he fled" tells another's act
_OWN_TELLING = frozenset({"announced", "announces", "said", "says", "confirmed", "confirms", "stated"})
_OWN_PRONOUNS = frozenset({"it", "they"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _own_act(tokens: Sequence[re.Match[str]], verb_at: int) -> int | None:
    """Where the verb of the act a doer tells as its own stands: past a verb of telling (``_OWN_TELLING``), a
    time phrase, "that" and "it"/"they" ("announced Wednesday that it will buy" gives "will"); None otherwise.
    What a doer announces it will do is its deed as much as "X will buy" told by the report."""
    if tokens[verb_at].group(0).lower() not in _OWN_TELLING:
        return None
    n = verb_at + 1
    while n < len(tokens) and tokens[n].group(0).lower() in _TIME_WORDS:
        n += 1
    n += n < len(tokens) and tokens[n].group(0).lower() == "that"
    if n + 1 >= len(tokens) or tokens[n].group(0) not in _OWN_PRONOUNS:
        return None
    return n + 1


# an alternating act told as a noun that opens the sentence, with what it set going and a verb saying it took
# place: "The launch of the Vela I, which opens a new era, took off at 1:47 a.m." is "the Vela I launched". Only
# "the launch of": "the first launch of", "an attempted launch of" may tell another, or none
_NOMINAL = re.compile(
    r"(?:The|Its)\s+(?P<act>launch|liftoff|lift-off|blastoff|blast-off)\s+of\s+(?:the\s+|its\s+)?"
    r"(?P<what>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d{1,3}|\([A-Z]+\)))*)"
    r"(?:,[^;:.?!]{1,240}?,[”\"’]?)?\s+(?:finally\s+)?(?:came|took\s+place|took\s+off|lifted\s+off|happened|occurred)\b"
)


def _nominal_deed(
    m: re.Match[str], text: str, mentions: Sequence[tuple[int, int, str]], days: Sequence[str]
) -> Deed:
    """The deed of an act told as a noun (``_NOMINAL``): done by what it sets going, as "The Vela I lifted off"."""
    words = [w.strip("()") for w in m.group("what").split()]
    s_from, s_to = m.start("what"), m.end("what")
    inside = frozenset(eid for s, e, eid in mentions if s_from <= s and e <= s_to)
    acronyms = frozenset(w.lower() for w in words if len(w) > 1 and w.isupper() and w.isalpha())
    names = tuple(w.lower() for w in words if w[:1].isupper() and w.lower() not in acronyms and w.lower() not in _STOP)
    found = frozenset(days) | frozenset(d.lower() for d in _WEEKDAY.findall(text))
    return Deed(
        entities=inside,
        names=names,
        acronyms=acronyms,
        common=frozenset(),
        act="launch",
        thing=frozenset(t for t in _thing_words(text[m.end() :]) if t not in _WHEN),
        days=found | ({"~relative"} if _RELATIVE_DAY.search(text) else set()),
        moved=frozenset(w for w in (*names, *acronyms) if len(w) > 1) | {"@" + e for e in inside},
    )


def _manner(word: str) -> bool:
    """Whether a word is an adverb of manner or time between a subject and its act ("finally", "successfully")."""
    return word.islower() and word.isalpha() and len(word) > 4 and word.endswith("ly")


def _owned(subject: list[re.Match[str]]) -> list[re.Match[str]]:
    """A subject less its owner and its adverbs of manner: "NASA's Vela rocket finally" is the Vela rocket. The
    head after the owner is what acts; when it names nothing ("The Ever Given's owner"), ``_doer`` reads no doer."""
    while subject and _manner(subject[-1].group(0)):
        subject = subject[:-1]
    owners = [n for n, t in enumerate(subject) if t.group(0).endswith(("'s", "’s"))]
    if owners and _owner_in(subject):
        return subject[owners[-1] + 1 :]
    return subject


def _owner_in(subject: Sequence[re.Match[str]]) -> bool:
    return any(t.group(0).endswith(("'s", "’s")) for t in subject[:-1])


def _act(tokens: Sequence[re.Match[str]], at: int) -> tuple[str, int]:
    """The act told by the verb at ``at`` as one stem (``_SAME_ACT``, ``_PHRASAL``: "lifted off" is "launch") and
    where its words end in the text."""
    word = stem(tokens[at].group(0))
    if at + 1 < len(tokens) and (word, tokens[at + 1].group(0).lower()) in _PHRASAL:
        after = tokens[at + 2].group(0).lower().strip("()") if at + 2 < len(tokens) else ","
        if after in _PARTICLE_END:
            return _PHRASAL[(word, tokens[at + 1].group(0).lower())], tokens[at + 1].end()
    if at + 1 < len(tokens) and tokens[at + 1].group(0).lower() in _TURNING:
        return f"{_SAME_ACT.get(word, word)} {tokens[at + 1].group(0).lower()}", tokens[at + 1].end()
    return _SAME_ACT.get(word, word), tokens[at].end()


# a particle that turns an act into another: one who "checked out" of a clinic did not "check" into it; a deal
# "called off" was not "called"
_TURNING = frozenset({"out", "off", "back", "away"})


def _moved(
    tokens: Sequence[re.Match[str]],
    end: int,
    rest: str,
    mentions: Sequence[tuple[int, int, str]],
    doer: tuple[tuple[str, ...], frozenset[str], frozenset[str]],
    inside: frozenset[str],
) -> frozenset[str]:
    """What an alternating act (``_ALTERNATING``) sets going, by its names and story entities: its object's when
    one follows the verb ("launched its Vela rocket": the names of the clause after it, places and all), else its
    subject's ("The Vela rocket lifted off"). A one-letter word ("I" of "Vela I") names nothing alone, nor does a
    pronoun the entity stage linked ("launched its rocket": "its" is the doer again, not what is launched)."""
    after = [t for t in tokens if t.start() >= end]
    if not after or after[0].group(0).lower().strip("()") in _PARTICLE_END | _TIME_WORDS or _manner(after[0].group(0)):
        return frozenset(w for w in (*doer[0], *doer[1]) if len(w) > 1) | {"@" + e for e in inside}
    clause = _THING_END.split(rest)[0]
    told = re.split(r"[;:\"“”]", rest)[0]
    parts = [(0, _OBJECT_END.split(clause)[0])] + [(m.start(1), m.group(1)) for m in _CALLED.finditer(told)]
    names = {
        m.group(0).lower() for _, part in parts for m in _WORD.finditer(part)
        if m.group(0)[0].isupper() and len(m.group(0)) > 1
    }
    ids = {
        "@" + eid for s, e, eid in mentions for at, part in parts
        if end + at <= s and e <= end + at + len(part) and rest[s - end : e - end][:1].isupper()
    }
    return frozenset(w for w in names if w not in _STOP and stem(w) not in _WHEN) | ids


# where the object of an act ends: a preposition of place, time or purpose ("launched its Vela rocket from Cape
# Orla on Wednesday"): the names after it are where and when, not what is set going
_OBJECT_END = re.compile(r"\s(?:at|from|in|on|to|into|for|toward|towards|over|with|off|after|before|during)\s")
# what an object is called, further on in its clause ("... in an uncrewed test flight known as Vela I")
_CALLED = re.compile(r"\b(?:known\s+as|called|named|dubbed)\s+([^,;]{1,40})")


def _is_act(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in _SAYING and word not in _STOP


def _verb_index(tokens: Sequence[re.Match[str]]) -> int | None:
    """Where the main verb of a clause stands among its tokens: its first auxiliary, copula, verb of saying or
    past form after its first word; None at a mark before it (a quote, an apposition: not read)."""
    for n, t in enumerate(tokens[1:], start=1):
        w = t.group(0)
        if w in (",", '"', "“", "”"):
            return None  # "Mira Tollan, the council chief, said": an apposition is not read
        low = w.lower()
        if low in _KEEPING | _IRREGULAR | _SAYING or (w.islower() and len(low) > 3 and low.endswith("ed")):
            return n
    return None


def _subject(tokens: Sequence[re.Match[str]]) -> list[re.Match[str]]:
    """The head of a subject: up to a preposition or a relative clause (``_SUBJECT_END``), less a time phrase
    before the verb ("The council on Wednesday"); none when it joins two doers ("the union and Ford")."""
    head: list[re.Match[str]] = []
    for t in tokens:
        if t.group(0) in _SUBJECT_END:
            break
        if t.group(0) in ("and", "&", "or", "nor"):
            return []  # "The union and Ford reached a deal" is no deed of Ford's alone, nor of the union's
        head.append(t)
    while head and head[-1].group(0).lower().strip("()") in _TIME_WORDS:
        head.pop()
    return head


def _doer(
    words: Sequence[str], linked: bool, *, opening: bool = True
) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]] | None:
    """The name words, acronyms and common words of a subject, or None when it names nobody: a pronoun, or no
    name, acronym nor entity (``linked``: a story entity is mentioned in it); "Officials", "Water entered": a
    capitalized first word alone may be any word, when it opens the sentence (``opening``; after an owner,
    "NASA's Vela rocket", it is a name)."""
    if not words or (not words[0].isupper() and words[0].lower() in _PRONOUNS):
        return None
    if any(w.lower() in _NOT_SUBJECT or w.endswith(("'s", "’s")) for w in words):
        return None  # "Ford knew what was coming": no subject; "The Ever Given's owner": the owner is no Ever Given
    acronyms = frozenset(w.lower() for w in words if len(w) > 1 and w.isupper() and w.isalpha())
    named = [
        n for n, w in enumerate(words)
        if w[:1].isupper() and w.lower() not in _STOP and w.lower() not in acronyms
    ]
    if named == [0] and not linked and opening and not _CAMEL.search(words[0]):
        named = []  # "Residents", "Floodwater": a sentence's first word is capitalized whatever it is
    if opening and named[:1] == [0] and named[1:2] not in ([], [1]):
        named = named[1:]  # "Restaurant chain Red Lobster": the first word's capital is the sentence's
    # a name written as one word with a capital inside is its words run together ("ExxonMobil" / "Exxon Mobil")
    names = tuple(part.lower().rstrip(".") for n in named for part in _CAMEL.split(words[n]))
    # the common words of a named doer are those after its name, its head ("the Orvale union"): words before a name
    # describe it ("Casual dining chain Red Lobster", "Restaurant chain Red Lobster" are one doer)
    after = named[-1] + 1 if named else 0
    common = frozenset(
        stem(w) for n, w in enumerate(words)
        if n >= after and n not in named and w.lower() not in _STOP and w.lower() not in acronyms
    )
    return (names, acronyms, common) if names or acronyms or linked else None


# where a name written as one word runs two words together: a lower-case letter before a capital ("ExxonMobil");
# a word with a capital inside names something, even opening a sentence
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


# where what an act is done to ends: a mark, a clause of time, cause or manner, a relative clause
_THING_END = re.compile(
    r"[;:\"“”]|\s[—–]\s|,?\s+(?:which|who|as|after|before|while|because|since|amid|following|despite|until|"
    r"saying|adding|citing|when)\b|,\s+(?:its|his|her|their)\b"
)


def _thing_words(rest: str) -> list[str]:
    """Content-word stems of what an act is done to, up to the end of its clause."""
    clause = _THING_END.split(rest)[0]
    return [
        stem(m.group(0))
        for m in _WORD.finditer(clause)
        if m.group(0).lower() not in _STOP and not m.group(0)[0].isdigit()
    ]


def one_mover(a: Deed, b: Deed) -> bool | None:
    """For two deeds of one alternating act (``_ALTERNATING``): whether they set one thing going, by a name or a
    story entity in common ("NASA launched its Vela I rocket" / "The Vela I rocket lifted off"); None when either
    names nothing it moves, or the act is another."""
    if a.act != b.act or a.act not in _ALTERNATING or not a.moved or not b.moved:
        return None
    return bool(a.moved & b.moved)


def same_doer(a: Deed, b: Deed) -> bool:
    """Whether two deeds are done by one doer: one story entity in both subjects, or one name written alike, or an
    acronym of one that is the initials of the other's name ("WHO" / "World Health Organization"); and their
    subjects' common words do not differ ("the Orvale union" / "the Orvale government" are two doers)."""
    if a.common and b.common and a.common != b.common:
        return False
    if a.entities & b.entities:
        return True
    if a.names and (a.names == b.names or _spelled(a.names) == _spelled(b.names) or _shortened(a.names, b.names)):
        return True
    return bool(a.acronyms & b.acronyms or _initials(a) & b.acronyms or _initials(b) & a.acronyms)


# the fewest letters a name shortened to its first words keeps ("Exxon" of "Exxon Mobil"): a shorter one may be
# the first word of many names
_SHORT_NAME = 4


def _shortened(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether one name is the other told by its first words, as a company's is ("Exxon" / "Exxon Mobil", "Red
    Lobster" / "Red Lobster Seafood"). Not its last words: "Biden" may be any of two people of one family."""
    short, full = sorted((a, b), key=len)
    return 0 < len(short) < len(full) and tuple(full[: len(short)]) == tuple(short) and (
        len("".join(short)) >= _SHORT_NAME)


def _spelled(names: Sequence[str]) -> str:
    """A name's words run together, without dots: "J.M. Smucker Co." and "J. M. Smucker Co." are one name."""
    return "".join(names).replace(".", "")


def _initials(deed: Deed) -> set[str]:
    return {"".join(w[0] for w in deed.names)} if len(deed.names) >= 2 else set()
