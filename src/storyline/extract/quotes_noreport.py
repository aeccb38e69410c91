"""Verbs of saying that report nothing: where a cue's clause is no one's words.

``no_report(verb, lemma)`` is asked by ``storyline.extract.quotes_reported`` before it reads a cue's content:
a verdict ("a jury found Berg guilty"), a summons ("called into the courtroom the jury"), a decision on an offer
("rejected the club's offer"), a search called off, a telephone number to ring, a plight ("found itself cut
off"), a noun the parse took for a verb ("the mayday call"), a clause of time hung on the cue ("after a plane
crashed"), a question left unanswered ("did not say when ..."). Each rule looks only at the parse around the
cue; PolNeAR's annotation decides where a reading stays an attribution ("found the gesture appropriate").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.quotes_cues import (
    ATTITUDE,
    HEARSAY,
    OBJECT_CONTENT,
    PERSON_NOUNS,
    REPORTING,
    WH_SUBJECTS,
    adjective_said,
    relates_to,
    subject_of,
    thing_subject,
    words,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["no_report", "object_joined_to_subject"]


# what a court or jury finds someone: a verdict, not a view ("found Berg guilty of fraud")
_VERDICTS = words("guilty innocent liable culpable negligent")


def no_report(verb: Token, lemma: str) -> bool:
    """Nothing is reported: a verdict ("a jury found Berg guilty"), a summons ("called into the courtroom the
    jury"), a decision on an offer ("rejected the club’s offer", "declined the offer to stay"), a search called
    off, people sent away ("dismissing 12 jurors"), news someone heard of under hearsay ("It is understood she
    learned ..."). A finding of a view ("found the gesture appropriate"), "dismissed him as a crank" and an open
    question left unanswered ("have not said whether ...") stay attributions, as PolNeAR annotates them."""
    if adjective_said(verb):
        return True  # "Said memo further explained ...": the said memo; "explained" is the cue
    if _unspoken_form(verb, lemma):
        return True
    if _no_statement(verb, lemma):
        return True
    if verb.dep_ == "xcomp" and verb.head.tag_ == "VBN" and verb.head.lemma_.lower() in _PURPOSE:
        return True  # "sirens intended to warn of disasters", "a line designed to alert crews": what a thing is for
    if verb.tag_ == "VBG" and verb.head.lower_ == "without":
        return True  # "accepted it, without saying where it got the information": nothing was said
    if any(c.dep_ == "nsubjpass" and any(d.lower_ == "no" for d in c.children) for c in verb.children):
        return True  # "however no life-threatening injuries were reported": a statement, no one's report
    if lemma in ATTITUDE and any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return True  # "asked for comment on whether she planned to appeal": a question, not a stance
    if _asked_about(verb):
        return True  # "did not say when she plans to step down": what was not told, no one's stance
    if _negated_alternative(verb):
        return True  # "did not provide a timeline or announce a search": nothing was announced
    if verb.tag_ == "VBG" and verb.dep_ in ("csubj", "csubjpass") and (_questioned(verb) or _questioned(verb.head)):
        return True  # "whether calling for the closure would violate the rules": an act asked about, no one's words
    if _supposed_speaker(verb):
        return True  # "whether pupils who called for a strike should be expelled": people supposed, no words said
    if lemma == "call" and any(c.dep_ == "dobj" and _phone_number(c) for c in verb.children):
        return True  # "the public should call 330-921-9254": a telephone number to ring
    if lemma in _MATCHED and _event_subject(verb):
        return True  # "a policy meeting that confirmed expectations of a shift": an event bore them out
    if lemma == "deny" and _withheld(verb):
        return True  # "was denied a try", "to deny 14-man Ostby": something kept from someone, not a denial
    if lemma in OBJECT_CONTENT and _awaited(verb):
        return True  # "would proceed cautiously until Milei announced his cabinet": an event awaited, no report
    if lemma == "seek" and verb.dep_ == "relcl" and not any(c.dep_ == "xcomp" for c in verb.children):
        return True  # "the people who sought shelter": who they are ("who sought to move ..." stays a stance)
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("into", "to") for c in verb.children):
        return True
    if lemma == "call" and _phoned(verb):
        return True
    if lemma in _NEWS_TAKEN and verb.dep_ == "ccomp" and _hearsay_frame(verb.head):
        return True  # "It is understood Ruiz only learned she had been fired": what is rumoured, not her words
    if _charged_act(verb):
        return True  # "accused it of supporting a campaign of threats": the act charged, no view of the accused
    if _addressed_passive(verb, lemma):
        return True  # "the envoys were asked to leave", "was summoned and informed": the one spoken to, no speaker
    if lemma in _ESTABLISHING and any(c.dep_ == "dobj" and c.lemma_.lower() in _IDENTITIES for c in verb.children):
        return True  # "his mother confirmed his identity to protesters": who he was made known, no words reported
    if _gapped_aim(verb, lemma):
        return True  # "industries that he's sought to bolster": the aim's object is the noun described, no stance told
    if _standing_aim(verb, lemma):
        return True  # "the separatist movement that calls for a new state": what the movement is, no report
    if _aim_of_thing(verb):
        return True  # "The gathering included groups from the north, to demand justice": what it was for, no words
    if _anonymity(verb):
        return True  # "didn’t want to be identified", "asked not to be named because ...": a request, nothing told
    if _terms_offered(verb, lemma):
        return True  # "the employer group offered a nearly 50 percent raise": a bargaining offer, no statement
    if _news_arrived(verb):
        return True  # "Reports that a plant had exploded came in at about 1 a.m.": when news came, no one's report
    if _caused(verb):
        return True  # "a fire ..., prompting the firm and the city to urge residents to stay inside": an effect told
    if lemma == "support" and any(o.lemma_.lower() in _PARTIES for o in _objects_of(verb)):
        return True  # "Corvan and Ardena support rival sides in several conflicts": backing, no stated view
    if relates_to(verb):
        return True  # "the problem related to how the driver talks to the system": what it concerns, no telling
    if lemma == "find" and verb.i + 1 < len(verb.doc) and verb.nbor().lower_ in _REFLEXIVE:
        return True  # "the city found itself cut off": a plight, no finding
    if _inverted_credit(verb):
        return True  # "The rioting had spread, reported the Associated Press, which said ...": its relative speaks
    if _not_said(verb, lemma):
        return True
    if _noun_taken_for_verb(verb):
        return True  # "After the mayday call the control tower gave ...": a noun the parse took for a verb
    if any(
        c.dep_ == "ccomp"
        and any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in c.children)
        and not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    ):
        return True  # "declared ... a disaster area Sunday after a plane crashed": a clause of time, no report
    if lemma == "know" and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        return True  # "suggested a swap, knowing that Moscow had long demanded it": what they knew, no stance told
    if _too_soon_to(verb):
        return True  # "although it was too early to tell how long it would last": nothing told yet
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return True  # "the Coast Guard called off its search": a search stopped, nothing called out
    if lemma in ("call", "name", "dub", "label") and verb.tag_ == "VBN" and verb.dep_ == "acl":
        return True  # "a group called “Black Blocs”": a name given, nothing reported
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in ("reject", "refuse", "decline") and any(o.lemma_.lower() in _OFFERS for o in objects):
        return True
    if lemma == "dismiss" and any(_people(o) for o in objects) and not any(c.lower_ == "as" for c in verb.children):
        return True
    return lemma == "find" and any(
        t.lower_ in _VERDICTS for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp") for t in c.subtree
    )


def _gapped_aim(verb: Token, lemma: str) -> bool:
    """An aim in a clause describing a noun, its infinitive left without an object: the object is the noun the
    clause describes ("key industries that he's sought to bolster", "the bill she wants to pass"). The clause
    tells what the noun is, not a stance anyone stated; the parse may hang it as a relative clause or, with a
    "that" it took for a conjunction, as a conjunct. "The ministry, which declined to comment" keeps its item:
    there the relative word is the subject; so does a refusal ("the questions he refused to answer"), which
    PolNeAR annotates."""
    if lemma not in _AIMS or verb.dep_ not in ("relcl", "conj"):
        return False
    subject = subject_of(verb)
    if subject is None or subject.lower_ in WH_SUBJECTS:
        return False
    related = any(
        c.dep_ in ("mark", "dobj") and c.lower_ in _RELATIVE and c.i < subject.i and not _after_and(c)
        for c in verb.children
    ) or (verb.dep_ == "relcl" and not any(c.dep_ == "mark" for c in verb.children))
    if not related:
        return False
    aims = [c for c in verb.children if c.dep_ == "xcomp"]
    return len(aims) == 1 and aims[0].pos_ == "VERB" and not any(c.dep_ in _FILLED for c in aims[0].children)


# what an infinitive's own object or complement hangs by: "sought to protect small trades" has its object
_FILLED = frozenset({"dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "oprd", "dative", "prt", "agent"})


# verbs that establish who someone is when their object is an identity
_ESTABLISHING = words("confirm verify establish reveal disclose")
_IDENTITIES = words("identity identities")


# verbs of aiming at something: "sought to bolster", "wants to pass", "plans to build"
_AIMS = words("seek want plan hope intend aim try")


def _after_and(word: Token) -> bool:
    """The word follows "and" or "or": "said she was glad and that she wanted to move on" joins a second
    clause of what was said, not a clause describing a noun."""
    return word.i > 0 and word.nbor(-1).lower_ in ("and", "or")


# words that open a clause describing the noun before them, standing for that noun
_RELATIVE = frozenset({"that", "which", "whom"})


# verbs that tell what an event led someone to do: "prompting the city to urge ...", "forcing the firm to warn"
CAUSING = words("prompt cause force lead spur push compel drive")
_CAUSING = CAUSING
# parties one backs in a conflict, not views one holds: "support rival sides", "backed opposing factions"
_PARTIES = words("side faction group militia rebel force camp")


def _aim_of_thing(verb: Token) -> bool:
    """A purpose infinitive ("..., to demand accountability") hung on a verb whose subject is a thing ("the
    gathering included", "the march went"): the reporter tells what it was for; no one is heard demanding."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and to is not None
        and to.i > 0
        and to.nbor(-1).text == ","  # set off by a comma: an aside on what it was for ("..., to demand")
        and verb.head.pos_ in ("VERB", "AUX")
        and thing_subject(verb.head)
    )


_NAMED = words("identify name")
# a wish or a request to stay unnamed ("declined to be identified", a refusal, PolNeAR reads as a source's stance)
_ASKING = words("want wish ask request")


def _anonymity(verb: Token) -> bool:
    """ "The person didn’t want to be identified", "asked not to be named because the talks are private": a source
    asking to stay unnamed, its only content its own being named; nothing about the world is told."""
    return verb.lemma_.lower() in _ASKING and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _NAMED and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children
    )


# terms one side offers the other: a bargaining position, not words said
_TERMS = words(
    "raise raises increase increases pay wage wages bonus bonuses package deal contract settlement compensation"
)


def _terms_offered(verb: Token, lemma: str) -> bool:
    """ "The employer group offered a nearly 50 percent raise": terms put on the table, not a statement; "offered
    condolences" or "offered an apology" are left alone."""
    if lemma != "offer" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    # the object's own words up to a comma: the parse may take "raise" in "a 40 percent raise over six years" for
    # a verb of its own
    for tok in verb.doc[verb.i + 1 : min(verb.i + 7, verb.sent.end)]:
        if tok.is_punct:
            return False
        if tok.lower_ in _TERMS:
            return True
    return False


_ARRIVING = words("come arrive pour")


def _news_arrived(verb: Token) -> bool:
    """ "Reports that a plant had exploded came in at about 1 a.m.": the parse took the noun "Reports" for a verb,
    the subject of a verb of arriving; the sentence tells when news came, not what anyone reported."""
    return verb.dep_ in ("nsubj", "nsubjpass") and verb.head.lemma_.lower() in _ARRIVING


def _caused(verb: Token) -> bool:
    """The infinitive of a verb of causing with its doer for object ("prompting Corvan Chemicals and the city to
    urge residents ..."): the reporter tells what an event led to, not what anyone was heard to say."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "ccomp")
        and head.lemma_.lower() in _CAUSING
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


# verbs of charging or crediting someone with an act: "accused it of supporting ...", "blamed them for urging ..."
_CHARGING = words("accuse blame criticize criticise fault condemn praise credit suspect")
# verbs whose passive subject is the one spoken to: "were asked to leave", "was informed of the decision"
_ADDRESSED_PASSIVE = words("ask inform tell instruct order urge advise notify remind")


def _charged_act(verb: Token) -> bool:
    """A gerund after the preposition of a verb of charging ("accused it of supporting a campaign"): the act the
    accuser names, so the one accused is not its speaker and the gerund no cue of its own."""
    prep = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.lower_ in ("of", "for")
        and prep.head.lemma_.lower() in _CHARGING
    )


def _addressed_passive(verb: Token, lemma: str) -> bool:
    """A passive of asking or telling with no "by" phrase ("the envoys were asked to leave"), or such a participle
    joined to a passive before it ("was summoned and informed ..."): its subject is the one spoken to, and who
    spoke is not told."""
    if lemma not in _ADDRESSED_PASSIVE or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        # only inside what another cue reports ("The statement added that the envoys were asked to leave"): the
        # outer cue carries the clause; a passive standing alone may still be someone's request reported
        reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING
        return reported and any(c.dep_ == "nsubjpass" for c in verb.children)
    head = verb.head
    return (
        verb.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ == "agent" for c in head.children)
    )


def _standing_aim(verb: Token, lemma: str) -> bool:
    """ "the movement that calls for a separate state": a present-tense "calls for" in a relative clause about a
    thing tells what the thing stands for, not a call anyone made."""
    if lemma != "call" or verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    subject = subject_of(verb)
    return subject is not None and subject.lower_ in ("that", "which")


def _objects_of(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _inverted_credit(verb: Token) -> bool:
    """A cue after a comma with a name right after it and a comma or stop after the name: the name is who reports
    (", reported the Associated Press, which said"), not what is reported."""
    if verb.i == 0 or verb.nbor(-1).text != ",":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].pos_ != "PROPN" or objects[0].i + 1 >= len(verb.doc):
        return False
    between = verb.doc[verb.i + 1 : objects[0].i]
    return all(t.dep_ in ("det", "compound") for t in between) and objects[0].nbor().text in (",", ".", ";")


def _noun_taken_for_verb(verb: Token) -> bool:
    """A determiner or a noun right before the cue, and its own: "the mayday call", "a call" (not "half-joking")."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (
        before is not None
        and before.head == verb
        and (before.dep_ == "det" or (before.dep_ == "compound" and before.pos_ in ("NOUN", "PROPN")))
    )


# a clause of time: "after a plane crashed", "before the vote"
_TIME_MARKS = words("after before when while until once")
_REFLEXIVE = words("itself himself herself themselves myself ourselves yourself yourselves")
# participles that tell what a thing is made or placed for: "sirens intended to warn ...", "meant to alert ..."
_PURPOSE = words("intend design mean")


# verbs of news reaching someone: what they learned is no view of theirs
_NEWS_TAKEN = words("learn hear discover realize realise")


def _hearsay_frame(verb: Token) -> bool:
    """A passive of hearsay with no one named: "It is understood ...", "it is believed ..."."""
    return verb.lemma_.lower() in HEARSAY and any(c.dep_ == "auxpass" for c in verb.children)


def _phone_number(tok: Token) -> bool:
    """ "330-921-9254", "911", "0800 555 0101": digits and dashes, no words."""
    return bool(re.fullmatch(r"[\d()+][\d\s().+-]{2,}", tok.text))


def _event_subject(verb: Token) -> bool:
    """An event or a count of happenings "shows" or "suggests" something ("the 4,000 job cuts show that the
    sector is cooling"): evidence the reporter reads, no one's words. Polls, surveys, data, studies and reports
    that show something stay attributions, as PolNeAR annotates them ("polls show ...")."""
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in WH_SUBJECTS and verb.dep_ == "relcl":
        subject = verb.head  # "a meeting that confirmed ...": the relative pronoun stands for its head noun
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in _AMOUNTS:
        # "the wave of layoffs suggests": the amount stands for the happenings it counts
        subject = next(
            (o for p in subject.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), subject
        )
        lemma = subject.lemma_.lower()
    return lemma in _EVENTS or lemma in _HAPPENINGS


# verbs an event's outcome does to what was expected ("the meeting confirmed expectations"), and the events
_MATCHED = words("confirm show signal indicate suggest")
_EVENTS = words("meeting session")
# happenings that are counted, not spoken: "the 12,000 layoffs", "the closures", "a wave of job cuts"
_HAPPENINGS = words(
    """layoff cut closure shutdown bankruptcy resignation departure death killing shooting attack arrest
    firing dismissal sale loss"""
)
# words for how many happenings there were: "the wave of layoffs", "a string of closures"
_AMOUNTS = words("wave string spate series number rash flurry")


# verbs whose "when"/"how" clause is a question: "asked how ...", "did not say when ..."
_QUESTIONING = words("ask wonder know decide")
_WH = words("when how why where")


def _asked_about(verb: Token) -> bool:
    """A verb in a question's clause ("when she plans to step down") under a verb that asks it or leaves it
    unanswered ("did not say", "asked", "wondered"): nothing was said of it."""
    head = verb.head
    wh = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _WH and c.i < verb.i), None)
    # the question is the verb's object, right after it ("say when ..."): "when I said" after another clause
    # tells when something happened
    if verb.dep_ not in ("advcl", "ccomp") or wh is None or wh.i != head.i + 1:
        return False
    return head.lemma_.lower() in _QUESTIONING or any(c.dep_ == "neg" for c in head.children)


def _questioned(clause: Token) -> bool:
    """A clause put as a question: "whether ..." or "if ..." ("asked whether calling for X would violate ...")."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


def _supposed_speaker(verb: Token) -> bool:
    """A cue in a relative clause that tells which people a question is about: "asked whether pupils who called
    for a strike should be expelled" supposes such pupils; no one is reported to have called for anything. Only
    a relative clause of the subject of a clause put as a question ("whether ...", "if ...")."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return _questioned(noun.head)


def _negated_alternative(verb: Token) -> bool:
    """The second verb of "did not X or Y" ("did not provide a timeline or announce a search"): negated too."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and any(c.dep_ == "neg" for c in head.children)
        and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children)
    )


def _withheld(verb: Token) -> bool:
    """ "deny" as keeping something from someone: passive with an object ("was denied a try"), a person or
    team denied ("to deny 14-man Ostby"), or both ("denied the Rovers their chance"). A denial denies a
    claim ("denied the allegations", "denied that ...")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if any(c.dep_ == "auxpass" for c in verb.children):
        return bool(objects)
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    named = [o for o in objects if o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _people(o)]
    return len(objects) > 1 or bool(named)


def _awaited(verb: Token) -> bool:
    """A verb in a clause of time ("until", "before", "once") with a thing for its object and no clause, or with
    a clause the parse made of its object and the next clause ("before it announced the review and Ardent
    revealed it had made a bid": "the review and Ardent" taken for one subject)."""
    timed = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till", "before", "once")
                                         for c in verb.children)
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return timed and (not clauses or all(object_joined_to_subject(c) for c in clauses))


def object_joined_to_subject(clause: Token) -> bool:
    """A clause whose subject opens with a definite common noun joined by "and" to a name: the cue's object and
    the next clause's subject run together ("the review and Ardent revealed ...")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i != clause.head.i + 2:
        return False
    return subject.nbor(-1).lower_ == "the" and any(
        c.dep_ == "conj" and c.pos_ == "PROPN" for c in subject.children
    )


def _phoned(verb: Token) -> bool:
    """ "called Milei to congratulate him": a telephone call made for a purpose (a person called, then an
    infinitive), not words called out or a name given ("called him “a liar”", "called for talks")."""
    # the small model parses "called Rosa Lind on Sunday to ..." as naming her ("oprd"): a person either way
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    person = len(objects) == 1 and (objects[0].pos_ in ("PROPN", "PRON") or _people(objects[0]))
    purpose = any(
        c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    return person and purpose and not any(c.dep_ in ("ccomp", "attr") for c in verb.children)


# what a club or a company turns down: a decision on an offer, not a statement
# what a decision answers ("rejected the club's offer", "rejected calls for her removal"): a proposal or a demand
_OFFERS = words("offer bid approach call demand")
# groups of people a verb acts on ("dismissing 12 jurors")
_PEOPLE = words("juror jury staff employee worker player coach manager official officer member")


def _people(tok: Token) -> bool:
    """A person or a group of people: "12 jurors", "him", "the coach"."""
    pronoun = tok.lower_ in ("him", "her", "them")
    return pronoun or tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _PEOPLE | PERSON_NOUNS


def _no_statement(verb: Token, lemma: str) -> bool:
    """Acts that state nothing about the world, each an act a cue's word also names."""
    if lemma in _EARNINGS_VERBS and _earnings_told(verb):
        return True  # "a company that reported $17 billion in profits", "set to report earnings": accounts, no claim
    if lemma == "call" and any(o.lemma_.lower() in _GATHERINGS for o in _objects_of(verb)):
        return True  # "the agency called a meeting of experts", "called the press conference": a gathering summoned
    if lemma in _DISCLOSING and _withheld_details(verb):
        return True  # "Corvan didn't reveal more specifics": nothing was told
    if _gerund_of_said(verb):
        return True  # "said declaring the outbreaks an emergency is warranted": no one declared anything
    return _object_fronted(verb)  # "... the games – claims Ardena denies": the claims are what "denies" takes


# what a company reports that is its accounts, not a claim: "reported $17 billion in profits", "report earnings"
_EARNINGS_VERBS = words("report post")
_ACCOUNTS = words("earning earnings profit revenue revenues loss losses sales income result results turnover")
# gatherings one calls (convenes): "called a meeting", "called the press conference", "called a snap election"
_GATHERINGS = words("meeting conference session summit election vote referendum strike hearing briefing")
# verbs of making known whose negated object is only "details": "didn't reveal more specifics"
_DISCLOSING = words("reveal disclose give provide offer release share specify")
_DETAILS = words("detail details specific specifics information figure figures number numbers")


def _earnings_told(verb: Token) -> bool:
    """ "reported $17 billion in profits", "report earnings": an object of accounts or of money, and no clause."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    for obj in _objects_of(verb):
        if obj.lemma_.lower() in _ACCOUNTS:
            return True
        money = obj.tag_ == "CD" or obj.ent_type_ == "MONEY"
        if money and any(
            p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_.lower() in _ACCOUNTS for o in p.children)
            for p in obj.children
        ):
            return True
    return False


def _withheld_details(verb: Token) -> bool:
    """A negated disclosure whose object is details and no clause: "didn't reveal more specifics"."""
    if not any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    objects = _objects_of(verb)
    return bool(objects) and all(o.lemma_.lower() in _DETAILS for o in objects)


def _gerund_of_said(verb: Token) -> bool:
    """ "said declaring the outbreaks an emergency is warranted": a gerund with no subject that opens what a cue
    says, the parse hanging it on the cue; the act named is no one's, the saying is the cue's."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("xcomp", "csubj", "csubjpass")
        and verb.head.lemma_.lower() in REPORTING
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


def _object_fronted(verb: Token) -> bool:
    """A cue word with no subject whose clause is a verb of reply with nothing after it ("claims Ardena denies"):
    the cue word is the noun the reply denies."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return len(clauses) == 1 and clauses[0].i == verb.i + 2 and clauses[0].lemma_.lower() in _REPLIES and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in clauses[0].children
    )


# verbs of reply to a claim: "claims Ardena denies", "charges he rejects"
_REPLIES = words("deny dispute reject contest rebut refute")


# what people report of their own health or of what they did ("9 people have reported illnesses", "had reported
# eating the cheese"): cases counted by a health agency, not anyone's statement
_AILMENTS = words("illness illnesses symptom symptoms sickness infection infections")
_REPORTERS = words("people person patient patients consumer consumers customer customers resident residents")
_WISHING = words("like love wish")
_INFERRING = words("suggest indicate show reveal")
_CLAIMING = words("claim allege say state assert")
# things that carry words or evidence: what they show or suggest is read as their report ("the poll, showing ...")
_EVIDENCE = words(
    """statement report release memo letter filing document article story post tweet message email note video
    analysis study survey poll review announcement notice data datum figures figure statistics numbers number
    records record tally estimate estimates result results research finding findings evidence test tests"""
)


def _not_said(verb: Token, lemma: str) -> bool:
    """Cues that report no one's words: a wish to report ("who would like to report adverse reactions"), an
    inference the writer draws from a scene (", suggesting the bow had plowed into it", ", revealing the scale of
    the vessel"), a manner likened to speech ("shouts as if announcing victory"), people's own cases counted by
    an agency ("9 people have reported illnesses"), an idiom introduced by "it is said that"."""
    if lemma == "report" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WISHING:
        return True  # "who would like to report adverse reactions": what someone may want to do, no report
    if verb.tag_ == "VBG" and not _has_subject(verb) and _as_if(verb):
        return True  # "shouts as if announcing victory": how something looked, nothing announced
    if lemma in _INFERRING and verb.tag_ == "VBG" and verb.dep_ == "advcl" and _thing_observed(verb):
        return True  # "an excavator dug into the bank, suggesting the bow had plowed into it": the writer's inference
    if lemma in _CLAIMING and verb.tag_ == "VBG" and not _has_subject(verb) and _hangs_on_hearsay(verb):
        return True  # "information it had received claiming the ship was refloated": an unnamed claim
    if lemma in _NAMING and _name_withheld(verb):
        return True  # "It did not call it a cyberattack": a name not given, nothing said
    if lemma == "report" and _own_cases(verb):
        return True
    return lemma == "say" and _impersonal(verb)


# word of unknown origin: "information claiming ...", "rumours saying ..."
_HEARSAY_NOUNS = words("information rumour rumours rumor rumors speculation gossip")


def _hangs_on_hearsay(verb: Token) -> bool:
    """A participle that describes word of unknown origin ("information it had received earlier claiming the
    vessel was refloated"): what the information held, whose maker is not told; the speaker of the sentence only
    reports that it was wrong."""
    noun = verb.head
    if verb.dep_ == "advcl" and noun.dep_ in ("relcl", "acl"):
        noun = noun.head
    elif verb.dep_ != "acl":
        return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _HEARSAY_NOUNS


def _thing_observed(verb: Token) -> bool:
    """A participle with no subject of its own after a clause about a physical thing or scene ("at least one
    excavator dug into the banks, suggesting ...", "A satellite image shows the ship, revealing the scale of the
    vessel"): the writer's inference from what is seen. Not after a person, a body or a name ("Cuban complained
    that ..., suggesting ..."), nor after a carrier of words or evidence ("the poll, suggesting ...")."""
    if _has_subject(verb) or verb.head.dep_ != "ROOT":
        return False  # under a reported clause ("stressed that the way is ..., suggesting"): the speaker's inference
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or subject.ent_type_ in _SPEAKING_ENTITIES:
        return False
    if (subject.pos_ != "NOUN" or subject.ent_type_) and verb.head.lemma_.lower() != "be":
        return False  # a name may speak; but "The Velia Star is still visible ..., revealing" only tells a state
    lemma = subject.lemma_.lower()
    return lemma not in PERSON_NOUNS and lemma not in _EVIDENCE and lemma not in _BODIES


_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_BODIES = words(
    """agency authority government ministry department company firm group union court police army council
    committee commission campaign party team office administration board bureau service official officials"""
)


_NAMING = words("call term label dub")


def _name_withheld(verb: Token) -> bool:
    """ "did not call it a cyberattack": a name the speaker did not use (object and predicate both there, the verb
    negated with "do"; "should not have called Rubio a lightweight" and "wouldn't call it reform" are views)."""
    children = list(verb.children)
    return (
        any(c.dep_ == "neg" for c in children)
        and any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in children)
        and any(c.dep_ == "dobj" for c in children)
        and any(c.dep_ in ("oprd", "xcomp") for c in children)
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


def _as_if(verb: Token) -> bool:
    """A participle after "as if" / "as though"."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("if", "though")]
    return any(m.i > 0 and verb.doc[m.i - 1].lower_ == "as" for m in marks)


def _own_cases(verb: Token) -> bool:
    """ "So far, 9 people in 5 provinces have reported illnesses", "All three people ... had reported eating the
    cheese": people's ailments or acts counted in an outbreak, no statement of theirs."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _REPORTERS:
        return False
    return any(
        (c.dep_ == "dobj" and c.lemma_.lower() in _AILMENTS) or (c.dep_ == "xcomp" and c.tag_ == "VBG")
        for c in verb.children
    )


def _too_soon_to(verb: Token) -> bool:
    """ "it was too early to tell how long ...", "too soon to say": the infinitive of an adjective under "too"
    says what cannot be told yet; the words around it are someone else's report, the infinitive none."""
    adjective = verb.head
    return (
        verb.dep_ == "xcomp"
        and adjective.pos_ == "ADJ"
        and any(c.dep_ == "advmod" and c.lower_ == "too" for c in adjective.children)
    )


def _impersonal(verb: Token) -> bool:
    """ "It is said that third time's the charm": in the present tense, received wisdom with no one behind it and
    no agent named ("it was said that Democrats might never win again" reports a claim of its time)."""
    children = list(verb.children)
    return (
        any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in children)
        and any(c.dep_ == "auxpass" and c.lower_ in ("is", "'s", "’s") for c in children)
        and not any(c.dep_ == "agent" for c in children)
        and verb.tag_ == "VBN"
        and verb.i + 1 < len(verb.doc)
        and verb.nbor().lower_ == "that"
    )


# words opening a question: "did not know how many people were inside"
_QUESTION_WORDS = words("how what which who whom whether when where why if")


def _unspoken_form(verb: Token, lemma: str) -> bool:
    """Forms of a verb of saying or of a stance that tell no one's words: an unknown ("did not know how many were
    inside"). (Dropping a duty laid on someone, "require all users to disclose data", the aim of an act, "visited
    the site to offer condolences", and participles describing their noun cost PolNeAR hits.)"""
    return lemma == "know" and _negated(verb) and _question_follows(verb)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _question_follows(verb: Token) -> bool:
    """ "did not know how many people were inside": the clause after the verb opens with a question word."""
    return any(
        c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i and c.left_edge.lower_ in _QUESTION_WORDS
        for c in verb.children
    )
