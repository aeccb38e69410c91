"""Reported speech: attributions without quotation marks, read off the dependency parse.

Finds "X said (that) ...", "X told CNN ...", "X explained/argued/warned/insisted that ...", "..., Reuters
reported.", "X cited/highlighted <object>", "X warned against <doing>", and "according to X, ...". The content
is the reported clause: the verb's clausal complement with its "that" (PolNeAR's convention), or its object for
verbs that report a thing rather than a clause, or, for "according to X", the clause it qualifies. Trailing
sentence punctuation is left out.

Does not: read quotation marks (``quotes_marks``), resolve speakers (``quotes_speakers``), or report an
attribution whose cue sits inside a quotation (a quoted person's own "I said" is part of the quote).
Verbs of belief ("thinks", "believes") and of wanting or stance ("wants", "plans", "declined to", "accused X of",
"defended") are reported only when their subject resolves to a speaker; verbs of
saying also with an unknown speaker, as an attribution with ``speaker`` None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.quotes_cues import (
    ATTITUDE,
    CONNECTIVE,
    HEARSAY,
    OBJECT_CONTENT,
    ORG_NOUNS,
    PERSON_NOUNS,
    RECORDINGS,
    REPORTING,
    SPEECH,
    SUBJECT_DEPS,
    WH_SUBJECTS,
    according_to,
    names_a_source,
    possessed_title,
    second_cue_of,
    subject_of,
    words,
)
from storyline.extract.quotes_noreport import CAUSING, no_report, object_joined_to_subject

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Span, Token

# prepositions that carry the rest of an object's content: "accused Trump of ...", "blamed the court for ..."
OBJECT_PREPS = {
    "estimate": ("at",),  # "estimated the quake's magnitude at 6.8"
    "accuse": ("of",),
    "blame": ("for", "on"),
    "criticize": ("for",),
    "criticise": ("for",),
    "praise": ("for",),
    "fault": ("for",),
    "describe": ("as",),
    "portray": ("as",),
    "characterize": ("as",),
    "see": ("as",),
    "view": ("as",),
    "dismiss": ("as",),
    "defend": ("as",),
}
# a preposition that brings in whom an appeal is made to, before what is asked: "called on voters to ..."
ADDRESSED = frozenset({("call", "on"), ("appeal", "to")})
# prepositions that carry the content of a warning or complaint: "warned against extending ..."
CONTENT_PREPS = {
    "warn": ("against", "about", "of"),
    "complain": ("about",),
    "caution": ("against",),
    "call": ("for",),
    "point": ("to",),
    "talk": ("about",),
    "ask": ("about", "for"),
    "admit": ("to",),  # "admitted to security failings at the museum": what is admitted
    "confess": ("to",),
}
_TRAIL = " \t\n,.;:!?—–-"
# verbs whose passive reports hearsay: "are reported to have died", "is said to be", "is believed to"

_CLOSERS = frozenset('”"')
_QUOTE_MARKS = frozenset('"“”')
_OPENING_MARKS = frozenset("\"“‘")
# verbs that name a thing: the content is the thing named and its name
NAMING = words("call dub label brand deem")
_ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those"})
# nouns that name a decision or a view without telling it: "her decision" says nothing of what was decided
# ("their choice" stays: PolNeAR annotates it)
_UNTOLD = frozenset({"decision", "plan", "intention", "position", "view", "stance", "thought", "idea"})
# verbs whose direct object is the person addressed, not what is said, unless an infinitive follows ("asked
# voters to stay home" is content whole, as PolNeAR spans it; "asked the council for an inquiry" is not)
ADDRESSEE_OBJECT = words("ask")
# verbs whose object is whom they tell: the "that" clause after it is what is told
TELLING = words("tell inform instruct remind assure warn advise notify")


@dataclass(frozen=True, slots=True)
class Reported:
    """A reported-speech attribution: content span, cue span and the subject token (None if not found)."""

    start: int
    end: int
    cue_start: int
    cue_end: int
    subject: Token | None


def _extent(tokens: list[Token], text: str, *, link: bool = False) -> tuple[int, int]:
    """Where ``tokens`` begin and end, without edge punctuation, a headline's outlet, and a leading link word
    ("But", "Instead,") unless ``link`` keeps it."""
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    while start < end and text[start] in _TRAIL:
        start += 1
    lead = CONNECTIVE.match(text, start, end)
    if lead is not None and lead.end() < end and not link and not SO_FAR.match(text, start):
        start = lead.end()  # "But Fiorina ... tossed “cold water” on it": the reporter's link, not the report
    tag = _OUTLET_TAG.search(text, start, end)
    if tag is not None and tag.start() > start and _LINE_END.match(text, end):
        end = tag.start()  # "..., says systems should be recovering -WKN": a headline's outlet, not the words
    return start, end


# "So far, 14 people ...": a time adverbial, not the link word "So"
SO_FAR = re.compile(r"so\s+far\b", re.IGNORECASE)
# an outlet's name tagged onto a headline's end: " -WKN", " - Orbit News"
_OUTLET_TAG = re.compile(r"\s+[-–—] ?[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,2}$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _content(verb: Token, lemma: str) -> list[Token] | None:
    if lemma in NAMING:
        # "called the situation “a disgrace”": what is named and what it is called, together
        parts = [t for c in verb.children if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp") for t in c.subtree]
        if parts:
            return _trim_tail(parts + _addressed(verb, lemma))
    # "It concludes a fall from grace for ... one of the industry’s most public faces": a noun the parse
    # labelled a clause is no reported clause
    conceded = _conceded_clause(verb)
    clauses = [
        c for c in verb.children
        if c.dep_ == "ccomp" and not _verbless(c) and c != conceded and not _possessed_by_addressee(verb, c)
    ]
    if len(clauses) > 1 and (_introduces(clauses[0], verb, clauses[1]) or _fronted_act(verb) is not None):
        clauses = clauses[1:]
    if clauses:
        content = list(clauses[0].subtree) + _stranded_conjuncts(verb, clauses[0]) + _abutting(clauses)
        content += _object_as_subject(verb, clauses[0]) + _predicate_after_comma(verb, clauses[0])
        content += _told_then_subject(verb, clauses[0]) + _predicate_of_participle(clauses[0])
        content += _fronted_adverbs(verb, clauses[0]) + _fronted_part(verb, clauses[0], _opening_mark(clauses[0]))
        return _trim_tail(_without_asides(_without_said_when(verb, content)))
    if lemma == "say":
        split = _split_subject(verb)
        if split:
            return _trim_tail(split)
    if lemma in TELLING:
        # "instructed the jury that a verdict requires ...": the parse hung the clause on the addressee
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            clause = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and _opens_with_that(c)), None)
            if clause is not None:
                return _trim_tail(list(clause.subtree))
    hung = _clause_on_setting(verb, lemma)
    if hung is not None:
        return _trim_tail(list(hung.subtree))
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp") and names_a_source(child):
            # "reported on May 3, citing unnamed officials, that the office would ...": the parse hung the
            # report's clause on the participle that names its source
            clause = next((c for c in child.children if c.dep_ == "ccomp" and c.i > child.i), None)
            if clause is not None:
                return _trim_tail(list(clause.subtree))
    if lemma in OBJECT_CONTENT or lemma in ATTITUDE:
        # "asked the campaign to “cease and desist”", "calling it “disqualifying”": object and predicate
        parts = [
            t for c in verb.children if c.dep_ in ("dobj", "oprd", "xcomp") and not names_a_source(c) for t in c.subtree
        ]
        if lemma in ADDRESSEE_OBJECT and not any(c.dep_ == "xcomp" for c in verb.children):
            parts = []  # "asked the council for an inquiry": the object is addressed; the content follows "for"
        # a bare noun phrase ("confirmed the figure") stays content: PolNeAR annotates such objects (dropping
        # those of four words or fewer cost 0.01 all-attribution recall on train)
        if parts:
            preps = OBJECT_PREPS.get(lemma, ())
            parts += [t for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for t in c.subtree]
            parts += _addressed(verb, lemma)
            if _anaphoric(parts):
                return None  # "has not confirmed the figure": a thing named before, not what is reported
            return parts
    for prep in CONTENT_PREPS.get(lemma, ()):
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == prep:
                objs = [t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
                objs = _without_asides(objs)
                if objs:
                    return _warned_whom(verb, child) + objs
    return None


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _possessed_by_addressee(verb: Token, clause: Token) -> bool:
    """Whether a "clause" of the cue is only a programme title its addressee owns (``possessed_title``): in "told
    the Pella Radio 2's The Evening Hour a fault occurred" the parse read the glued "'s" as "is"; what was told
    is the clause after the title."""
    if clause.i == 0 or not possessed_title(clause.doc, clause.i):
        return False
    owner = clause.doc[clause.i - 1]
    return any(owner in c.subtree for c in verb.children if c.dep_ in ("dobj", "dative") and verb.i < c.i < clause.i)


def _object_as_subject(verb: Token, clause: Token) -> list[Token]:
    """The clause's subject that the parse took for the cue's object: "said navigation through the waterway would
    remain stopped", "recommended those in possession of the products should dispose of them". A clause with no
    subject of its own, right after an object (and its phrases) that follows the cue directly, opens with it."""
    if verb.lemma_.lower() in TELLING | ADDRESSEE_OBJECT or any(c.dep_ in _SUBJECTS for c in clause.children):
        return []
    modal = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in clause.subtree)
    if clause.tag_ in ("VBG", "VB") and not modal:
        return []  # "asked the city to act", "kept the office running": an object and what it does, no clause
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1:
        return []
    obj = objects[0]
    first = min(t.i for t in clause.subtree)
    between = list(verb.doc[verb.i + 1 : first])
    owned = {t.i for t in obj.subtree} | {
        t.i for c in verb.children if c.dep_ == "prep" and obj.i < c.i < first for t in c.subtree
    }
    if not between or between[0].i != obj.left_edge.i or any(t.i not in owned or t.is_punct for t in between):
        return []
    return between


def _relative_cue_content(verb: Token, content: list[Token]) -> list[Token]:
    """What a cue inside a relative clause reports: "unveiled a new chip that Lumen said it is testing, as well as
    new programs" reports "(that) it is testing", not the new programs: a tail after ", as well as" joins the
    nouns of the main clause, which the parse hung on the reported clause. (The relative pronoun stays: PolNeAR
    spans "which he said would ..." from it.) ``content`` itself for a cue that is not a relative clause's."""
    if verb.dep_ != "relcl":
        return content
    for tok in content:
        tail = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 4]]
        if tok.i > verb.i and tok.text == "," and tail == ["as", "well", "as"]:
            return [t for t in content if t.i < tok.i]
    return content


def _told_then_subject(verb: Token, clause: Token) -> list[Token]:
    """The clause's subject that the parse took for a second object of "told": "Berka told KVTR her co-worker, who
    lives near the plant, had her front door blown off" reports what happened to the co-worker; without the
    words between the addressee and the clause the content would say it of Berka. Empty for any other cue, and
    where the clause has a subject of its own."""
    if verb.lemma_.lower() not in TELLING or any(c.dep_ in _SUBJECTS for c in clause.children):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and verb.i < c.i < clause.i]
    if len(objects) < 2:
        return []
    start = max(t.i for t in objects[0].subtree) + 1
    between = list(verb.doc[start : min(t.i for t in clause.subtree)])
    owned = {t.i for o in objects[1:] for t in o.subtree}
    if not between or between[0].is_punct or any(t.i not in owned and not t.is_punct for t in between):
        return []
    return between


def _without_asides(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a relative clause set off by a comma after a name ("failings at the Halden Museum, which
    houses the Blue Crown"): the reporter's description of a place or body named in the content, not what was
    said about it. After a common noun the clause stays ("the tax treatment of carried interest, which benefits
    fund managers"): PolNeAR spans it as part of what was said."""
    doc_tokens = {t.i for t in tokens}
    aside: set[int] = set()
    for tok in tokens:
        if tok.dep_ != "relcl" or tok.i in aside or tok.head.pos_ != "PROPN" or not _describes(tok):
            continue
        first = min(t.i for t in tok.subtree)
        if first - 1 in doc_tokens and tok.doc[first - 1].text == ",":
            aside |= {t.i for t in tok.subtree} | {first - 1}
    return [t for t in tokens if t.i not in aside]


def _describes(relative: Token) -> bool:
    """A relative clause that only describes its noun: "which houses the Blue Crown", not "where the plan was
    opposed" (a place the argument turns on) or one holding quoted words (the speaker's, parsed onto a name)."""
    return not any(t.lower_ == "where" or t.text in _QUOTE_MARKS for t in relative.subtree)


def _clause_on_setting(verb: Token, lemma: str) -> Token | None:
    """The "that" clause of a verb of saying that the parse hung on the noun of the setting just before it
    ("Yellen said early Friday during a committee hearing that she is monitoring the situation": the clause is
    what she said, not something about the hearing). Only right after the setting's phrase, with no object."""
    if lemma not in SPEECH or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in _SETTING_PREPS:
            continue  # "pointed to reports that ...": the clause is the reports' content, not the words said
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            # a "that" taken for a conjunction, not a relative word: "a hearing that she is watching ..."
            clause = next(
                (c for c in noun.children if c.dep_ in ("ccomp", "acl") and _opens_with_that(c)), None
            )
            if clause is None or min(t.i for t in clause.subtree) != _setting_end(noun, clause) + 1:
                continue
            if any(t.text in _QUOTE_MARKS for t in clause.subtree):
                return None  # '... debate that Clinton was "disqualified ..."': the mixed-quote reader has it
            return clause
    return None


def _setting_end(noun: Token, clause: Token) -> int:
    """The last token of a setting's phrase before the clause hung on it: the noun, or the end of a participle
    phrase on it ("in a statement carried by Ardish news agencies that ...": the clause still follows the
    setting, not something the agencies did)."""
    carried = [
        c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1 and c is not clause
    ]
    return carried[0].right_edge.i if carried else noun.i


# prepositions of a setting in time or place: "during a hearing", "at a rally", "in a statement"
# ("declined to comment on reports that ...", "called for X following news that ...": the clause is the noun's)
_SETTING_PREPS = frozenset({"during", "at", "in"})


def _fronted_adverbs(verb: Token, clause: Token) -> list[Token]:
    """Adverbs right after a clause put before its cue and closed by a comma ("... did so accidentally, officials
    said"): the parse hung them on the cue, but they end what was said."""
    last = max(t.i for t in clause.subtree)
    if last >= verb.i:
        return []
    doc = verb.doc
    found = []
    k = last + 1
    while k < verb.i and doc[k].pos_ == "ADV" and doc[k].dep_ == "advmod" and doc[k].head == verb:
        found.append(doc[k])
        k += 1
    return found if found and doc[k].text == "," else []


def _fronted_part(verb: Token, clause: Token, opening: Token | None) -> list[Token]:
    """The words before an attribution set off by commas inside the sentence it reports, when the quotation after it
    goes on in lower case: "Sooner or later, the governor told reporters, “it starts to pay off.”" The parse hung
    "Sooner or later" on the cue, but the speaker said it: PolNeAR spans the two pieces as one content. A quotation
    in capitals ("In a statement, Ruiz said, “We ...”") opens a sentence of its own; the words before it set the
    scene (see ``_goes_on``)."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if lemma not in SPEECH or clause.i < verb.i:
        return []
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return []  # "..., saying, “...”": a participle's clause before it is an act, not the words
    first = min(verb.i, *(t.i for t in subject.subtree))  # "..., explained Ana Ruiz, “...”" too
    if first < 2 or doc[first - 1].text != "," or opening is None or not _goes_on(verb, opening):
        return []
    if doc[opening.i - 1].text not in (",", ":"):
        return []
    # everything between the cue and the quotation is the attribution's own: "told reporters,"
    if any(t.i != verb.i and verb not in t.ancestors for t in doc[first : opening.i]):
        return []
    heads = [c for c in verb.children if c.i < first - 1 and c.dep_ not in SUBJECT_DEPS]
    if any(c.dep_ in ("ccomp", "conj", "parataxis") for c in heads):
        return []  # "The trial went on for a month, and at 6 p.m. the clerk said, “...”": the reporter's story
    fronted = sorted((t for c in heads for t in c.subtree), key=lambda t: t.i)
    while fronted and (fronted[0].is_punct or fronted[0].is_space):
        fronted = fronted[1:]
    if not fronted or fronted[-1].i != first - 2 or len(fronted) != first - 1 - fronted[0].i:
        return []  # not one run of words right up to the attribution's comma
    if any(t.text in _QUOTE_MARKS or (t.pos_ == "VERB" and t.lemma_.lower() in SPEECH) for t in fronted):
        return []  # "Mook acknowledged ..., which is an outcome, he said, “...”": another attribution's words
    return fronted


def _opening_mark(clause: Token) -> Token | None:
    """The quotation mark that opens ``clause``, whether the parse hung it on the clause or on the cue."""
    first = min(clause.subtree, key=lambda t: t.i)
    if first.text in _OPENING_MARKS:
        return first
    if first.i > 0 and first.nbor(-1).text in _OPENING_MARKS:
        return first.nbor(-1)
    return None


def _mark_after(verb: Token) -> Token | None:
    """The quotation mark right after an attribution and its comma or colon ("Ruiz said, “"), if one opens there."""
    doc = verb.doc
    k = max(t.i for t in verb.subtree) + 1
    while k < len(doc) and doc[k].text in (",", ":"):
        k += 1
    return doc[k] if k < len(doc) and doc[k].text in _OPENING_MARKS else None


def _goes_on(verb: Token, opening: Token | None) -> bool:
    """The quotation after the attribution goes on the words before it, in lower case: "Sooner or later, the
    governor told reporters, “it starts to pay off.”" Not after "added", whose link word is the reporter's ("Still,
    she added, “we ...”")."""
    if opening is None or opening.i + 1 >= len(opening.doc) or verb.lemma_.lower() == "add":
        return False
    return opening.nbor().text[:1].islower()


# a day or time that may stand bare after a cue: "said Tuesday", "announced today"
_BARE_TIMES = words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight"
)


def _without_said_when(verb: Token, content: list[Token]) -> list[Token]:
    """ "Corvan Steel said Tuesday two firefighters had died": the parse hung the bare day right after the cue
    on the reported clause's verb; it tells when the words were said, not what was said."""
    ordered = sorted(content, key=lambda t: t.i)
    first = ordered[0] if ordered else None
    if first is None or first.i != verb.i + 1 or first.lower_ not in _BARE_TIMES or first.dep_ != "npadvmod":
        return content
    if len(ordered) < 3 or not any(c.dep_ in SUBJECT_DEPS and c.i > first.i for c in first.head.children):
        return content  # "said Tuesday was the deadline": the day is what the clause is about
    return ordered[1:]


def _warned_whom(verb: Token, prep: Token) -> list[Token]:
    """ "warned the public about the coming storm": whom a warning is given, with the preposition, goes with what
    it is about (as PolNeAR spans "warned China against provocative behavior"); alone, "the coming storm" is no
    one's words."""
    if verb.lemma_.lower() not in TELLING:
        return []
    whom = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if whom is None or max(t.i for t in whom.subtree) + 1 != prep.i:
        return []
    return [*whom.subtree, prep]
    return None


def _split_subject(verb: Token) -> list[Token]:
    """ "Others said an overflowing river and collapsed bridges had cut off ...": the parse made the first half of
    the reported clause's subject the object of "said" and its verb a conjunct of the cue; both are the clause."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].pos_ != "NOUN":
        return []
    obj = objects[0]
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.i > obj.i and c.pos_ in ("VERB", "AUX")), None)
    if joined is None:
        return []
    cc = [c for c in verb.children if c.dep_ == "cc" and obj.i < c.i < joined.i]
    subject = next((c for c in joined.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not cc or subject is None or subject.i > joined.i or min(t.i for t in subject.subtree) != cc[0].i + 1:
        return []
    if max(t.i for t in obj.subtree) + 1 != cc[0].i:
        return []
    return list(obj.subtree) + cc + list(joined.subtree)


def _fronted_act(verb: Token) -> Token | None:
    """ "Vantora CEO apologizes for outage, says systems should be recovering": a cue with no subject of its own
    after a comma, the clause before it an act of the same speaker (its subject) and the clause after it what is
    said. The parse hung both clauses on the cue; returns the subject of the first, else None."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.i < 1 or verb.nbor(-1).text != ",":
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    before = [c for c in clauses if c.i < verb.i]
    if len(before) != 1 or not any(c.i > verb.i for c in clauses):
        return None
    act = before[0]
    if max(t.i for t in act.subtree) != verb.i - 2 or act.pos_ != "VERB" or act.tag_ != verb.tag_:
        return None  # "The economy grew, says Ana Ruiz": a clause said, not an act in the cue's own tense
    return next((c for c in act.children if c.dep_ == "nsubj" and c.i < act.i), None)


def _verbless(clause: Token) -> bool:
    """A noun with neither verb nor subject nor "that" ("considers him a racist" has its subject "him")."""
    return (
        clause.pos_ == "NOUN"
        and not any(t.pos_ in ("VERB", "AUX") for t in clause.subtree)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
    )


def _introduces(clause: Token, verb: Token, after: Token) -> bool:
    """A clause before the cue when another follows it and a colon closes the first or quotation marks open the
    second: the writer's lead-in to the report, not what was said ("An appeal seems likely: In a statement, X
    said ...", "the trial went on for a month, and at 7 p.m. the clerk said, “...”")."""
    last = max(clause.subtree, key=lambda t: t.i)
    first = min(after.subtree, key=lambda t: t.i)
    if last.i < first.i < verb.i and first.text in _OPENING_MARKS:
        return True  # "sent a note at 3:45 p.m. “We want cars,” it read": the note's words, not the sending
    if not clause.i < verb.i < after.i:
        return False
    # (a dash closes it too: "When asked if the runway was too short — video shows ... — the official said this
    # was likely not a factor": the answer is what follows the cue)
    closed = last.i + 1 < verb.i and last.nbor().text in (":", "—", "–", "--")
    return closed or any(t.text in _OPENING_MARKS for t in verb.doc[verb.i + 1 : first.i + 1])


def _opens_with_that(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" and m.i < clause.i for m in clause.children)


def _stranded_conjuncts(verb: Token, clause: Token) -> list[Token]:
    """ "announced that she was “careless” with the files and would face sanctions": the clause ends on its
    "and", and the parse hung the verb phrase it joins (no subject of its own) on the cue, as a conjunct or a
    second complement. That phrase, and what is joined to it, finishes the reported clause."""
    last = max(clause.subtree, key=lambda t: t.i)
    while last.is_punct and last.i > clause.i:
        last = last.doc[last.i - 1]
    if last.dep_ != "cc":
        return []
    out: list[Token] = []
    for conj in verb.children:
        if conj.dep_ not in ("conj", "ccomp") or conj.i <= last.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            break
        out.extend(conj.subtree)
        break
    return out


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _predicate_of_participle(clause: Token) -> list[Token]:
    """ "found the deal struck between the two states was unlawful because ...": the parse took the participle
    describing the subject ("struck between ...") for the clause's verb and hung the real predicate ("was
    unlawful ...") elsewhere; the predicate right after the participle's phrase, with no subject of its own,
    belongs to the reported clause."""
    if clause.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return []
    if not any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children):
        return []
    after = clause.right_edge.i + 1
    if after >= len(clause.doc):
        return []
    nxt = clause.doc[after]
    if nxt.tag_ not in _FINITE or nxt.head.i >= clause.i or any(c.dep_ in _SUBJECTS for c in nxt.children):
        return []
    return [t for t in nxt.subtree if t.i >= after]


def _predicate_after_comma(verb: Token, clause: Token) -> list[Token]:
    """ "It is recommended by the agency that those in possession of the products, should dispose of them": a
    comma after a long subject made the parse end the clause there and hang its predicate on the cue as a conjunct
    with no subject. A modal opening that conjunct right after the comma shows it is the clause's verb."""
    last = max(t.i for t in clause.subtree)
    doc = verb.doc
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return []
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > last), None)
    if conj is None or any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in conj.children):
        return []
    first = min(t.i for t in conj.subtree)
    if first != last + 2 or doc[first].tag_ != "MD" or doc[first].head != conj:
        return []
    return list(conj.subtree)


_BRACKETS = frozenset({"(", "[", "\"", "“", "‘", "'"})  # "(“I want my dues back,” wrote ...)": an aside


def _abutting(clauses: list[Token]) -> list[Token]:
    """ "said that the cold paired with the hours the crew were in the water led officials to believe ...": the
    parse ended the clause at "water" and hung its predicate, which has no subject of its own and follows with
    nothing between, on the cue as a second complement. That predicate finishes the reported clause; so does a
    whole clause that an "and" left hanging in the first one joins (``_dangling_and``)."""
    if len(clauses) < 2:
        return []
    out: list[Token] = []
    first = clauses[0]
    for second in clauses[1:]:
        last = max(t.i for t in first.subtree)
        opening = min(second.subtree, key=lambda t: t.i)
        if opening.i != last + 1 or opening.text in _BRACKETS or second.i <= first.i:
            break
        # "the data cross-checked from ...": the parse split one hyphened word into clauses; its parts go on
        glued = not opening.doc[last].whitespace_ and "-" in (opening.text, opening.doc[last].text)
        if not glued and any(c.dep_ == "mark" for c in second.children):
            break
        if (
            not glued
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in second.children)
            and not _dangling_and(first)
        ):
            break
        out.extend(second.subtree)
        if not glued and second.text != "-":
            break  # one predicate finishes the clause; a hyphened word's parts are read on
        first = second
    return out


def _dangling_and(clause: Token) -> bool:
    """ "the lights shut off and then, at 1:25 a.m. smoke began ...": the clause holds an "and" that joins
    nothing within it; what it joins is the next clause."""
    children = list(clause.children)
    if any(c.dep_ == "conj" for c in children):
        return False
    # ", and both surveys showed ...": after a comma the "and" joins the reporter's own next clause; "declared
    # that ... and Obama expanded ...": an "and" that ends the clause may too. Words the parse left between the
    # "and" and the next clause ("then, at 1:25 a.m.") belong to that clause, so it is still the report's.
    last = max(t.i for t in clause.subtree)
    return any(
        c.dep_ == "cc" and c.nbor(-1).text != "," and any(not t.is_punct for t in clause.doc[c.i + 1 : last + 1])
        for c in children
        if c.i > 0
    )


def _addressed(verb: Token, lemma: str) -> list[Token]:
    """ "called on fellow Muslims to stand up ...": whom the appeal is made to, part of what is reported."""
    return [
        t
        for c in verb.children
        if c.dep_ == "prep" and c.i > verb.i and (lemma, c.lower_) in ADDRESSED  # "On Twitter, X called ...": no
        for o in c.children
        if o.dep_ == "pobj"
        for t in o.subtree
    ]


def _anaphoric(tokens: list[Token]) -> bool:
    """ "the figure", "this claim": a definite noun alone points back to something already reported."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) != 2 or words[1].pos_ != "NOUN":
        return False
    # "announced her decision", "outlined his plans": whose choice it is, not what was chosen
    return words[0].lower_ in _ANAPHORIC_DETS or (words[0].tag_ == "PRP$" and words[1].lemma_.lower() in _UNTOLD)


def _trim_tail(tokens: list[Token]) -> list[Token]:
    """Leave out a trailing participle of speech after a comma (", claiming that ...", ", referring to ..."):
    the reporter's framing of the next attribution, not part of this one's content (PolNeAR ends there)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    for n, tok in enumerate(tokens):
        if n >= 2 and second_cue_of(tok) is not None:
            # "said authorities are working ..., but said large distances ...": the second "said" is a report
            # of its own
            cut = next((k for k in range(n - 1, 0, -1) if tokens[k].dep_ not in ("cc", "punct")), n - 1)
            return tokens[: cut + 1]
        if n < 2 or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "xcomp"):
            continue
        if tok.lemma_.lower() not in REPORTING and tok.lemma_.lower() != "refer":
            continue  # ", giving states more power": still the reported claim
        prev = tokens[n - 1] if tokens[n - 1].text not in _CLOSERS else tokens[n - 2]
        if prev.text == ",":
            return tokens[: prev.i - tokens[0].i]
    return _trim_attribution(tokens)


def _trim_attribution(tokens: list[Token]) -> list[Token]:
    """Leave out a second attribution closing the clause ("Witnesses said the shooter used a rifle, Lt. Ana
    Ruiz said"): it says who reported the report, not what the witnesses said."""
    for tok, _, comma in _later_attributions(tokens):
        if tok.tag_ not in ("VBD", "VBZ") or tokens[0].doc[comma].text != ",":
            continue
        said = {x.i for x in tok.subtree}
        if all(t.i in said or t.is_punct for t in tokens if t.i > comma):
            return [t for t in tokens if t.i < comma]
    return _trim_contrast(tokens)


def _later_attributions(tokens: list[Token]) -> Iterator[tuple[Token, Token, int]]:
    """Speech verbs inside a reported clause (from its fourth token on) with a subject before them: each with
    that subject and the index of the token just before the subject's phrase, when that lies inside the clause."""
    for n, tok in enumerate(tokens):
        if n < 3 or tok.lemma_.lower() not in SPEECH or tok.pos_ != "VERB":
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subject is None:
            continue
        before = min(t.i for t in subject.subtree) - 1
        if before > tokens[0].i:
            yield tok, subject, before


# words that join a second speaker's attribution to a reported clause: ", while the union said ..."
_CONTRAST = frozenset({"while", "whereas"})


def _trim_contrast(tokens: list[Token]) -> list[Token]:
    """Leave out a second speaker's attribution joined on ("the ferry would run, while the union said it
    would strike"): what the union said is its own attribution, not part of this one."""
    for tok, subject, link in _later_attributions(tokens):
        if tok.dep_ not in ("advcl", "conj") or subject.lower_ in ("he", "she", "i", "we"):
            continue
        if tokens[0].doc[link].lower_ not in _CONTRAST:
            continue
        cut = link - 1 if tokens[0].doc[link - 1].text in (",", ";") else link
        if cut > tokens[0].i + 2:
            return [t for t in tokens if t.i < cut]
    return _trim_venue(tokens)


# days of the week: "on Wednesday’s “Sean Hannity Show”" tells when and where the words were said
_WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")


def _trim_venue(tokens: list[Token]) -> list[Token]:
    """Leave out a closing "on Wednesday’s “Sean Hannity Show”" or "on Friday’s broadcast of ...": the day's
    programme the words were said on (the parse hangs it on the clause's last verb), not what was said."""
    for n, tok in enumerate(tokens):
        if n < 3 or tok.dep_ != "prep" or tok.lower_ != "on" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        phrase = {t.i for t in tok.subtree}
        if not all(t.i in phrase or t.is_punct for t in tokens[n:]):
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        # "on Tuesday’s ...": the day owns the programme, or the parse made the day itself the object
        owner = obj if any(c.dep_ == "case" for c in obj.children) else next(
            (c for c in obj.children if c.dep_ == "poss"), None
        )
        if owner is not None and owner.lower_ in _WEEKDAYS:
            return tokens[: n - 1] if tokens[n - 1].text == "," else tokens[:n]
    return tokens


def _subject(verb: Token) -> Token | None:
    carrier = _carried_by(verb)
    author = _author(carrier) if carrier is not None else None
    if author is not None and author is not carrier:
        return author
    glued = _carrier_before(verb)
    if glued is not None:
        return _author(glued)
    subj = main_clause_subject(verb) or name_fused_with_cue(verb) or _caused_doer(verb)
    subj = subj or subject_of(verb) or _fronted_act(verb)
    if subj is not None and subj.head == verb and object_joined_to_subject(verb):
        # "before it announced the review and Ardent revealed it had made a bid": the name after the "and" speaks
        return next(c for c in subj.children if c.dep_ == "conj" and c.pos_ == "PROPN")
    # "the Chinese government, which has warned ...": the relative pronoun stands for its head noun
    if subj is not None and subj.lower_ in WH_SUBJECTS and verb.dep_ == "relcl":
        return _relative_antecedent(verb)
    if subj is None and verb.i > 0:
        # "In a letter to X, the parent of Y, UAW President Shawn Fain said ...": the parse hung the name on the
        # aside as an apposition; the person named right before the cue speaks
        name = verb.doc[verb.i - 1]
        if name.ent_type_ == "PERSON" and name.dep_ == "appos" and name.head.i < name.i:
            return name
        set_off = _name_set_off(verb)
        if set_off is not None:
            return set_off
        inverted = _inverted_subject(verb)
        if inverted is not None:
            return inverted
        alleged = _speaker_alleged(verb)
        if alleged is not None:
            return _author(alleged)
        conceding = _conceding_subject(verb)
        if conceding is not None:
            return _author(conceding)
    return _author(subj) if subj is not None else None


def _relative_antecedent(verb: Token) -> Token:
    """What the relative pronoun of ``verb``'s clause stands for: the noun the clause hangs on, but for "posted a
    video of the pair that falsely accused them" the recording, not what it shows (the parse may hang the clause
    on the last noun); and a recording put out by someone ("Kell posted a video that ...") speaks for whoever put
    it out."""
    noun = verb.head
    of = noun.head if noun.dep_ == "pobj" else None
    thing = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in verb.children)
    if thing and of is not None and of.lower_ == "of" and of.head.lower_ in RECORDINGS and of.head.pos_ == "NOUN":
        noun = of.head  # (not "a video of the mayor who said ...": "who" is the mayor)
    if noun.lower_ not in RECORDINGS:
        return noun
    if not thing:
        # "posted a video of the mayor, who said ...": "who" is never the video; the one it shows speaks
        shown = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        return next((o for o in shown if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")), noun)
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _ISSUING:
        return noun
    poster = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return poster if poster is not None and poster.pos_ in ("PROPN", "PRON", "NOUN") else noun


def name_fused_with_cue(verb: Token) -> Token | None:
    """Who speaks in "Trump hailed Kell’s release as “monumental news”": the small model read the opening name
    and the cue as one noun phrase ("Trump" a modifier, "hailed" an adjective of "release"), so the parse gives the
    cue no subject and the possessive after it ("Kell’s") would pass for one. A cue in past form right after a
    capitalised name that opens the sentence, followed by a determiner or a possessive, is a finite verb and the
    name its subject; None otherwise ("the long-hailed release" has no such name)."""
    if verb.dep_ not in ("amod", "compound") or verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    sent_start = verb.sent.start
    name = verb.doc[sent_start : verb.i]
    if not 0 < len(name) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in name):
        return None
    if verb.i + 1 >= len(verb.doc) or verb.head.i <= verb.i:
        return None
    after = verb.nbor()
    if after.pos_ != "DET" and after.dep_ != "poss":
        return None
    return name[-1]


def _caused_doer(verb: Token) -> Token | None:
    """Who speaks in "the video led online sleuths to point out that ...": the object of the verb of causing, who
    does the saying, not its subject (the video); the parse may hang the infinitive on it as an adverbial clause.
    None for any other verb."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl", "ccomp") or head.lemma_.lower() not in CAUSING:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    doer = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i), None)
    if doer is None or doer.pos_ == "NUM":
        return None  # "drove hundreds of thousands of Armenians to demand": no head noun to name the doer by
    # "leading the integration, to tell them ...": an infinitive set off by a comma is a purpose, not the doer's act
    return doer if verb.left_edge.i == doer.right_edge.i + 1 else None


_SUBORDINATORS = words("since because as when after before while although though once until")


def main_clause_subject(verb: Token) -> Token | None:
    """Who speaks in "Her family celebrated the news, especially since it came on a feast day, calling it “the
    greatest gift”": the parse hung the participle on the "since" clause before it, whose subject ("it", the
    news) says nothing; set off by a comma after that clause, the participle goes with the main clause, and its
    subject speaks. None for any other verb."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    clause = verb.head
    if clause.dep_ != "advcl" or clause.i > verb.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


_CONCESSIVE = frozenset({"though", "although"})


def _conceding_subject(verb: Token) -> Token | None:
    """Who denies in "X is accused of bullying staff, though denies any wrongdoing": the subject of the clause the
    "though" clause concedes to, whichever way the parse hung the two together."""
    conceded = _conceded_clause(verb)
    if conceded is None and verb.dep_ == "advcl" and _concedes(verb) and not _own_subject(verb):
        conceded = verb.head
    if conceded is None:
        return None
    return next((c for c in conceded.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _concedes(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in verb.children)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _conceded_clause(verb: Token) -> Token | None:
    """The clause before "though" that the parse hung on a cue without a subject of its own: "Sir Corwin is accused
    of abusive behaviour, though denies any wrongdoing". That clause is the sentence's main one; its subject is
    who denies, and what is denied follows the cue."""
    if not _concedes(verb) or _own_subject(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and max(t.i for t in c.subtree) < verb.i), None)


def _inverted_subject(verb: Token) -> Token | None:
    """ "..., said the company managing the vessel.": the parse made the inverted subject the subject of a
    clause the cue reports ("the company managing"); a clause after a cue that closes a sentence reported before
    it is its speaker. Only a cue right after a comma, its clause opening with "the" and the clause's subject
    right after it."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "the":
        return None
    noun = doc[verb.i + 2]
    clause = noun.head
    if noun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.i != verb.i or clause.tag_ != "VBG":
        return None
    return noun


def _name_set_off(verb: Token) -> Token | None:
    """ "the firm’s co-founder and president, Dana Ruiz, also announced her departure": the parse lost the
    subject, but a person's name set off by commas right before the verb (an adverb between) is its apposition."""
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i < 2 or doc[i].text != ",":
        return None
    name = doc[i - 1]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    first = i - 1
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1  # back to the first word of the name
    return name if first > 0 and doc[first - 1].text == "," else None


# things that carry someone's words: "a statement from the ministry said", "initial reports by Russian media"
_CARRIERS = words(
    """statement report release memo letter filing document article story post tweet message email note
    analysis study survey poll review announcement communique notice bulletin alert dispatch cable
    data datum figures figure statistics statistic estimates estimate records record tally projections projection
    editorial column release blog text"""
)


def _carried_by(verb: Token) -> Token | None:
    """The carrier of words a participle reports for: "received a note from the jury, informing him that ...":
    the note informs (and the jury, its author, speaks), not the one who received it. A carrier with no
    author of its own ("sent a letter urging ...") speaks for the verb's subject, who the caller takes."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return None
    head = verb.head
    if verb.dep_ == "acl":
        return head if head.lemma_.lower() in _CARRIERS and head.i < verb.i else None
    return next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in _CARRIERS and c.i < verb.i), None)


def _carrier_before(verb: Token) -> Token | None:
    """ "The payment ... and the network’s statement acknowledging that its coverage was false was ...": a
    participle right after a carrier of words, which the parse made the sentence's subject clause (with the
    first noun of the sentence as its subject): the carrier acknowledges, not the payment. None otherwise."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("csubj", "ROOT", "conj") or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CARRIERS or noun.head is verb:
        return None
    return noun


def carrier_source(cue: Token) -> Token | None:
    """Who speaks through the carrier a cue names where it has no subject: "As explained in an editorial in the
    journal The Lancet, “...”" is the journal's; "In a release by Eisai, it was revealed that" Eisai's. None
    when the cue names no such carrier, or the carrier no author."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "through", "via"):
            continue
        carrier = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if carrier is None or carrier.lemma_.lower() not in _CARRIERS:
            continue
        author = _author(carrier, back=False)
        if author is not carrier:
            return author
        for inner in carrier.children:  # "an editorial in the journal The Lancet": the publication
            pub = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner.dep_ == "prep" else None
            if pub is None or inner.lower_ not in ("in", "of"):
                continue
            named = next((c for c in pub.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if named is not None or pub.pos_ == "PROPN":
                return named or pub
    return None


def author_of(carrier: Token) -> Token:
    """Who stands behind ``carrier`` when it is a carrier of words with a named author, else ``carrier``."""
    return _author(carrier)


def document_read(cue: Token) -> Token | None:
    """The carrier of words a closing "read" gives voice to: "“...,” a statement from the minister’s office read."
    (the parse made "office read" a noun, the object of "from"), "“...,” the statement from the ministry read."
    (a noun with the statement for its subject) and "“...,” read a statement from the ministry." (the statement
    its object). The words are the carrier's, so its author's; None for any other "read", and for one with a
    reader of its own ("he read a statement from the family")."""
    if cue.lower_ != "read":
        return None
    if cue.i + 1 < len(cue.doc) and not cue.nbor().is_punct:
        # "read a statement from ...": only the inverted reading, right after the quotation's close
        if cue.pos_ != "VERB" or cue.i == 0 or cue.nbor(-1).text not in _CLOSERS:
            return None
        if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
            return None
        return next((c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in _CARRIERS), None)
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None:
        return subject if subject.lemma_.lower() in _CARRIERS else None
    if cue.pos_ == "NOUN" and cue.dep_ == "pobj" and cue.head.lower_ in ("from", "by", "of"):
        carrier = cue.head.head
        return carrier if carrier.lemma_.lower() in _CARRIERS else None
    return None


def carrier_maker(carrier: Token) -> Token | None:
    """The body a carrier of words names before it: "according to Ardish media reports" are the media's, "police
    estimates" the police's, not the country the body belongs to. None when ``carrier`` is no carrier of words or
    no such word modifies it."""
    if carrier.lemma_.lower() not in _CARRIERS:
        return None
    makers = ORG_NOUNS | PERSON_NOUNS
    return next(
        (
            c
            for c in carrier.children
            if c.dep_ == "compound" and c.i < carrier.i and (c.lower_ in makers or c.lemma_.lower() in makers)
        ),
        None,
    )


def _read_owner(obj: Token) -> Token:
    """The author the parse fused with a closing "read": "a statement from Netanyahu’s office read" has "office"
    as a compound of the noun "read"; ``obj`` itself for any other object."""
    if obj.lower_ != "read" or obj.pos_ != "NOUN":
        return obj
    return next((c for c in reversed(list(obj.lefts)) if c.dep_ == "compound"), obj)


def _author(subject: Token, *, back: bool = True) -> Token:
    """Who stands behind a carrier of words: "A statement from the harbour authority said" is the authority's;
    "Initial reports by Russian media indicated" Russian media's; "a bulletin issued by the institute" the
    institute's, and so is "the bulletin" named again later. Other subjects are their own speakers."""
    if subject.lemma_.lower() in _ORDERS:
        # "Governor Osten's order states": the one who gave the order speaks through it
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")), None)
        return owner if owner is not None else subject
    if subject.lemma_.lower() not in _CARRIERS:
        return subject
    preps = [p for p in subject.children if p.dep_ == "prep" and p.lower_ in ("from", "by")]
    # "a bulletin issued by the institute": the agent of the participle that describes the carrier
    preps += [
        p
        for c in subject.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _ISSUING
        for p in c.children
        if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
    ]
    if subject.dep_ == "dobj" and subject.head.lemma_.lower() in ("receive", "get", "obtain"):
        # "received a note from the jury": the parse hangs the sender on the verb
        preps += [p for p in subject.head.children if p.dep_ == "prep" and p.lower_ == "from"]
    for prep in preps:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        obj = _read_owner(obj) if obj is not None else None
        if obj is None or obj.ent_type_ in ("GPE", "LOC", "DATE", "EVENT"):
            continue
        if obj.pos_ == "PROPN" or obj.lemma_.lower() in PERSON_NOUNS | ORG_NOUNS:
            return obj
    if back and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children):
        # "the bulletin indicates": the same carrier named earlier with its author
        for tok in reversed(subject.doc[: subject.i]):
            if tok.lemma_.lower() == subject.lemma_.lower() and tok.pos_ == "NOUN":
                author = _author(tok, back=False)
                # the nearest such carrier is the one meant: "MGM said in a statement ... / the statement said"
                # is MGM's, not that of an earlier "statement from its press office" (the speaker stage reads
                # the maker of a carrier with no author of its own)
                return author if author is not tok else subject
    return subject


# documents that speak for whoever signed them, when the text names that owner ("the governor's order states")
_ORDERS = words("order decree ruling directive proclamation declaration")
# participles that tie a carrier of words to who put it out: "a bulletin issued by the institute"
_ISSUING = words(
    "issue release publish send write sign post file circulate provide compile prepare submit produce share"
)


def find_reported(doc: Doc, text: str, inside_quote: Callable[[int], bool]) -> list[Reported]:
    """Every reported-speech attribution in ``doc`` whose cue lies outside quotations."""
    out: list[Reported] = []
    for tok in doc:
        if inside_quote(tok.idx):
            continue
        source = according_to(tok) or _per_carrier(tok)
        if source is not None:
            got = _according(tok, source, text)
            if got is not None:
                out.append(got)
            continue
        lemma = tok.lemma_.lower()
        if lemma in NOMINAL_CUES and tok.pos_ == "NOUN":
            got = _nominal(tok, text)
            if got is not None:
                out.append(got)
            continue
        if _passive_status(tok):
            continue
        if lemma in HEARSAY and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children):
            got = _hearsay(tok, text)
            if got is not None:
                out.append(got)
                continue
        if lemma in ("make", "refer", "give") and tok.pos_ == "VERB":
            phrased = _phrasal(tok, lemma)
            if phrased:
                start, end = _extent(phrased, text)
                out.append(Reported(start, end, tok.idx, tok.idx + len(tok), _subject(tok)))
            continue
        if (lemma not in REPORTING and lemma not in ATTITUDE) or tok.pos_ not in ("VERB", "AUX"):
            continue
        if _passive_participle(tok) or names_a_source(tok):
            continue
        shaped = _closing_apposition(tok, text)
        if shaped is not None:
            out.append(shaped)  # ", Amtrak, the national carrier, said.": read by its shape, whatever the parse
            continue
        if no_report(tok, lemma):
            continue
        content = _content(tok, lemma)
        if content:
            content = _relative_cue_content(tok, content)
        if not content:
            closing = _closing_attribution(tok, text) or _parenthetical(tok, text)
            if closing is not None:
                out.append(closing)
            continue
        if len([t for t in content if not t.is_punct]) < 2:
            continue  # "what he described as ...": a bare pronoun object is no content
        start, end = _extent(content, text)
        if _list_follows(content, text, end):
            # "The union said the deal also includes:": what it includes is listed after the colon; PolNeAR spans
            # the list with the clause, and a reader needs it: the clause runs on over the next paragraph
            end = _next_paragraph_end(text, end)
            if end < 0:
                continue
        if lemma in ATTITUDE and any(ch in _QUOTE_MARKS for ch in text[start:end]):
            continue  # a stance around quoted words: the quotation is read on its own
        subject = _subject(tok)
        if subject is None and lemma in SPEECH:
            stranded = _stranded_speaker(tok, content)
            if stranded is not None:
                subject, comma = stranded
                start, end = _extent([t for t in content if t.i < comma], text)
        if subject is not None and end <= subject.idx < tok.idx:
            titled = _title_before_name(content, subject)
            if titled:
                start, end = _extent(titled, text)
            gap = text[end : min(t.idx for t in subject.subtree)]
            if not any(ch in ",;:—–\"”" for ch in gap):
                continue  # "The authority’s own 2023 “Review” recommended": a parse slip, not a fronted clause
        out.append(Reported(start, end, tok.idx, tok.idx + len(tok), subject))
    return [rep for rep in out if not _stance_in_closing_frame(rep, out, doc)]


def _list_follows(content: list[Token], text: str, end: int) -> bool:
    """A reported clause cut short by a colon after its verb ("said the tentative agreement also includes:"): its
    object is the list or paragraph that follows, which the clause does not hold, so the clause alone says nothing."""
    last = max((t for t in content if not (t.is_punct or t.is_space)), key=lambda t: t.i)
    if last.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in last.children):
        return False  # "the very people they refuse to define: radical ...": no clause cut short
    if any(c.dep_ in _COMPLEMENTS for c in last.children):
        return False  # "pointed out that veterans' issues were largely ignored:": whole before its colon
    return text[end : end + 3].lstrip(" \t").startswith(":")


_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "auxpass", "prep", "dative", "agent"})


_LIST_ITEMS = 12


def _next_paragraph_end(text: str, end: int) -> int:
    """Where what the colon at ``end`` introduces ends: the paragraph after it, and while paragraphs end with no
    sentence stop (list items: "Raising the starting wage by 68%"), the items after it; -1 when nothing follows."""
    stop = -1
    at = text.index(":", end) + 1
    for _ in range(_LIST_ITEMS):
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            break
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        item = text[at:line_end].rstrip()
        if not item:
            break
        stop = at + len(item)
        if item[-1] in ".!?\"”":
            break  # a sentence: the paragraph the colon introduces, not a list
        at = line_end
    while stop > 0 and text[stop - 1] in _TRAIL:
        stop -= 1
    return stop


def _title_before_name(content: list[Token], subject: Token) -> list[Token]:
    """The clause before a closing "..., CEO of Harbour Systems Ana Ruiz said" without the speaker's title, which the
    parse joined to the clause's last noun ("spread falsehoods, CEO of ..." read as "falsehoods, CEO"): the words
    after the clause's last comma, one noun's phrase that runs up to the name. Empty when there is no such title."""
    first = min(t.idx for t in subject.subtree)
    commas = [t for t in content if t.text == "," and t.i + 1 < len(t.doc)]
    if not commas:
        return []
    comma = max(commas, key=lambda t: t.i)
    tail = [t for t in content if t.i > comma.i]
    heads = [t for t in tail if t.head not in tail]
    if len(heads) != 1:
        return []
    title = heads[0]
    if title.dep_ not in ("conj", "appos") or title.pos_ not in ("NOUN", "PROPN") or title.ent_type_ == "PERSON":
        return []
    if {t.i for t in tail} != {t.i for t in title.subtree} or max(t.idx + len(t) for t in tail) + 1 != first:
        return []
    return [t for t in content if t.i < comma.i]


def _stance_in_closing_frame(rep: Reported, found: list[Reported], doc: Doc) -> bool:
    """A stance verb inside what another attribution closing its sentence reports: "Norland offered a team of 40,
    while Vessary is sending divers, the council said." The whole clause is the council's words; "offered" is
    what Norland did as the council tells it, not Norland's own stated view. So is a belief told of someone
    ("The officer thought she was using her stun gun, the chief said")."""
    cue = _cue_at(doc, rep.cue_start)
    if cue is None or cue.lemma_.lower() in SPEECH:
        return False
    if cue.lemma_.lower() not in ATTITUDE and not _belief_of_another(cue, rep):
        return False
    return any(
        other is not rep
        and other.start <= rep.start
        and rep.end <= other.end <= other.cue_start
        and other.start <= rep.cue_start < other.end
        for other in found
    )


# verbs of belief whose clause, inside what another closing attribution reports, is that teller's account of
# a mind ("The officer thought she was using her stun gun ..., the chief said"), not a view anyone stated
_BELIEFS = words("think believe feel")


def _belief_of_another(cue: Token, rep: Reported) -> bool:
    """A verb of belief whose subject is a noun, not a pronoun: the teller's account of someone else's mind
    ("The officer thought ..., the chief said"). "She said she felt ..., she said" keeps its item: PolNeAR
    annotates a speaker's own belief."""
    subject = rep.subject
    return (
        cue.lemma_.lower() in _BELIEFS
        and cue.dep_ != "relcl"  # "voters who believe that ..., according to exit polls": who the voters are
        and subject is not None
        and subject.head == cue
        and subject.pos_ in ("NOUN", "PROPN")
    )


def _cue_at(doc: Doc, char: int) -> Token | None:
    """The token at character ``char`` of ``doc``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


# "made the point that ...": nouns a speaker makes a statement with
_MADE = words("point case argument claim caveat observation remark comment suggestion assertion")
# "gave 50-50 odds that ...": nouns a speaker gives a forecast or a pledge with
_GIVEN = words("odds chance chances assurance assurances guarantee warning indication estimate")


def _phrasal(verb: Token, lemma: str) -> list[Token]:
    """Saying with a light verb: "made it clear that ...", "made the point that ...", "gave even odds that ..."
    (the "that" clause), and "referred to Berg as “a leader”" (whom and what he was called, as PolNeAR spans it)."""
    if lemma == "refer":
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
        if to is None or as_ is None or as_.i < to.i:
            return []
        return [t for c in (to, as_) for t in c.subtree if t.i > to.i]
    for c in verb.children:
        clear = lemma == "make" and c.dep_ in ("ccomp", "oprd", "acomp") and c.lower_ == "clear"
        nouns = _MADE if lemma == "make" else _GIVEN
        point = c.dep_ == "dobj" and (c.lemma_.lower() in nouns or c.lower_ in nouns)
        if not (clear or point):
            continue
        for clause in c.children:
            if clause.dep_ in ("advcl", "ccomp", "acl") and _opens_with_that(clause):
                return _trim_tail(list(clause.subtree))
        # "made the caveat that while ..., “they have not ...”": the parse hung the "that" clause on the verb
        for clause in verb.children:
            if clause.dep_ == "ccomp" and clause.i > c.i and point and _opens_with_that(clause):
                return _trim_tail(list(clause.subtree))
    return []


# nouns of saying whose "that" clause is what someone said: "Araghchi's assertion that the talks ..."
NOMINAL_CUES = words(
    """assertion claim statement warning insistence promise pledge denial admission allegation contention
    assurance vow announcement suggestion"""
)


def _nominal(noun: Token, text: str) -> Reported | None:
    """ "the minister's assertion that the talks would be indirect": a noun of saying with its owner and its
    "that" clause; the owner speaks. Without an owner the speaker is not told, and nothing is read."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    clause = next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)),
        None,
    )
    if owner is None or clause is None or clause.i < noun.i:
        return None
    start, end = _extent(list(clause.subtree), text)
    return Reported(start, end, noun.idx, noun.idx + len(noun), owner)


def _passive_status(verb: Token) -> bool:
    """ "105 people were reported missing": a passive cue naming no one who speaks says what the subject is
    reported to be, not what it said."""
    return (
        any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(
            c.dep_ in ("oprd", "acomp")
            or (c.dep_ == "xcomp" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
            for c in verb.children
        )
    )


def _passive_participle(verb: Token) -> bool:
    """ "Asked about the minister's claim, Bruce said ...": the one asked is the main clause's subject, the
    asker is not told, and what is asked about is no one's statement."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not own_subject


def _stranded_speaker(verb: Token, content: list[Token]) -> tuple[Token, int] | None:
    """ "... beyond the three people who died, Missouri State Highway Patrol (MSHP) said on Monday": the parse
    hung the speaker on the clause before (an apposition of "people") and left the cue with no subject. A name
    or entity noun set off by a comma right before the cue is the speaker: (its head, the comma's index)."""
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].text == ")":  # an acronym in brackets: "(MSHP)"
        while k >= 0 and doc[k].text != "(" and verb.i - k < 6:
            k -= 1
        k -= 1
    if k < 0 or not content or doc[k] not in content:
        return None
    if any(doc[i].text == "," for i in range(k + 1, verb.i)):
        return None
    # "..., the National Centre for Seismology said": the name's last word hangs on its head ("Centre")
    node = doc[k]
    for _ in range(3):
        if not k <= max(t.i for t in node.subtree) < verb.i:
            return None
        first = min(t.i for t in node.subtree)
        if (
            node.dep_ in ("appos", "conj", "npadvmod", "dobj", "pobj", "attr")
            and (node.pos_ == "PROPN" or node.lemma_.lower() in PERSON_NOUNS | ORG_NOUNS)
            and first >= 1
            and doc[first - 1].text == ","
        ):
            return node, first - 1
        if node.head is node or node.head.pos_ not in ("PROPN", "ADP", "NOUN"):
            return None
        node = node.head
    return None


def _hearsay(verb: Token, text: str) -> Reported | None:
    """ "All ten people on board are reported to have died": no one is named as saying it, and the subject is
    what is said of, not who says it. The content runs from the subject to the end of what is reported
    (cue inside, as PolNeAR spans it); the speaker is unknown."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if subject is None or xcomp is None or any(c.dep_ == "agent" for c in verb.children):
        return None
    content = list(subject.subtree) + list(xcomp.subtree)
    agent = _trailing_agent(xcomp)
    if agent is not None:
        # "It was reported to have a magnitude of 7.2 by the geophysical centre": the by-phrase that closes
        # the clause names who reported it, though the parse hung it on the reported words
        content = [t for t in content if t.i < agent[0].i]
    start, end = _extent(content, text)
    if agent is None and verb.lemma_.lower() in _ALLEGING and _alleged_remark(xcomp):
        return Reported(start, end, verb.idx, verb.idx + len(verb), _author(subject))
    return Reported(start, end, verb.idx, verb.idx + len(verb), _author(agent[1]) if agent else None)


_ALLEGED_SPEECH = SPEECH | TELLING
# hearsay of a past remark ("is alleged to have told"); "is expected to announce" foretells one, no one's words yet
_ALLEGING = words("allege say report rumor rumour")


def _alleged_remark(xcomp: Token) -> bool:
    """ "Hale is alleged to have told a clerk to “jump off a pier”": what is alleged is a remark of the subject's,
    so the subject is who (reportedly) spoke; the cue ("alleged") keeps it marked as an allegation."""
    return xcomp.lemma_.lower() in _ALLEGED_SPEECH and xcomp.pos_ == "VERB"


def _speaker_alleged(verb: Token) -> Token | None:
    """The subject of "is alleged to have told" for the verb of speech under it (no agent named)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _ALLEGING or not _alleged_remark(verb):
        return None
    if any(c.dep_ == "agent" for c in head.children) or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _trailing_agent(clause: Token) -> tuple[Token, Token] | None:
    """The "by" and its object when a by-phrase naming a person or a body ends ``clause``, else None."""
    tokens = [t for t in clause.subtree if not t.is_punct]
    for by in tokens:
        if by.lower_ != "by" or by.dep_ not in ("prep", "agent"):
            continue
        obj = next((c for c in by.children if c.dep_ == "pobj"), None)
        if obj is None or max(t.i for t in obj.subtree) != tokens[-1].i:
            continue
        lemma = obj.lemma_.lower()
        named = obj.pos_ == "PROPN" or any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in obj.children)
        if named or lemma in PERSON_NOUNS or lemma in ORG_NOUNS or lemma in _AUTHOR_NOUNS:
            return by, obj
    return None


# heads of bodies that measure and report, beside ``ORG_NOUNS``: "the geophysical centre", "the survey"
_AUTHOR_NOUNS = words("center centre survey observatory institute service laboratory lab")


def _closing_attribution(verb: Token, text: str) -> Reported | None:
    """ "..., just outside Moscow, state-run news agency TASS reported.": an attribution closing its sentence
    whose clause the parse did not give it: hung on a noun of the sentence (a relative clause on "agency"),
    or heading a sentence it read as no clause ("All aboard the plane -- seven passengers -- were killed, the
    agency said."). The content is the sentence before the comma that sets the attribution off."""
    if verb.dep_ not in ("relcl", "ROOT") or verb.lemma_.lower() not in SPEECH:
        return None
    sent = verb.sent
    if not _ends_sentence(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or (verb.dep_ == "relcl" and subject.pos_ != "PROPN"):
        return None
    phrase = [t for t in (verb.head if verb.dep_ == "relcl" else subject).subtree if t.i < verb.i]
    if verb.dep_ == "ROOT" and phrase and phrase[0].i > sent.start:
        phrase = [verb.doc[phrase[0].i - 1], *phrase]
    comma = next((t for t in reversed(phrase) if t.text == ","), None)
    if comma is None or any(not t.is_punct for t in phrase if t.i < comma.i):
        return None
    content = [t for t in sent if t.i < comma.i and not t.is_space]
    if len(content) < 3:
        return None
    start, end = _extent(content, text)
    return Reported(start, end, verb.idx, verb.idx + len(verb), subject)


# how a reporter sets the scene of a quotation: "In an interview with ...", "Asked about ...", "When he ..."
_FRAMING = re.compile(
    r"(?:(?:In|On|At|During|Speaking|Writing|Responding|Later|Earlier)\b|Asked\b|Pressed\b|"
    r"(?:When|After|As|Before|While)\s+(?:he|she|they|I|we)\b|For example\b)"
)


def _parenthetical(verb: Token, text: str) -> Reported | None:
    """ "Two people were hurt, the patrol said, but hospitals reported ...": an attribution set off by commas
    that the parse hung on the clause before it (parataxis) with no clause of its own; the content is that
    clause up to the attribution."""
    if verb.dep_ != "parataxis" or verb.lemma_.lower() not in SPEECH:
        return None
    opens = re.match(r"\s*[,:]\s*[\"“‘']", text[verb.idx + len(verb) :]) is not None
    framed = verb.head.i > verb.i and opens and _FRAMING.match(text, verb.sent.start_char)
    if framed and not _goes_on(verb, _mark_after(verb)):
        return None  # "In an interview, Walker said, “I’ve had ...”": the quotation it opens is what was said
    subject = _subject(verb)
    if subject is None:
        return None
    # "Evaluating the field that way, Ruiz said, “is like ...”": the words before the attribution hung on it
    fronted = _fronted_part(verb, verb.head, _mark_after(verb))
    inner = {t.i for t in verb.subtree} - {t.i for t in fronted}
    left = min(t.i for t in verb.subtree if t.i in inner)
    if verb.head.i < verb.i:
        content = [t for t in verb.head.subtree if t.i < left and not t.is_space]
    else:
        # "The bridge, the mayor said, will reopen in May": the clause around the attribution, whole (as
        # PolNeAR spans it, the attribution inside)
        content = [t for t in verb.head.subtree if t.i not in inner and not t.is_space]
        if not any(t.i < left for t in content):
            return None
    if not content or content[0].i != verb.sent.start or len([t for t in content if not t.is_punct]) < 3:
        return None
    # an attribution inside the clause leaves its link word in: "Instead, Axelrod said, “she started ...”" is
    # spanned from "Instead" (the cue interrupts the words said; it does not follow the reporter's link)
    start, end = _extent(content, text, link=verb.head.i > verb.i)
    return Reported(start, end, verb.idx, verb.idx + len(verb), subject)


def _ends_sentence(verb: Token) -> bool:
    """Nothing but punctuation follows the cue in its sentence ("..., the agency said."), or only when it was
    said ("..., authorities said Saturday.", "..., the agency said on Friday."), and a reporter's gloss set off
    by a comma (", making it the deadliest fire in a century.")."""
    gloss = {t.i for c in verb.children if _gloss(c) for t in c.subtree}
    rest = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if not (t.is_punct or t.is_space or t.i in gloss)]
    if rest and rest[0].lower_ in _WHEN_SAID and len(rest) > 1:
        rest = rest[1:]
    return all(t.ent_type_ in ("DATE", "TIME") for t in rest)


def _gloss(clause: Token) -> bool:
    """A participle clause after a comma that closes the sentence: ", making it ...", ", bringing the toll to ..."."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.i > clause.head.i
        and clause.doc[min(t.i for t in clause.subtree) - 1].text == ","
        and clause.lemma_.lower() not in REPORTING
    )


# what may lead the day a closing attribution was said on: "said on Friday", "said late Saturday"
_WHEN_SAID = words("on late early")


def _told_whom_last(verb: Token) -> bool:
    """ "..., Rama Acharya, an official of the ministry, told Reuters.": a telling cue closing its sentence with
    only whom it told (a name or "reporters") after it."""
    rest = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if not (t.is_punct or t.is_space)]
    return verb.lemma_.lower() == "tell" and 1 <= len(rest) <= 3 and all(
        t.pos_ == "PROPN" or t.lower_ in ("reporters", "journalists") for t in rest
    )


def _capitalised_name(tokens: Span) -> bool:
    """Words of a name: all capitalised, one a proper noun at least ("Sound Ferries", tagged PROPN NOUN); the hyphen
    of "Abdel-Karim" joins two."""
    named = all(t.text[:1].isupper() or (t.text == "-" and not t.whitespace_) for t in tokens)
    return named and tokens[0].text != "-" and any(t.pos_ == "PROPN" for t in tokens)


# the head of a role said without an article: "head of the town's clinic", "chief of staff to ..."
_ROLES = words("head chief director chair chairman chairwoman spokesman spokeswoman spokesperson secretary leader")


def _closing_apposition(verb: Token, text: str) -> Reported | None:
    """ "The ferry left at noon, Amtrak, the national rail carrier, said.": a named speaker with an apposition
    closing the sentence, which the parse misreads (the name as an object of the clause before). Read by its
    shape: ", Name, apposition, said." at the sentence's end; the content is the sentence before the name."""
    sent = verb.sent
    doc = verb.doc
    if verb.i - 1 < sent.start or verb.lemma_.lower() not in SPEECH:
        return None  # the cheap tests first: this runs for every cue verb
    # "..., Ivo Marsh, head of the town's clinic said.": the comma after a role's description may be missing
    shut = doc[verb.i - 1].text == ","
    if not (shut or doc[verb.i - 1].pos_ in ("NOUN", "PROPN")) or not (_ends_sentence(verb) or _told_whom_last(verb)):
        return None
    commas = [t.i for t in sent if t.i < verb.i - shut and t.text == ","]
    if len(commas) < 2:
        return None
    opening, closing = commas[-2], commas[-1]
    name = doc[opening + 1 : closing]
    appos = doc[closing + 1 : verb.i - shut]
    if not 1 <= len(name) <= 5 or not 1 <= len(appos) <= 16 or not _capitalised_name(name):
        return None
    described = appos[0].lower_ in ("the", "a", "an") or appos[0].pos_ in ("DET", "PRON")
    if not (described or (appos[0].lemma_.lower() in _ROLES and len(appos) > 1 and appos[1].lower_ == "of")):
        return None  # an apposition is a description: "the national rail carrier", "its owner", "head of ..."
    content = [t for t in sent if t.i < opening and not t.is_space]
    if len([t for t in content if not t.is_punct]) < 3:
        return None
    start, end = _extent(content, text)
    return Reported(start, end, verb.idx, verb.idx + len(verb), name[-1])


def _per_carrier(tok: Token) -> Token | None:
    """For the "per" of "as per an earlier statement from a local official", the carrier of words it names
    (its author speaks: ``_author``); else None."""
    if tok.lower_ != "per" or tok.pos_ != "ADP":
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.lemma_.lower() in _CARRIERS else None


def _according(tok: Token, source: Token, text: str) -> Reported | None:
    """ "According to X, <clause>" or "<clause>, according to X" (or "as per X"): the clause is the content."""
    sent = tok.sent
    cue_start = tok.idx
    before = tok.nbor(-1) if tok.i > sent.start else None
    if tok.lower_ == "per" and before is not None and before.lower_ == "as":
        cue_start = before.idx  # "..., as per a report by X": "as" is the cue's, not the clause's
    src_tokens = list(source.subtree)
    src_end = max(t.i for t in src_tokens)
    cue_end = tok.idx + len(tok)
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        cue_end = nxt.idx + len(nxt)
    lead = [t for t in sent if t.idx < cue_start]
    if tok.i <= sent.start + 1 or _linking_lead(lead) or _joined_after(lead, src_end, sent):
        # leading: the content starts after the source phrase (and its apposition) and its comma
        rest = [t for t in sent if t.i > src_end]
    elif _opens_reported_clause(tok, lead):
        rest = [t for t in _own_clause(tok.head) if t.i > src_end]
    elif _short_lead(lead):
        # "Fundraising, according to the campaign, has surged": the clause wraps around its source
        rest = [t for t in sent if t.idx < cue_start or t.i > src_end]
    else:
        rest = [t for t in sent if t.idx < cue_start]
    rest = [t for t in rest if not t.is_space]
    if _pointer(rest):
        # the pronoun alone where it opens its paragraph, as PolNeAR spans it: what it points at is out of reach
        rest = _sentence_before(sent) or rest[:1]
    if not rest:
        return None
    start, end = _extent(rest, text)
    if end - start < 3:
        return None
    return Reported(start, end, cue_start, cue_end, _author(source))


_POINTERS = words("that this")
_COPULAS = words("'s ’s is was")


def _pointer(rest: list[Token]) -> bool:
    """ "That’s according to a joint statement from the union": the credit's clause is only a pronoun pointing
    back at what was just told, not content of its own."""
    spoken = [t for t in rest if not t.is_punct]
    return len(spoken) == 2 and spoken[0].lower_ in _POINTERS and spoken[1].lower_ in _COPULAS


def _sentence_before(sent: Span) -> list[Token]:
    """The sentence a pointing "That’s according to ..." credits: the one before it in the same paragraph; none
    when the paragraph opens with the pointer."""
    doc = sent.doc
    if sent.start == 0:
        return []
    before = doc[sent.start - 1].sent
    if "\n" in doc.text[before.start_char : sent.start_char]:
        return []
    return [t for t in before if not t.is_space]


def _opens_reported_clause(tok: Token, lead: list[Token]) -> bool:
    """ "The Courier reports that, according to police, the suspects fled": the credit opens a reported clause
    right after its "that"; it qualifies that clause, not the report around it."""
    words = [t for t in lead if not t.is_space and not t.is_punct]
    return bool(words) and words[-1].lower_ == "that" and words[-1].dep_ == "mark" and words[-1].head == tok.head


def _own_clause(verb: Token) -> list[Token]:
    """The clause of ``verb`` without a clause joined on with its own "that" ("the suspects fled, and that the
    road was closed"), a contrast ("..., but “we are still counting”") or a quotation: the joined clause is the
    outer report's, not the credit's."""
    joined = [c for c in verb.children if c.dep_ == "conj" and _outer_conjunct(verb, c)]
    if not joined:
        return list(verb.subtree)
    first = min(t.i for c in joined for t in c.subtree)
    cut = first
    while cut - 1 > verb.i and verb.doc[cut - 1].dep_ in ("cc", "punct"):
        cut -= 1
    return [t for t in verb.subtree if t.i < cut]


def _outer_conjunct(verb: Token, conj: Token) -> bool:
    """A conjunct with a "that" of its own, after "but" or "yet", or holding a quotation mark."""
    if any(m.dep_ == "mark" for m in conj.children) or any(t.text in _QUOTE_MARKS for t in conj.subtree):
        return True
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and verb.i < c.i < conj.i for c in verb.children)


def _joined_after(lead: list[Token], src_end: int, sent: Span) -> bool:
    """ "Mudslides blocked the roads, and according to the AP, the troops lacked tools": a clause of the
    reporter's own, then "and" and the credit, which leads the clause after it (set off by a comma)."""
    words = [t for t in lead if not t.is_space]
    after = src_end + 1
    return (
        len(words) >= 2
        and words[-1].lower_ == "and"
        and words[-2].text == ","
        and after < sent.end
        and sent.doc[after].text == ","
    )


def _short_lead(lead: list[Token]) -> bool:
    """ "Fundraising, according to the campaign, ...", "Now, according to the poll, ...": up to three words and a
    comma before the cue, with no verb (not "Clinton asked, according to a transcript")."""
    words = [t for t in lead if not t.is_space]
    return (
        1 < len(words) <= 4
        and words[-1].text == ","
        and not any(t.is_punct for t in words[:-1])
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def _linking_lead(lead: list[Token]) -> bool:
    """ "In addition, according to the department, ...", "Overall, as per a CNBC report, ...": the reporter's link
    word leads the sentence; the clause follows the source."""
    if not _short_lead(lead):
        return False
    words = " ".join(t.text for t in lead if not t.is_space and not t.is_punct)
    return CONNECTIVE.fullmatch(words + " ") is not None or CONNECTIVE.fullmatch(words + ", ") is not None or (
        words.lower() in _LINK_ADVERBS
    )


# sentence adverbs of the reporter's that CONNECTIVE does not list
_LINK_ADVERBS = frozenset({"overall", "in all", "in total", "altogether", "separately", "additionally"})


def is_speech_verb(text: str) -> bool:
    """True for a verb of saying (as opposed to belief or knowledge)."""
    return text.lower() in SPEECH
