"""Writing an import into the library: one transaction per batch, a status row per import.

An import row is 'running' until finish(). A process killed mid-import leaves it running;
the next open rolls it back (items it brought in are removed, items it re-saw go back to
their previous import) and marks it 'interrupted'. It is never shown as complete.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import orjson

from app.core.models import Item
from app.core.storage.connection import DatabaseError, typed_error
from app.core.storage.records import (
    BATCH_UPSERT_SQL,
    IMPORT_COLUMNS,
    NEXT_STRAY_SQL,
    USED_KEYS_SQL,
    ImportRecord,
    assign_date_keys,
    import_from_row,
    item_row,
)
from app.core.storage.writer import BatchWriter

RUNNING, COMPLETE, INTERRUPTED = "running", "complete", "interrupted"
_JSON_OPTS = orjson.OPT_NON_STR_KEYS


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def transaction(conn: Any, body: Any) -> Any:
    """Run body(conn) in one write transaction; roll back and raise a typed error on failure."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = body(conn)
        conn.execute("COMMIT")
        return result
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, DatabaseError):
            raise typed_error(exc) from None
        raise


def rollback_import(conn: Any, import_id: int) -> None:
    """Undo an unfinished import's items (inside the caller's transaction)."""
    conn.execute(
        "UPDATE items SET import_id = prev_import_id, prev_import_id = NULL "
        "WHERE import_id = ? AND prev_import_id IN "
        "(SELECT id FROM imports WHERE status = ?)",
        (import_id, COMPLETE),
    )
    conn.execute("DELETE FROM items WHERE import_id = ?", (import_id,))


def recover_interrupted(conn: Any) -> None:
    """At open: roll back imports a killed process left 'running'."""
    stale = [r[0] for r in conn.execute("SELECT id FROM imports WHERE status = ?", (RUNNING,))]
    for import_id in stale:

        def body(c: Any, iid: int = import_id) -> None:
            rollback_import(c, iid)
            c.execute(
                "UPDATE imports SET status = ?, item_count = 0, finished_at = ? WHERE id = ?",
                (INTERRUPTED, now(), iid),
            )

        transaction(conn, body)


class ImportHandle:
    """Streams one import's item batches into the library."""

    def __init__(
        self, conn: Any, lock: threading.RLock, import_id: int, background: bool = False
    ) -> None:
        self._conn = conn
        self._lock = lock
        self.id = import_id
        self.items_written = 0
        self._open = True
        self._writer = BatchWriter(self._write) if background else None

    def add_batch(self, items: Sequence[Item]) -> int:
        """Upsert one batch in its own transaction; returns how many rows were written.

        In background mode the batch is queued instead, and a failure to write it is raised
        by a later add_batch() or by finish() (the failing batch is rolled back either way).
        """
        if not self._open:
            raise RuntimeError("this import is finished or aborted")
        if not items:
            return 0
        rows = [item_row(it, self.id) for it in items]
        if self._writer is not None:
            self._writer.add(rows)
        else:
            self._write(rows)
        self.items_written += len(rows)
        return len(rows)

    def flush(self) -> None:
        """Wait until queued batches are stored (background mode): items are visible to
        queries and set_tags only then. Raises a failure to store one of them."""
        if self._writer is not None:
            self._writer.flush()

    def _write(self, rows: list[Any]) -> None:
        def body(c: Any) -> None:
            ranges = orjson.dumps([r[14] for r in rows]).decode()
            used = [u for (u,) in c.execute(USED_KEYS_SQL, (ranges,)).fetchall()]
            assign_date_keys(rows, used, lambda: c.execute(NEXT_STRAY_SQL).fetchone()[0])
            c.execute(BATCH_UPSERT_SQL, (orjson.dumps(rows, option=_JSON_OPTS).decode(),))
            c.execute(
                "UPDATE imports SET item_count = item_count + ? WHERE id = ?", (len(rows), self.id)
            )

        with self._lock:
            transaction(self._conn, body)

    def _stop_writer(self, *, check: bool) -> None:
        writer, self._writer = self._writer, None
        if writer is None:
            return
        try:
            writer.flush()
        except BaseException:
            if check:
                raise
        finally:
            writer.stop()

    def set_account_key(self, account_key: str | None) -> None:
        """Record which account this import is (known only once the archive is read)."""

        def body(c: Any) -> None:
            c.execute("UPDATE imports SET account_key = ? WHERE id = ?", (account_key, self.id))

        with self._lock:
            transaction(self._conn, body)

    def finish(self, inventory_json: dict[str, Any]) -> ImportRecord:
        """Mark the import complete and fold earlier imports of the same account into it."""
        if not self._open:
            raise RuntimeError("this import is finished or aborted")
        self._stop_writer(check=True)
        inventory = orjson.dumps(inventory_json, option=orjson.OPT_NON_STR_KEYS)

        def body(c: Any) -> Any:
            iid = self.id
            sources, account = c.execute(
                "SELECT sources, account_key FROM imports WHERE id = ?", (iid,)
            ).fetchone()
            merged: list[str] = list(orjson.loads(sources))
            # Earlier imports of the same account, or of the same archive(s), are superseded:
            # items the new export no longer has stay, now listed under this import.
            for oid, osources, oaccount in c.execute(
                "SELECT id, sources, account_key FROM imports WHERE id != ? AND status = ?",
                (iid, COMPLETE),
            ).fetchall():
                if (account is not None and oaccount == account) or osources == sources:
                    c.execute("UPDATE items SET import_id = ? WHERE import_id = ?", (iid, oid))
                    c.execute("DELETE FROM imports WHERE id = ?", (oid,))
                    merged += [s for s in orjson.loads(osources) if s not in merged]
            # Other imports that lost items to this one get their counts refreshed.
            c.execute(
                "UPDATE imports SET item_count = "
                "(SELECT count(*) FROM items WHERE import_id = imports.id) "
                "WHERE id = ? OR id IN "
                "(SELECT DISTINCT prev_import_id FROM items WHERE import_id = ?)",
                (iid, iid),
            )
            c.execute(
                "UPDATE imports SET status = ?, finished_at = ?, inventory = ?, sources = ? "
                "WHERE id = ?",
                (COMPLETE, now(), inventory, orjson.dumps(merged), iid),
            )
            return c.execute(
                f"SELECT {IMPORT_COLUMNS} FROM imports WHERE id = ?", (iid,)
            ).fetchone()

        with self._lock:
            row = transaction(self._conn, body)
            self._conn.execute("PRAGMA optimize")
        self._open = False
        return import_from_row(row, with_inventory=True)

    def abort(self) -> None:
        """Cancel: remove what this import added and its row, as if it never ran."""
        if not self._open:
            return
        self._stop_writer(check=False)

        def body(c: Any) -> None:
            rollback_import(c, self.id)
            c.execute("DELETE FROM imports WHERE id = ?", (self.id,))

        with self._lock:
            transaction(self._conn, body)
        self._open = False

    def __enter__(self) -> ImportHandle:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self._open:
            self.abort()


def begin(
    conn: Any,
    lock: threading.RLock,
    sources: list[str],
    account: str | None,
    background: bool = False,
) -> ImportHandle:
    def body(c: Any) -> int:
        cur = c.execute(
            "INSERT INTO imports (status, started_at, sources, account_key) VALUES (?,?,?,?)",
            (RUNNING, now(), orjson.dumps(list(sources)), account),
        )
        return int(cur.lastrowid)

    with lock:
        import_id = transaction(conn, body)
    return ImportHandle(conn, lock, import_id, background)
