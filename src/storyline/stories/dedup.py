"""Near-duplicate reports: MinHash signatures over word shingles, candidates from LSH (datasketch).

Wire copy is re-published with light edits: a new headline, a dropped paragraph, a changed word. Such a copy
adds no independent evidence, so the story stage marks it ``duplicate_of`` the earlier report it copies.

Which signal decides, on the sets of 3-word shingles (lower-cased words, punctuation dropped) of two reports:

- **Jaccard** (MinHash estimate) at or above ``DUPLICATE_JACCARD`` (0.8): a lightly edited copy. One changed
  word removes at most 3 shingles, so light edits of a report of a few hundred words stay far above the line.
- **Containment** of the shorter report in the longer at or above ``DUPLICATE_CONTAINMENT`` (0.85), with a
  Jaccard of at least ``CONTAINED_JACCARD`` (0.5): a copy cut short (a syndicated copy without its last paragraph,
  a copy with paragraphs appended). Cutting a quarter of a report drops its Jaccard to about 0.75 although
  every sentence left is the original's; containment stays near 1. A copy that adds paragraphs, some 40% of its
  original's length, and rewords a sentence of it (blind review AV #19) has a Jaccard near 0.55 and a
  containment near 0.9. (Lower lines, a Jaccard of 0.4 and a containment of 0.8, found four more copies in
  ECB+ dev, each within one subtopic, yet cost the batch clustering 0.005 B-cubed F1: a copy leaves the
  clustering, and the reports left cluster a little worse; and 64 permutations put one pair with a containment
  of 0.68 over 0.8.) Containment is
  derived from the Jaccard estimate and the two shingle counts (|A n B| = J (|A| + |B|) / (1 + J)), so no second
  sketch is kept.
- Two outlets writing up one event in their own words share well under a fifth of their shingles by either
  measure: they are story members, not copies.

LSH (``MinHashLSH`` at ``LSH_THRESHOLD``, at the lower decision line) only proposes candidates, and only once the
index holds more than ``EXHAUSTIVE_ROWS`` reports (a batch's reports are all compared); the estimates decide. Of
several matches the most similar wins, ties going to the earliest.

What is compared is the report's running text (``copied_text``): its headline, dateline, bylines, stamps and
other page furniture are blanked first. Each outlet writes its own headline and dateline over a copy ("ORRVILLE,
Ohio (WEHT) –" over a release's "ORRVILLE, Ohio, May 20, 2022 /PRNewswire/ --"), and in a short report of two
hundred words they alone take a fifth of the shingles: a station's word-for-word copy of a press release fell to a
Jaccard of 0.74 (0.83 without them), under the LSH line where candidates are often missed.

Does NOT: detect translations or paraphrases (that is the story clustering's job), nor compare reports shorter
than ``MIN_SHINGLES`` shingles (too short to tell a copy from a common phrase; they are never duplicates). A copy
that keeps less than about half of its original falls below the lines and is not found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 3
DUPLICATE_JACCARD = 0.8
DUPLICATE_CONTAINMENT = 0.85
# the least Jaccard of a copy found by containment: a copy some 40% longer than its original (a syndicated copy
# with paragraphs added) shares under 0.6 of the pair's shingles, though nearly all of the original's
CONTAINED_JACCARD = 0.5
LSH_THRESHOLD = 0.5  # candidates only; at the lower decision line
# an index of this many reports or fewer is compared whole, not through LSH: LSH proposes a pair with an estimated
# Jaccard near its line only about 3 times in 5, and a batch's few hundred rows cost about as little to compare as
# LSH's buckets do
EXHAUSTIVE_ROWS = 1024
MIN_SHINGLES = 8
SEED = 1
# datasketch >= 2.0 names its permutation scheme; saved hash values are only comparable under the same one.
SCHEME = "affine32"

_WORD = re.compile(r"\w+")
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations  # made once, not per report

HashArray = npt.NDArray[np.uint64]


@dataclass(frozen=True, slots=True)
class Signature:
    """A report's MinHash values and the number of distinct shingles they summarize."""

    hashvalues: HashArray
    size: int

    def __len__(self) -> int:  # datasketch's LSH asks a signature for its length
        return len(self.hashvalues)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """The set of ``k``-word shingles of ``text`` (lower-cased words, punctuation ignored)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


# furniture kinds that are the report's running text: a caption tells the story, a label opens a paragraph of it
_RUNNING_KINDS = frozenset({"caption", "label"})


def copied_text(text: str) -> str:
    """``text`` with its page furniture blanked (``storyline.extract.furniture``), but for captions and labels:
    the words a copy shares with its original, not the headline, dateline and byline each outlet puts over it."""
    from storyline.extract.furniture import find_furniture  # the furniture rules live with the extractors
    from storyline.model import Article

    cuts = [(f.span.start, f.span.end) for f in find_furniture(Article(id="", text=text))
            if f.kind not in _RUNNING_KINDS]
    if not cuts:
        return text
    out, at = [], 0
    for start, end in sorted(cuts):
        if start > at:
            out.append(text[at:start])
        out.append("\n")
        at = max(at, end)
    out.append(text[at:])
    return "".join(out)


def signature(text: str) -> Signature | None:
    """The MinHash signature of the shingles of ``text``'s running text (``copied_text``), or None when that is too
    short to judge."""
    sh = shingles(copied_text(text))
    if len(sh) < MIN_SHINGLES:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)
    mh.update_batch(list(sh))
    return Signature(hashvalues=mh.hashvalues.astype(np.uint64), size=len(sh))


def containment(jaccard: float, size_a: int, size_b: int) -> float:
    """Share of the smaller set inside the larger, from their Jaccard and sizes (0 when a size is unknown)."""
    small = min(size_a, size_b)
    if small <= 0:
        return 0.0
    return min(1.0, jaccard * (size_a + size_b) / (1.0 + jaccard) / small)


class DuplicateIndex:
    """Signatures of the reports seen so far; ``find`` names the earlier report a new one copies.

    Keys are article ids. ``find`` never returns the report itself, and only reports added before it. Hash
    values live in one growing matrix (a row per report), not one MinHash object each, so a stream of 100k
    reports costs about 50 MB here. State is a JSON-able dict, so the index can be kept in a store.
    """

    def __init__(self, *, threshold: float = DUPLICATE_JACCARD) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=min(LSH_THRESHOLD, threshold), num_perm=NUM_PERM)
        self._keys: list[str] = []
        self._row: dict[str, int] = {}
        self._hv: HashArray = np.zeros((64, NUM_PERM), dtype=np.uint64)
        self._size = np.zeros(64, dtype=np.int64)
        self.candidates_seen = 0  # LSH candidates compared so far (the benchmark watches this stay bounded)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._row

    def find(self, sig: Signature | None) -> tuple[str, float] | None:
        """The most similar earlier copy-source (see the module docstring; ties: the earliest) and its Jaccard."""
        if sig is None or not self._keys:
            return None
        if len(self._keys) <= EXHAUSTIVE_ROWS:
            rows = np.arange(len(self._keys), dtype=np.int64)
        else:
            keys = self._lsh.query(cast(MinHash, sig))
            if not keys:
                return None
            rows = np.fromiter((self._row[k] for k in keys), dtype=np.int64, count=len(keys))
            rows.sort()  # earliest first, so the first best is the earliest
        self.candidates_seen += len(rows)
        # One vectorized comparison (the MinHash estimate: share of equal hash values), not one call per
        # candidate: a stream of many versions of one report fills LSH buckets with hundreds of candidates.
        jac = (self._hv[rows] == sig.hashvalues).mean(axis=1)
        best: tuple[float, int] | None = None
        for row, j in zip(rows.tolist(), jac.tolist(), strict=True):
            size = int(self._size[row])
            contained = containment(j, sig.size, size)
            if j >= self.threshold or (j >= CONTAINED_JACCARD and contained >= DUPLICATE_CONTAINMENT):
                score = max(j, contained)  # a cut copy is ranked by how much of it is the original
                if best is None or score > best[0]:
                    best = (score, row)
        if best is None:
            return None
        row = best[1]
        return self._keys[row], float(jac[int(np.searchsorted(rows, row))])

    def add(self, key: str, sig: Signature | None) -> None:
        """Remember ``key``'s signature (a None signature, a too-short text, is not indexed)."""
        if sig is None or key in self._row:
            return
        n = len(self._keys)
        if n == len(self._hv):
            self._hv = np.concatenate([self._hv, np.zeros_like(self._hv)])
            self._size = np.concatenate([self._size, np.zeros_like(self._size)])
        self._hv[n] = sig.hashvalues
        self._size[n] = sig.size
        self._row[key] = n
        self._keys.append(key)
        self._lsh.insert(key, cast(MinHash, sig))

    def to_state(self) -> dict[str, Any]:
        n = len(self._keys)
        return {
            "threshold": self.threshold,
            "num_perm": NUM_PERM,
            "scheme": SCHEME,
            "keys": list(self._keys),
            "hashes": self._hv[:n].astype(np.int64).tolist(),
            "sizes": self._size[:n].tolist(),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> DuplicateIndex:
        """Restore ``to_state``'s dict; states saved before shingle counts were kept load with size 0 (unknown:
        such reports match by Jaccard only)."""
        if state.get("num_perm") != NUM_PERM or state.get("scheme") != SCHEME:
            raise ValueError(
                f"duplicate index state has num_perm {state.get('num_perm')} and scheme {state.get('scheme')!r};"
                f" expected {NUM_PERM} and {SCHEME!r}"
            )
        index = cls(threshold=float(state["threshold"]))
        sizes = state.get("sizes") or [0] * len(state["keys"])
        for key, hv, size in zip(state["keys"], state["hashes"], sizes, strict=True):
            index.add(key, Signature(hashvalues=np.asarray(hv, dtype=np.uint64), size=int(size)))
        return index


def find_duplicates(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    """For ``(id, text)`` pairs in order: id -> the id of the earlier report it nearly copies."""
    index = DuplicateIndex()
    found: dict[str, str] = {}
    for key, text in items:
        sig = signature(text)
        hit = index.find(sig)
        if hit is not None:
            found[key] = hit[0]
        index.add(key, sig)
    return found
