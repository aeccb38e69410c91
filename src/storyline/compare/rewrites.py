"""Close rewrites: a report that follows another report of the story sentence by sentence in its own words.

A blog that rewrites a wire story without crediting it shares few word-for-word runs with it (``copies`` finds
none: "Some reports even showed video slot machines rendered inactive" / "Some images showed video slot
machines that have gone dark"), yet everything it tells on the wire's account is the wire's: it is no
independent source for what the two share.

Independent reports of one event share facts too, and the same quotes, so the test asks for more than shared
facts. Two reports are a rewrite pair when, outside quotation marks (two outlets at one news conference print
the same words):

- at least ``_PAIRS`` sentences of one are close to (``_CLOSE``: Dice of their content words) a sentence of the
  other, counted in the same order in both (``_in_order``: a rewrite follows its original paragraph by
  paragraph; two reporters order the same facts each their own way);
- those pairs are at least ``_SHARE`` of the shorter report's sentences;
- the pairs are particular to the two: each of the two follows the other at least ``_MARGIN`` times as closely
  as it follows any third report of the story, except a third that itself follows one of the two in
  ``_PAIRS`` sentences or more (a second rewrite of the same wire text is family, not a rival). Where the story
  holds only the two, there is nothing to hold them against, and the pairs must then be ``_ALONE_SHARE`` of the
  shorter.

Which of the two is the original: the earlier published, where both days are settled (given, or read from the
report's own dateline or stamp) and differ; else the one
that credits its own outlet for what it carries (a wire's dateline "LAS VEGAS (AP) --", "told The Associated
Press") where the other credits no outlet of its own: the rewrite carries what only the original's reporting
obtained. Where neither tells, the pair is NOT reported (``find_rewrites`` refuses to guess a direction).

Does NOT find a rewrite that reorders its original thoroughly, or one in another language; nor a partial one
(a report that takes three paragraphs from another and writes the rest itself): those stay sources of their
own unless they credit the other.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from storyline.compare.align import content_tokens
from storyline.compare.units import sentences_of
from storyline.model import Analysis, Article, MetaValue, Span

# a span in quotation marks, straight or curly: what a speaker said is the speaker's, whoever prints it
_QUOTATION = re.compile(r"[\"“”][^\"“”]*[\"“”]")
_MIN_TOKENS = 5  # a shorter sentence ("It said so.") matches anything
_CLOSE = 0.35
_PAIRS = 6
_SHARE = 0.55
_ALONE_SHARE = 0.6
_MARGIN = 2.0

Sentence = tuple[int, int, frozenset[str]]  # start, end, content words outside quotes


def _sentences(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[Sentence, ...]:
    out = []
    for start, end in spans:
        words = frozenset(content_tokens(_QUOTATION.sub(" ", text[start:end])))
        if len(words) >= _MIN_TOKENS:
            out.append((start, end, words))
    return tuple(out)


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b))


@functools.lru_cache(maxsize=256)
def _in_order(a: tuple[Sentence, ...], b: tuple[Sentence, ...]) -> tuple[tuple[int, int], ...]:
    """The most pairs of close sentences (index in ``a``, index in ``b``) that keep their order in both: a
    longest common subsequence over the close pairs, the closer pairs preferred among equally many."""
    n, m = len(a), len(b)
    best = [[(0, 0.0)] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(m):
            s = _dice(a[i][2], b[j][2])
            took = (best[i][j][0] + 1, best[i][j][1] + s) if s >= _CLOSE else best[i][j]
            best[i + 1][j + 1] = max(best[i][j + 1], best[i + 1][j], took)
    out = []
    i, j = n, m
    while i and j:
        s = _dice(a[i - 1][2], b[j - 1][2])
        if s >= _CLOSE and best[i][j] == (best[i - 1][j - 1][0] + 1, best[i - 1][j - 1][1] + s):
            out.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return tuple(reversed(out))


def _read(article: Article, analysis: Analysis) -> tuple[Sentence, ...]:
    return _sentences(article.text, tuple(sentences_of(article, analysis)))


def _follows(texts: Sequence[tuple[Sentence, ...]], a: int, b: int) -> int:
    return _chain(_close_pairs(texts[a], texts[b]))


def _close_pairs(a: tuple[Sentence, ...], b: tuple[Sentence, ...]) -> list[tuple[int, int]]:
    """The pairs (index in ``a``, index in ``b``) of close sentences (``_CLOSE``), by index in ``a`` then
    index in ``b`` falling: the input ``_chain`` counts. Sentences sharing no word are never compared."""
    where: dict[str, list[int]] = {}
    for j, (_, _, words) in enumerate(b):
        for w in words:
            where.setdefault(w, []).append(j)
    out: list[tuple[int, int]] = []
    for i, (_, _, words) in enumerate(a):
        met = {j for w in words for j in where.get(w, ())}
        out.extend((i, j) for j in sorted(met, reverse=True) if _dice(words, b[j][2]) >= _CLOSE)
    return out


def _chain(pairs: list[tuple[int, int]]) -> int:
    """How many of ``pairs`` keep their order in both reports at most (the count ``_in_order`` finds, without its
    table): the longest strictly rising run of second indexes, the pairs of one first index listed falling so
    that no two of them join one run (patience sorting)."""
    tops: list[int] = []
    for _, j in pairs:
        k = bisect.bisect_left(tops, j)
        if k == len(tops):
            tops.append(j)
        else:
            tops[k] = j
    return len(tops)


def rewrite_pairs(articles: Sequence[Article], analyses: Sequence[Analysis]) -> list[tuple[int, int]]:
    """Unordered pairs of report indexes (lower first) where one report closely rewrites the other (see the
    module docstring); no direction."""
    return _pairs([_read(a, an) for a, an in zip(articles, analyses, strict=True)])


def _pairs(texts: Sequence[tuple[Sentence, ...]]) -> list[tuple[int, int]]:
    n = len(texts)
    # the count is the same both ways: each unordered pair is counted once
    once = {(a, b): _follows(texts, a, b) for a in range(n) for b in range(a + 1, n)}
    follows = {**once, **{(b, a): k for (a, b), k in once.items()}}
    out = []
    for a in range(n):
        for b in range(a + 1, n):
            k = follows[a, b]
            shorter = min(len(texts[a]), len(texts[b]))
            if k < _PAIRS or k < (_SHARE if n > 2 else _ALONE_SHARE) * shorter:
                continue
            rivals = [
                follows[x, o] for x in (a, b) for o in range(n) if o not in (a, b)
                # a third report that itself follows either of the two closely is another version of their text
                and max(follows[o, a], follows[o, b]) < _PAIRS
            ]
            if any(_MARGIN * r > k for r in rivals):
                continue
            out.append((a, b))
    return out


def _reports_itself(article: Article, analysis: Analysis) -> bool:
    """Whether a report credits its own outlet for what it carries (a dateline "(AP) --", "told CNN" in CNN)."""
    own = (article.outlet.value or "").strip().lower()
    return any(c.kind == "self" or (own and c.cites.strip().lower() == own) for c in analysis.citations)


def _original(ma: tuple[str, bool], mb: tuple[str, bool], a: int, b: int) -> int | None:
    """Which of two rewrite-paired reports (``a``, ``b``, each with its publication date and whether it credits
    its own outlet) is the original, or None where neither tells (module docstring)."""
    (da, ra), (db, rb) = ma, mb
    if da and db and da[:10] != db[:10]:
        return a if da[:10] < db[:10] else b
    if ra != rb:
        return a if ra else b
    return None


# how a date inferred from a report's own lines was found: its dateline, a time stamp under the headline, a dated
# byline, its first line; a date lent by another report of the story ("story") or guessed from the dates the text tells
# ("text-dates") says nothing of which of two reports came first
_OWN_DATE_METHODS = frozenset({"dateline", "stamp", "byline", "first-line"})
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _settled_day(published: MetaValue) -> str:
    """The report's publication day where it is settled, given or read from the report's own dateline or stamp,
    else "": a day lent by another report, guessed from the text's dates or known only to the month tells
    nothing of which report came first (``_original``)."""
    value = published.value or ""
    if not _DAY.match(value) or (published.inferred and published.method not in _OWN_DATE_METHODS):
        return ""
    return value[:10]


def find_rewrites(articles: Sequence[Article], analyses: Sequence[Analysis]) -> dict[int, int]:
    """Report index -> index of the report of the story it closely rewrites, where the direction is known.

    A report that rewrites two reports of the story (two versions of one wire text) is given the one it follows
    most closely; the two of a pair whose direction is not known are left out."""
    key = tuple(
        (a.text, tuple(sentences_of(a, an)), _settled_day(a.published), _reports_itself(a, an))
        for a, an in zip(articles, analyses, strict=True)
    )
    return dict(_find(key))


@functools.lru_cache(maxsize=64)
def _find(key: tuple[tuple[str, tuple[tuple[int, int], ...], str, bool], ...]) -> tuple[tuple[int, int], ...]:
    # ``find_rewrites`` is asked once per statement of a story's reports: each story is read once
    texts = [_sentences(text, spans) for text, spans, _, _ in key]
    out: dict[int, tuple[int, int]] = {}
    for a, b in _pairs(texts):
        original = _original(key[a][2:], key[b][2:], a, b)
        if original is None:
            continue
        rewrite = b if original == a else a
        k = _follows(texts, rewrite, original)
        if rewrite not in out or out[rewrite][1] < k:
            out[rewrite] = (original, k)
    return tuple(sorted((r, o) for r, (o, _) in out.items()))


def rewritten_sentences(
    rewrite: Article, rewrite_analysis: Analysis, original: Article, original_analysis: Analysis
) -> list[tuple[Span, Span]]:
    """The in-order close sentence pairs of a rewrite and its original, as (span in the rewrite, span in the
    original): what the rewrite tells on the original's account."""
    mine, theirs = _read(rewrite, rewrite_analysis), _read(original, original_analysis)
    return [
        (Span(article=rewrite.id, start=mine[i][0], end=mine[i][1]),
         Span(article=original.id, start=theirs[j][0], end=theirs[j][1]))
        for i, j in _in_order(mine, theirs)
    ]


def told_after(
    rewrite: Article, rewrite_analysis: Analysis, original: Article, original_analysis: Analysis
) -> list[Span]:
    """The rewrite's sentences that are close to some sentence of its original, in any order and with quoted
    words counted: once the two are known to be a rewrite pair, a sentence that retells one of the original's
    ("The company emphasized that guests retained access to their hotel rooms" after the original's quoted
    statement "guests remain able to access their hotel rooms") is told on the original's account, wherever
    the rewrite moved it."""
    mine = _whole(rewrite.text, tuple(sentences_of(rewrite, rewrite_analysis)))
    theirs = _whole(original.text, tuple(sentences_of(original, original_analysis)))
    return [
        Span(article=rewrite.id, start=start, end=end)
        for start, end, words in mine
        if any(_dice(words, other) >= _CLOSE for _, _, other in theirs)
    ]


def _whole(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[Sentence, ...]:
    out = []
    for start, end in spans:
        words = frozenset(content_tokens(text[start:end]))
        if len(words) >= _MIN_TOKENS:
            out.append((start, end, words))
    return tuple(out)
