"""Who a speaker mention stands for: an entity of the entity stage, else a name worked out from the parse.

Given the token heading a cue's subject, ``SpeakerResolver.resolve`` returns the speaker's canonical name,
entity id (when the entity stage found one) and mention span. The entity stage is asked first: the entity
whose mentions overlap the speaker mention gives the name. Where no entity covers it (or the entity stage
was not run), a standalone fallback decides:

- a name: the fullest name in the article ending in or containing it ("Hayashi" -> "Yoshimasa Hayashi"),
  leading titles removed;
- he/she: the most recent person mentioned outside quotations (subjects preferred), or a person-like
  description ("a NATO spokesperson" ... "She added"); it: the most recent organisation subject;
  they/I/we/you: no name (too often the wrong antecedent), but the mention is kept as the speaker span;
- an organisation description ("the military alliance", "the bloc"): the organisation the article mentions
  most up to that point;
- a role description ("the country's foreign minister"): the one person the article titles so, else the
  description itself without its article ("NATO spokesperson"): a description is a valid speaker.

It never guesses past these rules: anything else gives no speaker.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from storyline.extract.quotes_cues import (
    DOCUMENTS,
    ORG_NOUNS,
    PRONOUNS,
    SPEECH,
    is_cue,
    mention_bounds,
    names_a_source,
    subject_of,
    words,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

from storyline.extract import gazetteer
from storyline.extract.coref import HONORIFICS
from storyline.extract.entities import TICKER_BEFORE
from storyline.extract.nominals import CRAFTS, credited_name
from storyline.extract.roles import ABBREVIATED
from storyline.ingest import outlets
from storyline.model import Article, Entity, Quote
from storyline.nlp.pipeline import TITLE_ABBREVIATIONS

PERSON_NOUNS = words(
    """spokesperson spokesman spokeswoman minister official president secretary senator governor candidate
    ambassador adviser advisor aide director chairman chairwoman chair leader chief analyst expert professor
    fellow researcher economist diplomat lawmaker legislator representative mayor commander general officer
    source person man woman executive ceo founder strategist pollster manager attorney lawyer judge
    nominee member activist author writer reporter editor critic supporter opponent voter resident pupil
    student parent teacher worker farmer owner neighbour neighbor witness host moderator delegate insider
    strategist engineer firefighter doctor nurse scientist historian administrator"""
)
# nouns the parse makes subjects of cues that never speak (figures, copies, places, times)
NOT_SOURCES = words(
    """figure number copy lane street road avenue river dam gate water level day week month year time
    morning night estimate total amount price cost rate share percent"""
)
TITLES = words(
    """president minister foreign prime secretary general sen. senator rep. representative gov. governor mr.
    mrs. ms. dr. former vice chancellor ambassador spokesperson spokesman spokeswoman chief deputy
    defense defence state u.s. us premier king queen prince pope mayor judge justice gen. lt. col. sgt.
    candidate nominee democratic republican"""
) | {title.lower() for title in TITLE_ABBREVIATIONS}
# organisation nouns that name their organisation in full ("Ashby Vale Council", "the Supreme Court"): a
# description with one of them stands for an organisation so named, never for another one of the story
SELF_NAMED_ORG_NOUNS = words("council court committee commission university bank union")
# bodies a place or an organisation owns that speak for themselves ("Kestria's geophysical centre said"), beside
# the organisation nouns of ``quotes_cues``
BODY_NOUNS = words(
    """centre center observatory institute service laboratory lab bureau military army navy police force forces
    team staff board embassy consulate mission delegation regulator watchdog station hospital school survey"""
)
# a person's kin speak as themselves: "Roon’s family said" is not Roon speaking
_KIN = words("family parents relatives")
# entity types of a name a description stands beside ("regional rival Dorvania")
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# prepositions that tell a description's place or body: "residents of Marrakesh", "a spokesman for Acme Mining"
_QUALIFYING = frozenset({"of", "in", "from", "at", "near", "for"})
# what a phrase after a description names when it tells where the words were said, not who says them
_OCCASIONS = words(
    """filing statement interview letter email tweet post speech release memo note message call conversation
    briefing remarks comment op-ed editorial column appearance announcement notification"""
)
# what a body gives out that the report names by where it came from ("information from the Coast Guard", "data
# from the census bureau"): the body tells it
_FROM_SOURCE = words("information data intelligence word guidance figures numbers")
# words for one thing a body puts out: "the agency said in an announcement ... The release says"
_RELEASES = words("statement announcement release")
# verbs whose subject made the statement they take as object ("issued a statement")
_PUTTING_OUT = words("issue release publish send post")
# verbs a writer reads a document's words with, as "we" ("«...», we read in the note", "we learn from the report")
_READING = words("read learn see")
# papers a writer reads words in: a body's written word, never an interview or a call
_PAPERS = DOCUMENTS | _RELEASES | words("communique communiqué")
# participles that hang a paper on its maker by "by" ("the latest report provided by the company")
_MADE_BY = _PUTTING_OUT | words("provide submit file sign write draft prepare")
# words that open a clause of time or reason ("after the lights went out")
_SUBORDINATORS = words("after before when whenever since until till as while once because")
# endings of nouns for people ("rescuer", "activist", "guardian", "attendant", "nominee")
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee")
# the last word of a name that names a newspaper, broadcaster or agency ("the Valmora Tribune")
_OUTLET_ENDINGS = frozenset(
    """Times Post News Journal Gazette Herald Tribune Press Radio Television TV Daily Agency Chronicle Observer
    Telegraph Courier Broadcasting Network Magazine Monitor Dispatch Inquirer Sentinel Examiner""".split()  # noqa: SIM905 (a word list reads better as prose)
)
# words that say a subject is a news outlet: "state news agency Wam", "the broadcaster", "the newspaper"
_NEWS_WORDS = frozenset({"news", "broadcaster", "newspaper", "tabloid", "outlet"})
_QUALIFIER_WORDS = 8  # a longer phrase after a description is more than a qualifier
_PERSON_WINDOW = 1500  # characters back within which a he/she antecedent is looked for first among subjects


# the nouns of a country's rulers, which the entity stage links to the country ("the Chinese government")
_RULERS = frozenset({"government", "administration", "authorities", "leadership", "regime"})


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: canonical ``name`` (None when unknown), ``entity`` id, mention span, ``kind``."""

    name: str | None
    entity: str | None
    start: int
    end: int
    kind: str  # person | org | other


def person_head(tok: Token) -> bool:
    """Whether a noun names a person by role: "spokesman", "president", also the parse's split of a hyphenated
    role ("president - elect", "chair - designate"), whose head is the word after the hyphen."""
    if tok.lemma_.lower() in PERSON_NOUNS:
        return True
    return (
        tok.lower_ in ("elect", "designate")
        and tok.i >= 2
        and tok.nbor(-1).text == "-"
        and tok.nbor(-2).lemma_.lower() in PERSON_NOUNS
    )


def one_of(tok: Token) -> bool:
    """A number of people or bodies ("one of the diplomats said", "two of the officials"): someone among them
    speaks, not a count."""
    return tok.pos_ == "NUM" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in PERSON_NOUNS | ORG_NOUNS for o in c.children
        )
        for c in tok.children
    )


def _capitalised_title(head: Token) -> bool:
    """A capitalised common noun inside a sentence after capitalised words of its own: "The Hollywood Reporter"."""
    mods = [t for t in head.lefts if t.dep_ in ("compound", "amod")]
    return (
        head.pos_ == "NOUN"
        and head.text[:1].isupper()
        and not head.text.isupper()
        and not head.is_sent_start
        and bool(mods)
        and all(t.text[:1].isupper() for t in mods)
    )


def _speaking_body(tok: Token) -> bool:
    """A singular description of a body as the subject of a cue: "the royal court said", "the ministry added"."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and tok.lemma_.lower() in ORG_NOUNS | BODY_NOUNS
        and tok.dep_ == "nsubj"
        and is_cue(tok.head)
    )


def _common_noun(tok: Token) -> bool:
    """A noun, or a lower-case word the small model tags a name ("Dorvania's foreign ministry said")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower())


def _group(head: Token) -> bool:
    """A description of several people: a plural noun ("university presidents"), or one counted or gathered
    ("both leaders", "all three")."""
    return head.tag_ in ("NNS", "NNPS") or any(
        c.lower_ in ("both", "all") or (c.dep_ == "nummod" and c.lower_ not in ("one", "1")) for c in head.children
    )


def _party(tok: Token) -> bool:
    """A word that can head one party of a joint statement: a name, a person, a body ("representatives from")."""
    low = tok.lemma_.lower()
    return tok.pos_ == "PROPN" or low in PERSON_NOUNS | ORG_NOUNS | BODY_NOUNS or person_head(tok)


def _own_party(tok: Token) -> bool:
    """A joined word that is a party of its own, not a second description of the first ("an influential delegate
    and conservative activist"): a name, a plural, or a noun with its own determiner ("the mayor and the chief")."""
    return tok.pos_ == "PROPN" or tok.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss") for c in tok.children)


def _titled_as(text: str, group: Speaker, noun: str) -> bool:
    """The word before the names of ``group`` is a title, in full or cut short and in the plural or not, of
    ``noun`` ("Sens." or "Senators" before "Ana Kell and Piet Olsen", of "senator")."""
    first = (group.name or "").split(" ", 1)[0]
    at = text.find(first, group.start, group.end) if first else -1
    words = text[max(0, group.start - 30) : at if at >= 0 else group.start].split()
    if not words:
        return False
    word = words[-1].lower().rstrip(".")
    return any(len(w) >= 3 and noun.startswith(w) for w in (word, word[:-1] if word.endswith("s") else word))


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) > 0 else None


def _one_letter_off(a: str, b: str) -> bool:
    """Two words of one length that differ in exactly one letter ("Poulus", "Poulos")."""
    return len(a) == len(b) and a[0] == b[0] and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _qualifier_end(head: Token) -> int | None:
    """The end of the phrase right after a description that tells its place or body ("Residents of Marrakesh",
    "officials in the province of Ardel", "residents of the coastal town"), cut before a comma or a clause; None
    when there is none, or it tells a time ("officials at the time")."""
    doc = head.doc
    prep = next((c for c in head.children if c.dep_ == "prep" and c.i == head.i + 1), None)
    if prep is None or prep.lower_ not in _QUALIFYING:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() in _OCCASIONS:
        return None  # "her lawyers in a court filing said": where they said it, not who they are
    last = prep
    for tok in doc[prep.i + 1 : prep.i + 1 + _QUALIFIER_WORDS]:
        path = list(tok.ancestors)
        if tok.is_punct or prep not in path or any(a.dep_ in ("relcl", "acl") for a in path[: path.index(prep)]):
            break
        if tok.dep_ in ("relcl", "acl", "cc", "conj"):
            break
        last = tok
    phrase = doc[prep.i + 1 : last.i + 1]
    if not any(t.pos_ in ("PROPN", "NOUN") for t in phrase) or any(t.ent_type_ in ("DATE", "TIME") for t in phrase):
        return None
    return last.idx + len(last)


def _word_head(tok: Token) -> Token:
    """The head of a hyphenated word the parse split, given its last piece: "secretary - general" is headed by
    "secretary", whose description and name the speaker is read from, not the adjective "general"."""
    head = tok.head
    if tok.dep_ not in ("amod", "compound") or head.i >= tok.i or head.pos_ != "NOUN":
        return tok
    between = tok.doc[head.i : tok.i]
    glued = all(not t.whitespace_ for t in between) and all(t.text == "-" for t in between[1:])
    return head if glued and len(between) == 2 else tok


def _name_before_title(head: Token) -> Token | None:
    """The person named first in a subject the parse made one description: "Ana Kell, the Tessaly Relief Society
    secretary-general, said" read as "secretary" modified by "Kell" (a long title after the name pushes the name
    into the description). Only a person's name that opens the subject and is set off by a comma; None else."""
    if head.pos_ != "NOUN" or not person_head(head) or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = head.doc
    first = doc[head.left_edge.i]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    name = next((e for e in doc.ents if e.start == first.i), None)
    if name is None or name.end >= head.i or doc[name.end].text != ",":
        return None
    root = name.root
    return root if root.dep_ in ("nmod", "compound", "poss") and head in root.ancestors else None


# words that end the subject a name opens, walking back from its head ("“...,” Ana Kell of ...")
# names that own no body named with a noun after them ("Kell's office", "Ostland headquarters": told otherwise)
_NOT_OWNERS = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME"})
_ASIDE = re.compile(r"\s*\([^()\n]*\)")
_SUBJECT_BOUNDS = frozenset({",", "“", "”", '"', ";", ":", "(", ")", "—", "–"})
# what a name's affiliation after "of" is made of: "of the Tessaly Relief Society’s press office"
_AFFILIATION_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "ADP", "PART", "PUNCT", "CCONJ"})
_NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"})


def _name_before_affiliation(head: Token) -> tuple[int, int] | None:
    """The person a subject names first when the parse made her body the head: "“...,” Ana Kell of the Tessaly
    Relief Society’s press office told reporters" gives "office" the cue and hangs "Ana Kell" on the quotation
    mark; she speaks, the office is where she works. Only two or three capitalised proper nouns in no
    organisation or place entity ("Bank of Valmora" is a body), opening the subject right after a quotation
    mark, a comma or the sentence's start, then "of", and a singular body noun as the cue's subject; the
    character span of the name, None otherwise."""
    if head.dep_ != "nsubj" or head.tag_ != "NN" or not is_cue(head.head):
        return None
    if head.lemma_.lower() not in ORG_NOUNS | BODY_NOUNS:
        return None
    doc = head.doc
    first = head.i
    while first > head.sent.start and doc[first - 1].text not in _SUBJECT_BOUNDS and head.i - first < 12:
        first -= 1
    if doc[first - 1].text not in _SUBJECT_BOUNDS and first != head.sent.start:
        return None
    of = next((t.i for t in doc[first : head.i] if t.lower_ == "of"), None)
    if of is None or not 2 <= of - first <= 3:
        return None
    name = doc[first:of]
    if any(t.pos_ != "PROPN" or not t.text.istitle() or t.ent_type_ in _NOT_PEOPLE for t in name):
        return None
    if any(t.pos_ not in _AFFILIATION_POS for t in doc[of + 1 : head.i]):
        return None
    return name.start_char, name.end_char


def _name_after_title_of(head: Token) -> tuple[int, int] | None:
    """ "President of the Supreme Court Lord Reed said": a capitalised title "of" a body, with the holder's name
    run on after the body's, names the holder; the parse makes the title the subject and buries the name in the
    body's phrase. The name is the run's end from an honorific ("Lord", "Dr") on; the char bounds of that name,
    None when the phrase has no honorific and name after the body."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.lower_ not in gazetteer.TITLE_HEADS:
        return None
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    run = [t for t in obj.subtree if t.i > of.i]
    if not run or any(not t.text[:1].isupper() for t in run if t.dep_ != "det"):
        return None  # "President of the local rowing club": no name after the body's
    for k in range(len(run) - 2, 0, -1):
        if run[k].lower_.rstrip(".") in HONORIFICS and run[k - 1].dep_ != "det":
            last = run[-1]
            return run[k].idx, last.idx + len(last)
    return None


def _who_antecedent(head: Token) -> Token | None:
    """The person a relative "who" after a thing stands for: "the arrest prompted criticism from Zentra owner
    Milo Varga who said that ..." hangs the clause on "criticism"; criticism says nothing, the person named
    right before "who" does. Only a head that describes no person or body, with a "who" clause after it and a
    name or person noun of its own phrase right before "who"; None otherwise."""
    if head.pos_ != "NOUN" or person_head(head) or _party(head) or head.lemma_.lower() in BODY_NOUNS:
        return None
    clause = next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i), None)
    who = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ == "who"), None) if clause else None
    if who is None:
        return None
    before = head.doc[who.i - 1]
    if before.text == ",":
        before = head.doc[who.i - 2]
    if before.i <= head.i or head not in before.ancestors:
        return None
    if before.ent_type_ == "PERSON" or (before.pos_ == "NOUN" and person_head(before)):
        return before
    return None


def _name_set_off(head: Token) -> str | None:
    """The name an earlier sentence set off with the same description: "told TVM, the national broadcaster,
    that ... / ..., according to the broadcaster" (or "the national broadcaster, TVM,"). A reader takes "the
    broadcaster" for the one so described, not for the body named most; the parse often misses the apposition
    (and the tagger the name), so the commas and capitals tell it. The latest such name, or None."""
    doc = head.doc
    for tok in reversed(doc[: head.i]):
        if tok.lemma_.lower() != head.lemma_.lower() or tok.pos_ != "NOUN":
            continue
        first = tok.left_edge
        if first.lower_ != "the" or first.i < 2 or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in ",.;":
            continue
        if any(t.dep_ not in ("det", "amod", "compound") for t in doc[first.i : tok.i]):
            continue  # "Ana Kell, the company's chief": the noun only tells whose chief she is
        ahead = _capitals(doc, first.i - 2, -1) if doc[first.i - 1].text == "," else None
        after = _capitals(doc, tok.i + 2, 1) if doc[tok.i + 1].text == "," else None
        if ahead or after:
            return ahead or after
    return None


def _capitals(doc: Doc, at: int, step: int) -> str | None:
    """The run of capitalised words from ``at`` on (backwards when ``step`` is -1), as written; a run forwards
    ends at a comma or a full stop ("the broadcaster, KRV, said"). None when the word at ``at`` is not
    capitalised or the run opens the sentence (where a capital tells nothing)."""
    words: list[Token] = []
    k = at
    while 0 <= k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        words.append(doc[k])
        k += step
    if not words or not 0 <= k < len(doc) or (step > 0 and doc[k].text not in ",."):
        return None
    words.sort(key=lambda t: t.i)
    if words[0].is_sent_start:
        return None
    return doc[words[0].i : words[-1].i + 1].text


def _of_part(name: str, mention: str) -> bool:
    """True when the mention is only the part after "of" of a longer name ("Vella" of "Isle of Vella")."""
    return mention != name and re.search(rf"\bof\s+(?:the\s+)?{re.escape(mention)}$", name) is not None


def _called_by_name(head: Token) -> Token | None:
    """The name a description introduces with "named" or "called": "said a local named Ana Oro" makes the
    description ("local", which the tagger may even take for an adjective) the cue's subject, but the phrase
    tells who speaks by name, so the name speaks, not the bare noun (nor an outlet credited after it). Only a
    name the participle takes for its object (the tagger may call a rare person's name an organisation's);
    None otherwise."""
    verb = next((c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ("name", "call")), None)
    if (
        verb is None
        and head.lemma_.lower() in ("name", "call")
        and head.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "det" and c.i < head.i for c in head.children)
    ):
        verb = head  # "said a local named Ana Oro": the parse may take the participle for the subject's head
    if verb is None or verb.tag_ != "VBN" or head.pos_ == "PROPN" or verb.i not in (head.i, head.i + 1):
        return None  # "De Blasio, speaking on air, called Trump a ...": a name's own act, which the parse hung on it
    name = next((c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr", "xcomp")), None)
    return name if name is not None and name.pos_ == "PROPN" else None


def _teller_of_conjoined_cue(head: Token) -> Token | None:
    """The teller whose second verb the parse joined to the clause she tells: "the agency announced that the
    fever outbreaks were an emergency, and called for help" hangs "called" on "were", so "called" would get
    the outbreaks for its subject; things call for nothing, the agency does. Only plural things (``_things``)
    as the subject of a clause a cue reports, the cue's own subject before them; None otherwise."""
    verb = head.head
    if head.dep_ != "nsubj" or is_cue(verb) or verb.dep_ != "ccomp" or not _things(head):
        return None
    if not is_cue(verb.head) or not any(c.dep_ == "conj" and is_cue(c) for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)


# documents that set terms: they "call for", "include" or "require" what they hold, and never speak
_TERMS = words(
    """agreement deal contract accord pact treaty plan bill law proposal measure legislation settlement budget
    offer framework"""
)


def _teller_of_terms(head: Token) -> Token | None:
    """The teller of a clause in which a document "calls for" something: "The union said the agreement calls for
    a 25% raise" is the union's report of what the agreement holds; the agreement says nothing. Only a document
    that sets terms (``_TERMS``) as the subject of a cue inside the clause another cue reports, that cue's own
    subject (a word, not a pronoun that may be the document itself); None otherwise."""
    verb = head.head
    if head.dep_ != "nsubj" or head.lemma_.lower() not in _TERMS or not is_cue(verb) or verb.dep_ != "ccomp":
        return None
    if not is_cue(verb.head):
        return None
    teller = subject_of(verb.head)
    return teller if teller is not None and teller.i < head.i and teller.lemma_.lower() not in _TERMS else None


def terms_in_report(head: Token) -> bool:
    """Whether a cue's subject is a document whose terms a teller reports ("The union said the agreement calls for
    a raise"): the inner cue is part of the teller's words, no report of its own (``_teller_of_terms``)."""
    return _teller_of_terms(head) is not None


def _said_of(head: Token) -> bool:
    """Whether the subject of a passive cue is who the report is about, not who reports: "Kell Cloud, in
    particular, was reported to have laid off staff" (reported by whom the sentence does not say). Only a cue
    in the passive with "to" and a verb after it and no "by"; "X was quoted as saying" names its speaker."""
    verb = head.head
    if head.dep_ != "nsubjpass" or not is_cue(verb) or verb.lemma_.lower() == "quote":
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    to_do = [c for c in verb.children if c.dep_ == "xcomp"]
    if verb.lemma_.lower() in _ALLEGING and any(c.lemma_.lower() in SPEECH | _TELLING_VERBS for c in to_do):
        return False  # "Hale is alleged to have told a clerk to ...": the remark alleged is Hale's
    return any(a.dep_ == "aux" and a.lower_ == "to" for c in to_do for a in c.children)


_ALLEGING = frozenset({"allege", "say", "report", "rumor", "rumour"})
_TELLING_VERBS = frozenset({"tell", "inform", "instruct", "remind", "assure", "warn", "advise", "notify"})


def _main_subject(tok: Token) -> Token:
    """The subject of the main clause for the subject of a time or reason clause the parse hung a participle on:
    "Ana Kell spoke an hour after the lights went out, saying ..." gives "saying" the clause of "went", whose
    "lights" say nothing; the participle after the comma goes with "spoke". Only where the clause's own verb is
    no cue ("after she said" keeps "she"), opens on a subordinating word and is about things (a plural noun
    that names no people): "as a guard walks in, saying ..." may well be the guard's, and so may "after the
    tycoon entered the race, calling ..." (tried on PolNeAR train: any noun subject lost two speakers)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "advcl" or is_cue(verb) or not _things(tok):
        return tok
    if not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in verb.children):
        return tok
    if not any(c.dep_ == "advcl" and c.tag_ == "VBG" and is_cue(c) and c.nbor(-1).text == "," for c in verb.children):
        return tok
    main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    return main if main is not None else tok


def _things(tok: Token) -> bool:
    """A plural common noun that names things, not people: "systems", "the lights"; not "residents", "rescuers",
    "activists" (a person's ending is enough to leave it out)."""
    lemma = tok.lemma_.lower()
    return (
        tok.tag_ == "NNS"
        and not tok.ent_type_
        and lemma not in PERSON_NOUNS | ORG_NOUNS | BODY_NOUNS
        and not lemma.endswith(_PERSON_ENDINGS)
    )


def _names_outlet(text: str, head: Token) -> bool:
    """Whether a subject names a news outlet: one of ingest's table ("Al Jazeera") or a name ending in an outlet's
    word ("the Valmora Tribune")."""
    if head.pos_ != "PROPN":
        return False
    start, end = mention_bounds(head)
    name = re.sub(r"^[Tt]he\s+", "", text[start:end])
    return outlets.canonical(name) is not None or name.split()[-1] in _OUTLET_ENDINGS


def _strip_titles(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0].lower() in TITLES:
        words = words[1:]
    return words


def _according_object(tok: Token) -> bool:
    """The noun after "according to" (a common noun: "the authority", not a name)."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "to"
        and tok.head.head.lower_ == "according"
    )


# cues whose object is who was told, not who speaks
_TELLING = words("tell inform notify assure brief")


def _teller_of_addressee(tok: Token) -> Token | None:
    """The teller when the parse gives a cue no subject and the addressee is what was found beside it: "As
    reported by the Valmora Post, an Ardish diplomat informed KNA that ..." hangs "informed" on
    "diplomat" as a clause of its own. Only the object of a telling verb that describes a person or a body;
    None otherwise."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "dative") or verb.dep_ != "acl" or verb.lemma_.lower() not in _TELLING:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i < verb.head.i:
        return None
    teller = verb.head
    return teller if teller.pos_ == "NOUN" and (person_head(teller) or _party(teller)) else None


def _reported(tok: Token) -> bool:
    """Whether a word lies in the clause a cue reports ("ruled" of "The Trade Council has ruled that ..., it
    said")."""
    return any(a.dep_ == "ccomp" and is_cue(a.head) for a in [tok, *tok.ancestors])


def _party_in_apposition(head: Token) -> Token | None:
    """The speaker the parse set in apposition to a thing it made a cue's subject: "China is dissatisfied with
    the review procedure driven by ... concerns, a spokesperson for the ministry said" gives "said" the subject
    "procedure" and hangs "spokesperson" on it; a procedure never speaks. Only a thing no speaker is named by
    (no name, person or body) and a person or body after a comma; None otherwise."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.pos_ != "NOUN" or head.ent_type_ or _party(head):
        return None
    if not head.text.islower():
        return None  # "Teck, the Canadian mining company, says": a name the small model tags a noun speaks itself
    apposed = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.nbor(-1).i != head.i]
    part = apposed[-1] if apposed else None
    if part is None or part.pos_ != "NOUN" or not (person_head(part) or _party(part)):
        return None
    return part if any(t.text == "," for t in head.doc[head.i + 1 : part.left_edge.i]) else None


def _capitalised_run(tok: Token) -> tuple[int, int] | None:
    """The character span of the capitalised words from a name's first word to the end of its phrase, "and"
    between them ("the Hostages and Missing Families Forum"), with its article; None when another word comes
    in between."""
    doc = tok.doc
    last = tok.right_edge.i
    words = doc[tok.i : last + 1]
    if any(not (t.pos_ == "PROPN" and t.text[:1].isupper()) and t.lower_ != "and" for t in words):
        return None
    first = tok.left_edge
    return first.idx, doc[last].idx + len(doc[last])


def _paper_read(head: Token) -> Token | None:
    """The paper of "«...», we read in the note": a writer who reads words in a document gives them to whoever
    made it, not to "we". Only "we" as the subject of a verb of reading with a paper after "in" or "from"; None
    otherwise."""
    verb = head.head
    if head.lower_ != "we" or head.dep_ != "nsubj" or verb.lemma_.lower() not in _READING:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from"):
            paper = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if paper is not None and paper.lemma_.lower() in _PAPERS:
                return paper
    return None


def _paper_maker(paper: Token) -> Token | None:
    """Who the text says made a paper where it names the paper: its possessor ("the firm's statement"), the
    subject of the cue it was said in ("the authorities said in a statement"), the subject of a verb that put it
    out ("the firm issued a statement"), the agent of a participle that hangs it on its maker ("the report
    provided by the firm") or a body after "by", "from" or "of" ("the note of the board"); None when the sentence
    does not tell."""
    maker = next((c for c in paper.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    for verb in paper.children:
        if maker is None and verb.dep_ == "acl" and verb.lemma_.lower() in _MADE_BY:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            maker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    for prep in paper.children:
        if maker is None and prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "TIME"):
                maker = obj  # "the statement of the mining board", "a note from the firm"
    if maker is None and paper.dep_ == "pobj" and paper.head.dep_ == "prep" and is_cue(paper.head.head):
        maker = next((c for c in paper.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if maker is None and paper.dep_ == "dobj" and paper.head.lemma_.lower() in _PUTTING_OUT:
        maker = next((c for c in paper.head.children if c.dep_ == "nsubj"), None)
    return maker


def _sender(paper: Token) -> Token | None:
    """The subject of a clause on a paper that says who put it out: "a memo she sent to staff", "the letter
    the board issued" (a relative clause, its verb one of making or sending); None otherwise."""
    for verb in paper.children:
        if verb.dep_ == "relcl" and verb.lemma_.lower() in _MADE_BY:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in ("that", "which", "who"):
                return subject
    return None


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines in title case ("Ben Carson Defends His Record"): their names run into the next capitalised word."""
    out = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha()]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


class SpeakerResolver:
    """Resolves speaker mentions in one article. Build once per article; ``quoted`` are quote contents."""

    def __init__(
        self,
        article: Article,
        doc: Doc,
        entities: tuple[Entity, ...],
        quoted: list[tuple[int, int]],
        bylines: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = article.text
        self.article_id = article.id
        self.doc = doc
        self._mentions = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions if m.article in (article.id, "")),
            key=lambda t: (t[0], t[1]),
        )
        self._mention_starts = [m[0] for m in self._mentions]
        self._quoted = sorted(quoted)
        self._quoted_starts = [q[0] for q in self._quoted]
        persons: list[tuple[int, str, bool]] = []
        orgs: list[tuple[int, str, bool]] = []
        bodies: list[Token] = []
        self._full_names: list[str] = []
        self._org_names: list[tuple[int, str, str]] = []
        self._headlines = _headline_lines(self.text)
        # a byline's name signs the text (a live blog's "Mara Quell 14 June 2023 09:01" above an entry): no one the
        # report quotes, no antecedent, and no holder of a title named beside it ("... 09:01 / Ferry's owner
        # apologises")
        self._bylines = list(bylines)
        self._persons_read: list[tuple[int, list[str]]] | None = None
        credits: dict[str, list[bool]] = {}
        for ent in doc.ents:
            if self.inside_quote(ent.start_char) or self._in_headline(ent.start_char) or self._signs(ent.start_char):
                continue
            subj = ent.root.dep_ in ("nsubj", "nsubjpass")
            if ent.label_ == "PERSON":
                name = self.canonical(ent.text, ent.start_char)
                self._full_names.append(" ".join(_strip_titles(ent.text.split())))
                persons.append((ent.start_char, name, subj))
            elif ent.label_ in ("ORG", "GPE", "NORP"):
                orgs.append((ent.start_char, ent.text, subj))
                # "the European Commission": named without its article, as the entity stage names it
                self._org_names.append((ent.start_char, re.sub(r"^[Tt]he\s+", "", ent.text), ent.label_))
                credits.setdefault(self._org_names[-1][1], []).append(credited_name(ent.root))
        # outlets the report only credits ("..., CNBC reported", "according to CNN"): never "the company" it
        # goes on about
        self._credited_only = {name for name, credit in credits.items() if all(credit)}
        surnames = {w for n in self._full_names for w in n.split()}
        self._name_words = surnames
        for tok in doc:
            if _according_object(tok) and tok.lemma_.lower() in ORG_NOUNS and not self.inside_quote(tok.idx):
                # "according to the state civil defence authority. It also said ...": the body is an antecedent
                lo, hi = mention_bounds(tok)
                if not any(s <= tok.idx < s + len(n) for s, n, _ in orgs):
                    orgs.append((lo, self._describe(lo, hi), True))
                continue
            if tok.dep_ not in ("nsubj", "nsubjpass") or self.inside_quote(tok.idx):
                continue
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS:
                # person-like descriptions that speak ("a NATO spokesperson said") are antecedents for he/she
                lo, hi = mention_bounds(tok)
                persons.append((lo, self._describe(lo, hi), True))
            elif _speaking_body(tok) and not any(s <= tok.idx < s + len(n) for s, n, _ in orgs):
                # "..., the royal court said in a statement. / The king ordered ..., it added.": the body that
                # spoke is an antecedent for "it", not only a named organisation ("Morocco declared ...")
                lo, hi = mention_bounds(tok)
                named = self._entity_at(lo, hi, tok.idx)  # "the company said": the company's name when known
                orgs.append((lo, named.name if named is not None else self._describe(lo, hi), True))
                bodies.append(tok)
            elif tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and tok.text in surnames:
                # a surname the small model tags ORG or nothing ("Hayashi highlighted")
                lo, hi = mention_bounds(tok)
                persons.append((lo, self.canonical(self.text[lo:hi], lo), True))
        self._persons = sorted(persons)
        self._orgs = sorted(orgs)
        self._bodies = bodies

    # ---- helpers -------------------------------------------------------------------------------------

    def _in_headline(self, char: int) -> bool:
        return any(s <= char < e for s, e in self._headlines)

    def _signs(self, char: int) -> bool:
        return any(s <= char < e for s, e in self._bylines)

    def inside_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, char) - 1
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def _entity_at(self, start: int, end: int, head: int | None = None) -> Entity | None:
        """The entity with the largest mention inside ``[start, end)``; with ``head``, only one whose mention
        holds the head word."""
        best: tuple[int, Entity] | None = None
        i = bisect.bisect_left(self._mention_starts, start - 200)
        for ms, me, ent in self._mentions[i:]:
            if ms >= end:
                break
            overlap = min(me, end) - max(ms, start)
            if head is not None and not ms <= head < me:
                continue
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, ent)
        return best[1] if best else None

    def event(self, head: Token) -> bool:
        """True when the mention headed by ``head`` is an event of the story ("Hurricane Ova", "the summit"), which
        says nothing: "Ova had estimated winds of 120 mph" tells the storm's winds, not an estimate it made."""
        ent = self._entity_at(*mention_bounds(head), head.idx)
        return ent is not None and ent.type == "EVENT"

    def _person_names(self) -> list[tuple[int, list[str]]]:
        """Each person name of the text outside headlines, as (start, words without titles); read once."""
        if self._persons_read is None:
            self._persons_read = [
                (ent.start_char, _strip_titles(ent.text.replace("’s", "").replace("'s", "").split()))
                for ent in self.doc.ents
                if ent.label_ == "PERSON" and not self._in_headline(ent.start_char) and not self._signs(ent.start_char)
            ]
        return self._persons_read

    def canonical(self, name: str, at: int | None = None) -> str:
        """The fullest person name in the article holding every word of ``name`` ("Hayashi" -> "Yoshimasa
        Hayashi"), the headline's where only it gives one (``_headline_name``). Two different full names fit
        ("Bush": "Jeb Bush", "George H.W. Bush"): the one last mentioned before ``at``, else ``name`` as
        written."""
        words = _strip_titles(name.replace("’s", "").replace("'s", "").split())
        if not words:
            return name
        fits: dict[str, int] = {}
        for start, cand in self._person_names():
            if all(w in cand for w in words) and len(cand) >= len(words):
                full = " ".join(cand)
                if at is None or start <= at or full not in fits:
                    fits[full] = start
        if len(words) == 1 and len(words[0]) >= 5 and all(len(f.split()) == 1 for f in fits):
            # "Poulus said" in a report that names "John Poulos": a surname misspelt by one letter
            near = {" ".join(c) for _, c in self._person_names() if len(c) > 1 and _one_letter_off(words[0], c[-1])}
            if len(near) == 1:
                return near.pop()
        # names that are parts of longer fitting names ("Hayashi" within "Yoshimasa Hayashi") step aside
        longest = [f for f in fits if not any(f != g and set(f.split()) < set(g.split()) for g in fits)]
        if len(longest) == 1 and len(longest[0].split()) > len(words):
            return longest[0]
        headline = self._headline_name(words) if len(longest) <= 1 else None
        if headline is not None:
            return headline  # "Bout" of a body whose headline names "Viktor Bout"
        if len(longest) == 1:
            return longest[0]
        if longest and at is not None:
            before = [(pos, f) for f, pos in fits.items() if f in longest and pos <= at]
            if before:
                return max(before)[1]
        return " ".join(words)

    def _headline_name(self, words: list[str]) -> str | None:
        """The fuller name a title-case headline gives a person the body names only shortly ("... Swapped For
        Russian Prisoner Viktor Bout" over a body that says "Bout stated"): a headline name of the person tagger
        that ends with the body's words and holds no title, the one such; None otherwise. Headline names are
        kept out of ``_person_names`` (their capitals run on into the next word), so only one ending exactly
        on the short name is taken."""
        found = set()
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or not self._in_headline(ent.start_char):
                continue
            cand = ent.text.replace("’s", "").replace("'s", "").split()
            if 1 < len(cand) <= 3 and len(cand) > len(words) and cand[-len(words) :] == words \
                    and cand == _strip_titles(cand):
                found.add(" ".join(cand))
        return found.pop() if len(found) == 1 else None

    def _name_met(self, ent: Entity, start: int, end: int) -> str:
        """The entity's name as a speaker: its canonical name, but a description chain named only later by a
        fuller description ("officials said" before "emergency officials" in another sentence) is named by the
        words met here; a reader has not yet been told which officials they are."""
        if ent.name != ent.name.lower() or not ent.mentions:
            return ent.name
        first = min(ent.mentions, key=lambda m: m.start)
        if first.start < start or self.text[first.start : first.end].lower().endswith(ent.name):
            return ent.name
        own = self._describe(start, end)
        return own if own and own == own.lower() and ent.name.endswith(own) else ent.name

    def _describe(self, start: int, end: int) -> str:
        """A description as a speaker name: without its leading article ("a NATO spokesperson")."""
        words = self.text[start:end].lstrip("•·*-–—▪● \t").split()
        if len(words) > 1 and words[0].lower() in ("a", "an", "the"):
            words = words[1:]
        return " ".join(words)

    # ---- resolution ----------------------------------------------------------------------------------

    def resolve(self, head: Token) -> Speaker | None:
        """The speaker the mention headed by ``head`` stands for, or None when it cannot be told."""
        head = _main_subject(_word_head(head))
        if _said_of(head):
            return Speaker(None, None, *mention_bounds(head), "other")  # "X was reported to have ...": by whom untold
        paper = _paper_read(head)
        if paper is not None:
            return self._read_in(head, paper)  # "«...», we read in the note": the note's maker, never "we"
        teller = _teller_of_addressee(head)
        if teller is not None:
            return self.resolve(teller)  # "an Ardish diplomat informed KNA that ...": the diplomat's
        cited = self._cited_source(head)
        if cited is not None:
            return cited  # "..., the Valmora Tribune reported, citing the coast guard": the coast guard's words
        named = _called_by_name(head) or self._named_beside(head)
        if named is not None:
            return self.resolve(named)  # "the Telegram channel Grey Zone confirmed": the name speaks
        affiliated = _name_before_affiliation(head) or _name_after_title_of(head)
        if affiliated is not None:
            return self._person_at(*affiliated)
        who = _who_antecedent(head) or _teller_of_conjoined_cue(head) or _teller_of_terms(head)
        if who is not None:
            return self.resolve(who)  # "criticism from Zentra owner Milo Varga who said": Varga's words
        party = self._party_after_thing(head) or _party_in_apposition(head)
        if party is not None:
            return self.resolve(party)
        if one_of(head):
            # "one of the diplomats said": the phrase describes who speaks
            lo, last = head.left_edge.idx, head.right_edge
            hi = last.idx + len(last)
            return Speaker(self._describe(lo, hi), None, lo, hi, "person")
        taken_up = self._group_named_before(head)
        if taken_up is not None:
            return taken_up  # "The senators stressed ...", after "Sens. Ana Kell and Piet Olsen wrote ..."
        named_next = self._named_next(head)
        if named_next is not None:
            found = self.resolve(named_next)
            if found is not None and found.name is not None:
                # "An expert in network safety told the Tribune ... / “...,” Lena Ostrow said": the expert is Ostrow
                return Speaker(found.name, found.entity, *mention_bounds(head), found.kind)
        found = self._resolve_mention(head)
        joined = self._joined(head, found)
        if joined is not None:
            return joined
        if found is None or found.name is None or not _common_noun(head):
            return found
        return self._qualified(head, found)

    def _read_in(self, head: Token, paper: Token) -> Speaker:
        """Who made the paper a writer read words in ("«...», we read in the note"): its maker where the phrase
        names one ("in the firm's note"), else the maker of the latest paper the report names before, within a
        few paragraphs ("According to the latest report provided by the firm, ... / «...», we read in the note"),
        when no one else speaks in between. No name where the latest paper's maker is untold: "we" is the
        writer, never the speaker."""
        start, end = mention_bounds(head)
        own = _paper_maker(paper)  # (the note's own maker: never the "we" that read it)
        maker = own if own is not None and own.i != head.i else self._latest_paper_maker(head, paper)
        found = self.resolve(maker) if maker is not None and maker.pos_ != "PRON" else None
        if found is None or found.name is None:
            return Speaker(None, None, start, end, "other")
        return Speaker(found.name, found.entity, start, end, found.kind)

    def _latest_paper_maker(self, head: Token, paper: Token) -> Token | None:
        """The maker of the latest paper named before ``head`` outside quotations (see ``_read_in``); None when
        that paper's maker is untold, or when a cue of another subject comes between."""
        if not any(t.lower_ in ("the", "this", "that") for t in paper.lefts):
            return None  # "we read in a note": some note, not one named before
        for tok in reversed(head.doc[: head.sent.start]):
            if head.idx - tok.idx > _PERSON_WINDOW:
                return None
            if self.inside_quote(tok.idx):
                continue
            if tok.lemma_.lower() in _PAPERS:
                return _paper_maker(tok)
            if is_cue(tok) and (subject := subject_of(tok)) is not None and subject.pos_ != "PRON" \
                    and subject.lemma_.lower() not in _PAPERS:
                return None  # someone spoke since: whose note it is the text does not tell
        return None

    def _named_next(self, head: Token) -> Token | None:
        """The person a report names as the speaker of the very next sentence, when it has just described her
        without a name: "An expert in network safety told the Tribune it was too early to say. “...,” Lena
        Ostrow said." A writer who introduces someone by what she is and then gives a bare name, met nowhere
        before, goes on with the same person. Only an indefinite singular person noun as a cue's subject, the
        next sentence of its paragraph spoken by a bare person's name (no title or apposition of its own) first
        named there; None otherwise."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not person_head(head) or head.dep_ != "nsubj":
            return None
        if not is_cue(head.head) or [c.lower_ for c in head.lefts if c.dep_ == "det"] not in (["a"], ["an"]):
            return None
        if any(t.ent_type_ == "PERSON" for t in head.subtree):
            return None
        sent = head.sent
        if sent.end >= len(self.doc):
            return None
        after = self.doc[sent.end].sent
        if "\n" in self.text[sent.end_char : after.start_char]:
            return None  # another paragraph
        for tok in after:
            if tok.dep_ != "nsubj" or not is_cue(tok.head) or self.inside_quote(tok.idx):
                continue
            if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
                return None
            start, end = mention_bounds(tok)
            name = self.doc.char_span(start, end, alignment_mode="expand")
            if name is None or any(c.dep_ == "appos" for c in tok.children):
                return None
            if any(t.ent_type_ != "PERSON" for t in name):
                return None  # "Agency analyst Lena Ostrow": a description of her own
            words_ = set(_strip_titles(self.text[start:end].split()))
            if any(words_ & set(cand) for pos, cand in self._person_names() if pos < start):
                return None  # someone met before: the description would have named her
            return tok
        return None

    def _person_at(self, start: int, end: int) -> Speaker:
        """The person named by the words at ``[start, end)``: the entity stage's person there, else the fullest
        name in the article that holds the words."""
        ent = self._entity_at(start, end)
        if ent is not None and ent.type == "PERSON":
            return Speaker(ent.name, ent.id, start, end, "person")
        return Speaker(self.canonical(self.text[start:end], start), None, start, end, "person")

    def _cited_source(self, head: Token) -> Speaker | None:
        """The source an outlet's report rests on, where the outlet is the cue's subject and the cue names that
        source ("Al Jazeera reports citing the Libyan Red Crescent"): the words are the source's, the outlet is
        their carrier (the citation stage credits it). Only a named source or a body ("citing officials" is
        kept with the outlet: no one to name); None for anything else."""
        verb = head.head
        if head.dep_ != "nsubj" or not is_cue(verb) or not _names_outlet(self.text, head):
            return None
        citing = next((c for c in verb.children if c.dep_ in ("advcl", "acl", "xcomp") and names_a_source(c)), None)
        source = next((c for c in citing.children if c.dep_ == "dobj"), None) if citing is not None else None
        if source is None or source.pos_ != "PROPN":
            return None
        found = self.resolve(source)
        return found if found is not None and found.name is not None else None

    def _joined(self, head: Token, found: Speaker | None) -> Speaker | None:
        """ "Gov. Ilse Varga and representatives from the Coast Guard said": a subject of several parties joined
        by "and" speaks as the group, never as the one named first. Only where each part names a speaker (a name,
        a person, a body); the group is no one entity."""
        # "In Friday's statement, Iran and Saudi Arabia said": the parse may hang the subject on the statement
        if head.dep_ not in ("nsubj", "nsubjpass", "appos") or found is None or found.name is None:
            return None
        before = self._subject_before(head)
        if before is not None:
            # "Sens. Ana Kell (Ohio) and Piet Olsen (Iowa) wrote": the parse may make both names subjects of the
            # verb, the "and" hung on the first
            first = self._resolve_mention(before)
            if first is None or first.name is None or not _party(before) or not _own_party(head):
                return None
            head, parts = before, [head]
            found = first
        elif not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
            return None
        else:
            parts = [c for c in head.children if c.dep_ == "conj" and c.i > head.i]
        if not parts or not _party(head) or not all(_party(p) and _own_party(p) for p in parts):
            return None
        last = parts[-1]
        for tok in head.doc[last.i + 1 : last.right_edge.i + 1]:
            if tok.is_punct or tok.dep_ in ("relcl", "acl") or (tok.dep_ == "appos" and tok.pos_ != "PROPN"):
                # "Ana Ruiz and Piet Olsen, who back the plan": the group ends at its last party; a name set
                # beside its description is the party ("KTV3 and the newspaper Le Matin")
                break
            last = tok
        end = last.idx + len(last)
        # "J.D. Kell (Ohio) and Piet Olsen (Iowa)": an aside in brackets says where a party is from, no party
        rest = _ASIDE.sub("", self.text[found.end : end]) if found.end <= end else ""
        if not rest.lstrip(" ,").startswith("and ") or "\n" in rest:
            return None
        return Speaker((found.name or "") + rest, None, found.start, end, found.kind)

    @staticmethod
    def _subject_before(head: Token) -> Token | None:
        """The other subject of ``head``'s verb just before it that an "and" joins to it ("Ana Kell (Ohio) and
        Piet Olsen", both subjects to the parse); None when there is none."""
        if head.dep_ != "nsubj":
            return None
        subjects = [c for c in head.head.children if c.dep_ == "nsubj" and c.i < head.i]
        if not subjects:
            return None
        first = subjects[-1]
        ands = [c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"]
        between = head.doc[first.i + 1 : head.left_edge.i]
        if not ands or any(t.is_punct and t.text not in "()" for t in between):
            return None
        return first

    def _group_named_before(self, head: Token) -> Speaker | None:
        """The parties a bare plural description takes up from the two sentences before, where a title of the
        same word stands before them ("Sens. Ana Kell and Piet Olsen wrote ... / The senators stressed ...");
        None for any other subject."""
        noun = head.lemma_.lower()
        if head.tag_ != "NNS" or [c.lower_ for c in head.children] != ["the"] or noun not in PERSON_NOUNS:
            return None
        sent = head.sent
        for _ in range(2):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            for tok in reversed(sent):
                if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or self.inside_quote(tok.idx):
                    continue
                group = self._joined(tok, self._resolve_mention(tok))
                if group is not None and group.name is not None and _titled_as(self.text, group, noun):
                    return Speaker(group.name, None, *mention_bounds(head), group.kind)
        return None

    def _named_beside(self, head: Token) -> Token | None:
        """The name a description in front of it stands for: an apposition ("the Telegram channel Grey Zone"),
        also to a capitalised opening word the parse took for a name ("Neighbour and regional rival Dorvania"),
        or a name the parse coordinated with a bare description ("Longtime ally and donor Pell Islands"); None
        when the subject is no such description."""
        fronted = _name_before_title(head)
        if fronted is not None:
            return fronted
        named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None and (head.pos_ == "NOUN" or (self._no_name(head) and named.ent_type_ in _NAMED)):
            return named
        if not (head.pos_ == "NOUN" or self._no_name(head)) or head.tag_ not in ("NN", "NNP"):
            return None
        if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
            return None  # "the mayor and Ana Kell said": two speakers, the first one a description of its own
        conj = next((c for c in head.children if c.dep_ == "conj"), None)
        if conj is None or conj.pos_ != "PROPN" or conj.ent_type_ not in _NAMED:
            return None
        # a bare singular noun cannot stand alone as a subject: it is a title shared with the name after it,
        # whose own description ("donor") shows the coordination joins two descriptions of one
        # ("Band mate and guitarist Ana Vey": the small model may tag the lower-case title a verb)
        described = any(
            (t.pos_ in ("NOUN", "ADJ") or (t.dep_ == "compound" and t.text.isalpha() and t.text.islower()))
            and t.i < conj.i
            for t in conj.subtree
        )
        return conj if described else None

    def _party_after_thing(self, head: Token) -> Token | None:
        """The speaker the parse joined to a thing a clause before is about: "A media report said the boat left
        from Libya, and a shipping ministry official ... said ..." makes "boat" the subject of the second "said",
        "official" its conjunct; a boat never speaks, the official does. Only a thing no speaker is named by (not
        a person, a body or a name) with one party after ", and"; None otherwise."""
        if head.dep_ not in ("nsubj", "nsubjpass") or head.pos_ != "NOUN" or head.ent_type_ or _party(head):
            return None
        parts = [c for c in head.children if c.dep_ == "conj" and c.i > head.i]
        if len(parts) != 1 or not _party(parts[0]):
            return None
        between = head.doc[head.i + 1 : parts[0].i]
        return parts[0] if any(t.lower_ == "and" and t.nbor(-1).text == "," for t in between) else None

    def _no_name(self, head: Token) -> bool:
        """A capitalised word that names nobody: no entity covers it and no person is called so ("Neighbour")."""
        return (
            head.pos_ == "PROPN"
            and head.ent_type_ == ""
            and head.text not in self._name_words
            and self._entity_at(head.idx, head.idx + len(head)) is None
        )

    def _qualified(self, head: Token, found: Speaker) -> Speaker:
        """A description's speaker with the place or body that tells it apart ("Residents of Marrakesh",
        "a spokesman for Acme Mining"): residents of two towns are two speakers. Only where the name found is
        the description itself, and the qualifier names something."""
        if found.name is None or found.name.lower() != self._describe(found.start, found.end).lower():
            return found
        end = _qualifier_end(head)
        if end is None or end <= found.end:
            return found
        name = self._describe(found.start, end)
        first = _token_at(head.doc, found.start)
        opens = first is not None and first.is_sent_start and name.startswith(first.text)
        if opens and first is not None and first.pos_ != "PROPN" and not first.ent_type_:
            name = name[:1].lower() + name[1:]  # "Residents of Marrakesh said": capitalised only as it opens
        return Speaker(name, found.entity, found.start, end, found.kind)

    def _resolve_mention(self, head: Token) -> Speaker | None:
        start, end = mention_bounds(head)
        ticker = TICKER_BEFORE.search(self.text, max(0, start - 40), start)
        if ticker is not None:
            # "T-Mobile TMUS -0.52% US Inc. said": the company named before the share quote the site wrote in
            return self._named_org(ticker.group("name"), start, end)
        ent = self._entity_at(start, end)
        # "Kestria's geophysical centre": a body, not the place it belongs to, speaks
        bodies = PERSON_NOUNS | ORG_NOUNS | BODY_NOUNS | _KIN  # "Roon's family": the family, not Roon
        described = ent is not None and (ent.type == "NORP" or head.lemma_.lower() in bodies or person_head(head))
        common = head.text.islower() or (head.pos_ == "NOUN" and head.text.isupper())  # "media", "TV"
        if described and _common_noun(head) and common:
            # "Russian media said", "Japanese TV reported", "a Clinton campaign spokesman said", "the state civil
            # defence authority": the spokesman or the body speaks, not the name that modifies it
            ent = self._entity_at(start, end, head.idx)
        elif (
            ent is not None
            and head.pos_ == "NOUN"
            and head.text.isalpha()
            and head.text.islower()
            and (person_head(head) or head.lower_.endswith(("man", "woman")))
            and head.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and self._entity_at(start, end, head.idx) is None
        ):
            # "The Kestrel Lions frontman, 79, said": a name before a description's noun only tells which one it
            # is; the frontman speaks, not the band
            ent = None
        elif head.ent_type_ in _NAMED and (own := self._entity_at(start, end, head.idx)) is not None:
            # "Valmoran state broadcaster VRT said": the name the subject ends on speaks, not the longer
            # nationality word before it that the entity stage made a place
            ent = own
        if ent is not None and ent.type == "PERSON" and head.lower_ == "it":
            ent = None  # "It also said ...": a chain that took "it" for a person is wrong about it
        if ent is not None and ent.type != "PERSON" and _of_part(ent.name, self.text[start:end]):
            # "Vella has reported 900 cases" in a chain named "Isle of Vella": the place a longer name is "of"
            # is not the isle (nor "England" the "Bank of England"); the name as written speaks
            return Speaker(self.text[start:end], None, start, end, "org")
        if ent is not None and _capitalised_title(head) and self._entity_at(start, end, head.idx) is None:
            # "The Hollywood Reporter was the first to report": a title the tagger split into a place and a common
            # noun; the title speaks, not "Hollywood"
            return Speaker(re.sub(r"^[Tt]he\s+", "", self.text[start:end]), None, start, end, "org")
        made = self._statement_goes_on(head) if head.lower_ == "it" else None
        if made is not None:
            return Speaker(made.name, made.entity, start, end, made.kind)
        body = self._body_just_spoke(head) if head.lower_ == "it" else None
        if body is not None and body.name is not None:
            return Speaker(body.name, body.entity, start, end, body.kind)
        if ent is not None and ent.type == "GPE" and head.lower_ in _RULERS and head.pos_ == "NOUN":
            # "the Serbian government reported": the government speaks, and says so; "Serbia" would give its
            # words to a whole country (so no tie to the country's entity, which would name it again)
            return Speaker(self._describe(start, end), None, start, end, "org")
        holder = self._title_holder(ent) if ent is not None else None
        if holder is not None:
            return Speaker(holder.name, holder.entity, start, end, "person")
        if ent is not None:
            kind = "person" if ent.type == "PERSON" else "org" if ent.type in ("ORG", "GPE", "NORP") else "other"
            return Speaker(self._name_met(ent, start, end), ent.id, start, end, kind)
        low = head.lower_
        if head.pos_ == "PRON" or low in ("he", "she", "it", "they"):
            found = self._pronoun(head, start, end)
            if found is None and low in PRONOUNS:
                # "I", "they", an unresolved "he": the mention is known, who it stands for is not (no name)
                return Speaker(None, None, start, end, "other")
            return found
        name_like = head.text[:1].isupper() and head.text in self._name_words
        if (head.pos_ == "PROPN" and not _common_noun(head)) or name_like:
            # a capitalised name the small model tags NOUN ("Sanders called ...") is still a name
            label = head.ent_type_
            text = self.text[start:end]
            known = label == "PERSON" or any(text.split()[-1] in n.split() for n in self._full_names)
            canonical = self.canonical(text, start)
            if known or len(canonical.split()) > len(text.split()):  # a misspelt surname found its full name
                return Speaker(canonical, None, start, end, "person")
            article = self.text[max(0, start - 4) : start] == "The " and not head.doc[head.i - 1].is_sent_start
            if " " not in text and article:
                # "but The Ledger today reported": a capital "The" inside a sentence is part of a one-word title,
                # without which the name is a common word ("Ledger")
                text = "The " + text
            return Speaker(text, None, start, end, "org" if label in ("ORG", "GPE", "NORP") else "other")
        if _common_noun(head):
            return self._description(head, start, end)
        return None

    def _title_holder(self, ent: Entity) -> Speaker | None:
        """The holder a "person" that is only a title stands for: "read out by President of the Supreme Court
        Lord Reed ..., he said" chains "he" to "President", whose name the parse buried in the body's phrase
        after it. None unless the entity is one title word whose first mention has such a name after it."""
        if ent.type != "PERSON" or " " in ent.name or ent.name.lower() not in gazetteer.TITLE_HEADS:
            return None
        first = min((m.start for m in ent.mentions if m.article in (self.article_id, "")), default=None)
        tok = _token_at(self.doc, first) if first is not None else None
        named = _name_after_title_of(tok) if tok is not None else None
        return self._person_at(*named) if named is not None else None

    def _named_org(self, name: str, start: int, end: int) -> Speaker:
        """The organisation of the story so named ("T-Mobile"), else the name as written."""
        ent = next((e for _, _, e in self._mentions if e.name == name and e.type == "ORG"), None)
        if ent is not None:
            return Speaker(ent.name, ent.id, start, end, "org")
        return Speaker(name, None, start, end, "org")

    def _body_just_spoke(self, head: Token) -> Speaker | None:
        """The body described as speaking in the sentence before the one of "it" ("the royal court said in a
        statement. / ..., it added."), over the chain's antecedent: the coreference stage takes the last name
        ("Morocco declared ..."), while "it" after a statement goes on with who made it. None when the sentence
        before has no such body."""
        sent = head.sent
        if sent.start == 0 or head.dep_ != "nsubj" or not is_cue(head.head):
            return None
        before = self.doc[sent.start - 1].sent
        spoke = [body for body in self._bodies if before.start_char <= body.idx < before.end_char]
        return self._resolve_mention(spoke[-1]) if spoke else None

    def _statement_goes_on(self, head: Token) -> Speaker | None:
        """Who made the statement that spoke in one of the two sentences before "it said": "..., the statement
        said. / The Trade Council has ruled ..., it said" goes on with the statement's maker, not with a body
        the words are about. Only "it" as a cue's subject, and "the statement" (or another occasion noun) as
        the subject of the latest cue before it; None when its maker is not told."""
        if head.dep_ != "nsubj" or not is_cue(head.head) or head.sent.start == 0:
            return None
        sent = self.doc[head.sent.start - 1].sent
        for _ in range(2):
            for tok in reversed(sent):
                if not is_cue(tok) or self.inside_quote(tok.idx):
                    continue
                subject = subject_of(tok)
                if subject is None:
                    continue
                if subject.lemma_.lower() not in _OCCASIONS or not any(t.lower_ == "the" for t in subject.lefts):
                    return None  # the latest cue before has another speaker
                found = self._resolve_mention(subject)
                return found if found is not None and found.name is not None else None
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
        return None

    def _pronoun(self, head: Token, start: int, end: int) -> Speaker | None:
        low = head.lower_
        if low in ("he", "she", "him", "her"):
            cands = self._persons
            kind = "person"
        elif low == "it":
            teller = self._teller(head)
            if teller is not None:
                found = self.resolve(teller)
                return Speaker(found.name, found.entity, start, end, found.kind) if found is not None else None
            cands = [o for o in self._orgs if o[2]]
            kind = "org"
        elif low == "they":
            return self._group_quoted_on(head, start, end) or self._body_before(head, start, end)
        else:
            return None
        i = bisect.bisect_left([c[0] for c in cands], start) - 1
        if i < 0:
            return None
        if kind == "person":
            # prefer the most recent subject within a window; a name merely mentioned in passing is weaker
            for j in range(i, -1, -1):
                pos, name, subj = cands[j]
                if start - pos > _PERSON_WINDOW:
                    break
                if subj:
                    sayer = self._sayer_goes_on(head, pos)
                    if sayer is not None:
                        return Speaker(sayer.name, sayer.entity, start, end, sayer.kind)
                    return Speaker(name, None, start, end, kind)
            sayer = self._sayer_goes_on(head, -1)
            if sayer is not None:
                return Speaker(sayer.name, sayer.entity, start, end, sayer.kind)
        return Speaker(cands[i][1], None, start, end, kind)

    def _sayer_goes_on(self, head: Token, candidate: int) -> Speaker | None:
        """ "Limpopo's health chief says there are 9 bodies. She says ...": "he"/"she" opening a saying goes on
        with who said the sentence before, over a person the pronoun matcher found earlier who never spoke there
        (a victim who "succumbed to her injuries", a name the words only mention). Only when the sentence
        before, in the same paragraph, is itself a saying with a named or described singular subject and the
        candidate (at char ``candidate``; -1 for none) is not a speaker; None otherwise."""
        sent = head.sent
        if sent.start == 0 or head.dep_ != "nsubj" or head.head.i != sent.root.i or not is_cue(head.head):
            return None
        before = self.doc[sent.start - 1].sent
        if "\n" in self.text[before.end_char : sent.start_char] or candidate >= before.start_char:
            return None  # another paragraph, or the candidate is named in the very saying before
        if candidate >= 0:
            tok = _token_at(self.doc, candidate)
            while tok is not None and tok.dep_ in ("det", "amod", "compound", "nummod", "poss") and tok.head.i > tok.i:
                tok = tok.head  # "Another injured woman": the noun the mention is headed by
            if tok is None or is_cue(tok.head):
                return None  # the candidate spoke: the pronoun matcher's pick stands
        cue = before.root
        if not is_cue(cue) or self.inside_quote(cue.idx):
            return None
        subject = subject_of(cue)
        if (
            subject is None
            or subject.dep_ != "nsubj"
            or subject.pos_ == "PRON"
            or subject.tag_ in ("NNS", "NNPS")
            or self.inside_quote(subject.idx)
            or any(c.dep_ == "conj" for c in subject.children)
        ):
            return None  # "they", "officials", "X and Y": not one who goes on as "she"
        if subject.pos_ == "NOUN" and subject.lemma_.lower() in ORG_NOUNS | BODY_NOUNS:
            return None  # "the ministry said. She said": a body is no "she"
        found = self.resolve(subject)
        return found if found is not None and found.name is not None else None

    @staticmethod
    def _teller(head: Token) -> Token | None:
        """Who "it" is in the words of a cue it speaks within: "a rescue charity said it believed 750 people were
        on board" is the charity's belief, not that of the last body named before. Only "it" as the subject of
        the clause a cue reports, whose own subject is a body described by a singular common noun (no person,
        no name); None otherwise."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.dep_ != "ccomp" or not is_cue(verb.head):
            return None
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or not _common_noun(subject) or subject.tag_ != "NN" or subject.ent_type_:
            return None  # a name is left to the coreference stage ("Pence said in politics it takes time")
        if person_head(subject) or subject.lemma_.lower() in NOT_SOURCES or subject.i > head.i:
            return None  # "a significant number of Democrats said ... it plays out": a count is no body
        return subject

    def _group_quoted_on(self, head: Token, start: int, end: int) -> Speaker | None:
        """ "The judges at the tribunal upheld the ruling. / “We conclude ...,” they concluded.": "they" that
        tells whose a quote opening its sentence is stands for the definite group of people the sentence before
        was about, though another paragraph; a quote is its own turn, so no other group comes between. Only a
        plural person or body noun with "the" as that sentence's subject; None otherwise."""
        sent = head.sent
        if sent.start == 0 or head.dep_ != "nsubj" or not is_cue(head.head) or head.head.i != sent.root.i:
            return None
        before = self.doc[sent.start - 1].sent
        gap = self.text[before.start_char + len(before.text.rstrip()) : sent.start_char]
        if sent.text.lstrip()[:1] not in ('"', "“") or gap.count("\n") > 2:
            return None  # no quote opening the sentence, or more than one paragraph break back
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if (
            subject is None
            or subject.tag_ != "NNS"
            or subject.lemma_.lower() not in PERSON_NOUNS | BODY_NOUNS
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            or self.inside_quote(subject.idx)
        ):
            return None
        found = self._resolve_mention(subject)
        if found is None or found.name is None:
            return None
        return Speaker(found.name, found.entity, start, end, found.kind)

    def _body_before(self, head: Token, start: int, end: int) -> Speaker | None:
        """ "The board said its decision ... In a blog post, they stated ...": a plural pronoun opening the next
        sentence's clause stands for the body the sentence before spoke as (a board, a company, a committee), or
        for the people it named together as its subject. Only a body noun or names, never a description of
        people ("the two men said ... they"), who may be any group; None otherwise."""
        sent = head.sent
        if sent.start == 0 or head.dep_ not in ("nsubj", "nsubjpass") or head.head.i != sent.root.i:
            return None  # "... because they did not respond": a clause's "they" is anyone the clause is about
        before = self.doc[sent.start - 1].sent
        if self.text.count("\n\n", before.start_char + len(before.text.rstrip()), sent.start_char):
            return None  # another paragraph (the sentence before may end on the blank line)
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        named = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"), None)
        group = self._joined(named, self._resolve_mention(named)) if named is not None else None
        if group is not None and group.name is not None and group.kind == "person":
            # "Kell and Olsen were criticised for ... / They later issued statements acknowledging ...": the
            # people named together as the sentence before's subject; a description of people may be any group
            return Speaker(group.name, None, start, end, "person")
        bodies = ORG_NOUNS | BODY_NOUNS
        # "The Trade Council, in a statement, thanked ... They acknowledged ...": a body's name that ends on
        # its noun is a body too
        named_body = (
            subject is not None
            and subject.tag_ == "NNP"
            and subject.ent_type_ in ("ORG", "")
            and not any(c.dep_ == "conj" for c in subject.children)  # "X and Y said": both, not X alone
        )
        if subject is None or subject.lemma_.lower() not in bodies:
            return None
        if not named_body and (subject.pos_ != "NOUN" or subject.tag_ != "NN"):
            return None
        found = self._resolve_mention(subject)
        if found is None or found.name is None:
            return None
        return Speaker(found.name, found.entity, start, end, found.kind)

    def _description(self, head: Token, start: int, end: int) -> Speaker | None:
        lemma = head.lemma_.lower()
        mods = [t for t in head.lefts if t.dep_ in ("amod", "compound", "poss", "nmod")]
        if lemma in ORG_NOUNS and any(t.lower_ in ("the", "this") for t in head.lefts):
            if any(c.dep_ in ("acl", "relcl") and c.i > head.i for c in head.children):
                # "the coalition backing Voss": the description tells its body apart itself; it is no
                # organisation named earlier
                return Speaker(self._describe(start, end), None, start, end, "org")
            if any(t.pos_ == "PROPN" or t.ent_type_ for t in mods):
                # "the Chinese government": the description names its organisation itself
                return Speaker(self._describe(start, end), None, start, end, "org")
            set_off = _name_set_off(head)
            if set_off is not None:
                return Speaker(set_off, None, start, end, "org")
            before = [
                name
                for pos, name, label in self._org_names
                if pos < start and label == "ORG" and name not in self._credited_only
            ]
            # "the council": an organisation named with that word ("Ashby Vale Council"), else the description
            # itself; another organisation of the story is no antecedent for it
            same_word = [n for n in before if lemma in n.lower().split()]
            if same_word or lemma in SELF_NAMED_ORG_NOUNS:
                before = same_word or [self._describe(start, end)]
            elif any(t.dep_ == "compound" and t.pos_ == "NOUN" for t in mods):
                # "the state civil defence authority": nouns before it tell the body apart; it is no other one
                before = [self._describe(start, end)]
            if head.tag_ == "NNS" and head.lower_.endswith("s") and len(set(before)) > 1:
                # "Orvane will pay $5 a share, the companies said": the two named before speak together, not the
                # one of them named most ("the media" is one body of many outlets, left to the rule below)
                return Speaker(self._describe(start, end), None, start, end, "org")
            if before:
                counts = Counter(before)
                top = max(counts.values())
                # most mentioned so far; among equals the most recent
                name = next(n for n in reversed(before) if counts[n] == top)
                return Speaker(name, None, start, end, "org")
            if mods:
                # "the state civil defence authority": a body the description tells apart itself
                return Speaker(self._describe(start, end), None, start, end, "org")
            return None
        if lemma in PERSON_NOUNS and _group(head):
            # "All three university presidents said": several people speak together, never the one of them who
            # was titled so last ("then-Dorvan University president Lena Voss")
            return Speaker(self._describe(start, end), None, start, end, "person")
        if lemma in PERSON_NOUNS:
            role = " ".join(t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound")) + " " + head.lower_
            # "a former ministry aide filed a complaint": an indefinite description brings in someone new, never
            # the person named beside a title of the same words
            new = any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in head.lefts)
            named = None if new else self._titled(role.strip())
            if named is None and not new and role.strip() != head.lower_:
                # "his acting administrator" of "Acting Space Agency Administrator Tomas Reyk": the title holds
                # more words between; its noun alone tells whom, when one person holds it
                named = self._titled(head.lower_)
            if named is not None:
                return Speaker(named, None, start, end, "person")
            return Speaker(self._describe(start, end), None, start, end, "person")
        if lemma in BODY_NOUNS and head.tag_ == "NN" and [c.lower_ for c in head.lefts] == ["the"]:
            acronym = self._acronym_before(head)
            if acronym is not None:
                return Speaker(acronym, None, start, end, "org")  # "The FIB is “aware,” the bureau said"
        if head.lemma_.lower() in NOT_SOURCES or (head.lemma_.lower() in CRAFTS and head.text.islower()):
            return None  # "the figure shows", "the copy says": no one speaks there
        if lemma in _FROM_SOURCE:
            source = self._carrier_author(head)
            if source is not None:
                # "information from the Coast Guard indicates ...": the body the information came from tells it
                return Speaker(source.name, source.entity, start, end, source.kind)
        if lemma in _OCCASIONS:
            issuer = self._carrier_author(head) or self._own_maker(head) or self._issuer(head)
            if issuer is None and (announced := self._announcer(head)) is not None and announced.name is not None:
                issuer = announced
            if issuer is not None:
                # no name: "“...,” the statement said" after someone else has spoken since the statement was
                # named; whose statement it is the text does not tell, and a speaker "statement" would hide that
                return Speaker(issuer.name, issuer.entity, start, end, issuer.kind)
        # any other description that is the cue's subject is what the text names as the source ("the ad says";
        # PolNeAR counts these: restricting to people and organisations cost 0.012 speaker accuracy on train)
        kind = "org" if head.lemma_.lower() in ORG_NOUNS | BODY_NOUNS else "other"
        return Speaker(self._describe(start, end), None, start, end, kind)

    def _acronym_before(self, head: Token) -> str | None:
        """The organisation a bare "the bureau" stands for when the report names it only by an acronym: "The FIB
        is “aware of the incident,” the bureau said". A reader decodes the acronym by the noun: the one acronym
        named in this sentence or the one before (outside quotations) that holds the noun's first letter; None
        when there is none or several."""
        sent = head.sent
        first = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        letter = head.lower_[0].upper()
        found = {
            name
            for pos, name, label in self._org_names
            if first <= pos < head.idx and label == "ORG" and re.fullmatch(r"[A-Z]{2,6}", name) and letter in name
        }
        return found.pop() if len(found) == 1 else None

    def _named_with_noun(self, head: Token) -> Speaker | None:
        """The organisation an earlier sentence names with the noun of a bare definite description right after its
        name ("The Relief Forum headquarters responded ... / a statement by the headquarters said": the Forum);
        the latest such, or None."""
        if [c.lower_ for c in head.children] != ["the"] or head.pos_ != "NOUN":
            return None
        noun = re.compile(rf" {re.escape(head.text)}\b")
        for ms, me, ent in reversed(self._mentions):
            # (the small model may call the body a work of art: "The Relief Forum"); a name, not "its lawsuit"
            named = self.text[ms : ms + 1].isupper()
            if ms < head.idx and named and ent.type not in _NOT_OWNERS and noun.match(self.text, me):
                return Speaker(ent.name, ent.id, *mention_bounds(head), "org")
        return None

    def _carrier_author(self, head: Token) -> Speaker | None:
        """Who a statement names as its maker right after it: "“...,” a statement by the families' headquarters
        said", "said a statement to the Valmora Post from the Relief Forum". Only a noun or a name after "by" or
        "from" (no place or date: "a statement from Lisbon"), or the subject of a verb that put it out ("Ana Kell
        issued a statement which confirmed ..."); None otherwise."""
        issuer = next((c for c in head.head.children if c.dep_ == "nsubj"), None) if head.dep_ == "dobj" else None
        if issuer is not None and head.head.lemma_.lower() in _PUTTING_OUT and issuer.pos_ != "PRON":
            found = self.resolve(issuer)
            if found is not None and found.name is not None:
                return found
        preps = [c for c in head.children if c.dep_ == "prep"]
        # "a statement to the Valmora Post from the Relief Forum": the parse hangs the maker on the addressee
        preps += [p for c in preps if c.lower_ == "to" for o in c.children if o.dep_ == "pobj" for p in o.children]
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in ("by", "from"):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("GPE", "LOC", "DATE", "TIME"):
                continue
            named = _capitalised_run(obj)
            if named is not None and " and " in self.text[named[0] : named[1]]:
                # "from the Hostages and Missing Families Forum": one body whose name holds "and", which the
                # parse cut in two
                return Speaker(self._describe(*named), None, *named, "org")
            # "a statement by the headquarters", after "The Relief Forum headquarters responded": the Forum's
            found = self._named_with_noun(obj) or self.resolve(obj)
            if found is not None and found.name is not None:
                return found
        return None

    def _issuer(self, head: Token) -> Speaker | None:
        """Who made the statement a description names as the speaker ("..., the statement read"): the speaker
        of the latest earlier sentence outside quotations that tells of a statement of that word ("Zephyrix said
        in a statement that ...", "In a statement, Zephyrix said"), or its possessor ("Zephyrix's statement"),
        within a few paragraphs. None where no such sentence names one (the description stays the speaker); a
        speaker with no name where someone else speaks in between ("Ana Kell said in a statement. / Relatives of
        other crews asked ... / “...,” the statement said": whose statement it is the text does not tell)."""
        # ("According to the notification, ...": the statement named as the source is as good as its subject)
        sourced = head.dep_ in ("nsubj", "nsubjpass") or _according_object(head)
        if not sourced or not any(t.lower_ == "the" for t in head.lefts):
            return None
        lemma = head.lemma_.lower()
        # "The release says ..." after "the agency said in an announcement": a press release is the announcement
        same = _RELEASES if lemma in _RELEASES else {lemma}
        between: list[Token] = []  # speakers of cues between the statement named and "the statement said"
        for tok in reversed(head.doc[: head.sent.start]):
            if head.idx - tok.idx > _PERSON_WINDOW:
                return None
            if self.inside_quote(tok.idx):
                continue
            if is_cue(tok) and (subject := subject_of(tok)) is not None and subject.pos_ != "PRON" \
                    and not _reported(tok) and not self._news_carrier(subject):
                between.append(subject)  # not "the Trade Council has ruled" in what the statement says
            if tok.lemma_.lower() not in same or tok.i == head.i:
                continue
            maker = next((c for c in tok.children if c.dep_ == "poss"), None)
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
            if verb is not None and verb.dep_ == "dobj" and verb.pos_ == "NOUN" and is_cue(verb.head):
                verb = verb.head  # "confirmed its role in the deal in a joint statement": the parse hung it on "role"
            if maker is None and verb is not None and is_cue(verb):
                maker = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if maker is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PUTTING_OUT:
                # "Mayor Tobin Rusk issued a statement which confirmed ...": who issued it made it
                maker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            maker = _party_in_apposition(maker) or maker if maker is not None else None
            if maker is not None and maker.lemma_.lower() not in _OCCASIONS:
                found = self._resolve_mention(maker)
                if found is not None and found.name is not None and _common_noun(maker):
                    found = self._qualified(maker, found)  # "a spokesperson for the Ministry of Commerce"
                if found is not None and any(self._other_speaker(t, found) for t in between if t.i > tok.i):
                    return Speaker(None, None, head.idx, head.idx + len(head), "other")
                return found if found is not None and found.name is not None else None
        return None

    def _own_maker(self, head: Token) -> Speaker | None:
        """Who made the paper that speaks, where a clause on it tells it: "according to a memo she sent to
        staff", "said a letter she sent to residents" (``_sender``). A paper is no speaker of its own: a header
        "memo" would stand beside the person who wrote it. None where no such clause names a maker, or it names
        a writer's "we"."""
        maker = _sender(head)
        if maker is None or maker.lower_ in ("we", "i", "you", "us"):
            return None
        found = self.resolve(maker)
        return found if found is not None and found.name is not None else None

    def _news_carrier(self, subject: Token) -> bool:
        """Whether a subject names a news outlet ("State news agency Wam said ...", "the Valmora Tribune
        reported"): an outlet that reports between a statement and "the statement added" carries news, it makes
        no statement that the words could be taken for."""
        lo = max(subject.sent.start, min(subject.left_edge.i, subject.i - 3))
        return _names_outlet(self.text, subject) or any(
            t.lower_ in _NEWS_WORDS for t in subject.doc[lo : subject.i + 1]
        )

    def _other_speaker(self, subject: Token, found: Speaker) -> bool:
        """Whether the subject of a cue names a speaker other than ``found`` ("The firm added" after "Orvane
        said in a statement" is the same one)."""
        other = self._resolve_mention(subject)
        return other is not None and other.name is not None and other.name != found.name

    def _announcer(self, head: Token) -> Speaker | None:
        """Who made the announcement the sentence right before tells of: "The Kalamata Coast Guard on Thursday
        announced an inquiry ... / According to an announcement “...”" is the coast guard's. Only a noun made
        of its verb ("announcement" of "announce", "statement" of "state") whose verb speaks with a subject in
        that one sentence; None otherwise."""
        lemma = head.lemma_.lower()
        if not lemma.endswith("ment") or head.sent.start == 0:
            return None
        verb = lemma[: -len("ment")]
        doc = head.doc
        at = head.sent.start - 1
        while at > 0 and doc[at].is_space:
            at -= 1
        before = doc[at].sent
        said = [t for t in before if t.lemma_.lower() == verb and is_cue(t) and not self.inside_quote(t.idx)]
        subjects = [c for t in said for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        return self._resolve_mention(subjects[0]) if len(subjects) == 1 else None

    def _titled(self, role: str) -> str | None:
        """The one person the article gives the title ``role`` ("foreign minister") right beside the name."""
        found = set()
        low = self.text.lower()
        # "The state's governor predicted ..." of a report that names "Gov. Ilse Varga": the title abbreviated
        short = [abbr + "." for abbr, title in ABBREVIATED.items() if title == role]
        pattern = re.compile(r"\b(?:" + "|".join([re.escape(role) + r"\b", *map(re.escape, short)]) + ")")
        people = [(e.start_char, e.end_char) for e in self.doc.ents if e.label_ == "PERSON"]
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or self._signs(ent.start_char):
                continue
            lo = max(0, ent.start_char - 40)
            names = {w for w in ent.text.lower().split() if len(w) > 2}
            for hit in pattern.finditer(low, lo, ent.end_char + 60):
                # "a Clinton campaign spokesman": a description with a name inside titles nobody
                inner = any(hit.start() < e and s < hit.end() for s, e in people)
                # "Ferry's Ostrian owner": a name the role's possessive follows owns the role, it does not hold it
                owns = hit.start() > ent.end_char and (
                    self.text[ent.end_char : ent.end_char + 2] in ("'s", "’s") or ent.text.endswith(("'s", "’s"))
                )
                if not inner and not owns and not names & set(hit.group().split()):
                    found.add(self.canonical(ent.text))
                    break
        return found.pop() if len(found) == 1 else None


# the signature a social network's embed puts under a post: "— Ana Roe (@AnaRoe) October 10, 2024"
_POST_SIGNATURE = re.compile(
    r"[ \t]*[―—–-][ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*\(@\w{1,30}\)"
    r"(?:[ \t]+[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4})?[ \t.]*$"
)
_POST_SENTENCE = re.compile(r"[.!?…](?:\s|$)")  # a post holds a sentence at least
_POST_WORDS = 4  # fewer words above a signature are a name or a caption, not a post


def embedded_posts(text: str, doc: Doc, resolver: SpeakerResolver, paragraphs: list[tuple[int, int]]) -> list[
    tuple[int, int, Speaker, int]
]:
    """Social posts a report embeds as a paragraph signed by the embed's line: "As the storm makes landfall, now
    is the time to shelter in place. … — Ana Roe (@AnaRoe) October 10, 2024". The words above the signature are
    the signer's, with no quotation marks; (start, end, speaker, dash) for each whose signer the resolver names."""
    found = []
    for lo, hi in paragraphs:
        hit = _POST_SIGNATURE.search(text, lo, hi)
        if hit is None or any(ch in text[lo : hit.start()] for ch in '"“”'):
            continue
        end = hit.start()
        while end > lo and (text[end - 1].isspace() or text[end - 1] == "…"):
            end -= 1  # "... and they will continue for as…": the embed cut the post short
        if len(text[lo:end].split()) < _POST_WORDS or not _POST_SENTENCE.search(text, lo, hit.start()):
            continue  # "follow the governor — Ana Roe (@AnaRoe)": a handle in a sentence, no post
        span = doc.char_span(hit.start(1), hit.end(1), alignment_mode="expand")
        if span is None or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span):
            continue
        speaker = resolver.resolve(span.root)
        if speaker is not None and speaker.name is not None:
            dash = hit.start() + len(hit.group(0)) - len(hit.group(0).lstrip(" \t"))
            found.append((lo, end, speaker, dash))
    return found


# a quotation that opens on a third person: the one it tells of is not the one who says it
_THIRD_PERSON = re.compile(r"(?:he|she)\s", re.IGNORECASE)


def relayed(quotes: list[Quote]) -> list[Quote]:
    """Quoted words that one speaker relays of another ("Roe said Mayor Ben Avery told her that “he hit the oil
    slick in his boat ...”"): the quotation sits in the clause the outer speaker reports, its cue is inside that
    clause, and its words tell of the inner speaker as "he" or "she". They are the outer speaker's words about
    what the inner one told her; the inner one's own words would say "I". The quotation takes the outer speaker."""
    out = list(quotes)
    for n, q in enumerate(out):
        cue = q.cue_span
        if q.kind == "indirect" or cue is None or q.speaker is None or not _THIRD_PERSON.match(q.text):
            continue
        outer = [
            r for r in quotes
            if r.kind == "indirect" and r.speaker is not None and r.speaker != q.speaker and r.cue_span is not None
            and r.span.start <= cue.start and q.span.end <= r.span.end + 1 and r.cue_span.end <= r.span.start
        ]
        if outer:
            r = min(outer, key=lambda r: r.span.end - r.span.start)
            out[n] = replace(q, speaker=r.speaker, speaker_entity=r.speaker_entity, speaker_span=r.speaker_span,
                             cue_span=r.cue_span)
    return out

