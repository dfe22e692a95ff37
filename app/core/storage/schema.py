"""The library's current schema (version SCHEMA_VERSION, kept in PRAGMA user_version)."""

from __future__ import annotations

SCHEMA_VERSION = 2

# Tables and indexes. Dates are integer microseconds since the Unix epoch (UTC); JSON
# columns hold orjson bytes. `prev_import_id` lets an interrupted import hand re-seen items
# back to the import that owned them before (see records.rollback_import).
TABLES = """
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
CREATE INDEX imports_account ON imports(account_key);

CREATE TABLE items (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    import_id INTEGER NOT NULL,
    prev_import_id INTEGER,
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
"""

INDEXES = """
CREATE INDEX IF NOT EXISTS items_date ON items(created_at);
CREATE INDEX IF NOT EXISTS items_platform ON items(platform, created_at);
CREATE INDEX IF NOT EXISTS items_kind ON items(kind, created_at);
CREATE INDEX IF NOT EXISTS items_visibility ON items(visibility, created_at);
CREATE INDEX IF NOT EXISTS items_import ON items(import_id);
"""

# Exposure tags, filled by the caller from the policy classifier (stored generically).
TAGS = """
CREATE TABLE IF NOT EXISTS item_tags (
    item_rowid INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    status TEXT NOT NULL,
    rule TEXT NOT NULL,
    currently_allowed INTEGER,
    may_already_have_been_used INTEGER
);
CREATE INDEX IF NOT EXISTS item_tags_item ON item_tags(item_rowid);
CREATE INDEX IF NOT EXISTS item_tags_outcome ON item_tags(outcome, status, item_rowid);
CREATE INDEX IF NOT EXISTS item_tags_status ON item_tags(status, item_rowid);
"""

# Full-text index over items.text (external content: the text is stored once, in items).
FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(
    text, content='items', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS items_ai AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, text) VALUES (new.pk, new.text);
END;
CREATE TRIGGER IF NOT EXISTS items_ad AFTER DELETE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, text) VALUES ('delete', old.pk, old.text);
    DELETE FROM item_tags WHERE item_rowid = old.pk;
END;
CREATE TRIGGER IF NOT EXISTS items_au AFTER UPDATE OF text ON items
WHEN old.text IS NOT new.text BEGIN
    INSERT INTO items_fts(items_fts, rowid, text) VALUES ('delete', old.pk, old.text);
    INSERT INTO items_fts(rowid, text) VALUES (new.pk, new.text);
END;
"""

CURRENT = TABLES + INDEXES + TAGS + FTS
