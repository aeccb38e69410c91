"""Kept links for a stream: the vectors of the last reports, so that a report can be scored against one report.

Batch clustering moves a report left alone to the one other story holding a report it scores the threshold with
(``storyline.stories.cluster.rejoin_links``): the two reports alone would be one story, and a third report told
in other words should not undo that. A senator's reaction to a takeover scores above the line with one report of
the deal and below it with the deal's story as a whole. The incremental index compares a new report with story
centroids only, so it cannot see such a pair; a ``LinkWindow`` keeps what it needs:

- the feature vectors (``storyline.stories.features``, weighted as they were when the report arrived) of the last
  ``LINK_WINDOW`` reports, each cut to its ``LINK_TERMS`` heaviest terms, with the report's story, publication
  day and main event (``storyline.stories.events``);
- ``scores``: a vector's cosine with each held report of some stories, in one vectorized step, times the time
  factor of the two reports' days.

Memory is bounded: at most ``LINK_WINDOW`` x ``LINK_TERMS`` (id, weight) pairs, about 3 MB in memory and twice that
in a saved state. Does NOT decide anything: the index (``storyline.stories.incremental``) applies the rule.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from storyline.stories.eventwords import EVENTS
from storyline.stories.features import IdArray, WeightArray
from storyline.stories.similarity import date_factor, prune, span_gap

# a report left alone rejoins the story of a report it is linked to (batch ``rejoin_links``, incremental step 7)
# when its mean score with that story is at least this share of the threshold, as a named event's
# (``EVENT_FLOOR``). ECB+ train is flat from 0 to 0.6 (batch B3 F1 0.914; 0.7 and up: 0.913; no rule: 0.905;
# incremental 0.899 from 0.3 to 0.6, 0.898 at 0.8), so the data do not set it
LINK_FLOOR = 0.5
# reports whose vectors are kept: a few hours to days of a busy feed, as a story's first reports arrive together
LINK_WINDOW = 1000
# terms kept of each report: the heaviest carry the cosine (on ECB+ train a report's vector cut to 200 terms keeps
# its links; the median report has fewer)
LINK_TERMS = 200


def another_event(key: str | None, theirs: Sequence[str | None]) -> bool:
    """Whether main event ``key`` is a named event (``"<name>|<event>"``) of a name that ``theirs`` names with
    another event: "harow bridge|reopening" against "harow bridge|collapse" (a people's or a place's key,
    ``"<event>|<who or where>"``, names no such name)."""
    if key is None or key.split("|")[1] not in EVENTS:
        return False
    name = key.split("|")[0]
    named = {other for other in theirs if other is not None and other.split("|")[0] == name}
    return bool(named) and key not in named


@dataclass(frozen=True, slots=True)
class Kept:
    """One held report: its number (in the order added), story index at the time, day, main event and vector."""

    number: int
    story: int
    day: int | None
    event: str | None
    ids: IdArray
    weights: WeightArray


class LinkWindow:
    """The vectors of the last ``window`` reports added (see the module docstring)."""

    def __init__(self, *, window: int = LINK_WINDOW, terms: int = LINK_TERMS) -> None:
        if window < 1 or terms < 1:
            raise ValueError(f"window and terms must be at least 1, got {window} and {terms}")
        self.window = window
        self.terms = terms
        self.added = 0
        self._held: deque[Kept] = deque()

    def __len__(self) -> int:
        return len(self._held)

    def add(self, story: int, day: int | None, event: str | None, ids: IdArray, weights: WeightArray) -> Kept:
        """Hold a report's vector (its heaviest ``terms``), dropping the oldest when the window is full."""
        ids, weights = prune(ids, weights, self.terms)
        kept = Kept(number=self.added, story=story, day=day, event=event, ids=ids, weights=weights)
        self.added += 1
        self._held.append(kept)
        if len(self._held) > self.window:
            self._held.popleft()
        return kept

    def held(self, stories: Collection[int], root: Callable[[int], int]) -> list[Kept]:
        """The held reports whose story (mapped by ``root`` to the story that absorbed it) is in ``stories``."""
        return [k for k in self._held if root(k.story) in stories]

    @staticmethod
    def scores(ids: IdArray, weights: WeightArray, day: int | None, held: list[Kept]) -> list[float]:
        """Cosine of the unit vector ``(ids, weights)`` with each of ``held``, times the time factor of the days."""
        if not held or len(ids) == 0:
            return [0.0] * len(held)
        cat_ids = np.concatenate([k.ids for k in held])
        cat_w = np.concatenate([k.weights for k in held]).astype(np.float64)
        owner = np.repeat(np.arange(len(held)), [len(k.ids) for k in held])
        pos = np.minimum(np.searchsorted(ids, cat_ids), len(ids) - 1)
        hit = ids[pos] == cat_ids
        dots = np.bincount(owner[hit], weights=cat_w[hit] * weights.astype(np.float64)[pos[hit]], minlength=len(held))
        return [float(d) * date_factor(span_gap(day, k.day, k.day)) for d, k in zip(dots.tolist(), held, strict=True)]

    def to_state(self) -> dict[str, Any]:
        """A JSON-able snapshot (``from_state`` restores it exactly: float32 -> float -> float32 is exact)."""
        return {
            "window": self.window,
            "terms": self.terms,
            "added": self.added,
            "held": [[k.number, k.story, k.day, k.event, k.ids.tolist(), k.weights.tolist()] for k in self._held],
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> LinkWindow:
        """Restore ``to_state``'s dict."""
        index = cls(window=int(state["window"]), terms=int(state["terms"]))
        for number, story, day, event, ids, weights in state["held"]:
            index._held.append(
                Kept(
                    number=int(number),
                    story=int(story),
                    day=day,
                    event=event,
                    ids=np.asarray(ids, dtype=np.int64),
                    weights=np.asarray(weights, dtype=np.float32),
                )
            )
        index.added = int(state["added"])
        return index
