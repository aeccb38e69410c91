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

Does NOT detect paraphrased rewrites of another report: those are aligned statement by statement and, unless
they credit the other report, count as sources of their own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.compare.align import Unit, quote_words

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
