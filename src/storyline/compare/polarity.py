"""Polarity in conflict (``polarity_conflict``, ``negation_conflict``): one statement says a thing was prevented
or not done ("averted a weeks-long trial", "has not agreed personal terms"), the other tells the same words as
having happened ("comes after a weekslong trial", "agreed personal terms"). And what a statement denies
(``denied_words``, ``denies_alike``, ``undenied_scopes``): a statement whose point is a denial ("there was no
warning about the dams collapsing") is stated only by one that denies the same thing ("the dams collapsed" tells
the thing denied about).

Does NOT read paraphrase: the thing must be told in the same words (stems) in both statements.
"""

from __future__ import annotations

import re

from storyline.compare.words import ENGLISH_STOP_WORDS, stem

# verbs that say a thing did not happen: "averted a weeks-long trial", "avoided a strike", "called off the vote"
_PREVENT_VERBS = (
    r"\b(?:avert(?:s|ed|ing)?|avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|forestall(?:s|ed|ing)?|"
    r"(?:stave[sd]?|staving|head(?:s|ed|ing)?|call(?:s|ed|ing)?)\s+off|cancel(?:s|led|ed|ling|ing)?|"
    r"spar(?:e|es|ed|ing))"
)
_PREVENT = re.compile(
    _PREVENT_VERBS + r"\s+(?P<np>(?:(?:a|an|the|any|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.I
)
# what before a phrase denies it happened, or says it was prevented ("no trial", "without a trial")
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:no|not|never|without)|n[o']t\s+\w+|" + _PREVENT_VERBS + r")\s+"
    r"(?:(?:a|an|the|any|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.I,
)
# what before a phrase tells it as feared or possible, not as having happened ("warned of a possible explosion",
# "the risk of a strike"): it is neither told nor denied
_FEARED_BEFORE = re.compile(
    r"\b(?:possible|potential|feared|imminent|threat(?:ened)?\s+of|risk\s+of|danger\s+of|fears?\s+of"
    r"|warn(?:s|ed|ing)?\s+of|could|may|might)\s+(?:(?:a|an|the|any)\s+)?(?:[\w’'-]+\s+){0,1}$",
    re.I,
)
# what after a phrase denies it happened ("the strike was not held", "the vote was called off")
_DENIED_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,2}?\s+(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been|will\s+be|would\s+be)\s+)?"
    r"(?:not|never|no\s+longer|n[o']t|won['’]t|averted|avoided|prevented|called\s+off|cancel(?:l?ed)|scrapped|"
    r"postponed|shelved|dropped)\b",
    re.I,
)
# words that end the phrase a prevention verb takes ("a weeks-long trial that could ...")
_PHRASE_END = frozenset({
    "that", "which", "who", "in", "on", "of", "to", "for", "with", "by", "and", "or", "as", "at", "from", "after",
    "before", "over", "into", "than", "but", "if", "when", "while",
})  # fmt: skip
_ARTICLES = frozenset({"a", "an", "the", "any", "its", "their", "his", "her"})
# "avoid" before a thing already there is keeping away from it, not preventing it: "ran to exit gates to avoid
# the tear gas" tells that the gas was fired, as "police fired tear gas" does
_KEEP_AWAY = re.compile(r"avoid(?:s|ed|ing)?\s+the\s", re.I)


def _keeping_away(said: str) -> bool:
    """Whether a prevention verb with its phrase (``_PREVENT``) keeps away from a thing that is there ("avoid the
    tear gas") rather than stops a thing from happening ("avoided a strike")."""
    return _KEEP_AWAY.match(said) is not None


def _key(words: str) -> tuple[str, ...]:
    """A phrase's words as compared: lower case, articles left out, hyphens and stems ignored ("a weeks-long
    trial" and "a weekslong trial" are one phrase)."""
    out = [stem(w.replace("-", "").replace("’", "'")) for w in re.findall(r"[\w’'-]+", words.lower())]
    return tuple(w for w in out if w not in _ARTICLES)


def polarity_conflict(a: str, b: str) -> str | None:
    """Why two aligned statements disagree on whether a thing happened, or None: one says it was prevented
    ("averted a weeks-long trial"), the other tells the same thing, in the same words, as having happened ("The
    move comes after a weekslong trial").

    The phrase must be a thing named in two words or more (a word before its noun: "weeks-long trial"), found
    in the other statement word for word and neither denied nor prevented there: a bare noun ("a trial") is
    said of too many things in one story ("a jury had been seated for trial").

    >>> polarity_conflict("The deal averted a weeks-long trial.", "The move comes after a weekslong trial.")
    'averted "a weeks-long trial" vs "a weekslong trial"'
    """
    for one, other, flip in ((a, b, False), (b, a, True)):
        for m in _PREVENT.finditer(one):
            words = m.group("np").split()
            cut = next((n for n, w in enumerate(words) if w.lower() in _PHRASE_END), len(words))
            phrase = " ".join(words[:cut])
            key = _key(phrase)
            if len(key) < 2 or _keeping_away(m.group(0)):
                continue
            found = _told_plainly(other, key)
            if found is None:
                continue
            said = f'{m.group(0).split()[0].lower()} "{phrase}"'
            mine, theirs = (f'"{found}"', said) if flip else (said, f'"{found}"')
            return f"{mine} vs {theirs}"
    return None


_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_DENIERS = frozenset({"not", "never"})
# words that may stand between a denial and its verb ("has not yet agreed"), or a verb and its object ("agreed
# to the terms", "admitted any wrongdoing")
_BETWEEN_WORDS = frozenset({
    "to", "be", "been", "being", "have", "has", "had", "yet", "even", "ever", "a", "an", "the", "any", "its",
    "their", "his", "her", "this", "that", "these", "those", "formally", "officially", "publicly",
})  # fmt: skip
# verbs whose denial tells what someone did not say or answer, not that a thing did not happen ("did not
# immediately confirm the amount"): another party may well have confirmed it
_ANSWER_WORDS = (
    "say said says comment commented respond responded confirm confirmed reply replied return returned disclose "
    "disclosed reveal revealed elaborate elaborated specify specified answer answered speak spoke know knew"
)
_ANSWERS = frozenset(stem(w) for w in _ANSWER_WORDS.split())


def _verb_object(text: str) -> list[tuple[str, str, bool, int, int]]:
    """Each word with the next word after it that is no function word, as ``(stem, next stem, denied, start,
    end)``: denied when "not", "never" or a "-n't" comes before it, function words apart ("has not yet agreed
    personal terms" -> ``("agre", "personal", True, ...)``)."""
    words = list(_TOKEN.finditer(text))
    out = []
    deny = False
    for n, m in enumerate(words):
        low = m.group(0).lower().replace("’", "'")
        if low in _DENIERS or low.endswith("n't"):
            deny = True
            continue
        if low in _BETWEEN_WORDS or low in ENGLISH_STOP_WORDS:
            continue
        nxt = next((w for w in words[n + 1 :] if w.group(0).lower() not in ENGLISH_STOP_WORDS), None)
        if nxt is not None:
            out.append((stem(low), stem(nxt.group(0).lower()), deny, m.start(), nxt.end()))
        deny = False
    return out


def negation_conflict(a: str, b: str) -> str | None:
    """Why two aligned statements disagree on whether a thing was done, or None: one denies a verb with its
    object ("has not agreed personal terms"), the other tells the same verb with the same object plainly
    ("agreed personal terms"). A denial of saying or answering ("did not immediately confirm the amount") is no
    denial of the thing itself and is left alone.

    >>> negation_conflict("Ossory has not agreed personal terms with Harwick.", "Ossory agreed personal terms.")
    'not "agreed personal" vs "agreed personal"'
    """
    for one, other, flip in ((a, b, False), (b, a, True)):
        told = {(v, o): (s, e) for v, o, denied, s, e in _verb_object(other) if not denied}
        for verb, obj, denied, start, end in _verb_object(one):
            if not denied or verb in _ANSWERS or (verb, obj) not in told:
                continue
            s, e = told[(verb, obj)]
            mine, theirs = f'not "{one[start:end]}"', f'"{other[s:e]}"'
            return f"{theirs} vs {mine}" if flip else f"{mine} vs {theirs}"
    return None


def _told_plainly(text: str, key: tuple[str, ...]) -> str | None:
    """Where ``text`` tells the phrase ``key`` without denying or preventing it (the phrase as written), or
    None."""
    words = list(re.finditer(r"[\w’'-]+", text))
    for n in range(len(words)):
        run: list[str] = []
        k = n
        while k < len(words) and len(run) < len(key) + 2:
            w = _key(words[k].group(0))
            run.extend(w)
            k += 1
            if tuple(run) == key:
                start = words[n].start()
                before = text[max(0, start - 40) : start]
                if _DENIED_BEFORE.search(before) or _DENIED_AFTER.match(text, words[k - 1].end()):
                    return None
                if _FEARED_BEFORE.search(before):
                    return None  # "warned of a possible major explosion": feared, not told as having happened
                det = re.search(r"\b(?:a|an|the|its|their)\s+$", before, re.I)
                return text[start - (len(det.group(0)) if det else 0) : words[k - 1].end()]
            if tuple(run) != key[: len(run)]:
                break
    return None


# acts that set a thing going and acts that stop it: "will resume searching" / "was calling off the search"
_GO = r"(?:resum|continu|restart|extend|expand|step(?:ped|ping|s)?\s+up)\w*"
_STOP = r"(?:call(?:s|ed|ing)?\s+off|suspend\w*|halt\w*|abandon\w*|stop(?:s|ped|ping)?|scrap(?:s|ped|ping)?|" \
    r"cancel\w*|end(?:s|ed|ing)?|wound\s+down|wind(?:s|ing)?\s+down)"
_ACT_OBJECT = r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?P<obj>[A-Za-z][\w’'-]*)"
_GOING = re.compile(r"\b" + _GO + _ACT_OBJECT, re.I)
_STOPPING = re.compile(r"\b" + _STOP + _ACT_OBJECT, re.I)
# the thing before its passive stop: "the search was called off", "search efforts were suspended", "the search for
# the six missing workers was called off"
_STOPPED = re.compile(
    r"\b(?P<obj>[A-Za-z][\w’'-]*)(?:\s+(?:efforts?|operations?|mission))?(?:\s+(?:for|of|in)\s+[^.,;:]{1,60}?)?"
    r"\s+(?:was|were|has\s+been|had\s+been|is|are|"
    r"will\s+be)\s+(?:called\s+off|suspended|halted|abandoned|stopped|scrapped|cancell?ed|ended|wound\s+down)\b",
    re.I,
)


def opposite_acts(a: str, b: str) -> bool:
    """Whether one statement sets a thing going on ("Authorities will resume searching Wednesday") that the other
    stops ("The authorities said it was calling off the search-and-rescue mission"): the thing is one word stem
    of the two ("searching" / "search-and-rescue"). Such a statement may tell a later or an earlier step of the
    same thing, but it does not state the other.

    >>> opposite_acts("Crews will resume searching Wednesday.", "The Coast Guard called off the search.")
    True
    """
    def things(pattern: re.Pattern[str], text: str) -> set[str]:
        found = (m.group("obj").lower().split("-")[0] for m in pattern.finditer(text))
        return {stem(w) for w in found if w not in ENGLISH_STOP_WORDS}

    go_a, go_b = things(_GOING, a), things(_GOING, b)
    stop_a = things(_STOPPING, a) | things(_STOPPED, a)
    stop_b = things(_STOPPING, b) | things(_STOPPED, b)
    return bool(go_a & stop_b) or bool(go_b & stop_a)


# words that deny what follows them: the next content word for "not", "never", a "-n't" and a subject "nobody",
# "no one", "nothing", "none" ("was not warned", "nobody was warned"); the words of its noun phrase for "no" ("no
# warning", "no official warning")
_NOT = frozenset({"not", "never"})
_NOBODY = frozenset({"nobody", "nothing", "none"})
# words after a denial that make it no denial of a thing: "not only", "no longer", "no more than 20", "no doubt",
# "nothing but"
# words between a denial and the verb it denies ("was not immediately warned", "nobody has yet been charged")
_AUXILIARY = frozenset({
    "is", "are", "was", "were", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might",
    "must", "shall", "immediately", "previously", "initially",
})  # fmt: skip
_NO_DENIAL = frozenset({
    "only", "just", "merely", "least", "longer", "more", "less", "fewer", "than", "doubt", "matter", "sooner", "but",
})  # fmt: skip
# how many content words from its verb a denial reaches
_DENIED_REACH = 3
_CLAUSE_MARK = re.compile(r"[,;:.!?()\"“”]|\s[—–]\s")
# two denied words are one when they share this many first letters of their stems ("no injuries" / "nobody was
# injured": "injury" / "injur")
_SAME_ROOT = 5


def denied_words(text: str) -> list[frozenset[str]]:
    """The stems of each thing ``text`` denies, one set per denial: "But there was no warning about the dams
    collapsing" gives ``[{"warn"}]``, "Officials did not warn residents" ``[{"warn", "resident"}]`` (a verb with
    up to ``_DENIED_REACH`` content words), "No one was injured" ``[{"injur"}]``. Not a bound ("no more than 20")
    nor "not only", "no longer", "no choice but". Does not read denials by a verb of refusal or failure ("refused
    to comment"): what someone refused is an act of its own. A shallow reading, no parse."""
    return [words for words, _ in _denials(text)]


def undenied_scopes(text: str, other: str) -> list[str]:
    """The words each denial of ``text`` stands before, to the end of its clause, for the denials ``other`` does
    not deny alike (``denies_alike``): "But there was no warning about the dams collapsing" against "Two dams
    collapsed" gives ``["warning about the dams collapsing"]``; against "Residents were never warned", nothing."""
    theirs = [w for words in denied_words(other) for w in words]
    return [scope for words, scope in _denials(text) if not any(_one_root(w, t) for w in words for t in theirs)]


def _denials(text: str) -> list[tuple[frozenset[str], str]]:
    """Each denial of ``text`` (``denied_words``) with the rest of its clause."""
    out: list[tuple[frozenset[str], str]] = []
    for clause in _CLAUSE_MARK.split(text):
        words = [w.lower().replace("’", "'") for w in _TOKEN.findall(clause)]
        for n, w in enumerate(words):
            nxt = words[n + 1] if n + 1 < len(words) else ""
            if nxt in _NO_DENIAL:
                continue
            denied: list[str] = []
            if w in _NOT or w.endswith("n't") or w in _NOBODY or (w == "no" and nxt == "one"):
                # the first word past the auxiliaries, when it is a content word ("did not say why the plant
                # closed" denies the saying, not the plant)
                after = n + 2 if w == "no" else n + 1
                verb = next((k for k in range(after, len(words))
                             if words[k] not in _BETWEEN_WORDS and words[k] not in _AUXILIARY), None)
                if verb is not None and words[verb] not in ENGLISH_STOP_WORDS:
                    # the verb with the words of what it is denied of: "was not caused by a security incident" and
                    # "was not a cyberattack or a security incident" deny one thing
                    denied = [x for x in words[verb:] if x not in ENGLISH_STOP_WORDS][:_DENIED_REACH]
            elif w == "no":
                for x in words[n + 1 :]:
                    if x in ENGLISH_STOP_WORDS:
                        break
                    denied.append(x)
                if words[n + 1 + len(denied) : n + 2 + len(denied)] == ["but"]:
                    denied = []  # "was left with no choice but to rethink its security": it did rethink
            if denied:
                out.append((frozenset(stem(x) for x in denied), " ".join(words[n + 1 :])))
    return out


def denies_alike(line: str, other: str) -> bool:
    """Whether ``other`` denies each thing ``line`` denies (``denied_words``): a word of each denial of the line is
    denied in the other too, in any words ("no warning" / "did not warn"). A line that denies nothing is denied
    alike by anything. "But there was no warning about the dams collapsing" is not so denied by "Two dams in the
    mountains above Derna collapsed": the dams' collapse is what the warning was about, not what the line says.

    >>> denies_alike("There was no warning about the flood.", "Residents were not warned of the flood.")
    True
    >>> denies_alike("There was no warning about the flood.", "The flood struck at night.")
    False
    """
    return not undenied_scopes(line, other)


def _one_root(a: str, b: str) -> bool:
    """Whether two stems are one word's: equal, or sharing their first ``_SAME_ROOT`` letters."""
    return a == b or (len(a) >= _SAME_ROOT and len(b) >= _SAME_ROOT and a[:_SAME_ROOT] == b[:_SAME_ROOT])


# a thing told as still possible ("guests remain able to access their hotel rooms", "customers can still use the
# app"), and a thing told as failing ("not being able to ... enter hotel rooms", "difficulties with ... key card
# access to their hotel rooms", "were locked out of their rooms"): the words that follow each, to the end of the
# sentence for a failure (its list runs on: "difficulties with card payments, cash withdrawals and room access")
_ABLE = re.compile(r"(?<!\bnot\s)(?<!\bnot\sbeing\s)(?<!\bun)\b(?:able\s+to|can\s+still|could\s+still|still\s+able"
                   r"\s+to|have\s+access\s+to|has\s+access\s+to|retain(?:s|ed)?\s+access\s+to)\s+(?P<rest>[^.;:]*)",
                   re.I)
_FAILING = re.compile(
    r"\b(?:not\s+(?:being\s+)?able\s+to|unable\s+to|cannot|can[’']t|could\s+not|couldn[’']t|"
    r"difficult(?:y|ies)\s+(?:with|in|\w+ing)|problems?\s+(?:with|in|\w+ing)|troubles?\s+(?:with|in|\w+ing)|"
    r"locked\s+out\s+of|(?:lost|losing|no)\s+access\s+to)\s+(?P<rest>[^.;]*)",
    re.I,
)
# how many content words after "able to" tell what is possible ("access their hotel rooms and our front desk")
_ABLE_REACH = 4
# two statements on one thing share this many of its words ("hotel", "room")
_ABLE_SHARED = 2


def _content_stems(text: str) -> list[str]:
    return [stem(w) for w in _TOKEN.findall(text) if w.lower() not in ENGLISH_STOP_WORDS]


def _cue(m: re.Match[str]) -> str:
    return " ".join(m.group(0)[: m.start("rest") - m.start()].split())


# how many words of what is possible or failing a reason quotes
_WHY_WORDS = 8


def _shortened(text: str) -> str:
    words = text.split()
    return " ".join(words[:_WHY_WORDS]) + (" ..." if len(words) > _WHY_WORDS else "")


def ability_conflict(a: str, b: str) -> str | None:
    """Why two statements disagree on whether a thing can be done, or None: one tells it as possible ("guests
    remain able to access their hotel rooms"), the other as failing ("guests shared stories about not being able
    to ... enter hotel rooms using key cards", "faced difficulties with ... key card access to their hotel
    rooms"), sharing ``_ABLE_SHARED`` words of the thing. Such a statement is no support of the other, whatever
    words they share; it says the opposite.

    >>> ability_conflict("Riders are still able to board trains at Orvale station.",
    ...                  "Riders reported problems boarding trains at Orvale station.")
    'still able to "board trains at Orvale station" vs problems boarding "trains at Orvale station"'
    """
    for one, other, flip in ((a, b, False), (b, a, True)):
        for m in _ABLE.finditer(one):
            able = set(_content_stems(m.group("rest"))[:_ABLE_REACH])
            for f in _FAILING.finditer(other):
                if len(able & set(_content_stems(f.group("rest")))) < _ABLE_SHARED:
                    continue
                mine = f'{_cue(m)} "{_shortened(m.group("rest"))}"'
                theirs = f'{_cue(f)} "{_shortened(f.group("rest"))}"'
                return f"{theirs} vs {mine}" if flip else f"{mine} vs {theirs}"
    return None
