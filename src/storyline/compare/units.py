"""The statements of one report that alignment compares (``storyline.compare.align.Unit``).

A report's sentences (``Analysis.sentences``; a plain split when the analysis has none), less page
furniture, cut into statements:
- a direct quote of five words or more becomes a statement of its own (kind ``quote``), and when it runs
  over several sentences each of them is a statement too (kind ``clause``): the quote is matched whole by
  its words, its sentences by what they say;
- the clause a citation credits, when it is only part of the sentence ("Nikkei Asia reported on May 3, citing
  officials, that CLAUSE"), is split from its attribution (kind ``clause``);
- a trailing participial reporting clause (", adding that ...", ", saying ..."), a second coordinated main
  clause (", and the river rose ...") and a sentence-final relative clause (", which happened at ...") are split
  off (kind ``clause``): a compound sentence often says two things that other reports say apart.
What is left of a sentence stays a statement when it still holds three content words. Who a statement is
attributed to ("according to ...", "Morrow said") and how it describes someone (an entity's role or appositive:
"Mora, the diplomat who headed the talks over ...") are masked from its words: they say whose claim it is and
who is meant, not what is claimed.

Does NOT parse: the clause splits are patterns, and a sentence that is not clearly compound stays whole (it is
the natural unit a reader checks a fact against).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.compare.align import Unit, content_tokens
from storyline.model import Analysis, Article, Quote, Span

# the entity mentions inside a span, as (start, end, story entity id)
EntityFn = Callable[[Span], list[tuple[int, int, str]]]
# the story entity id of a quote's speaker (None when unknown)
SpeakerFn = Callable[[str, Quote], str | None]

_QUOTED = re.compile(r"[\"“]([^\"“”]{10,}?)[\"”]")
_PARTICIPLE = re.compile(
    r",\s+(?:(?:adding|saying|noting|explaining|warning|arguing|stressing|insisting)(?:\s+that)?|"
    r"which(?=\s+(?:has|have|had|is|was|are|were|will|would)\b))\s+"
)
# the rest of a sentence after an embedded ", which ..." clause closes and its main verb follows: "About 85 per
# cent of voters in the country, which is known for its beaches, turned up at the polls"
# ("The board of the firm, which is backed by Halden Bank, on Friday announced ...": a time phrase may stand before
# the main verb)
_CLOSED_ASIDE = re.compile(
    r",\s+(?:(?:[a-z]+|(?:on|last|this|late|early)\s+[A-Z][a-z]+)\s+){0,2}?"
    r"(?:\w+ed|went|came|rose|fell|said|were|was|are|is|had|has)\b"
)
# ", and the river rose ...": a second main clause (a subject, then a finite verb within a few words)
_COORDINATED = re.compile(
    # ... not the last item of a list of counts by place (", and one in Rolpa have been injured")
    r",\s+(?:and|but|while)\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s+(?:each\s+)?in\s+[A-Z])"
    r"(?=(?:the|a|an|its|their|his|her|he|she|they|it|we|one|two|three|some|several|many|most|no|[A-Z][a-z]+)\b[^,;]{0,40}?"
    r"\b(?:\w+ed|rose|fell|was|were|is|are|had|has|said|went|came|began|grew|broke|gave|took|left|ran|hit|"
    r"stood|will|would|could|must)\b)"
)
# ", which happened at 3:40 a.m." ending the sentence (an embedded one, "X, which runs the dam, said", is not
# a statement of its own)
_WHICH = re.compile(r",\s+which\s+(?=(?:\w+ed|began|came|went|broke|took|rose|fell)\b)")
# a year just before a which-clause: the clause tells of the event the year places ("a 1960 tsunami, which ...")
_DATED_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\b(?:['’]s)?(?:\s+[\w’'-]+){0,3}\s*$")
# what a which-clause says when it only describes its noun: "is known for", "was loosely based on", "was named
# after"
_DESCRIBING = re.compile(
    r"(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:based|named|known|called|titled|modell?ed|inspired|adapted|located|"
    r"situated|set|home)\b"
)
# what may follow a quote's speaker and cue without saying anything more: to whom, then where, when or how
_CIRCUMSTANCE = re.compile(
    r"(?:(?:reporters|journalists|the press|a crowd|supporters)\b[\s,]*)?"
    r"(?:in|at|on|outside|inside|during|after|before|from|to|with|while|when|via|through|by|later|earlier|"
    r"afterwards|today|yesterday|tonight|this|last|"
    # ... or what the words were about ("..., Chief Relling said of the crash on Sunday")
    r"of|regarding|"
    # ... or which word of the quote meant what ("..., he said, referring to the harbour authority")
    r"referring\s+to|alluding\s+to|speaking\s+of)\b",
    re.IGNORECASE,
)
# whom a speaker told the words, before where or when ("told councillors during a hearing Friday", "told the
# committee on Friday"): a plural or a determiner and a word or two, in lower case, right after a cue of telling
# (an outlet told, "told Radio Kesk early on Friday", is a credit the quote keeps)
_ADDRESSED = re.compile(
    r"(?-i:(?:the|a|an)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?|[a-z][\w'’-]*s)(?:\s*$|\s+" + _CIRCUMSTANCE.pattern + ")",
    re.I,
)
_TELLING = re.compile(r"\b(?:told|tells|tell|telling)\b", re.IGNORECASE)
# quoted words in title case are a film's, book's or song's name ("Take Me Out to the Ball Game"), not what
# anybody said: no statement of their own (the extractor's own direct quotes are kept whatever their case)
_TITLE = re.compile(r"(?:(?:[A-Z0-9][\w'’&:-]*|[a-z]{1,3})[\s,]+)*[A-Z0-9][\w'’&:-]*")
_SPEECH = re.compile(r"\b(?:said|says|told|added|warned)\b")
# a statement's edges: spaces, punctuation, quotation marks and list bullets ("• All 10 people ...")
_BULLETS = "•◦‣▪▫●○∙·"
_TRIM = " \t\n,;:.\"“”'‘’—–-()" + _BULLETS
# a wire dateline opening a sentence: place and/or date, the agency in brackets, a dash ("Aug. 23 (UPI) --",
# "KYIV, Ukraine (AP) —"): where and when the report was filed, nothing it says
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:[ ,]+[\w.'’-]+){0,5}?\s*)?\([A-Z][\w.&' -]{0,30}\)\s*(?:--|—|–|-)\s*"
)
_MIN_QUOTE_WORDS = 5
_MIN_TOKENS = 3


# a live page's or a bulletin's flag before a headline or a line: "LIVE:", "BREAKING -", "UPDATE 2:"
_FLAG = re.compile(r"(?:LIVE(?:\s+UPDATES)?|BREAKING(?:\s+NEWS)?|UPDATE(?:\s+\d+)?|WATCH|EXCLUSIVE)\s*[:|–—-]\s*")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    lo, hi = s, e
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    # the period of an abbreviation in initials is part of it, not the statement's end: "demand in the U.S."
    if text[e : e + 1] == "." and _INITIALS.search(text, s, e):
        e += 1
    return balanced(text, s, e, lo, hi)


# a word in initials, its last period left off: "U.S", "D.C", "U.K"
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]$")


# closing marks and their openers; a straight double mark closes itself
_PAIRS = {")": "(", "”": "“", '"': '"'}


def balanced(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """The span ``s:e`` grown, within ``lo:hi``, by a mark the words still need: "winds of 110mph (175kph)."
    keeps its ")", and "The building shook,” the manager told X" its "“" (a lone closing mark would read as a
    quotation cut short)."""
    for close, open_ in _PAIRS.items():
        part = text[s:e]
        if close == open_:
            unmatched = part.count(close) % 2 == 1
            if not unmatched:
                continue
            first, last = part.find(close), part.rfind(close)
            # the lone mark closes a quotation opened before the span, or opens one that ends after it
            closes = part[:first].strip() != "" and text.rfind(close, lo, s) >= 0
            if closes:
                s = text.rfind(close, lo, s)
            elif text.find(close, e, hi) >= 0 and part[last + 1 :].strip() != "":
                e = text.find(close, e, hi) + 1
            continue
        opened, closed = part.count(open_), part.count(close)
        if closed > opened and text.rfind(open_, lo, s) >= 0:
            s = text.rfind(open_, lo, s)
        elif opened > closed and text.find(close, e, hi) >= 0:
            e = text.find(close, e, hi) + 1
    return s, e


def sentences_of(article: Article, analysis: Analysis) -> list[tuple[int, int]]:
    """Sentence spans, from the analysis or, failing that, paragraphs split at full stops."""
    if analysis.sentences:
        return [(s.start, s.end) for s in analysis.sentences]
    out = []
    for m in re.finditer(r"[^\n]+", article.text):
        start = m.start()
        for part in re.finditer(r".+?(?:[.!?][\"”’]?(?=\s+[A-Z\"“])|$)", m.group(0)):
            s, e = _trim(article.text, start + part.start(), start + part.end())
            if e > s:
                out.append((s, e))
    return out


def _furniture(analysis: Analysis) -> list[tuple[int, int]]:
    return [(f.span.start, f.span.end) for f in analysis.furniture]


def _inside(span: tuple[int, int], areas: list[tuple[int, int]]) -> bool:
    s, e = span
    return any((a <= s and e <= b) or (min(e, b) - max(s, a)) > 0.6 * (e - s) for a, b in areas)


def _quotes(text: str, analysis: Analysis, furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Direct quotes of five words or more, whole even when they run over several sentences of a paragraph."""
    found = []
    for q in analysis.quotes:
        if q.kind == "direct":
            found.append(_trim(text, q.span.start, q.span.end))
    for para in re.finditer(r"[^\n]+", text):
        for m in _QUOTED.finditer(text, para.start(), para.end()):
            words = m.group(1).strip(_TRIM)
            if not _TITLE.fullmatch(words):
                found.append(_trim(text, m.start(1), m.end(1)))
    long = [
        (a, b)
        for a, b in found
        if b > a and len(text[a:b].split()) >= _MIN_QUOTE_WORDS and not _inside((a, b), furniture)
    ]
    return _disjoint(long)


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest first, then keep the ones that overlap nothing kept."""
    kept: list[tuple[int, int]] = []
    for a, b in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(b <= c or d <= a for c, d in kept):
            kept.append((a, b))
    return sorted(kept)


def _credited_in(s: int, e: int, analysis: Analysis) -> list[tuple[int, int]]:
    out = []
    for c in analysis.citations:
        cr = c.credited
        if cr is None or c.kind == "self":
            continue
        if s <= cr.start and cr.end <= e and (cr.end - cr.start) < 0.85 * (e - s):
            out.append((cr.start, cr.end))
    return out


def _speakers(s: int, e: int, analysis: Analysis, speaker_of: SpeakerFn | None) -> tuple[frozenset[str], bool]:
    """Who a statement quotes or reports: the speakers of the quotes that cover most of it, or that it holds
    mostly whole, or that name the speaker ("Volker said that ..." is Volker's, even when the quote is cut off
    as a statement of its own); a sentence merely touching a quote is nobody's. Also whether it carries a
    speaker's own (quoted) words."""
    if speaker_of is None:
        return frozenset(), False
    out = set()
    worded = False
    for q in analysis.quotes:
        overlap = min(e, q.span.end) - max(s, q.span.start)
        if overlap <= 0:
            continue
        named = q.speaker_span is not None and s <= q.speaker_span.start and q.speaker_span.end <= e
        if named or overlap >= 0.5 * (e - s) or overlap >= 0.8 * (q.span.end - q.span.start):
            who = speaker_of(analysis.article, q)
            if who:
                out.add(who)
                worded = worded or q.kind != "indirect"
    return frozenset(out), worded


def report_units(
    article: Article, analysis: Analysis, report: int, entities_in: EntityFn, speaker_of: SpeakerFn | None = None
) -> list[Unit]:
    """The statements of one report, in text order; ``speaker_of`` names the story entity who said a quote."""
    text = article.text
    furniture = _furniture(analysis)
    pieces: list[tuple[int, int, str]] = []
    all_quotes = _quotes(text, analysis, furniture)
    sentences = _rejoined(text, sentences_of(article, analysis))
    all_quotes = [(a, b) for a, b in all_quotes if not _completes(text, a, b, sentences, analysis)]
    for a, b in all_quotes:
        if _fragment(text, a, b, analysis):
            continue  # cut out of its sentence all the same: what is left around it is told apart
        # a quote is paired whole, by its words; a quote of several sentences is also compared sentence by
        # sentence, as claims (each may say a different thing, and another report may say it in other words)
        pieces.append((a, b, "quote"))
        parts = [_trim(text, max(a, s), min(b, e)) for s, e in sentences if s < b and a < e]
        parts = [(qa, qb) for qa, qb in parts if qb > qa and len(text[qa:qb].split()) >= 3]
        if len(parts) > 1:
            pieces.extend((qa, qb, "clause") for qa, qb in parts)
    # a quote that is what its sentence calls something is a statement of its own, and is left in the sentence
    kept_in = {(a, b) for a, b in all_quotes if _names_it(text, a, sentences)}
    for s, e in sentences:
        if _inside((s, e), furniture):
            continue
        # matched past the sentence's end: a sentence split may have trimmed the dateline's bracket and dash
        if dateline := _DATELINE.match(text, s):
            s = dateline.end()
            if s >= e or not content_tokens(text[s:e]):
                continue
        if flag := _FLAG.match(text, s, e):
            s = flag.end()  # "LIVE: Milei wins ...": the page's flag, no part of what the line says
        s = _after_label(text, s, e, analysis)
        # such a quote run on past its sentence ("called it “an exciting test. Learned a lot.”") is told whole
        e = max([e, *(_closed(text, b) for a, b in kept_in if s <= a < e < b)])
        quotes = [(max(a, s), min(b, e)) for a, b in all_quotes if a < e and s < b and (a, b) not in kept_in]
        credited = [c for c in _credited_in(s, e, analysis) if all(c[1] <= a or b <= c[0] for a, b in quotes)]
        cuts = _disjoint(quotes + credited)
        pos = s
        rest: list[tuple[int, int]] = []
        for a, b in cuts:
            rest.append((pos, a))
            if (a, b) not in quotes:
                pieces.append((a, b, "clause"))
            pos = b
        rest.append((pos, e))
        whole = not cuts
        for a, b in rest:
            for a2, b2, kind in _participles(text, a, b, "sentence" if whole else "clause"):
                a2, b2 = _trim(text, a2, b2)
                if not whole:
                    a2, b2 = _without_frame(text, a2, b2, analysis)
                if b2 > a2 and not _label(text, a2, b2) and not _signpost(text, a2, b2) and (
                    _says_something(text, a2, b2, analysis) if not whole else _beyond_attribution(
                        text[a2:b2], a2, analysis)
                ):
                    pieces.append((a2, b2, kind))
    mask = _attributions(text, analysis) + _descriptions(analysis)
    units = []
    for a, b, kind in sorted(pieces):
        span = Span(article=article.id, start=a, end=b)
        dates = frozenset(
            t.value for t in analysis.timexes if t.value and t.type == "DATE" and a <= t.span.start and t.span.end <= b
        )
        speakers, worded = _speakers(a, b, analysis, speaker_of)
        units.append(
            Unit.make(span=span, text=text[a:b], report=report, kind=kind, mentions=entities_in(span), dates=dates,
                      mask=[(x, y) for x, y in mask if x < b and a < y], speakers=speakers, worded=worded)
        )
    return units


# the words that may open a quoted clause with its own subject ("we will open the gates by Friday")
_SUBJECT = re.compile(
    r"(?:i|we|you|he|she|it|they|this|that|these|those|there|our|my|your|his|her|their|its|the|a|an|no|nobody|"
    r"everyone|everybody|someone|nothing|everything|all|people)\b"
)


def _fragment(text: str, s: int, e: int, analysis: Analysis) -> bool:
    """A phrase quoted inside a sentence that is no clause of its own: it opens in lower case on no subject and
    does not end as a sentence does ("were \u201cstill trying to figure out\u201d what happened"). The
    extractor's direct quotes are whole utterances whatever their case ("\u2018based on what we know, i
    quit.\u2019")."""
    words = text[s:e]
    if not words[:1].islower() or _SUBJECT.match(words) or text[e : e + 1] in (".", "!", "?"):
        return False
    return not any(q.kind == "direct" and q.span.start <= s and e <= q.span.end for q in analysis.quotes)


# the last word before a quoted phrase that needs the phrase to finish its clause: a copula ("... has been reached,
# but is “subject to drafting final contract language.”"); after an article or a preposition the quoted
# words are a noun phrase, cut out as before ("after a “textbook recovery of the whole crew”")
_DANGLING = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am)[\s,]*$",
    re.IGNORECASE,
)


# the words before a quoted phrase that name what the phrase calls something: the phrase is what they say
# ("described the fires as “the worst ...”", "called it “an exciting test launch”", "dubbed it “...”")
_NAMING = re.compile(
    r"\b(?:as|(?:called|dubbed|termed|labell?ed|branded)(?:\s+(?:it|them|him|her|this|that|the\s+\w+))?)[\s,]*$",
    re.IGNORECASE,
)


def _names_it(text: str, s: int, sentences: list[tuple[int, int]]) -> bool:
    """Whether a quoted phrase is what the words before it call something: "Governor Lin described the fires as
    “the worst disaster the island ever faced” and warned ...", "Orr, in a post, called it “a proud day!”". Cut
    out, it would leave "Governor Lin described the fires as" as a statement."""
    opens = next((a for a, b in sentences if a <= s < b), None)
    return opens is not None and bool(_NAMING.search(text[opens:s].rstrip(_TRIM.replace(",", ""))))


def _closed(text: str, e: int) -> int:
    """Where a quote that ends at ``e`` closes: past its closing mark, when one follows ("months.”")."""
    m = _CLOSING.match(text, e)
    return m.end() if m else e


_CLOSING = re.compile(r"[.!?,]?[”\"]")


def _completes(text: str, s: int, e: int, sentences: list[tuple[int, int]], analysis: Analysis) -> bool:
    """A quoted phrase that finishes the clause it stands in: it opens in lower case on no subject, and the word
    before it in its sentence cannot end a clause ("..., but is “subject to drafting final contract
    language.”"). It is neither cut out of its sentence nor a statement of its own: cut out, it would leave
    "... been reached, but is" as a statement. The extractor's direct quotes are whole utterances and stay cut."""
    words = text[s:e]
    if not words[:1].islower() or _SUBJECT.match(words):
        return False
    if any(q.kind == "direct" and q.span.start <= s and e <= q.span.end for q in analysis.quotes):
        return False
    opens = next((a for a, b in sentences if a <= s < b), None)
    if opens is None:
        return False
    before = text[opens:s].rstrip(_TRIM.replace(",", ""))
    return bool(_DANGLING.search(before))


def _after_label(text: str, s: int, e: int, analysis: Analysis) -> int:
    """Where a statement starts once the key point's label of the page's furniture opening its sentence is cut
    ("Details: The guild released a statement Sunday ..." starts at "The"): a label is a heading over what follows,
    no part of what it says. A label the furniture did not take (a report's only one, ``_LABEL``) stays in the
    span and is masked from its words: alone, "Trump said:" has the same shape."""
    for f in analysis.furniture:
        if f.kind == "label" and f.span.start <= s < f.span.end:
            return min(e, f.span.end)
    return s


# a sentence piece that opens on a dash: spaCy cut the sentence at a dash that sets an aside off ("Velm Ferries
# – the operator of the harbour's night boats – has sacked its captain")
_DASHES = "–—"
_SENTENCE_END = ".!?\"”’)"


def _rejoined(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences with a piece that opens on a dash joined back to the piece before it in the same paragraph, when
    that one does not end as a sentence does ("Velm Ferries" + "– the operator ... – has sacked its captain")."""
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        last = out[-1] if out else None
        if last and text[s] in _DASHES and "\n" not in text[last[1] : s] and text[last[1] - 1] not in _SENTENCE_END:
            out[-1] = (last[0], e)
        else:
            out.append((s, e))
    return out


# what may open a sentence before the speaker of the quotation it frames: a prepositional phrase or a participle
# ("In a message to staff,", "Taking to social media,", "Later,")
_FRONTED = re.compile(r"(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Vv]ia|[Tt]hrough|[Ll]ater|[Ee]arlier|\w+ing)\b")
_FRAME_WORDS = 8


def _without_frame(text: str, s: int, e: int, analysis: Analysis) -> tuple[int, int]:
    """What is left of a sentence once its quote is cut, less the frame that only introduces the quote after it:
    a clause closing on the quote's speaker and cue after a fronted phrase ("Taking to social media, he wrote",
    "In a message to staff, Ruiz said") is dropped (an empty span), a participle closing on the cue (", sending a
    message to staff stating") is cut off the clause before it. Anything else is left as it is."""
    for q in analysis.quotes:
        cue = q.cue_span
        if cue is None or not (s < cue.start and cue.end <= e) or text[cue.end : e].strip(_TRIM) or q.span.start < e:
            continue
        comma = text.rfind(",", s, cue.start)
        if comma < 0:
            continue
        tail = _blank(text[comma + 1 : cue.start], comma + 1, [q.speaker_span] if q.speaker_span else [])
        if len(tail.split()) > _FRAME_WORDS:
            continue
        if not tail.strip(_TRIM + " ") and _FRONTED.match(text, s) and len(text[s:comma].split()) <= _FRAME_WORDS:
            return s, s  # "Taking to social media, he wrote: ..."
        if re.match(r"\s*\w+ing\b", tail) and len(content_tokens(text[s:comma])) >= _MIN_TOKENS:
            return _trim(text, s, comma)  # "Ruiz quit the board, sending a message to staff stating: ..."
    return s, e


_ACCORDING = re.compile(r"\baccording to\b[^,.;:\n]*")
# "A spokesperson for the authority said (that) ...", opening a sentence: who says it, not what is said
_LEAD_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?]\s))[A-Z][^.,;:\"“”\n]{0,70}?\b(?:said|says|added|told\s+[a-z]+)\s+(?:that\s+)?(?=\w)",
    re.M,
)


# a key point's label opening a paragraph ("Acquittal denied: Trump's attorney moved for ..."): a heading over
# the statement, in a word or three, which the statement itself then tells
_LABEL = re.compile(r"^[ \t]*[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,2}:[ \t]+(?=[A-Z\"“])", re.M)


def _attributions(text: str, analysis: Analysis) -> list[tuple[int, int]]:
    """Where statements name their source: "according to ...", and the speaker of reported speech; also a key
    point's label (``_LABEL``), which names no source but says nothing the statement does not."""
    out = [(m.start(), m.end()) for m in _ACCORDING.finditer(text)]
    out += [(m.start(), m.end()) for m in _LABEL.finditer(text)]
    out += [(m.start(), m.end()) for m in _LEAD_SPEAKER.finditer(text)]
    for q in analysis.quotes:
        if q.kind == "indirect" and q.speaker_span is not None:
            out.append((q.speaker_span.start, q.speaker_span.end))
    return out


def _descriptions(analysis: Analysis) -> list[tuple[int, int]]:
    """Where statements tell who someone is: an entity's role or appositive ("Enrique Mora, the Spanish diplomat
    who headed EU delegations in previous rounds of talks over Iran's nuclear program"). It says who is meant,
    not what the statement says of them: two statements that share only the words of a description say
    different things."""
    return [(e.role_span.start, e.role_span.end) for e in analysis.entities if e.role_span is not None]


def _label(text: str, s: int, e: int) -> bool:
    """A few words with no figure and no closing stop, as a headline's tail or a live blog's label is written
    ("Live updates", "What we know"): no statement of anything."""
    tokens = content_tokens(text[s:e])
    stop = text[e : e + 2].strip()[:1] in (".", "!", "?")
    return len(tokens) < _MIN_TOKENS and not any(t[0].isdigit() for t in tokens) and not stop


# a line that points the reader on rather than telling anything: "Here's a look at where things stand:",
# "Here’s a close look at the banks affected by the outage."
_POINTER = re.compile(r"Here(?:['’]s|\s+is|\s+are)\s+(?:a|an|the|what|where|how|who|why|everything|some)\b")


def _signpost(text: str, s: int, e: int) -> bool:
    """A question the report asks in its own voice, as a subhead does ("How is the outage affecting travel?"), or
    a line pointing on to what follows (``_POINTER``): no statement of anything. A quoted question is its
    speaker's, and a statement of its own kind (``quote``)."""
    words = text[s:e].rstrip()
    return words.endswith("?") or text[e : e + 1] == "?" or _POINTER.match(words) is not None


def _says_something(text: str, s: int, e: int, analysis: Analysis) -> bool:
    """Whether what is left of a sentence once its quote is cut out says more than where the quote came from
    ("she told Riverline Radio last week, hours after the failure" does not: the credit is no statement; nor
    does "said Ilsa Marr, head of the dockworkers' union": a direct quote's speaker, cue and role tell who
    spoke, while "Marr condemned the killings, saying" still says something)."""
    chars = _blank(text[s:e], s, [c.span for c in analysis.citations])
    if _DOCUMENT_LENGTH.search(chars):
        return True  # "he said in his 277-page ruling" tells the ruling's length, which another report may give
    if len(content_tokens(chars)) < _MIN_TOKENS + (1 if chars != text[s:e] else 0):
        return False
    # a partial quote's speaker and cue sit in a claim of their own ("Beijing warned NATO against ..."): kept
    who = [x for q in analysis.quotes if q.kind == "direct" for x in (q.speaker_span, q.cue_span) if x is not None]
    # so do the speaker and cue of a mixed quote that closes before them ('The pact “was made possible ...,” a
    # guild email to members stated')
    who += [
        x
        for q in analysis.quotes
        if q.kind != "direct" and q.cue_span is not None and s <= q.cue_span.start < e and q.span.end <= s
        for x in (q.speaker_span, q.cue_span)
        if x is not None
    ]
    who += [x.role_span for x in analysis.entities if x.role_span is not None]
    who += _described(text, s, e, who)
    rest = _blank(chars, s, who)
    untimed = _blank(rest, s, [t.span for t in analysis.timexes]).strip(_TRIM + " ")
    if len(rest.strip(_TRIM)) < len(chars.strip(_TRIM)) and _circumstance_only(untimed, text, who):
        return False  # "Castagna said in an interview at the dam": where and how the words were spoken
    if not _beyond_attribution(rest, s, analysis):
        return False
    return len(content_tokens(rest)) >= _MIN_TOKENS - 1


# the length of a document a quote was spoken in: "in a 286-page ruling", "in his 40-page opinion"
_DOCUMENT_LENGTH = re.compile(r"\b\d[\d,]*-page\s+(?:[a-z]+\s+)?(?:ruling|decision|judgment|judgement|opinion|"
                              r"indictment|complaint|report|order|verdict|filing|memo)\b")


def _circumstance_only(rest: str, text: str, who: list[Span]) -> bool:
    """Whether what is left of a sentence once a quote's speaker and cue and its time expressions are blanked
    only tells where, how or of what the words were spoken (``_CIRCUMSTANCE``), after whom they were told to when
    the cue is one of telling: "Mayor Daske told councillors during a committee hearing Friday" and "Daske told
    councillors Friday" say no more than who spoke."""
    if _CIRCUMSTANCE.match(rest):
        return True
    return any(_TELLING.search(text[x.start : x.end]) for x in who) and _ADDRESSED.match(rest) is not None


def _described(text: str, s: int, e: int, who: list[Span]) -> list[Span]:
    """The words that open what is left of a sentence and describe the speaker right after them ("Tarvella
    district official" of "..., Tarvella district official Ana Sharma told Reuters by phone"): up to five words,
    no comma, ending where a speaker's mention starts."""
    out = []
    for span in who:
        if s < span.start <= e:
            lead = text[s : span.start]
            if lead.strip() and "," not in lead and len(lead.split()) <= 5:
                out.append(Span(article=span.article, start=s, end=span.start))
    return out


def _beyond_attribution(text: str, offset: int, analysis: Analysis) -> bool:
    """Whether ``text`` (at article offset ``offset``) says anything once every quote's speaker and cue and every
    time expression are blanked out: "the U.S. Coast Guard said Thursday", left of a sentence whose partial quote
    was cut out, only tells who spoke and when. A partial quote's speaker stays in ``_says_something``'s count
    because a clause around it may say more ("Beijing warned NATO against ..."): this blanks it only to ask
    whether anything else is there."""
    spans = [x for q in analysis.quotes for x in (q.speaker_span, q.cue_span) if x is not None]
    spans += [t.span for t in analysis.timexes]
    return bool(content_tokens(_blank(text, offset, spans)))


def _blank(text: str, offset: int, spans: list[Span]) -> str:
    """``text`` (which starts at article offset ``offset``) with ``spans`` blanked out."""
    chars = list(text)
    for span in spans:
        a, b = max(span.start - offset, 0), min(span.end - offset, len(text))
        if a < b:
            chars[a:b] = " " * (b - a)
    return "".join(chars)


def _is_which(m: re.Match[str]) -> bool:
    return m.group(0).rstrip().endswith("which")


def _participles(text: str, s: int, e: int, kind: str) -> list[tuple[int, int, str]]:
    """Split a clause that says a second thing off the clause before it, when both halves hold content:
    ", adding that ...", ", and the river rose ...", a sentence-final ", which happened ..."."""
    found = [m for m in (_PARTICIPLE.search(text, s, e), _COORDINATED.search(text, s, e)) if m]
    # an embedded which-clause whose sentence goes on to its main verb is no second statement
    found = [m for m in found if not (m.group(0).rstrip().endswith("which") and _CLOSED_ASIDE.search(text, m.end(), e))]
    # a which-clause that only describes what it hangs on ("the film Lord of War, which was loosely based on his
    # life") says nothing apart from its sentence
    found = [m for m in found if not (m.group(0).rstrip().endswith("which") and _DESCRIBING.match(text, m.end(), e))]
    which = _WHICH.search(text, s, e)
    if which and not _SPEECH.search(text, which.end(), e):
        found.append(which)
    # a which-clause on another, dated event ("since a 1960 tsunami, which killed 61 people") tells of that event:
    # it stays with the year that places it, or its figures would read as this story's
    found = [m for m in found if not (_is_which(m) and _DATED_BEFORE.search(text, max(s, m.start() - 40), m.start()))]
    if not found:
        return [(s, e, kind)]
    m = min(found, key=lambda x: x.start())
    head, tail = text[s : m.start()], text[m.end() : e]
    if len(content_tokens(head)) < _MIN_TOKENS or len(content_tokens(tail)) < _MIN_TOKENS - 1:
        return [(s, e, kind)]
    return [(s, m.start(), kind), *_participles(text, m.end(), e, "clause")]
