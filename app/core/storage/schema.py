"""The library's current schema (version SCHEMA_VERSION, kept in PRAGMA user_version)."""

from __future__ import annotations

SCHEMA_VERSION = 4

# Tables and indexes. Dates are integer microseconds since the Unix epoch (UTC); JSON
# columns hold orjson bytes. `prev_import_id` lets an interrupted import hand re-seen items
# back to the import that owned them before (see records.rollback_import).
#
# `dkey` is a date-ordered key (see records.date_key_range): ordering by it equals ordering
# by (created_at, insertion), so the full-text index, whose rowid it is, yields matches
# newest-first without collecting and sorting them. `facets` puts platform, kind and
# visibility into that index too, so text plus those filters is answered by the index alone.
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
    src_index INTEGER NOT NULL,
    dkey INTEGER,
    facets TEXT GENERATED ALWAYS AS (
        'p' || replace(platform, '_', '') || ' k' || replace(kind, '_', '')
        || ' v' || replace(visibility, '_', '')
    ) VIRTUAL
);
"""

# Generated column definition, for the upgrade from version 2 (ALTER TABLE ADD COLUMN).
FACETS_COLUMN = (
    "facets TEXT GENERATED ALWAYS AS ('p' || replace(platform, '_', '') || ' k' || "
    "replace(kind, '_', '') || ' v' || replace(visibility, '_', '')) VIRTUAL"
)

INDEXES = """
CREATE UNIQUE INDEX IF NOT EXISTS items_dkey ON items(dkey);
CREATE INDEX IF NOT EXISTS items_platform ON items(platform, dkey);
CREATE INDEX IF NOT EXISTS items_kind ON items(kind, dkey);
CREATE INDEX IF NOT EXISTS items_visibility ON items(visibility, dkey);
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

# Full-text index over items.text and items.facets (external content: stored once, in items).
# detail=column keeps which column a word is in but not where: searches are words (each
# quoted alone, see query.fts_query), never phrases, and without positions a prefix search
# over a million items reads a third of the data (first page 110 -> 40 ms, version 4).
FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(
    text, facets, content='items', content_rowid='dkey', columnsize=0, detail=column,
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS items_ai AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, text, facets) VALUES (new.dkey, new.text, new.facets);
END;
CREATE TRIGGER IF NOT EXISTS items_ad AFTER DELETE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, text, facets)
        VALUES ('delete', old.dkey, old.text, old.facets);
    DELETE FROM item_tags WHERE item_rowid = old.pk;
END;
CREATE TRIGGER IF NOT EXISTS items_au AFTER UPDATE OF text, dkey, platform, kind, visibility
ON items WHEN old.text IS NOT new.text OR old.dkey IS NOT new.dkey
    OR old.facets IS NOT new.facets BEGIN
    INSERT INTO items_fts(items_fts, rowid, text, facets)
        VALUES ('delete', old.dkey, old.text, old.facets);
    INSERT INTO items_fts(rowid, text, facets) VALUES (new.dkey, new.text, new.facets);
END;
"""

CURRENT = TABLES + INDEXES + TAGS + FTS
