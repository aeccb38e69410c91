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

Does NOT: find paraphrases, or passages past the lead; near-copies of whole reports are ``dedup``'s job.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyline.model import Article
from storyline.stories.features import body_text

SHINGLE = 8
LEAD_WORDS = 200
MIN_SHARED = 20
MAX_SHARING = 50

_WORD = re.compile(r"\w+")
# a shingle never spans these: line breaks and the separators of menus, breadcrumbs and link lists
_RUN_BREAK = re.compile(r"[\n|•·»«>]+")


def lead_shingles(text: str) -> frozenset[int]:
    """Hashes of the ``SHINGLE``-word shingles in the first ``LEAD_WORDS`` words of ``text`` (see above)."""
    out: set[int] = set()
    budget = LEAD_WORDS
    for run in _RUN_BREAK.split(text):
        if budget <= 0:
            break
        words = _WORD.findall(run.lower())[:budget]
        budget -= len(words)
        for i in range(len(words) - SHINGLE + 1):
            # Python's salted str hash: the sets are compared within one process only, never saved
            out.add(hash(" ".join(words[i : i + SHINGLE])))
    return frozenset(out)


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
