"""The statements of one report that alignment compares (``storyline.compare.align.Unit``).

A report's sentences (``Analysis.sentences``; a plain split when the analysis has none), less page
furniture, cut into statements:
- a direct quote of five words or more becomes a statement of its own (kind ``quote``);
- the clause a citation credits, when it is only part of the sentence ("Nikkei Asia reported on May 3, citing
  officials, that CLAUSE"), is split from its attribution (kind ``clause``);
- a trailing participial reporting clause (", adding that ...", ", saying ...") is split off (kind ``clause``).
What is left of a sentence stays a statement when it still holds three content words.

Does NOT split coordinated clauses in general: a sentence is the natural unit a reader checks a fact against.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.compare.align import Unit, content_tokens
from storyline.model import Analysis, Article, Span

# the entity mentions inside a span, as (start, end, story entity id)
EntityFn = Callable[[Span], list[tuple[int, int, str]]]

_QUOTED = re.compile(r"[\"“]([^\"“”]{10,}?)[\"”]")
_PARTICIPLE = re.compile(
    r",\s+(?:(?:adding|saying|noting|explaining|warning|arguing|stressing|insisting)(?:\s+that)?|"
    r"which(?=\s+(?:has|have|had|is|was|are|were|will|would)\b))\s+"
)
_TRIM = " \t\n,;:.\"“”'‘’—–-()"
_MIN_QUOTE_WORDS = 5
_MIN_TOKENS = 3


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
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


def report_units(article: Article, analysis: Analysis, report: int, entities_in: EntityFn) -> list[Unit]:
    """The statements of one report, in text order."""
    text = article.text
    furniture = _furniture(analysis)
    pieces: list[tuple[int, int, str]] = []
    all_quotes = _quotes(text, analysis, furniture)
    sentences = sentences_of(article, analysis)
    for a, b in all_quotes:
        # a quote of several sentences is compared sentence by sentence: each may say a different thing
        for s, e in sentences:
            qa, qb = _trim(text, max(a, s), min(b, e))
            if qb > qa and len(text[qa:qb].split()) >= 3:
                pieces.append((qa, qb, "quote"))
    for s, e in sentences:
        if _inside((s, e), furniture):
            continue
        quotes = [(max(a, s), min(b, e)) for a, b in all_quotes if a < e and s < b]
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
                if b2 > a2 and (whole or len(content_tokens(text[a2:b2])) >= _MIN_TOKENS):
                    pieces.append((a2, b2, kind))
    units = []
    for a, b, kind in sorted(pieces):
        span = Span(article=article.id, start=a, end=b)
        dates = frozenset(
            t.value for t in analysis.timexes if t.value and t.type == "DATE" and a <= t.span.start and t.span.end <= b
        )
        units.append(
            Unit.make(span=span, text=text[a:b], report=report, kind=kind, mentions=entities_in(span), dates=dates)
        )
    return units


def _participles(text: str, s: int, e: int, kind: str) -> list[tuple[int, int, str]]:
    """Split ", adding that ..." off the clause before it when both halves hold content."""
    m = _PARTICIPLE.search(text, s, e)
    if not m:
        return [(s, e, kind)]
    head, tail = text[s : m.start()], text[m.end() : e]
    if len(content_tokens(head)) < _MIN_TOKENS or len(content_tokens(tail)) < _MIN_TOKENS - 1:
        return [(s, e, kind)]
    return [(s, m.start(), kind), *_participles(text, m.end(), e, "clause")]
