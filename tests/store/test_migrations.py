import sqlite3
from pathlib import Path

import pytest

from storyline.errors import StoreError
from storyline.store import Store
from storyline.store.migrations import MIGRATIONS, applied, migrate


def _conn(path: Path | str = ":memory:") -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_migrations_names_are_unique_and_ordered() -> None:
    names = [name for name, _ in MIGRATIONS]
    assert len(names) == len(set(names))
    assert names == sorted(names)


def test_migrations_apply_once(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as store:
        assert store.migrations() == [name for name, _ in MIGRATIONS]
    conn = _conn(path)
    try:
        assert migrate(conn) == []
        assert applied(conn) == [name for name, _ in MIGRATIONS]
    finally:
        conn.close()
    with Store(path) as store:  # reopening applies nothing new and keeps one row per migration
        assert store.migrations() == [name for name, _ in MIGRATIONS]


def test_migrations_new_ones_are_applied_on_reopen() -> None:
    conn = _conn()
    try:
        assert migrate(conn, MIGRATIONS[:2]) == [MIGRATIONS[0][0], MIGRATIONS[1][0]]
        extra = (*MIGRATIONS, ("9999_test_extra", "CREATE TABLE extra (x INTEGER);"))
        assert migrate(conn, extra) == [name for name, _ in extra[2:]]
        assert conn.execute("SELECT count(*) FROM extra").fetchone() == (0,)
    finally:
        conn.close()


def test_migrations_failed_one_leaves_no_trace() -> None:
    conn = _conn()
    try:
        broken = (("0001_ok", "CREATE TABLE ok (x);"), ("0002_bad", "CREATE TABLE half (x); NOT SQL AT ALL;"))
        with pytest.raises(StoreError) as info:
            migrate(conn, broken)
        assert "0002_bad" in str(info.value)
        assert applied(conn) == ["0001_ok"]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "ok" in tables
        assert "half" not in tables
    finally:
        conn.close()
