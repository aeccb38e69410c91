"""Alignment: statements across the reports of one story that say the same thing.

A *statement* (``Unit``) is a sentence, or a part of one: a direct quote of five words or more stands on its
own (quotes are paired by their quoted words, not by the sentence around them), a reported clause credited to
another outlet is split from its attribution ("Nikkei Asia reported ..., that CLAUSE"), and a participial
reporting clause (", adding that ...", ", saying ...") is split from the clause before it.

Two statements in different reports are compared by
- TF-IDF cosine over content-word stems (idf from the story's own statements, so the story's common words
  weigh little; each form of a word is one stem, "escaped" / "escape", "shot" / "shooting", and the noun of an
  act is its verb where the story says both, "settlement" / "settle"); a count written out is its figure
  ("ten" / "10") and a few words of one claim are one stem
  ("died" / "deaths" / "were killed", "aboard" / "on board", "jet" / "aircraft"),
- the overlap of the story entities they mention (``Unit.entities``; none in a headline written in title case,
  whose capitals mark no names: its words count as words, ``title_case``), and of their numbers (a shared figure
  is strong evidence: "nearly 1,200" and "about 1,200"),
- for two quotes, the containment of their quoted words, in order (verbatim or lightly edited quotes score
  near 1; a short quote's words scattered over a long one do not),
- one distinctive count of one thing told in other words (``claims``: "killed at least 820 people" / "the death
  toll stood at 820", "all 34 counts" / "34 charges", "four years in prison" / "four years in jail"), and the
  final score of one match (``storyline.compare.scores``): the pair then scores at least ``_PASSAGE_FLOOR``, and
  the claim's word is one more shared word (its figure too, when no token holds it),
- one act of one family told in other words with one principal participant (``same_event``: "Kolvey has won
  the run-off" / "Kolvey beat Brannik in Sunday's vote" / "easily defeating Brannik"; "Brannik conceded defeat" /
  "Brannik called her to concede"), unless each gives a figure the other lacks: the act and its participant are
  two more shared words, and in a story the pair scores at least ``_EVENT_FLOOR`` (``_EVENT_BONUS`` more on ECB+),
- a passage carried nearly word for word ("It was not immediately clear (exactly) how many people were hurt"):
  the pair then scores at least ``_PASSAGE_FLOOR``, however each sentence goes on,
- one deal's amount of money told in other words and currencies (``money.same_amount``: one role, one currency,
  within a factor of two, neither statement placed in another year): "a £95 million (€110 million) deal" / "will
  pay an initial £100m" score at least ``_PASSAGE_FLOOR`` with ``min_shared``, so that their figures are compared.

Two guards keep alignment from claiming corroboration that is not there (issue 8):
- a speaker's own words never align with what a different speaker said (``speaker_clash``), unless the words
  are one quote credited differently; reported speech from two sources ("he said", "according to") may align;
- with ``min_shared``, two statements must share that many content words, figures or uncommon entities: an
  entity named by more than a tenth of the story's statements is its setting, and naming it says nothing;
  nor do names alone make a restatement: at least one shared token must be a word or a figure; nor does the
  day (a weekday, a month, "evening": ``_WHEN``); a figure counting a measure and a figure counting something
  else are no shared figure ("nearly 12 hours" / "all 12 jurors"), two large figures within 5% are one; a word
  of the story's setting ("verdict" in a story about a verdict) counts half; reported speech of two different
  speakers needs one shared word more (two speakers who talk of one meeting on one day may say different
  things of it);
  ``compare_story`` uses 2; ECB+ runs without (its gold pairs sentences that merely mention one event, and the
  floor costs 0.11 recall there for 0.02 precision, ``quality/align.json``).

Grouping: each statement links to its best match in every other report when the score clears ``threshold``
(best from either side, so a sentence that says what two sentences of another report say can hold both);
links are merged strongest first, and a group never takes more than ``per_report`` statements of one report,
and two groups merge only when their statements match on average (average linkage at ``cohesion`` times
the threshold), which stops chains of loosely related sentences; ``compare_story`` also asks that every two
statements of a group from different reports be comparable themselves (``complete``).

Does NOT use embeddings (the ``embed`` extra may add them later) and does not judge whether aligned
statements agree: see ``storyline.compare.conflicts``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.compare.money import same_amount
from storyline.compare.places import same_place
from storyline.compare.scores import same_match
from storyline.model import Span

# a figure is one word with what is written onto it: "67th", "16-year-old", "8:30", "1,200"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d(?:[\d,.:]*\d)?(?:-?[A-Za-z][A-Za-z-]*)?")
# spaCy's English list (a plain word list: no model is loaded; scikit-learn's, used before, cost ~2 s of import),
# less a few words news reports say things with ("were found by a remotely operated vehicle", "caught fire"): they
# stay content words
_NOT_STOP = frozenset({"found", "find", "fire", "bill", "system", "part", "interest", "call", "move", "show"})
# "did", "does", "doing" were no stop words in scikit-learn's list, which this one replaced, and stay words: ECB+
# align train F1 0.6808 (scikit-learn's list) -> 0.6780 with them as stop words, 0.6822 without; dev unchanged
_DO = frozenset({"did", "does", "doing"})
# the words of scikit-learn's list, which this one replaced, that spaCy's lacks: company suffixes and
# abbreviations are no content either
_ALSO_STOP = frozenset({"co", "inc", "ltd", "etc", "eg", "ie", "de", "un", "con", "cant", "couldnt", "hasnt"})
ENGLISH_STOP_WORDS = frozenset(w for w in STOP_WORDS if "'" not in w and "’" not in w and "‘" not in w) | _ALSO_STOP
_STOP = frozenset(ENGLISH_STOP_WORDS - _NOT_STOP - _DO) | {
    "said", "says", "say", "told", "according", "added", "adding", "reported", "also", "would", "could",
    "just", "like", "s", "mr", "ms", "mrs", "percent",
}  # fmt: skip


# counts written out are the figures reports also write in digits ("All ten people" / "All 10 people"); "one"
# to "four" are left out: "one" is mostly a pronoun ("no one"), and "two men", "three counties" are said of
# so many things in a story that on ECB+ they cost precision (dev P 0.8778 -> 0.8722 with "two" and up)
_COUNTS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
)
_NUMBER_WORDS = {w: str(n) for n, w in enumerate(_COUNTS.split()) if n > 4} | {
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "hundred": "100", "dozen": "12",
}  # fmt: skip
# stems of one claim told in other words: a death ("have died", "the deaths of"), who was on board ("aboard",
# "on board", "onboard"), what flew ("the business jet", "the aircraft") and a loser's concession ("conceded",
# "his concession speech"; ECB+ unchanged). Not "won" / "victory": "Trump congratulated him on his victory" is no
# restatement of "he has won". Not "killed" nor "dead": with them ECB+ pairs the deaths of two different events
# (dev P 0.8778 -> 0.8706); a passive "were killed" is kept
_FAMILY_WORDS = {
    "die": ("die", "died", "dies", "dying", "death", "deaths"),
    "aboard": ("aboard", "board", "onboard"),
    "plane": ("plane", "planes", "jet", "jets", "aircraft", "airplane", "airplanes", "airliner", "airliners"),
    "concede": ("concede", "concedes", "conceded", "conceding", "concession"),
}
_VOWELS = frozenset("aeiou")


def _vowel(w: str, i: int) -> bool:
    """Whether ``w[i]`` sounds as a vowel: a, e, i, o, u, and a y after a consonant ("cry", not "yes")."""
    return w[i] in _VOWELS or (w[i] == "y" and i > 0 and not _vowel(w, i - 1))


def _measure(w: str) -> int:
    """How many vowel-consonant sequences ``w`` holds (Porter's *m*: "tree" 0, "trouble" 1, "escap" 2)."""
    kinds = "".join("v" if _vowel(w, i) else "c" for i in range(len(w)))
    return kinds.count("vc")


def _short(w: str) -> bool:
    """Whether ``w`` ends consonant-vowel-consonant, the last no w, x or y ("hop", "plan"; not "box"): a final e
    after it belongs to the word ("hope", "plane")."""
    return (
        len(w) >= 3 and not _vowel(w, -3 % len(w)) and _vowel(w, len(w) - 2) and not _vowel(w, len(w) - 1)
        and w[-1] not in "wxy"
    )


def _inflection(w: str) -> str:
    """``w`` without its inflection, the way Porter's stemmer (1980) takes off plurals, "-ed" and "-ing" and a
    final silent e, so that each form of a word is written one way: "escape", "escaped", "escapes", "escaping"
    are ``escap``; "settle", "settled" ``settl``; "robbed", "robbing" ``rob``; "injuries", "injury" ``injury``;
    "hope", "hoped" stay ``hope`` and "plane" is no "plan"."""
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 4:
        w = w[:-1]
    if w.endswith("eed"):
        if _measure(w[:-3]) > 0:
            w = w[:-1]
    else:
        for suffix in ("ed", "ing"):
            base = w[: -len(suffix)]
            if w.endswith(suffix) and len(base) >= 2 and any(_vowel(base, i) for i in range(len(base))):
                w = base
                if w.endswith(("at", "bl", "iz")):
                    w += "e"
                elif w[-1] == w[-2] and w[-1] not in "aeiouylsz":
                    w = w[:-1]
                elif _measure(w) == 1 and _short(w):
                    w += "e"
                break
    if w.endswith("e") and len(w) > 3:
        m = _measure(w[:-1])
        if m > 1 or (m == 1 and not _short(w[:-1])):
            w = w[:-1]
    return w


_FAMILIES = {_inflection(w): family for family, words in _FAMILY_WORDS.items() for w in words}
# the past forms of irregular verbs, written as the verb ("shot" / "shooting", "stolen" / "steal"); not those
# that are as often another word ("left", "lead", "found", "saw", "rose", "lay")
_IRREGULAR_WORDS = (
    "began begun begin|bit bitten bite|blew blown blow|broke broken break|brought bring|built build|bought buy|"
    "caught catch|chose chosen choose|dealt deal|drew drawn draw|drove driven drive|fell fallen fall|"
    "fled flee|flew flown fly|fought fight|froze frozen freeze|grew grown grow|held hold|"
    "hid hidden hide|knew known know|lost lose|met meet|paid pay|ran run|rode ridden ride|sank sunk sink|"
    "sent send|shook shaken shake|shot shoot|sold sell|sought seek|spent spend|spoke spoken speak|stole stolen "
    "steal|struck strike|swept sweep|swore sworn swear|taught teach|thrown threw throw|"
    "tore torn tear|won win|wore worn wear|woke woken wake|wrote written write|slain slew slay"
)
_IRREGULAR = {w: forms.split()[-1] for forms in _IRREGULAR_WORDS.split("|") for w in forms.split()[:-1]}


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A symmetric stem: lower case, no possessive, inflections cut (``_inflection``), and the words of one claim
    family written as one (``_FAMILIES``)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    w = _inflection(_IRREGULAR.get(w, w))
    return _FAMILIES.get(w, w)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_CLOCK_AFTER = re.compile(r"\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"\s+(?:of\s+)?(" + _MONTH + r")(?![a-z])", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"\b(" + _MONTH + r")\s+$", re.IGNORECASE)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")


def figure(text: str, start: int, end: int) -> str:
    """The figure ``text[start:end]`` as a token: without commas, and marked when it is a clock time or a day
    of a month ("4 a.m." -> ``4am``, "March 4" and "4th March" -> ``4-mar``).

    A day and an hour are no count: "14 homes ... on March 4" and "crews went door to door from 4 a.m." share
    no figure. A year stays bare ("May 2011" and "in 2011" are one year). Dates are also compared whole, as
    ``Unit.dates``; this only keeps their digits from passing for a shared count.
    """
    fig = text[start:end].lower().replace(",", "")
    if _YEAR.fullmatch(fig):
        return fig
    if m := _CLOCK_AFTER.match(text, end):
        return fig + m.group(1).lower() + "m"
    month = _MONTH_AFTER.match(text, end) or _MONTH_BEFORE.search(text, max(0, start - 12), start)
    if month:
        return _ORDINAL.sub("", fig) + "-" + month.group(1).lower()[:3]
    return fig


# "out" or "off" right after a word makes another verb of it: "checked out" is no "checked in", "pulling off an
# escape" no "pulling a gun"
_PARTICLES = frozenset({"out", "off"})
# a word after these (past "to", "be", "been", ...) is denied or put in doubt: "did not check in", "pretending to
# check in", "failed to reach a deal" (and "unable to reach a deal", which says the same)
_DENIERS = frozenset({"not", "never"})
_DOUBTERS = ("pretend", "fake", "refus", "fail", "deni", "deny", "unable")
_BETWEEN = frozenset({"to", "be", "been", "being", "have", "has", "had", "yet", "even", "ever"})


def content_tokens(text: str) -> list[str]:
    """Content-word stems of ``text`` (stop words dropped, figures kept as ``figure`` writes them).

    Two stop words still count, by what they do to the word they belong to: a particle "out"/"off" is written
    onto the word before it (``check~out``), and a word that "not", "never", a "-n't" or a verb of pretence or
    failure denies is marked ``~not``: a claim and its denial share no word for it. A shallow reading, no parse:
    it keeps apart what reports say about one thing in opposite ways, and decides nothing alone.
    """
    out: list[str] = []
    last = -1  # where in ``out`` the word just before stands, when it was a content word
    deny = False
    before = ""  # the word just before, lower case
    for m in _WORD.finditer(text):
        w = m.group(0)
        low = w.lower().replace("’", "'")
        low, before = _passive_death(low, before), low
        if w[0].isdigit():
            out.append(figure(text, m.start(), m.end()))
            last, deny = -1, False
        elif low in _NUMBER_WORDS:
            out.append(_NUMBER_WORDS[low])
            last, deny = -1, False
        elif low.removesuffix("'s") in _STOP:
            if low in _PARTICLES and last >= 0:
                out[last] += "~" + low
            deny = low in _DENIERS or (deny and low in _BETWEEN)
            last = -1
        else:
            out.append(stem(low) + ("~not" if deny else ""))
            last = len(out) - 1
            deny = low.endswith("n't") or low.startswith(_DOUBTERS)
    return out


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _passive_death(word: str, before: str) -> str:
    """"were killed" says of its subject what "died" says ("All aboard ... were killed" / "All ten people on board
    died"); "killed" with an object ("a gunman killed two guards") says who did it, and stays "kill"."""
    return "died" if word == "killed" and before in _BE else word


def quote_words(text: str) -> list[str]:
    """Every word of a quote, lower case: quotes are compared word for word, stop words included."""
    return list(_quote_words(text))


@functools.lru_cache(maxsize=1 << 14)
def _quote_words(text: str) -> tuple[str, ...]:
    # cached: every pair of a story's statements is compared word for word (``_verbatim``, ``quote_similarity``)
    return tuple(m.group(0).lower().replace("’", "'") for m in _WORD.finditer(text))


# a mention that names its referent: a capitalised word that is no pronoun or determiner ("Gray", not "his",
# "He" or "The officer")
_NAMING = re.compile(
    r"(?!(?:The|A|An|This|That|These|Those|He|She|It|They|We|I|You|His|Her|Its|Their|Our|My|Your|Him|Them|Who)\b)"
    r"[A-Z]"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Unit:
    """One statement of one report: its span, and the features alignment uses."""

    span: Span
    text: str
    report: int  # index of the report in the story
    kind: str = "sentence"  # sentence | quote | clause
    entities: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    tokens: tuple[str, ...] = field(default=())
    speakers: frozenset[str] = frozenset()  # story entity ids of whoever the statement quotes or reports
    worded: bool = False  # whether it carries a speaker's own words (a direct or partial quote)
    named: frozenset[str] = frozenset()  # story entity ids it names (not by pronoun or description, nor as source)
    counted: frozenset[tuple[str, str]] = frozenset()  # (figure, stem of the noun it counts): "12 hours"
    spelled: frozenset[tuple[str, str]] = frozenset()  # (entity id, stem) of a mention of one word: "Mayday"
    events: frozenset[tuple[str, str, str]] = frozenset()  # (event family, entity id, side): see ``events_of``

    @staticmethod
    def make(
        *,
        span: Span,
        text: str,
        report: int,
        kind: str = "sentence",
        mentions: Sequence[tuple[int, int, str]] = (),
        dates: frozenset[str] = frozenset(),
        mask: Sequence[tuple[int, int]] = (),
        speakers: frozenset[str] = frozenset(),
        worded: bool = False,
    ) -> Unit:
        """A statement with its features; ``mentions`` are ``(start, end, entity id)`` in article offsets.

        The words of an entity mention count as one token, the entity's id: "North Atlantic Treaty
        Organization" in one report and "NATO" in another are the same word, and a long name does not
        outweigh the rest of the sentence. ``mask`` (article offsets) hides who a statement is attributed to
        ("according to the authority", "Morrow said"): that says where it comes from, not what it says.

        A statement in title case (a headline, ``title_case``) keeps its words as words: there every word is
        capitalized, so what was read as a name is as often a verb and its object ("Mora Checks Into Clinic"),
        and a name read whole out of a run of capitals hides the words the headline shares with other reports.
        """
        chars = list(text)
        for s, e in mask:
            a, b = max(s - span.start, 0), min(e - span.start, len(text))
            if a < b:
                chars[a:b] = " " * (b - a)
        ids: list[str] = []
        named: set[str] = set()
        spelled: set[tuple[str, str]] = set()
        figures: list[str] = []
        for s, e, eid in () if title_case(text) else mentions:
            if any(ms <= s and e <= me for ms, me in mask):
                continue
            a, b = max(s - span.start, 0), min(e - span.start, len(text))
            if a < b:
                if _NAMING.match(text[a:b]):
                    named.add(eid)
                # a figure stays a figure even inside a name the entity stage gave it ("nearly 1,200 people")
                figures.extend(t for t in content_tokens(text[a:b]) if t[0].isdigit())
                if _LETTERS.fullmatch(text[a:b]):
                    spelled.add((eid, stem(text[a:b])))
                chars[a:b] = " " * (b - a)
                ids.append("@" + eid)
        kept = [(s, e, eid) for s, e, eid in (() if title_case(text) else mentions)
                if not any(ms <= s and e <= me for ms, me in mask)]
        tokens = tuple(content_tokens("".join(chars))) + tuple(figures) + tuple(ids)
        numbers = frozenset(t for t in tokens if t[0].isdigit())
        entities = frozenset(i[1:] for i in ids)
        return Unit(span=span, text=text, report=report, kind=kind, entities=entities, numbers=numbers,
                    dates=dates, tokens=tokens, speakers=speakers, worded=worded, named=frozenset(named),
                    counted=counted_nouns(text), spelled=frozenset(spelled),
                    events=events_of(text, [(s - span.start, e - span.start, eid) for s, e, eid in kept]))


# a statement is in title case when at least this share of its longer words (``_TITLE_LONG`` letters or more:
# title case leaves "of", "at", "into" small) are capitalized, and it has ``_TITLE_MIN`` of them
_TITLE_SHARE = 0.9
_TITLE_LONG = 4
_TITLE_MIN = 3
_LETTERS = re.compile(r"[A-Za-z][A-Za-z'’]*")


def title_case(text: str) -> bool:
    """Whether ``text`` is written in title case or in capitals, as headlines are ("Mora Checks Into Clinic at
    Vell", "HARBOUR CRANE FALLS"): its capitals then say nothing about which words are names."""
    words = [w for w in _LETTERS.findall(text) if len(w) >= _TITLE_LONG]
    if len(words) < _TITLE_MIN:
        return False
    return sum(1 for w in words if w[0].isupper()) >= _TITLE_SHARE * len(words)


def counted_nouns(text: str) -> frozenset[tuple[str, str]]:
    """``(figure, stem)`` for each figure of ``text`` written right before the word it counts ("nearly 12 hours"
    -> ``("12", "hour")``; "12-person" is a figure of its own, "stood at 820." and "July 11 by" count nothing).
    A stop word after the figure is no counted noun: "820, officials said" leaves what 820 counts open."""
    out = set()
    words = list(_WORD.finditer(text))
    for m, nxt in itertools.pairwise(words):
        w = m.group(0)
        low = w.lower()
        if w[0].isdigit():
            fig = figure(text, m.start(), m.end())
        elif low in _NUMBER_WORDS:
            fig = _NUMBER_WORDS[low]
        else:
            continue
        noun = nxt.group(0).lower().replace("’", "'")
        if text[m.end() : nxt.start()].strip() or noun[0].isdigit() or noun in _NUMBER_WORDS:
            continue
        if noun.removesuffix("'s") not in _STOP:
            out.add((fig, stem(noun)))
    return frozenset(out)


# the words reports tell one act with, by family: "has won the run-off", "beat Brannik", "easily defeating him",
# "will become the next president", "his victory" are one win; "conceded defeat", "called her to concede",
# "admitted his defeat" one concession (matched first: its "defeat" is no win). The same family and the same
# principal participant make two statements one claim (``same_event``)
_EVENT_PATTERNS = (
    ("concede", r"(?:conced(?:e|es|ed|ing)|concession|(?:admit|accept|acknowledg)\w*)\s+"
     r"(?:his\s+|her\s+|their\s+|its\s+)?(?:defeat|loss)|conced(?:e|es|ed|ing)|concession"),
    ("win", r"w[io]n(?:s|ning)?|beat(?:s|ing|en)?|defeat(?:s|ed|ing)?|victor(?:y|ies|ious)|triumph(?:s|ed|ant)?|"
     r"elected|(?:will|to)\s+become\s+(?:the\s+)?(?:next|new)"),
    ("die", r"kill(?:s|ed|ing)?|di(?:e|es|ed)|dying|dead|deaths?|slain|fatally"),
    ("resign", r"resign(?:s|ed|ing|ation)?|step(?:s|ped|ping)?\s+down|quit(?:s|ting)?"),
    ("arrest", r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|custody"),
    ("hurt", r"injur(?:e|es|ed|ing|y|ies)|wound(?:s|ed|ing)?"),
)
_EVENT = re.compile("|".join(f"(?P<{name}>\\b(?:{words})\\b)" for name, words in _EVENT_PATTERNS), re.IGNORECASE)
# a predicate denied or put in doubt is no report of the act ("did not win", "failed to win", "never conceded")
_EVENT_DENIED = re.compile(r"(?:\b(?:not|never|no|fail\w*\s+to|refus\w*\s+to|unable\s+to)|n't)\s+(?:\w+\s+)?$", re.I)
# how many words before its predicate a participant may be named ("Her rival, Teodor Brannik, conceded", "Brannik
# called her to concede"), and after it ("defeating Teodor Brannik"): an object stands close, a subject less so.
# Tuned on ECB+ train (4 and 2: P 0.8490 R 0.5763; 4 and 4: P 0.8467 R 0.5728; 5 and 2 R 0.5769 but dev P lower)
_EVENT_REACH = 4
_EVENT_AFTER = 2
# one act scores at least this in a story (above ``compare_story``'s threshold); ECB+, run without a floor, pairs
# sentences by event and gets a bonus instead: train P 0.8490 R 0.5701 -> 0.8490 R 0.5763 with 0.2 (0.1: P 0.8467;
# 0.25: R 0.5696; the floor: P 0.8465)
_EVENT_FLOOR = 0.25  # as ``_PASSAGE_FLOOR``
_EVENT_BONUS = 0.2


def events_of(text: str, mentions: Sequence[tuple[int, int, str]]) -> frozenset[tuple[str, str, str]]:
    """``(family, participant, side)`` for each act ``text`` tells with a word of ``_EVENT_PATTERNS`` and each
    party named within ``_EVENT_REACH`` words of it, ``side`` "before" or "after" the predicate: "Kolvey beat
    Brannik" gives ``("win", "kolvey", "before")`` and ``("win", "brannik", "after")``.

    A party is an entity of ``mentions`` (in the text's own offsets), written both as ``@id`` and, when the
    mention names it, as the last word of its name (two reports' entity stages may read one person differently),
    or a capitalized word no mention covers and no stop word, day or month ("Kolvey beat Brannik" where the
    entity stage missed both); an owner ("Brannik's campaign chief") is none. A headline's capitals name nothing
    (``title_case``). A predicate denied ("did not win") tells no act. A shallow reading, no parse."""
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
        family = str(m.lastgroup)
        first, last = word_at(m.start()), word_at(m.end() - 1)
        for s, e, names in parties:
            side = ""
            if e <= m.start() and first - word_at(e - 1) <= _EVENT_REACH:
                side = "before"
            elif s >= m.end() and word_at(s) - last <= _EVENT_AFTER:
                side = "after"
            out.update((family, name, side) for name in names if side)
    return frozenset(out)


_OWNER = re.compile(r"['’]s?\b")


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


def _tfidf(units: Sequence[Unit]) -> list[dict[str, float]]:
    df: Counter[str] = Counter()
    for u in units:
        df.update(set(u.tokens))
    n = len(units)
    vecs = []
    for u in units:
        tf = Counter(u.tokens)
        vec = {t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vecs.append({t: v / norm for t, v in vec.items()})
    return vecs


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _dice(a: frozenset[str], b: frozenset[str]) -> float | None:
    if not a or not b:
        return None
    return 2 * len(a & b) / (len(a) + len(b))


# what one word out of place costs a run of words found in order (a changed word, an inserted "(have been)"): as
# much as a word found, so that words found two or more apart ("on Saturday ... a ... meeting") make no run
_EDIT = 1.0
# below this share of its words found anywhere in the other, a quote's words in order need not be looked at
_ORDER_FROM = 0.5


def _run(short: Sequence[str], long: Sequence[str], weights: Sequence[float] | None = None) -> tuple[float, int]:
    """The best run of ``short``'s words found in the same order in ``long``: its score (the weight of the words
    matched, ``weights`` giving one per word of ``short``, 1 each by default, less ``_EDIT`` for each word
    changed or skipped on either side) and the most words a run matches before its score falls to nothing. A
    local alignment (Smith and Waterman 1981) over words."""
    best, most = 0.0, 0
    prev = [(0.0, 0)] * (len(long) + 1)
    for i, word in enumerate(short):
        gain = weights[i] if weights is not None else 1.0
        cur = [(0.0, 0)] * (len(long) + 1)
        for j, other in enumerate(long, 1):
            diagonal = prev[j - 1]
            step = (diagonal[0] + gain, diagonal[1] + 1) if word == other else (diagonal[0] - _EDIT, diagonal[1])
            cell = max(step, (prev[j][0] - _EDIT, prev[j][1]), (cur[j - 1][0] - _EDIT, cur[j - 1][1]))
            if cell[0] > 0:
                cur[j] = cell
                best, most = max(best, cell[0]), max(most, cell[1])
        prev = cur
    return best, most


@functools.lru_cache(maxsize=1 << 16)
def quote_similarity(a: str, b: str) -> float:
    """Containment of the shorter quote's words in the longer one, in their order: the share of its words found
    in one run of the other (``_run``: small edits, "(have been)" or a changed word, barely count). Words of a
    short quote scattered over a long one are no containment ("On Saturday, there's a meeting" is not in "It'll
    go on Saturday. We have a very big meeting")."""
    wa, wb = _quote_words(a), _quote_words(b)
    small, big = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(small) < 4:
        return 0.0
    cs, cb = Counter(small), Counter(big)
    found = sum(min(c, cb[w]) for w, c in cs.items()) / len(small)
    if found < _ORDER_FROM:
        return found
    return min(found, _run(small, big)[1] / len(small))


# quoted words this alike are one quote, whoever each report credits it to
SAME_QUOTE = 0.8
# how much less a quote scores against another that holds it and more, at the most (when it is a tiny part)
_PART_OF_QUOTE = 0.1


def speaker_clash(a: Unit, b: Unit) -> bool:
    """Whether two statements come from two different speakers, one of them in its own (quoted) words, and
    their words are not one quote.

    Two people do not say the same thing because they talk about the same alliance: a fact never holds a
    speaker's words and what another speaker said, unless the reports carry the same words and merely credit
    them differently. Two sources reporting one event in reported speech ("he said", "according to the
    authority") may well agree, or disagree on a figure, so those do not clash; nor does a statement whose
    speaker is unknown.
    """
    if not a.speakers or not b.speakers or a.speakers & b.speakers or not (a.worded or b.worded):
        return False
    return quote_similarity(a.text, b.text) < SAME_QUOTE


# a stop word found in a passage weighs this much of a content word: "It was not immediately clear how many
# people were hurt" is a passage by "immediately", "clear", "people", "hurt", held together by the rest
_STOP_WEIGHT = 0.25
# a passage two statements share weighing this much (four content words in a row, small edits allowed, with the
# stop words between them) is one wording: two reports carrying it say the same thing, whatever else each sentence
# goes on to say, and the pair scores at least ``_PASSAGE_FLOOR``, above every threshold in use (0.2 on ECB+,
# 0.22 in ``compare_story``). Tuned on ECB+ train: P 0.8447 -> 0.8463, F1 0.6378 -> 0.6384; dev unchanged (a
# bonus of 0.1 instead of a floor lost 0.005 train F1; a floor of 0.3 lost 0.002 dev precision)
PASSAGE = 4.5
_PASSAGE_FLOOR = 0.25


@functools.lru_cache(maxsize=1 << 14)
def _weighted(text: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    words = _quote_words(text)
    return words, tuple(_STOP_WEIGHT if w.removesuffix("'s") in _STOP else 1.0 for w in words)


def shared_passage(a: str, b: str) -> float:
    """The weight of the longest passage two statements share nearly word for word (``_run``, content words 1,
    stop words ``_STOP_WEIGHT``)."""
    (wa, weights), (wb, _) = _weighted(a), _weighted(b)
    return _run(wa, wb, weights)[0]


def similarity(a: Unit, b: Unit, va: dict[str, float], vb: dict[str, float]) -> float:
    """How surely two statements say the same thing, in [0, 1] (0 for two different speakers' words)."""
    if a.kind == "quote" and b.kind == "quote":
        q = quote_similarity(a.text, b.text)
        if q >= SAME_QUOTE:
            # containment puts a few words lifted from a statement level with the whole statement; the whole one
            # is the better partner ("no one should be surprised" / "We have seen the reports. If confirmed, no
            # one should be surprised"), and it is linked first
            la, lb = len(quote_words(a.text)), len(quote_words(b.text))
            return q * (1 - _PART_OF_QUOTE * (1 - min(la, lb) / max(la, lb)))
    if speaker_clash(a, b):
        return 0.0
    lex = _cosine(va, vb)
    ent = _dice(a.entities, b.entities)
    num = _dice(a.numbers, b.numbers)
    score = lex if ent is None else 0.75 * lex + 0.25 * ent
    if num is not None and num > 0:
        score += 0.15 * num
    if a.dates & b.dates:
        score += 0.1
    if len(set(a.tokens) & set(b.tokens)) >= 3 and shared_passage(a.text, b.text) >= PASSAGE:
        score = max(score, _PASSAGE_FLOOR)
    return min(score, 1.0)


# an entity named by more than this share of a story's statements is part of the story's setting ("NATO",
# "Japan" in a story about NATO in Japan): naming it is no evidence that two statements say the same thing
_UBIQUITOUS = 0.1


# a count this small is said of many things in one story ("five passengers", "five major pieces of debris")
_SMALL_COUNT = 12


# what says when, not what: weekdays, months and parts of the day (as ``stem`` writes them)
_WHEN_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday weekend today tonight yesterday tomorrow morning "
    "afternoon evening night earlier later week month january february march april june july august september "
    "october november december"
)
_WHEN = frozenset(stem(w) for w in _WHEN_WORDS.split())


def shared_words(
    a: Unit, b: Unit, common: frozenset[str] = frozenset(), generic: frozenset[str] = frozenset()
) -> float:
    """How many content words, figures and uncommon entities two statements share (``common``: the entity
    tokens, ``@id``, that do not count). A single letter is no word: it is an initial or a piece of "p.m." or
    "E. 52nd St." (it stays in the similarity, where ECB+'s event pairs lean on a shared "p.m."). A small
    count (twelve or less) counts half: alone with one name it does not make two statements one claim; so does a
    year, which says when, not what ("the 2020 election" in a story about a settlement over it); a figure
    counting two different things counts nothing ("nearly 12 hours" / "all 12 jurors": ``same_count``); a word
    of the story's setting (``generic``: "verdict" in a story about a verdict) counts half. When all they share
    is a run of words that each writes as one phrase (``_one_phrase``), the words after its first count half."""
    shared = {t for t in set(a.tokens) & set(b.tokens) if len(t) > 1 or t.isdigit()} - common
    weights: dict[str, float] = {}
    for t in shared:
        if t[0].isdigit() and not same_count(a, b, t):
            continue
        small = t.isdigit() and int(t) <= _SMALL_COUNT
        weights[t] = 0.5 if small or _YEAR.fullmatch(t) or t in generic else 1.0
    total = sum(weights.values()) - sum(weights[t] / 2 for t in _one_phrase(a, b, shared)[1:])
    return total + _near_figures(a.numbers - b.numbers, b.numbers - a.numbers)


def _one_phrase(a: Unit, b: Unit, shared: set[str]) -> tuple[str, ...]:
    """The words two statements share when they are all one noun phrase, written next to each other, after an
    article and in one order by both, else nothing: "the government is trying to get aid to the affected areas"
    and "the prime minister reached the affected area" name one place, "the affected area", and say nothing else
    alike. A subject and its verb are no phrase ("two people were rescued" / "two people have since been
    rescued" tell one claim), nor is a verb and its adverb ("has previously warned")."""
    if len(shared) < 2 or any(t[0].isdigit() or t[0] == "@" for t in shared):
        return ()
    runs = []
    for u in (a, b):
        written = [stem(m.group(0)) for m in _WORD.finditer(u.text)]
        at = [i for i, w in enumerate(written) if w in shared]
        if len(at) != len(shared) or at[-1] - at[0] != len(at) - 1 or at[0] == 0 or written[at[0] - 1] not in _ARTICLES:
            return ()
        runs.append(tuple(written[at[0] : at[-1] + 1]))
    return runs[0] if runs[0] == runs[1] else ()


_ARTICLES = frozenset({"the", "a", "an"})


# two large figures this close are one figure told roughly ("some 1,180 people" / "nearly 1,200 people") or told
# differently (then ``storyline.compare.conflicts`` weighs them): either way both statements count one thing
_NEAR = 0.05
_NEAR_FROM = 100


def _near_figures(a: frozenset[str], b: frozenset[str]) -> float:
    """1 when a plain figure of ``a`` of at least ``_NEAR_FROM`` is within ``_NEAR`` of one of ``b``, else 0. A
    year is no count: 2016 and 2011 are two years."""
    xs = [int(t) for t in a if t.isdigit() and int(t) >= _NEAR_FROM and not _YEAR.fullmatch(t)]
    ys = [int(t) for t in b if t.isdigit() and int(t) >= _NEAR_FROM and not _YEAR.fullmatch(t)]
    return 1.0 if any(abs(x - y) <= _NEAR * max(x, y) for x in xs for y in ys) else 0.0


# what a figure measures rather than counts: time and distance, weight, money. A figure counting one of them and
# a figure counting anything else are two figures ("nearly 12 hours" / "all 12 jurors"), while two counts of
# people or things may name them differently ("1,200 residents" / "1,200 people")
_MEASURE_WORDS = (
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "century centuries mile miles kilometre kilometres kilometer kilometers km metre metres meter meters feet "
    "foot inch inches yard yards pound pounds kilogram kilograms kg ton tons tonne tonnes dollar dollars euro "
    "euros percent magnitude degree degrees"
)
_MEASURES = frozenset(stem(w) for w in _MEASURE_WORDS.split())


# what a count may count, in any of the words reports use for it: the dead ("killed", "died", "the death toll"),
# the hurt, years behind bars ("in prison", "in jail"), the counts of an indictment ("counts", "charges")
_SENSE_WORDS = {
    "die": "die died dies dying dead death deaths kill killed killing kills toll fatalities lives",
    "hurt": "hurt injured injuring injuries injury wounded wounding",
    "prison": "prison prisons jail jailed imprisonment imprisoned incarceration",
    "charge": "count counts charge charges",
}
_SENSE = {w: sense for sense, words in _SENSE_WORDS.items() for w in words.split()}
# how many words from its figure the word for what it counts may stand, in its clause ("The death toll as of
# Saturday morning stood at 820"); a count of the indictment names it right after its figure ("34 felony counts")
_SENSE_REACH = 8
_CHARGE_REACH = 2
_CLAUSE = re.compile(r"[;:!?()\"“”]|,(?!\d)|\.(?!\d)|\s[—–]\s")
_TIME_NOUNS = frozenset({"year", "years", "month", "months"})
_SMALL_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4"}


@functools.lru_cache(maxsize=1 << 14)
def claims(text: str) -> frozenset[tuple[str, str]]:
    """``(figure, sense)`` for each distinctive count of a statement told with a word of what it counts
    (``_SENSE_WORDS``), in its clause: "killed at least 820 people" and "the death toll stood at 820" both give
    ``("820", "die")``, "all 34 counts" and "34 felony charges" ``("34", "charge")``, "up to four years in
    prison" and "four years in jail" ``("4", "prison")``.

    Distinctive: a count of the dead or hurt above ``_SMALL_COUNT`` (two reports telling that two people died
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
            if any(_SENSE.get(x) == "charge" for x in low[n + 1 : n + 1 + _CHARGE_REACH]):
                out.add((fig, "charge"))
    return frozenset(out)


def same_count(a: Unit, b: Unit, fig: str) -> bool:
    """Whether a figure both statements give may count one thing: not when each writes it right before a noun
    (``Unit.counted``), the nouns differ, and one of them is a measure (``_MEASURES``: hours, miles, ...)."""
    na = {n for f, n in a.counted if f == fig}
    nb = {n for f, n in b.counted if f == fig}
    if not na or not nb or na & nb:
        return True
    return not (na | nb) & _MEASURES


def names_only(a: Unit, b: Unit) -> bool:
    """Whether all two statements share, beyond stop words, is whom they name (``@`` entity tokens).

    "The Vell Dam Authority is searching for the missing barge" and "The Vell Dam Authority, facing questions
    about its budget, met on Tuesday" name the same authority and say different things about it: a
    restatement shares at least one word or figure of what is said.
    """
    return not any(t[0] != "@" and (len(t) > 1 or t.isdigit()) for t in set(a.tokens) & set(b.tokens))


def _common_entities(units: Sequence[Unit]) -> frozenset[str]:
    df = Counter(t for u in units for t in set(u.tokens) if t[0] == "@")
    return frozenset(t for t, c in df.items() if c > _UBIQUITOUS * len(units))


def _generic_words(units: Sequence[Unit]) -> frozenset[str]:
    """Words of the story's setting: content words in more than a tenth of its statements and more than twice
    as many statements as there are reports ("verdict" in 18 of 72 statements of four reports on a verdict). A
    word every report says once or twice is what one fact is about; a word said everywhere is what the story
    is about."""
    df = Counter(t for u in units for t in set(u.tokens) if t[0] != "@" and not t[0].isdigit())
    floor = max(_UBIQUITOUS * len(units), 2 * len({u.report for u in units}))
    return frozenset(t for t, c in df.items() if c > floor)


# the endings that make a noun of an act ("settlement", "election", "arrival", "departure", "acceptance"); the
# agent's ("shooter", "investigator") are left out: "officer" is no "office" (ECB+ train P 0.849 -> 0.844 with them)
_ACT_ENDINGS = ("ment", "ion", "al", "ure", "ance", "ence")
# a verb shorter than this is too often another word's start ("station" is no "state": both give ``stat``)
_ACT_BASE = 5


def _verb_forms(base: str) -> list[str]:
    """The stems a verb may have whose noun, less its ending, is ``base``: the base itself ("settle-ment"), and
    the Latin verbs whose last consonant changes before "-ion" ("decis-ion" / "decide", "collis-ion" / "collide",
    "admiss-ion" / "admit", "expans-ion" / "expand", "reduct-ion" / "reduce")."""
    out = [_inflection(base)]
    if base.endswith("ss"):
        out.append(base[:-2] + "t")
    elif base.endswith("s"):  # "decis" / "decid", "expans" / "expand"
        out.append(base[:-1] + "d")
    elif base.endswith("ct"):
        out.append(base[:-1])
    return out


# a word written in lower case: a common noun, whatever another report made of it
_LOWER_WORD = re.compile(r"(?<![A-Za-z'’-])[a-z][a-z'’-]*")


def plain_names(units: Sequence[Unit]) -> list[Unit]:
    """The statements, a name of one word written as its word when another statement of the story writes that
    word in lower case: a "Mayday" call the entity stage took for a name and a crew that "sent out a mayday" say
    one word. A name no statement writes in lower case ("Velm", "Reuters") stays the entity's."""
    lower = {stem(w) for u in units if not title_case(u.text) for w in _LOWER_WORD.findall(u.text)}
    plain = {"@" + eid: word for u in units for eid, word in u.spelled if word in lower and word not in _STOP}
    if not plain:
        return list(units)
    out = []
    for u in units:
        mine = {"@" + eid: word for eid, word in u.spelled if "@" + eid in plain}
        out.append(replace(u, tokens=tuple(mine.get(t, t) for t in u.tokens)) if mine else u)
    return out


def derived(units: Sequence[Unit]) -> list[Unit]:
    """The statements, a noun of an act written as its verb when the story also says the verb ("the settlement"
    / "agreed to settle", "his arrival" / "arrived", "the decision" / "decided"): a word and the noun made of it
    say one thing. Only
    within the story: a word whose stem is no word of the story keeps its ending."""
    words = {t for u in units for t in u.tokens if t[0] != "@" and not t[0].isdigit() and "~" not in t}
    verb_of: dict[str, str] = {}
    for word in words:
        for ending in _ACT_ENDINGS:
            base = word.removesuffix(ending)
            if base == word:
                continue
            verb = next((v for v in _verb_forms(base) if len(v) >= _ACT_BASE and v in words), None)
            if verb is not None:
                verb_of[word] = verb
                break
    if not verb_of:
        return list(units)

    def written(token: str) -> str:
        word, mark, rest = token.partition("~")
        return verb_of.get(word, word) + mark + rest

    return [replace(u, tokens=tuple(written(t) for t in u.tokens)) for u in units]


def score_pairs(units: Sequence[Unit], *, min_shared: int = 0) -> dict[tuple[int, int], float]:
    """Similarity of every pair of statements from different reports (``i < j``).

    A pair sharing fewer than ``min_shared`` content words, or sharing only names (``names_only``), scores 0
    unless it is one quote: in a story every statement names the same few parties, and naming them is not
    saying the same thing about them.
    """
    # ECB+, run without a floor, pairs sentences by event, where a name's plain word is as often another thing
    # ("Police" / "police": dev F1 0.7296 -> 0.7278 with ``plain_names`` there, train 0.6822 -> 0.6830)
    units = derived(plain_names(units) if min_shared else units)
    vecs = _tfidf(units)
    common = _common_entities(units)
    generic = _generic_words(units)
    scores: dict[tuple[int, int], float] = {}
    for i, a in enumerate(units):
        for j in range(i + 1, len(units)):
            b = units[j]
            if a.report == b.report:
                continue
            # a speaker's own words set against a statement nobody is credited with: the statement must restate
            # them, so it needs one word more ("Japan", "South Korea" and "threat" are no restatement)
            need = min_shared + (1 if min_shared and (a.worded != b.worded) and not (a.speakers and b.speakers) else 0)
            # two speakers: one claim made by both needs one word more, and when they spoke, or of what day, is
            # no part of it ("Bruce said on Tuesday a meeting on Saturday ..." / "on Tuesday, Araqchi confirmed
            # ... negotiations ... on Saturday")
            two = bool(min_shared and a.speakers and b.speakers and not a.speakers & b.speakers)
            # one deal's amount told in two ways ("a £95 million (€110 million) deal" / "will pay an initial £100m"):
            # the amount and what it is are two more shared words, whoever each report credits, and the pair is
            # compared (``storyline.compare.conflicts``); ECB+, run without a floor, pairs sentences by event, and
            # there two amounts of one role are as often two deals (train P 0.8462 -> 0.8441 with it)
            paid = bool(min_shared) and not (a.worded or b.worded) and same_amount(a.text, b.text)
            # one act of one family with one principal participant ("Kolvey has won the run-off" / "Kolvey beat
            # Brannik in Sunday's vote"): the act and its participant are two more shared words, whoever each
            # report credits (two sources telling one act is the corroboration sought)
            event = same_event(a, b) and not speaker_clash(a, b)
            need += two and not paid and not event
            # one distinctive count of one thing ("killed 820 people" / "the death toll stood at 820") is one claim
            # (its word for what is counted is one more shared word, and so is its figure where a token misses it:
            # "four years" is no token)
            told = claims(a.text) & claims(b.text) if not speaker_clash(a, b) else frozenset()
            extra = len(told) + sum(1 for f, _ in told if f not in a.numbers or f not in b.numbers)
            # a distance in one direction from one place ("72 kilometres southwest of Marrakesh" / "63 kilometers
            # southwest of the city of Marrakech"): the place and the distance are two more shared words
            where = bool(same_place(a.text, b.text)) and not speaker_clash(a, b)
            extra += 2 * where
            extra += 2 * paid
            extra += 2 * event
            few = need and (
                shared_words(a, b, common | _WHEN, generic) + extra < need
                or (names_only(a, b) and not paid and not event)
            )
            # two final scores of one match tell one result, however else the sentences go on (then compared)
            match = same_match(a.text, b.text) and not speaker_clash(a, b)
            if few and not _verbatim(a, b) and not match:
                continue
            s = similarity(a, b, vecs[i], vecs[j])
            if match or told or where or paid:
                s = max(s, _PASSAGE_FLOOR)
            if event:
                s = max(s, _EVENT_FLOOR) if min_shared else s + _EVENT_BONUS
            if s > 0:
                scores[(i, j)] = s
    return scores


# a statement restates another word for word only when it is at least this share of the other's length
_LIKE_LENGTH = 0.5


def opposed(a: Unit, b: Unit) -> bool:
    """Whether one statement has a word with a particle or a denial (``content_tokens``) that the other has
    bare or marked otherwise: nearly the same words then say opposite things."""

    def marks(u: Unit) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for t in u.tokens:
            base, _, mark = t.partition("~")
            out.setdefault(base, set()).add(mark)
        return out

    ma, mb = marks(a), marks(b)
    return any(ma[w] != mb[w] and "" not in ma[w] & mb[w] for w in ma.keys() & mb.keys())


def _verbatim(a: Unit, b: Unit) -> bool:
    """One wording: the same quote, or two statements of like length, one's words nearly all in the other's (two
    headlines, a lead and its copy). A short statement inside a long one is no copy of it: the long one says
    more ("Weitz is known for his work with his brother" inside "Weitz, known for his work with his brother,
    will direct the sequel"), so it must clear the shared-word floor like any other pair. Nor is a wording that
    turns one word the other way ("checked out of" / "checked into", "never checked in"): see ``opposed``."""
    if quote_similarity(a.text, b.text) < SAME_QUOTE or opposed(a, b):
        return False
    if a.kind == "quote" and b.kind == "quote":
        return True
    la, lb = len(quote_words(a.text)), len(quote_words(b.text))
    return min(la, lb) >= _LIKE_LENGTH * max(la, lb)


def _linkage(a: list[int], b: list[int], units: Sequence[Unit], scores: dict[tuple[int, int], float]) -> float:
    """Mean score between two groups over their pairs from different reports (average linkage)."""
    pairs = [(min(x, y), max(x, y)) for x in a for y in b if units[x].report != units[y].report]
    if not pairs:
        return 0.0
    return sum(scores.get(p, 0.0) for p in pairs) / len(pairs)


def align(
    units: Sequence[Unit],
    *,
    threshold: float = 0.2,
    per_report: int = 2,
    cohesion: float = 0.4,
    min_shared: int = 0,
    complete: bool = False,
) -> list[list[int]]:
    """Groups of statement indexes that say the same thing; every statement is in exactly one group.

    Groups come out in the order of their first statement; singletons are statements no other report shares.
    ``min_shared``: see ``score_pairs``. With ``complete``, every two statements of a group from different
    reports must be comparable themselves (score above zero: the shared-word floor met, no speaker clash): a
    statement that merely shares words with one member ("the mayor praised the officers" with "police closed
    the road ..., and the mayor praised the officers") does not join what that member says with others.
    """
    scores = score_pairs(units, min_shared=min_shared)
    # best partner of each statement in each other report
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for (i, j), s in scores.items():
        for x, y in ((i, j), (j, i)):
            key = (x, units[y].report)
            if s > best.get(key, (0.0, -1))[0]:
                best[key] = (s, y)
    links = sorted(
        {(s, min(x, y), max(x, y)) for (x, _), (s, y) in best.items() if s >= threshold},
        key=lambda t: (-t[0], t[1], t[2]),
    )
    group_of = list(range(len(units)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(units))}

    def root(i: int) -> int:
        while group_of[i] != i:
            group_of[i] = group_of[group_of[i]]
            i = group_of[i]
        return i

    for _, i, j in links:
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        merged = members[ri] + members[rj]
        per = Counter(units[k].report for k in merged)
        if max(per.values()) > per_report:
            continue
        if _linkage(members[ri], members[rj], units, scores) < cohesion * threshold:
            continue
        if complete and any(
            (min(x, y), max(x, y)) not in scores
            for x in members[ri]
            for y in members[rj]
            if units[x].report != units[y].report
        ):
            continue
        if any(speaker_clash(units[x], units[y]) for x in members[ri] for y in members[rj]):
            continue
        group_of[rj] = ri
        members[ri] = merged
        del members[rj]
    groups = [sorted(m) for m in members.values()]
    return sorted(groups, key=lambda g: g[0])
