"""Nominal mentions: common-noun phrases that refer to a person, organisation or place of the report.

What it does: finds noun phrases headed by an entity noun ("the actress", "police", "the facility",
"India's navy", "the Indian navy", "a man ... the man") and decides, with conservative evidence only, which
entity each one refers to:
- role words: a noun seen with a name, as a title ("Actress Lindsay Lohan"), in apposition ("Shawn Holley,
  her lawyer"; "the actress Lindsay Lohan") or after a copula ("Lohan is an actress"), makes a later "the
  actress" a mention of that person when no other entity has that role word; the appositive phrase itself is a
  mention too; a title's head is its role word, not its modifiers (a "state governor" is no state), and an
  organisation's role relative to another ("the parent company of Brandt Trucks") makes no later "the company";
- kind words: a name whose last word says its kind ("Betty Ford Center", "Kraft Foods Inc", "Wend Valley
  Water Authority"), a union's name by its members ("Allied Dock Workers"), or a place's kind said around it
  ("the state of X", "X province") takes a later definite description of the same kind ("the facility", "the
  company", "the union", "the state") when it is the only name of that kind written before it; a name that
  only modifies ("Holm Group-owned") is none;
- a description that repeats a word of one organisation's name ("the truck maker" of "Brandt Trucks") is it;
- a name inside the phrase ("the Betty Ford Center rehab facility") is what the phrase names, and a place
  with its kind after it ("Campo Verde state") is the place;
- a description owned by another ("the state's civil defence agency") is a referent of its own;
- ``main_person``: a definite status description ("the former president") that nothing else resolved joins
  the report's main person;
- ``company_descriptions``: a definite company description ("the company", where two companies fit by kind)
  that nothing else resolved joins, each occurrence on its own, the company of the latest sentence that names
  one, its subject first, never the subject of its own clause ("Harbor Cable agreed to pay the company");
- a national institution ("India's navy", "the Indian navy") is one referent keyed by country and noun;
- everything else starts or continues a chain of its own: "a man" starts one, "the man" continues the latest
  chain with the same head noun, bare plurals ("police", "pirates") continue theirs. The caller keeps a chain
  only when it is mentioned more than once (a pronoun counts) or speaks ("police said", "according to
  police");
- but an indefinite or bare status description after a preposition is generic ("the first conviction of an
  American president", "as first convicted former president"): no later "the former president" continues it.

What it does NOT do: no guessing among several candidates (two people with the same role word; companies
only by the salience order of ``company_descriptions``), no bridging ("the roof" of a building), no generic
uses told from specific ones beyond the rules above, and no plural antecedents for singular phrases.

Method: dependency patterns over the spaCy parse and a hand-written noun lexicon, in the spirit of the
"precise constructs" and "strict head match" sieves of Lee et al. (2013), written from scratch for news text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from storyline.extract import gazetteer
from storyline.extract.coref import (
    SPEECH_VERBS,
    Mention,
    clause_antecedent,
    gender_of,
    kin_named,
    own_verbs,
    singular,
    stray_subject,
    token_at,
)
from storyline.extract.gazetteer import words
from storyline.extract.genders import given_name

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
    employee employees resident residents villager villagers survivor survivors driver passenger passengers crew
    sailors soldier soldiers troops hacker hackers user users customer customers member members leader boss chief
    director executive founder
    president minister governor mayor senator candidate nominee researcher researchers expert experts analyst
    analysts witness witnesses student students teacher patient patients fan fans guard guards technician maid
    officer officers deputy deputies detective detectives investigators agent agents rescuers firefighters
    commander captain sheriff prosecutor prosecutors jury teammate rep representative cops people publicist
    manager skipper midfielder striker defender goalkeeper winger premier chancellor"""
)
ORG_NOUNS = words(
    """police company firm corporation group team club navy army military government administration agency
    organization organisation network band party league council committee ministry department authority
    maker manufacturer retailer giant studio label union coalition regime militia forces coast authorities"""
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
# the machines a report names as it names people ("the lunar lander Odysseus", "the ferry Santa Lucia"), and which
# never speak ("an overloaded boat which rejected any aid"); a word counts only in lower case: "Sound Ferries, the
# state ferry operator, said" is a company
CRAFTS = words(
    """lander spacecraft craft rover satellite rocket booster shuttle capsule telescope ship vessel boat ferry yacht
    tanker freighter trawler dinghy submarine aircraft airliner helicopter drone robot"""
)
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
    words("bureau"),
    words("university college school"),
    words("hotel resort"),
    words("bank"),
    words("band group"),
    words("party"),
    words("dam"),
    words("union"),
    words("state"),
    words("province"),
)
# person nouns that name a body after a modifier: "coast guard", "national guard"
_ORG_COMPOUNDS: dict[str, frozenset[str]] = {"guard": words("coast national civil republican")}
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
# the kinds of area a place's name may be followed by ("X state", "X province")
_AREA_NOUNS = words("state province region county district city town village area country")
_GENERIC_PREPS = frozenset({"of", "as", "for", "like"})
_UNTOLD = ("?",)  # the modifiers of a bare noun that could mean either of two groups
_COLLECTIVE = words("police")  # singular in form, plural in agreement ("police said they")
# people as one body: never "he" or "she" ("a jury found Berg guilty. He faces ...": Berg), whatever the number
GROUP_NOUNS = words("jury panel family couple crew")
_DETS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def _kind_of(noun: str) -> set[frozenset[str]]:
    return {g for g in KIND_GROUPS if noun in g}


def kind_of(noun: str) -> set[str]:
    """The kind words ``noun`` shares a kind with ("agency" for "agency"; "company", "firm" ... for "maker")."""
    return {w for g in _kind_of(noun) for w in g}


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
    """The index of the phrase's first token: its determiner, modifiers or possessor, else the head.

    A modifier the small model misread is left out: in "to evacuate and contact officials" it makes
    "contact" a compound of "officials", the object (or a conjunct) of "evacuate"; but a noun a verb governs
    cannot follow an "and" after that verb with a modifier between, so that word is a second verb."""
    first = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "case", "predet", "quantmod"):
            first = min(first, min(t.i for t in c.subtree))
    doc = tok.doc
    if first > 0 and first < tok.i and tok.dep_ in ("dobj", "conj") and tok.head.pos_ == "VERB" and tok.head.i < first \
            and doc[first - 1].dep_ == "cc" and doc[first - 1].head.i == tok.head.i \
            and doc[first].dep_ == "compound" and doc[first].text.islower():
        return tok.i
    while first < tok.i and doc[first].dep_ == "punct":
        first += 1  # the close of a quotation the parse hangs on a modifier: ',” lead defense attorney'
    if first < tok.i and doc[first].tag_ == "VBG" and (first == 0 or doc[first - 1].is_punct):
        first += 1  # ", beating center-left economy minister Ana Ruiz": a verb the small model read as a modifier
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
            # "sister of the teen" no teen; and its head, not its modifiers: a "state governor" is no state
            for part in _ROLE_OBJECT.split(t.lower(), maxsplit=1)[0].split(" and "):
                w = part.split()[-1] if part.split() else ""
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
        # "Holley, her lawyer"; not "In his letter to Ana Roe, the minister said", the verb's subject
        nouns += [c for c in head.children if c.dep_ == "appos" and c.i >= span.end and stray_subject(c) is None]
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
            if any(o.key != m.key and o.start <= n.idx < o.end for o in names):
                continue  # the word of another name ("Group" of "the Holm Group, not Japan"): no role of this one
            if typ == "PERSON" or not _of_another(n, names, m):
                # not "Holm Trucks, the parent company of Brandt Trucks": a later "the company" may be either
                said.setdefault(m.key, set()).add(low)
            if n.dep_ != "attr" and not (span.start <= n.i < span.end):
                start, end = doc[_first(n)].idx, n.idx + len(n.text)
                if _place_and_kind(names, n, m):
                    continue  # "Moulay Brahim, Al Haouz province": the province is Al Haouz, not the town
                if end <= m.start or start >= m.end:
                    d = Mention(start, end, m.type, "description", key=m.key)
                    found.append(d)
    return said, found


def _place_and_kind(names: list[Mention], noun: Token, m: Mention) -> bool:
    """``noun`` is an area's kind right after another place's name ("Al Haouz province"): that place's mention."""
    return noun.lower_ in _AREA_NOUNS and any(
        o.key != m.key and o.type in ("GPE", "LOC") and o.end + 1 == noun.idx for o in names
    )


def _of_another(noun: Token, names: list[Mention], m: Mention) -> bool:
    """``noun`` has an "of" object that is another organisation's name ("the parent company of Brandt Trucks")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and any(
                    o is not m and o.key != m.key and o.type == "ORG" and o.start <= obj.idx < o.end for o in names
                ):
                    return True
    return False


def nominals(
    doc: Doc, names: list[Mention], taken: list[tuple[int, int]], roles: dict[str, list[str]], text: str,
    sent_of: Mapping[int, int],
) -> list[Mention]:
    """Nominal mentions, each keyed to a named entity's key or to a chain key ``D:...`` (module docstring).

    ``text`` is the parsed text and ``sent_of`` maps each token to its sentence (``coref.sentence_index``)."""
    said, out = role_words(doc, names, roles)
    cover: dict[int, Mention] = {}
    for m in names:
        for c in range(m.start, m.end):
            cover[c] = m
    busy = list(taken) + [(m.start, m.end) for m in out]
    by_word: dict[str, set[str]] = {}
    for key, ws in said.items():
        for w in ws:
            by_word.setdefault(w, set()).add(key)
    kinds = _name_kinds(text, names)
    apposed = apposed_descriptions(doc, names)
    chains: dict[str, str] = {}  # head word -> latest chain key
    groups: dict[str, dict[tuple[str, ...], str]] = {}  # head word -> its modifiers -> chain key
    n_chain = 0
    for tok in doc:
        low = tok.lower_
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "attr") or tok.idx in cover:
            continue
        if tok.dep_ == "nmod" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
            continue  # "the state civil defence authority": a modifier of the head noun, no referent of its own
        if any(c.dep_ == "nsubj" for c in tok.children):
            continue  # "makes Japan the last central bank to exit": a noun with a subject says what that is
        etype = entity_type(low)
        if etype is None:
            continue
        if any(c.dep_ == "compound" and c.lower_ in _ORG_COMPOUNDS.get(low, ()) for c in tok.lefts):
            etype = "ORG"  # "the coast guard" is a service, not a guard
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].dep_ in ("compound", "appos"):
            continue  # a title before a name ("Actress Lindsay Lohan") belongs to the name
        first = _first(tok)
        start, end = doc[first].idx, tok.idx + len(tok.text)
        while start < end and (text[start].isspace() or text[start] in "•·▪●*"):
            start += 1  # a list bullet or the line's indent is no part of the description
        poss = [c for c in tok.lefts if c.dep_ == "poss"]
        # "the state's civil defence authority": a description owned by another, which may be a mention too
        owner = next((p for p in poss if p.pos_ == "NOUN" and entity_type(p.lower_) and p.i > first), None)
        owned = (doc[_first(owner)].idx, owner.idx + len(owner.text)) if owner is not None else (end, end)
        clash = [(a, b) for a, b in busy if a < end and start < b and not (owned[0] <= a and b <= owned[1] + 2)]
        if clash and not _holds_name(cover, doc, first, tok.i):
            continue
        dets = [c.lower_ for c in tok.lefts if c.dep_ in ("det", "predet")]
        det = dets[0] if dets else ""
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
            start = inner.start if any(p.idx < inner.start for p in poss) else min(start, inner.start)
        elif inner is not None and inner.type in ("GPE", "LOC") and low in _AREA_NOUNS \
                and text[inner.end : tok.idx] == " ":
            key = inner.key  # "Campo Verde do Sul state": the place and its kind
            start = min(start, inner.start)
        elif clash:
            continue
        elif stray_subject(tok) is not None:
            n_chain += 1  # "In his letter to Ana Roe, the minister said": the subject, someone other than Roe
            key = chains[low] = f"D:{low}#{n_chain}"
        elif tok.i in apposed and not plural:
            key = chains[low] = apposed[tok.i]  # "the leader of Nueva Senda, Pablo Vidal": the name decides
        elif owner is not None:
            n_chain += 1  # a referent of its own: the authority of the state, not the state
            key = f"D:{low}#{n_chain}"
        elif det in ("the", "this", "that") and not plural and len(by_word.get(low, ())) == 1 \
                and _kinds_said(tok, poss, roles.get(next(iter(by_word[low])), [])) \
                and _named_near(names, next(iter(by_word[low])), start, s):
            key = chains[low] = next(iter(by_word[low]))
        elif det == "the" and not plural and etype == "ORG" and (k := _named_by_modifier(text, names, tok, start)):
            key = chains[low] = k  # "the truck maker" of "Brandt Trucks"
            kinds.extend((start, g, k) for g in _kind_of(low))  # a maker is a company: a later "the company" may be it
        elif det in ("the", "this") and not plural and (k := _nearest_kind(kinds, low, start, s)) \
                and not _other_country(country, k, names, text):
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
            sig = _signature(tok, cover)
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
        if low in GROUP_NOUNS:
            m.meta["body"] = "1"
        if grouped:
            m.meta["group"] = "1"  # a group told apart by its modifiers ("Russian officials"): an entity of its own
        if (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in SPEECH_VERBS) or (
            tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
        ):
            m.meta["speaker"] = "1"  # "police said", "according to police": a source of the report, named once or not
        if low in FEMALE_NOUNS:
            m.gender = "f"
        elif low in MALE_NOUNS:
            m.gender = "m"
        out.append(m)
        busy.append((start, end))
    return out


def _named_near(names: list[Mention], key: str, at: int, sent: int) -> bool:
    """Whether the entity ``key`` is named before ``at`` or at the latest in the next sentence (a lede's "The
    former president ... / Ana Vey, 69, ..."): a definite description takes up someone already met, never one
    the report names only paragraphs later ("The 79-year-old singer ... / He wrote ... / ... / Singer Ana Vey
    also ..." is not Ana Vey)."""
    return any(m.key == key and (m.start < at or m.sent <= sent + 1) for m in names)


def _kinds_said(tok: Token, poss: list[Token], texts: list[str]) -> bool:
    """Every common noun that says which kind of ``tok`` is meant ("port" of "the port official") is in one of
    the person's role texts ("a harbour official" is no port official); a bare "the official" fits any, and so
    do title words ("head coach") and names ("the NBA coach": a role seldom repeats the league)."""
    owned = {t.i for p in poss for t in p.subtree}
    kinds = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.i not in owned
             and c.lower_ not in gazetteer.TITLE_HEADS | gazetteer.TITLE_MODIFIERS and not c.n_lefts]  # "first-time"
    return not kinds or any(all(k in t.lower().split() for k in kinds) for t in texts)


# the words a description's trailing modifiers are made of ("of Nueva Senda (far-right)", "for the Presidency")
_MODIFIER_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "ADV", "PART"})
_APPOSITION_END = frozenset({",", ".", ";", ")", "who"})


def apposed_descriptions(doc: Doc, names: list[Mention]) -> dict[int, str]:
    """Token index of a description's head noun -> the key of the person's name set in apposition after it:
    "to her opponent, the leader of Nueva Senda (far-right), Pablo Vidal, who ..." and "Followers of the
    candidate for the Presidency of Norvia, leader of Nueva Senda, Pablo Vidal, gathered": both the leader and
    the candidate are Vidal, whoever else was named before.

    Read from the commas, not the parse (the small model hangs the name on "Senda" or on "Followers"): each
    comma-separated stretch before the name whose last person noun is followed by modifiers only (no verb)
    describes the name; the chain goes on leftwards while that noun opens its stretch. Not when the name is
    followed by anything but the end of the apposition (", Vidal will ..." after "According to the minister"
    opens a clause) or by "and" (a list: "the governor, the mayor, Pablo Vidal and Ana Ruiz")."""
    out: dict[int, str] = {}
    for m in names:
        if m.type != "PERSON" or m.kind != "name" or not m.key:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start < 2 or doc[span.start - 1].text != ",":
            continue
        if span.end < len(doc) and (doc[span.end].lower_ not in _APPOSITION_END or (
                span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in ("and", "or"))):
            continue
        comma, first_of_sent = span.start - 1, span.sent.start
        while comma > first_of_sent:
            seg_start = _stretch_start(doc, comma, first_of_sent)
            head = _last_described(doc, seg_start, comma)
            if head is None:
                break
            out[head.i] = m.key
            if _first(head) != seg_start or seg_start - 1 <= first_of_sent or doc[seg_start - 1].text != ",":
                break
            comma = seg_start - 1
    return out


def apposed_phrase(doc: Doc, head: int) -> tuple[int, int]:
    """The character span of the description headed by token ``head`` that ``apposed_descriptions`` found: from
    its first word to the comma that ends it, its modifiers included ("the general secretary of the RTF")."""
    i, depth = head + 1, 0
    while i < len(doc) and not (doc[i].text == "," and depth == 0):
        depth += {"(": 1, ")": -1}.get(doc[i].text, 0)
        i += 1
    last = doc[i - 1]
    return doc[_first(doc[head])].idx, last.idx + len(last.text)


def _stretch_start(doc: Doc, comma: int, floor: int) -> int:
    """The first token after the previous comma outside parentheses (or the sentence's first token)."""
    depth = 0
    i = comma - 1
    while i >= floor:
        t = doc[i].text
        if t == ")":
            depth += 1
        elif t == "(":
            depth = max(0, depth - 1)
        elif t == "," and depth == 0:
            return i + 1
        i -= 1
    return floor


def _last_described(doc: Doc, start: int, stop: int) -> Token | None:
    """The first singular person noun in ``doc[start:stop]`` that only modifiers follow: "the mother of the
    victim" is the mother, "Followers of the candidate for ..." the candidate; None when there is none."""
    free = start
    for i in range(start, stop):
        if doc[i].pos_ not in _MODIFIER_POS or doc[i].lower_ in ("and", "or"):
            free = i + 1  # a verb or a conjunction: what is described comes after it
    for tok in doc[free:stop]:
        if tok.pos_ == "NOUN" and _person_word(tok.lower_) and tok.tag_ not in ("NNS", "NNPS") \
                and tok.dep_ != "compound":
            return tok
    return None


def _person_word(low: str) -> bool:
    """A noun for a person, or a title's head that names no body ("secretary", "general"; not "police")."""
    kind = entity_type(low)
    return kind == "PERSON" or (kind is None and low in gazetteer.TITLE_HEADS)


def _signature(tok: Token, cover: Mapping[int, Mention]) -> tuple[str, ...]:
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
    out.update(_place_after(tok, cover))
    return tuple(sorted(out))


def _place_after(tok: Token, cover: Mapping[int, Mention]) -> set[str]:
    """The place a group is told by after its noun ("residents of Asni", "officials in Kharkiv"): the place names
    its "of"/"in"/"from" phrase holds (not a body's: "members of Congress" may be "the members" of the report)."""
    return {
        " ".join(t.text for t in obj.subtree if t.pos_ == "PROPN")
        for prep in tok.rights if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "from")
        for obj in prep.children if obj.dep_ == "pobj" and obj.pos_ == "PROPN"
        and (name := cover.get(obj.idx)) is not None and name.type in _PLACE_LABELS
    }


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _plain_poss(poss: list[Token]) -> bool:
    """No possessor, or a pronoun one ("his mother"): the phrase's head alone tells the referent in a report."""
    return all(t.pos_ == "PRON" for t in poss)


def _holds_name(cover: dict[int, Mention], doc: Doc, first: int, head: int) -> Mention | None:
    """The name inside a phrase before its head noun, the one nearest the head: it is what the head's
    modifiers name ("Kyodo News" of "Japan's Kyodo News agency"; "Japan" is its owner)."""
    for i in range(head - 1, first - 1, -1):
        m = cover.get(doc[i].idx)
        if m is not None and m.kind in ("name", "acronym"):
            return m
    return None


def _other_country(country: str | None, key: str, names: list[Mention], text: str) -> bool:
    """A description told by a country ("the Ostlandic foreign ministry") is not the body a name of another
    country's names ("Dorvanian Foreign Ministry"): the name's first word is a country or its adjective, and
    another one."""
    if country is None:
        return False
    for m in names:
        if m.key != key:
            continue
        first = text[m.start : m.end].split()[0] if text[m.start : m.end].split() else ""
        first = first.removesuffix("'s").removesuffix("’s")
        known = gazetteer.country_of_demonym(first) or gazetteer.lookup(first)
        if known is not None and known.kind == "country" and known.canonical != country:
            return True
    return False


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


# a place's kind said around its name: "the state of X", "X state", "the province of X", "X province"
_PLACE_KIND_BEFORE = re.compile(r"\b(state|province)\s+of\s+$", re.IGNORECASE)
_PLACE_KIND_AFTER = re.compile(r"\s+(state|province)\b")


def _name_kinds(text: str, names: list[Mention]) -> list[tuple[int, frozenset[str], str]]:
    """(start, kind group, key) for each organisation or place name whose last word says its kind ("Harlow
    River Authority"); a union's name says so by its members ("Allied Dock Workers"); a place's kind may be
    said around it ("the state of X", "X province"). A name that only modifies another word ("Holm
    Group-owned Brandt Trucks") is no antecedent for a later "the company"."""
    out = []
    for m in names:
        if m.type == "PERSON" or m.kind not in ("name", "acronym") or text[m.end : m.end + 1] == "-":
            continue
        name_words = text[m.start : m.end].lower().split()
        last = name_words[-1].strip(".,")
        for g in _kind_of(last):
            out.append((m.start, g, m.key))
        if m.type == "ORG" and any(w.endswith("workers") for w in name_words):
            out.extend((m.start, g, m.key) for g in _kind_of("union"))
        if m.type in ("GPE", "LOC"):
            said = _PLACE_KIND_BEFORE.search(text, max(0, m.start - 20), m.start) \
                or _PLACE_KIND_AFTER.match(text, m.end)
            if said is not None:
                out.extend((m.start, g, m.key) for g in _kind_of(said.group(1).lower()))
    return out


def _named_by_modifier(text: str, names: list[Mention], tok: Token, at: int) -> str | None:
    """The key of the one organisation named before ``at`` whose name holds the noun that modifies ``tok``
    ("the truck maker" after "Brandt Trucks"); None when none or several. A name that says another kind ("the
    Brandt Truck Council") is no maker."""
    mods = {singular(c.lower_) for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"}
    if not mods:
        return None
    keys = set()
    for m in names:
        name_words = [singular(w) for w in text[m.start : m.end].lower().split()]
        if m.type != "ORG" or m.kind != "name" or m.start >= at or not mods & set(name_words[1:]):
            continue
        said = _kind_of(name_words[-1])
        if not said or any(tok.lower_ in g for g in said):
            keys.add(m.key)
    return keys.pop() if len(keys) == 1 else None


def _nearest_kind(kinds: list[tuple[int, frozenset[str], str]], noun: str, at: int, s: int) -> str | None:
    """The key of the one name of ``noun``'s kind written before ``at``; None when there are several."""
    keys = {key for start, g, key in kinds if noun in g and start < at}
    return keys.pop() if len(keys) == 1 else None


def main_person(text: str, groups: list[list[Mention]], doc: Doc | None = None) -> list[list[Mention]]:
    """A description chain that opens definite ("The former president said ...") joins the report's main
    person: the person named most often outside quotations, and first among equals, when no one else is
    named as often before the description; its head must say a status ("leader", "midfielder"), its
    gender must fit (with ``doc``, also the gender of the "he" or "she" that opens the next sentence when the
    description is its sentence's subject), and it must come after the person's first name."""
    counts: dict[int, int] = {}
    first: dict[int, int] = {}
    for n, g in enumerate(groups):
        named = [m for m in g if m.kind == "name" and m.type == "PERSON" and not m.in_quote]
        if named and g[0].key.startswith("P:"):
            counts[n] = len(named)
            first[n] = min(m.start for m in named)
    # a person only a headline names is taken up only where the gender tells him apart (below), never the main one
    body = [n for n in counts if any(not m.meta.get("headline") for m in groups[n])]
    if not counts:
        return groups
    main = min(body, key=lambda n: (-counts[n], first[n])) if body else None
    people = sorted((m.start, n, m.sent) for n in counts for m in groups[n] if m.kind == "name" and not m.in_quote)
    merged: set[int] = set()
    for n, g in enumerate(groups):
        head = g[0]
        if (
            n in counts or not head.key.startswith("D:") or any(m.kind != "description" for m in g)
            or head.in_quote or head.meta.get("number") == "p"
            or head.meta.get("head") not in STATUS_NOUNS
            or not re.match(r"[Tt]he\s", text[head.start : head.end])
        ):
            continue
        before = [(n2, sent) for start, n2, sent in people if start < head.start]
        if not before:
            continue
        # the person named last before it in its own sentence ("... Gerrard's reign as manager as the former
        # England skipper was sacked"), else the main person when no one else is named as often before it
        target: int | None = None
        told = [(n2, sent) for n2, sent in before if n2 in body]
        at = token_at(doc, head.start, head.end) if doc is not None else None
        # "In his letter to Ana Roe, the minister said": a name in the phrase before the subject is someone else
        stray = doc is not None and at is not None and stray_subject(doc[at]) is not None
        # (not a relative the sentence names beside the one it is about: "Joe Voss has pardoned his son Tem
        # Voss ..., the president said")
        here = [n2 for n2, sent in told if sent == head.sent]
        kin = {n2 for n2 in here if any(
            m.sent == head.sent and m.kind == "name" and m.start < head.start and kin_named(text, m)
            for m in groups[n2])}
        if here and here[-1] in kin and (others := [n2 for n2 in here if n2 not in kin]):
            here = others
        if here and told[-1][1] == head.sent and not stray:
            target = here[-1]
        elif (
            not here and not stray and head.subject
            and (last := _lone_subject_before(groups, told, head, counts)) is not None
        ):
            target = last
        elif main is not None and first[main] < head.start and not any(
            k != main and counts[k] >= counts[main] and first[k] < head.start for k in body
        ):
            target = main
        said = head.gender or (_next_pronoun_gender(doc, head) if doc is not None else None)
        if said is not None and (target is None or gender_of(groups[target]) not in (None, said)):
            # "Ana Vey pays tribute to Tom Brand / The 79-year-old singer ... He wrote": not the woman the report
            # names most, but the one person named before it whose gender may fit, if only one
            fits = {n2 for n2, _ in before if gender_of(groups[n2]) in (None, said)}
            target = _most_named(fits, counts)
        if target is None or first[target] > head.start:
            continue
        if stray and all(sent == head.sent for start, n2, sent in people if n2 == target and start < head.start):
            continue  # the one it follows in "In his letter to Ana Roe, the minister said" is whom he wrote to
        _join(groups, target, g)
        merged.add(n)
    return without_groups(groups, merged)


def _lone_subject_before(
    groups: list[list[Mention]], told: list[tuple[int, int]], head: Mention, counts: dict[int, int]
) -> int | None:
    """The person the sentence right before a subject description is about: "Kell watched as the verdict was read.
    After leaving the courtroom, the former mayor vowed to appeal" takes up Kell, the subject just met, not the
    person the report names most. Only where that sentence names one person outside quotations, as its subject."""
    before = {n2 for n2, sent in told if sent == head.sent - 1}
    if len(before) != 1:
        return None
    n2 = before.pop()
    subject = any(m.kind == "name" and m.subject and m.sent == head.sent - 1 and not m.in_quote for m in groups[n2])
    return n2 if subject and n2 in counts else None


def _most_named(fits: set[int], counts: dict[int, int]) -> int | None:
    """The one of ``fits`` named more often than any other, or None on a tie ("Bill Ostrow" named six times over
    a headline's "Bill")."""
    ranked = sorted(fits, key=lambda n: -counts[n])
    if not ranked or (len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]]):
        return None
    return ranked[0]


def _next_pronoun_gender(doc: Doc, m: Mention) -> str | None:
    """The gender of the pronoun that opens the sentence after the one a subject description heads: "The
    79-year-old singer has taken to social media ... / He wrote ..." is a man, whoever the story is about (the
    description may well be someone other than the woman the report names most). None when no "he" or "she"
    subject opens the next sentence."""
    at = token_at(doc, m.start, m.end)
    if at is None or not m.subject:
        return None
    sent = doc[at].sent
    if sent.end >= len(doc):
        return None
    nxt = doc[sent.end]
    while nxt.is_space and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]
    low = nxt.lower_
    if nxt.dep_ != "nsubj" or low not in ("he", "she"):
        return None
    return "m" if low == "he" else "f"


# the nouns of a definite description that takes up who just spoke ("“...,” said the official")
_SPEAKER_NOUNS = words("official spokesman spokeswoman spokesperson")
_SPEAKER_REACH = 2  # sentences back the person who spoke may be


def last_speaker(doc: Doc, text: str, groups: list[list[Mention]]) -> list[list[Mention]]:
    """A definite description that speaks ("“The ash keeps falling,” said the official") and starts no chain of
    its own joins the person named as the speaker just before it: "“We will deploy 200 people,” Tomas Rell, head
    of operations at the rescue agency, told reporters. / “The volcano is still erupting,” said the official,
    who ..." is Rell. A definite article asks for someone already met, and the one met last as a speaker is
    him. Only "the" and a noun of ``_SPEAKER_NOUNS`` (lower-case words between), no other mention of the chain
    before, the person a name that is the subject of a speech verb within two sentences before, no other
    person spoken of between them outside quotations, and the gender fitting; the description stays its own
    chain otherwise."""
    speakers: list[tuple[int, int, int]] = []  # (start, sentence, group) of each person named as a speaker
    people: list[tuple[int, int]] = []  # (start, group) of each mention of a person outside quotations
    for n, g in enumerate(groups):
        for m in g:
            if m.in_quote or m.type != "PERSON":
                continue
            people.append((m.start, n))
            if m.kind == "name" and m.subject and _speaks(doc, m):
                speakers.append((m.start, m.sent, n))
    merged: set[int] = set()
    for n, g in enumerate(groups):
        first = g[0]
        if not _speaking_description(doc, text, first) or any(m.kind != "description" for m in g):
            continue
        before = [(start, sent, k) for start, sent, k in speakers if start < first.start and k != n]
        if not before or first.sent - before[-1][1] > _SPEAKER_REACH:
            continue
        start, _, target = before[-1]
        if any(start < at < first.start and k not in (target, n) for at, k in people):
            continue  # "Rell told reporters, and a police officer ... said the official": someone else between
        gender = gender_of(groups[target])
        if first.gender is not None and gender not in (None, first.gender):
            continue
        _join(groups, target, g)
        merged.add(n)
    return without_groups(groups, merged)


def _speaks(doc: Doc, m: Mention) -> bool:
    """The mention is the subject of a speech verb ("Rell told reporters", "said the official")."""
    at = token_at(doc, m.start, m.end)
    return at is not None and doc[at].head.lemma_.lower() in SPEECH_VERBS


def _speaking_description(doc: Doc, text: str, m: Mention) -> bool:
    """ "the official", "the regional official" as the subject of a speech verb, outside quotations."""
    words_ = text[m.start : m.end].split()
    if m.in_quote or not m.subject or len(words_) < 2 or words_[0].lower() != "the":
        return False
    if words_[-1] not in _SPEAKER_NOUNS or any(not w.islower() for w in words_[1:]):
        return False
    return _speaks(doc, m)


# the heads of a description that says a company ("the company said"); not "group", a band's or militants' word
COMPANY_NOUNS = words("company firm corporation manufacturer maker carmaker automaker")
# the kinds of organisation a company is not: "the company" is never the union, the council or the agency
_NOT_COMPANY = frozenset(g for g in KIND_GROUPS if not g & COMPANY_NOUNS)


# the last word of a newspaper's name: an outlet that reports the story, not a company it is about
_NEWSPAPER_TAILS = words(
    "times journal gazette herald tribune chronicle observer telegraph courier inquirer sentinel examiner dispatch"
)


def _lone_word_name(text: str, group: list[Mention]) -> bool:
    """A chain of one capitalised word alone, typed a person, with nothing of a person about it: no given name,
    no title or description, no he/she, no age ("Orbix said", "Orbix ended the livestream")."""
    names = {text[m.start : m.end] for m in group if m.kind == "name"}
    if len(names) != 1 or any(m.kind not in ("name", "pronoun") for m in group):
        return False
    word = names.pop()
    return (
        re.fullmatch(r"[A-Z][\w-]+", word) is not None and all(m.type == "PERSON" for m in group if m.kind == "name")
        and not given_name(word) and gender_of(group) is None and not _aged(text, group)
        and not any(m.kind == "pronoun" and text[m.start : m.end].lower() in ("he", "she", "him", "her", "his")
                    for m in group)
    )


def _company_like(name: str, key: str) -> bool:
    """An organisation's name that may be a company's: it says no other kind ("Harlow Water Authority", "United
    Auto Workers", a known outlet or agency)."""
    name_words = name.lower().split()
    if key.startswith("K:") or not name_words:
        return False
    if any(w.endswith("workers") for w in name_words):
        return False
    if name_words[-1].strip(".,") in _NEWSPAPER_TAILS:
        return False  # "the Ardel Tribune reported, citing ...": the paper reports, "the company" is another
    return not any(name_words[-1].strip(".,") in g for g in _NOT_COMPANY)


def company_descriptions(text: str, groups: list[list[Mention]], doc: Doc | None = None) -> list[list[Mention]]:
    """A definite company description that no rule resolved ("the company said", where two companies fit "the
    company" by kind) joins a company named before it, each description on its own (two companies of one
    report are both "the company" in turn):

    - never the company that is the subject of its own clause: "Harbor Cable agreed to pay the company" is the
      other company (a description, like a pronoun that is no possessive, is free in its clause; the clause
      runs over the verbs its verb is conjoined with or is the infinitive of, as ``coref.own_verbs`` says);
    - else the company of the latest sentence that names one outside quotations, and in it the subject of its
      main verb first ("Veridian said ... . 'The truth matters,' the company said": Veridian), then any
      subject, then the latest mention, as for pronouns (``coref.resolve_pronouns``); a description already
      resolved counts as a mention of its company.

    A company here is an organisation named outside quotations whose name says no other kind (not "Harlow
    Water Authority", not a known outlet or agency). Without ``doc`` (no parse), the clause rule is skipped."""
    company: dict[int, bool] = {}
    for n, g in enumerate(groups):
        named = [m for m in g if m.kind in ("name", "acronym") and m.type == "ORG" and not m.in_quote]
        if not named and _lone_word_name(text, g):
            # "Orbix was not able to regain a signal. And the company confirmed ...": a one-word name the small
            # model called a person, with no given name, title or he/she of a person, may be the company
            named = [m for m in g if m.kind == "name" and not m.in_quote]
        if named and g[0].key.startswith(("N:", "A:")) and (
            all(m.type != "PERSON" for m in g if m.kind == "name") or _lone_word_name(text, g)
        ):
            full = max((text[m.start : m.end] for m in named), key=len)
            company[n] = _company_like(full, g[0].key) and not _aged(text, g) and not _craft_named(text, named) \
                and not (
                doc is not None and (_acronym_of_kind(doc, text, named) or _only_credited(doc, named))
            )
    if not any(company.values()):
        return groups
    # antecedents: every mention of a company outside quotations, in text order, as (mention, group)
    seen = sorted(
        ((m, n) for n, g in enumerate(groups) if company.get(n) for m in g if not m.in_quote),
        key=lambda mn: mn[0].start,
    )
    moved: list[tuple[Mention, int]] = []
    emptied: set[int] = set()
    for n, g in enumerate(groups):
        head = g[0]
        if (
            n in company or not head.key.startswith("D:") or any(m.kind not in ("description", "pronoun") for m in g)
            or head.meta.get("number") == "p" or head.meta.get("head") not in COMPANY_NOUNS
            or not re.match(r"[Tt]he\s", text[head.start : head.end])
        ):
            continue
        stay = []
        last: int | None = None  # where the chain's last description outside quotations went
        for m in g:
            if m.kind != "description":
                target = None
            elif m.in_quote:
                target = last  # "... ," the company was quoted: a quotation's own words follow their chain
            else:
                target = last = _company_antecedent(doc, text, m, seen)
            if target is None:
                stay.append(m)
            else:
                moved.append((m, target))
                seen.append((m, target))
                seen.sort(key=lambda mn: mn[0].start)
        if not stay:
            emptied.add(n)
        g[:] = stay
    for m, target in moved:
        m.key, m.cluster = groups[target][0].key, target
        groups[target].append(m)
    return without_groups(groups, emptied) if emptied else _resorted(groups)


def _craft_named(text: str, named: list[Mention]) -> bool:
    """Whether every name of an organisation the small model found is a craft's ("the Kestrel Heavy booster
    exploded"): a machine is no company, and "the company confirmed" two sentences on is its maker."""
    def craft(m: Mention) -> bool:
        return any(w in CRAFTS for w in re.findall(r"[a-z]+", text[m.end : m.end + 30].split(".")[0])[:3]) and \
            text[m.end : m.end + 1] == " " and text[m.end + 1 : m.end + 2].islower()
    return bool(named) and all(map(craft, named))


# an age set off after a name ("Murati, 34, had ..."): only a person's
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")


def _aged(text: str, group: list[Mention]) -> bool:
    """Whether the report gives one of the group's names an age ("appointed Mira Murati ... Murati, 34, had a
    skill set"): a person the small model typed an organisation, never what a later "the company" means."""
    return any(m.kind == "name" and _AGE_AFTER.match(text, m.end) is not None for m in group)


# the nouns of a description that names a body of another kind than a company ("the bureau", "the agency")
_OTHER_KIND_NOUNS = words("bureau agency authority council commission ministry department union")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _acronym_of_kind(doc: Doc, text: str, named: list[Mention]) -> bool:
    """Whether an organisation the report names only by an acronym is a body of another kind than a company: a
    sentence that names it also speaks of "the bureau" (or "the agency", "the ministry" ...), and the noun's first
    letter is one of the acronym's ("The FIB has classified the case as open, citing Agent Tom Rusk, spokesperson
    for the bureau"). A reader decodes an unknown acronym so; a later "the company" is then the company the
    report is about, not the bureau named last."""
    forms = {text[m.start : m.end] for m in named}
    if not all(_ACRONYM.fullmatch(f) for f in forms):
        return False  # a name written out says its kind itself ("Federal Inquiry Bureau")
    letters = {c for f in forms for c in f.lower()}
    for m in named:
        at = token_at(doc, m.start, m.end)
        if at is None:
            continue
        for tok in doc[at].sent:
            low = tok.lower_
            if low in _OTHER_KIND_NOUNS and low[0] in letters and tok.tag_ == "NN" \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                return True
    return False


# verbs by which a report credits an outlet with what it tells: "CNBC reported", "a statement obtained by the Times"
_CREDITING = words("report obtain")


def _only_credited(doc: Doc, named: list[Mention]) -> bool:
    """Whether every name of an organisation stands where the report credits its source: "..., CNBC reported",
    "according to CNN", "a statement obtained by the Times". An outlet the report only cites is no company it
    tells of: a later "the company said" is the company the story is about (a name the model does not know
    for a broadcaster says no kind of its own)."""
    for m in named:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not credited_name(span.root):
            return False
    return True


def credited_name(root: Token) -> bool:
    """Whether a name headed by ``root`` stands where a report credits its source: the subject of "reported",
    the object of "according to" or of "obtained by"."""
    if root.dep_ == "nsubj":
        return root.head.lemma_.lower() == "report"
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "to":
        return prep.head.lower_ == "according"
    return prep.lower_ == "by" and prep.head.lemma_.lower() in _CREDITING


def _company_antecedent(doc: Doc | None, text: str, d: Mention, seen: list[tuple[Mention, int]]) -> int | None:
    """The group of the company a description ``d`` stands for (``company_descriptions``), or None."""
    before = [(m, n) for m, n in seen if m.start < d.start]
    if before and re.fullmatch(r"\s*,\s*", text[before[-1][0].end : d.start]):
        return before[-1][1]  # "Interoute, the internet networks company": an apposition names its company
    if doc is None:
        return max(before, key=lambda mn: (mn[0].sent, mn[0].subject, mn[0].start))[1] if before else None
    barred = _clause_subject_groups(doc, d, before)
    cands = [(m, n) for m, n in before if n not in barred and not _island(doc, m)]
    at = token_at(doc, d.start, d.end)
    if at is None or not cands:
        return None
    group = {id(m): n for m, n in cands}
    # in its own sentence, the subject of a clause above it ("Veridian sued Harbor Cable, and the company said":
    # Veridian), else a subject before it ("Until Microsoft ships a patch, the company advises"); a name inside
    # what the company says ("... 07:28 UTC ..., the company said") is none
    same = [m for m, _ in cands if m.sent == d.sent]
    above = clause_antecedent(doc, doc[at], same) or next((m for m in reversed(same) if m.subject), None)
    if above is not None:
        return group[id(above)]
    earlier = [(m, n) for m, n in cands if m.sent < d.sent]
    if not earlier:
        return None
    return max(earlier, key=lambda mn: (mn[0].sent, mn[0].main, _salience(doc, mn[0]), mn[0].start))[1]


def _island(doc: Doc, m: Mention) -> bool:
    """A name that only modifies a noun ("the Yahoo deal"): a word inside a compound is no antecedent (an
    "anaphoric island", Postal 1969)."""
    at = token_at(doc, m.start, m.end)
    return at is not None and doc[at].dep_ == "compound" and doc[at].head.pos_ in ("NOUN", "PROPN") \
        and doc[at].head.idx >= m.end


def _salience(doc: Doc, m: Mention) -> int:
    """How prominent a mention is in its sentence: 2 for a subject or a source ("according to X", "by X" of a
    passive), 1 for an owner ("Microsoft's patch") or a direct object, 0 else."""
    at = token_at(doc, m.start, m.end)
    if at is None:
        return 0
    tok = doc[at]
    if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and (
        (tok.head.lower_ == "to" and tok.head.head.lower_ == "according") or tok.head.dep_ == "agent"
    )):
        return 2
    return 1 if tok.dep_ in ("poss", "dobj") else 0


def _clause_subject_groups(doc: Doc, d: Mention, before: list[tuple[Mention, int]]) -> set[int]:
    """The groups of the mentions in ``before`` that are the subject of ``d``'s own clause."""
    at = token_at(doc, d.start, d.end)
    if at is None or doc[at].dep_ in ("nsubj", "nsubjpass"):
        return set()
    subjects = {c.i for v in own_verbs(doc[at]) for c in doc[v].children if c.dep_ in ("nsubj", "nsubjpass")}
    return {n for m, n in before if token_at(doc, m.start, m.end) in subjects}


def _resorted(groups: list[list[Mention]]) -> list[list[Mention]]:
    for g in groups:
        g.sort(key=lambda m: (m.start, -m.end))
    return groups


def _join(groups: list[list[Mention]], target: int, group: list[Mention]) -> None:
    """Move ``group``'s mentions into ``groups[target]`` (the caller drops ``group`` with ``_without``)."""
    for m in group:
        m.key, m.cluster = groups[target][0].key, target
    groups[target].extend(group)


def without_groups(groups: list[list[Mention]], merged: set[int]) -> list[list[Mention]]:
    """``groups`` without the ones joined into others, renumbered, each in text order."""
    if not merged:
        return groups
    kept = [g for n, g in enumerate(groups) if n not in merged]
    for n, g in enumerate(kept):
        g.sort(key=lambda m: (m.start, -m.end))
        for m in g:
            m.cluster = n
    return kept
