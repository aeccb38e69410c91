"""Shared lead passages: two reports that open with the same long sentences tell the same event.

A wire lead is re-published by outlets that then add their own material: a local angle, a list of reactions,
an unrelated second half. The whole-report cosine (``storyline.stories.features``) is diluted by that half, so
such a copy can fall below the story threshold although its first two sentences are the wire's, word for word
(QA round M: an agency lead of two long sentences followed by a column of condolence messages).

Which signal decides, on the first ``LEAD_WORDS`` words of each report's body (noise furniture blanked, as for
the features):

- **Shingles** of ``SHINGLE`` (8) consecutive words, lower-cased, punctuation ignored, never across a line break
  or a separator such as ``|`` or ``•``: a menu or a list of links one item per line builds none.
- **Shared passage**: two reports share at least ``MIN_SHARED`` (20) such shingles, i.e. one verbatim run of
  about 27 words, or two runs of about 17. On ECB+ train, pairs of reports of *different* events share at
  most 10 eight-word shingles over their whole text (dev: 3); pairs of the same event often share dozens.
  Changed figures ("more than 1,000" / "around 1,305") only break the shingles that cover them.
- **Only the lead**: wire copy keeps the lead, while a site's boilerplate (a footer, a sign-up line, a
  copyright notice) sits at the end; leaving it out keeps two reports of different events from one site apart.
- A shingle found in more than ``MAX_SHARING`` reports of a batch is not counted: it is a site's or an agency's
  stock phrase, and ignoring it also bounds the work on a large batch.

The clustering (``storyline.stories.cluster``) uses the pairs after its average-linkage step: a report left
alone joins its partner's story, and a story made only of copies of one lead is placed by its member nearest the
other stories. Scoring such pairs higher inside the linkage was tried and dropped: the copies paired off first
and took their partner out of its story.

The incremental index (``storyline.stories.incremental``) keeps the leads of its last ``LEAD_WINDOW`` reports in a
``LeadIndex``, the same rule for a stream: a stock phrase is one held by more than ``MAX_SHARING`` reports of the
window. Its keys are CRC-32 hashes (``lead_keys``), the same in every process, so the index can be saved.

Does NOT: find paraphrases, or passages past the lead; near-copies of whole reports are ``dedup``'s job.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, deque
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from storyline.model import Article
from storyline.stories.features import body_text

SHINGLE = 8
LEAD_WORDS = 200
MIN_SHARED = 20
MAX_SHARING = 50
# reports whose leads a ``LeadIndex`` keeps: as many as one batch clusters (``cluster.BATCH_LIMIT``), days of a
# busy feed; a wire copy follows its lead within hours. Full, about 80 MB of memory on the stories benchmark's
# stream (150 keys a report) and 7 MB of saved state.
LEAD_WINDOW = 4000

_WORD = re.compile(r"\w+")
# a shingle never spans these: line breaks and the separators of menus, breadcrumbs and link lists
_RUN_BREAK = re.compile(r"[\n|•·»«>]+")


def _lead_shingles(text: str) -> Iterator[str]:
    """The ``SHINGLE``-word shingles in the first ``LEAD_WORDS`` words of ``text`` (see above), as strings."""
    budget = LEAD_WORDS
    for run in _RUN_BREAK.split(text):
        if budget <= 0:
            break
        words = _WORD.findall(run.lower())[:budget]
        budget -= len(words)
        for i in range(len(words) - SHINGLE + 1):
            yield " ".join(words[i : i + SHINGLE])


def lead_shingles(text: str) -> frozenset[int]:
    """Hashes of ``text``'s lead shingles, for one batch: Python's salted str hash, fast but only comparable
    within one process, so never saved."""
    return frozenset(hash(sh) for sh in _lead_shingles(text))


def lead_keys(text: str) -> frozenset[int]:
    """CRC-32 hashes of ``text``'s lead shingles, the same in every process (a ``LeadIndex`` is saved). Two
    shingles that collide add one false shared shingle of the 20 needed, out of about 2^32 values."""
    return frozenset(zlib.crc32(sh.encode("utf-8")) for sh in _lead_shingles(text))


def of_articles(articles: Sequence[Article]) -> list[frozenset[int]]:
    """The lead shingles of each article's body text (noise furniture blanked), in order."""
    return [lead_shingles(body_text(a)) for a in articles]


def shared_pairs(leads: Sequence[frozenset[int]]) -> dict[tuple[int, int], int]:
    """``(i, j) -> shared shingle count`` (i < j) for the pairs sharing at least ``MIN_SHARED`` lead shingles.

    Counted through an inverted index (shingle -> reports), so only pairs with a shingle in common cost work;
    shingles in more than ``MAX_SHARING`` reports are stock phrases and skipped.
    """
    holders: dict[int, list[int]] = {}
    for i, lead in enumerate(leads):
        for sh in lead:
            holders.setdefault(sh, []).append(i)
    counts: Counter[tuple[int, int]] = Counter()
    for docs in holders.values():
        if len(docs) < 2 or len(docs) > MAX_SHARING:
            continue
        for a in range(len(docs)):
            for b in range(a + 1, len(docs)):
                counts[(docs[a], docs[b])] += 1
    return {pair: n for pair, n in counts.items() if n >= MIN_SHARED}


class LeadIndex:
    """The lead keys (``lead_keys``) of the last ``window`` reports added: ``partners`` names the reports held that
    share a wire lead with a new one, by ``shared_pairs``'s rule.

    Reports are numbered in the order added (0, 1, ...); the oldest leaves when the window is full, so memory
    stays bounded on an endless stream. A key held by more than ``MAX_SHARING`` reports of the window is a stock
    phrase and not counted. Does NOT look at dates or stories: the caller decides what a partner means.
    """

    def __init__(self, *, window: int = LEAD_WINDOW) -> None:
        if window < 1:
            raise ValueError(f"window must be at least 1, got {window}")
        self.window = window
        self.added = 0  # reports numbered so far: the next one is numbered ``added``
        # key -> the reports holding it, oldest first: a bare number while one does (most keys), else a list
        self._holders: dict[int, int | list[int]] = {}
        self._held: deque[tuple[int, tuple[int, ...]]] = deque()  # (number, keys) of the reports in the window

    def __len__(self) -> int:
        """Reports held now."""
        return len(self._held)

    def partners(self, keys: Collection[int]) -> dict[int, int]:
        """Number -> shared keys, for the reports held that share at least ``MIN_SHARED`` keys with ``keys``."""
        if len(keys) < MIN_SHARED:
            return {}
        held: list[int] = []  # one entry per shared key and holder, counted in one step below
        for key in keys:
            got = self._holders.get(key)
            if got is None:
                continue
            if isinstance(got, int):
                held.append(got)
            elif len(got) < MAX_SHARING:  # with the new report, at most ``MAX_SHARING`` hold it
                held.extend(got)
        return {k: n for k, n in Counter(held).items() if n >= MIN_SHARED}

    def add(self, keys: Collection[int]) -> int:
        """Hold a report's ``keys`` (dropping the oldest report when the window is full); its number."""
        number = self.added
        self.added += 1
        held = tuple(keys)
        self._held.append((number, held))
        for key in held:
            got = self._holders.get(key)
            if got is None:
                self._holders[key] = number
            elif isinstance(got, int):
                self._holders[key] = [got, number]
            else:
                got.append(number)
        if len(self._held) > self.window:
            self._drop_oldest()
        return number

    def _drop_oldest(self) -> None:
        _, held = self._held.popleft()
        for key in held:
            got = self._holders[key]
            if isinstance(got, int):
                del self._holders[key]
            else:
                got.pop(0)  # the oldest holder is first, and the oldest report leaves first
                if len(got) == 1:
                    self._holders[key] = got[0]

    def to_state(self) -> dict[str, Any]:
        """A JSON-able snapshot (``from_state`` restores it exactly)."""
        return {"window": self.window, "added": self.added, "held": [[n, list(keys)] for n, keys in self._held]}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> LeadIndex:
        """Restore ``to_state``'s dict."""
        index = cls(window=int(state["window"]))
        for number, keys in state["held"]:
            index.added = int(number)
            index.add(keys)
        index.added = int(state["added"])
        return index
