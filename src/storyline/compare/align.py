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
  else are no shared figure ("nearly 12 hours" / "all 12 jurors", "in 25 years" / "wage increases of 25%"), and
  weigh nothing in the similarity either; two large figures within 5% are one; a word
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
statements agree: see ``storyline.compare.conflicts``. The words it reads (stems, stop words, figures) come from
``storyline.compare.words``; the counts and acts told in other words (``claims``, ``same_event``) from
``storyline.compare.claims``.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from storyline.compare.claims import _SMALL_COUNT, claims, events_of, other_rounds, same_event
from storyline.compare.money import same_amount
from storyline.compare.places import same_place
from storyline.compare.scores import same_match
from storyline.compare.words import (
    _LETTERS,
    _NAMING,
    _NUMBER_WORDS,
    _STOP,
    _WHEN,
    _WORD,
    _YEAR,
    _inflection,
    figure,
    stem,
    title_case,
)
from storyline.model import Span

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
    failure denies is marked ``~not`` (so is the verb of a subject "no ...": "no mediation had taken place"): a
    claim and its denial share no word for it. A shallow reading, no parse:
    it keeps apart what reports say about one thing in opposite ways, and decides nothing alone.
    """
    out: list[str] = []
    last = -1  # where in ``out`` the word just before stands, when it was a content word
    deny = False
    before = ""  # the word just before, lower case
    nothing = False  # the word just before was a noun after "no": "no mediation"
    for m in _WORD.finditer(text):
        w = m.group(0)
        low = w.lower().replace("’", "'")
        low, before, after_no = _passive_death(low, before), low, before == "no"
        if w[0].isdigit():
            out.append(figure(text, m.start(), m.end()))
            last, deny = -1, False
        elif low in _NUMBER_WORDS:
            out.append(_NUMBER_WORDS[low])
            last, deny = -1, False
        elif low.removesuffix("'s") in _STOP:
            if low in _PARTICLES and last >= 0:
                out[last] += "~" + low
            # "no mediation had taken place" denies the act: "taken" is denied as in "had not taken place"
            deny = low in _DENIERS or (deny and low in _BETWEEN) or (nothing and low in _AUXILIARIES)
            last = -1
        else:
            out.append(stem(low) + ("~not" if deny else ""))
            last = len(out) - 1
            deny = low.endswith("n't") or low.startswith(_DOUBTERS)
        nothing = after_no and low not in _STOP
    return out


# the auxiliary between a subject "no ..." and the verb it denies ("no mediation had taken place", "no
# decision has been made")
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would"})


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
    # per entity token of ``tokens``, in order: the stem of its mention when that is one word ("Mayday"), else ""
    spelled: tuple[str, ...] = ()
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
        spelled: list[str] = []
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
                spelled.append(stem(text[a:b]) if _LETTERS.fullmatch(text[a:b]) else "")
                chars[a:b] = " " * (b - a)
                ids.append("@" + eid)
        kept = [(s, e, eid) for s, e, eid in (() if title_case(text) else mentions)
                if not any(ms <= s and e <= me for ms, me in mask)]
        tokens = tuple(content_tokens("".join(chars))) + tuple(figures) + tuple(ids)
        numbers = frozenset(t for t in tokens if t[0].isdigit())
        entities = frozenset(i[1:] for i in ids)
        return Unit(span=span, text=text, report=report, kind=kind, entities=entities, numbers=numbers,
                    dates=dates, tokens=tokens, speakers=speakers, worded=worded, named=frozenset(named),
                    counted=counted_nouns(text), spelled=tuple(spelled),
                    events=events_of(text, [(s - span.start, e - span.start, eid) for s, e, eid in kept]))




def counted_nouns(text: str) -> frozenset[tuple[str, str]]:
    """``(figure, stem)`` for each figure of ``text`` written right before the word it counts ("nearly 12 hours"
    -> ``("12", "hour")``; "12-person" is a figure of its own, "stood at 820." and "July 11 by" count nothing).
    A stop word after the figure is no counted noun: "820, officials said" leaves what 820 counts open. A
    percentage counts percent, however it is written ("25%", "25 per cent", "25 percent"): "wage increases of
    25%" and "the longest strike in 25 years" give two figures, not one."""
    out = set()
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        w = m.group(0)
        low = w.lower()
        if w[0].isdigit():
            fig = figure(text, m.start(), m.end())
        elif low in _NUMBER_WORDS:
            fig = _NUMBER_WORDS[low]
        else:
            continue
        if _PERCENT.match(text, m.end()):
            out.add((fig, _PERCENT_STEM))
            continue
        if i + 1 == len(words):
            continue
        nxt = words[i + 1]
        noun = nxt.group(0).lower().replace("’", "'")
        if text[m.end() : nxt.start()].strip() or noun[0].isdigit() or noun in _NUMBER_WORDS:
            continue
        if noun.removesuffix("'s") not in _STOP:
            out.add((fig, stem(noun)))
    return frozenset(out)


# a percentage right after its figure: "25%", "25 %", "25 per cent" (a spelled "percent" is a noun like any other)
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b)", re.IGNORECASE)
_PERCENT_STEM = stem("percent")


# one act scores at least this in a story (above ``compare_story``'s threshold); ECB+, run without a floor, pairs
# sentences by event and gets a bonus instead: train P 0.8490 R 0.5701 -> 0.8490 R 0.5763 with 0.2 (0.1: P 0.8467;
# 0.25: R 0.5696; the floor: P 0.8465)
_EVENT_FLOOR = 0.25  # as ``_PASSAGE_FLOOR``
_EVENT_BONUS = 0.2




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


def _counted_dice(a: Unit, b: Unit) -> float | None:
    """The Dice overlap of two statements' figures, a figure both give counting only when both may count one
    thing with it (``same_count``): "the longest strike in 25 years" and "wage increases of 25%" share no
    figure, and the bare digits must not lift the pair (QA AJ #4)."""
    if not a.numbers or not b.numbers:
        return None
    shared = [f for f in a.numbers & b.numbers if same_count(a, b, f)]
    return 2 * len(shared) / (len(a.numbers) + len(b.numbers))


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
    # a figure each writes counting another thing ("25 years" / "25%") is no word they share
    apart = [f for f in a.numbers & b.numbers if not same_count(a, b, f)]
    lex = _cosine(va, vb) - sum(va.get(f, 0.0) * vb.get(f, 0.0) for f in apart)
    ent = _dice(a.entities, b.entities)
    num = _counted_dice(a, b)
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
    plain = {w for u in units for w in u.spelled if w in lower and w not in _STOP}
    if not plain:
        return list(units)
    out = []
    for u in units:
        # each mention keeps its own word: "President Stavros ... he" gives "president", the entity, the entity
        # (one word taken for the whole entity depended on the order of a set, which changes with the hash seed)
        words = iter(u.spelled)
        tokens = tuple(_plain(t, next(words, ""), plain) if t[0] == "@" else t for t in u.tokens)
        out.append(replace(u, tokens=tokens) if tokens != u.tokens else u)
    return out


def _plain(token: str, word: str, plain: set[str]) -> str:
    """An entity token as its mention's word when that word is one the story writes in lower case."""
    return word if word in plain else token


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
    saying the same thing about them. With ``min_shared``, so does a pair telling of two rounds of one contest
    (``claims.other_rounds``: "46% in the first round" / "54% in Sunday's vote").
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
            if a.report == b.report or (min_shared and (_two_quotations(a, b) or other_rounds(a.text, b.text))):
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
            extra: float = len(told) + sum(1 for f, _ in told if f not in a.numbers or f not in b.numbers)
            extra += _small_claims(told, a, b, generic)
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


def _small_claims(told: frozenset[tuple[str, str]], a: Unit, b: Unit, generic: frozenset[str]) -> float:
    """What the small counts two statements tell as one claim (``claims``: "the bodies of 11 climbers" / "11
    climbers were found dead") add to their shared words: their figure and the group they count weigh in full, as
    a large count's do. ``shared_words`` halves a small figure (alone with a name it makes no claim) and a word of
    the story's setting ("climber" in a story about climbers), which a claim of that group in that role is not."""
    extra = 0.0
    for count, sense in told:
        group = sense.partition(" ")[2]
        if not group or int(count) > _SMALL_COUNT:
            continue
        extra += 0.5 if count in a.numbers and count in b.numbers else 0.0
        extra += 0.5 if group in generic and group in a.tokens and group in b.tokens else 0.0
    return extra


# two quotes fewer of whose words than this share run in one order in the other are two things said, though they
# share a word or two ("This squad just shows what a team can do" / "It shows what kind of team they are")
_QUOTES_APART = 0.5


_QUOTE_MARK = re.compile(r"[\"“”‘’]\B|\B[\"“”‘’]")


def _quotation(u: Unit) -> bool:
    """Whether a statement is nothing but a speaker's quoted words: a quote, or a sentence of one (a clause in
    the speaker's words holding no quotation mark; a sentence around a partial quote holds its marks)."""
    return u.kind == "quote" or (u.kind == "clause" and u.worded and not _QUOTE_MARK.search(u.text))


def _two_quotations(a: Unit, b: Unit) -> bool:
    """Whether two statements are two different quotations: both a speaker's quoted words (``_quotation``), and
    not one quote (``quote_similarity`` below ``_QUOTES_APART``). What a speaker says is told by its words: shared
    words "shows ... team" do not make two sentences one statement, whoever said them."""
    return _quotation(a) and _quotation(b) and quote_similarity(a.text, b.text) < _QUOTES_APART


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
