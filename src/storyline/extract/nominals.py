"""Nominal mentions: common-noun phrases that refer to a person, organisation or place of the report.

What it does: finds noun phrases headed by an entity noun ("the actress", "police", "the facility",
"India's navy", "the Indian navy", "a man ... the man") and decides, with conservative evidence only, which
entity each one refers to:
- role words: a noun seen with a name, as a title ("Actress Lindsay Lohan"), in apposition ("Shawn Holley,
  her lawyer"; "the actress Lindsay Lohan") or after a copula ("Lohan is an actress"), makes a later "the
  actress" a mention of that person when no other entity has that role word; the appositive phrase itself is a
  mention too;
- kind words: a name whose last word says its kind ("Betty Ford Center", "Kraft Foods Inc", "Wend Valley
  Water Authority") takes a later definite description of the same kind ("the facility", "the company", "the
  authority") when it is the only name of that kind written before it;
- a name inside the phrase ("the Betty Ford Center rehab facility") is what the phrase names;
- a national institution ("India's navy", "the Indian navy") is one referent keyed by country and noun;
- everything else starts or continues a chain of its own: "a man" starts one, "the man" continues the latest
  chain with the same head noun, bare plurals ("police", "pirates") continue theirs. The caller keeps a chain
  only when it is mentioned more than once (a pronoun counts) or speaks ("police said", "officials said");
- but an indefinite or bare status description after a preposition is generic ("the first conviction of an
  American president", "as first convicted former president"): no later "the former president" continues it.

What it does NOT do: no guessing among several candidates (two people with the same role word, two
companies within reach), no bridging ("the roof" of a building), no generic uses told from specific ones
beyond the rules above, and no plural antecedents for singular phrases.

Method: dependency patterns over the spaCy parse and a hand-written noun lexicon, in the spirit of the
"precise constructs" and "strict head match" sieves of Lee et al. (2013), written from scratch for news text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract import gazetteer
from storyline.extract.coref import SPEECH_VERBS, Mention
from storyline.extract.gazetteer import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON_NOUNS = words(
    """actress actor singer star starlet celebrity model rapper musician comedian host explorer scientist
    man woman men women boy girl boys girls teen teenager child children baby mother father sister brother
    son daughter wife husband girlfriend boyfriend fiance fiancee widow grandmother grandfather aunt uncle
    parents family couple suspect suspects gunman gunmen shooter robber robbers thief thieves burglar burglars
    pirate pirates hijackers attacker attackers killer victim victims hostage hostages prisoner prisoners inmate
    inmates player players coach boxer champion fighter quarterback pitcher lawyer lawyers attorney judge doctor
    doctors surgeon nurse spokesman spokeswoman spokesperson official officials source sources worker workers
    employee employees resident residents driver passenger passengers crew sailors soldier soldiers troops
    hacker hackers user users customer customers member members leader boss chief director executive founder
    president minister governor mayor senator candidate nominee researcher researchers expert experts analyst
    analysts witness witnesses student students teacher patient patients fan fans guard guards technician maid
    officer officers deputy deputies detective detectives investigators agent agents rescuers firefighters
    commander captain sheriff prosecutor prosecutors jury teammate rep representative cops people publicist
    manager skipper midfielder striker defender goalkeeper winger premier chancellor"""
)
ORG_NOUNS = words(
    """police company firm corporation group team club navy army military government administration agency
    organization organisation network band party league council committee ministry department authority
    maker manufacturer retailer giant studio label union coalition regime militia forces coast"""
)
PLACE_NOUNS = words(
    """facility center centre hospital clinic store shop supermarket boutique bank church cathedral mosque
    building house home hotel prison jail penitentiary school university restaurant bar stadium arena airport
    station plant factory mine village villages town city region area island coast port harbor harbour
    district neighborhood neighbourhood county state province country capital resort venue rehab dam reservoir"""
)
FEMALE_NOUNS = words(
    """actress woman women girl mother sister daughter wife girlfriend fiancee widow grandmother aunt niece
    spokeswoman chairwoman queen princess starlet"""
)
MALE_NOUNS = words("man boy father brother son husband boyfriend fiance grandfather uncle nephew gunman spokesman king")
# nouns of one kind: a name ending in one of them ("Betty Ford Center") is described by any other
KIND_GROUPS: tuple[frozenset[str], ...] = (
    words("facility center centre clinic hospital rehab"),
    words("store shop supermarket boutique retailer"),
    words("prison jail penitentiary facility"),
    words("church cathedral chapel"),
    words("company firm corporation corp inc ltd maker manufacturer giant group foods co"),
    words("team club"),
    words("authority"),
    words("agency"),
    words("council"),
    words("ministry department"),
    words("commission"),
    words("university college school"),
    words("hotel resort"),
    words("bank"),
    words("band group"),
    words("party"),
    words("dam"),
)
# institutions a country has one of: "India's navy", "the Indian navy"
NATIONAL = words("navy army military police forces coast guard parliament court")
# lower-case modifiers that tell one group of people from another ("local officials", "federal officials")
GROUP_MODIFIERS = words(
    """local federal state foreign regional provincial municipal national international military civilian
    western eastern european american western-backed opposition government rebel separatist"""
)
# the head nouns of a description that says a person's status ("the former president", "the fallen Tory
# leader", "the former Liverpool midfielder"); "the man", "the suspect" or "the victim" say too little
STATUS_NOUNS = words(
    """leader president premier chancellor minister governor senator mayor candidate nominee manager coach boss
    skipper captain midfielder striker defender goalkeeper winger star champion actress actor singer rapper
    founder"""
)
_GENERIC_PREPS = frozenset({"of", "as", "for", "like"})
_UNTOLD = ("?",)  # the modifiers of a bare noun that could mean either of two groups
_COLLECTIVE = words("police")  # singular in form, plural in agreement ("police said they")
_DETS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def _kind_of(noun: str) -> set[frozenset[str]]:
    return {g for g in KIND_GROUPS if noun in g}


def entity_type(noun: str) -> str | None:
    """The entity type a head noun names, or None when it is no entity noun."""
    if noun in PERSON_NOUNS:
        return "PERSON"
    if noun in ORG_NOUNS:
        return "ORG"
    if noun in PLACE_NOUNS:
        return "FAC"
    return None


def _first(tok: Token) -> int:
    """The index of the phrase's first token: its determiner, modifiers or possessor, else the head."""
    first = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "case", "predet", "quantmod"):
            first = min(first, min(t.i for t in c.subtree))
    return first


def _name_at(cover: dict[int, Mention], tok: Token) -> Mention | None:
    return cover.get(tok.idx)


_ROLE_OBJECT = re.compile(r"\s(?:of|for|at|in|with|to|from|on|by|who|whose|which|that)\s")


def role_words(
    doc: Doc, names: list[Mention], roles: dict[str, list[str]]
) -> tuple[dict[str, set[str]], list[Mention]]:
    """Entity key -> entity nouns said of it (titles, appositions, copulas); the appositive phrases as mentions."""
    said: dict[str, set[str]] = {}
    for key, texts in roles.items():
        for t in texts:
            # the role itself, not what it is of or for: "a spokeswoman for the hospital" is no hospital,
            # "sister of the teen" no teen
            for w in _ROLE_OBJECT.split(t.lower(), maxsplit=1)[0].split():
                if w in PERSON_NOUNS or w in ORG_NOUNS or w in PLACE_NOUNS:
                    said.setdefault(key, set()).add(w)
    found: list[Mention] = []
    for m in names:
        if m.kind not in ("name", "acronym") or not m.key:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        typ = m.type
        nouns: list[Token] = []
        nouns += [c for c in head.children if c.dep_ == "appos" and c.i >= span.end]  # "Holley, her lawyer"
        if head.dep_ == "appos" and head.head.i < span.start:
            nouns.append(head.head)  # "the actress Lindsay Lohan", "her lawyer, Shawn Holley"
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ == "be":
            nouns += [c for c in head.head.children if c.dep_ == "attr"]  # "Lohan is an actress"
        nouns += [t for t in span if t.i < head.i and t.lower_ in PERSON_NOUNS]  # "Actress Lindsay Lohan"
        if span.start > 0 and doc[span.start - 1].dep_ == "compound" and doc[span.start - 1].lower_ in PERSON_NOUNS:
            nouns.append(doc[span.start - 1])  # the title just outside the name's span
        for n in nouns:
            low = n.lower_
            etype = entity_type(low)
            if etype is None or (etype == "PERSON") != (typ == "PERSON") or n.tag_ in ("NNS", "NNPS"):
                continue
            said.setdefault(m.key, set()).add(low)
            if n.dep_ != "attr" and not (span.start <= n.i < span.end):
                start, end = doc[_first(n)].idx, n.idx + len(n.text)
                if end <= m.start or start >= m.end:
                    d = Mention(start, end, m.type, "description", key=m.key)
                    found.append(d)
    return said, found


def nominals(
    doc: Doc, names: list[Mention], taken: list[tuple[int, int]], roles: dict[str, list[str]]
) -> list[Mention]:
    """Nominal mentions, each keyed to a named entity's key or to a chain key ``D:...`` (module docstring)."""
    said, out = role_words(doc, names, roles)
    cover: dict[int, Mention] = {}
    for m in names:
        for c in range(m.start, m.end):
            cover[c] = m
    busy = list(taken) + [(m.start, m.end) for m in out]
    text = doc.text  # built from the tokens on every access: once here
    sent_of = {}
    for n, sent in enumerate(doc.sents):
        for t in sent:
            sent_of[t.i] = n
    by_word: dict[str, set[str]] = {}
    for key, ws in said.items():
        for w in ws:
            by_word.setdefault(w, set()).add(key)
    kinds = _name_kinds(doc, names, sent_of)
    chains: dict[str, str] = {}  # head word -> latest chain key
    groups: dict[str, dict[tuple[str, ...], str]] = {}  # head word -> its modifiers -> chain key
    n_chain = 0
    for tok in doc:
        low = tok.lower_
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "attr") or tok.idx in cover:
            continue
        etype = entity_type(low)
        if etype is None:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].dep_ in ("compound", "appos"):
            continue  # a title before a name ("Actress Lindsay Lohan") belongs to the name
        first = _first(tok)
        start, end = doc[first].idx, tok.idx + len(tok.text)
        while start < end and (text[start].isspace() or text[start] in "•·▪●*"):
            start += 1  # a list bullet or the line's indent is no part of the description
        if any(a < end and start < b for a, b in busy) and not _holds_name(cover, doc, first, tok.i):
            continue
        dets = [c.lower_ for c in tok.lefts if c.dep_ in ("det", "predet")]
        det = dets[0] if dets else ""
        poss = [c for c in tok.lefts if c.dep_ == "poss"]
        plural = tok.tag_ in ("NNS", "NNPS") or low in _COLLECTIVE
        s = sent_of.get(tok.i, 0)
        key = ""
        grouped = False
        inner = _holds_name(cover, doc, first, tok.i)
        country = _country_of(poss, [c for c in tok.lefts if c.dep_ in ("amod", "compound")])
        if country is not None and low in NATIONAL:
            key = f"R:{country}|{low}"
        elif inner is not None and etype != "PERSON" and inner.type not in ("PERSON", "NORP", "GPE"):
            key = inner.key  # "the Betty Ford Center rehab facility"
            start = min(start, inner.start)
        elif any(a < end and start < b for a, b in busy):
            continue
        elif det in ("the", "this", "that") and not plural and len(by_word.get(low, ())) == 1:
            key = chains[low] = next(iter(by_word[low]))
        elif det in ("the", "this") and not plural and (k := _nearest_kind(kinds, low, start, s)):
            key = chains[low] = k
        elif (det in ("a", "an") or (not det and not poss)) and low in STATUS_NOUNS and not plural \
                and tok.dep_ == "pobj" and tok.head.lower_ in _GENERIC_PREPS:
            # "the first conviction of a former president": any president, no antecedent of "the president"
            n_chain += 1
            key = f"D:{low}#{n_chain}"
        elif det in ("a", "an") or any(c.dep_ in ("nummod", "quantmod") for c in tok.lefts):
            # an indefinite or counted phrase ("a man", "13 people") introduces a new referent
            n_chain += 1
            key = chains[low] = f"D:{low}#{n_chain}"
        elif det in ("the", "") and _plain_poss(poss):
            sig = _signature(tok)
            seen = groups.setdefault(low, {})
            marked = [g for g in seen if g and g != _UNTOLD]
            if not sig and len(marked) >= 2:
                sig = _UNTOLD  # "officials" after "Western officials" and "Russian officials": which is not told
            if sig and sig in seen:
                key = seen[sig]  # "Russian officials ... the Russian officials"; a bare one after two groups
            elif low in chains and sig != _UNTOLD and (not sig or not marked):
                key = chains[low]  # "officials" after "Western officials"; "Detroit police" after "police"
            else:
                n_chain += 1  # a group of its own: "Russian officials" after "Western officials"
                key = f"D:{low}#{n_chain}"
                grouped = bool(sig) and sig != _UNTOLD
            seen.setdefault(sig, key)
            chains[low] = key
        else:
            continue
        m = Mention(start, end, etype if not key.startswith("R:") else "ORG", "description", key=key, sent=s)
        m.meta["head"] = low
        if plural:
            m.meta["number"] = "p"
        if grouped:
            m.meta["group"] = "1"  # a group told apart by its modifiers ("Russian officials"): an entity of its own
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in SPEECH_VERBS:
            m.meta["speaker"] = "1"  # "police said": a source of the report, an entity though named once
        if low in FEMALE_NOUNS:
            m.gender = "f"
        elif low in MALE_NOUNS:
            m.gender = "m"
        out.append(m)
        busy.append((start, end))
    return out


def _signature(tok: Token) -> tuple[str, ...]:
    """The modifiers that tell one group of a noun from another: "Russian officials" and "Western officials",
    "health officials" and "election officials", "local officials" and "federal officials" are different
    people; "senior officials" and "officials" may be the same. Countries are one however written ("US",
    "U.S.", "American")."""
    out = set()
    for c in tok.lefts:
        if c.dep_ not in ("amod", "compound", "nmod"):
            continue
        country = gazetteer.country_of_demonym(c.text) or gazetteer.lookup(c.text)
        if country is not None and country.kind == "country":
            out.add(country.canonical)
        elif c.lower_ in GROUP_MODIFIERS:
            out.add(c.lower_)
        elif c.text[:1].isupper() and c.i != c.sent.start:
            out.add(c.text)  # "Western", "Pentagon", "Kremlin"
    return tuple(sorted(out))


def _plain_poss(poss: list[Token]) -> bool:
    """No possessor, or a pronoun one ("his mother"): the phrase's head alone tells the referent in a report."""
    return all(t.pos_ == "PRON" for t in poss)


def _holds_name(cover: dict[int, Mention], doc: Doc, first: int, head: int) -> Mention | None:
    for i in range(first, head):
        m = cover.get(doc[i].idx)
        if m is not None and m.kind in ("name", "acronym"):
            return m
    return None


def _country_of(poss: list[Token], mods: list[Token]) -> str | None:
    for t in poss:
        known = gazetteer.lookup(t.text)
        if known is not None and known.kind == "country":
            return known.canonical
    for t in mods:
        known = gazetteer.country_of_demonym(t.text)
        if known is not None:
            return known.canonical
    return None


def _name_kinds(doc: Doc, names: list[Mention], sent_of: dict[int, int]) -> list[tuple[int, frozenset[str], str]]:
    """(start, kind group, key) for each organisation or place name whose last word says its kind."""
    out = []
    text = doc.text
    for m in names:
        if m.type == "PERSON" or m.kind not in ("name", "acronym"):
            continue
        last = text[m.start : m.end].split()[-1].lower().strip(".,")
        for g in _kind_of(last):
            out.append((m.start, g, m.key))
    return out


def _nearest_kind(kinds: list[tuple[int, frozenset[str], str]], noun: str, at: int, s: int) -> str | None:
    """The key of the one name of ``noun``'s kind written before ``at``; None when there are several."""
    keys = {key for start, g, key in kinds if noun in g and start < at}
    return keys.pop() if len(keys) == 1 else None
