"""Schema upgrades, one function per version step, driven by PRAGMA user_version."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlcipher3

from app.core.errors import CorruptLibraryError
from app.core.storage import records, schema

# Version 1 (first release): items and imports only; no tags, no full-text index. Kept
# verbatim so tests can build a v1 library and check that it upgrades.
V1_SQL = """
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    status TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    sources BLOB NOT NULL,
    account_key TEXT,
    item_count INTEGER NOT NULL DEFAULT 0,
    inventory BLOB
);
CREATE TABLE items (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    import_id INTEGER NOT NULL,
    platform TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at INTEGER,
    visibility TEXT NOT NULL,
    visibility_basis TEXT NOT NULL,
    text TEXT NOT NULL,
    target TEXT,
    media BLOB,
    attrs BLOB,
    src_archive TEXT NOT NULL,
    src_member TEXT NOT NULL,
    src_index INTEGER NOT NULL
);
CREATE INDEX items_date ON items(created_at);
"""


# Version 2: rowid-keyed full-text index and date indexes (replaced in version 3).
V2_INDEXES_FTS = """
CREATE INDEX IF NOT EXISTS items_date ON items(created_at);
CREATE INDEX IF NOT EXISTS items_platform ON items(platform, created_at);
CREATE INDEX IF NOT EXISTS items_kind ON items(kind, created_at);
CREATE INDEX IF NOT EXISTS items_visibility ON items(visibility, created_at);
CREATE INDEX IF NOT EXISTS items_import ON items(import_id);
CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(
    text, content='items', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
"""


def _v1_to_v2(conn: Any) -> None:
    conn.execute("ALTER TABLE items ADD COLUMN prev_import_id INTEGER")
    conn.execute("CREATE INDEX IF NOT EXISTS imports_account ON imports(account_key)")
    conn.executescript_body(V2_INDEXES_FTS + schema.TAGS)  # v2 triggers: dropped in v3 anyway


def _v2_to_v3(conn: Any) -> None:
    """Date keys and facets: index and full-text table rebuilt over them."""
    for name in ("items_ai", "items_ad", "items_au"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("DROP TABLE IF EXISTS items_fts")
    for name in ("items_date", "items_platform", "items_kind", "items_visibility"):
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    conn.execute("ALTER TABLE items ADD COLUMN dkey INTEGER")
    conn.execute(f"ALTER TABLE items ADD COLUMN {schema.FACETS_COLUMN}")
    rows = conn.execute("SELECT pk, created_at FROM items ORDER BY created_at, pk").fetchall()
    conn.executemany("UPDATE items SET dkey = ? WHERE pk = ?", _sorted_date_keys(rows))
    conn.executescript_body(schema.INDEXES + schema.FTS)
    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")


def _v3_to_v4(conn: Any) -> None:
    """Full-text index without word positions (detail=column): rebuilt from the items."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'items_fts'").fetchone()
    if "detail=column" in sql:  # made by _v2_to_v3 from the current schema already
        return
    for name in ("items_ai", "items_ad", "items_au"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("DROP TABLE items_fts")
    conn.executescript_body(schema.FTS)
    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")


def _sorted_date_keys(rows: list[tuple[int, int | None]]) -> list[tuple[int, int]]:
    """(date key, pk) for rows sorted by (created_at, pk), as inserting them would give."""
    out: list[tuple[int, int]] = []
    nxt: dict[int, int] = {}
    for pk, created in rows:
        lo, hi = records.date_key_range(created)
        key = nxt.get(hi, hi)
        if key < lo:  # more items in one instant than slots: a stray key
            hi = records.STRAY[1]
            key = nxt.get(hi, hi)
        nxt[hi] = key - 1
        out.append((key, pk))
    return out


# STEPS[n] upgrades a version-n database to version n + 1.
STEPS: dict[int, Callable[[Any], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}


class _Runner:
    """Runs statements on a connection inside the caller's transaction (no executescript,
    which would commit)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: list[Any]) -> Any:
        return self._conn.executemany(sql, rows)

    def executescript_body(self, script: str) -> None:
        for statement in split_statements(script):
            self._conn.execute(statement)


def split_statements(script: str) -> list[str]:
    """Split a schema script into whole statements (trigger bodies stay in one piece)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlcipher3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def create(conn: Any) -> None:
    """Create the current schema in an empty database (in one transaction)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in split_statements(schema.CURRENT):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def upgrade(conn: Any, version: int) -> None:
    """Bring a version-`version` library up to date, one step per transaction."""
    if version > schema.SCHEMA_VERSION:
        raise CorruptLibraryError(
            f"The library was written by a newer version of Overshare (schema {version}); "
            "update Overshare to open it."
        )
    runner = _Runner(conn)
    while version < schema.SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is None:
            raise CorruptLibraryError(f"The library has an unknown schema version ({version}).")
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(runner)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
