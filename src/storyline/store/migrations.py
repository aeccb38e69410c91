"""The store's schema, as named migrations applied in order and recorded in the ``migrations`` table.

A migration is never edited once released: a schema change is a new entry at the end of ``MIGRATIONS``.
Opening a store applies the entries its ``migrations`` table does not name yet, each in its own transaction
(after sqlite-utils' ``migrations.py``). Names already applied by a newer storyline and unknown here are
left alone.
"""

from __future__ import annotations

import sqlite3

from storyline.errors import StoreError

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_articles",
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- insertion order, and the full-text index's rowid
            id TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT 'text',
            meta TEXT NOT NULL,                     -- JSON: outlet, published, title, url as MetaValue dicts
            outlet TEXT,                            -- copies of meta values, for story listings
            published TEXT,
            added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        """,
    ),
    (
        "0002_analyses",
        """
        CREATE TABLE analyses (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            data TEXT NOT NULL,                     -- JSON of storyline.codec.to_dict(Analysis)
            PRIMARY KEY (article, version)
        );
        """,
    ),
    (
        "0003_assignments",
        """
        CREATE TABLE assignments (
            article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story TEXT NOT NULL,
            duplicate_of TEXT
        );
        CREATE INDEX assignments_story ON assignments(story);
        """,
    ),
    (
        "0004_state_and_briefs",
        """
        CREATE TABLE state (
            name TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE TABLE briefs (
            story TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        """,
    ),
    (
        "0005_articles_fts",
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(text, content='articles', content_rowid='seq');
        INSERT INTO articles_fts(rowid, text) SELECT seq, text FROM articles;
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, text) VALUES (new.seq, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, text) VALUES ('delete', old.seq, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, text) VALUES ('delete', old.seq, old.text);
            INSERT INTO articles_fts(rowid, text) VALUES (new.seq, new.text);
        END;
        """,
    ),
    (
        "0006_stale_analyses",
        """
        -- An article saved again under the same id with a different text (a JSONL id reused after an edit)
        -- must not keep analyses whose offsets point into the old text.
        CREATE TRIGGER articles_text_changed AFTER UPDATE OF text ON articles
        WHEN old.text IS NOT new.text BEGIN
            DELETE FROM analyses WHERE article = new.id;
        END;
        -- Re-saving an unchanged article need not rewrite its full-text entry.
        DROP TRIGGER articles_fts_update;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles
        WHEN old.text IS NOT new.text BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, text) VALUES ('delete', old.seq, old.text);
            INSERT INTO articles_fts(rowid, text) VALUES (new.seq, new.text);
        END;
        """,
    ),
    (
        "0007_stale_briefs",
        """
        -- A stored brief is a cache of its story's reports: a report joining, leaving or changing its text
        -- (``storyline ingest`` beside a running server) makes it stale, and it is built again on request.
        CREATE TRIGGER briefs_report_joined AFTER INSERT ON assignments BEGIN
            DELETE FROM briefs WHERE story = new.story;
        END;
        CREATE TRIGGER briefs_report_moved AFTER UPDATE ON assignments
        WHEN old.story IS NOT new.story OR old.duplicate_of IS NOT new.duplicate_of BEGIN
            DELETE FROM briefs WHERE story IN (old.story, new.story);
        END;
        CREATE TRIGGER briefs_report_rewritten AFTER UPDATE OF text ON articles
        WHEN old.text IS NOT new.text BEGIN
            DELETE FROM briefs WHERE story IN (SELECT story FROM assignments WHERE article = new.id);
        END;
        """,
    ),
    (
        "0008_brief_versions",
        """
        -- Which code built a stored brief (``pipeline.brief_version``): one built by older code is stale too.
        ALTER TABLE briefs ADD COLUMN version TEXT;
        """,
    ),
)


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations recorded in the database, in the order they were applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations ("
        " name TEXT PRIMARY KEY,"
        " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"
    )
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def migrate(conn: sqlite3.Connection, migrations: tuple[tuple[str, str], ...] = MIGRATIONS) -> list[str]:
    """Apply the migrations not yet recorded; returns the names applied now (empty when up to date).

    ``conn`` must be in autocommit mode (``isolation_level=None``): each migration runs in an explicit
    transaction together with the row that records it, so a failed one leaves no half-made schema.
    """
    done = set(applied(conn))
    now: list[str] = []
    for name, sql in migrations:
        if name in done:
            continue
        quoted = name.replace("'", "''")
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nINSERT INTO migrations(name) VALUES ('{quoted}');\nCOMMIT;")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {name} failed: {exc}", stage="store") from exc
        now.append(name)
    return now
