"""How alike two reports (or a report and a story) are: the scoring shared by batch and incremental clustering.

Which signal decides what:

- **Near-copies** are settled before any of this, by MinHash (``storyline.stories.dedup``).
- **Same event or not** is decided by one score compared with one threshold (``DEFAULT_THRESHOLD``, tuned on
  ECB+ train): the cosine of the reports' feature vectors (``storyline.stories.features``: TF-IDF words, names,
  numbers and dates, quotes, blended by group weights), multiplied by a **time factor**.
- **Time factor**: when both publication dates are known (``Article.published.value``), reports published
  within ``DATE_WINDOW_DAYS`` of each other (or of the story's date span) keep their score; further apart, the
  score decays, because a second earthquake in the same region a month later is a different story even though
  the words match. Unknown dates are neutral: most inputs carry no date, and an unknown date is no evidence
  either way. ECB+ has no dates, so this factor is set by argument, not tuned.
- A story is compared with a report by **average linkage**: the mean cosine of the report with every member,
  which equals the dot product with the sum of the members' unit vectors divided by their number. Batch
  clustering (SciPy, average linkage) and the incremental index therefore apply the same rule.

Does NOT: use the spaCy parse or embeddings (the optional ``embed`` extra is not needed anywhere here).
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np

from storyline.stories.features import IdArray, WeightArray

DEFAULT_THRESHOLD = 0.18
# A batch of fewer reports than this is weighted as if it were this many: a handful of reports says little about
# how rare a word is (in three reports of one quake, "earthquake" is in every one and would weigh least), so the
# missing reports are taken to hold none of the batch's words. Tuned on batches of 2 to 8 ECB+ train documents
# (one event, two events of one kind, two kinds): mean B3 F1 0.916 -> 0.947; batches of 50 or more are unchanged
MIN_DOCS = 50
DATE_WINDOW_DAYS = 7.0
DATE_DECAY_DAYS = 30.0
DATE_FLOOR = 0.25


def parse_day(value: str | None) -> int | None:
    """The proleptic ordinal of an ISO date or datetime string (``2023-05-10``, ``2023-05-10T08:00Z``), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def date_factor(gap_days: float | None) -> float:
    """Multiplier of a similarity for reports ``gap_days`` apart (None: unknown, neutral)."""
    if gap_days is None or gap_days <= DATE_WINDOW_DAYS:
        return 1.0
    return max(DATE_FLOOR, math.exp(-(gap_days - DATE_WINDOW_DAYS) / DATE_DECAY_DAYS))


def span_gap(day: int | None, low: int | None, high: int | None) -> float | None:
    """Days from ``day`` to the span ``[low, high]`` (0 inside it), None when either side is unknown."""
    if day is None or low is None or high is None:
        return None
    if day < low:
        return float(low - day)
    if day > high:
        return float(day - high)
    return 0.0


def sparse_dot(a_ids: IdArray, a_w: WeightArray, b_ids: IdArray, b_w: WeightArray) -> float:
    """Dot product of two sparse vectors given as sorted unique ids and their weights."""
    if len(a_ids) == 0 or len(b_ids) == 0:
        return 0.0
    _, ia, ib = np.intersect1d(a_ids, b_ids, assume_unique=True, return_indices=True)
    if len(ia) == 0:
        return 0.0
    return float(np.dot(a_w[ia].astype(np.float64), b_w[ib].astype(np.float64)))


def sparse_add(a_ids: IdArray, a_w: WeightArray, b_ids: IdArray, b_w: WeightArray) -> tuple[IdArray, WeightArray]:
    """The sum of two sparse vectors (sorted unique ids)."""
    if len(a_ids) == 0:
        return b_ids.copy(), b_w.copy()
    ids = np.union1d(a_ids, b_ids)
    out = np.zeros(len(ids), dtype=np.float32)
    out[np.searchsorted(ids, a_ids)] += a_w
    out[np.searchsorted(ids, b_ids)] += b_w
    return ids, out


def prune(ids: IdArray, weights: WeightArray, keep: int) -> tuple[IdArray, WeightArray]:
    """Keep the ``keep`` heaviest entries (a story centroid's long tail of one-off terms adds little)."""
    if len(ids) <= keep:
        return ids, weights
    top = np.argpartition(-weights, keep - 1)[:keep]
    top.sort()
    return ids[top], weights[top]
