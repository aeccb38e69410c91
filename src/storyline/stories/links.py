"""Kept links for a stream: the vectors of the last reports, so that a report can be scored against one report.

Batch clustering moves a report left alone to the one other story holding a report it scores the threshold with
(``storyline.stories.cluster.rejoin_links``): the two reports alone would be one story, and a third report told
in other words should not undo that. A senator's reaction to a takeover scores above the line with one report of
the deal and below it with the deal's story as a whole. The incremental index compares a new report with story
centroids only, so it cannot see such a pair; a ``LinkWindow`` keeps what it needs:

- the feature vectors (``storyline.stories.features``, weighted as they were when the report arrived) of the last
  ``LINK_WINDOW`` reports, each cut to its ``LINK_TERMS`` heaviest terms, with the report's story, publication
  day and main event (``storyline.stories.events``);
- ``held``: the held reports of some stories, looked up by story (each held report is filed under the story that
  holds it now; the index reports a merge with ``merge``), so a query costs the reports it returns, not a scan of
  the window: a stream's report asks a few times for the held reports of up to 40 candidate stories;
- ``scores``: a vector's cosine with each held report of some stories, in one vectorized step, times the time
  factor of the two reports' days.

Memory is bounded: at most ``LINK_WINDOW`` x ``LINK_TERMS`` (id, weight) pairs, about 3 MB in memory and twice that
in a saved state. Does NOT decide anything: the index (``storyline.stories.incremental``) applies the rule.
"""

from __future__ import annotations

import heapq
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
    """The vectors of the last ``window`` reports added (see the module docstring).

    A report is filed under the story it is added to, which must be a surviving story then; a story folded into
    another must be reported with ``merge`` so its reports are found under the story that absorbed it.
    """

    def __init__(self, *, window: int = LINK_WINDOW, terms: int = LINK_TERMS) -> None:
        if window < 1 or terms < 1:
            raise ValueError(f"window and terms must be at least 1, got {window} and {terms}")
        self.window = window
        self.terms = terms
        self.added = 0
        self._held: deque[Kept] = deque()
        self._by_story: dict[int, deque[Kept]] = {}  # story a report is filed under now -> its reports, oldest first
        self._filed: dict[int, int] = {}  # report number -> the story it is filed under now

    def __len__(self) -> int:
        return len(self._held)

    def add(self, story: int, day: int | None, event: str | None, ids: IdArray, weights: WeightArray) -> Kept:
        """Hold a report's vector (its heaviest ``terms``), dropping the oldest when the window is full."""
        ids, weights = prune(ids, weights, self.terms)
        kept = Kept(number=self.added, story=story, day=day, event=event, ids=ids, weights=weights)
        self.added += 1
        self._hold(kept, story)
        return kept

    def _hold(self, kept: Kept, story: int) -> None:
        self._held.append(kept)
        self._by_story.setdefault(story, deque()).append(kept)
        self._filed[kept.number] = story
        if len(self._held) > self.window:
            oldest = self._held.popleft()
            home = self._filed.pop(oldest.number)
            filed = self._by_story[home]
            filed.popleft()  # the window's oldest report is the oldest of its story too
            if not filed:
                del self._by_story[home]

    def merge(self, keep: int, gone: int) -> None:
        """File the reports of story ``gone`` under ``keep``, which absorbed it (oldest first, as added)."""
        moved = self._by_story.pop(gone, None)
        if not moved:
            return
        for kept in moved:
            self._filed[kept.number] = keep
        into = self._by_story.get(keep)
        self._by_story[keep] = deque(heapq.merge(into, moved, key=_number)) if into else moved

    def held(self, stories: Collection[int]) -> list[Kept]:
        """The held reports of surviving ``stories``, in the order they were added; looked up by story, so the
        cost is the reports returned, not the window."""
        found = [kept for story in stories for kept in self._by_story.get(story, ())]
        if len(stories) > 1:
            found.sort(key=_number)
        return found

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
    def from_state(cls, state: dict[str, Any], *, root: Callable[[int], int] | None = None) -> LinkWindow:
        """Restore ``to_state``'s dict, filing each report under ``root`` of its story (the story that absorbed
        it since it was added; by default the story itself). The by-story files are not saved: they are
        rebuilt here, so a state saved before they existed loads the same."""
        index = cls(window=int(state["window"]), terms=int(state["terms"]))
        for number, story, day, event, ids, weights in state["held"]:
            kept = Kept(
                number=int(number),
                story=int(story),
                day=day,
                event=event,
                ids=np.asarray(ids, dtype=np.int64),
                weights=np.asarray(weights, dtype=np.float32),
            )
            index._hold(kept, kept.story if root is None else root(kept.story))
        index.added = int(state["added"])
        return index


def _number(kept: Kept) -> int:
    return kept.number
