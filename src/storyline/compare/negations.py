"""A statement and its negation across a story's facts: one report tells an act done to a thing ("an unidentified
intruder breached its network", "hackers may have obtained ... bank account numbers"), another that it was not
("there was no evidence that its systems or network had been compromised", "the data exposed ... did not include
passwords or PINs, bank account or credit card information"). Alignment puts such statements in different facts,
each corroborated by its own side; here they are set against each other as a conflict that names both sides and
who says each ("breached "its network" (T-Mobile) vs no evidence ... compromised "its systems or network" (The
company)"). A company's denial against a reporter's claim is such a dispute too.

An act is read from a short lexicon of families (``_ACTS``): breaking into a network or system ("breached",
"compromised", "hacked"), and taking or exposing data ("obtained", "stole", "accessed", "did not provide access
to", and "included" / "affected" where the sentence is about data). Two statements are on one act when their
families meet and they name one thing: the same words of an item, less words that name no item ("numbers",
"information": "bank account numbers" / "bank account ... information"), a network and a system being one thing
broken into. A denial of a kind of data ("no financial data was affected") denies each item of it ("bank account
numbers"); a kind told as taken says nothing against one item denied. Data as a whole is a thing only when it is
denied whole ("no customer data was accessed", "did not obtain any data"), against data told taken.

Conservative on purpose: no conflict from "not only", from a hedge that tells no past act ("could be used",
"may breach", "if", "whether", a question), from a feared or attempted act ("tried to breach"), from different
owners ("Orvale's network" / "Keswick's network"; "its network" is its named teller's) or named doers (a
denial of one's own deed, "Keswick Rail denied hacking the network", stands only against that doer's deed), from
different times ("in 2021" / "in November"), nor from a statement that tells itself as a later correction ("later
said", "has since"). A past told as possible ("may have obtained") is a claim, and stands against a denial.

Does NOT read paraphrase beyond the lexicon, nor acts other than these two families: "the dam collapsed" / "the
dam held" is left alone. A shallow reading with regular expressions, no parse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.calendar_words import month_spellings
from storyline.compare.across import Draft
from storyline.compare.align import Unit
from storyline.compare.disputes import place_sides
from storyline.compare.words import stem

# what a disagreement on whether an act was done is on, before its act ("negation:intrude")
NEGATION = "negation:"

_INTRUDE = "intrude"
_TAKE = "take"
# each act's verb forms, by family: a past form or a participle ("breached", "stolen"), and the base forms that
# only count after a denial or a present "-s" ("did not breach", "does not include", "includes")
_ACTS: dict[str, tuple[frozenset[str], str]] = {
    r"breach(?:ed|es|ing)?": (frozenset({_INTRUDE}), "breach"),
    r"hack(?:ed|s|ing)?": (frozenset({_INTRUDE}), "hack"),
    r"infiltrat(?:e|ed|es|ing)": (frozenset({_INTRUDE}), "infiltrate"),
    r"penetrat(?:e|ed|es|ing)": (frozenset({_INTRUDE}), "penetrate"),
    r"compromis(?:e|ed|es|ing)": (frozenset({_INTRUDE, _TAKE}), "compromise"),
    r"obtain(?:ed|s|ing)?": (frozenset({_TAKE}), "obtain"),
    r"st(?:ole|olen|eal|eals|ealing)": (frozenset({_TAKE}), "steal"),
    r"access(?:ed|es|ing)?": (frozenset({_TAKE}), "access"),
    r"expos(?:e|ed|es|ing)": (frozenset({_TAKE}), "expose"),
    r"retriev(?:e|ed|es|ing)": (frozenset({_TAKE}), "retrieve"),
    r"collect(?:ed|s|ing)?": (frozenset({_TAKE}), "collect"),
    r"leak(?:ed|s|ing)?": (frozenset({_TAKE}), "leak"),
    r"exfiltrat(?:e|ed|es|ing)": (frozenset({_TAKE}), "exfiltrate"),
    r"includ(?:e|ed|es)": (frozenset({_TAKE}), "include"),
    r"affect(?:ed|s)?": (frozenset({_TAKE}), "affect"),
    r"(?:provid|gain|giv|gave|got|get)\w*\s+access\s+to": (frozenset({_TAKE}), "access"),
}
_VERB = re.compile(r"\b(?P<verb>" + "|".join(f"(?:{v})" for v in _ACTS) + r")\b", re.I)
_FAMILY = [(re.compile(f"(?:{v})$", re.I), fam) for v, fam in _ACTS.items()]
# "included" and "affected" tell that data was taken only in a sentence about data or a breach ("the exposed
# information included names"), not in any sentence ("the deal included a pay rise")
_ABOUT_DATA = re.compile(r"\b(?:data|information|breach\w*|hack\w*|expos\w*|cyber\w*|stolen|theft|records?|leak\w*)\b",
                         re.I)
_LOOSE = frozenset({"include", "affect"})
# the forms that tell a past act or a present state without help: "breached", "stolen", "includes"
_TOLD_FORM = re.compile(r"(?:ed|stole|stolen|includes|affects|exposes|provides?\s+access\s+to)$", re.I)

# a denial just before the verb: "did not", "has not been", "were not", "wasn't", "never", "was not able to"
_DENIED_VERB = re.compile(
    r"(?:\b(?:not|never)|n[’']t)\s+(?:(?:been|be|yet|have|actually|directly|fully|able\s+to)\s+){0,3}$", re.I)
# a denial of a deed told with its "-ing": "Keswick Rail denied hacking the network"
_DENIED_DOING = re.compile(r"\bden(?:ied|ies|y|ying)\s+(?:ever\s+)?$", re.I)
# a frame that denies what its clause tells: "there was no evidence that", "denied that", "it is not true that"
_DENYING_FRAME = re.compile(
    r"\b(?:no\s+(?:evidence|indication|sign|signs|proof)|nothing\s+to\s+(?:suggest|indicate)|"
    r"den(?:ied|ies|y)|not\s+true|false)\b", re.I)
# what tells a thing as feared, attempted, conditional or unsure rather than told: "tried to breach", "whether",
# "could be used", "if"
_HEDGE = re.compile(
    r"\b(?:if|whether|unless|(?:is|was|remains?|remained)\s+(?:unclear|unknown)|not\s+(?:clear|known)|fear\w*|risk\w*|threaten\w*|possib\w*|"
    r"potential\w*|tr(?:y|ied|ies|ying)|attempt\w*|sought|seek\w*|plann\w*|plans?\s+to|aim\w*|could|would|will|might|may|"
    r"can|should|must)\b", re.I)
# a modal with "have" before a past form tells a past act as possible: a claim ("may have obtained")
_PAST_POSSIBLE = re.compile(r"\b(?:may|might|could)\s+(?:also\s+)?have\s+(?:(?:not\s+|also\s+)?been\s+)?$", re.I)
# "was able to" between a denying frame and its verb: "no evidence the intruder was able to breach"
_ABLE = re.compile(r"\bable\s+to\s+$", re.I)
# words after "not" that make it no denial: "not only", "not just"
_NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|merely|simply)\b", re.I)
# a statement that tells itself as a later correction or an earlier state: left to ``storyline.compare.updates``
_UPDATE = re.compile(r"\b(?:later|earlier|initially|originally|previously|corrected|revised|retract\w*|"
                     r"(?:has|have|had)\s+since|now\s+(?:says?|said))\b", re.I)
# where a clause ends, for what an active verb is told of ("breached its network in late November": its network)
_OBJECT_END = re.compile(
    r"[.;:()\"“”?!]|\s[—–-]\s|—|–|\b(?:in|on|since|from|through|during|when|after|before|but|while|because|that|"
    r"which|who|to|by|with|via|at|over|for|according|adding|saying|said|says|could|would|may|might|will|can|should|"
    r"is|are|was|were|has|have|had|though|although|and\s+(?:is|was|has|had|said|stole|took)|last|yesterday|today|"
    r"tonight|this\s+(?:week|month|year)|earlier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
# where a passive's subject starts, going back from its verb ("The company said that [Social Security numbers,
# ...] were not affected")
_SUBJECT_START = re.compile(
    r"[.;:()\"“”?!]|—|–|\b(?:that|said|says|say|believes?|believed|adding|added|though|although|but|while|"
    r"because|whereas|if|when|evidence|indication|sign|signs|discovered|found|learned|confirmed|showed|shows|"
    r"indicates?|indicated|revealed|knew|know|noted|stated|announced|disclosed|reported|insisted|maintained|"
    r"which|what|how|why|where|who|whom|whose)\b", re.I)
# a passive's subject asked about, not told: "did not specify which systems were affected"
_ASKED = re.compile(r"\b(?:which|what|how|why|where|who|whom|whose)\s*$", re.I)
# a passive's auxiliary, right before its verb: "were not affected", "had been compromised", "was obtained"
_PASSIVE = re.compile(r"\b(?:(?:may|might|could|would|will|can|should|must)\s+(?:also\s+|not\s+)?)?"
                      r"(?:was|were|is|are|(?:has|have|had)\s+(?:not\s+|never\s+|also\s+)?been|be|been)\s+"
                      r"(?:(?:not|never|n[’']t|yet|actually|directly|fully)\s+){0,2}$", re.I)
_PASSIVE_SHORT = re.compile(r"\b(?:wasn|weren|isn|aren|hasn|haven|hadn)[’']t\s+(?:been\s+)?$", re.I)
# a passive's subject that denies it: "No passwords ... were compromised", "none of the records were taken"
_NO_SUBJECT = re.compile(r"\s*[“\"]?\s*(?:no|none\s+of)\b", re.I)
# a list of items after what a verb is told of: "stole data on 37 million customers, including addresses, phone
# numbers and dates of birth", "did not provide access to more sensitive information such as ..."
_LIST_AFTER = re.compile(r"^(?:(?!\band\b)[^.;:—–]){0,40}?(?:,\s*)?\b(?:including|such\s+as)\s+(?P<items>[^.;:()—–]+)",
                         re.I)
_ITEM_SPLIT = re.compile(r",|\b(?:or|and|nor|including|such\s+as|as\s+well\s+as|plus)\b", re.I)
# words that name no item of their own: a thing's generic head, a quantity, a determiner, an owner
_NO_ITEM = frozenset({
    "the", "a", "an", "any", "its", "their", "his", "her", "our", "your", "this", "that", "these", "those", "no",
    "other", "more", "most", "some", "all", "of", "sensitive", "basic", "type", "types", "kind", "kinds",
    "information", "info", "data", "number", "numbers", "detail", "details", "record", "records", "customer",
    "customers", "user", "users", "about", "approximately", "nearly", "almost", "around", "million", "billion",
    "thousand", "hundred", "certain", "such", "as", "even", "also", "not", "none", "personal", "it", "he", "she",
    "they", "we", "first", "in", "on", "at", "to", "for", "from", "with", "by", "could", "would", "may", "might",
})  # fmt: skip
# data or information as a whole, after "no", "any", "none of", or told with no kind of it
_SOME_DATA = re.compile(r"^(?:(?:no|any|none\s+of(?:\s+(?:the|its|their))?)\s+)?(?:(?:customer|user|personal)s?\s+)?"
                        r"(?:data|information)\b", re.I)
_DATA = frozenset({"*data"})
# what a network is, broken into: one thing under any of these names
_NETWORK = frozenset({"network", "system", "server", "computer", "infrastructure"})
# items of a kind of data: a denial of the kind denies each ("no financial data was affected" / "bank account
# numbers")
_FINANCIAL = "financial"
_FINANCIAL_ITEMS = (frozenset({"bank"}), frozenset({"credit", "card"}), frozenset({"debit", "card"}),
                    frozenset({"payment", "card"}))
_POSSESSOR = re.compile(r"^(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)[’']s\s")
# a name before a network's word names its owner: "the Keswick Rail network"
_NAMED_NETWORK = re.compile(r"^(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+(?:networks?|systems?|servers?|"
                            r"computers?)\b")
# an owner after the thing: "bank account numbers of Orvale Telecom customers", "the network of its parent"
_OF_OWNER = re.compile(r"\s+of\s+(?=(?:the\s+)?[A-Z]|(?:its|their|his|her)\b)")
# where a new clause opens inside a sentence: what is before it frames nothing after it
_CLAUSE_OPENS = re.compile(r"[;:]|,\s+(?:but|while|though|although|whereas|adding|added|saying|and)\b", re.I)
# a statement of a time before the story's: "last year", "a previous breach"
_BEFORE_NOW = re.compile(r"\b(?:last|previous|prior|past)\s+(?:year|month|decade|breach\w*|attack\w*|incident\w*)\b"
                         r"|\bprevious(?:ly)?\b", re.I)
# an aside after a list, which names no item of it: ", the second major breach in two years"
_ASIDE = re.compile(r",\s+(?:the|a|an)\s", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(r"\b(?:" + month_spellings(lower=True, may=False) + r")\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# a doer named before an active verb: capitalized words ("Orvale hackers"), not a sentence's first word alone
_DOER = re.compile(r"(?P<doer>(?:[A-Z][\w-]+\s+){1,3})$")


_Items = tuple[tuple[frozenset[str], str], ...]


@dataclass(frozen=True, slots=True)
class Told:
    """One act told or denied of things in a statement: ``acts`` its families, ``things`` each item's words
    (stems, less words that name no item), ``owner`` whose thing it is when named ("T-Mobile's network"),
    ``doer`` who did it when named, ``when`` the years and months its sentence names; ``start``/``end`` its
    words in the statement, ``cue`` the act as written ("not breached", "no evidence ... compromised", "may have
    obtained"), ``what`` the things as written."""

    denied: bool
    acts: frozenset[str]
    things: frozenset[frozenset[str]]
    written: tuple[tuple[frozenset[str], str], ...]  # each thing with its words as written
    owner: str
    doer: str
    when: frozenset[str]
    start: int
    end: int
    cue: str
    what: str
    own: bool = False  # a denial of one's own deed ("Keswick Rail denied hacking"): its doer is the denier


def _family(verb: str) -> tuple[frozenset[str], str]:
    for pattern, family in _FAMILY:
        if pattern.match(verb):
            return family
    return frozenset(), ""


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``at`` (a statement may hold two)."""
    start = max((m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z“\"])", text[:at])), default=0)
    end = next((m.start() + 1 for m in re.finditer(r"[.!?](?=\s+[A-Z“\"]|\s*$)", text[at:])), len(text) - at) + at
    return start, min(end, len(text))


def _clause_before(text: str, start: int, at: int) -> str:
    """The words of a sentence before ``at`` back to the start of its clause (a semicolon, a colon, a comma that
    opens another clause is kept: a frame like "there was no evidence that" stays with what it frames)."""
    before = text[start:at]
    cut = max((m.end() for m in re.finditer(_CLAUSE_OPENS, before)), default=0)
    return before[cut:]


def _items(words: str) -> list[tuple[frozenset[str], str]]:
    """The items a phrase lists, each as its stems less words that name no item and owners ("T-Mobile's
    network": network), and as written; the list ends at an aside ("..., the second major breach")."""
    out = []
    words = _ASIDE.split(words, maxsplit=1)[0]
    for part in _ITEM_SPLIT.split(words):
        bare = _OF_OWNER.split(_POSSESSOR.sub("", part.strip()), maxsplit=1)[0]
        kept = [stem(w) for w in _WORD.findall(bare)
                if w.lower() not in _NO_ITEM and not _YEAR.match(w) and not w.lower().endswith(("'s", "’s"))]
        kept = [w for w in kept if len(w) > 1 and w not in _NO_ITEM]
        if kept:
            out.append((frozenset(kept), _OF_OWNER.split(part.strip(), maxsplit=1)[0]))
    return out


def _owner(words: str, text: str, at: int) -> str:
    """Whose thing it is, when named: "T-Mobile's network", "the Keswick Rail network", and "its network" of a
    sentence whose teller is a name ("Orvale Bank said its network was not breached"); else ""."""
    bare = words.strip().removeprefix("the ").removeprefix("The ")
    m = _POSSESSOR.match(bare) or _NAMED_NETWORK.match(bare)
    if m:
        return m.group("owner").lower()
    teller = _teller(text, at) if re.match(r"(?:its|their)\b", bare, re.I) else ""
    return teller.lower() if teller[:1].isupper() else ""


def told_acts(text: str) -> list[Told]:
    """Each act of ``_ACTS`` that ``text`` tells or denies of named things (see the module docstring).

    >>> [(t.denied, sorted(sorted(k) for k in t.things)) for t in told_acts("Its systems were not breached.")]
    [(True, [['system']])]
    """
    out: list[Told] = []
    for m in _VERB.finditer(text):
        verb = m.group("verb")
        acts, base = _family(verb)
        s_start, s_end = _sentence_bounds(text, m.start())
        sentence = text[s_start:s_end]
        if "?" in sentence or _UPDATE.search(sentence) or _BEFORE_NOW.search(sentence):
            continue
        if base in _LOOSE and not _ABOUT_DATA.search(sentence):
            continue
        before = _clause_before(text, s_start, m.start())
        if _NOT_ONLY.search(before):
            continue
        frame = _DENYING_FRAME.search(before)
        able = frame is not None and _ABLE.search(before) is not None  # "no evidence the intruder was able to breach"
        doing = verb.lower().endswith("ing")
        if doing and not _DENIED_DOING.search(before):
            continue  # "was obtaining the data", "by accessing": no act told as done or denied
        denied_verb = (_DENIED_VERB.search(before) is not None and not doing) or able or doing
        passive = _PASSIVE.search(before) or _PASSIVE_SHORT.search(before)
        if not denied_verb and not _TOLD_FORM.search(verb):
            continue  # "to obtain", "the breach", "could access": no act told
        read = _passive(text, m, before, s_start) if passive else _active(text, m, s_end)
        if read is None or not read[0]:
            continue
        items, what, at = read
        things = frozenset(k for k, _ in items)
        possible = _PAST_POSSIBLE.search(before)
        if _HEDGE.search(before[: possible.start()] if possible else before):
            continue
        no_subject = bool(passive) and _NO_SUBJECT.match(text[at : m.start()]) is not None
        denied = denied_verb or no_subject or frame is not None
        doer = "" if passive else _doer(text, s_start, m.start())
        if doing:
            denier = _DENIED_DOING.search(before)
            doer = _doer(text, s_start, m.start() - (len(before) - denier.start())) if denier else ""
        cue = _cue(verb, denied_verb or no_subject, None if doing else frame, possible)
        cue = f"denied {verb}" if doing else cue
        out.append(Told(
            denied=denied, acts=acts, things=things, written=tuple(items), owner=_owner(what, text, m.start()),
            doer=doer,
            when=frozenset(w.lower() for w in _YEAR.findall(sentence) + _MONTH.findall(sentence)),
            start=min(at, m.start()), end=max(m.end(), at + len(what)), cue=cue, what=what, own=doing,
        ))
    return out


def _doer(text: str, s_start: int, at: int) -> str:
    """Who an active verb names as its doer, when a name in capitals stands right before it ("Velmish hackers
    breached"), in lower case; "" for any other doer, and for a sentence's first word, capitalized whatever it
    is."""
    d = _DOER.search(text[max(s_start, at - 60) : at])
    if d is None or (max(s_start, at - 60) + d.start() <= s_start and len(d.group("doer").split()) == 1):
        return ""
    return " ".join(d.group("doer").split()).lower()


def _cue(verb: str, denied: bool, frame: re.Match[str] | None, possible: re.Match[str] | None) -> str:
    """The act as a conflict shows it: "breached", "not compromised", "no evidence ... compromised", "may have
    obtained"."""
    verb = " ".join(verb.split())
    if frame is not None:
        return f"{frame.group(0).lower()} ... {verb}"
    if denied:
        return f"not {verb}"
    if possible:
        return f"{' '.join(possible.group(0).split())} {verb}"
    return verb


def _active(text: str, m: re.Match[str], s_end: int) -> tuple[_Items, str, int] | None:
    """What an active verb is told of: the words after it to the end of its clause, and the items a list after
    them names ("stole data on 37 million customers, including addresses, phone numbers ..."); with the words
    before it in its clause (its subject). None for a participle before a noun ("the exposed information")."""
    before_words = _WORD.findall(text[max(0, m.start() - 30) : m.start()])
    if before_words and (before_words[-1].lower() in {"the", "a", "an", "its", "their", "this", "that", "these"}
                         or before_words[-1].lower().endswith("ing")):
        return None  # "the exposed information", "notifying affected customers": a participle before a noun
    rest = text[m.end() : s_end]
    if also := re.match(r"\s+(?:or|and)\s+" + _VERB.pattern, rest, re.I):
        rest = rest[also.end() :]  # "breached or compromised T-Mobile's network": the object is the second verb's
    end = _OBJECT_END.search(rest)
    obj = rest[: end.start() if end else len(rest)]
    items = _items(obj) + _any_data(obj)
    tail = rest[len(obj) :]
    if listed := _LIST_AFTER.match(tail):
        items += _items(listed.group("items"))
        obj = rest[: len(obj) + listed.end()]
    return tuple(items), " ".join(obj.split()).strip(" ,"), m.end()


def _passive(text: str, m: re.Match[str], before: str, s_start: int
             ) -> tuple[_Items, str, int] | None:
    """What a passive verb is told of: its subject, back to where the subject starts ("The company said that
    [Social Security numbers, ... and PIN numbers] were not affected", "[No passwords, ...] were compromised")."""
    aux = _PASSIVE.search(before) or _PASSIVE_SHORT.search(before)
    assert aux is not None
    subject_end = m.start() - (len(before) - aux.start())
    region = text[s_start:subject_end].rstrip()
    if region.endswith(("—", "–")):
        region = region[:-1]  # "the most sensitive records — such as credit card numbers ... — have not been"
    cut = max((x.end() for x in _SUBJECT_START.finditer(region)), default=0)
    if _ASKED.search(region[:cut]):
        return None  # "did not specify which systems were affected": a question, no claim
    subject = region[cut:]
    lead = len(subject) - len(subject.lstrip(" ,“\""))
    at = s_start + cut + lead
    words = subject.strip(" ,“\"")
    if not words:
        return None
    items = _items(re.sub(r"^(?:no|none\s+of)\b", "", words, flags=re.I)) + _any_data(words)
    rest = text[m.end() :]
    listed = _LIST_AFTER.match(rest) if re.match(r"^\s*,\s*(?:including|such\s+as)", rest, re.I) else None
    if listed:
        items += _items(listed.group("items"))  # "was obtained, including name, billing address, ..."
    return tuple(items), words, at


def _any_data(words: str) -> list[tuple[frozenset[str], str]]:
    """Data or information as one thing, told taken ("hackers stole data on 2 million customers") or denied
    whole ("no customer data was accessed", "did not obtain any data"): a denial of some data ("the data was not
    taken from the main servers", "no financial data") denies no such whole."""
    m = _SOME_DATA.search(words.strip(" ,“\""))
    return [(_DATA, m.group(0))] if m else []


def _of_kind(item: frozenset[str], kind: frozenset[str]) -> bool:
    """Whether a denied kind of data ("financial data", "financial account information") holds an item ("bank
    account numbers", "credit card numbers")."""
    return _FINANCIAL in kind and kind <= {_FINANCIAL, "account"} and any(k <= item for k in _FINANCIAL_ITEMS)


def _network(key: frozenset[str], owner: str) -> frozenset[str]:
    """A thing broken into, a network and a system being one ("its systems or network" / "its network"), its
    owner's name no word of it ("the Keswick Rail network")."""
    words = key - set(_words_of(owner))
    return frozenset({"network"}) if len(words) == 1 and words & _NETWORK else key


def _words_of(owner: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(owner)]


def against(told: Told, denial: Told) -> bool:
    """Whether a denial denies what ``told`` tells: one act family, one thing (or a kind of data the thing is
    of), no two named owners or doers, no two different times."""
    if told.denied or not denial.denied or not told.acts & denial.acts:
        return False
    if told.owner and denial.owner and told.owner != denial.owner:
        return False
    if told.doer and denial.doer and told.doer != denial.doer:
        return False
    if denial.own and told.doer != denial.doer:
        return False  # "Velmish hackers breached ..." / "Keswick Rail denied hacking ...": another doer
    if {w for w in told.when if w.isdigit()} != {w for w in denial.when if w.isdigit()}:
        return False  # "a cyberattack in 2021 exposed ... Social Security numbers" / "... were not affected"
    if told.when and denial.when and not told.when & denial.when:
        return False
    return bool(denied_of(told, denial))


def denied_of(told: Told, denial: Told) -> list[tuple[str, str]]:
    """The things of ``told`` that ``denial`` denies, each as the two write it; no owners, doers or times
    checked (``against`` does)."""
    out = []
    shared = told.acts & denial.acts
    for key, words in told.written:
        for other, theirs in denial.written:
            broken = _INTRUDE in shared and _network(key, told.owner) == _network(other, denial.owner)
            if key == other or broken or (_TAKE in shared and _of_kind(key, other)):
                out.append((words, theirs))
    return out


_Said = tuple[Told, Unit]


def _read(drafts: Sequence[Draft]) -> list[_Said]:
    """Each act told or denied in the drafts' statements, once per place in its report."""
    out: list[_Said] = []
    seen: set[tuple[int, int]] = set()
    for draft in drafts:
        for u in draft.units:
            for t in told_acts(u.text):
                if (u.report, u.span.start + t.start) not in seen:
                    seen.add((u.report, u.span.start + t.start))
                    out.append((t, u))
    return out


def negations_across(drafts: list[Draft]) -> list[Draft]:
    """Drafts where a statement that tells an act and one that denies it (``against``) stand against each other,
    wherever alignment put them: the statements that tell it are one side, those that deny it the other. A side
    is set only when some statement of it meets one of the other side from another report; a report's own
    statement of either side then joins its side (a report may deny in one paragraph what its lead tells)."""
    said = _read(drafts)
    pairs = [(i, j) for i, (t, u) in enumerate(said) for j, (d, v) in enumerate(said)
             if u.report != v.report and against(t, d)]
    if not pairs:
        return drafts
    out = list(drafts)
    for told_side, denied_side in _topics(said, pairs):
        out = _set_sides(out, [[said[i] for i in told_side], [said[i] for i in denied_side]])
    return out


def _topics(said: Sequence[_Said], pairs: Sequence[tuple[int, int]]) -> list[tuple[list[int], list[int]]]:
    """The pairs in topics: statements linked by pairs, each topic with its told side and its denied side, and
    the statements of one of its reports that meet the other side but from the same report."""
    parent = list(range(len(said)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[root(i)] = root(j)
    linked = {i for p in pairs for i in p}
    for i, (t, _) in enumerate(said):
        for j, (d, _) in enumerate(said):
            if (i in linked) != (j in linked) and against(t, d):
                parent[root(i)] = root(j)
                linked |= {i, j}
    topics: dict[int, tuple[list[int], list[int]]] = {}
    for i in sorted(linked):
        side = topics.setdefault(root(i), ([], []))
        side[1 if said[i][0].denied else 0].append(i)
    return list(topics.values())


# what opens a told or denied clause after its teller: "T-Mobile said Thursday that", "According to the notification,"
_TELLER = re.compile(
    r"(?P<who>(?:[\w'’&.-]+\s+){0,5}?[\w'’&.-]+)\s+(?:said|says|told\s+[\w\s]{1,40}?|added|stated|announced|"
    r"insisted|maintained|acknowledged|confirmed|denied|reported)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday))?(?:\s+(?:in\s+a\s+[\w\s-]{1,30}?))?(?:\s+that)?\s+"
    r"|\b[Aa]ccording\s+to\s+(?P<source>[^,]{1,60}),\s*")
# where a told or denied clause ends after its thing: another clause ("and stole data", ", adding that")
_CLAUSE_END = re.compile(r";|,\s+(?:but|adding|while|though|although|and)\b|\s+and\s+(?=(?:\w+ed|stole|took)\b)", re.I)
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that", "there", "which", "who"})


def _clause_unit(told: Told, unit: Unit) -> Unit:
    """The part of a statement that tells or denies the act, after whoever it says tells it ("there was no
    evidence that its systems or network had been compromised" of "The company said there was no evidence ...,
    adding that ..."), as a statement of its own: a fact of its own, apart from the statement's other claims."""
    text = unit.text
    s_start, s_end = _sentence_bounds(text, told.start)
    start = max([s_start] + [s_start + x.end() for x in _CLAUSE_OPENS.finditer(text[s_start : told.start])]
                + [s_start + x.end() for x in _TELLER.finditer(text[s_start : told.start])])
    end = next((s_start + x.start() for x in _CLAUSE_END.finditer(text[s_start:s_end])
                if s_start + x.start() >= told.end), s_end)
    while start < end and text[start] in " ,;:\"“”'":
        start += 1
    while end > start and text[end - 1] in " ,;:.\"“”'":
        end -= 1
    if (start, end) == (0, len(text)) or start >= end:
        return unit
    span = replace(unit.span, start=unit.span.start + start, end=unit.span.start + end)
    return replace(unit, span=span, text=text[start:end], kind="clause")


def _sayer(told: Told, unit: Unit) -> str:
    """Who a statement says tells or denies the act, as written ("T-Mobile", "the company", "the notification"),
    or "" (the report's own words, or a pronoun)."""
    return _teller(unit.text, told.start)


def _teller(text: str, at: int) -> str:
    """Who the sentence of ``text`` around ``at`` says tells what follows (``_sayer``)."""
    s_start, _ = _sentence_bounds(text, at)
    found = list(_TELLER.finditer(text[s_start:at]))
    if not found:
        return ""
    m = found[-1]
    who = (m.group("source") or m.group("who")).split()
    names = re.search(r"((?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*)$", " ".join(who))
    if names and not (len(who) == 1 and m.start() == 0 and who[0].lower() in _PRONOUNS):
        shown = names.group(1)
    else:
        shown = " ".join(who[-2:])
    shown = re.sub(r"^(?:The|A|An)\s", lambda a: a.group(0).lower(), shown)
    return "" if shown.lower() in _PRONOUNS or shown.lower() in {"the", "a", "an"} else shown


def _why(told: _Said, denial: _Said) -> str:
    """A conflict as the fact list shows it: each side's act and thing as written, with who says it ("breached
    "its network" (T-Mobile) vs no evidence ... compromised "its systems or network" (The company))."""
    things = denied_of(told[0], denial[0])
    mine = " or ".join(dict.fromkeys(w for w, _ in things))
    theirs = " or ".join(dict.fromkeys(w for _, w in things))
    sides = [(told, mine), (denial, theirs)]
    return " vs ".join(f'{t.cue} "{what}"' + (f" ({who})" if (who := _sayer(t, u)) else "") for (t, u), what in sides)


def _set_sides(drafts: list[Draft], sides: Sequence[Sequence[_Said]]) -> list[Draft]:
    """``drafts`` with each side a draft that conflicts with the other: a draft in no conflict that holds only
    statements of the side is its home; else the side's clauses make a draft of their own."""
    out = list(drafts)
    homes = place_sides(out, [({id(u) for _, u in side}, [(u, _clause_unit(t, u)) for t, u in side])
                              for side in sides])
    if homes is None:
        return drafts
    why = _why(sides[0][0], next(d for d in sides[1] if against(sides[0][0][0], d[0])))
    acts = sorted(sides[0][0][0].acts & sides[1][0][0].acts)
    for home in homes:
        others = tuple(sorted(h for h in homes if h != home))
        out[home] = replace(out[home], rivals=others, why=why, update=False, about=NEGATION + "+".join(acts))
    return out
