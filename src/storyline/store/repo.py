"""``Store``: the one place storyline reads and writes its SQLite database (no SQL outside ``store/``).

What it keeps: articles (text byte-exact, metadata with provenance), analyses keyed by (article id,
pipeline version) so that a second run reuses them, story assignments, named JSON state for other stages
(the incremental story index), rendered briefs by story, and a full-text index over article text.
Every write is one transaction: a batch that fails midway changes nothing.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from storyline.codec import from_dict, to_dict
from storyline.errors import StoreError
from storyline.model import Analysis, Article, Assignment
from storyline.store.db import MEMORY, connect, transaction
from storyline.store.migrations import applied

_META_FIELDS = ("outlet", "published", "title", "url")
# SQLite's default limit on bound parameters is 32766 in recent versions, 999 in old ones: stay under both.
_CHUNK = 900
_WORD = re.compile(r"\w+", re.UNICODE)
# how much of a story's first report ``stories()`` reads for its opening words (a list shows about a line)
_OPENING_CHARS = 300


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryRow:
    """One story as the store lists it: its articles (in insertion order), outlets and date range."""

    id: str
    count: int
    article_ids: tuple[str, ...]
    outlets: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    # the title of its first report that has one (a given title before an inferred headline line), so a
    # list can name the story before its brief is built; None when no report has a title
    title: str | None = None
    # the opening of its first report's text, for a story none of whose reports has a title
    opening: str = ""


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _article_row(article: Article) -> tuple[Any, ...]:
    meta = {name: to_dict(getattr(article, name)) for name in _META_FIELDS}
    return (
        article.id,
        article.text,
        article.source,
        article.format,
        json.dumps(meta, ensure_ascii=False),
        article.outlet.value,
        article.published.value,
    )


def _article_of(row: sqlite3.Row) -> Article:
    meta = json.loads(row["meta"])
    data = {"id": row["id"], "text": row["text"], "source": row["source"], "format": row["format"], **meta}
    return from_dict(Article, data)


def _first_title(rows: Sequence[sqlite3.Row]) -> str | None:
    """The first given title among a story's rows, else the first inferred one (blank titles skipped)."""
    titled = [r for r in rows if (r["title"] or "").strip()]
    for row in sorted(titled, key=lambda r: bool(r["title_inferred"])):  # stable: insertion order within each
        return " ".join(str(row["title"]).split())
    return None


def fts_query(query: str) -> str:
    """A user's words as a safe FTS5 query: every word must occur (quoted, so no FTS syntax errors)."""
    return " ".join(f'"{word}"' for word in _WORD.findall(query))


class Store:
    """storyline's SQLite store. ``Store(":memory:")`` for tests; a file path (default ``storyline.db``)
    otherwise, in WAL mode. Use as a context manager or call ``close()``. Safe to share between threads:
    one lock serializes access to the single connection (SQLite has one writer anyway).
    """

    def __init__(self, path: str | Path = "storyline.db") -> None:
        self.path = str(path)
        self._conn = connect(path)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()

    # ---- lifecycle ------------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    @property
    def in_memory(self) -> bool:
        return self.path == MEMORY

    def migrations(self) -> list[str]:
        """Names of the schema migrations applied to this database, in order."""
        with self._lock:
            return applied(self._conn)

    def pragma(self, name: str) -> Any:
        """The value of a read-only PRAGMA (``journal_mode``, ``foreign_keys``), for checks and tests."""
        if not name.isidentifier():
            raise ValueError(f"not a pragma name: {name!r}")
        with self._lock:
            return self._conn.execute(f"PRAGMA {name}").fetchone()[0]

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock, transaction(self._conn) as conn:
            yield conn

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"read failed: {exc}", source=self.path, stage="store") from exc

    # ---- articles -------------------------------------------------------------------------------------

    def save_articles(self, articles: Sequence[Article]) -> None:
        """Insert or update articles by id (an update keeps the article's place in insertion order)."""
        rows = [_article_row(a) for a in articles]  # built before the transaction: a bad value fails early
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO articles (id, text, source, format, meta, outlet, published)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET text = excluded.text, source = excluded.source,"
                " format = excluded.format, meta = excluded.meta, outlet = excluded.outlet,"
                " published = excluded.published",
                rows,
            )

    def load_articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        """Articles by id, in the order of ``ids`` (unknown ids skipped); all of them, in insertion order,
        when ``ids`` is None."""
        if ids is None:
            return [_article_of(r) for r in self._read("SELECT * FROM articles ORDER BY seq")]
        found: dict[str, Article] = {}
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            for row in self._read(f"SELECT * FROM articles WHERE id IN ({marks})", chunk):
                found[row["id"]] = _article_of(row)
        return [found[i] for i in ids if i in found]

    def add_articles(self, articles: Sequence[Article]) -> tuple[str, ...]:
        """Save ``articles`` as ``save_articles`` does, but never replace a stored text: an article whose id
        is stored with another text is left out, and its id returned (in input order).

        The check and the write are one step under the store's lock, so two writers adding one id with two
        texts cannot both win. Re-saving an unchanged text is allowed (it updates the metadata only).
        """
        with self._lock:
            stored = self.texts([a.id for a in articles])
            refused = tuple(a.id for a in articles if a.id in stored and stored[a.id] != a.text)
            self.save_articles([a for a in articles if a.id not in refused])
        return refused

    def texts(self, ids: Sequence[str]) -> dict[str, str]:
        """The stored text of each of ``ids`` that is stored (unknown ids are absent)."""
        out: dict[str, str] = {}
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            for row in self._read(f"SELECT id, text FROM articles WHERE id IN ({marks})", chunk):
                out[row["id"]] = row["text"]
        return out

    def article_ids(self) -> list[str]:
        """Every stored article id, in insertion order."""
        return [r["id"] for r in self._read("SELECT id FROM articles ORDER BY seq")]

    # ---- analyses -------------------------------------------------------------------------------------

    def save_analyses(self, analyses: Sequence[Analysis]) -> None:
        """Store analyses keyed by (article id, version); their articles must be stored already."""
        rows = [(a.article, a.version, json.dumps(to_dict(a), ensure_ascii=False)) for a in analyses]
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO analyses (article, version, data) VALUES (?, ?, ?)"
                " ON CONFLICT(article, version) DO UPDATE SET data = excluded.data",
                rows,
            )

    def load_analyses(self, ids: Sequence[str], *, version: str) -> dict[str, Analysis]:
        """The stored analyses of ``ids`` made by pipeline ``version``; ids without one are absent."""
        out: dict[str, Analysis] = {}
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT article, data FROM analyses WHERE version = ? AND article IN ({marks})"
            for row in self._read(sql, [version, *chunk]):
                out[row["article"]] = from_dict(Analysis, json.loads(row["data"]))
        return out

    # ---- stories --------------------------------------------------------------------------------------

    def save_assignments(self, assignments: Sequence[Assignment]) -> None:
        """Record each article's story (replacing an earlier assignment of the same article)."""
        rows = [(a.article, a.story, a.duplicate_of) for a in assignments]
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO assignments (article, story, duplicate_of) VALUES (?, ?, ?)"
                " ON CONFLICT(article) DO UPDATE SET story = excluded.story, duplicate_of = excluded.duplicate_of",
                rows,
            )

    def load_assignments(self) -> list[Assignment]:
        """Every assignment, in the articles' insertion order."""
        rows = self._read(
            "SELECT s.article, s.story, s.duplicate_of FROM assignments s"
            " JOIN articles a ON a.id = s.article ORDER BY a.seq"
        )
        return [Assignment(article=r["article"], story=r["story"], duplicate_of=r["duplicate_of"]) for r in rows]

    def stories(self) -> list[StoryRow]:
        """Every story with its articles, outlets and first/last publication date (``YYYY-MM-DD``).

        Ordered by each story's first stored article. Dates are the articles' ``published`` values cut to
        the day; articles without one do not count towards the range. ``title`` is the first given title
        of its reports, else the first inferred one (the rule the brief's title follows first).
        """
        rows = self._read(
            "SELECT s.story, a.id, a.outlet, a.published, json_extract(a.meta, '$.title.value') AS title,"
            " json_extract(a.meta, '$.title.inferred') AS title_inferred,"
            f" substr(a.text, 1, {_OPENING_CHARS}) AS opening FROM assignments s"
            " JOIN articles a ON a.id = s.article ORDER BY a.seq"
        )
        order: list[str] = []
        members: dict[str, list[sqlite3.Row]] = {}
        for row in rows:
            if row["story"] not in members:
                order.append(row["story"])
                members[row["story"]] = []
            members[row["story"]].append(row)
        out = []
        for story in order:
            group = members[story]
            dates = sorted(r["published"][:10] for r in group if r["published"])
            out.append(
                StoryRow(
                    id=story,
                    count=len(group),
                    article_ids=tuple(r["id"] for r in group),
                    outlets=tuple(sorted({r["outlet"] for r in group if r["outlet"]})),
                    first_published=dates[0] if dates else None,
                    last_published=dates[-1] if dates else None,
                    title=_first_title(group),
                    opening=group[0]["opening"] or "",
                )
            )
        return out

    # ---- state and briefs -----------------------------------------------------------------------------

    def save_state(self, name: str, state: dict[str, Any]) -> None:
        """Keep a JSON-able dict under ``name`` (replacing what was there); for other stages' indexes."""
        data = json.dumps(state, ensure_ascii=False)
        with self._write() as conn:
            conn.execute(
                "INSERT INTO state (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET"
                " data = excluded.data, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                (name, data),
            )

    def load_state(self, name: str) -> dict[str, Any] | None:
        rows = self._read("SELECT data FROM state WHERE name = ?", (name,))
        return json.loads(rows[0]["data"]) if rows else None

    def save_brief(self, story_id: str, payload: dict[str, Any], *, version: str = "") -> None:
        """Keep a story's rendered brief (a JSON-able dict) and the ``version`` of the code that built it,
        replacing an earlier one."""
        data = json.dumps(payload, ensure_ascii=False)
        with self._write() as conn:
            conn.execute(
                "INSERT INTO briefs (story, data, version) VALUES (?, ?, ?) ON CONFLICT(story) DO UPDATE SET"
                " data = excluded.data, version = excluded.version,"
                " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                (story_id, data, version),
            )

    def load_brief(self, story_id: str, *, version: str | None = None) -> dict[str, Any] | None:
        """A story's stored brief; None when there is none, or, with ``version``, when other code built it."""
        rows = self._read("SELECT data, version FROM briefs WHERE story = ?", (story_id,))
        if not rows or (version is not None and rows[0]["version"] != version):
            return None
        return json.loads(rows[0]["data"])

    # ---- search ---------------------------------------------------------------------------------------

    def search(
        self, query: str, limit: int = 20, *, before: str = "[", after: str = "]"
    ) -> list[tuple[str, str]]:
        """Articles whose text holds every word of ``query``, best match first, as (article id, snippet).

        Words are matched whole (FTS5's unicode61 tokenizer: case and accents folded); FTS syntax in the
        query is not interpreted. The snippet marks matched words with ``before``/``after``; it is raw
        article text, to be escaped by whoever shows it.
        """
        match = fts_query(query)
        if not match or limit <= 0:
            return []
        rows = self._read(
            "SELECT a.id, snippet(articles_fts, 0, ?, ?, '…', 16) AS snip FROM articles_fts"
            " JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (before, after, match, limit),
        )
        return [(r["id"], r["snip"]) for r in rows]
