"""A library written by schema version 1 opens after the upgrade, data intact and searchable."""

from __future__ import annotations

import orjson
import pytest
import sqlcipher3

from app.core.errors import CorruptLibraryError
from app.core.storage import ItemFilter, TagRow, open_library, secrets
from app.core.storage.files import db_path
from app.core.storage.migrations import V1_SQL, split_statements
from app.core.storage.schema import SCHEMA_VERSION


def _v1_library(version: int = 1) -> None:
    key = secrets.create_key()
    db_path().parent.mkdir(parents=True)
    conn = sqlcipher3.connect(str(db_path()))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for statement in split_statements(V1_SQL):
        conn.execute(statement)
    conn.execute(
        "INSERT INTO imports VALUES (1, 'complete', '2024-01-01T00:00:00+00:00', "
        "'2024-01-01T00:01:00+00:00', ?, 'x:9', 2, ?)",
        (orjson.dumps(["old.zip"]), orjson.dumps({"total": 2})),
    )
    for n, text in ((1, "hello from version one"), (2, "second post")):
        conn.execute(
            "INSERT INTO items VALUES (?, ?, 1, 'x', 'post', ?, 'public', 'basis', ?, NULL, "
            "NULL, NULL, 'old.zip', 'data/tweets.js', ?)",
            (n, f"x:post:{n}", 1_700_000_000_000_000 + n, text, n),
        )
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def test_v1_library_upgrades():
    _v1_library()
    with open_library() as lib:
        assert lib._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (rec,) = lib.imports()
        assert (rec.status, rec.item_count, rec.sources) == ("complete", 2, ("old.zip",))
        assert lib.count(ItemFilter(text="version")) == 1
        assert lib.get("x:post:1").text == "hello from version one"
        lib.set_tags("x:post:2", [TagRow("o", "s", "r")])
        handle = lib.begin_import(["new.zip"], "x:9")
        handle.add_batch([lib.get("x:post:2")])
        handle.finish({})
        assert [r.sources for r in lib.imports()] == [("new.zip", "old.zip")]
    with open_library() as lib:  # and it opens again without another upgrade
        assert lib.count() == 2 and lib.count(ItemFilter(outcomes=["o"])) == 1


def test_newer_schema_is_refused_not_downgraded():
    _v1_library(version=SCHEMA_VERSION + 5)
    with pytest.raises(CorruptLibraryError, match="newer version"):
        open_library()


def test_v3_library_gets_a_positionless_text_index():
    """Version 3 indexed word positions; version 4 rebuilds the index without them."""
    from app.core.storage import schema
    from tests.core.storage.conftest import make_item

    with open_library() as lib:  # a current library, then turned back into version 3
        handle = lib.begin_import(["a.zip"], "x:1")
        handle.add_batch([make_item(1, text="privacy_policy notes"), make_item(2)])
        handle.finish({})
    conn = sqlcipher3.connect(str(db_path()))
    conn.execute(f"PRAGMA key = \"x'{secrets.load_key().hex()}'\"")
    for name in ("items_ai", "items_ad", "items_au"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE items_fts")
    for statement in split_statements(schema.FTS.replace(" detail=column,", "")):
        conn.execute(statement)
    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with open_library() as lib:
        sql = lib._conn.execute("SELECT sql FROM sqlite_master WHERE name = 'items_fts'")
        assert "detail=column" in sql.fetchone()[0]
        assert lib._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert lib.count(ItemFilter(text="gardening")) == 1
        assert lib.count(ItemFilter(text="privacy_pol")) == 1  # "_" parts: words, not a phrase
        assert lib.count(ItemFilter(text="notes priv", platforms=["x"])) == 1
