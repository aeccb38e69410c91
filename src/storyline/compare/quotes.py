"""Cross-report quotes: the same quote carried by several reports becomes one ``StoryQuote``.

Two quotes from different reports are the same when the words of the shorter one are (nearly) all in the
longer one (``align.quote_similarity`` >= ``min_similarity``) and run unbroken there (``one_wording``):
verbatim copies, an inserted "(have been)", a trimmed end or a changed quote mark all pass; a word changed
("with the outcome" / "with the result") makes two wordings, each cited to the carriers that print it. The
first carrier (story order, then text order) holds the span; the others are listed in ``same_as``. The speaker
is the story entity of the first carrier's speaker, found through the entity's ``members`` ``(article id,
local entity id)`` or, failing that, by name.

Reported speech merges only with reported speech carried word for word with the same speaker (a syndicated
copy). Does NOT merge two different quotes by the same speaker, nor reported speech that paraphrases a direct
quote, nor two outlets' paraphrases of one statement.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from storyline.compare.align import PASSAGE, SAME_QUOTE, content_tokens, quote_similarity, quote_words, shared_passage
from storyline.extract.coref import singular
from storyline.extract.nominals import GROUP_NOUNS, PERSON_NOUNS
from storyline.model import Analysis, Quote, Span, StoryEntity, StoryQuote

# the story entity id of a quote's speaker (None when unknown), given the article id
SpeakerFn = Callable[[str, Quote], str | None]

# a negation just before the cue ("has not said", "did not confirm", "never said"): the ledger shows it
_NEGATED = re.compile(r"(?:\b[A-Za-z]+\s+not|\b[A-Za-z]+n[’']t|\bnever)\s+(?:(?:yet|publicly|explicitly)\s+)?$")


# a refusal to act is no statement ("500 people declined to leave their homes"); a refusal to speak is one
# ("declined to comment", "refused to be named"). The reading stage keeps both (PolNeAR annotates refusals as
# attributions); who said what shows only the second.
_REFUSALS = frozenset({"decline", "declined", "declines", "declining", "refuse", "refused", "refuses", "refusing"})
_SPEAKING = frozenset(
    """comment say discuss elaborate specify speculate answer respond detail identify name disclose confirm deny
    reveal release provide give explain be talk speak apologize apologise retract""".split()  # noqa: SIM905
)


def refusal_to_act(text: str, quote: Quote) -> bool:
    """Whether ``quote`` is a refusal to do something other than speak ("declined to leave their homes")."""
    if quote.kind != "indirect" or quote.cue_span is None:
        return False
    if text[quote.cue_span.start : quote.cue_span.end].lower() not in _REFUSALS:
        return False
    act = re.match(r"to\s+(\w+)", quote.text)
    return act is not None and act.group(1).lower() not in _SPEAKING


# verbs that give a thing a name ("PFAS, referred to as “forever chemicals”", "described as ..."): with the clause
# opening on "as", the name is the report's label for a thing, no statement of anyone's
_NAMING = frozenset(
    """referred described known called dubbed labelled labeled termed branded nicknamed""".split()  # noqa: SIM905
)
_AS_LABEL = re.compile(r"^(?:to\s+)?as\s", re.IGNORECASE)


def a_label(text: str, quote: Quote) -> bool:
    """Whether reported speech is a label given to a thing ("chemicals referred to as “forever chemicals”"):
    a naming verb as its cue and a clause that opens on "as". "Kell described the plan as reckless" keeps its
    object before "as", and stays a statement."""
    if quote.kind != "indirect" or quote.cue_span is None:
        return False
    cue = text[quote.cue_span.start : quote.cue_span.end].strip().lower()
    return cue in _NAMING and _AS_LABEL.match(quote.text.strip()) is not None


# verbs of stance and deed ("endorsed its drug", "backed the plan", "approved the sale"): reported inside someone
# else's words they tell what the other one did, in the teller's statement ("Lilly said the FDA had endorsed its
# drug"), not something the other one said
_DEEDS = re.compile(
    r"(?:endors|approv|back|support|oppos|reject|welcom|condemn|accept)(?:e|es|ed|d|s|ing)?", re.IGNORECASE
)


def act_within(text: str, quote: Quote, others: Sequence[Quote]) -> bool:
    """Whether reported speech is a stance or deed that another quote of the same report tells, cue and all
    ("Eli Lilly said the regulator had endorsed its drug": the regulator's endorsement is part of Lilly's
    statement, the regulator said nothing). Only a verb of ``_DEEDS`` as the cue and words with no quotation
    marks of their own."""
    if quote.kind != "indirect" or quote.cue_span is None or re.search(r"[\"“”«»]", quote.text):
        return False
    if _DEEDS.fullmatch(text[quote.cue_span.start : quote.cue_span.end].strip()) is None:
        return False
    return any(
        other is not quote and other.span.contains(quote.cue_span) and other.span.contains(quote.span)
        for other in others
    )


def _cue_words(text: str, cue: Span) -> str | None:
    """The cue as the ledger shows it: its verb as written, with a negation before it ("has not said")."""
    verb = text[cue.start : cue.end].strip()
    if not verb:
        return None
    neg = _NEGATED.search(text, max(0, cue.start - 40), cue.start)
    return " ".join((text[neg.start() : cue.start] + verb).split()) if neg else verb


def _other_speakers(
    quote: Quote,
    article: str,
    speaker: str | None,
    same: Sequence[Span],
    carried: Sequence[tuple[str, Quote]],
    entities: Sequence[StoryEntity],
) -> tuple[tuple[Span, str], ...]:
    """Carriers of the same quote that name another speaker: one outlet gives the words to Ana Ruiz, another to
    Tomas Lind. Only names count on both sides: a carrier that leaves the speaker out, or describes them ("a
    resident"), does not contradict one that names them."""
    if speaker is None or not _named(quote):
        return ()
    out = []
    for other_article, other in carried:
        if other.span not in same or not _named(other):
            continue
        other_id = _speaker_id(other, other_article, entities)
        if other_id is not None and other_id != speaker:
            out.append((other.span, other_id))
    return tuple(out)


def _named(quote: Quote) -> bool:
    """A speaker given by a proper name ("Ana Ruiz"), not a description ("a resident") nor none."""
    return quote.speaker is not None and quote.speaker[:1].isupper() and quote.speaker_entity is not None


def _speaker_id(quote: Quote, article: str, entities: Sequence[StoryEntity]) -> str | None:
    """The story entity of a quote's speaker: through the report's own entity (``members``), else by the
    speaker's name, else, for a one-word name ("Trump") that the report's entity stage made no entity of, the one
    person of the story whose name ends with it ("Donald Trump"; ``by_surname``)."""
    if quote.speaker_entity:
        for ent in entities:
            if (article, quote.speaker_entity) in ent.members:
                return None if _narrower(quote.speaker, ent.name) else ent.id
    if quote.speaker:
        name = quote.speaker.lower()
        for ent in entities:
            if ent.name.lower() == name:
                return ent.id
        return by_surname(quote.speaker, entities)
    return None


def _narrower(speaker: str | None, entity_name: str) -> bool:
    """The report names the speaker more narrowly than the story entity of bare descriptions it belongs to
    ("spokesperson at Japan Airlines" within "spokesperson", which another report's airport spokesperson shares):
    the quote keeps the report's words, not the shared description."""
    if speaker is None:
        return False
    if entity_name[:1].islower() and speaker.lower().startswith(entity_name.lower() + " "):
        return True
    # "Officials" within "officials from Columbiana County", which another report told: another report's
    # description says who this report's officials are no more than the report itself does
    own, shared = _bare(speaker), _bare(entity_name)
    return _description(own) and _description(shared) and own != shared


def _bare(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip().lower())


def _description(name: str) -> bool:
    """People named by a description ("officials", "nearby residents", "officials from Columbiana County"): its
    head, the word before a preposition or the last word, is a noun for people."""
    words = re.split(r"\s+(?:of|from|in|at|for|with)\s+", name, maxsplit=1)[0].split()
    return bool(words) and singular(words[-1]) in PERSON_NOUNS | GROUP_NOUNS


def by_surname(name: str, entities: Sequence[StoryEntity]) -> str | None:
    """The one person of the story whose full name ends with the one-word ``name``; None for a longer name, or
    when none or several do (a father and a son of one surname: the words are nobody's rather than a guess's)."""
    if len(name.split()) != 1 or not name[:1].isupper():
        return None
    last = name.lower()
    # a surname is written in capitals: "Georgia officials" (a description the small model typed a person) ends on
    # no surname, and "Officials this week confirmed ..." of another report is no one of it
    found = {
        e.id for e in entities if e.type == "PERSON" and len(e.name.split()) > 1
        and e.name.split()[-1][:1].isupper() and e.name.lower().split()[-1] == last
    }
    return found.pop() if len(found) == 1 else None


def _same_report(a: Quote, b: Quote) -> bool:
    """Two reported clauses are one when a copy carries them word for word with the same speaker (a syndicated
    report); paraphrases stay apart, since each outlet's wording is its own reading of what was said."""
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return False
    return " ".join(a.text.split()).strip(" .,;:") == " ".join(b.text.split()).strip(" .,;:")


# an editor's insertion in a quote ("no details (have been) finalized"): no word of the speaker's
_INSERTED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SAID_WORD = re.compile(r"[a-z0-9]+")


def one_wording(a: str, b: str) -> bool:
    """Whether two carriers print one wording of a quote: the words of one, in order, run unbroken inside the
    other's (case, quotation marks, punctuation and an editor's bracketed insertion aside). "very disappointed
    with the outcome" and "very disappointed with the result" are two wordings: a carrier is cited only for words
    it printed."""
    wa, wb = (_SAID_WORD.findall(_INSERTED.sub(" ", t.lower().replace("’", "'"))) for t in (a, b))
    short, long = sorted((wa, wb), key=len)
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))


# how many of a quote's words another carrier may change, add or leave out and still print it (not at its ends:
# a trimmed end is ``one_wording``'s), and how long the quote must be for that
SMALL_EDIT_WORDS = 2
_SMALL_EDIT_MIN = 8


def prints_most(carrier: str, quote: str) -> bool:
    """Whether a carrier's words hold (nearly) all of the quote it would be cited for: at most ``SMALL_EDIT_WORDS``
    of its words missing. A report that prints only the end of a longer quote ("She is safe. She is on a plane.",
    said aloud, beside a tweet "Moments ago I spoke to her. She is safe. She is on a plane.") is no carrier of the
    longer one: the ledger would put words in its mouth that it never printed. The longer wording carries the
    shorter one, which it holds whole."""
    said, held = (_SAID_WORD.findall(_INSERTED.sub(" ", t.lower().replace("’", "'"))) for t in (quote, carrier))
    return len(said) - len(held) <= SMALL_EDIT_WORDS


def small_edit(a: str, b: str) -> bool:
    """Whether two carriers print one statement with at most ``SMALL_EDIT_WORDS`` words changed, added or left out
    inside it ("we do not believe that we are going to find any of these individuals still alive" / "we do not
    believe we are going to find any of these people still alive"): the same words said, reported with a slip.
    A trimmed start or end is no edit; a translation or a paraphrase changes more words."""
    wa, wb = (_SAID_WORD.findall(_INSERTED.sub(" ", t.lower().replace("’", "'"))) for t in (a, b))
    short, long = sorted((wa, wb), key=len)
    if len(short) < _SMALL_EDIT_MIN:
        return False
    blocks = [m for m in difflib.SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks() if m.size]
    if not blocks:
        return False
    first, last = blocks[0], blocks[-1]
    # the stretch of the longer quote the shorter one covers, from its first matched word to its last
    covered_long = last.b + last.size - first.b
    matched = sum(m.size for m in blocks)
    left_out = len(short) - matched - first.a - (len(short) - last.a - last.size)  # inside the shorter one
    added = covered_long - matched
    edge = first.a + (len(short) - last.a - last.size)  # words of the shorter one past the longer one's run
    return edge == 0 and max(left_out, added) <= SMALL_EDIT_WORDS


def merge_quotes(
    analyses: Sequence[Analysis],
    entities: Sequence[StoryEntity],
    *,
    min_similarity: float = 0.85,
    texts: Mapping[str, str] | None = None,
) -> tuple[StoryQuote, ...]:
    """Every quote of the story once, with its other carriers in ``same_as``; ``texts`` (article id to text)
    gives each its cue word as written."""
    texts = texts or {}
    carried: list[tuple[str, Quote]] = [
        (an.article, q)
        for an in analyses
        for q in _past_headings(an, texts.get(an.article))
        if an.article not in texts or not act_within(texts[an.article], q, an.quotes)
    ]
    taken = [False] * len(carried)
    out = []
    for i, (article, quote) in enumerate(carried):
        if taken[i]:
            continue
        taken[i] = True
        if article in texts and (refusal_to_act(texts[article], quote) or a_label(texts[article], quote)):
            continue
        same: list[Span] = []
        for j in range(i + 1, len(carried)):
            other_article, other = carried[j]
            if taken[j] or other_article == article or (other.kind == "indirect") != (quote.kind == "indirect"):
                continue
            if any(s.article == other_article for s in same):
                continue
            if quote.kind == "indirect" and not _same_report(quote, other):
                continue
            worded = one_wording(quote.text, other.text) and prints_most(other.text, quote.text)
            if quote_similarity(quote.text, other.text) >= min_similarity and (quote.kind == "indirect" or worded):
                taken[j] = True
                same.append(other.span)
        speaker = _speaker_id(quote, article, entities)
        named = quote.speaker
        if speaker is None:
            # the first carrier may not know the speaker while another does
            for other_article, other in carried:
                if other.span in same:
                    speaker = _speaker_id(other, other_article, entities)
                    named = named or other.speaker
                    if speaker:
                        break
        cue = _cue_words(texts[article], quote.cue_span) if quote.cue_span is not None and article in texts else None
        out.append(StoryQuote(span=quote.span, text=quote.text, kind=quote.kind, speaker=speaker,
                              same_as=tuple(same), cue=cue, speaker_name=None if speaker else named,
                              also_attributed=_other_speakers(quote, article, speaker, same, carried, entities)))
    return tuple(out)


def _past_headings(analysis: Analysis, text: str | None) -> list[Quote]:
    """The quotes of one report with its headline's and subheadings' speech set aside: "T-Mobile says data on
    37 million customers stolen" over a report is the outlet's summing up of what the body tells, not words
    anyone said in that form. Where the body carries the heading's quoted words (a direct or partial quote,
    found there word for word outside any heading), they are kept with the body's span; where a quote of the
    body already holds them, or nothing does, the heading's is dropped."""
    headings = [f.span for f in analysis.furniture if f.kind == "heading"]
    if not headings:
        return list(analysis.quotes)
    body: list[Quote] = []
    headed: list[Quote] = []
    for quote in analysis.quotes:
        (headed if any(h.start <= quote.span.start < h.end for h in headings) else body).append(quote)
    moved = []
    for quote in headed:
        if any(_holds(other.text, quote.text) for other in body) or quote.kind == "indirect" or text is None:
            continue
        found = _in_body(text, quote.text, headings)
        if found is not None:
            span = Span(article=quote.span.article, start=found[0], end=found[1])
            moved.append(replace(quote, span=span, text=text[found[0] : found[1]]))
    return sorted(body + moved, key=lambda q: (q.span.start, q.span.end))


def _holds(longer: str, shorter: str) -> bool:
    """Whether the words of ``shorter`` run unbroken in ``longer`` (case and apostrophes aside)."""
    small, big = quote_words(shorter), quote_words(longer)
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _in_body(text: str, words: str, headings: Sequence[Span]) -> tuple[int, int] | None:
    """Where the body (the text outside ``headings``) first carries ``words`` word for word, ignoring case."""
    if not words.strip():
        return None
    for m in re.finditer(re.escape(words.strip()), text, flags=re.IGNORECASE):
        if not any(h.start <= m.start() < h.end for h in headings):
            return m.start(), m.end()
    return None


# narration between two quotes of one speaker that still joins them into one statement ("“The truth has
# meaning,” said the lawyer, Justin Nelson. “Lies have consequences.”")
_JOINED = 80
_PIECE = re.compile(r"[^.!?]+[.!?]*")
_EDGE = " \t\n\"“”‘’'.,;:!?—–-"
# a sentence of a quote this short is matched word for word; a longer one as quotes are (``quote_similarity``)
_SHORT = 4


@dataclass(frozen=True, slots=True)
class _Piece:
    """A sentence of a speaker's quoted words in one report, and where it stands in that speaker's run."""

    span: Span
    words: tuple[str, ...]
    speaker: str
    run: int  # pieces of one run follow each other: one quote, or quotes joined by a little narration


def _pieces(analysis: Analysis, text: str, speaker_of: SpeakerFn) -> list[_Piece]:
    """The sentences of the report's direct quotes whose speaker is known, in text order."""
    out: list[_Piece] = []
    run, last_end, last_speaker = 0, -(10**9), None
    for q in sorted((q for q in analysis.quotes if q.kind == "direct"), key=lambda q: q.span.start):
        who = speaker_of(analysis.article, q)
        if who is None:
            continue
        if who != last_speaker or q.span.start - last_end > _JOINED:
            run += 1
        for m in _PIECE.finditer(text, q.span.start, q.span.end):
            s, e = m.start(), m.end()
            while s < e and text[s] in _EDGE:
                s += 1
            while e > s and text[e - 1] in _EDGE:
                e -= 1
            words = tuple(quote_words(text[s:e]))
            if words:
                out.append(_Piece(Span(article=analysis.article, start=s, end=e), words, who, run))
        last_end, last_speaker = q.span.end, who
    return out


def _same_words(a: _Piece, b: _Piece) -> bool:
    if min(len(a.words), len(b.words)) < _SHORT:
        return a.words == b.words
    return quote_similarity(" ".join(a.words), " ".join(b.words)) >= SAME_QUOTE


def worded_apart(
    analyses: Sequence[Analysis], texts: Mapping[str, str], speaker_of: SpeakerFn
) -> list[tuple[Span, Span]]:
    """Pairs of quoted sentences that two reports give one speaker at one point of one statement in different
    words: ITV's “The truth matters. Lies have consequences” beside another report's “The truth has meaning,”
    ... “Lies have consequences.” (the shared "Lies have consequences" fixes the point; the sentences just
    before it differ). Both must be a sentence no other report's quote of the speaker repeats, next to the
    shared one in its run (``_JOINED``), and share a content word ("truth"): two outlets quoting different
    sentences of one speech are no discrepancy. A sentence needs no neighbour when most of it is printed alike and
    its ending told otherwise (``_retold``: "... understand why you have taken it" / "... understand why it was
    made"). A partial quote ("refutes these allegations") is set against nothing: a few words worked into the
    reporter's sentence may come from another sentence, letter or interview than the one another report prints.
    """
    pieces = {an.article: _pieces(an, texts[an.article], speaker_of) for an in analyses if an.article in texts}
    out: list[tuple[Span, Span]] = []
    ids = list(pieces)
    for x, first in enumerate(ids):
        for second in ids[x + 1 :]:
            mine, theirs = pieces[first], pieces[second]
            anchored = {(i, j) for i, p in enumerate(mine) for j, o in enumerate(theirs)
                        if p.speaker == o.speaker and _same_words(p, o)}
            lone_mine = {i for i in range(len(mine)) if not any(i == a for a, _ in anchored)}
            lone_theirs = {j for j in range(len(theirs)) if not any(j == b for _, b in anchored)}
            for i, j in sorted(anchored):
                for step in (-1, 1):
                    a, b = i + step, j + step
                    if a in lone_mine and b in lone_theirs and _beside(mine, i, a) and _beside(theirs, j, b):
                        pair = (mine[a].span, theirs[b].span)
                        if _alike(texts[first], texts[second], pair) and pair not in out:
                            out.append(pair)
            for a, b in _retold(mine, theirs, texts[first], texts[second]):
                if (mine[a].span, theirs[b].span) not in out:
                    out.append((mine[a].span, theirs[b].span))
    return out


def _retold(mine: Sequence[_Piece], theirs: Sequence[_Piece], first: str, second: str) -> list[tuple[int, int]]:
    """Pairs of sentences of one speaker that are one sentence in two wordings (``_reworded``), each the other's
    best partner (the longest passage shared): "I support your decision to step back and understand why you have
    taken it" in one report, "... understand why it was made" in another. A sentence the other report prints in
    its own wording too (``one_wording``, ``small_edit``) is carried there, and the other sentence like it is
    another sentence of the speaker's."""
    def text(pieces: Sequence[_Piece], at: int, of: str) -> str:
        return of[pieces[at].span.start : pieces[at].span.end]

    pairs = [(i, j, text(mine, i, first), text(theirs, j, second))
             for i in range(len(mine)) for j in range(len(theirs)) if mine[i].speaker == theirs[j].speaker]
    carried = {(i, j) for i, j, one, other in pairs if one_wording(one, other) or small_edit(one, other)}
    found = {(i, j): shared_passage(one, other) for i, j, one, other in pairs
             if not any(a == i or b == j for a, b in carried) and _reworded(one, other)}
    return sorted(
        (i, j) for (i, j), w in found.items() if all(v < w for (a, b), v in found.items() if (a == i) != (b == j))
    )


# the share of a quoted sentence's words that a passage printed in another report must cover, and the share of its
# content words the other must hold, for the two to be one sentence in two wordings ("I support your decision to
# step back and understand why" + "you have taken it" / "it was made": 10 of 13 words, 4 of 5 content words)
_FRAME = 0.6
_KEPT = 2 / 3


def _reworded(one: str, other: str) -> bool:
    """Whether two quoted sentences of one speaker are one sentence told in two wordings: they share a passage
    (``align.PASSAGE``: four content words in a row or so) covering most of the shorter one (``_FRAME``) and most of
    each one's content words (``_KEPT``), and differ in a content word ("taken" / "made"). One wording cut shorter,
    a word or two slipped inside a long quote (``small_edit``) or stop words alone changed ("We've agreed that" /
    "We have agreed") are one quote; two sentences that share a few words ("I want to thank every volunteer who
    searched the hills" / "... who cooked for the searchers") keep too few content words in common."""
    if one_wording(one, other) or small_edit(one, other) or shared_passage(one, other) < PASSAGE:
        return False
    wa, wb = quote_words(one), quote_words(other)
    run = difflib.SequenceMatcher(None, wa, wb, autojunk=False).find_longest_match(0, len(wa), 0, len(wb)).size
    if run < _FRAME * min(len(wa), len(wb)):
        return False
    mine, theirs = set(content_tokens(one)), set(content_tokens(other))
    common = len(mine & theirs)
    return mine != theirs and common >= _KEPT * max(len(mine), len(theirs))


def _beside(pieces: Sequence[_Piece], at: int, other: int) -> bool:
    return 0 <= other < len(pieces) and pieces[other].run == pieces[at].run


# two quoted sentences this alike in their words, in order, are one sentence lightly edited ("We’ve agreed that ...
# within the next week" / "We have agreed ... in the next week": 0.75), not two wordings
_EDITED = 0.6


# of the content words of the shorter of two quoted sentences, the share the other must have for the two to be
# one point told in other words ("The truth matters" / "The truth has meaning": 1 of 2); two different sentences
# of one statement share a few of the story's words and no more ("Many leaders in Arab states have tremendous
# influence ..." / "Hundreds of families await the assistance of leaders of Arab states ...": 3 of 12)
_SHARED = 0.5


def _alike(first: str, second: str, pair: tuple[Span, Span]) -> bool:
    """Whether two quoted sentences say something of one thing in other words: they share at least ``_SHARED``
    of the shorter one's content words ("truth"), and are no light edit of one sentence (``_EDITED``)."""
    a, b = pair
    one, other = first[a.start : a.end], second[b.start : b.end]
    if quote_similarity(one, other) >= _EDITED:
        return False
    mine, theirs = set(content_tokens(one)), set(content_tokens(other))
    return bool(mine & theirs) and len(mine & theirs) >= _SHARED * min(len(mine), len(theirs))
