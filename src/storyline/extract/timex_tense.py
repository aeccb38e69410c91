"""Tense cues: which way an underspecified expression points, read from the plain text around it.

The tense cue is what decides the direction of an underspecified expression ("on Wednesday" in "she said
on Wednesday" is the Wednesday before the report; in "talks will resume on Wednesday" the one after). It is
read from the plain text, without a parse, so that re-anchoring a report costs only regular expressions
and the first reading and a re-anchored one always agree. The verb that governs the expression wins: the
first verb of its own clause read backwards from it ("The team begin their campaign away to Brentford on
Sunday, with ... decided by then" looks ahead: "begin" governs "Sunday", "decided" is another clause's;
``governing_direction``). Where the clause holds no verb before the expression, the nearest tense-bearing
word in the same sentence wins (a future modal, a future-looking verb, or a past-tense verb); no cue at all
means "unknown" and each rule picks its own default.

Does not parse: the clause is cut at punctuation and the verb is told by its form and a few word lists,
so a clause joined without a comma ("He said talks that collapsed resume on Friday") can still mislead it.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache

_FUTURE = {
    "will", "'ll", "’ll", "shall", "won't", "won’t", "wo", "would", "going", "plans", "plan", "planning",
    "scheduled", "schedule", "slated", "expected", "expects", "expect", "due", "upcoming", "intends", "intend", "aims",
    "hopes", "await", "awaits", "awaiting", "tomorrow", "soon", "until", "till",
}  # fmt: skip
# future modals that govern the clause they open: a reporting verb after a comma ("will resign on Monday,
# Kyodo said") does not turn the expression to the past
_MODALS = {"will", "'ll", "’ll", "shall", "would", "wo"}
# "until" and "would" lean forward only weakly ("would" is often a past habit or reported speech)
_WEAK_FUTURE = {"until", "till", "would"}
_PAST = {
    "said", "told", "was", "were", "had", "did", "ago", "met", "made", "took", "went", "came", "began", "gave",
    "got", "saw", "left", "found", "fell", "rose", "won", "lost", "sold", "bought", "paid", "spoke", "wrote",
    "became", "brought", "thought", "felt", "kept", "led", "ran", "sent", "struck", "broke", "chose", "drove",
    "flew", "grew", "knew", "shot", "stood", "threw", "fought", "sought", "caught", "built", "spent", "heard",
    "hung", "stole", "last", "yesterday", "earlier", "since", "previously", "killed", "slid", "fled", "quit",
    "held", "wore", "woke", "sank", "swore", "tore", "forgot", "withdrew", "overtook", "underwent", "upheld",
    # irregular past forms that are no other word ("the flood swept away families on Monday")
    "swept", "wept", "slept", "crept", "dealt", "meant", "sang", "rang", "swam", "blew", "drew", "shook", "froze",
    "rode", "drank", "taught", "arose", "awoke", "knelt", "leapt", "spun", "swung", "overran", "overthrew",
    "mistook", "undertook", "withheld", "withstood", "forbade", "forgave", "foresaw", "bled", "sprang", "shrank",
    "stank", "strode", "strove", "slew",
}  # fmt: skip
_NOT_PAST_ED = {
    "need", "speed", "feed", "seed", "reed", "bed", "red", "shed", "bred", "breed", "proceed", "succeed",
    "exceed", "indeed", "hundred", "united", "based", "related", "limited", "embed", "wed", "fled", "led",
    "greed", "weed", "deed", "creed", "heed", "sled", "scheduled", "expected", "planned", "interested",
    "concerned", "supposed", "used", "allied", "skilled", "talented", "detailed", "advanced", "dedicated",
}  # fmt: skip
# words that open a noun phrase after "due to" ("due to the fog", "due to bad weather"): the cause, not a plan
_PHRASE_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                "those", "some", "poor", "bad", "low", "high", "heavy", "severe", "lack"}  # fmt: skip
_PASSIVE_AUX = {"be", "being", "to", "remain", "remains", "stay", "stays", "is", "are", "am", "get", "gets"}

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll")
# a sentence ends at . ! ? or a line break, unless the dot closes a short abbreviation ("Aug.", "U.S.")
_SENT_END = re.compile(r"(?P<punct>[.!?]+)[\"”’']?(?=\s)|\n+")
_LAST_WORD = re.compile(r"[\w.]*$")
_ABBREVIATIONS = {
    "mr", "ms", "mrs", "dr", "st", "jr", "sr", "co", "no", "vs", "gen", "sen", "rep", "gov", "inc", "ltd", "col",
    "sgt", "lt", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "a.m", "p.m", "u.s", "u.k", "u.n", "prof", "capt", "maj", "cmdr", "adm", "rev", "ft", "mt", "e.g", "i.e",
}  # fmt: skip


@lru_cache(maxsize=64)
def sentence_bounds(text: str) -> tuple[int, ...]:
    """Start offsets of the sentences of ``text`` (0 first), from punctuation and line breaks."""
    starts = [0]
    for m in _SENT_END.finditer(text):
        before = _LAST_WORD.search(text, max(0, m.start() - 12), m.start()) if m["punct"] == "." else None
        word = before.group() if before is not None else None
        if word is not None and (word.lower().rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isupper())):
            continue
        starts.append(m.end())
    return tuple(starts)


def sentence_at(text: str, start: int) -> tuple[int, int]:
    """The ``[start, end)`` of the sentence holding offset ``start``."""
    bounds = sentence_bounds(text)
    i = bisect.bisect_right(bounds, start) - 1
    s = bounds[i]
    e = bounds[i + 1] if i + 1 < len(bounds) else len(text)
    return s, e


def deadline_ahead(text: str, start: int, end: int) -> bool:
    """Whether the expression is the deadline of something still to be done ("have been asked to leave by or
    before 11:59 PM on Saturday (October 19)", "must leave by Sunday"): a day set ahead, not one on which
    anything was told to happen."""
    s, e = sentence_at(text, start)
    words = list(_WORD.finditer(text, s, e))
    last_before = next((i for i, m in enumerate(words) if m.start() >= end), len(words)) - 1
    while last_before >= 0 and words[last_before].end() > start:
        last_before -= 1
    return _deadline_ahead(text, words, [m.group(0).lower() for m in words], last_before, start)


def tense_direction(text: str, start: int, end: int) -> int:
    """-1 when the tense cue that governs the expression looks back, +1 when it looks forward, 0 when none.

    The cue is the verb that governs the expression in its own clause (``governing_direction``), else the
    nearest tense-bearing word in the expression's sentence, counted in words; words inside the expression
    do not count. A quote keeps its speaker's tense: for an expression inside one, the
    quote's own words within ``QUOTE_REACH`` are read first, and the reporting verb outside ('"We'll be
    meeting on Friday," she said') only when they hold no cue; likewise an expression outside a quote reads
    the words outside first. Weak future cues ("until", "would") only win when no other cue is within 2.5
    times their distance. Four readings go before the nearest cue, as news writes them:

    - the present tense right before the expression ("The talks resume Saturday", "The final is on
      Saturday", "there's a meeting on Saturday") names a day to come;
    - an expression after a noun that opens a clause ("said a meeting on Saturday between the envoys would
      focus on trade", "The blaze on Saturday destroyed two barns") takes the verb of that clause, after it;
    - an expression fronted before a comma ("On Saturday, the talks resume") takes the verb after it;
    - otherwise the verb of the expression's clause before it, when there is one (``governing_direction``).

    Further back in the clause only a present tense of a scheduled event or one leading to an infinitive
    counts ("The team begin their campaign away to Brentford on Sunday", "is unlikely to feature in the
    match on Saturday"): "is in hospital after a fall on Saturday" tells of a day gone by.
    """
    s, e = sentence_at(text, start)
    words = list(_WORD.finditer(text, s, e))
    scoped = _scope_words(text, words, s, e, start)
    if len(scoped) < len(words):
        # a quote's own words first, and only near ones; the reporting verb outside it is the fallback
        direction = _direction(text, scoped, start, end, reach=QUOTE_REACH)
        if direction:
            return direction
    return _direction(text, words, start, end)


QUOTE_REACH = 12  # words: a cue further off on the expression's side of a quote tells less than the sentence's nearest


def _direction(text: str, words: list[re.Match[str]], start: int, end: int, reach: float = math.inf) -> int:
    """``tense_direction`` over the given words only; cues further than ``reach`` words do not count."""
    # index of the first word at or after the expression, to measure distances in words
    first_after = next((i for i, m in enumerate(words) if m.start() >= end), len(words))
    last_before = first_after - 1
    while last_before >= 0 and words[last_before].end() > start:
        last_before -= 1
    lower = [m.group(0).lower() for m in words]
    if _deadline_ahead(text, words, lower, last_before, start):
        return 1
    present = _present_before(text, words, lower, last_before)
    if present:
        return present
    if _headline_infinitive(text, words, lower, last_before, start):
        return 1
    if _after_clause_noun(text, words, lower, last_before) or _fronted(text, words, lower, last_before, end):
        after = _first_cue_after(text, words, lower, first_after)
        if after:
            return after
    clause = governing_direction(text, words, lower, last_before, reach)
    if clause:
        return clause
    best: tuple[float, int] | None = None
    prev = ""
    governing = -1  # the nearest cue before the expression
    for i, w in enumerate(lower):
        if last_before < i < first_after:
            prev = w
            continue
        direction = _cue(w, prev, lower[i + 1] if i + 1 < len(lower) else "")
        prev = w
        if w == "due" and lower[i + 1 : i + 2] == ["to"] and lower[i + 2 : i + 3] and lower[i + 2] in _PHRASE_OPENERS:
            continue  # "due to the fog": because of, no schedule ("due to arrive" still looks ahead)
        if direction == 0:
            continue
        if i <= last_before:
            governing = i
        elif governing >= 0 and lower[governing] in _MODALS and "," in text[end : words[i].start()]:
            continue  # "... on Monday, Kyodo said": the reporting clause after a comma, not the expression's
        distance = float(last_before - i + 1 if i <= last_before else i - first_after + 1)
        if w in _WEAK_FUTURE and not (w == "would" and governing == i and _modal_of(lower, i, last_before)):
            distance *= 2.5
        if distance <= reach and (best is None or distance < best[0]):
            best = (distance, direction)
    return best[1] if best else 0


# the words of a deadline right before the expression ("by Sunday", "by or before 11:59 PM on Saturday", "no
# later than Monday morning", "until Friday"), read backwards; a clock time's words and "on"/"at" between
_DEADLINE_ENDS = (("by",), ("by", "or", "before"), ("no", "later", "than"), ("not", "later", "than"), ("until",),
                  ("till",))  # fmt: skip
_CLOCK_WORDS = {"on", "at", "pm", "am", "p", "m", "a", "midnight", "noon", "local", "time", "gmt", "the", "of"}
# a weekday before the date that restates it ("by or before 11:59 PM on Saturday (October 19)", "by Sunday,
# October 20"): the date is the deadline's day too
_DEADLINE_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _deadline_ahead(text: str, words: list[re.Match[str]], lower: list[str], last_before: int, start: int) -> bool:
    """Whether the expression is the deadline of something still to be done: a deadline's words right before it
    and, in its clause, an infinitive or an obligation that leads to them ("have been asked to leave India by
    or before 11:59 PM on Saturday", "would have to leave the country by Sunday"). A deadline set on the
    report's day lies after it, whatever the tense of the asking. "had arrested three men by Sunday" tells a
    day gone by: no infinitive."""
    i = last_before
    if i >= 0 and lower[i] in _DEADLINE_WEEKDAYS and re.fullmatch(r"\s*[(,]?\s*", text[words[i].end() : start]):
        i -= 1
    while i >= 0 and lower[i] in _CLOCK_WORDS:
        i -= 1
    ends = [e for e in _DEADLINE_ENDS if i + 1 >= len(e) and tuple(lower[i + 1 - len(e) : i + 1]) == e]
    if not ends:
        return False
    i -= len(max(ends, key=len))
    while i >= 0 and not _CLAUSE_GAP.search(text, words[i].end(), words[i + 1].start()):
        w, nxt = lower[i], lower[i + 1]
        if w == "to" and _verb_like(nxt):
            return True  # "asked to leave India by ...", "have to leave by ..."
        if w in _MODALS or w in _POSSIBLE:
            return True  # "must leave by Sunday", "will pay by Friday"
        if _cue(w, lower[i - 1] if i else "", nxt) < 0 or w in _COPULA:
            return False  # "had arrested three men by Sunday"
        i -= 1
    return False


def _headline_infinitive(text: str, words: list[re.Match[str]], lower: list[str], last_before: int, start: int) -> bool:
    """Whether the expression follows an infinitive that opens its clause with no verb of its own, as headlines
    write a plan: "search to resume Wednesday", "Talks to restart on Monday" (the day is to come). A clause
    with a tense of its own decides for itself ("agreed to resign on Monday"). "to" before a noun phrase is a
    preposition, no infinitive: "cases related to the Jan. 6 attack" tells of no plan (blind QA round AS #6: read
    as one, a 2024 report put Jan. 6 in 2025)."""
    at = last_before - (lower[last_before] == "on") if last_before >= 0 else -1
    if at < 1 or lower[at - 1] != "to" or _CLAUSE_GAP.search(text, words[at - 1].end(), start):
        return False
    if not _verb_like(lower[at]):
        return False
    first = at - 1
    while first > 0 and not _CLAUSE_GAP.search(text, words[first - 1].end(), words[first].start()):
        first -= 1
    clause = lower[first : at - 1]
    return 0 < len(clause) <= 3 and not any(
        _cue(w, lower[first + n - 1] if first + n else "") or w in _COPULA for n, w in enumerate(clause)
    )


def _modal_of(lower: list[str], i: int, last_before: int) -> bool:
    """True when "would" at ``i`` governs the expression after ``last_before``: it is the last cue before it and
    a plain verb follows it ("would hand in his resignation on Monday"), not "would have"."""
    return i < last_before and lower[i + 1] not in ("have",)


# what, between a past verb and the expression, can still lead forward ("agreed to sell the unit in January",
# "extended loans through January", "gave it until mid-November", "a vote planned for March")
_LEADS_ON = {"until", "till", "through", "by", "before", "for", "ahead", "next", "coming"} | _FUTURE


def plainly_past(text: str, start: int) -> bool:
    """Whether the expression at ``start`` sits in a clause told plainly in the past: a past tense governs it
    and nothing between that verb and the expression leads on to a time to come ("Griner was arrested at a
    Moscow airport in February": gone by; "announced a deal to acquire the bank in January": maybe not)."""
    s, _ = sentence_at(text, start)
    words = list(_WORD.finditer(text, s, start))
    lower = [m.group(0).lower() for m in words]
    i = len(words) - 1
    while i >= 0:
        if i < len(words) - 1 and _CLAUSE_GAP.search(text, words[i].end(), words[i + 1].start()):
            return False
        w, prev, nxt = lower[i], lower[i - 1] if i else "", lower[i + 1] if i + 1 < len(lower) else ""
        if w in _LEADS_ON or w in _POSSIBLE or (w == "to" and (nxt in ("be", "have") or _verb_like(nxt))):
            return False
        if w in _COPULA:
            return False  # "the case is heard in May": a present tense tells of what is to come
        adjective = prev in _DETERMINERS or prev == "still"  # "on a still unspecified date in January"
        if w in ("was", "were") or (past_verb(w, prev) and w not in _PAST_PLANS and not adjective):
            return True
        i -= 1
    return False


# past tenses that announce a plan ("scheduled", "slated") rather than tell a day gone by
_PAST_PLANS = {"scheduled", "slated", "expected", "planned", "set", "due", "proposed", "announced"}


def past_verb(word: str, prev: str = "") -> bool:
    """Whether ``word`` (lowercase) reads as a verb in the past tense after ``prev``: "became", "turned"."""
    return _cue(word, prev) < 0 and word not in ("last", "yesterday", "earlier", "since", "previously", "ago")


def _cue(word: str, prev: str, nxt: str = "") -> int:
    if word == "going" and nxt and nxt != "to":
        return 0  # "going from a storm to a hurricane on Tuesday" tells a change, not a plan ("going to")
    if word in _FUTURE or word.endswith(("'ll", "’ll")):
        return 1  # "will", "it'll", "they’ll"
    if (word == "set" and prev in _COPULA) or (word == "planned" and nxt in ("for", "to")):
        return 1  # "is set for Saturday", "a march planned for Saturday" ("as planned Saturday" tells no time)
    if word == "to" and prev in ("is", "are") and nxt not in ("blame", "be", "date"):
        return 1  # "the minister is to resign on Monday" ("is to be held": the passive's participle decides)
    if word in _PAST and prev not in _PASSIVE_AUX:
        return -1  # "will be held", "is to be held": a passive participle, not the past tense
    if word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST_ED and prev not in _PASSIVE_AUX:
        return -1
    if word.endswith(("n't", "n’t")) and word[:3] in ("did", "was", "wer", "had", "cou"):
        return -1
    return 0


# ---- quotations --------------------------------------------------------------------------------------------

# opening and closing quotation marks; a straight double quote opens after a space and before a letter
_MARK = re.compile(r"“|”|``|''|\"")
_OPENING = ("“", "``")


def _quoted(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The quoted stretches of the sentence ``[s, e)``, a quote opened in an earlier sentence included."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _MARK.finditer(text, s, e):
        mark = m.group(0)
        if mark == '"':
            before = text[m.start() - 1] if m.start() > 0 else " "
            after = text[m.end()] if m.end() < len(text) else " "
            opening = (before.isspace() or before in "([{—–" or m.start() == s) and not after.isspace()
        else:
            opening = mark in _OPENING
        if opening:
            if opened is None:
                opened = m.end()
        else:
            out.append((s if opened is None else opened, m.start()))
            opened = None
    if opened is not None:
        out.append((opened, e))
    return out


def quoted_stretches(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The quoted stretches of the sentence ``[s, e)`` (see ``_quoted``)."""
    return _quoted(text, s, e)


def _scope_words(text: str, words: list[re.Match[str]], s: int, e: int, start: int) -> list[re.Match[str]]:
    """The words of the sentence ``[s, e)`` on the same side of its quotation marks as offset ``start``."""
    quotes = _quoted(text, s, e)
    if not quotes:
        return words
    inside = next(((qs, qe) for qs, qe in quotes if qs <= start < qe), None)
    if inside is not None:
        return [m for m in words if inside[0] <= m.start() < inside[1]]
    return [m for m in words if not any(qs <= m.start() < qe for qs, qe in quotes)]


# ---- clause shapes -----------------------------------------------------------------------------------------

# ("am" is left out: in "8.40am on Saturday" it is the clock's)
_COPULA = {
    "is", "are", "isn't", "aren't", "isn’t", "aren’t", "there's", "there’s", "it's", "it’s", "that's",
    "that’s", "here's", "here’s", "what's", "what’s",
}  # fmt: skip
# verbs of scheduled events, in the present tense ("The talks resume Saturday", "The exhibition opens on Friday")
_PRESENT_VERBS = {
    "resume", "resumes", "begin", "begins", "start", "starts", "open", "opens", "reopen", "reopens", "close",
    "closes", "end", "ends", "meet", "meets", "arrive", "arrives", "return", "returns", "visit", "visits",
    "travel", "travels", "vote", "votes", "play", "plays", "face", "faces", "host", "hosts", "expire",
    "expires", "leave", "leaves", "head", "heads", "kick", "kicks", "launch", "launches", "sail", "sails",
    "fly", "flies", "debut", "debuts", "premiere", "premieres", "air", "airs", "take", "takes", "hold", "holds",
    "go", "goes", "continue", "continues", "run", "runs", "assume", "assumes",
}  # fmt: skip
# what may stand between a present-tense verb and the day it governs
_LINKS = {"on", "off", "again", "until", "through", "from", "for", "this", "next", "as", "early", "late"}
# before a present-tense verb, these make it an infinitive, a noun or another tense's
_NOT_PRESENT_BEFORE = {
    "to", "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "did", "didn't", "didn’t",
    "had", "has", "have", "was", "were", "not", "never",
}  # fmt: skip
_DETERMINERS = {
    "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "my", "your", "another", "any",
    "no", "each", "every", "some",
}  # fmt: skip
# words after which a noun phrase opens a clause of its own: reporting verbs and conjunctions
_CLAUSE_OPENERS = {
    "said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports", "added", "adds",
    "warned", "warns", "confirmed", "confirms", "that", "and", "but", "while", "because", "whether", "if",
    "so", "though", "although",
}  # fmt: skip
# function words, which are no nouns of the phrase before the expression
_FUNCTION = {
    "on", "at", "in", "for", "by", "to", "of", "from", "with", "and", "or", "but", "as", "than", "after",
    "before", "since", "until", "during", "over", "into", "about", "who", "which", "that", "be", "been",
    "being", "not", "also", "he", "she", "it", "they", "we", "you", "i", "him", "them", "us",
}  # fmt: skip


# prepositions that put an earlier event in a present-tense clause ("there are fears after the attack on Saturday")
_EARLIER_EVENT = {"after", "since", "following", "from", "over"}


def _present_before(text: str, words: list[re.Match[str]], lower: list[str], last_before: int) -> int:
    """+1 when a present-tense verb governs the expression from right before it ("resume Saturday",
    "is on Saturday", "there's a vigil on Saturday"); 0 otherwise."""
    i = last_before
    while i >= 0 and lower[i] in _LINKS:
        i -= 1
    if i < 0 or last_before - i > 2:
        return 0
    w = lower[i]
    if w in _COPULA and w not in ("it's", "it’s", "that's", "that’s", "what's", "what’s"):
        return 1
    if _present_verb(text, words, lower, i):
        return 1
    # "Villa face Brentford at the weekend": the verb, its object named in capitals, then the time
    k = last_before - 1 if last_before >= 0 and lower[last_before] in ("at", "on") else -1
    j = k
    while j >= 0 and k - j < 2 and words[j].group(0)[0].isupper() and lower[j] not in _FUNCTION:
        j -= 1
    if -1 < j < k and _present_verb(text, words, lower, j):
        return 1
    # "there's a vigil on Saturday", "there is a meeting of the board on Saturday"
    for j in range(max(0, last_before - 6), last_before):
        if lower[j] in ("there's", "there’s") or (lower[j] == "there" and lower[j + 1 : j + 2] in (["is"], ["are"])):
            between = lower[j + 1 : last_before + 1]
            if not any(_cue(x, "") or x in _EARLIER_EVENT for x in between):
                return 1
    return 0


def _after_clause_noun(text: str, words: list[re.Match[str]], lower: list[str], last_before: int) -> bool:
    """True when the expression follows a noun phrase that opens a clause: "[said] a meeting on Saturday"."""
    if last_before < 1 or lower[last_before] != "on":
        return False  # without "on", the word before may as well be a verb ("the move follows Tuesday's ...")
    i = last_before - 1
    if lower[i] in _FUNCTION or lower[i] in _DETERMINERS or _cue(lower[i], ""):
        return False
    # the noun, at most two words before it, then a determiner
    for j in range(i - 1, max(-1, i - 4), -1):
        if lower[j] in _DETERMINERS:
            break
        if lower[j] in _FUNCTION or _cue(lower[j], "") or lower[j] in _COPULA:
            return False
    else:
        return False
    if j == 0:
        return True
    gap = text[words[j - 1].end() : words[j].start()]
    return lower[j - 1] in _CLAUSE_OPENERS or any(c in gap for c in ",;:—")


def _fronted(text: str, words: list[re.Match[str]], lower: list[str], last_before: int, end: int) -> bool:
    """True when the expression opens its clause and a comma follows it: "On Saturday, the talks resume"."""
    if last_before > 0 or (last_before == 0 and lower[0] not in ("on", "by", "late", "early")):
        return False
    return text[end : end + 1] == ","


def _first_cue_after(text: str, words: list[re.Match[str]], lower: list[str], first_after: int) -> int:
    for i in range(first_after, len(lower)):
        prev = lower[i - 1] if i > 0 else ""
        direction = _cue(lower[i], prev, lower[i + 1] if i + 1 < len(lower) else "")
        if direction:
            return direction
        if lower[i] in _COPULA or (i > first_after and _present_verb(text, words, lower, i)):
            return 1
    return 0


def _present_verb(text: str, words: list[re.Match[str]], lower: list[str], i: int) -> bool:
    """True when word ``i`` is a verb of ``_PRESENT_VERBS`` in the present tense, right after its subject.

    Not after "to", a determiner or another tense's auxiliary, nor after a comma: "the start on Saturday",
    "agreed to meet on Saturday", "Ana Obi, head of the board" hold a noun or an infinitive.
    """
    if lower[i] not in _PRESENT_VERBS or i == 0:
        return False
    prev, verb = lower[i - 1], lower[i]
    if prev in ("they", "we", "you", "i"):
        return not verb.endswith("s")
    if prev in ("he", "she", "it"):
        return verb.endswith("s")  # "when he takes office on December 10": a day to come
    if prev in _NOT_PRESENT_BEFORE or prev in _FUNCTION or prev in _FUTURE:
        return False
    # the verb agrees with the noun before it: "the talks resume", "the strike starts"; "a rocky start" does not;
    # a name or a collective noun takes either form, as British usage has teams and bodies ("Villa face",
    # "Arsenal host", "the team begin")
    named = (words[i - 1].group(0)[0].isupper() or prev in _COLLECTIVE) and not verb.endswith("s")
    if verb.endswith("s") == prev.endswith("s") and not named:
        return False
    return not any(c in text[words[i - 1].end() : words[i].start()] for c in ',;:()—–"“”')


# ---- the verb that governs the expression --------------------------------------------------------------------

# what ends a clause between two words, read backwards from the expression: punctuation, a quotation mark
_CLAUSE_GAP = re.compile(r"[,;:()\"“”—–]|\s-\s")
# modals other than the future's that still leave their verb's time to come ("may play on Saturday"); not
# "could", as often the past of "can" ("could not be reached Wednesday")
_POSSIBLE = ("can", "may", "might", "should", "must")
# verbs of wanting and planning: what their infinitive tells of has not happened yet ("wants to leave")
_WANTING_VERBS = {
    "want", "wants", "wanted", "hope", "hopes", "hoped", "plan", "plans", "planned", "aim", "aims", "aimed",
    "intend", "intends", "intended", "wish", "wishes", "wished", "expect", "expects", "expected", "hoping",
    "planning", "looking", "preparing", "seeking", "trying",
}  # fmt: skip
# adjectives that lead to an infinitive still to come ("unlikely to feature", "keen to stay"); the copula
# before them tells the tense
_WANTING_ADJECTIVES = {"keen", "eager", "poised", "ready", "likely", "unlikely", "set", "due", "determined"}
_WANTING = _WANTING_VERBS | _WANTING_ADJECTIVES
# verbs whose object takes a participle ("want his future resolved", "had his car stolen"): no past tense
_COMPLEMENT_VERBS = {
    "want", "wants", "wanted", "get", "gets", "got", "have", "has", "had", "see", "sees", "saw", "keep", "keeps",
    "kept", "need", "needs", "needed", "like", "likes", "leave", "leaves", "left",
}  # fmt: skip
# what may follow "to" without being a verb ("to court", "to power"): nouns of places and states
_TO_NOUNS = {
    "court", "hospital", "prison", "jail", "power", "victory", "school", "work", "church", "trial", "office",
    "bed", "market", "sea", "town", "date", "death", "war", "vote", "safety", "order", "light", "justice",
    "life", "home", "camp", "pieces", "rest", "mind", "help", "stage", "table",
}  # fmt: skip
# nouns that take a verb in the plural in British usage ("the team begin", "the government meet")
_COLLECTIVE = {
    "team", "side", "club", "squad", "government", "council", "board", "committee", "party", "group", "family",
    "police", "crew", "band", "company", "firm", "panel", "jury", "union", "league", "cabinet", "parliament",
    "congress", "senate", "staff", "delegation", "management", "opposition", "public", "couple", "pair",
}  # fmt: skip


def governing_direction(
    text: str, words: list[re.Match[str]], lower: list[str], last_before: int, reach: float = math.inf
) -> int:
    """The direction told by the verb that governs the expression: the first verb of its clause read
    backwards from it (English puts a verb before its adjuncts), or 0 when the clause holds none before it.

    Only the expression's own clause counts: the reading stops at a comma, a colon, a dash, brackets or a
    quotation mark, so a past tense in another clause ("..., with the deal to have been decided by then")
    does not turn a day to come into one gone by. On the way back it passes over what is no verb of the
    clause: an adjective in "-ed" after a determiner ("his proposed move"), a participle after an object
    ("want his future resolved"), a passive participle ("will be held"). What it finds:

    - a future modal or cue ("will fly to Germany on Friday", "is set to complete ... on Friday") → +1;
      so do "would" and "may", "might", "should", "must" with a plain verb ("may play on Saturday"), not
      "would have";
    - a present copula or verb of wanting with an infinitive after it ("is unlikely to be signed in time
      to feature in the match on Saturday", "is understood to want ... before the game on Saturday") → +1;
      after "was"/"were" the same words look back;
    - a present-tense verb of a scheduled event ("The team begin their campaign away to Brentford on
      Sunday") → +1, and so does a present progressive ("is visiting Paris on Friday"), unless "after",
      "since", "following" or "over" stands between ("is recovering after a fall on Saturday");
    - a past tense ("said on Wednesday", "lost 4-2 to Barcelona in Spain on Tuesday") → -1, unless it is a
      verb of wanting whose infinitive leads on to "ahead of" the expression ("wanted to clear doubts ahead
      of the opener on Sunday": the opener is still to come) → +1;
    - no verb, but "ahead of" in the expression's phrase ("ahead of the final on Sunday") → +1.
    """
    ahead = earlier = infinitive = wanting = False
    i = last_before
    while i >= 0 and last_before - i < reach:
        if i < last_before and _CLAUSE_GAP.search(text, words[i].end(), words[i + 1].start()):
            break
        w, nxt = lower[i], lower[i + 1] if i + 1 < len(lower) else ""
        if w == "ahead" and nxt == "of":
            ahead = True
        elif w in _EARLIER:
            earlier = True
        elif w == "to" and i < last_before and _verb_like(nxt):
            infinitive = True
        elif w in _WANTING and infinitive:
            wanting = True  # "unlikely to ...": the copula before it tells whether it still holds
        verdict = _governing_verb(text, words, lower, i, infinitive=infinitive, earlier=earlier)
        if verdict < 0 and ahead and infinitive and (w in _WANTING or wanting):
            return 1  # "wanted to clear doubts ahead of the opener on Sunday"
        if verdict:
            return verdict
        i -= 1
    return 1 if ahead or wanting else 0


# prepositions that put the expression's phrase before the clause's event ("in hospital after a fall on
# Saturday", "is facing charges over a crash on Saturday")
_EARLIER = {"after", "since", "following", "over"}


def _governing_verb(
    text: str, words: list[re.Match[str]], lower: list[str], i: int, *, infinitive: bool, earlier: bool
) -> int:
    """What word ``i`` tells as the verb governing an expression after it: +1, -1, or 0 (no verb: read on)."""
    w, prev = lower[i], lower[i - 1] if i > 0 else ""
    nxt = lower[i + 1] if i + 1 < len(lower) else ""
    if w in ("would", "wo", *_POSSIBLE):
        return -1 if nxt == "have" else 1  # "would resign on Monday"; "would have passed on Friday"
    if w.endswith("ed") and (prev in _DETERMINERS or prev.endswith(("'s", "’s"))):
        return 0  # "his proposed move", "Bayern's revised offer": an adjective
    if _adverb_participle(lower, i):
        return 0  # "a wholly owned subsidiary", "a newly built plant": an adjective after its adverb
    if w.endswith("ed") and i >= 3 and lower[i - 3] in _COMPLEMENT_VERBS and lower[i - 2] in _DETERMINERS:
        return 0  # "want his future resolved": the object's participle
    if w == "due" and nxt == "to" and lower[i + 2 : i + 3] and lower[i + 2] in _PHRASE_OPENERS:
        return 0  # "due to the fog": because of, no schedule
    if _pluperfect_plan(lower, i):
        return -1  # "had been scheduled for Friday but was delayed by a day": a plan the report tells as gone by
    if w in _FACING and nxt in _HEARINGS:
        return 1  # "faced sentencing Wednesday": a hearing set for a day, still ahead when the report was written
    cue = _cue(w, prev, nxt)
    if cue:
        return 0 if w in _WEAK_FUTURE else cue
    if infinitive and (w in _COPULA or w in _WANTING_VERBS):
        return 1  # "is unlikely to ...", "wants to ...": a time still to come
    if not earlier and _present_verb(text, words, lower, i):
        return 1
    if earlier and w in _COPULA:
        return -1  # "is in hospital after a fall on Saturday"
    if w in _COPULA and nxt.endswith("ing") and len(nxt) > 5:
        return 1  # "is visiting Paris on Friday": the progressive of a plan
    return 0


# "faced sentencing Wednesday", "faces arraignment on Friday": the past tense of "face" tells a hearing set for the
# day, which a report tells before it happens (one after it says "was sentenced")
_FACING = {"face", "faces", "faced", "facing"}
_HEARINGS = {"sentencing", "arraignment", "extradition", "execution", "resentencing"}


def _pluperfect_plan(lower: list[str], i: int) -> bool:
    """Whether word ``i`` is a plan's participle in the past perfect ("had been scheduled", "had been set"):
    the plan was made and its day told from a later one, so a bare weekday it names lies before the report
    ("The launch had been scheduled for Friday but was delayed by a day" of a Saturday launch), not after."""
    return lower[i] in _PAST_PLANS and i >= 2 and lower[i - 1] == "been" and lower[i - 2] in ("had", "hadn't", "hadn’t")


# nouns in "-ly" that a determiner opens and a past tense may follow ("the family owned the mill")
_LY_NOUNS = {"family", "ally", "rally", "assembly", "supply", "daily", "weekly", "monthly", "july", "italy", "bully"}


def _adverb_participle(lower: list[str], i: int) -> bool:
    """Whether word ``i`` is a participle between a determiner and its adverb in "-ly" and the noun they open
    ("a wholly owned subsidiary", "a newly built plant"): an adjective, not the clause's verb."""
    w, prev = lower[i], lower[i - 1] if i > 0 else ""
    participle = w.endswith("ed") or w in _PAST
    return participle and i >= 2 and prev.endswith("ly") and prev not in _LY_NOUNS and lower[i - 2] in _DETERMINERS


def _verb_like(word: str) -> bool:
    """Whether ``word`` after "to" reads as a verb's plain form ("to complete"), not a noun ("to court")."""
    return (
        word.isalpha()
        and word not in _FUNCTION
        and word not in _DETERMINERS
        and word not in _TO_NOUNS
        and not word.endswith(("ing", "ed"))
    )
