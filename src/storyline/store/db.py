"""Opening the SQLite database: pragmas, migrations, and the one way to write (``transaction``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storyline.errors import StoreError
from storyline.store.migrations import migrate

MEMORY = ":memory:"


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``; ":memory:" gives a private one.

    Files use WAL journaling, so readers (the web pages) do not block the writer and a crash mid-write
    leaves the last committed state. Foreign keys are enforced. The connection is in autocommit mode:
    writes go through ``transaction``. It may be used from several threads; the caller serializes access.
    """
    name = str(path)
    try:
        if name != MEMORY:
            Path(name).expanduser().parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False, timeout=10.0)
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"cannot open the store {name}: {exc}", source=name, stage="store") from exc
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        if name != MEMORY:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"cannot switch {name} to WAL journaling (got {mode})", source=name, stage="store")
            # NORMAL is durable across application crashes in WAL mode; only an OS crash may lose the last commit.
            conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{name} is not a storyline store ({exc})", source=name, stage="store") from exc
    except StoreError:
        conn.close()
        raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed when the block ends, rolled back entirely when it raises.

    ``sqlite3`` errors inside are re-raised as ``StoreError``; other exceptions pass through unchanged
    (after the rollback), so a batch that fails midway leaves the store as it was before the batch.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except sqlite3.Error as exc:
        conn.execute("ROLLBACK")
        raise StoreError(f"write failed and was rolled back: {exc}", stage="store") from exc
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
