"""Attribution cues and their subjects, read off a spaCy dependency parse.

A cue is the word that attributes speech: a verb of saying ("said", "told", "added", "tweeted"), a verb of
reporting or arguing ("reported", "argued", "warned", "cited"), or the phrase "according to". This module
says which tokens are cues, finds a cue's grammatical subject (following coordination, "adding that ..."
participles and inverted "said Hayashi"), and turns a subject token into the character span of its mention
("Yoshimasa Hayashi", "a NATO spokesperson", "the country's foreign minister").

It does not resolve pronouns or descriptions to names; ``quotes_speakers`` does. The lexicon is ours,
assembled from the cue words of news attribution (PolNeAR's most frequent cues among them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.coref import stray_subject
from storyline.extract.gazetteer import TITLE_HEADS
from storyline.extract.nominals import PERSON_NOUNS
from storyline.nlp.pipeline import TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def words(listing: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words."""
    return frozenset(listing.split())


# a link word of the reporter's opening a clause: "But", "And yet", "In contrast,"
# a sentence ends at . ! ? (possibly followed by a closing mark or bracket) before whitespace
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s")
CONNECTIVE = re.compile(
    r"(?:(?:and|but|yet|so|or)\s+|(?:however|instead|meanwhile|still|also|in contrast|by contrast|in addition|"
    r"in particular|indeed|moreover|furthermore|in fact|likewise|similarly|nonetheless|nevertheless|"
    r"in short|in other words|for example|for instance),\s*)+",
    re.IGNORECASE,
)


# verbs that introduce or attribute speech, quoted or reported
SPEECH = words(
    """say tell add explain argue claim state write tweet post ask answer reply respond note insist warn
    stress emphasize emphasise announce declare admit acknowledge confirm deny continue conclude recall
    remark comment observe suggest predict promise vow urge caution complain charge contend maintain assert
    allege accuse describe call quip joke shout yell scream whisper testify report cite highlight point
    mention repeat reiterate concede counter retort agree disagree estimate indicate reveal disclose
    tout boast lament acknowledge brag propose recommend demand pledge threaten plead blast slam criticize
    criticise praise laud hail dismiss rebut reject bark snap chant exclaim interject muse quote echo beam
    gush chime rant marvel scoff sneer fume sigh shrug grumble mutter murmur read assure challenge mock knock
    thank credit proclaim imply wonder confess surmise chide retweet email pronounce question sing elaborate
    affirm exhort riff protest relate remember press snipe recount rage thunder bellow roar seethe growl hiss
    howl cry sob gasp holler gripe grouse tease inform instruct advise remind notify hint bemoan decry deplore
    lambaste berate scold rebuke castigate condemn opine reason characterize characterise portray blame denounce"""
)
# nouns of saying that attribute a quotation to their owner: "her remark that “...”"
NOMINAL = words("remark comment claim assertion warning promise pledge vow quip admission insistence words")
# verbs that attribute a quote when followed by "back": "...," Bennett shot back / fired back / hit back
BACK_VERBS = words("shoot fire hit push snap write talk")
# verbs that attribute a reported clause (belief and knowledge included, as PolNeAR annotates them)
REPORTING = SPEECH | words(
    """believe think feel know expect hope fear worry doubt find show reckon understand learn hear
    realize realise assume guess imagine consider suspect acknowledge notice"""
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "i", "we", "you"})
# the head nouns of descriptions that stand for an organisation ("the military alliance said")
ORG_NOUNS = words(
    """alliance bloc organization organisation group company firm agency ministry government department
    administration campaign committee party council union coalition network newspaper outlet paper corporation
    publication association institute office commission union bank court authority media medium channel
    broadcaster tv television radio station"""
)


def is_cue(tok: Token) -> bool:
    """True when ``tok`` is a verb of saying/reporting used as a verb (not "the report", "a call")."""
    if tok.lemma_.lower() == "continue" and any(c.dep_ == "xcomp" for c in tok.children):
        return False  # "will continue to be “a champion”": going on, not speaking
    if adjective_said(tok):
        return False  # "Said memo further explained the next steps": "the said memo", not a verb of saying
    if relates_to(tok):
        return False
    if tok.lower_ == "read" and tok.pos_ == "NOUN" and _document_before(tok):
        return True  # "“...,” the message read.": the parse took "message read" for a compound noun
    if tok.pos_ in ("VERB", "AUX") and (
        tok.lemma_.lower() in SPEECH or (tok.tag_ in ("VBD", "VBN") and tok.lower_[:-1] in SPEECH)
    ):
        return True  # the small model lemmatises "raged" as "rag": the form less its "d" is the verb
    if _orders_quoted(tok):
        return True  # "ordered his government to «end all cooperation»": the order's own words are quoted
    if tok.lemma_.lower() == "express" and _expresses_words(tok):
        return True  # "“We’re overjoyed,” her uncle expressed to Harbour TV.": the quotation is what he expressed
    if tok.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children):
        return True  # "..., he went on."
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in NOMINAL and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in tok.children
    ):
        return True  # "her remark that “...”", "a warning from the mayor: “...”"
    if tok.lemma_.lower() in ("cut", "break", "jump", "pipe") and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("in", "up") and not any(c.children) for c in tok.children
    ):
        return True  # "..., and her husband cut in.", "a neighbour piped up"
    if tok.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return True  # "as the prosecutor put it, “...”"
    if tok.lemma_.lower() in BACK_VERBS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children
    ):
        return True  # "..." Bennett shot back.
    # "Viguerie notes.": the small model tags a present-tense cue after a name as a plural noun; so it does after
    # a document ("Governor Osten's order states.")
    return (
        tok.tag_ == "NNS"
        and tok.lower_.endswith("s")
        and tok.lower_[:-1] in SPEECH | {"say"}
        and tok.i > 0
        and (tok.doc[tok.i - 1].pos_ in ("PROPN", "PRON") or tok.doc[tok.i - 1].lemma_.lower() in DOCUMENTS)
    )


# "as" and the opening mark of the quoted words it introduces: "as “anti-system”", "as a “breakthrough”"
_AS_QUOTED = re.compile(r"as\s+(?:(?:an?|the)\s+)?[“\"]", re.IGNORECASE)


def casts_as_quoted(verb: Token, open_mark: int) -> bool:
    """ "Merkel heralded the deal as a “breakthrough”", "presenting herself as “anti-system”": a verb that casts
    its object as quoted words reports them as the subject's, whatever the verb (PolNeAR annotates the object,
    "as" and the quotation). Not a participle naming a thing ("an event billed as “...”"): that has no object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    text = verb.doc.text
    for c in [*verb.children, *obj.children]:
        such = c.i > 0 and c.doc[c.i - 1].lower_ == "such"  # "words such as “...”": examples, not a casting
        hit = _AS_QUOTED.match(text, c.idx) if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i else None
        if such:
            continue
        if hit is not None and hit.end() == open_mark + 1:
            return True
    return False


# verbs of commanding: speech only when the command's own words are quoted after them
_COMMANDS = words("order command direct")
_OPEN_QUOTE = re.compile(r"\s*[«“\"]")
# quoted words that end a sentence inside their marks: a whole quotation, which the quote-mark stage takes itself
_WHOLE_SENTENCE = re.compile(r"[^«»“”\"\n]*[.!?][»”\"]")


def _orders_quoted(tok: Token) -> bool:
    """ "Tokaïev ordered his government to «end investment cooperation»": an order whose "to" clause opens with a
    quotation is an order given in words, and the quoted words are the one who gave it. Without the marks
    ("ordered an inquiry", "ordered troops to withdraw") an order is an act, not speech, and no cue."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _COMMANDS:
        return False
    for clause in (c for c in tok.children if c.dep_ == "xcomp"):
        to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        opened = _OPEN_QUOTE.match(tok.doc.text, to.idx + len(to.text)) if to is not None else None
        if opened is not None and not _WHOLE_SENTENCE.match(tok.doc.text, opened.end()):
            return True
    return False


def _expresses_words(tok: Token) -> bool:
    """ "“...,” X expressed to Harbour TV": "express" with a clause and no object of its own reports words; with
    an object ("expressed concern that ...") it is a stance, left to the stance verbs."""
    children = list(tok.children)
    return any(c.dep_ == "ccomp" for c in children) and not any(c.dep_ in ("dobj", "attr") for c in children)


# verbs whose passive subject is the one spoken to ("were warned", "was told", "were urged")
_ADDRESSED = words("warn tell inform advise urge order instruct remind notify caution assure")
# verbs whose passive subject is what is spoken of ("a contract was described as “exceptional”", "was praised")
_SPOKEN_OF = words(
    """describe characterize characterise portray call label dub praise criticize criticise blame cite mention
    hail laud slam condemn denounce dismiss refer"""
)
# documents that speak for their authors, after which a present-tense cue may be tagged a plural noun
DOCUMENTS = words(
    "order statement report release letter memo memorandum document ruling decree filing notice message email note"
)


def _fronted_adjunct(participle: Token, verb: Token) -> bool:
    """A participle in a phrase that opens the sentence and hangs on its main verb ("After previously saying he
    would not ..., Premier Voss on Sunday did that very thing"): its subject is that verb's subject."""
    prep = participle.head
    return (
        prep.dep_ == "prep" and prep.head.i == verb.i and _opens(prep)
        and verb.dep_ in ("ROOT", "ccomp") and any(c.dep_ == "nsubj" and c.i > participle.i for c in verb.children)
    )


def _opens(tok: Token) -> bool:
    """The token opens its sentence or its line (the small model may run a headline into the first sentence)."""
    text = tok.doc.text
    return tok.i == tok.sent.start or not text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx].strip()


# things that carry or give out words, besides documents: what they "add" or "warn" is read as their report
_CARRIERS = words(
    """report poll survey study review data figure figures analysis video post tweet announcement sign notice
    website site page account feed stream broadcast label warning guidance"""
)


def _said_of_thing(verb: Token) -> bool:
    """The verb a participle or conjunct would take its subject from only says what a thing is or does: a copula
    ("The pardon was a reversal after pledging ...") or the clause a cue reports ("stating that similar cases
    result in ... and accused ..."), whose subject is what is spoken of, not who speaks."""
    return verb.lemma_.lower() == "be" or (verb.dep_ == "ccomp" and is_cue(verb.head))


def _mute_thing(subject: Token) -> bool:
    """A subject a cue could take over from the verb above it only if it could speak, and cannot: a common noun
    with no name or owner in it ("his best response was to say ...": his) that names no person, body, document or
    other carrier of words ("the pardon", "similar cases"). A participle or conjunct hung on such a verb ("The
    pardon was a reversal after pledging ...", "stating that similar cases result in ... and accused his
    opponents") is someone else's act, whose doer the parse lost."""
    lemma = subject.lemma_.lower()
    return (
        subject.pos_ == "NOUN" and not subject.ent_type_
        and not any(t.ent_type_ or t.pos_ == "PROPN" or t.dep_ == "poss" for t in subject.subtree)
        and lemma not in PERSON_NOUNS | ORG_NOUNS | DOCUMENTS | _CARRIERS
        and not lemma.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee"))
    )


def _document_before(cue: Token) -> Token | None:
    """The document the parse hung on a cue it took for a noun, right before it: the "message" of "the message
    read"."""
    if cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    if before.head.i != cue.i or before.dep_ != "compound" or before.lemma_.lower() not in DOCUMENTS:
        return None
    return before


def relates_to(tok: Token) -> bool:
    """ "The problem related to how the driver talks to the “kernel”": what a thing concerns, no one relating it."""
    return tok.lemma_.lower() == "relate" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)


def adjective_said(tok: Token) -> bool:
    """ "Said memo further explained ...": a sentence-opening "Said" right before a bare common noun that is the
    subject of a verb of its own is the legal adjective ("the said memo"); "Said Ruiz: ..." and "Said the mayor"
    stay cues."""
    if tok.lower_ != "said" or tok.text != "Said" or not tok.is_sent_start or tok.i + 1 >= len(tok.doc):
        return False
    noun = tok.doc[tok.i + 1]
    return noun.pos_ == "NOUN" and noun.dep_ in SUBJECT_DEPS and noun.head.i > noun.i


# entity types of a name after "per" that is no source ("per Monday", "per 100,000 people")
_NO_SOURCE = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def according_to(tok: Token) -> Token | None:
    """For the "according" of "according to X", the head token of X; likewise for the "per" of "per Reuters'
    Ana Ruiz" (a name, a person or a body: "per cent", "per share" name no source); else None."""
    if tok.lower_ == "per" and tok.pos_ == "ADP":
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is not None and (
            (obj.pos_ == "PROPN" and obj.ent_type_ not in _NO_SOURCE) or obj.lemma_.lower() in PERSON_NOUNS | ORG_NOUNS
        ):
            return obj
        return None
    if tok.lower_ != "according":
        return None
    for child in tok.children:
        if child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        for obj in nxt.children:
            if obj.dep_ == "pobj":
                return obj
    return None


def names_a_source(verb: Token) -> bool:
    """ "reported, citing a source familiar with the talks", "quoting officials", "citing a joint statement by
    the two sides": the participle names who or what the report rests on, not what was said."""
    if verb.lemma_.lower() not in ("cite", "quote") or verb.tag_ != "VBG":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (
        obj.pos_ == "PROPN" or obj.lemma_.lower() in PERSON_NOUNS | ORG_NOUNS | _SOURCE_DOCUMENTS
    )


# documents a report cites as its source ("citing a trilateral statement issued by ..."), as ``DOCUMENTS``
_SOURCE_DOCUMENTS = words("statement communique communiqué report release letter memo document filing notice")


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, climbing through conjunctions and participial clauses.

    "Hayashi told CNN ..., adding that ..." gives "adding" the subject of "told"; "said Hayashi" (inverted)
    is found because spaCy still labels the name ``nsubj``. Returns None rather than a guess.
    """
    if verb.lower_ == "read" and verb.pos_ == "NOUN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        document = _document_before(verb)
        if document is not None:
            return document  # "the message read": the document the parse made part of the noun speaks
    seen = _seen_speaking(verb)
    if seen is not None:
        return seen  # "a video that appeared to show the guard shouting, “Stop!”": the guard shouts
    tok: Token | None = verb
    for _ in range(4):
        if tok is None:
            return None
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "SCONJ"]
        if not subjects and tok.dep_ == "ROOT":
            # "In his letter to Ana Roe, the minister said": the parse hung the subject on the name before it
            subjects = [t for t in tok.sent if t.i < tok.i and stray_subject(t) == tok]
        if subjects:
            # "(2nd UPDATE) The Coast Guard says": of two subjects the parse gives, the one beside the verb
            at = tok.i
            child = min(subjects, key=lambda c: abs(c.i - at))
            # only the cue's own passive: "Silverman was joined on stage by Al Franken and joked" is Silverman's
            by = _passive_agent(tok) if child.dep_ == "nsubjpass" and tok is verb else None
            if by is None and child.dep_ == "nsubjpass" and tok.lemma_.lower() in _ADDRESSED:
                return None  # "residents were warned of an explosion": they were told; who told them is not said
            if by is None and child.dep_ == "nsubjpass" and _passive_conjunct(verb, tok):
                return None  # "the envoy was summoned and informed of the decision": he too was told
            if by is None and child.dep_ == "nsubjpass" and tok is verb and tok.lemma_.lower() in _SPOKEN_OF:
                return None  # "a contract was described as “exceptional” in a memo": the contract is spoken of
            if tok.i != verb.i and by is None and _said_of_thing(tok) and _mute_thing(child):
                if tok.dep_ == "ccomp" and is_cue(tok.head):
                    # "stating that similar cases result in ... and accused his opponents": the teller accused
                    tok = tok.head
                    continue
                return None  # "The pardon was a reversal after pledging to ...": an act pledges nothing
            return by or _possessed(_glued_head(child), verb)
        # "Governor of Ardena, Ilse Varga, announced on Monday morning, May 3, that ...": the parse took the
        # sentence for a noun with a clause after it; the noun the finite verb hangs on is its subject
        if _verb_of_noun_root(tok):
            return _glued_head(tok.head)
        # "with officials saying the count would resume": the noun of an absolute "with" speaks
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "with":
            return _glued_head(tok.head)
        # "is sued by a former aide accusing him of ...": a participle on a noun for a person says what that
        # person does; the subject of the verb the noun hangs on (the one sued) is the one spoken of
        if tok is verb and tok.dep_ == "acl" and tok.tag_ == "VBG" and _person_noun(tok.head) and _agentive(tok.head):
            return _glued_head(tok.head)
        if tok is verb and tok.dep_ == "acl" and tok.head.lower_ in RECORDINGS and tok.lemma_.lower() in _PERCEIVED:
            return None  # "filmed video showing people carried out": what footage shows is no one's words
        # "ended the debate with a reference to the film, remarking ...": a participle on a thing speaks
        # with the subject of the verb that thing belongs to ("a man remarking" is left to the caller)
        if (
            tok.dep_ in ("acl", "amod")  # "sending a message stating: ‘...’": the parse took it for an adjective
            and tok.tag_ == "VBG"
            and tok.head.pos_ == "NOUN"
            and tok.head.ent_type_ == ""
            and tok.head.lemma_.lower() not in PERSON_NOUNS | ORG_NOUNS
        ):
            verb_up = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb_up is None or verb_up.i > tok.i:
                return None
            tok = verb_up
            continue
        # "got a text from Ilya asking for a call": the parse hung the participle on the preposition beside its
        # noun; the one named right before it asks, not the subject of "got"
        named = _named_before(tok)
        if named is not None:
            return _glued_head(named)
        # "declined to comment other than saying that ...", "by saying": share the subject of the verb the
        # participle's preposition hangs on
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG":
            verb_up = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb_up is None or (verb_up.i > tok.i and not _fronted_adjunct(tok, verb_up)):
                return None
            tok = verb_up
            continue
        # "Moore said the crash appears to be an accident, noting ...": a participle the parse hung on the reported
        # clause of a thing speaks with the cue that reports it ("the crash" notes nothing)
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and _reported_of_thing(tok.head):
            tok = tok.head.head
            continue
        cue = _cue_before_comma(tok) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else None
        if cue is not None:
            tok = cue
            continue
        doers = _doers_before_comma(tok) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else None
        if doers is not None:
            # "streams of people": the phrase speaks, not "people" alone (which may be other people of the story)
            of = doers.head if doers.dep_ == "pobj" and doers.head.lower_ == "of" else None
            return _glued_head(of.head if of is not None and of.head.pos_ == "NOUN" else doers)
        inner = _clause_before_comma(tok) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else None
        if inner is not None:
            tok = inner
            continue
        # "have been reluctant to reveal", "was quick to point out": the infinitive of an adjective the verb's
        # subject is said to be speaks with that subject
        if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.dep_ == "acomp":
            tok = tok.head.head
            continue
        # "The Ledger was the first to report on the memo": the one said to be the first to report reports
        if _first_to(tok):
            tok = tok.head.head
            continue
        # "thanking all those who voted for him and calling on ...": the parse joined the participle to the verb
        # of a relative clause; it goes with the participle above that clause, as its form shows
        if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.dep_ == "relcl" and tok.head.tag_ != "VBG":
            twin = next((a for a in tok.head.ancestors if a.tag_ == "VBG" and a.pos_ == "VERB"), None)
            if twin is not None:
                tok = twin
                continue
        # "said authorities are working ..., but said large distances ...": the parse joined the second "said"
        # to the first one's reported clause; it shares the first one's subject
        outer = second_cue_of(tok)
        if outer is not None:
            tok = outer
            continue
        # "have prompted scientists to say they could be ...": the one a verb moves to speak speaks, not its
        # subject
        prompted = _moved_to_speak(tok) if tok is verb else None
        if prompted is not None:
            return _glued_head(prompted)
        # "adding that", "saying", "and said": share the governing verb's subject
        if tok.dep_ in ("conj", "advcl", "xcomp") and tok.head is not tok and tok.head.pos_ in ("VERB", "AUX"):
            purpose = tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            if tok.dep_ == "advcl" and tok.tag_ not in ("VBG", "VBN") and not purpose:
                return None  # "when he said": a different clause with its own subject
            # "summoned the jury ... to inform them that": a purpose clause speaks with its verb's subject
            tok = tok.head
            continue
        return None
    return None


# footage and pictures: what they show is no one's words, though someone may speak through them
RECORDINGS = frozenset(
    {
        "footage", "video", "videos", "image", "images", "picture", "pictures", "photo", "photos", "photograph",
        "photographs", "clip", "clips", "recording", "recordings",
    }
)


# verbs that move someone to do what their infinitive says: "prompted scientists to say", "led experts to warn"
_MOVING = words("prompt lead cause drive push spur move inspire")


def _moved_to_speak(verb: Token) -> Token | None:
    """The object of a verb that moves someone to speak ("Spots ... have prompted geologists to say they could
    be fossils"): the geologists say it, not the spots. Only an infinitive cue that such a verb takes after its
    object (a person's noun, a name or a pronoun); None otherwise."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head.lemma_.lower() not in _MOVING:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or not (obj.pos_ in ("PROPN", "PRON") or obj.lemma_.lower() in PERSON_NOUNS):
        return None
    return obj


# verbs by which one is seen or heard doing something: "shows the guard shouting", "is heard saying"
_PERCEIVED = words("show depict hear see catch capture film record picture watch")


def _seen_speaking(verb: Token) -> Token | None:
    """The one a verb of seeing or hearing takes for its object right before a participle of speech with no
    subject of its own ("appeared to depict the guard shouting, “Stop!”"): the guard speaks, whatever the parse
    hung the participle on; None for anything else."""
    # (a clause the parse made its subject, "releasing a video ... shouting", is no speaker of it)
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = verb.nbor(-1)
    if before.text == ",":
        return _shown_doing(verb)
    person = before.pos_ in ("PROPN", "PRON") or before.lemma_.lower() in PERSON_NOUNS
    if not person or before.dep_ != "dobj" or before.head.lemma_.lower() not in _PERCEIVED:
        return None
    return before


def _shown_doing(verb: Token) -> Token | None:
    """The one a verb of seeing shows doing something, right before a comma and a participle of speech with no
    subject of its own: "The footage cuts to show Lena walking behind the desk, saying today is a 'great day'"
    is Lena's, whatever the parse hung "saying" on (the footage, or the desk the walk passes, says nothing). Only
    a person's word as the subject of a participle that a verb of seeing takes, whose phrase ends at the comma;
    None otherwise."""
    doing = verb.nbor(-1).nbor(-1) if verb.i >= 2 else None
    while doing is not None and doing.head is not doing and doing.i > doing.head.i:
        if doing.tag_ == "VBG" and doing.dep_ in ("ccomp", "xcomp", "dobj", "acl"):
            break
        doing = doing.head
    if doing is None or doing.tag_ != "VBG" or doing.right_edge.i != verb.i - 2:
        return None  # the comma closes some other phrase
    if doing.dep_ == "acl" and doing.head.dep_ == "dobj":
        person: Token | None = doing.head  # "shows Lena walking", parsed as Lena with a participle on her
        seeing = doing.head.head
    else:
        person = next((c for c in doing.children if c.dep_ in ("nsubj", "dobj") and c.i < doing.i), None)
        seeing = doing.head
    if person is None or seeing.lemma_.lower() not in _PERCEIVED:
        return None
    return person if person.pos_ in ("PROPN", "PRON") or person.lemma_.lower() in PERSON_NOUNS else None


def second_cue_of(verb: Token) -> Token | None:
    """The first cue of "X said A ..., but said B" for the second "said", which the parse hung on A's verb: a cue
    with its own clause and no subject, joined to the clause a cue of the same verb reports; else None."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() != verb.lemma_.lower():
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    if clause.tag_ == verb.tag_:
        return None  # "said Eggleston expressed concern ... and said it could hurt ...": two acts of Eggleston's
    if _could_not_say_whether(verb):
        return None  # "The firm hasn't assessed the damage and couldn't say whether ..., she said": the firm's
    return clause.head if is_cue(clause.head) else None


def _could_not_say_whether(verb: Token) -> bool:
    """A cue negated under a modal with a question for its clause ("couldn't say whether losses were covered"):
    what the clause's own subject could not tell, not a second report of the outer speaker's."""
    return (
        any(c.dep_ == "neg" for c in verb.children)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and any(
            m.dep_ == "mark" and m.lower_ in ("whether", "if")
            for c in verb.children
            if c.dep_ == "ccomp"
            for m in c.children
        )
    )


# what someone is said to be the one to do: "was the first to report", "is the only one to say"
_RANKS = words("first last only one second")


def _first_to(verb: Token) -> bool:
    """An infinitive on "the first" or "the only one" after a copula ("was the first to report")."""
    rank = verb.head
    return (
        verb.dep_ in ("relcl", "acl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and rank.dep_ == "attr"
        and rank.lemma_.lower() in _RANKS
        and rank.head.lemma_ == "be"
    )


def _verb_of_noun_root(verb: Token) -> bool:
    """The sentence's own verb, parsed as a clause on the noun before it that the parse made the root: finite,
    or a participle with a reported clause ("Governor of Ardena, Ilse Varga, announced ..., that she ...")."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.i > verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "VBN" and any(c.dep_ == "ccomp" for c in verb.children))


def _named_before(participle: Token) -> Token | None:
    """The name a participle hung on a preposition follows ("a text from Ilya asking ..."): the preposition's own
    object, a name right before the participle; None for "by saying", "other than saying"."""
    if participle.dep_ != "pcomp" or participle.tag_ != "VBG" or participle.i == 0:
        return None
    obj = participle.doc[participle.i - 1]
    named = obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP")
    return obj if named and obj.dep_ == "pobj" and obj.head.i == participle.head.i else None


def _cue_before_comma(participle: Token) -> Token | None:
    """ "Ruiz said 45 people were confirmed dead, citing figures from ...": a participle after a comma that the
    parse hung on a reported clause speaks with the cue that reports the clause, whoever that clause is about."""
    if participle.i == 0 or participle.nbor(-1).text != ",":
        return None
    clause = participle.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head  # "... were confirmed dead and 47 others were missing, citing ..."
    return clause.head if clause.dep_ == "ccomp" and is_cue(clause.head) else None


def _clause_before_comma(participle: Token) -> Token | None:
    """ "Varn's resignation came after a former aide filed a complaint against him, accusing him of bullying": a
    participle after a comma that the parse hung on a verb whose subject is a thing (a resignation accuses no
    one) goes on with the clause right before the comma, when that clause has a subject of its own (the aide
    accuses). None otherwise."""
    if participle.i < 2 or participle.nbor(-1).text != ",":
        return None
    verb = participle.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if not thing_subject(verb) or subject is None or subject.lemma_.lower() in TITLE_HEADS:
        return None  # "the prince called for Trump to drop out, calling him ...": a prince is someone
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i < participle.i and clause.right_edge.i >= participle.i - 2 \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return clause
    # "The approval is in line with the advice of experts who backed the drug, saying that ...": a relative
    # clause ending at the comma has a speaker for a subject ("who", the experts); the approval says nothing
    relatives = [
        t for t in verb.subtree
        if t.dep_ == "relcl" and t.i < participle.i and t.right_edge.i >= participle.i - 2
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in t.children)
    ]
    return max(relatives, key=lambda t: t.i) if relatives else None


def _doers_before_comma(participle: Token) -> Token | None:
    """ "with traffic blocked and streams of people making noise as they passed, chanting “...”": a participle
    after a comma that the parse hung on a verb whose subject is a thing (traffic chants nothing) goes on with
    the people doing something right before the comma (a participle on a noun of people). None otherwise."""
    if participle.i < 2 or participle.nbor(-1).text != "," or not thing_subject(participle.head):
        return None
    doers = [
        t.head for t in participle.head.subtree
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.i < participle.i and t.right_edge.i >= participle.i - 2
        and (t.head.lemma_.lower() in PERSON_NOUNS or t.head.lower_ == "people")
    ]
    return max(doers, key=lambda t: t.i) if doers else None


def thing_subject(verb: Token) -> bool:
    """The subject of ``verb`` is a thing, not a speaker ("the crash", "Varn's resignation")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and subject.ent_type_ == ""
        and subject.lemma_.lower() not in PERSON_NOUNS | ORG_NOUNS
    )


def _reported_of_thing(clause: Token) -> bool:
    """A clause reported by a cue ("said the crash appears ...") whose subject is a thing, not a speaker."""
    return clause.dep_ == "ccomp" and is_cue(clause.head) and thing_subject(clause)


def _passive_conjunct(verb: Token, head: Token) -> bool:
    """ "was summoned and informed": a bare participle of telling joined to the passive ``head`` shares its
    passive, so the shared subject is the one told."""
    return (
        verb is not head
        and verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in _ADDRESSED
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children)
        and any(c.dep_ == "auxpass" for c in head.children)
    )


def _passive_agent(verb: Token) -> Token | None:
    """Who a passive cue names as its speaker: "The quake was reported by the geophysical centre to have ..."
    is the centre's report, not the quake's. "X was quoted by the Times as saying" is still X's (the agent is the
    carrier); so is a passive with no by-phrase."""
    if verb.lemma_.lower() == "quote":
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def possessed_title(doc: Doc, at: int) -> range:
    """The token indices of a title a name owns, from the possessive glued to it at ``at`` through the
    capitalised words after it: in "told the Pella Radio 2's The Evening Hour a fault occurred" the "'s" is the
    station's possessive (the parse may read "is"), and "The Evening Hour" is the programme it owns, so the one
    told runs on through the title. Empty where ``at`` is no glued possessive or no capitalised title follows."""
    if not 0 < at < len(doc) or doc[at].lower_ not in ("'s", "’s") or doc[at - 1].whitespace_:
        return range(0)
    end = at + 1
    while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct:
        end += 1
    return range(at, end) if end > at + 1 else range(0)


def mention_bounds(head: Token) -> tuple[int, int]:
    """Character span of the mention headed by ``head``: a name's proper-noun run, or a description's words.

    "Japan's foreign minister Yoshimasa Hayashi" gives "Yoshimasa Hayashi"; "a NATO spokesperson" gives the
    whole phrase; relative clauses and appositions after the head are left out.
    """
    doc = head.doc
    if head.pos_ == "PROPN" and not head.text.islower():  # "foreign ministry" tagged a name is no name
        lo = head.i
        while lo - 1 >= 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ in ("compound", "flat", "nmod"):
            lo -= 1
        while lo < head.i and doc[lo].text in TITLE_ABBREVIATIONS:
            lo += 1  # "Cpl. Ana Reyes": the title is no part of the name
        lo -= _glued_number(doc[lo])  # "3M" split by the tokenizer into a number and a letter: the whole name
        hi = head.i
        while (
            hi + 1 < len(doc)
            and doc[hi + 1].pos_ == "PROPN"
            and doc[hi + 1].head.i == head.i
            and doc[hi + 1].dep_ in ("compound", "flat")
        ):
            hi += 1
        return doc[lo].idx, doc[hi].idx + len(doc[hi])
    if head.pos_ == "PRON":
        return head.idx, head.idx + len(head)
    left = [c for c in head.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod")]
    lo = min((min(t.i for t in c.subtree) for c in left), default=head.i)
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_:
        lo -= 2  # "co-workers" split by the tokenizer: the whole word
    if lo == head.i and head.text[:1].isupper():
        lo -= _glued_number(head)  # "..., 3M said", the letter tagged a noun
    return doc[lo].idx, head.idx + len(head)


def _glued_number(first: Token) -> int:
    """1 when the word before ``first`` is a number written onto it ("3M", which the tokenizer splits into "3"
    and "M"), else 0."""
    if first.i == 0:
        return 0
    before = first.nbor(-1)
    return int(before.text.isdigit() and not before.whitespace_)


def _possessed(tok: Token, verb: Token) -> Token:
    """ "Deibe’s 17-year-old son, Anton, added": the parse may take the possessor for the subject; the noun it
    possesses speaks, or the name set beside that noun."""
    doc = tok.doc
    if tok.i + 1 >= verb.i or doc[tok.i + 1].lower_ not in ("'s", "’s"):
        return tok
    noun = next((t for t in doc[tok.i + 2 : verb.i] if t.pos_ == "NOUN"), None)
    if noun is None:
        return tok
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < verb.i), None)
    return named or noun


def _person_noun(tok: Token) -> bool:
    """A common noun for a person or a group of people ("aide", "witnesses", "the jury"), not a name: who does what
    a participle on it says."""
    from storyline.extract.quotes_speakers import person_head  # (that module reads this one's cues)

    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    return tok.lemma_.lower() in PERSON_NOUNS or tok.lower_ in PERSON_NOUNS or person_head(tok)


def _agentive(noun: Token) -> bool:
    """A noun that does what a participle on it says: a subject, or the agent of a passive ("is sued by a former
    aide accusing him"); not an object a thing goes to ("the letter sent to strike captains announcing gains":
    the letter announces, whatever the parse hung the participle on)."""
    if noun.dep_ == "pobj":
        return noun.head.dep_ == "agent" or noun.head.lower_ in ("by", "from")
    return noun.dep_ in ("nsubj", "nsubjpass", "appos")


def _glued_head(tok: Token) -> Token:
    """ "co-workers" split into three subjects by the parse: the word's last piece is its head."""
    doc = tok.doc
    i = tok.i
    while i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_:
        i += 2
    return doc[i]


def sentence_of(doc: Doc, char: int) -> Span | None:
    """The spaCy sentence holding character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0].sent


# verbs that report a thing (their object) rather than a clause: "cited Russia's invasion"
OBJECT_CONTENT = words(
    """cite highlight announce deny confirm report acknowledge mention stress emphasize emphasise criticize
    criticise praise reveal disclose propose recommend demand urge predict promise pledge reject dismiss
    describe blame ask call label dub pledge vow promise urge estimate note"""
)
# verbs of wanting, planning, stance and judgement: PolNeAR annotates their object or infinitive as the
# attributed content ("Murphy wants more funding", "the agency declined to comment", "Christie defended his
# endorsement"); like beliefs, reported only when the subject resolves to a speaker
ATTITUDE = words(
    """want plan hope seek decline refuse intend aim accuse blame defend endorse support oppose attack
    question offer express fault applaud welcome condemn denounce portray characterize characterise view"""
)
# verbs of hearsay: "is said to", "is believed to", "is reported to"
HEARSAY = words("say report believe think rumor rumour allege expect understand")
# relative words that open a clause about the noun before them
WH_SUBJECTS = frozenset({"which", "who", "that"})
