"""Small helpers over article text shared by the brief's parts: sentences, furniture, clause trimming.

Everything here works on ``Span`` offsets into ``Article.text``; nothing copies or rewrites source text.
The brief only ever shows text that is ``article.text[start:end]`` for some span it also cites.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from storyline.calendar_words import month_openings, weekday_stems
from storyline.model import Analysis, Article, Span

# a fallback splitter for analyses made without sentences (tests, partial pipelines): ends of sentences are
# a stop, question or exclamation mark (optionally inside a closing quote) followed by space, or a newline
_SENTENCE_END = re.compile(r"""(?<=[.!?])["”’')\]]*\s+|\n+""")
# a period that ends no sentence: a title before a name ("Gov. Ana Ruiz"), and a clock's "a.m."/"p.m." before a
# weekday, a month or a lower-case word ("at 6:30 p.m. Sunday, a drastic ...")
_NOT_AN_END = re.compile(
    r"(?:\b(?:Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Cpl|Dr|Mr|Mrs|Ms|Prof|Rev|St|Mt|Ft|Gens|Sens|Reps)\.\s+(?=[A-Z])"
    r"|\b[ap]\.m\.\s+(?=" + weekday_stems() + r"\b|" + month_openings() + r"[a-z]*\.?\s+\d|[a-z]))"
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
# words that carry no content when comparing two sentences for redundancy
STOP_WORDS = frozenset(
    """a an the and or but of to in on at for by with from as is are was were be been has have had it its this
    that these those which who whom he she they we i you his her their our not no will would can could said says
    told""".split()  # noqa: SIM905 (a word list reads better as prose)
)
_CLAUSE_BREAKS = (";", " – ", " — ", ", ", ": ")
_EDGE = " \t\r\n"
# list bullets opening a line ("  • All 10 people on the business jet died"): layout, not words of the report
_LEAD = _EDGE + "•◦‣▪▫●○∙·"


def strip_span(text: str, span: Span) -> Span:
    """``span`` without leading or trailing whitespace, nor a list bullet before its first word (never empty when
    the input has a character that is neither)."""
    start, end = span.start, min(span.end, len(text))
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return Span(article=span.article, start=start, end=end)


def valid(span: Span, texts: Mapping[str, str]) -> bool:
    """A span the brief may cite: its article is known and it covers at least one character."""
    text = texts.get(span.article)
    return text is not None and 0 <= span.start < span.end <= len(text)


def sentences_of(article: Article, analysis: Analysis | None) -> tuple[Span, ...]:
    """The article's sentences: the analysis's when it has them, else a plain punctuation split."""
    if analysis is not None and analysis.sentences:
        return tuple(sorted(analysis.sentences, key=lambda s: (s.start, s.end)))
    out: list[Span] = []
    pos = 0
    for m in _SENTENCE_END.finditer(article.text):
        if "\n" not in m.group() and _NOT_AN_END.match(article.text, _word_start(article.text, m.start())):
            continue
        out.append(Span(article=article.id, start=pos, end=m.start()))
        pos = m.end()
    out.append(Span(article=article.id, start=pos, end=len(article.text)))
    stripped = (strip_span(article.text, s) for s in out)
    return tuple(s for s in stripped if s.end > s.start)


def _word_start(text: str, end: int) -> int:
    """Where the word ending at ``end`` (its final period included) starts."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def sentence_at(span: Span, sentences: Sequence[Span]) -> Span | None:
    """The sentence holding the start of ``span`` (None when no sentence does)."""
    for sent in sentences:
        if sent.start <= span.start < sent.end:
            return sent
    return None


def in_furniture(span: Span, furniture: Iterable[Span]) -> bool:
    """True when ``span`` overlaps a caption, heading, byline or other page furniture."""
    return any(span.overlaps(f) for f in furniture)


def trim_clause(text: str, span: Span, limit: int) -> Span:
    """Cut a long span at the last clause boundary before ``limit`` characters.

    Used so that a summary line stays readable; the result is still a prefix of the source span, so it
    quotes the source exactly. Spans already under the limit, or without a usable boundary, are kept.
    """
    if span.end - span.start <= limit:
        return span
    window = text[span.start : span.start + limit]
    best = -1
    for mark in _CLAUSE_BREAKS:
        cut = window.rfind(mark)
        # a cut in the first third would leave a fragment too short to say anything
        if cut > limit // 3:
            best = max(best, cut)
    if best < 0:
        return span
    return strip_span(text, Span(article=span.article, start=span.start, end=span.start + best))


def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words of ``text`` (for redundancy checks, not for display)."""
    return frozenset(w.lower().replace("’", "'") for w in _WORD.findall(text) if w.lower() not in STOP_WORDS)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller word set found in the other: 1.0 when one sentence restates the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def collapse(text: str) -> str:
    """Whitespace runs (newlines included) as single spaces, for one-line display."""
    return " ".join(text.split())
