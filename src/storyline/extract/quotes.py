"""Quotations and reported speech with their speakers: the quote stage of ``analyze_doc``.

``extract_quotes(article, doc, entities)`` returns every quote of one article, sorted by start:

- ``direct``: a sentence or clause between quotation marks ("...," Hayton told Newsweek.), including a
  quote resumed after its attribution ("...," he added. "NATO requires ...") and a paragraph of pure
  quotation that continues the previous paragraph's speaker;
- ``partial``: a few quoted words inside a sentence that is not itself the quote (made the world "more
  unstable."), kept only when the sentence carries a cue of speech: scare quotes and titles (its "Strategic
  Concept" document) are not speech;
- ``indirect``: reported speech without marks (``quotes_reported``).

The speaker is the subject of the attribution cue nearest the quote in its sentence (before or after it,
"said Hayashi" inverted too), else the previous quote's speaker when this quote continues it; names come
from the entity stage when an entity covers the mention, else from ``quotes_speakers``' fallback. When no
rule applies the speaker is None: an unattributed quote is better than a wrong speaker.

Does not: pair the same quote across articles (``storyline.compare`` does), or use a statistical quote
model. The method is ours; textacy's ``direct_quotations`` served only as the baseline to beat.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.extract.furniture import BITE_MARKER
from storyline.extract.lines import paragraphs
from storyline.extract.quotes_cues import (
    ATTITUDE,
    CONNECTIVE,
    ORG_NOUNS,
    RECORDINGS,
    SENTENCE_END,
    SPEECH,
    SUBJECT_DEPS,
    according_to,
    casts_as_quoted,
    is_cue,
    names_a_source,
    subject_of,
)
from storyline.extract.quotes_marks import INVISIBLE, Marked, find_marked
from storyline.extract.quotes_mixed import (
    carry_on,
    complete_mixed,
    cut_joined_cues,
    lead_clauses,
    tidy_edges,
    trim_additions,
)
from storyline.extract.quotes_reported import (
    Reported,
    author_of,
    carrier_maker,
    carrier_source,
    document_read,
    find_reported,
    is_speech_verb,
    main_clause_subject,
    name_fused_with_cue,
)
from storyline.extract.quotes_speakers import (
    PERSON_NOUNS,
    Speaker,
    SpeakerResolver,
    embedded_posts,
    one_of,
    person_head,
    relayed,
    terms_in_report,
)
from storyline.extract.quotes_titles import (
    MAKING,
    is_nickname,
    is_title,
    mentioned,
    named_thing,
    quoted_subhead,
    title_cased,
    work_in_apposition,
)
from storyline.model import Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.model import Article, Entity, Furniture

__all__ = ["extract_quotes"]

# a period after a title or an initial ("Mr. Clarke said", "Vann R. Newkirk") ends no sentence
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Prof|Rev|St|Jr|Sr|Messrs|Mt|Ft)|(?<![\w.])[A-Z])$"
)


_COMPANY_SUFFIX = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Bros|Plc)$")


def _company_suffix(text: str, dot: int, after: int) -> bool:
    """The period of a company's suffix with the sentence going on in lower case ("“...,” Rell Group Inc. said on
    its website"): no sentence ends there; before a capital ("... shares of Rell Inc. He said") one may."""
    return bool(_COMPANY_SUFFIX.search(text[max(0, dot - 6) : dot])) and text[after : after + 1].islower()


def _party_tag(text: str, dot: int) -> bool:
    """The period of a bracketed party and state ("Gwen Moore (D-Wis.) said"): no sentence ends there."""
    if text[dot + 1 : dot + 2] != ")":
        return False
    opening = text.rfind("(", max(0, dot - 12), dot)
    return opening >= 0 and "-" in text[opening:dot]


# dotted initials ("U.S.", "U.N.") and the words that carry them on into a title or a body: "U.S. Attorney"
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]$")
_AFTER_INITIALS = re.compile(
    r"(?:[a-z]|(?:Attorney|District|Ambassador|Secretary|Senator|Sen\.|Rep\.|President|Army|Navy|Air|Marine|"
    r"Supreme|Court|Department|State|Embassy|Treasury|Justice|Congress|Coast|Census|Bureau|Border|Customs|"
    r"Forces|Central|Capitol|Security|Special|Envoy|Representative)\b)"
)


def _initials_in_name(text: str, dot: int, after: int) -> bool:
    """The period of dotted initials inside a name or a title ("U.S. Attorney Dana Wills said", "U.N. officials
    said"): no sentence ends there. Before any other capitalised word ("moved to the U.S. He said") one may."""
    return bool(_INITIALS.search(text[max(0, dot - 8) : dot])) and bool(_AFTER_INITIALS.match(text, after))


class _Boundaries:
    """``SENTENCE_END`` without the periods of titles and initials (same ``finditer`` / ``search``)."""

    def finditer(self, text: str, lo: int, hi: int) -> list[re.Match[str]]:
        return [
            hit
            for hit in SENTENCE_END.finditer(text, lo, hi)
            if text[hit.start()] != "."
            or not (
                _ABBREV.search(text[max(0, hit.start() - 8) : hit.start()])
                or _company_suffix(text, hit.start(), hit.end())
                or _party_tag(text, hit.start())
                or _initials_in_name(text, hit.start(), hit.end())
            )
        ]

    def search(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        hits = self.finditer(text, lo, hi)
        return hits[0] if hits else None


_BOUNDARY = _Boundaries()


def extract_quotes(
    article: Article, doc: Doc, entities: tuple[Entity, ...], furniture: tuple[Furniture, ...] = ()
) -> tuple[Quote, ...]:
    """Quotes and reported speech of one article with their speakers, sorted by start (see module doc)."""
    text = article.text
    labels = [(f.span.start, f.span.end) for f in furniture if f.kind == "label"]
    headings = [(f.span.start, f.span.end) for f in furniture if f.kind == "heading"]
    marked = find_marked(text)
    bylines = [(f.span.start, f.span.end) for f in furniture if f.kind == "byline"]
    resolver = SpeakerResolver(article, doc, entities, [(m.start, m.end) for m in marked], bylines)
    outer = [(m.outer_start, m.outer_end) for m in marked]
    quotes: list[Quote] = []
    prev: tuple[Marked, Quote] | None = None
    read: list[tuple[Marked, Quote]] = []
    for m in marked:
        quote = _read_marked(article, doc, m, marked, outer, resolver, prev)
        if quote is not None and quote.speaker is None and _inside(headings, m.open_mark):
            quote = _headline_speech(article, entities, m, quote, resolver)
        if quote is not None:
            read.append((m, quote))
            prev = (m, quote)
    quotes = _backfill(read)
    quotes.extend(_mixed_tails(text, doc, marked, outer, quotes))
    quotes = _fronted_tails(text, doc, marked, outer, quotes)
    quotes.extend(_read_reported(article, doc, resolver, marked, labels, headings, _subheadings(text, furniture)))
    for lo, hi, poster, dash in embedded_posts(text, doc, resolver, paragraphs(text)):
        if not any(q.span.start < hi and lo < q.span.end for q in quotes):
            quotes.append(_quote(article, lo, hi, "direct", poster, Span(article=article.id, start=dash, end=dash + 1)))

    def sentence_end(lo: int, hi: int) -> int:
        hits = [h for h in _BOUNDARY.finditer(text, lo, hi) if not _inside(outer, h.start())]
        return hits[0].start() if hits else hi

    quotes = complete_mixed(text, doc, marked, quotes, sentence_end)
    quotes.extend(
        lead_clauses(
            text,
            marked,
            quotes,
            lambda m: _frame(text, m, outer)[0][0],
            lambda m, cue: _attributed_after(text, m, _cue_token(doc, cue.start)),
        )
    )
    quotes = carry_on(text, tidy_edges(text, doc, marked, trim_additions(text, marked, quotes)))
    quotes = relayed(cut_joined_cues(text, doc, marked, quotes))
    # two cues of one sentence ("highlighted what he described as ...") can report the same clause: keep one,
    # the source an "according to" names first ("are reported to have settled ..., according to reports")
    quotes.sort(key=lambda q: (q.span.start, q.span.end, not _according_cue(text, q)))
    seen: set[tuple[int, int, str]] = set()
    unique: list[Quote] = []
    for q in quotes:
        key = (q.span.start, q.span.end, q.kind)
        if key in seen:
            continue
        seen.add(key)
        if any(_twins(u, q) for u in unique):
            # one cue's clause read twice, from its parse and from its quotation ("acknowledging “inappropriate”
            # conduct"): the first read, which starts at the quotation mark, stands
            continue
        if _swallows(q, quotes) or _echoes(q, quotes):
            continue
        unique.append(q)
    # (dropped after the twins are read: a clause dropped here still stands in for its twin)
    unique = [q for q in unique if not _frames_own_quote(doc, q, quotes)]
    return tuple(_credited(text, doc, unique))


def _credited(text: str, doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """ "Allianz said the outage kept staff offline, according to Orbit News.": a speaker's own words, which a
    closing "according to" credits. The credit is no part of what the speaker said: their clause ends before
    it. The credit's own attribution (Orbit News reports that Allianz said ...) stays, as PolNeAR has it
    (dropping it cost eight exact matches on train). A report ("Bloomberg reports that ..., according to the
    Roper Center") and a stance ("Clinton plans to ..., according to an aide") are cut the same way."""
    cuts: dict[int, int] = {}  # an attribution's index -> where the credit after its clause begins
    for k, q in enumerate(quotes):
        if q.cue_span is None or not _according_cue(text, q) or q.span.end > q.cue_span.start:
            continue
        if text[q.span.end : q.cue_span.start].strip(", "):
            continue  # only a credit closing the clause it qualifies
        credit = _cue_token(doc, q.cue_span.start)
        source = according_to(credit) if credit is not None else None
        if source is None:
            continue  # "as per": left as it is
        credit_end = max(t.idx + len(t) for t in source.subtree)
        for n, r in enumerate(quotes):
            if r.kind != "indirect" or r.cue_span is None or n == k:
                continue
            # the credit ends the clause ("that, according to an analysis, 85 of ... were" goes on after it)
            if q.span.start <= r.cue_span.start < r.span.start < q.span.end < r.span.end <= credit_end:
                cuts[n] = q.span.end
    return [_cut(text, q, cuts[n]) if n in cuts else q for n, q in enumerate(quotes)]


def _cut(text: str, q: Quote, end: int) -> Quote:
    return replace(q, span=replace(q.span, end=end), text=text[q.span.start : end])


def _swallows(q: Quote, quotes: list[Quote]) -> bool:
    """A reported clause that holds another cue's whole attribution and a quotation of its own cue ("Berg
    asserted that the port had lost its identity: “...,” he claimed." read as what "claimed" reports): the
    parse hung the sentence on the closing cue; the attribution and the quotation stand on their own."""
    if q.kind != "indirect" or q.cue_span is None:
        return False
    inside = [r for r in quotes if r is not q and q.span.start <= r.span.start and r.span.end <= q.span.end]
    own = any(r.kind == "direct" and r.cue_span == q.cue_span for r in inside)
    other = any(r.kind == "indirect" and r.cue_span is not None and r.cue_span != q.cue_span for r in inside)
    return own and other


def _frames_own_quote(doc: Doc, q: Quote, quotes: list[Quote]) -> bool:
    """A reported clause that holds a whole attribution, cue and speaker, and the quotation its own cue closes:
    "Chief Ana Kell told Radio Vell: “There will be damage,” she said." read as what "said" reports (the parse
    hung the sentence on the closing cue). The quotation stands under its speaker; the clause repeats it with
    her name."""
    if q.kind != "indirect" or q.cue_span is None:
        return False
    own = [r for r in quotes if r.kind == "direct" and r.cue_span == q.cue_span and q.span.start < r.span.start]
    if not own or not any(r.span.start < q.span.end for r in own):
        return False
    opening = min(r.span.start for r in own)
    if not doc.text[q.span.start : opening].rstrip(" \"“‘'").endswith(":"):
        return False  # only a cue that opens the quotation with a colon frames it whole
    for tok in _tokens(doc, q.span.start, opening):
        if tok.i == 0 or not is_cue(tok) or tok.idx >= opening:
            continue
        subject = subject_of(tok)
        if subject is not None and subject.pos_ == "PROPN" and q.span.start <= subject.idx < tok.idx:
            return True  # the speaker's name opens the clause
    return False


# only punctuation between a quotation and the credit that closes its sentence
_CREDIT_NEXT = re.compile(r"[\s,]*")


def _echoes(q: Quote, quotes: list[Quote]) -> bool:
    """A clause with no speaker whose cue stands in another cue's attribution and whose words are inside that
    cue's clause: "X said in a video posted on the platform that he was “relieved”" read a second time, as what
    "posted" reports. The speaker's own attribution stands."""
    if q.kind != "indirect" or q.speaker is not None or q.cue_span is None:
        return False
    return any(
        r.kind == "indirect"
        and r.speaker is not None
        and r.cue_span is not None
        and r.cue_span.end <= q.cue_span.start < r.span.start <= q.span.start
        and q.span.end <= r.span.end
        for r in quotes
    )


def _according_cue(text: str, q: Quote) -> bool:
    cue = text[q.cue_span.start : q.cue_span.end].lower() if q.cue_span is not None else ""
    return cue.startswith("according") or cue == "per"


def _twins(a: Quote, b: Quote) -> bool:
    """Two reported clauses of one cue that overlap."""
    return (
        a.kind == b.kind == "indirect"
        and a.cue_span is not None
        and a.cue_span == b.cue_span
        and a.span.start < b.span.end
        and b.span.start < a.span.end
    )


# ---- quotation marks ---------------------------------------------------------------------------------------


def _inside(ranges: list[tuple[int, int]], char: int) -> bool:
    return any(s <= char < e for s, e in ranges)


# a sentence that announces the text after it: "... and can be seen below.", "It reads as follows."
_ANNOUNCES_BELOW = re.compile(r"\b(?:below|as follows|in full)\s*[.:]$", re.IGNORECASE)


def _lead_in(text: str, para_start: int) -> tuple[int, int] | None:
    """The last sentence of the previous paragraph when it ends on a colon, or announces what follows ("A
    statement was released by the sheriff and can be seen below."), else None."""
    pos = para_start - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    if pos < 0 or (text[pos] != ":" and not _ANNOUNCES_BELOW.search(text, max(0, pos - 30), pos + 1)):
        return None
    lo = text.rfind("\n", 0, pos) + 1
    for hit in _BOUNDARY.finditer(text, lo, pos):
        lo = hit.end()
    return lo, pos


def _frame(text: str, m: Marked, outer: list[tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The sentence text around a quote, outside it: (before range, after range or None).

    The after-range counts only when the quote does not end its own sentence ("...," he said), or when the
    text after it goes on in lower case ("...?" asked the senator).
    """
    lo = m.para_start
    for hit in _BOUNDARY.finditer(text, m.para_start, m.open_mark):
        if not _inside(outer, hit.start()) or _ends_quotation(text, hit, outer):
            lo = hit.end()
    before = (lo, m.open_mark)
    if m.open_end:
        return before, None
    start = m.close_mark + 1
    stop = m.para_end
    for s, _ in outer:
        if start <= s < stop:
            stop = s
            break
    end_hit = _BOUNDARY.search(text, start, stop)
    if end_hit is not None:
        stop = end_hit.start() + 1
    last = text[m.end - 1]
    rest = text[start:stop].strip()
    # "...important." He added that ...: a new sentence, unless it is a bare attribution ("Trump said.")
    if last in ".…" and not rest[:1].islower():
        # measured to the sentence's end, past any quotation in it ("Perhaps, he said, this “...”")
        ends = [h.start() + 1 for h in _BOUNDARY.finditer(text, start, m.para_end) if not _inside(outer, h.start())]
        if len(text[start : ends[0] if ends else m.para_end].split()) > 4:
            return before, None
    return before, (start, stop)


def _ends_quotation(text: str, hit: re.Match[str], outer: list[tuple[int, int]]) -> bool:
    """A quoted sentence closed and followed by a capital: “... destroy ISIS.” Bush: “...”. The period
    inside the marks ends the reporter's sentence too."""
    close = hit.end() - 1
    while close > hit.start() and text[close].isspace():
        close -= 1
    return any(e == close + 1 for _, e in outer) and text[hit.end() : hit.end() + 1].isupper()


def _tokens(doc: Doc, lo: int, hi: int) -> list[Token]:
    if hi <= lo:
        return []
    span = doc.char_span(lo, hi, alignment_mode="expand")
    return list(span) if span is not None else []


def _cue_in(tokens: list[Token], outer: list[tuple[int, int]]) -> list[Token]:
    return [
        t
        for t in tokens
        if (is_cue(t) or t.lower_ == "according" or document_read(t) is not None)
        and not _inside(outer, t.idx)
        and not names_a_source(t)
    ]


def _speaker_of_cue(cue: Token, frame: list[Token], resolver: SpeakerResolver) -> Speaker | None:
    head = according_to(cue) if cue.lower_ == "according" else _quoted_as_saying(cue) or _quoted_one(cue)
    head = head or document_read(cue) or main_clause_subject(cue) or name_fused_with_cue(cue) or subject_of(cue)
    if head is not None and resolver.inside_quote(head.idx):
        # "“No deal,” the Post reported": the parse took a word of the quotation for a second subject
        head = next(
            (c for c in cue.children if c.dep_ == "nsubj" and c.i > head.i and not resolver.inside_quote(c.idx)), None
        )
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and not resolver.inside_quote(c.idx)]
    if head in subjects and len(subjects) > 1:
        # "Ferry strike ‘could last weeks’, union warns": a headline parsed with two subjects; the one beside
        # the cue speaks
        head = min(subjects, key=lambda c: abs(c.i - cue.i))
        head = _phrase_cut_off(head, subjects)
    if head is not None and _not_speaker(head):
        head = None  # "Sen. Warren (D-MA) said Saturday": the parse took a date or a bracket for the subject
    if head is None:
        head = _doubled_cue_subject(cue)
    if head is None:
        # parse slip: take a name or pronoun right beside the cue ("Hayashi said" / "said Hayashi")
        addressee = cue.lemma_.lower() in ("tell", "ask")
        for t in sorted(frame, key=lambda t: abs(t.i - cue.i)):
            if abs(t.i - cue.i) > 3:
                break
            if _not_speaker(t):
                continue
            role = t.head.dep_ if t.dep_ in ("compound", "flat") else t.dep_  # "told [China] Daily"
            if role in ("dobj", "dative") and (addressee or _object_before(t, cue, resolver)):
                continue
            if t.pos_ in ("PROPN", "PRON") and t.dep_ != "pobj":
                head = _first_conjunct(t)
                break
    if head is None:
        head = _opening_subject(cue)
    if head is None:
        head = _name_before_brackets(cue) or _noun_before_relative(cue) or carrier_source(cue) or _inverted_object(cue)
    if head is None or resolver.inside_quote(head.idx):
        return None
    # "“...,” Governor Osten’s order states", "a statement from the ministry said": whoever stands behind it
    author = author_of(head)
    return _fused_owner(_resolve(resolver, author), author)


def _resolve(resolver: SpeakerResolver, head: Token) -> Speaker | None:
    """``resolver.resolve``, but "according to US media reports" are unnamed media's, not the country's: a carrier
    of words made by a body ("media", "police") that the resolver gave to the place named before that body keeps
    its own words as the speaker's name."""
    found = resolver.resolve(head)
    own = _own_description(found, head)
    if own is not None:
        return own
    maker = carrier_maker(head)
    if found is None or found.entity is None or maker is None or found.kind == "person":
        return found
    text = head.doc.text
    if maker.idx < found.start or text[found.start : found.end].strip() == found.name:
        return found
    name = re.sub(r"^(?:the|a|an)\s+", "", text[found.start : found.end], flags=re.IGNORECASE)
    return replace(found, name=name, entity=None, kind="org")


def _own_description(found: Speaker | None, head: Token) -> Speaker | None:
    """ "Groves fire officials said ..." resolved to the "local emergency officials" named earlier: a description
    with a name of its own ("Groves") that the chain it was put in does not carry tells a different body; it keeps
    its own words. None where the chain's name is a name, or the mention carries no capitalised word of its own."""
    if found is None or found.entity is None or found.name is None or any(ch.isupper() for ch in found.name):
        return None
    if head.pos_ != "NOUN" or not head.text.islower():
        return None
    words = head.doc.text[found.start : found.end].split()
    own = [w for w in words if w[:1].isupper() and w.lower() not in ("the", "a", "an")]
    if not own or any(w.lower() in found.name.lower() for w in own):
        return None
    name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(words), flags=re.IGNORECASE)
    return replace(found, name=name, entity=None)


def _fused_owner(found: Speaker | None, author: Token) -> Speaker | None:
    """ "a statement from Netanyahu’s office read": the parse hung "Netanyahu’s" on the noun it made of "read",
    not on "office"; the owner is "Netanyahu’s office", as where the parse gets it right, not a bare "office"."""
    fused = author.head
    if found is None or author.dep_ != "compound" or fused.lower_ != "read" or found.start != author.idx:
        return found
    owner = next((c for c in fused.children if c.dep_ == "poss" and c.i < author.i), None)
    if owner is None:
        return found
    lo = owner.left_edge.idx
    return replace(found, name=author.doc.text[lo : found.end], start=lo, kind="org")


def _doubled_cue_subject(cue: Token) -> Token | None:
    """ "“...,” said Jefferson County Sheriff’s Captain Ana Roe told CNN.": an editing slip left two cues, the parse
    making the second the first's clause; the name between them is the subject of the second, and speaks (the
    nearest word, "Jefferson", belongs to her title). None when no cue with a named subject follows at once."""
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    for clause in cue.children:
        if clause.dep_ != "ccomp" or clause.i < cue.i or not is_cue(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        if subject is not None and subject.left_edge.i == cue.i + 1:
            return subject
    return None


def _object_before(tok: Token, cue: Token, resolver: SpeakerResolver) -> bool:
    """ "Telegram backs arrested CEO Pavel Durov, says ‘...’": a name before the cue that is the object of another
    verb before it, the comma closing its clause, does not speak."""
    name = tok.head if tok.dep_ in ("compound", "flat") else tok
    owner = name.head
    return (
        owner is not cue
        and owner.i < name.i == cue.i - 2
        and cue.nbor(-1).text == ","
        and not resolver.inside_quote(owner.idx)
    )


def _opening_subject(cue: Token) -> Token | None:
    """ "Telegram backs arrested CEO Pavel Durov, says ‘...’": a headline's second verb, with no subject of its
    own after a comma, shares the name that opens the clause."""
    sent = cue.sent
    if cue.i - 1 <= sent.start or cue.nbor(-1).text != "," or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    first = sent[0]
    return first if first.pos_ == "PROPN" and first.i < cue.i - 1 else None


def _first_conjunct(tok: Token) -> Token:
    """The first of the names ``tok`` is joined to by "and" ("In its statement, Iran and Saudi Arabia said": the
    parse hung "Iran" on "statement" and "Arabia" on "Iran"), so the group speaks, not its last name."""
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "PROPN" and tok.pos_ == "PROPN":
        tok = tok.head
    return tok


def _name_right_before(cue: Token) -> Token | None:
    """The names joined by "and" right before a cue the parse gave no subject ("In Friday's statement, Iran and
    Saudi Arabia said they ...": "Iran" hung on "statement"), first of them; None for anything else."""
    if cue.i == 0 or cue.pos_ != "VERB":
        return None
    last = cue.nbor(-1)
    if last.pos_ != "PROPN" or last.dep_ != "conj" or not last.ent_type_:
        return None
    first = _first_conjunct(last)
    return first if first is not last and first.dep_ in ("appos", "nsubj") else None


def _cue_in_subject(cue: Token, inner: list[Token]) -> bool:
    """Whether the cue is a participle in the subject of a verb the quoted words hang on ("The payment and the
    network’s statement acknowledging that its coverage was false was “a strong message of accountability”"): the
    quoted words are said of what the cue reports, by whoever speaks for the whole sentence, not by the cue's
    subject."""
    if not inner:
        return False
    if cue.tag_ != "VBG":
        return False  # "Beck, who has described Trump as “...”, intended ...": a relative clause's cue speaks
    for verb in inner[0].ancestors:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.i < verb.i and cue in child.subtree:
                return True
    return False


def _inverted_object(cue: Token) -> Token | None:
    """ "“...,” tweeted the American president": after a quotation, a cue put before its speaker, whom the parse
    took for the cue's object (a noun for a person, alone after the cue in its clause)."""
    if cue.i == 0 or cue.nbor(-1).text not in ("”", '"', "’"):
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if len(objects) != 1 or any(c.dep_ in ("ccomp", "xcomp", "dative") and c.i > cue.i for c in cue.children):
        return None
    obj = objects[0]
    return obj if obj.lemma_.lower() in PERSON_NOUNS | ORG_NOUNS else None


def _quoted_as_saying(cue: Token) -> Token | None:
    """Who an outlet quotes by name: "“...,” Al Jazeera quoted Muizzu as saying" is Muizzu's; the outlet only
    carries it. A pronoun ("quoted him as saying") stands for the one the sentence before is about, its
    subject when that is a person ("the president-elect delivered a statement, calling for Yameen's release.
    “...,” Al Jazeera quoted him as saying"): the coreference stage would take the last man named. With no
    such subject the outlet keeps the quote."""
    if cue.lemma_.lower() != "quote" or not any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ == "saying" for g in c.children) for c in cue.children
    ):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PROPN":
        return obj
    if obj.lower_ not in ("him", "her"):
        return None
    return _previous_subject_person(cue)


def _phrase_cut_off(near: Token, subjects: list[Token]) -> Token:
    """The subject a nearer one is the cut-off end of: "a statement carried by Saudi news agency SPA said" parsed
    with "statement" and "SPA" as two subjects, "SPA" closing the phrase that hangs on "statement" (the carrier
    is a credit, the statement speaks); ``near`` itself otherwise."""
    before = near.doc[near.i - 1] if near.i > 0 else None
    if before is None or before.is_punct:
        return near
    return next((s for s in subjects if s is not near and s in before.ancestors), near)


def _quoted_one(cue: Token) -> Token | None:
    """Who the "saying" of "X quoted Y as saying ..." is of: Y ("the ministry quoted top diplomat Ana Kell as
    saying the deal was “a victory”" gives Ana Kell's words; the ministry only carries them); None for any other
    cue."""
    if cue.lower_ != "saying" or cue.head.lower_ != "as" or cue.head.head.lemma_.lower() != "quote":
        return None
    return _quoted_as_saying(cue.head.head)


_OPENING_MARKS = frozenset('"“„«')


def _previous_subject_person(cue: Token) -> Token | None:
    """The subject of the main verb of the sentence before the quotation ``cue`` closes (the first quotation
    mark of its paragraph), when it is a person: a name, a pronoun or a noun for a person ("the Maldives
    president-elect")."""
    doc = cue.doc
    i = doc.text.rfind("\n", 0, cue.idx) + 1
    i = next((k for k in range(i, cue.idx) if doc.text[k] in _OPENING_MARKS), i)
    while i > 0 and doc.text[i - 1].isspace():
        i -= 1
    last = doc.char_span(i - 1, i, alignment_mode="expand") if i > 0 else None
    if last is None:
        return None
    before = last[0].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she") or person_head(subject):
        return subject
    return None


def _name_before_brackets(cue: Token) -> Token | None:
    """ "Rep. Gwen Moore (D-Wis.) said Friday", "Bill Eastland, wearing a cowboy hat, said": the name just
    before a bracketed or comma-set aside (and a date)."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and doc[i].ent_type_ in ("DATE", "TIME") and cue.i - i <= 3:
        i -= 1
    if i < 0 or doc[i].text not in (")", ","):
        return None
    opening = "(" if doc[i].text == ")" else ","
    i -= 1
    while i >= 0 and doc[i].text != opening and cue.i - i <= 12:
        if doc[i].text in '"“”' or (doc[i].pos_ == "VERB" and doc[i].tag_ not in ("VBG", "VBN")):
            return None  # a clause of its own, or a quotation: not an aside
        i -= 1
    if i < 1 or doc[i].text != opening or doc[i - 1].pos_ != "PROPN":
        return None
    return doc[i - 1]


_RELATIVE = frozenset({"who", "whom", "whose", "which", "where", "when"})


def _noun_before_relative(cue: Token) -> Token | None:
    """ "a village resident in Minxian County, where most of the deaths occurred, told China Daily": the
    parse left the cue without a subject; the noun before the comma-set relative clause speaks."""
    doc = cue.doc
    if cue.i < 4 or doc[cue.i - 1].text != ",":
        return None
    opening = next((j for j in range(cue.i - 2, max(-1, cue.i - 25), -1) if doc[j].text == ","), None)
    if opening is None or opening < 1 or doc[opening + 1].lower_ not in _RELATIVE:
        return None
    node = doc[opening - 1]
    while node.dep_ in ("pobj", "prep", "compound") and node.head.i < node.i:
        node = node.head
    if node.pos_ not in ("NOUN", "PROPN") or node.dep_ in ("pobj", "dobj"):
        return None
    return node


_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _not_speaker(tok: Token) -> bool:
    """A date, a bracketed party ("(R-OH)"), a dateline ("LONDON (Reuters) -") or a recording ("footage") the parse
    took for a subject."""
    if _in_brackets(tok):
        return True
    if tok.ent_type_ in _NOT_SPEAKERS:
        # "The company hours earlier had said": the time the model spread over the subject is not its head
        return not (tok.pos_ == "NOUN" and tok.lemma_.lower() in ORG_NOUNS | PERSON_NOUNS) and not one_of(tok)
    if _recording(tok) and not is_speech_verb(tok.head.lemma_):
        return True  # "Television footage showed the jet in flames": what pictures show, no one's words ("the
        # video says" still speaks)
    return (
        tok.text.isupper()
        and len(tok.text) > 3
        and tok.i - tok.sent.start <= 2
        and tok.i + 1 < len(tok.doc)
        and (tok.doc[tok.i + 1].text in ("(", ",", "-", "—", "–"))
    )




def _recording(tok: Token) -> bool:
    """``tok`` is footage or a picture, also capitalised as it opens a sentence ("Video showed ...")."""
    return tok.lower_ in RECORDINGS and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and bool(tok.is_sent_start)))


def _in_brackets(tok: Token) -> bool:
    doc = tok.doc
    left = doc[max(0, tok.i - 3) : tok.i]
    right = doc[tok.i + 1 : tok.i + 4]
    return any("(" in t.text for t in left) and any(")" in t.text for t in right)


# what follows a cue that opens a quotation of its own: "writes back, “", "said: “"
_OPENS_NEXT = re.compile(r"(?:\s+(?:back|in|up|on))?\s*[,:]\s*[\"“]")


def _read_marked(
    article: Article,
    doc: Doc,
    m: Marked,
    marked: list[Marked],
    outer: list[tuple[int, int]],
    resolver: SpeakerResolver,
    prev: tuple[Marked, Quote] | None,
) -> Quote | None:
    text = article.text
    if is_nickname(text, m) or work_in_apposition(text, m):
        return None
    before, after = _frame(text, m, outer)
    before_text = text[before[0] : before[1]].strip().strip("".join(INVISIBLE)).strip()
    direct = m.continued or not before_text or before_text[-1] in ":"
    before_toks = _tokens(doc, *before)
    after_toks = _tokens(doc, *after) if after else []
    # a cue in the next sentence that opens a quotation of its own ("...?” Lund then writes back, “...”") is that
    # one's; "“...,” he said, “...”" resumes this one
    after_cues = [
        t
        for t in _cue_in(after_toks, outer)
        if not (_OPENS_NEXT.match(text, t.idx + len(t)) and _BOUNDARY.search(text, m.end - 1, t.idx))
    ]
    cues = _cue_in(before_toks, outer) + after_cues
    if not cues and direct and m.open_mark == m.para_start:
        # a quotation paragraph introduced by the previous one: "Cruz continued:" / "She went on to say:"
        lead = _lead_in(text, m.para_start)
        if lead is not None:
            before_toks = _tokens(doc, *lead)
            cues = _cue_in(before_toks, outer)
    if not cues and direct and not before_text and m.open_mark > m.para_start:
        # "Dianne Bystrom agreed. “Republicans are running out of time.”": a sentence that is only its cue
        said = _cue_sentence(doc, text, before[0], outer) or _reported_sentence(doc, text, before[0], outer)
        if said is not None:
            before_toks, cues = said
    colon_speaker = None
    if not cues and direct and (before_text.endswith(":") or m.open_mark == m.para_start):
        colon_speaker = _colon_speaker(doc, text, m, before, resolver)
    governing: list[Token] = []
    if not direct and before_text.endswith(",") and cues:
        # He says, "They are just too big."; “Everything I said,” the judge exclaimed, “has overlapped.”
        direct = text[m.start].isupper() or _resumed(text, m, marked, outer)
    if not direct and cues and _whole_sentence_after_cue(text, m, cues):
        direct = True
    if direct and not cues and mentioned(text, m):
        return None
    if (not direct or not cues) and is_title(doc, text, m):
        return None
    if not direct:
        # partial: prefer the cue that governs the quoted words in the parse
        inner = _tokens(doc, m.start, m.end)
        ancestors = [a for t in inner[:1] for a in t.ancestors]
        tellers = [a for a in ancestors if is_cue(a) and not _inside(outer, a.idx)]
        if not tellers:
            # "Merkel heralded the deal as a “breakthrough”": the verb casting its object as the quoted words
            verb = next((a for a in ancestors if a.pos_ == "VERB"), None)
            if verb is not None and _casts(text, verb, m) and not _inside(outer, verb.idx):
                tellers = [verb] if _speaker_of_cue(verb, before_toks + after_toks, resolver) is not None else []
        governing = _teller_before(_outermost_teller(tellers), m)
        if any(t.lower_ == "according" and _CREDIT_NEXT.fullmatch(text, m.outer_end, t.idx) for t in cues):
            governing = []  # "... left it “almost completely destroyed”, according to fire officials": theirs
    # the cue governing the quoted words first, then the nearest
    speaker: Speaker | None = None
    cue: Token | None = None
    near = sorted(cues, key=lambda t: min(abs(t.idx - m.outer_start), abs(t.idx - m.outer_end)))
    # "“...,” said Sanders, according to CNN": the teller in the quotation's own tag speaks; the outlet (or a
    # document, "according to a statement") only carried the words
    near.sort(key=lambda t: t.lower_ == "according")
    unnamed: tuple[Speaker, Token] | None = None
    for cand in governing[:1] + near:
        speaker = _speaker_of_cue(cand, before_toks + after_toks, resolver)
        cue = cand
        if speaker is not None and speaker.name is None and unnamed is None:
            unnamed = (speaker, cand)  # "I said": a mention without a name; a named speaker of another cue wins
            if cand.lower_ != "quote" and re.fullmatch(r"[\s,:]*", text[cand.idx + len(cand) : m.open_mark]):
                break  # "... I laughed and said, “...”": unless the unnamed one's cue opens the quotation
        elif speaker is not None and speaker.name is not None:
            break
    else:
        if unnamed is not None:
            speaker, cue = unnamed
    after_attribution = not direct and cue is not None and _after_attribution(text, m, prev, cue)
    if after_attribution and cue is not None:
        later = _later_cue(cue, m, before_toks, outer)
        if later is None and _describes_speaker(cue, _tokens(doc, m.start, m.end)):
            return None
        if later is not None:
            # "“...,” Kiedis said, mentioning the album is “in the home stretch.”": the words "mentioning" reports,
            # said by Kiedis; "..., and 14 percent said “...”": a verb with a subject of its own has its own speaker
            cue = later
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_SUBJECTS for c in later.children):
                speaker = _speaker_of_cue(later, before_toks, resolver)
    resumes = prev is not None and (
        _resumes_after_link(text, m, prev[0], before_text) or _resumes_after_adverbial(text, m, prev[0], before_toks)
    )
    if cue is None and not direct and prev is not None and resumes:
        # "“He is a cheerleader,” Trump said. Instead, “he acts like a defeated man.”": the speaker goes on
        speaker, cue_span = _continuation(text, m, prev)
        if cue_span is not None:
            return _quote(article, m.start, m.end, "partial", speaker, cue_span)
    if not direct and not governing and cue is not None and _cue_in_subject(cue, _tokens(doc, m.start, m.end)):
        return None  # "the statement acknowledging that ... was “a strong message”": said of what the cue says
    if cue is None and not direct:
        return None  # quoted words with no speech around them: scare quotes, not speech
    if not direct and named_thing(text, m):
        return None  # said the ‘grey screen of doom’ was caused by a bug: a thing's nickname, not speech
    if not direct and cue is not None and _names_speaker(cue, m):
        return None  # the “Spillway Readiness Review” recommended ...: the quoted words name who speaks
    if not direct and cue is not None and cue.lemma_.lower() in MAKING and title_cased(text, m):
        return None  # "the poet who wrote “The Marsh Song”": a work the cue made, named by its title
    if (
        not direct
        and not governing
        and (cue is None or cue.idx >= m.end or len(text[m.start : m.end].split()) <= 4)
        and not (cue is not None and _attributed_after(text, m, cue))
    ):
        # a few quoted words that no cue governs, or with the only cue after them ("the so-called “autopsy”
        # recommended", "labeled “top secret” by the department, according to ..."): scare quotes and names
        return None
    cue_span = Span(article=article.id, start=cue.idx, end=cue.idx + len(cue)) if cue is not None else None
    if cue is None and colon_speaker is None and direct:
        colon_speaker = _dash_speaker(doc, text, m, resolver)
    if cue is None and colon_speaker is not None:
        speaker, cue_span = colon_speaker
    elif cue is None and prev is not None and not quoted_subhead(text, m):
        speaker, cue_span = _continuation(text, m, prev)
    if speaker is None and m.para == 0 and not m.open_end:
        # a headline "‘Cannot deliver mandate’: Liz Truss quits": the name after the colon speaks
        found = _named_after_colon(doc, text, m, resolver)
        if found is not None:
            speaker, cue_span = found
    signed = _signed_speaker(doc, text, m, resolver) if direct else None
    if signed is not None:
        # a statement signed on the line under it ("– Mara Quell, President, Harbour Affairs") is the signer's,
        # though the sentence that brought it in named the company ("The port answered with this statement:")
        speaker, cue_span = signed
    bitten = _bite_speaker(doc, text, m, resolver) if direct and speaker is None else None
    if bitten is not None:
        speaker, cue_span = bitten
    kind = "direct" if direct else "partial"
    return _quote(article, m.start, m.end, kind, speaker, cue_span)


# a headline's quotation, then who said it and a verb of speech in title case: "‘Bold Step,’ Mayor Ruiz Hails ..."
_HEADLINE_WORDS = re.compile(r"[ \t]*,?[ \t]*((?:[A-Z][\w.’'-]*(?:[ \t]+|$)){2,5})")
_MAX_HEADLINE_NAME = 4


def _headline_speech(
    article: Article, entities: tuple[Entity, ...], m: Marked, quote: Quote, resolver: SpeakerResolver
) -> Quote | None:
    """A quotation in a line marked as a heading, with no speaker found: the name before a verb of speech right
    after it speaks ("‘Exciting Test,’ Musk Praises Launch": the parse reads the title-cased verb as a name).
    With no such name the quotation is dropped: a headline's quoted words that no one is said to have spoken
    are the outlet's display, and the body quotes them with their speaker."""
    text = article.text
    hit = _HEADLINE_WORDS.match(text, m.outer_end, m.para_end)
    if hit is None:
        return None
    found = [(w.start(), w.end()) for w in re.finditer(r"\S+", hit.group(1))]
    verb = next((n for n, (s, e) in enumerate(found) if n and _speech_form(hit.group(1)[s:e])), None)
    if verb is None or verb > _MAX_HEADLINE_NAME:
        return None
    start, end = hit.start(1), hit.start(1) + found[verb - 1][1]
    mine = (article.id, "")
    covering = (e for e in entities for s in e.mentions if s.start <= start and end <= s.end and s.article in mine)
    entity = next(covering, None)
    if entity is not None:
        speaker = Speaker(entity.name, entity.id, start, end, "person" if entity.type == "PERSON" else "org")
    else:
        speaker = Speaker(resolver.canonical(text[start:end], start), None, start, end, "other")
    cue_start = hit.start(1) + found[verb][0]
    cue = Span(article=article.id, start=cue_start, end=hit.start(1) + found[verb][1])
    return _quote(article, quote.span.start, quote.span.end, quote.kind, speaker, cue)


# what may follow quoted words that close their clause: punctuation, or the paragraph's end
_CLAUSE_CLOSED = re.compile(r"[,.;:!?)]|\s*$")


def _casts(text: str, tok: Token, m: Marked) -> bool:
    """ "Merkel heralded the deal as a “breakthrough.”": a verb casting its object as the quoted words governs them
    as a cue would, whatever the verb; asked only of the verb above a partial quote that no cue governs, and
    kept only with someone to speak them ("a strategy that banks on presenting herself as “...”"). Only where
    the quoted words close the clause: with words after them ("as a “decent man” on Tuesday", "as “rapists” and
    criminals") PolNeAR's extent of the content varies (measured on PolNeAR train)."""
    closed = text[m.end - 1] in ",.;:!?" or _CLAUSE_CLOSED.match(text, m.close_mark + 1, m.para_end) is not None
    return closed and tok.pos_ == "VERB" and casts_as_quoted(tok, m.open_mark)


def _speech_form(word: str) -> bool:
    """A headline's verb of speech in its present tense: "Says", "Praises", "Pushes Back" -> say, praise, push."""
    lower = word.lower()
    if not lower.endswith("s"):
        return False
    return any(stem in SPEECH for stem in (lower[:-1], lower[:-2] if lower.endswith("es") else ""))


# verbs whose present tense still tells words spoken ("they say “huge”", "he asks people to ..."), not a stance
_ACTS_OF_SPEECH = frozenset({"say", "ask", "tell", "call", "write"})


def _outermost_teller(governing: list[Token]) -> list[Token]:
    """ "Cohen said Berg respects the decision but maintains his innocence and will "fight on."": a stance told
    in the present inside a past report is the teller's paraphrase, and the quoted words are the teller's."""
    if (
        len(governing) >= 2
        and governing[0].tag_ in ("VBZ", "VBP")
        and governing[0].lemma_ not in _ACTS_OF_SPEECH
        and governing[1].tag_ == "VBD"
    ):
        return governing[1:]
    return governing


def _teller_before(governing: list[Token], m: Marked) -> list[Token]:
    """ "the embassy said officials were “refusing to cooperate”, state media reported": the parse hung the
    quoted words on the closing credit; the cue before them, whose clause holds them, is the teller's."""
    if governing and governing[0].idx >= m.outer_end:
        before = [g for g in governing[1:] if g.idx < m.outer_start]
        if before:
            return before
    return governing


def _named_after_colon(doc: Doc, text: str, m: Marked, resolver: SpeakerResolver) -> tuple[Speaker, Span] | None:
    colon = re.match(r"[ \t]*:[ \t]+", text[m.outer_end : m.para_end])
    if colon is None:
        return None
    start = m.outer_end + colon.end()
    toks = _tokens(doc, start, min(m.para_end, start + 40))
    if not toks or toks[0].ent_type_ != "PERSON":
        return None
    head = toks[0]
    while head.head.i != head.i and head.head.ent_type_ == "PERSON" and head.dep_ in ("compound", "flat"):
        head = head.head
    speaker = resolver.resolve(head)
    if speaker is None or speaker.name is None:
        return None
    at = m.outer_end + colon.start() + colon.group().index(":")
    return speaker, Span(article=resolver.article_id, start=at, end=at + 1)


def _after_attribution(text: str, m: Marked, prev: tuple[Marked, Quote] | None, cue: Token) -> bool:
    """Quoted words later in the sentence of the previous quotation's attribution (or of a verb of saying after
    it), not resuming that quotation right after the attribution ("“...,” said Pantucci, director of the
    institute, “but it is ...”")."""
    if prev is None or prev[1].cue_span is None or prev[0].para != m.para:
        return False
    if not cue.idx <= prev[1].cue_span.start < m.open_mark:
        return False  # the previous quotation's cue, or a later one between ("... who added that it seemed
        # “rattled” and “frustrated”")
    return not (_BOUNDARY.search(text, cue.idx, m.open_mark) or re.search(r"[,:]\s*$", text[cue.idx : m.open_mark]))


def _later_cue(cue: Token, m: Marked, before: list[Token], outer: list[tuple[int, int]]) -> Token | None:
    """A verb of saying between an attribution and quoted words after it (``_after_attribution``) that reports
    them: "“...,” Kiedis said, mentioning the album is “in the home stretch.”", "“...,” said one Democrat, who
    added that the White House seemed “rattled”". The attribution's cue reports the quotation before it; the
    later words are the later verb's. None when there is no such verb."""
    subject = subject_of(cue)
    later = [
        t
        for t in _cue_in(before, outer)
        if cue.i < t.i
        and t.idx < m.open_mark
        and t.pos_ == "VERB"
        and t.dep_ in _CLAUSE_OF_ITS_OWN
        # a relative clause on the speaker ("said Reed, the Chamber's strategist, who added"), not on a thing
        # the attribution reports ("calling it a “paperwork error” that was reported in a “hit piece”")
        and (t.dep_ != "relcl" or (subject is not None and t.head in subject.subtree))
    ]
    return later[-1] if later else None


def _describes_speaker(cue: Token, inner: list[Token]) -> bool:
    """The quoted words sit in a relative clause on the speaker of the attribution before them, with no verb of
    saying: "“...,” said Ramos, whose new book features interviews with “rebellious” people". A description
    of who speaks, not more of what was said."""
    subject = subject_of(cue)
    if subject is None or not inner:
        return False
    return any(a.dep_ == "relcl" and a.i > cue.i and a.head in subject.subtree for a in inner[0].ancestors)


# how a second verb of saying hangs in an attribution's sentence when it has a clause of its own: "who added
# that ...", "..., noting the nominee ..." (the parse often makes the participle a clausal subject)
_CLAUSE_OF_ITS_OWN = frozenset({"relcl", "csubj", "advcl", "conj"})
# the subject of a relative clause, which stands for the noun the clause hangs on: "Reed, who added"
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def _resumed(text: str, m: Marked, marked: list[Marked], outer: list[tuple[int, int]]) -> bool:
    """The quotation goes on after its attribution in mid-sentence: the previous quotation of the paragraph
    broke off on a comma and only a short attribution set off by commas stands between ("“A,” X said, “b”")."""
    prev = next((p for p in reversed(marked) if p.para == m.para and p.outer_end <= m.open_mark), None)
    if prev is None or prev.open_end:
        return False
    broke_off = text[prev.end - 1 : prev.end] == "," or text[prev.outer_end : prev.outer_end + 1] == ","
    between = text[prev.outer_end : m.open_mark].strip(" ,")
    return (
        broke_off
        and 0 < len(between.split()) <= 12
        and _BOUNDARY.search(text, prev.outer_end, m.open_mark) is None
        and not _inside(outer, prev.outer_end + 1)
    )


_JOINED_ATTRIBUTION = re.compile(r"(?:,\s+and|;)\s+(?=\S)")


def _cue_sentence(
    doc: Doc, text: str, start: int, outer: list[tuple[int, int]]
) -> tuple[list[Token], list[Token]] | None:
    """The sentence just before ``start`` when it is a short attribution with nothing reported ("X agreed.",
    "She added."): its tokens and its cue; else None."""
    lo = text.rfind("\n", 0, start) + 1
    for hit in _BOUNDARY.finditer(text, lo, max(lo, start - 1)):
        lo = hit.end()
    last_mark = max(text.rfind(ch, lo, start) for ch in '"“”')
    if last_mark >= 0:
        # "“...,” Ebeling said, and her husband cut in.": a second attribution joined on after the first
        joined = _JOINED_ATTRIBUTION.search(text, last_mark, start)
        if joined is None:
            return None
        lo = joined.end()
    words = text[lo:start].split()
    if len(words) > 10:
        # "The texts were valuable, he said. “And what today has shown ...”": a sentence closed by its attribution
        comma = text.rfind(", ", lo, start)
        if comma < 0 or len(text[comma:start].split()) > _CLOSING_WORDS or not text[lo:start].rstrip().endswith("."):
            return None
        lo = comma + 1
        words = text[lo:start].split()
    if not words:
        return None
    toks = [t for t in _tokens(doc, lo, start) if not t.is_space]
    cues = [
        t
        for t in _cue_in(toks, outer)
        if not any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "oprd") and c.i > t.i for c in t.children)
    ]
    return (toks, cues) if cues else None


def _reported_sentence(
    doc: Doc, text: str, start: int, outer: list[tuple[int, int]]
) -> tuple[list[Token], list[Token]] | None:
    """The sentence just before ``start`` in its paragraph when it reports someone's words without marks and the
    quotation carries them on ("Greene added that the Fed wants out before the election. “They don’t like to
    talk about it”"): its tokens and the cue it opens with (its main verb, before the reported clause); else
    None. That attribution is the quotation's, not the one of an earlier quotation it stands after."""
    para = text.rfind("\n", 0, start) + 1
    lo = para
    for hit in _BOUNDARY.finditer(text, para, max(para, start - 1)):
        lo = hit.end()
    if any(ch in '"“”' for ch in text[lo:start]):
        return None
    toks = [t for t in _tokens(doc, lo, start) if not t.is_space]
    if not toks:
        return None
    inside = {t.i for t in toks}
    cues = [
        t
        for t in _cue_in(toks, outer)
        if (t.head.i == t.i or t.head.i not in inside)
        and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)
        and subject_of(t) is not None
    ]
    return (toks, cues[:1]) if cues else None


# the words of a closing attribution after its comma: ", he said.", ", the mayor said on Monday."
_CLOSING_WORDS = 6


# what may stand between a quotation closed on a comma and its cue: nothing ("...,” said X), or the speaker
_SUBJECT_GAP = re.compile(r"\s*(?:[\w’'.-]+\s+){0,4}")


def _attributed_after(text: str, m: Marked, cue: Token | None) -> bool:
    """Quoted words that open mid-sentence and close on a comma before their attribution, running over more
    than one sentence: "The people of Dunmore “deserve someone who is with them. That is Ana
    Ruiz,” said the man ...". A reported clause the parse could not hang on the cue, not scare quotes."""
    content = text[m.start : m.end]
    if cue is None or m.open_end or not content.endswith(",") or cue.idx < m.close_mark:
        return False
    gap = _SUBJECT_GAP.fullmatch(text, m.close_mark + 1, cue.idx)
    if gap is None or "\n" in gap.group() or _BOUNDARY.search(text, m.start, m.end) is None:
        return False
    # the cue's own attribution: inverted ("said the man") or its subject in between ("Schroeder wrote")
    return not gap.group().strip() or any(
        c.dep_ in ("nsubj", "nsubjpass") and m.close_mark < c.idx < cue.idx for c in cue.children
    )


def _names_speaker(cue: Token, m: Marked) -> bool:
    subject = subject_of(cue)
    return subject is not None and m.start <= subject.idx < m.end


def _backfill(read: list[tuple[Marked, Quote]]) -> list[Quote]:
    """A quotation left open at its paragraph's end runs on into the next paragraph's; when only the later
    paragraph names the speaker ("... exactly why. ¶ "But the reservoir is coming down," she said.), the
    earlier paragraphs take that speaker and cue too."""
    out = [q for _, q in read]
    for n in range(len(read) - 2, -1, -1):
        m, q = read[n]
        nm = read[n + 1][0]
        if m.open_end and nm.continued and q.speaker is None and q.cue_span is None and out[n + 1].speaker:
            out[n] = replace(
                q,
                speaker=out[n + 1].speaker,
                speaker_entity=out[n + 1].speaker_entity,
                speaker_span=out[n + 1].speaker_span,
                cue_span=out[n + 1].cue_span,
            )
            read[n] = (m, out[n])
    return out


def _colon_speaker(
    doc: Doc, text: str, m: Marked, before: tuple[int, int], resolver: SpeakerResolver
) -> tuple[Speaker, Span] | None:
    """The speaker of a quote introduced by a colon with no verb of saying: "Clinton released the following
    statement: “...”", "Here’s Clinton in December 1992: “...”", "Pew Research: “...”". The subject of the
    lead-in sentence (or its only name) speaks, when it is a person or an organisation; else None."""
    lo, hi = before
    if hi - lo < 2 or not text[lo:hi].rstrip().endswith(":"):
        lead = _lead_in(text, m.para_start) if m.open_mark == m.para_start else None
        if lead is None:
            return None
        lo, hi = lead
    toks = [t for t in _tokens(doc, lo, hi) if not t.is_space]
    if not toks:
        return None
    roots = [t for t in toks if t.head.i == t.i or t.head.i < toks[0].i or t.head.i > toks[-1].i]
    head = None
    for root in roots:
        head = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if head is not None:
            break
    if head is not None and head.dep_ == "nsubjpass":
        # "A statement was released by the sheriff and can be seen below.": who released it speaks
        agent = next((c for c in head.head.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        head = by if by is not None else head
    if head is None:
        # "A statement from the club read:": the author of the carrier of words the lead-in opens with
        authors = ((r, author_of(r)) for r in roots)
        head = next((author for r, author in authors if author is not r), None)
    if head is None:
        # "Here’s Clinton in December 1992:", "Pew Research:": the lead-in's one name
        names = [t for t in toks if t.ent_type_ in ("PERSON", "ORG") and t.ent_iob_ == "B"]
        if len(names) != 1:
            return None
        head = names[0]
        while head.head.i != head.i and head.head.ent_type_ == head.ent_type_ and head.dep_ in ("compound", "flat"):
            head = head.head
    if head.lower_ in ("it", "this", "that", "there", "i", "we", "you"):
        return None
    speaker = resolver.resolve(head)
    if speaker is None or speaker.name is None or speaker.kind not in ("person", "org"):
        return None
    colon = text.rfind(":", lo, hi + 1)
    if colon < 0:
        colon = hi  # "... can be seen below.": the announcing sentence's last mark
    return speaker, Span(article=resolver.article_id, start=colon, end=colon + 1)


_DASH_NAME = re.compile(r"[ \t]*[―—–][ \t]*([A-Z][^\n―—–]{0,60}?)[ \t.]*$")


# the line under a statement that signs it: a dash, the signer's name (two to four capitalised words), a title
_SIGNATURE = re.compile(
    r"[ \t]*\n(?:[ \t]*\n)*[ \t]*[―—–][ \t]*"
    r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*(?:,[^\n]{0,80})?[ \t]*$",
    re.MULTILINE,
)


def _signed_speaker(doc: Doc, text: str, m: Marked, resolver: SpeakerResolver) -> tuple[Speaker, Span] | None:
    """A quotation that ends its paragraph, signed on the next line: “...” / – Mara Quell, President. The signer
    speaks; the dash is the cue."""
    if text[m.outer_end : m.para_end].strip(" \t.,"):
        return None
    hit = _SIGNATURE.match(text, m.para_end)
    return _named_at(doc, text, hit, m.para_end, resolver) if hit is not None else None


def _bite_speaker(doc: Doc, text: str, m: Marked, resolver: SpeakerResolver) -> tuple[Speaker, Span] | None:
    """A quotation opening its paragraph right under a transcript's marker that names who speaks in the clip
    ("[Sound bite: Mara Quell (Norlandic-English)]" / "“I express ...”", QA round AX): the clip is that person's
    words, though no sentence attributes them; the marker's bracket is the cue. The marker is the one
    ``furniture`` keeps out of the facts."""
    if text[m.para_start : m.open_mark].strip():
        return None
    above = text[: m.para_start].rstrip()
    line_start = above.rfind("\n") + 1
    hit = BITE_MARKER.fullmatch(text, line_start, len(above))
    return _named_at(doc, text, hit, line_start, resolver) if hit is not None else None


_SENTENCE_AFTER = re.compile(r"\s*(?:$|\n|[A-Z“\"‘'(])")


def _whole_sentence_after_cue(text: str, m: Marked, cues: list[Token]) -> bool:
    """A whole quoted sentence right after its cue, with no comma between ('Ruiz said “Velm deserves a port that
    is open to all.”'): direct speech, though no colon or comma brings it in. A few quoted words, a clause after
    "that", or a quotation the sentence goes on after are partial."""
    last = max(cues, key=lambda t: t.idx)
    if last.idx >= m.open_mark or text[last.idx + len(last) : m.open_mark].strip():
        return False
    said = text[m.start : m.end].rstrip()
    return (
        said[:1].isupper()
        and said[-1:] in ".!?"
        and len(said.split()) >= 4
        and _SENTENCE_AFTER.match(text, m.outer_end) is not None
    )


def _dash_speaker(doc: Doc, text: str, m: Marked, resolver: SpeakerResolver) -> tuple[Speaker, Span] | None:
    """A quotation signed after a dash at its paragraph's end: “...” ― Sonya Herridge. The name speaks."""
    hit = _DASH_NAME.match(text, m.outer_end, m.para_end)
    return _named_at(doc, text, hit, m.outer_end, resolver) if hit is not None else None


def _named_at(
    doc: Doc, text: str, hit: re.Match[str], floor: int, resolver: SpeakerResolver
) -> tuple[Speaker, Span] | None:
    """The speaker a signing dash's name (``hit`` group 1) resolves to, with the dash as its cue span; None when
    the words name no one (no proper noun or person among them)."""
    span = doc.char_span(hit.start(1), hit.end(1), alignment_mode="expand")
    if span is None or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span):
        return None
    speaker = resolver.resolve(span.root)
    if speaker is None or speaker.name is None:
        return None
    dash = hit.start(1) - 1
    while dash > floor and text[dash] not in "―—–":
        dash -= 1
    return speaker, Span(article=resolver.article_id, start=dash, end=dash + 1)


def _resumes_after_link(text: str, m: Marked, pm: Marked, before_text: str) -> bool:
    """The quotation opens its sentence but for a link word or two ("Instead,", "But then"), right after the
    sentence that attributed the previous quotation of the paragraph."""
    words = before_text.split()
    link = CONNECTIVE.match(before_text + " ")
    return (
        pm.para == m.para
        and not pm.open_end
        and 0 < len(words) <= 2
        and words[0][:1].isupper()
        and link is not None
        and link.end() >= len(before_text)
    )


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _resumes_after_adverbial(text: str, m: Marked, pm: Marked, before: list[Token]) -> bool:
    """Whole sentences of quotation after a fronted phrase with no verb of its own, right after the sentence that
    attributed the previous quotation of the paragraph: "“The strike is working,” Varn said. By closing two more
    plants this week, “Kestrel knew what was coming. That was checkmate.”" The speaker goes on; the phrase
    (a preposition and what it governs, a comma after it) only sets the words in their context."""
    words = text[m.start : m.end].rstrip()
    return (
        pm.para == m.para
        and not pm.open_end
        and len(before) >= 2
        and before[0].pos_ == "ADP"
        and bool(before[0].is_sent_start)
        and before[-1].text == ","
        and not any(t.tag_ in _FINITE_TAGS for t in before)
        and words[:1].isupper()
        and words[-1:] in (".", "!", "?")
        and not text[m.outer_end : m.para_end].strip()
    )


def _continuation(text: str, m: Marked, prev: tuple[Marked, Quote]) -> tuple[Speaker | None, Span | None]:
    """A quote with no cue of its own continues the previous quote's speaker when nothing intervenes.

    Same paragraph (a quote resumed after its attribution) or the next paragraph when that paragraph is
    pure quotation (opens with the quote) and the previous paragraph ended on the previous quote.
    """
    pm, pq = prev
    if pq.cue_span is None:
        return None, None
    same_para = pm.para == m.para
    # the previous paragraph ended on the previous quote (give or take its short attribution)
    tail = text[pm.outer_end : pm.para_end]
    next_para = m.para == pm.para + 1 and m.open_mark == m.para_start and (len(tail) <= 60 or _own_frame(text, pm, pq))
    if not (same_para or next_para or m.continued):
        return None, None
    sp = pq.speaker_span
    if pq.speaker is None and sp is None:
        return None, pq.cue_span  # the same unknown speaker goes on
    speaker = Speaker(pq.speaker, pq.speaker_entity, sp.start if sp else -1, sp.end if sp else -1, "other")
    return speaker, pq.cue_span


def _own_frame(text: str, pm: Marked, pq: Quote) -> bool:
    """The rest of the paragraph after a quotation is only its own attribution, however long the description of
    the speaker ("..., said Ms Najem, a Casablanca resident in her 80s who was visiting Marrakesh when the quake
    hit."): one sentence that holds the quotation's cue, with no other quotation."""
    cue = pq.cue_span
    tail = text[pm.outer_end : pm.para_end].rstrip()
    return (
        cue is not None
        and len(tail) <= 200
        and pm.outer_end <= cue.start < pm.outer_end + len(tail)
        and not any(ch in '"“”' for ch in tail)
        and _BOUNDARY.search(tail, 0, len(tail) - 1) is None
    )


def _quote(article: Article, start: int, end: int, kind: str, speaker: Speaker | None, cue: Span | None) -> Quote:
    sp = None
    if speaker is not None and speaker.start >= 0:
        sp = Span(article=article.id, start=speaker.start, end=speaker.end)
    return Quote(
        span=Span(article=article.id, start=start, end=end),
        text=article.text[start:end],
        kind=kind,  # type: ignore[arg-type]
        speaker=speaker.name if speaker else None,
        speaker_entity=speaker.entity if speaker else None,
        speaker_span=sp,
        cue_span=cue,
    )


_LEAD = re.compile(r"[\s,:]*(?:that\s*)?$")
_CONJ = frozenset({"and", "but", "or", "as", "while", "when", "after", "before"})


def _mixed_tails(
    text: str, doc: Doc, marked: list[Marked], outer: list[tuple[int, int]], quotes: list[Quote]
) -> list[Quote]:
    """Mixed quotes whose clause goes on past the closing mark: says “..., it’s a two-man race” between Cruz
    and Trump. The quoted words open the reported clause right after its cue, and the sentence continues in
    lower case with no cue of its own; the whole clause is the content (an ``indirect`` quote holding the
    quotation, as for "said that X “...”"). The quotation itself stays a quote of its own."""
    by_span = {(q.span.start, q.span.end): q for q in quotes}
    out = []
    for m in marked:
        q = by_span.get((m.start, m.end))
        if q is None or q.cue_span is None or q.cue_span.end > m.open_mark or m.open_end:
            continue
        if not _LEAD.match(text, q.cue_span.end, m.open_mark) or "\n" in text[q.cue_span.end : m.open_mark]:
            continue
        rest = text[m.close_mark + 1 : m.para_end]
        first = rest.split(maxsplit=1)[0] if rest.strip() else ""
        if not first[:1].islower() or first.lower() in _CONJ:
            continue
        stop = m.para_end
        for hit in _BOUNDARY.finditer(text, m.close_mark + 1, m.para_end):
            if not _inside(outer, hit.start()):
                stop = hit.start() + 1
                break
        tail = _tokens(doc, m.close_mark + 1, stop)
        if any(is_cue(t) for t in tail if not _inside(outer, t.idx)):
            continue  # "...” he said": the attribution, not more content
        end = stop
        while end > m.end and text[end - 1] in " \t.,;:!?":
            end -= 1
        # the clause opens on the quotation's opening mark, as it holds its closing one ("says “we feel we got”
        # accountability", not "we feel we got” accountability")
        start = m.open_mark
        out.append(
            replace(
                q, span=Span(article=q.span.article, start=start, end=end), text=text[start:end], kind="indirect"
            )
        )
    return out


# the attribution closing a sentence: ", Nefzi said." / ", said Ana Ruiz, a ..." (subject of up to six words)
_CLOSING_ATTRIBUTION = re.compile(r",\s+(?:[\w’'.-]+\s+){0,6}$")


def _fronted_tails(
    text: str, doc: Doc, marked: list[Marked], outer: list[tuple[int, int]], quotes: list[Quote]
) -> list[Quote]:
    """Quoted words that open a sentence which the reporter goes on in lower case before the attribution:
    "“We are frustrated and horrified” by the shooting at the club, Nefzi said." The clause up to the
    attribution is what the speaker is reported to have said (an ``indirect`` quote holding the quotation,
    which becomes a partial one, as in "said that X “...”")."""
    by_span = {(m.start, m.end): m for m in marked}
    out = list(quotes)
    for n, q in enumerate(quotes):
        m = by_span.get((q.span.start, q.span.end))
        if m is None or q.kind != "direct" or q.cue_span is None or m.open_end or q.cue_span.start <= m.close_mark:
            continue
        rest = text[m.close_mark + 1 : q.cue_span.start]
        attribution = _CLOSING_ATTRIBUTION.search(rest)
        if attribution is None or "\n" in rest or _BOUNDARY.search(text, m.close_mark + 1, q.cue_span.start):
            continue
        tail = rest[: attribution.start()].strip(" ,")
        if len(tail.split()) < 2 or not tail[:1].islower() or any(ch in tail for ch in "\"“”"):
            continue
        start = text.rfind(tail, m.close_mark, q.cue_span.start)
        end = start + len(tail)
        before = _frame(text, m, outer)[0]
        if text[before[0] : before[1]].strip() or (q.speaker_span is not None and q.speaker_span.start < end):
            continue  # the quotation does not open its sentence, or the tail holds the speaker ("the ..., 71-year-old")
        if any(is_cue(t) for t in _tokens(doc, start, end)):
            continue  # "..., said Skelly, explaining ...": the tail is an attribution
        stop = _BOUNDARY.search(text, q.cue_span.end, m.para_end)
        if any(q.cue_span.end <= s < (stop.start() if stop else m.para_end) for s, _ in outer):
            continue  # "“If ...” by the allies, Clinton said, “we would ...”": one quotation resumed
        span = Span(article=q.span.article, start=m.open_mark, end=end)
        out.append(replace(q, span=span, text=text[m.open_mark : end], kind="indirect"))
        out[n] = replace(q, kind="partial")
    return out


# ---- reported speech ---------------------------------------------------------------------------------------


_RUNNING_WORDS = 12


def _subheadings(text: str, furniture: tuple[Furniture, ...]) -> list[tuple[int, int]]:
    """The headings below the report's first paragraph of running text: a live blog entry's or a section's, which
    sum up what the paragraphs below them tell (and quote) in full. The page's headline above the text is none, nor
    is its deck on the next line ("Criticism drives candidate to say remarks 'misconstrued.'"): the text starts at
    its first paragraph that reads as running text, a dozen words or more ended by a full stop."""
    taken = [(f.span.start, f.span.end) for f in furniture]
    start = 0
    for para in text.split("\n"):
        end = start + len(para)
        running = len(para.split()) >= _RUNNING_WORDS and para.rstrip().rstrip("\"”’'").endswith((".", "!", "?"))
        if running and not _inside(taken, start):
            return [(f.span.start, f.span.end) for f in furniture if f.kind == "heading" and f.span.start > end]
        start = end + 1
    return []


def _read_reported(
    article: Article,
    doc: Doc,
    resolver: SpeakerResolver,
    marked: list[Marked],
    labels: list[tuple[int, int]],
    headings: list[tuple[int, int]],
    subheadings: list[tuple[int, int]] | None = None,
) -> list[Quote]:
    text = article.text
    contents = {(m.start, m.end) for m in marked}
    out = []
    for rep in find_reported(doc, text, resolver.inside_quote):
        if _inside(labels, rep.cue_start):
            continue  # a live blog's label ("Acquittal denied: ...") attributes nothing
        if subheadings and _inside(subheadings, rep.cue_start):
            continue  # a live blog entry's heading ("Channel closed, port authority says") sums up the entry below
        if _inside(headings, rep.cue_start) and _lemma(doc, rep.cue_start) not in SPEECH:
            continue  # a headline's "Rescuers race to find 12 missing": an act in few words; its "says" stays
        if resolver.inside_quote(rep.start):
            continue  # a clause of the quoted words themselves ("...," he said): the quote carries it
        if _heading_label(text, rep.start, rep.end, rep.cue_start):
            continue
        rep = _past_label(text, rep)
        # the clause is exactly one quotation ("said that “...”"): the quote already carries it
        inner = rep.start
        while inner < rep.end and text[inner] in INVISIBLE:
            inner += 1
        if text.startswith("that ", inner):
            inner += 5
        if (inner + 1, rep.end - 1) in contents or any(
            s - 1 <= inner and rep.end <= e + 2 and inner <= s for s, e in contents
        ):
            continue
        end = rep.end
        for m in marked:
            # a mixed quote: the clause ends inside quotation marks ("... comments “shows bias to me.”"); a
            # quotation is whole, so the clause runs to its end even where the parse cut it short
            if rep.start <= m.start < end < m.end and m.para_start <= rep.start:
                end = m.end
            elif m.close_mark == end - 1 and rep.start <= m.start:
                end = m.end  # the clause ends on the closing mark: end where the quotation's words do
        subject = rep.subject
        quoted_one = _quoted_one(cue_token) if (cue_token := _cue_token(doc, rep.cue_start)) is not None else None
        subject = quoted_one or subject
        if subject is not None and _expletive(subject):
            cue_token = _cue_token(doc, rep.cue_start)
            subject = (_agent(cue_token) or carrier_source(cue_token)) if cue_token is not None else None
        if subject is None and (cue_token := _cue_token(doc, rep.cue_start)) is not None:
            subject = _name_right_before(cue_token)
        if subject is not None and (
            resolver.inside_quote(subject.idx) or _not_speaker(subject) or _inside(labels, subject.idx)
        ):
            subject = None  # the "Spillway Readiness Review" recommended: a quoted title is no speaker
        speaker = _resolve(resolver, subject) if subject is not None else None
        cue_text = text[rep.cue_start : rep.cue_end]
        speech = is_speech_verb(_lemma(doc, rep.cue_start)) or cue_text.lower() in ("according", "per")
        if (speaker is None or speaker.name is None) and not speech:
            continue
        lemma = _lemma(doc, rep.cue_start)
        thing = speaker is None or (speaker.kind == "other" and lemma in ATTITUDE)
        if not speech and (thing or _under_modal(doc, rep.cue_start)):
            continue  # "the rescue aims to ...", "voters must understand that ...": no one's stated view
        if subject is not None and resolver.event(subject):
            continue  # "Hurricane Ova had estimated winds of 120 mph": a storm's winds, no one's estimate
        if subject is not None and terms_in_report(subject):
            continue  # "The UAW said the agreement calls for a 25% raise": the UAW's words, not the agreement's
        if _own_stance_reported(doc, rep.cue_start, subject):
            continue  # "The US said that it cautiously welcomed the deal": one report, the outer cue's
        if _duty_not_required(doc, rep.cue_start):
            continue  # "does not require that the anchors must acknowledge the lies": a duty, not words said
        cue = Span(article=article.id, start=rep.cue_start, end=rep.cue_end)
        out.append(_quote(article, rep.start, end, "indirect", speaker, cue))
    return out


_MODALS = frozenset({"must", "should", "ought", "need", "might", "may", "could", "can"})
# the modals of a duty: "must acknowledge", "should apologise" tell what someone is to say, not what was said
_DUTIES = frozenset({"must", "should", "ought"})
_LABEL_WORDS = 5
_MARKS = frozenset("\"“”‘’'")


def _expletive(subject: Token) -> bool:
    """The "it" of "it was revealed that ...": no one, the passive's clause is what was said."""
    return (
        subject.lower_ == "it"
        and subject.dep_ == "nsubjpass"
        and any(c.dep_ == "ccomp" for c in subject.head.children)
    )


def _agent(verb: Token) -> Token | None:
    """Who a passive names: "it was reported by the Times that ..." -> the Times."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _cue_token(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _past_label(text: str, rep: Reported) -> Reported:
    """The clause without a section label opening its paragraph ("Why it matters: The economy ..., per X")."""
    if rep.start != 0 and text[rep.start - 1] != "\n":
        return rep
    colon = text.find(": ", rep.start, rep.end)
    if colon < 0:
        return rep
    label = text[rep.start : colon]
    if rep.cue_start < colon or len(label.split()) > _LABEL_WORDS or any(c in _MARKS for c in label):
        return rep  # no label: too long, or quoted words ("“Our aim is simple: we ...,” he said")
    return replace(rep, start=colon + 2)


def _heading_label(text: str, start: int, end: int, cue_start: int) -> bool:
    """A few words opening a paragraph and closed by a colon, with the cue after the colon ("What they're
    saying: Secretary Blinken said ..."): a section label of the report's own, not what the speaker said."""
    opens = start == 0 or text[start - 1] == "\n"
    return opens and text.startswith(":", end) and cue_start > end and len(text[start:end].split()) <= _LABEL_WORDS


def _under_modal(doc: Doc, char: int, modals: frozenset[str] = _MODALS) -> bool:
    tok = _cue_token(doc, char)
    return tok is not None and any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children)


def _own_stance_reported(doc: Doc, char: int, subject: Token | None) -> bool:
    """A stance inside the clause another cue reports, its subject a pronoun for that cue's speaker ("The US
    said on Friday that it cautiously welcomed the new deal"): the stance is what was said, no second item."""
    tok = _cue_token(doc, char)
    if tok is None or subject is None or tok.dep_ != "ccomp" or not is_cue(tok.head):
        return False
    lemma = tok.lemma_.lower()
    if lemma not in ATTITUDE or lemma in SPEECH or subject.lower_ not in ("it", "they", "he", "she"):
        return False
    outer = subject_of(tok.head)
    return outer is not None and outer.i < subject.i and outer.lower_ not in ("it", "they", "he", "she", "i", "we")


def _duty_not_required(doc: Doc, char: int) -> bool:
    """A cue under "must" or "should" in the clause of a negated verb ("the ruling does not stipulate that the
    captains must acknowledge the faults"): what no one is bound to say. PolNeAR annotates a plain duty ("the
    Committee should ask the Counsel to ...", "Applicants must promise to ..."), so those stay."""
    tok = _cue_token(doc, char)
    if tok is None or tok.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in _DUTIES for c in tok.children):
        return False
    return any(c.dep_ == "neg" for c in tok.head.children) and not is_cue(tok.head)


def _lemma(doc: Doc, char: int) -> str:
    tok = _cue_token(doc, char)
    return tok.lemma_.lower() if tok is not None else ""
