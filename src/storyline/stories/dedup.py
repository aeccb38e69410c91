"""Near-duplicate reports: MinHash signatures over word shingles, candidates from LSH (datasketch).

Wire copy is re-published with light edits: a new headline, a dropped paragraph, a changed word. Such a copy
adds no independent evidence, so the story stage marks it ``duplicate_of`` the earlier report it copies.

Which signal decides: the MinHash estimate of the Jaccard similarity of the two reports' sets of 3-word
shingles (lower-cased words, punctuation dropped). At or above ``DUPLICATE_JACCARD`` (0.8) the later report is a
duplicate of the earlier one. One changed word in a report removes at most 3 of its shingles, so light edits of a
report of a few hundred words stay far above the line, while two outlets writing up the same event in their own
words share well under a fifth of their shingles. LSH (``MinHashLSH`` at a slightly lower threshold) only
proposes candidates; the estimate decides.

Does NOT: detect translations or paraphrases (that is the story clustering's job), nor compare reports shorter
than ``MIN_SHINGLES`` shingles (too short to tell a copy from a common phrase; they are never duplicates).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 3
DUPLICATE_JACCARD = 0.8
LSH_THRESHOLD = 0.7  # candidates only; below the decision line so that estimate noise does not lose true pairs
MIN_SHINGLES = 8
SEED = 1
# datasketch >= 2.0 names its permutation scheme; saved hash values are only comparable under the same one.
SCHEME = "affine32"

_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """The set of ``k``-word shingles of ``text`` (lower-cased words, punctuation ignored)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str) -> MinHash | None:
    """The MinHash of ``text``'s shingles, or None when the text is too short to judge."""
    sh = shingles(text)
    if len(sh) < MIN_SHINGLES:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    mh.update_batch(list(sh))
    return mh


class DuplicateIndex:
    """Signatures of the reports seen so far; ``find`` names the earlier report a new one copies.

    Keys are article ids. ``find`` never returns the report itself, and only reports added before it.
    State is a JSON-able dict (article ids and their hash values), so the index can be kept in a store.
    """

    def __init__(self, *, threshold: float = DUPLICATE_JACCARD) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=min(LSH_THRESHOLD, threshold), num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, key: object) -> bool:
        return key in self._sigs

    def find(self, sig: MinHash | None) -> tuple[str, float] | None:
        """The most similar earlier report at or above the threshold (ties: the earliest), with its Jaccard."""
        if sig is None or not self._sigs:
            return None
        keys = list(self._lsh.query(sig))
        if not keys:
            return None
        # One vectorized comparison (the MinHash estimate: share of equal hash values), not one call per
        # candidate: a stream of many versions of one report fills LSH buckets with hundreds of candidates.
        stacked = np.stack([self._sigs[k].hashvalues for k in keys])
        jac = (stacked == sig.hashvalues).mean(axis=1)
        best: tuple[float, int, str] | None = None
        for key, j in zip(keys, jac.tolist(), strict=True):
            if j >= self.threshold:
                cand = (-j, self._order[key], key)
                if best is None or cand < best:
                    best = cand
        return None if best is None else (best[2], -best[0])

    def add(self, key: str, sig: MinHash | None) -> None:
        """Remember ``key``'s signature (a None signature, a too-short text, is not indexed)."""
        if sig is None or key in self._sigs:
            return
        self._order[key] = len(self._order)
        self._sigs[key] = sig
        self._lsh.insert(key, sig)

    def to_state(self) -> dict[str, Any]:
        keys = sorted(self._sigs, key=self._order.__getitem__)
        return {
            "threshold": self.threshold,
            "num_perm": NUM_PERM,
            "scheme": SCHEME,
            "keys": keys,
            "hashes": [self._sigs[k].hashvalues.astype(np.int64).tolist() for k in keys],
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> DuplicateIndex:
        if state.get("num_perm") != NUM_PERM or state.get("scheme") != SCHEME:
            raise ValueError(
                f"duplicate index state has num_perm {state.get('num_perm')} and scheme {state.get('scheme')!r};"
                f" expected {NUM_PERM} and {SCHEME!r}"
            )
        index = cls(threshold=float(state["threshold"]))
        for key, hv in zip(state["keys"], state["hashes"], strict=True):
            mh = MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=np.asarray(hv, dtype=np.uint64), scheme=SCHEME)
            index.add(key, mh)
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
