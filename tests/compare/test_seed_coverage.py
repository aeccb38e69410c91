"""Issue 8: alignment precision on the two seed reports, checked by principle against ``seeds/gold.json``.

The seed reports are read from ``../shared/seeds`` (never copied here) and run through the whole pipeline once
per module, as the contract's JSONL with the file names as ids. Two principles are checked:
- a fact never groups the quoted words of one speaker with what a different speaker said, unless the quoted
  words are (nearly) the same: two people talking about the same alliance is no corroboration;
- every theme gold lists as only in one report ("only_in") reaches that report's coverage: the report sentence
  that best matches the theme's own content words is supported by a fact only that outlet has.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from storyline.model import Analysis, Article, Fact, Span, StoryBrief

pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")
_STOP = frozenset({"with", "from", "that", "this", "their", "they", "than", "into", "over", "about", "wants", "needs"})


@dataclass(frozen=True)
class Seeds:
    story: StoryBrief
    articles: dict[str, Article]  # id (file name) -> article
    analyses: dict[str, Analysis]
    gold: dict[str, Any]


@pytest.fixture(scope="module")
def seeds() -> Seeds:
    if not (SEEDS / "gold.json").exists():
        pytest.skip("../shared/seeds is not present")
    from storyline.ingest import read_bytes
    from storyline.pipeline import brief_of, read

    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    lines = [json.dumps({"id": n, "text": (SEEDS / n).read_text(encoding="utf-8")}) for n in sorted(gold["articles"])]
    reading = read(read_bytes("seeds.jsonl", "\n".join(lines).encode()).articles)
    brief = brief_of(reading)
    (story,) = [s for s in brief.stories if set(gold["articles"]) <= set(s.articles)]
    return Seeds(
        story=story,
        articles={a.id: a for a in reading.articles},
        analyses={an.article: an for an in reading.analyses},
        gold=gold,
    )


def _text(seeds: Seeds, span: Span) -> str:
    return seeds.articles[span.article].text[span.start : span.end]


def _words(text: str) -> Counter[str]:
    return Counter(m.group(0).lower().replace("’", "'") for m in _WORD.finditer(text))


def _same_words(a: str, b: str) -> float:
    """Share of the shorter text's words found in the longer one."""
    wa, wb = _words(a), _words(b)
    small, big = (wa, wb) if sum(wa.values()) <= sum(wb.values()) else (wb, wa)
    return sum(min(c, big[w]) for w, c in small.items()) / max(sum(small.values()), 1)


def _voices(seeds: Seeds, span: Span) -> tuple[set[str], bool]:
    """The story entities (or names) whose quotes cover most of a support span, and whether any of those
    quotes gives the speaker's own words (direct or partial)."""
    by_member = {m: e.id for e in seeds.story.entities for m in e.members}
    who: set[str] = set()
    worded = False
    for q in seeds.analyses[span.article].quotes:
        overlap = min(span.end, q.span.end) - max(span.start, q.span.start)
        if overlap <= 0 or overlap < 0.5 * min(span.end - span.start, q.span.end - q.span.start):
            continue
        speaker = by_member.get((span.article, q.speaker_entity or "")) or (q.speaker or "").lower()
        if speaker:
            who.add(speaker)
            worded = worded or q.kind != "indirect"
    return who, worded


def test_seed_coverage_no_fact_joins_two_speakers(seeds: Seeds) -> None:
    wrong = []
    for fact in seeds.story.facts:
        for a, b in combinations(fact.support, 2):
            (wa, qa), (wb, qb) = _voices(seeds, a), _voices(seeds, b)
            if not wa or not wb or wa & wb or not (qa or qb):
                continue
            ta, tb = _text(seeds, a), _text(seeds, b)
            if _same_words(ta, tb) < 0.8:
                wrong.append(f"{fact.id}: {sorted(wa)} {ta[:60]!r} / {sorted(wb)} {tb[:60]!r}")
    assert wrong == []


def _keys(text: str) -> set[str]:
    """Content keywords, cut to five letters ("cooperation" and "cooperate" meet)."""
    words = (m.group(0).lower().replace("’", "'").removesuffix("'s") for m in _WORD.finditer(text))
    return {w[:5] for w in words if len(w) >= 4 and w not in _STOP}


def _only_here(seeds: Seeds, article: str) -> list[Fact]:
    outlet = seeds.gold["articles"][article]["outlet"].lower()
    ids = {i for c in seeds.story.coverage if c.outlet.lower() == outlet for i in c.only_here}
    assert ids, f"no coverage for {outlet}"
    return [f for f in seeds.story.facts if f.id in ids]


def test_seed_coverage_only_in_themes_are_covered(seeds: Seeds) -> None:
    missed = []
    for article, themes in seeds.gold["only_in"].items():
        sentences = seeds.analyses[article].sentences
        only = _only_here(seeds, article)
        for theme in themes:
            keys = _keys(theme)
            scored = [(len(keys & _keys(_text(seeds, s))), s) for s in sentences]
            best = max(n for n, _ in scored)
            assert best >= 2, f"theme {theme!r} matches no sentence of {article}"
            where = [s for n, s in scored if n == best]
            if not any(sp.overlaps(w) for f in only for sp in f.support for w in where):
                missed.append(f"{article}: {theme!r}")
    assert missed == []
