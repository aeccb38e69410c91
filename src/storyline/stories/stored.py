"""The store's own story index: every report that enters the store is given a lasting story id.

``storyline ingest``, the web API and every run with a store (``brief``, ``extract``) add their reports to
one incremental ``StoryIndex`` kept in the store's state under ``STATE_NAME``, so story ids in the store
(and page addresses) never change as reports arrive. A batch run's own grouping (``cluster``) decides the
stories of *its* brief; the stored index decides the stories the store lists.

When the index folds a younger story into an older one (``StoryIndex.merges``), the stored reports of the
younger story are re-saved under the older id; the younger id stays an alias (``resolve_story``), so an old
address keeps pointing at the same event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from storyline.model import Article, Assignment
from storyline.stories.incremental import StoryIndex

STATE_NAME = "stories"


def assign_stored(store: Any, articles: Sequence[Article]) -> list[Assignment]:
    """Add ``articles`` to the store's story index (a known id keeps its first story); save and return them.

    ``store`` is a ``storyline.store.Store`` (typed loosely: this module sits below the store layer).
    """
    state = store.load_state(STATE_NAME)
    index = StoryIndex.from_state(state) if state else StoryIndex()
    merged_before = len(index.merges)
    assignments = index.add_many(articles)
    absorbed = {gone for gone, _ in index.merges[merged_before:]}
    if absorbed:
        mine = {a.article for a in assignments}
        moved = [
            Assignment(article=a.article, story=index.resolve(a.story), duplicate_of=a.duplicate_of)
            for a in store.load_assignments()
            if a.story in absorbed and a.article not in mine
        ]
        store.save_assignments(moved)
    store.save_assignments(assignments)
    store.save_state(STATE_NAME, index.to_state())
    return assignments


def resolve_story(store: Any, story_id: str) -> str:
    """The id that now stands for ``story_id`` in the store (the older story's, once a merge absorbed it)."""
    state = store.load_state(STATE_NAME)
    return StoryIndex.from_state(state).resolve(story_id) if state else story_id


def story_count(store: Any) -> int:
    """How many stories the store's index holds."""
    state = store.load_state(STATE_NAME)
    return StoryIndex.from_state(state).story_count if state else 0


def stored_story_ids(store: Any, batch: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """A lasting id for each of a batch run's stories (batch id -> its articles' ids, in order), from the store's
    index: the stored story most of its articles belong to (the first article's on a tie).

    A batch run numbers its stories afresh ("s1", "s2", ...), so two runs on different folders over one store
    would both brief an "s1"; the store's ids tell the stories apart across runs. Two batch stories the index
    holds as one keep apart: the later one takes the next stored id among its articles', else the stored id
    with its batch id after a dash ("s3-s2"). A story whose articles the store lacks keeps its batch id when no
    other story of the run took it. Larger stories choose first, so a small story listed first does not take the
    stored id most of a larger one's articles hold.
    """
    stored = {a.article: a.story for a in store.load_assignments()}
    taken: set[str] = set()
    out: dict[str, str] = {}
    for story in sorted(batch, key=lambda s: -len(batch[s])):
        ids = batch[story]
        counts = Counter(stored[i] for i in ids if i in stored)
        ranked = [s for s, _ in sorted(counts.items(), key=lambda kv: (-kv[1], _first(ids, stored, kv[0])))]
        free = [s for s in ranked if s not in taken]
        lasting = free[0] if free else _unused(f"{ranked[0]}-{story}" if ranked else story, taken)
        taken.add(lasting)
        out[story] = lasting
    return out


def _unused(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted`` with the first free number after a dot when another story of the run holds it
    already: two stories of one brief never share an id."""
    if wanted not in taken:
        return wanted
    return next(f"{wanted}.{n}" for n in range(2, len(taken) + 3) if f"{wanted}.{n}" not in taken)


def _first(ids: Sequence[str], stored: Mapping[str, str], story: str) -> int:
    """Where the first article of ``ids`` stored under ``story`` stands."""
    return next(n for n, i in enumerate(ids) if stored.get(i) == story)
