"""The SQLite store: articles, analyses, story assignments, briefs, state and full-text search.

``Store`` is the only interface; the schema lives in ``migrations`` and changes only by new migrations.
"""

from __future__ import annotations

from storyline.store.repo import Store, StoryRow

__all__ = ["Store", "StoryRow"]
