"""Mixed quotes: a reported clause that holds quoted words is one attribution, whole.

"Sanders said following a vote in 2001 that he had “very serious concerns about ...”": the quoted words are
a partial quote, and what Sanders is reported to have said is the clause "that he had “...”". The parse often
cuts such a clause short (the "that" clause hung on "vote", a conjunct "but instead Obama is giving them
“lectures ...”" left out of the complement), or misses it; this pass mends the reported clauses after the
quotation marks and the parse have been read:

- a partial quote whose cue comes before it in its sentence belongs to that cue's reported clause: a clause
  that stops short of the quotation is extended to cover it, and where the cue has no clause, one is made
  from the cue's complement (after its "that", else after the cue's adjuncts: "says in a statement", "told
  reporters Monday") to the end of the quotation;
- such a mixed clause runs on to its sentence's end when the sentence goes on after the closing mark ("is
  “peanuts,” compared to what ...", "a good, “peaceful protest” since he went to college"), as PolNeAR spans
  mixed attributions.

- a quotation with no attribution of its own that follows a reported clause straight on ("Greene added that the
  Fed wants out of the way. “They don’t like to talk about it ...”", "said that given the crop: ¶ "There’s only
  one"") goes on with that clause's speaker and cue, unless the clause is an aside in the attribution of an
  earlier quotation of its sentence ("“...,” Ruiz said when asked about the fare. “...”"): that quotation goes on.

The partial quotes stay quotes of their own (the ledger lists the quoted words); the clause is an
``indirect`` quote with the partial's speaker and cue.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.extract.quotes_cues import CONNECTIVE, SENTENCE_END, SPEECH, is_cue, possessed_title
from storyline.extract.quotes_reported import SO_FAR
from storyline.model import Quote, Span

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from storyline.extract.quotes_marks import Marked

# children of a cue that stand between it and its reported clause: "says in a statement", "told reporters"
# what may stand between a reported clause and the quotation that carries it on
_GAP = " \t\n\r.:;,\"“”'’"
_TRAIL = " \t\n,.;:!?—–-”\""
_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod", "dative", "agent", "prt", "punct", "aux", "neg"})


def complete_mixed(
    text: str,
    doc: Doc,
    marked: list[Marked],
    quotes: list[Quote],
    sentence_end: Callable[[int, int], int],
) -> list[Quote]:
    """``quotes`` with mixed clauses mended and made (see the module docstring); order is not kept."""
    by_start = {m.start: m for m in marked}
    out = list(quotes)
    for p in quotes:
        if p.kind != "partial" or p.cue_span is None or p.cue_span.end > p.span.start:
            continue
        m = by_start.get(p.span.start)
        if m is None or "\n" in text[p.cue_span.end : m.open_mark]:
            continue
        if sentence_end(p.cue_span.end, m.open_mark) < m.open_mark:
            continue  # the cue ends its sentence before the quotation opens
        clauses = [
            n
            for n, q in enumerate(out)
            if q.kind == "indirect"
            and q.cue_span == p.cue_span
            and p.cue_span.end <= q.span.start <= p.span.start  # the clause after its cue, not a fronted one
        ]
        if clauses:
            n = clauses[-1]
            q = out[n]
            if q.span.end < p.span.end:
                end = max(p.span.end, _constituent_end(doc, text, p.cue_span.start, m.start, sentence_end))
                out[n] = _respan(text, q, q.span.start, end)
            continue
        if any(
            q.kind == "indirect" and q.span.start <= p.span.start < q.span.end and q.span.start <= p.cue_span.start
            for q in out
        ):
            continue  # inside another cue's clause already, cue and all (a clause nested in ours does not count)
        if any(q.kind != "indirect" and q.cue_span == p.cue_span and q.span.end <= p.cue_span.start for q in out):
            continue  # "“...,” said an Iowa Democrat, “and ...”": a quotation resumed after its attribution
        start = _complement_start(doc, p.cue_span.start, m.open_mark)
        if start is None:
            continue
        end = max(p.span.end, _constituent_end(doc, text, p.cue_span.start, m.start, sentence_end))
        out.append(_respan(text, p, start, end, kind="indirect"))
    return [_run_on(text, q, out, sentence_end) for q in out if not _mentioned_term(text, doc, q, by_start)]


# what a term is said to mean: "a “data incident” typically means that ...", "the term “X” refers to ..."
_MEANING = frozenset({"mean", "refer", "denote", "signify", "describe", "define", "imply"})


def _mentioned_term(text: str, doc: Doc, q: Quote, by_start: dict[int, Marked]) -> bool:
    """A partial quote that names a term rather than quotes the speaker: "Tollen said that a “data incident”
    typically means that a group has attacked the network" explains what the words mean; they are the company's
    words under discussion, not the professor's. The quoted words are the subject of a verb of meaning, or
    follow "the term", "the word"."""
    m = by_start.get(q.span.start)
    if q.kind != "partial" or m is None:
        return False
    tokens = [t for t in doc if q.span.start <= t.idx < q.span.end]
    heads = [t for t in tokens if not q.span.start <= t.head.idx < q.span.end or t.head == t]
    if len(heads) != 1:
        return False
    head = heads[0]
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in _MEANING


# words that open an adverbial clause going on with a mixed clause after its closing mark: "joked that he
# appreciates a good, “peaceful protest every once in a while” since he went to college"
_TAIL_OPENERS = frozenset({"since", "while", "because", "when", "after", "as", "before", "if", "until", "though"})
_TAIL_SPEECH = re.compile(r"\b(?:said|says|told|added|according)\b")


def _run_on(text: str, q: Quote, quotes: list[Quote], sentence_end: Callable[[int, int], int]) -> Quote:
    """A mixed clause that ends with its quotation runs on to its sentence's end over an adverbial clause after
    the closing mark ("... “peaceful protest every once in a while” since he went to college in the 1970s"), as
    PolNeAR spans it; not over another attribution or quotation (PolNeAR train: 4 more exact, dev 1)."""
    if q.kind != "indirect" or q.cue_span is None or q.cue_span.end > q.span.start:
        return q
    if not any(
        p.kind == "partial"
        and p.cue_span == q.cue_span
        and q.span.start <= p.span.start
        and not text[p.span.end : q.span.end].strip(_TRAIL)
        for p in quotes
    ):
        return q
    para = text.find("\n", q.span.end)
    end = sentence_end(q.span.end, len(text) if para < 0 else para)
    tail = text[q.span.end : end].lstrip(_TRAIL)
    words = tail.split()
    if not words or words[0].lower() not in _TAIL_OPENERS:
        return q
    if _TAIL_SPEECH.search(tail) or any(ch in tail for ch in '"“”'):
        return q
    while end > q.span.end and text[end - 1] in _TRAIL:
        end -= 1
    return _respan(text, q, q.span.start, end)


def lead_clauses(
    text: str,
    marked: list[Marked],
    quotes: list[Quote],
    sentence_start: Callable[[Marked], int],
    attributed_after: Callable[[Marked, Span], bool],
) -> list[Quote]:
    """Mixed clauses whose attribution follows them: "The people of Dunmore “deserve someone ... Ana Ruiz,”
    said the man ...". A partial quote that ``attributed_after`` its cue, with no reported clause of that cue
    around it, reports the whole clause from its sentence's start (``trim_additions`` then drops a link word of
    the reporter's: "Instead, Dana Wells “is ...”")."""
    by_start = {m.start: m for m in marked}
    out = []
    for p in quotes:
        m = by_start.get(p.span.start)
        if p.kind != "partial" or p.cue_span is None or m is None or not attributed_after(m, p.cue_span):
            continue
        if any(q.kind == "indirect" and q.cue_span == p.cue_span for q in quotes):
            continue
        start = sentence_start(m)
        if not text[start : m.open_mark].strip() or any(start <= o.close_mark < m.open_mark for o in marked):
            continue  # nothing before the quotation, or another quotation in the way
        end = p.span.end
        while end > m.start and text[end - 1] in _TRAIL:
            end -= 1
        out.append(_respan(text, p, start, end, kind="indirect"))
    return out


def _constituent_end(doc: Doc, text: str, cue_char: int, inner: int, sentence_end: Callable[[int, int], int]) -> int:
    """Where the cue's complement that holds the quotation ends: "lamented the “disheartened” state of the
    campaign", "questioned Trump's “New York values” and his readiness ...". -1 when the quotation does not
    hang on the cue."""
    cue = doc.char_span(cue_char, cue_char + 1, alignment_mode="expand")
    first = doc.char_span(inner, inner + 1, alignment_mode="expand")
    if cue is None or first is None or not len(cue) or not len(first):
        return -1
    node = first[0]
    while node.head.i != node.i and node.head.i != cue[0].i:
        node = node.head
    if node.head.i != cue[0].i or node.i < cue[0].i:
        return -1
    last = max(node.subtree, key=lambda t: t.i)
    end = last.idx + len(last)
    end = min(end, sentence_end(inner, end))
    while end > inner and text[end - 1] in _TRAIL:
        end -= 1
    return end


def carry_on(text: str, quotes: list[Quote]) -> list[Quote]:
    """Direct quotes with no cue of their own after a reported clause take that clause's speaker and cue
    (see the module docstring); a quote whose own cue follows it keeps it."""
    out = sorted(quotes, key=lambda q: (q.span.start, q.span.end))
    last: Quote | None = None
    quoted_end = -1  # where the last quotation ended
    for n, q in enumerate(out):
        if q.kind == "indirect":
            if last is None or q.span.end >= last.span.end:
                last = q
            continue
        aside = last is not None and _aside(text, quoted_end, last)
        quoted_end = q.span.end
        if aside:
            # "“...,” said Ana Ruiz, using a word she likes, on a call. “It's ...”": the clause is an aside in
            # the attribution of the quotation before; the next quotation goes on with that quotation
            continue
        if last is None or q.kind != "direct" or last.span.end > q.span.start:
            continue
        if q.cue_span is not None and q.cue_span.end > last.span.end:
            continue  # its own attribution
        if text.count("\n", last.span.end, q.span.start) > 2 or (
            text[last.span.end : q.span.start].strip(_GAP) and not _own_attribution(text, last, q)
        ):
            continue
        out[n] = replace(
            q,
            speaker=last.speaker,
            speaker_entity=last.speaker_entity,
            speaker_span=last.speaker_span,
            cue_span=last.cue_span,
        )
    return out




# the sentence end that closes a reported clause's attribution, then the opening of the next paragraph's quotation
_CLOSES_PARAGRAPH = re.compile(r"[.!?]\s*\n[\s\"“]*$")
# a sentence end inside the attribution (a word of three lower-case letters or more, not "Gov." or "U.S.")
_INNER_END = re.compile(r"[a-z]{3}[.!?]\s+[A-Z]")
_OWN_ATTRIBUTION_CHARS = 150  # an attribution longer than this holds more than who spoke and when


def _own_attribution(text: str, clause: Quote, q: Quote) -> bool:
    """Between the reported clause and the quotation stands only the clause's own attribution, which closes its
    paragraph, and the quotation opens the next ("A pipe broke off the coast, Supervisor Ana Roe said Sunday. ¶
    “These are wetlands ...”"): the quotation goes on with that speaker, as after "Roe said that ... ¶"."""
    cue = clause.cue_span
    gap = text[clause.span.end : q.span.start]
    end = _CLOSES_PARAGRAPH.search(gap)
    if cue is None or clause.speaker is None or end is None or cue.start < clause.span.end:
        return False
    body = gap[: end.start()]
    return (
        len(body) <= _OWN_ATTRIBUTION_CHARS and "\n" not in body and not any(ch in body for ch in '"“”')
        and cue.end <= clause.span.end + len(body) and _INNER_END.search(body) is None
    )


def _aside(text: str, quoted_end: int, clause: Quote) -> bool:
    """The reported clause sits in the attribution of a quotation earlier in its sentence ("“...,” Ruiz said
    when asked about the fare. “...”"), and is not a participle going on with that attribution ("..., adding
    that ...")."""
    if quoted_end < 0 or quoted_end > clause.span.start or clause.cue_span is None:
        return False
    between = text[quoted_end : clause.span.start]
    if "\n" in between or SENTENCE_END.search(between) is not None:
        return False
    # "“...,” he said, adding that ... “...”": a participle of the attribution goes on reporting the speaker
    return not text[clause.cue_span.start : clause.cue_span.end].endswith("ing")


def _respan(text: str, q: Quote, start: int, end: int, kind: str | None = None) -> Quote:
    span = Span(article=q.span.article, start=start, end=end)
    return replace(q, span=span, text=text[start:end], kind=kind or q.kind)  # type: ignore[arg-type]


def _complement_start(doc: Doc, cue_char: int, open_mark: int) -> int | None:
    """Where a cue's reported clause starts, before the quotation at ``open_mark``; None when the quotation
    follows the cue directly (the partial quote is the whole content)."""
    span = doc.char_span(cue_char, cue_char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    cue: Token = span[0]
    between = [t for t in doc[cue.i + 1 :] if t.idx < open_mark]
    for t in between:
        if t.lower_ == "that" and (t.dep_ == "mark" or t.pos_ == "SCONJ"):
            return t.idx
    skip: set[int] = set()
    for child in cue.children:
        if child.i > cue.i and child.dep_ in ("nsubj", "nsubjpass"):
            return None  # "said Hayton, “...”": an inverted attribution, the quotation is the content
        addressee = child.dep_ == "dobj" and (cue.lemma_ == "tell" or (cue.lemma_ == "put" and child.lower_ == "it"))
        if (child.i > cue.i and child.dep_ in _ADJUNCT_DEPS) or addressee:
            sub = list(child.subtree)
            if max(t.idx for t in sub) < open_mark:
                skip.update(t.i for t in sub)
                if addressee:  # "told the Pella Radio 2's The Evening Hour a “...”": the programme is told too
                    skip.update(possessed_title(doc, max(t.i for t in sub) + 1))
    for t in between:
        if t.i in skip or t.is_space or t.is_punct:
            continue
        if t.dep_ == "prep" and t.head.i == cue.i and t.i + 1 < len(doc) and doc[t.i + 1].idx < open_mark:
            continue  # "joked about Clinton's “friendship”": what is said starts after the preposition
        return t.idx
    return None


# what a reporter adds after a mixed clause's last quotation: an aside (", a charge that ...", " — an issue ..."),
# a contrast or setting (", but conceded ...", " while ...", ", where ..."), a relative clause (", which ..."), the
# medium it was said in (" in a statement following the vote", " in a Facebook post": train 2 more exact)
_ADDITION = re.compile(
    r"(?:,|\s[—–-])\s+(?:a|an|the|but(?!\s+that\b)|while|where|which|who|whose|before|except|also known)\b|"
    r"\s(?:while|whereas)\s|\s[—–-]\s+and\s+(?:he|she|they|it)\b|"
    r"\sbefore\s+\w+ing\b|"
    r"\s(?:on|in|during)\s+(?:[\w’'.]+\s+){0,4}(?:broadcast|show|program|programme|podcast|appearance|interview)\b|"
    r"\s(?:in|during)\s+(?:a|an|his|her|their)\s+(?:[\w’'.-]+\s+){0,2}(?:statement|tweet|post|speech|op-ed|letter|video)\b"
)
# a second attribution joined on after the last quotation: "calling it “disqualifying” and asserting that ...",
# "... “a prayer” but did not suggest ...", "“that crap” — asserting ...": the next report, not this one's content
_NEXT_CUE = re.compile(r"(?:\s(?:and|but)(?:\s+(?:also|then|later|did\s+not|didn’t|didn't))?|,|\s[—–-])\s+([a-z]+)\b")
# a conjunction or subordinator left hanging at a clause's end ("her “the champion working families need” and",
# "had been killed in his district while")
_HANGING = re.compile(r"[\s,]+(?:and|or|but|(?<!\ba )while|whereas|although|though|because|as|when|if)\s*$")


_THAT = re.compile(r"that\s+(?=\S)", re.IGNORECASE)


def tidy_edges(text: str, doc: Doc, marked: list[Marked], quotes: list[Quote]) -> list[Quote]:
    """Reported clauses as a reader wants them: without their complementizer ("said that “nobody wants this”"
    reports "“nobody wants this”"; "said that was wrong" keeps its subject), without a conjunction left hanging
    at their end, without the reporter's words tacked on after a quotation (``_tacked_on``), and with the closing
    mark of a quotation they open."""
    out = []
    for q in quotes:
        if q.kind == "indirect":
            start, end = q.span.start, q.span.end
            lead = _THAT.match(text, start, end)
            if lead is not None and _complementizer(doc, start):
                start = lead.end()
            hanging = _HANGING.search(text, start, end)
            if hanging is not None and any(m.start <= hanging.start() < m.end for m in marked):
                hanging = None  # the quotation's own last word: "“every once in a while”"
            if hanging is not None and hanging.start() > start:
                end = hanging.start()  # "is honest and trustworthy, and": the parse ran on into the next clause
            end = _tacked_on(text, doc, [m for m in marked if start <= m.open_mark < end], end)
            for m in marked:
                closes_here = m.end == end and m.close_mark >= end and not text[end : m.close_mark].strip()
                if closes_here and start <= m.open_mark:
                    end = m.close_mark + 1
            if (start, end) != (q.span.start, q.span.end):
                q = _respan(text, q, start, end)
        out.append(q)
    return out


def _complementizer(doc: Doc, char: int) -> bool:
    span = doc.char_span(char, char + 4)
    return span is not None and len(span) == 1 and (span[0].dep_ == "mark" or span[0].tag_ == "IN")


def _next_cue(text: str, start: int, end: int) -> int | None:
    """Where a second verb of saying joined on after the last quotation starts (see ``_NEXT_CUE``)."""
    for hit in _NEXT_CUE.finditer(text, start, end):
        word = hit.group(1)
        if hit.group(0)[0] in ",—–-" and not word.endswith("ing"):
            continue  # after a comma or dash only a participle goes on to the next report
        negated = "not" in hit.group(0) or "n’t" in hit.group(0) or "n't" in hit.group(0)
        stems = {word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e", _IRREGULAR.get(word, "")}
        if (negated and word in SPEECH) or (word.endswith(("ed", "ing", "s", "d")) and stems & SPEECH):
            return hit.start()
    return None


_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write"}


def trim_additions(text: str, marked: list[Marked], quotes: list[Quote]) -> list[Quote]:
    """Mixed clauses without the reporter's additions after their last quotation (see ``_ADDITION``)."""
    out = []
    for q in quotes:
        inner = [m for m in marked if q.span.start <= m.start and m.end <= q.span.end and not m.open_end]
        if q.kind == "indirect" and inner:
            last = max(m.close_mark for m in inner) + 1
            hit = _ADDITION.search(text, last, q.span.end)
            # a second cue may come between quotations too: "is a “total opportunist” and said “...”"
            first = min(m.close_mark for m in inner) + 1
            cuts = [c for c in (hit.start() if hit else None, _next_cue(text, first, q.span.end)) if c is not None]
            if cuts:
                q = _respan(text, q, q.span.start, min(cuts))
        if q.kind == "indirect":
            lead = CONNECTIVE.match(text, q.span.start, q.span.end)
            if lead is not None and lead.end() < q.span.end and not SO_FAR.match(text, q.span.start):
                q = _respan(text, q, lead.end(), q.span.end)
        out.append(q)
    return out


# after quoted words that end with a comma (",”"), the reporter's relative clause or contrast: "“self-deportation,”
# which is like ...", "“Mr. Ruiz,” while ...", "“radical Islam,” another moment ..."
_AFTER_COMMA = re.compile(r"\s+(?:which|while|whereas|another)\b")


def _tacked_on(text: str, doc: Doc, inner: list[Marked], end: int) -> int:
    """Where a mixed clause ending at ``end`` ends before the reporter's own words after a closing mark of one of
    its quotations ``inner``, when the quoted words end with a comma: a participle ("“Yes, I was there,” drawing
    loud jeers", but not "including", which goes on with what it follows), or after the last quotation, a
    relative clause or a contrast (see ``_AFTER_COMMA``). PolNeAR ends the clause at the mark there (train: 9
    more exact, none lost); else ``end``."""
    last = max((m.open_mark for m in inner), default=-1)
    for m in sorted(inner, key=lambda m: m.open_mark):
        after = m.close_mark + 1
        if m.close_mark < 0 or after >= end - 1 or text[m.close_mark - 1] != ",":
            continue
        if m.open_mark == last and _AFTER_COMMA.match(text, after):
            return after
        span = doc.char_span(after, end, alignment_mode="expand")
        word = next((t for t in span if not t.is_space), None) if span is not None else None
        if word is not None and word.tag_ == "VBG" and word.lower_ != "including":
            return after
    return end


def cut_joined_cues(text: str, doc: Doc, marked: list[Marked], quotes: list[Quote]) -> list[Quote]:
    """Reported clauses that run on over a second cue joined to them, which opens a quotation of its own: "by
    mentioning the need for a wall and adding, “I've got an idea ...”", "said he welcomed it and added, “...”".
    The clause stops before "and" and the second cue (a participle or a conjunct, with no subject of its own)."""
    out = []
    for q in quotes:
        if q.kind == "indirect":
            cut = min((_joined_cue(text, doc, q, m) for m in marked), default=q.span.end)
            if cut < q.span.end:
                q = _respan(text, q, q.span.start, cut)
        out.append(q)
    return out


def _joined_cue(text: str, doc: Doc, q: Quote, m: Marked) -> int:
    """Where the clause ``q`` ends before a joined cue that opens quotation ``m`` ("and adding, “"); else its
    end."""
    if not (q.span.start < m.open_mark < q.span.end):
        return q.span.end
    span = doc.char_span(q.span.start, m.open_mark, alignment_mode="contract")
    if span is None or len(span) < 4:
        return q.span.end
    cue, link = span[-2], span[-3]
    if text[cue.idx + len(cue) : m.open_mark].strip() not in (",", ":") or link.lower_ not in ("and", ","):
        return q.span.end
    if cue.idx == (q.cue_span.start if q.cue_span else -1) or not is_cue(cue):
        return q.span.end
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return q.span.end  # "..., said: “...”": a cue with a subject of its own ends no clause of another
    end = link.idx
    while end > q.span.start and not text[end - 1].isalnum():
        end -= 1
    return end if len(text[q.span.start : end].split()) >= 2 else q.span.end
