"""Near-copies inside one story: a report that repeats another report's sentences almost word for word.

The story stage marks near-duplicates by MinHash (``Assignment.duplicate_of``), but its threshold is set for
whole texts; a syndicated copy with a new top paragraph, a few edits and a cut ending can fall under it. Here a
report is a copy of another when most of its statements (``copy_share``, 0.6) have a near-verbatim twin there
(``align.quote_similarity`` of at least ``twin``, 0.9, both ways: neither may be much longer). Which of the two
is the original: the one the other credits (a syndication note, a dateline), else the one with more
statements (a copy cuts, it rarely adds), else the earlier in the story.

A copy adds no independent source (``storyline.compare.facts``) and its statements do not take part in
alignment on their own: each follows its twin's fact (``attach_copies``), so that a hundred verbatim pairs do
not pull loosely related statements together.

Two versions of one wire story (an early and a later update, each edited by the outlet that ran it) often share
too few whole statements for that, yet still share several long passages word for word: ``find_kin`` finds them
(``passages``, 3, runs of at least ``words``, 10, identical words outside quotation marks). Kin stay in alignment
as reports of their own, but what they tell on their own account comes from one origin. A quote shared word for
word is no evidence: two outlets at one news conference print the same words.

Does NOT detect paraphrased rewrites of another report: ``storyline.compare.rewrites`` finds a close one (one
that follows the other sentence by sentence, in order); a looser one is aligned statement by statement and,
unless it credits the other report, counts as a source of its own.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence

from storyline.compare.align import Unit, quote_words
from storyline.model import Analysis, Article, Span

_MIN_WORDS = 4


def _key(unit: Unit) -> tuple[str, ...]:
    return tuple(quote_words(unit.text))


def _twin_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Shared words over the longer statement's words (near 1 only for near-verbatim pairs)."""
    if len(a) < _MIN_WORDS or len(b) < _MIN_WORDS:
        return 0.0
    sa, sb = set(a), set(b)
    return len(sa & sb) / max(len(sa), len(sb))


def twins(units: Sequence[Unit], copy: int, original: int, *, twin: float = 0.9) -> dict[int, int]:
    """Unit index in report ``copy`` -> index of its near-verbatim twin in report ``original``."""
    mine = [i for i, u in enumerate(units) if u.report == copy]
    theirs = [i for i, u in enumerate(units) if u.report == original]
    keys = {i: _key(units[i]) for i in (*mine, *theirs)}
    out = {}
    for i in mine:
        best, at = 0.0, -1
        for j in theirs:
            s = _twin_score(keys[i], keys[j])
            if s > best:
                best, at = s, j
        if best >= twin:
            out[i] = at
    return out


def find_copies(
    units: Sequence[Unit],
    reports: int,
    *,
    credits: Mapping[int, set[int]] | None = None,
    copy_share: float = 0.6,
    twin: float = 0.9,
) -> dict[int, int]:
    """Report index -> index of the report it nearly copies.

    ``credits`` maps a report to the reports whose outlet it credits (from provenance): a copy credits its
    original, rarely the other way round.
    """
    credits = credits or {}
    counts = [sum(1 for u in units if u.report == r and len(_key(u)) >= _MIN_WORDS) for r in range(reports)]
    copy_of: dict[int, int] = {}
    for a in range(reports):
        for b in range(a + 1, reports):
            if not counts[a] or not counts[b]:
                continue
            ab = len(twins(units, a, b, twin=twin)) / counts[a]
            ba = len(twins(units, b, a, twin=twin)) / counts[b]
            if max(ab, ba) < copy_share:
                continue
            if b in credits.get(a, set()) and a not in credits.get(b, set()):
                copy, original = a, b
            elif a in credits.get(b, set()) and b not in credits.get(a, set()):
                copy, original = b, a
            elif counts[a] != counts[b]:
                copy, original = (a, b) if counts[a] < counts[b] else (b, a)
            else:
                copy, original = b, a
            if copy not in copy_of:
                copy_of[copy] = original
    # a copy of a copy copies the original
    for c, o in list(copy_of.items()):
        seen = {c}
        while o in copy_of and o not in seen:
            seen.add(o)
            o = copy_of[o]
        copy_of[c] = o
    return {c: o for c, o in copy_of.items() if c != o}


def attach_copies(
    groups: Sequence[Sequence[int]], units: Sequence[Unit], kept: Sequence[int], copy_of: Mapping[int, int]
) -> list[list[int]]:
    """Groups over all units from groups over the ``kept`` units (indexes into ``kept``): each statement of a
    copy joins its twin's group; a statement with no twin in the original stays a group of its own."""
    out = [[kept[i] for i in g] for g in groups]
    group_of = {u: n for n, g in enumerate(out) for u in g}
    for copy, original in copy_of.items():
        for i, j in twins(units, copy, original).items():
            if j in group_of:
                out[group_of[j]].append(i)
                group_of[i] = group_of[j]
    placed = set(group_of)
    out.extend([i] for i in range(len(units)) if i not in placed)
    return sorted((sorted(g) for g in out), key=lambda g: g[0])


_WORD = re.compile(r"[\w']+")
_QUOTED = ("direct", "partial")

Word = tuple[str, int, int]  # the word, lowercased, and its offsets


def words_of(text: str, skip: Sequence[Span] = ()) -> list[Word | None]:
    """The words of ``text`` with their offsets; a word inside one of the ``skip`` spans is None (it breaks a
    run of shared words). Curly apostrophes read as straight ones, as outlets' systems convert them."""
    plain = text.replace("\u2019", "'").replace("\u2018", "'")
    out: list[Word | None] = []
    for m in _WORD.finditer(plain):
        inside = any(s.start <= m.start() < s.end for s in skip)
        out.append(None if inside else (m.group().lower(), m.start(), m.end()))
    return out


def shared_passages(a: Sequence[Word | None], b: Sequence[Word | None], *, words: int = 10) -> list[tuple[int, int]]:
    """Character spans in ``b`` of the longest runs of at least ``words`` words that ``a`` holds in the same
    order, word for word, in the order of ``b``."""

    def gram(ws: Sequence[Word | None], i: int) -> tuple[str, ...] | None:
        run = ws[i : i + words]
        return tuple(w[0] for w in run if w is not None) if all(w is not None for w in run) else None

    grams = {g for i in range(len(a) - words + 1) if (g := gram(a, i))}
    hit = [gram(b, i) in grams for i in range(len(b) - words + 1)]
    out = []
    i = 0
    while i < len(hit):
        if not hit[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(hit) and hit[j + 1]:
            j += 1
        first, last = b[i], b[j + words - 1]
        if first is not None and last is not None:  # always: a hit covers words only
            out.append((first[1], last[2]))
        i = j + 1
    return out


# a sentence carried from one wire text by two reports keeps a long run of it word for word, and most of the rest
# in order ("A bird strike was cited by authorities as the likely cause of the crash -- the worst ever ... -- which
# flung passengers out of the plane and left it ..." / "A bird strike and adverse weather conditions were cited by
# authorities as likely causes of the crash that flung passengers out of the plane and left it ...")
_CARRIED_RUN = 12
_CARRIED_SHARE = 0.6
_CARRIED_BLOCK = 3  # a word or two in common between edits is chance ("the", "of")


def carried_sentence(a: str, b: str) -> bool:
    """Whether two long sentences of two reports are one wire sentence, each outlet editing it: they share a run
    of ``_CARRIED_RUN`` words in a row, and runs of a few words in the same order cover ``_CARRIED_SHARE`` of
    the shorter. Punctuation and the kind of quotation marks do not count (outlets' systems differ).

    Does NOT tell two reports that wrote the same facts in their own words: those share no long run."""
    wa = [w for w, _, _ in (x for x in words_of(a) if x is not None)]
    wb = [w for w, _, _ in (x for x in words_of(b) if x is not None)]
    if min(len(wa), len(wb)) < _CARRIED_RUN:
        return False
    blocks = difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks()
    if max(bl.size for bl in blocks) < _CARRIED_RUN:
        return False
    kept = sum(bl.size for bl in blocks if bl.size >= _CARRIED_BLOCK)
    return kept >= _CARRIED_SHARE * min(len(wa), len(wb))


# a span in quotation marks inside a statement, straight or curly: "left it “almost completely destroyed”, ..."
_QUOTATION = re.compile(r"[\"“”][^\"“”]*[\"“”]")
# what stands for the quoted words: one word, the same in every report, that breaks no run of the words around it
_QUOTED_WORDS = "_quoted_"


def carried_words(unit: Unit, *, least: int = _CARRIED_RUN) -> str | None:
    """A statement's words as ``carried_sentence`` and the tests for word-for-word copies compare them: lower case,
    the words in quotation marks as one stand-in word; None for a speaker's quote, for a statement quoting one
    speaker the story knows by name (``facts`` names that speaker as its source), or for fewer than ``least``
    words of the report's own. What the speaker said is the speaker's, whoever printed it; the words around a
    few quoted ones ("... left it “almost completely destroyed”, according to fire officials") are the writer's,
    and two reports that print them alike print one text."""
    if unit.kind == "quote" or (unit.worded and not _QUOTATION.search(unit.text)):
        return None  # all of it is the speaker's words (a quote told without its marks)
    if unit.worded and len(unit.speakers) == 1 and not next(iter(unit.speakers)).startswith("~"):
        return None  # one named speaker's words and claim: the speaker is their one source, whoever printed them
    own = " ".join(_QUOTATION.sub(f" {_QUOTED_WORDS} ", unit.text).lower().split())
    if sum(1 for w in own.split() if w != _QUOTED_WORDS) < least:
        return None
    return own


def unquoted_words(article: Article, analysis: Analysis) -> list[Word | None]:
    """The report's words with its speakers' quoted words left out."""
    return words_of(article.text, [q.span for q in analysis.quotes if q.kind in _QUOTED])


def repeats(
    span: Span, copy: Sequence[Word | None], original: Sequence[Word | None], *, words: int = 10, share: float = 0.5
) -> bool:
    """Whether the statement at ``span`` of a report that copies another, or is a version of the same wire story
    (``copy``: that report's words, ``words_of``), repeats the other (``original``): at least ``share`` of its words
    lie in runs of ``words`` words (all of its words, when it is shorter) that the other prints word for word.

    A later version of a wire story keeps the early paragraphs and adds its own ("Rescuers found five more bodies,
    raising the toll to 23"): only what it keeps is the early version's; what it adds is its own. Quoted words
    count here: the two reports are already known to be versions of one text.
    """
    mine = [w for w in copy if w is not None and span.start <= w[1] < span.end]
    if not mine:
        return False
    runs = shared_passages(original, copy, words=min(words, len(mine)))
    kept = sum(1 for w in mine if any(s <= w[1] < e for s, e in runs))
    return kept >= share * len(mine)


def are_kin(
    a: Sequence[Word | None], b: Sequence[Word | None], *, words: int = 10, passages: int = 3
) -> bool:
    """Whether two reports' words (``unquoted_words``) share ``passages`` runs of ``words`` words or more."""
    return len(shared_passages(a, b, words=words)) >= passages


# a version that credits an outlet for this many of its clauses that another version prints as its own took them
# from that other version: one credit carried over may be a later edit's, several are the text's source
_CARRIED_CREDITS = 2
# the words of a credited clause another version must print in a row (``provenance``'s run for a credited repeat)
_CARRIED_CREDIT_WORDS = 8


def _carries_credited(
    articles: Sequence[Article], analyses: Sequence[Analysis], texts: Sequence[Sequence[Word | None]], crediting: int,
    carrier: int,
) -> bool:
    """Whether report ``carrier``, its outlet unknown, prints as its own (outside quotes, without crediting anyone)
    the words of at least ``_CARRIED_CREDITS`` clauses that report ``crediting`` credits to one outlet: "..., The
    Harbor Times reported." again and again in a rewrite, and the same sentences bare in the other version, make
    the other the Harbor Times' text that the rewrite took them from, whichever of the two credits more outlets."""
    return bool(carried_credits(articles, analyses, texts, crediting, carrier))


def carried_credits(
    articles: Sequence[Article], analyses: Sequence[Analysis], texts: Sequence[Sequence[Word | None]], crediting: int,
    carrier: int,
) -> list[str]:
    """The outlets (as credited) that report ``crediting`` credits for at least ``_CARRIED_CREDITS`` clauses each
    that report ``carrier`` prints bare (``_carries_credited``); none where the carrier's outlet is known or it
    credits outlets itself. ``texts``: the reports' words outside quotes (``unquoted_words``)."""
    if articles[carrier].outlet.value or analyses[carrier].citations:
        return []  # a report of a known outlet, or one crediting outlets itself, is told by its own credits
    text = articles[crediting].text
    carried: dict[str, list[str]] = {}
    for c in analyses[crediting].citations:
        if c.kind in ("self", "picture") or c.credited is None or c.credited.end - c.credited.start > len(text) / 2:
            continue  # a credit of the whole report ("Source: ...") names no clause
        said = words_of(text[c.credited.start : c.credited.end])
        if shared_passages(said, texts[carrier], words=_CARRIED_CREDIT_WORDS):
            carried.setdefault(c.cites.lower(), []).append(c.cites)
    return [names[0] for names in carried.values() if len(names) >= _CARRIED_CREDITS]


# a report that prints bare, outside quotes, a long run of a clause another report credits to a wire ("..., who had
# been convicted of making false statements on a gun background check and illegally possessing a firearm ...,
# Reuters reports."), and shares more runs of a few words with it in other sentences, rewrote the wire's text too:
# one credited sentence alone may be anybody's (``named_by_credit`` asks more), a stock phrase or a shared quote is
# no evidence, but a long credited run and several shorter runs around it are one text edited twice
_WIRE_RUN = 10
_WIRE_WORDS = 5
_WIRE_PASSAGES = 4  # the credited run and three more


def carries_wire(
    articles: Sequence[Article], analyses: Sequence[Analysis], texts: Sequence[Sequence[Word | None]], crediting: int,
    carrier: int,
) -> bool:
    """Whether report ``carrier``, its outlet unknown and crediting no one, is a rewrite of the wire text that
    report ``crediting`` credits for a clause: it prints ``_WIRE_RUN`` words of that clause in a row as its own,
    and the two share at least ``_WIRE_PASSAGES`` runs of ``_WIRE_WORDS`` words outside quotes in all.
    ``texts``: the reports' words outside quotes (``unquoted_words``).

    Does NOT make two reports that quote the same statement kin: quoted words are left out of ``texts``."""
    if articles[carrier].outlet.value or analyses[carrier].citations:
        return False  # a report of a known outlet, or one crediting outlets itself, is told by its own credits
    if len(shared_passages(texts[crediting], texts[carrier], words=_WIRE_WORDS)) < _WIRE_PASSAGES:
        return False
    text = articles[crediting].text
    for c in analyses[crediting].citations:
        if c.kind in ("self", "picture") or c.credited is None or c.credited.end - c.credited.start > len(text) / 2:
            continue  # a credit of the whole report ("Source: ...") names no clause
        if shared_passages(words_of(text[c.credited.start : c.credited.end]), texts[carrier], words=_WIRE_RUN):
            return True
    return False


def find_kin(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    *,
    credits: Mapping[int, set[int]] | None = None,
    copies: Mapping[int, int] | None = None,
    words: int = 10,
    passages: int = 3,
) -> dict[int, int]:
    """Report index -> the report of its family of wire versions that stands for the family.

    Two reports are kin when they share at least ``passages`` runs of at least ``words`` words outside quotes, or
    when one rewrote the wire text the other credits for a clause (``carries_wire``); kinship is followed (a third
    version kin to either joins). The report that stands for a family is the one the others credit (or whose
    words another member credits to an outlet, clause after clause: ``_carries_credited``), else an original that
    a member copies (``copies``, by ``find_copies``: a family that holds a copy and its original is headed the way
    the copy points, or the two would name each other as their origin and neither would be told a copy), else the
    one that credits the wire another member rewrote (``carries_wire``: its credit is followed to the wire for
    what the two share), else the one whose outlet is known, else the one that credits most other outlets (an
    early version names the agencies it rests on, a later one drops them), else the first in the
    story.
    """
    credits = credits or {}
    originals = set((copies or {}).values())
    texts = [unquoted_words(a, an) for a, an in zip(articles, analyses, strict=True)]
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a in range(len(articles)):
        for b in range(a + 1, len(articles)):
            if are_kin(texts[a], texts[b], words=words, passages=passages) or any(
                carries_wire(articles, analyses, texts, x, y) for x, y in ((a, b), (b, a))
            ):
                parent[root(b)] = root(a)
    families: dict[int, list[int]] = {}
    for i in range(len(articles)):
        families.setdefault(root(i), []).append(i)

    def standing(i: int, family: Sequence[int]) -> tuple[bool, bool, bool, bool, int, int]:
        cited = any(i in credits.get(j, set()) or _carries_credited(articles, analyses, texts, j, i)
                    for j in family if j != i)
        # the version that says which wire the text is stands for it: what the family tells is that wire's
        wired = any(carries_wire(articles, analyses, texts, i, j) for j in family if j != i)
        copied = i in originals and any((copies or {}).get(j) == i for j in family)
        others = sum(1 for c in analyses[i].citations if c.kind != "self")
        return cited, copied, wired, bool(articles[i].outlet.value), others, -i

    out = {}
    for family in families.values():
        if len(family) < 2:
            continue
        head = max(family, key=lambda i: standing(i, family))
        out.update({i: head for i in family if i != head})
    return out
