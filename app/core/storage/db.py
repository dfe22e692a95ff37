"""The encrypted local library: open it, query it, tag items, forget imports."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from typing import Any, Literal

import orjson

from app.core.errors import CorruptLibraryError, WrongKeyError
from app.core.jobs import CancelToken
from app.core.models import Item, ItemKind, Platform, Visibility
from app.core.storage import files, ingest, migrations, query, secrets
from app.core.storage.connection import connect, guarded
from app.core.storage.readers import ReaderPool
from app.core.storage.records import (
    IMPORT_COLUMNS,
    ITEM_COLUMNS,
    ImportRecord,
    ItemFilter,
    Sort,
    StoredItem,
    TagRow,
    from_micros,
    import_from_row,
    item_from_row,
    tag_from_row,
    tag_params,
)

Mode = Literal["keyring", "passphrase", "memory"]

MODE_DESCRIPTIONS = {
    "keyring": "Library saved encrypted; its key is kept in the system keyring ({backend}).",
    "passphrase": "Library saved encrypted with your passphrase; you will be asked for it "
    "each time (no usable system keyring).",
    "memory": "In-memory session: nothing is saved, and everything is gone when you close "
    "Overshare.",
}


class Library:
    """One open library. Thread-safe: a worker may import while the GUI queries."""

    def __init__(self, conn: Any, mode: Mode, readers: ReaderPool | None = None) -> None:
        self._conn = conn  # all writes, and reads too when there is no reader pool
        self._lock = threading.RLock()
        self._readers = readers  # saved libraries: reads never wait for other queries
        self.mode: Mode = mode

    # ---- state -------------------------------------------------------------------------
    @property
    def description(self) -> str:
        """One sentence for the UI/CLI saying where the data lives and how it is protected."""
        backend = secrets.backend_name() if self.mode == "keyring" else ""
        return MODE_DESCRIPTIONS[self.mode].format(backend=backend)

    def close(self) -> None:
        if self._readers is not None:
            self._readers.close()
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.execute("PRAGMA optimize")
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _db(self) -> Any:
        if self._conn is None:
            raise RuntimeError("the library is closed")
        return self._conn

    @contextlib.contextmanager
    def writes_cancellable_by(self, token: CancelToken) -> Iterator[None]:
        """Hold the writer for a group of writes that cancelling `token` aborts at once
        (sqlite3_interrupt: the statement stops, its transaction rolls back). The writer is
        held throughout, so no other query on it can be the one interrupted."""
        with self._lock:
            conn = self._db()
            live, gate = [True], threading.Lock()

            def stop() -> None:  # on the cancelling thread
                with gate:
                    if live[0]:
                        conn.interrupt()

            undo = token.on_cancel(stop)
            try:
                yield
            finally:
                with gate:  # still holding the writer: a late stop() interrupts nothing
                    live[0] = False
                undo()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        if self._readers is None:
            with self._lock, guarded():
                return list(self._db().execute(sql, tuple(params)).fetchall())
        self._db()  # raises once closed
        with guarded(), self._readers.connection() as conn:
            return list(conn.execute(sql, tuple(params)).fetchall())

    # ---- imports -------------------------------------------------------------------------
    def begin_import(
        self,
        inventory_sources: list[str],
        account_key: str | None = None,
        *,
        background: bool = False,
    ) -> ingest.ImportHandle:
        """Start an import. background=True stores batches on a writer thread while the
        caller reads the next one: queued items reach queries and set_tags only after
        handle.flush() or finish(), and a failure surfaces there or at the next add_batch."""
        return ingest.begin(self._db(), self._lock, inventory_sources, account_key, background)

    def imports(self, *, with_inventory: bool = False) -> list[ImportRecord]:
        """Every import, oldest first; their inventories (file reports, accounts) on request."""
        rows = self._rows(f"SELECT {IMPORT_COLUMNS} FROM imports ORDER BY id")
        return [import_from_row(r, with_inventory=with_inventory) for r in rows]

    def import_record(self, import_id: int) -> ImportRecord | None:
        rows = self._rows(f"SELECT {IMPORT_COLUMNS} FROM imports WHERE id = ?", (import_id,))
        return import_from_row(rows[0], with_inventory=True) if rows else None

    def forget_import(self, import_id: int) -> None:
        """Delete an import and its items, then scrub freed pages and the FTS index."""
        status = self._rows("SELECT status FROM imports WHERE id = ?", (import_id,))
        if status and status[0][0] == ingest.RUNNING:
            raise ValueError("cancel the running import before forgetting it")

        def body(c: Any) -> None:
            c.execute("DELETE FROM items WHERE import_id = ?", (import_id,))
            c.execute("DELETE FROM imports WHERE id = ?", (import_id,))

        with self._lock:
            conn = self._db()
            conn.execute("PRAGMA secure_delete = ON")
            try:
                ingest.transaction(conn, body)
                with guarded():
                    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.execute("PRAGMA secure_delete = OFF")

    def forget_everything(self, *, settings: bool = False) -> None:
        """Close and delete the whole library (and for a saved one, its key and files)."""
        mode = self.mode
        self.close()
        if mode != "memory":
            files.forget_everything(settings=settings)

    # ---- items -------------------------------------------------------------------------
    def _exact(self) -> bool:
        """Whether date keys are in date order (true unless odd dates were stored)."""
        return bool(self._rows(query.EXACT_ORDER_SQL)[0][0])

    def count(self, flt: ItemFilter | None = None) -> int:
        sql, params = query.count_sql(flt or ItemFilter(), exact=self._exact())
        return int(self._rows(sql, params)[0][0])

    def page(
        self,
        flt: ItemFilter | None = None,
        sort: Sort | str = Sort.NEWEST,
        offset: int = 0,
        limit: int = 200,
    ) -> list[StoredItem]:
        flt = flt or ItemFilter()
        # Broad text/tag conditions: walk the sort order and test rows; else collect matches.
        probes = query.probe_sqls(flt)
        per_row = bool(probes) and all(self._rows(q, p)[0][0] >= query.BROAD for q, p in probes)
        sql, params = query.page_sql(flt, Sort(sort), per_row=per_row, exact=self._exact())
        rows = self._rows(sql, [*params, limit, offset])
        tags = self._tags_for([r[0] for r in rows])
        return [_stored(r, tags.get(r[0], ())) for r in rows]

    def facets(self, flt: ItemFilter | None, facet: str) -> dict[str, int]:
        """Item counts per value of platform, kind, visibility, outcome or status."""
        sql, params = query.facet_sql(flt or ItemFilter(), facet, exact=self._exact())
        return {value: n for value, n in self._rows(sql, params)}

    def get(self, item_id: str) -> Item | None:
        rows = self._rows(f"SELECT {ITEM_COLUMNS} FROM items WHERE id = ?", (item_id,))
        return item_from_row(rows[0]) if rows else None

    def iter_items(self, flt: ItemFilter | None = None, batch: int = 1000) -> Iterator[list[Item]]:
        """Every matching Item in batches (for classifying and exports), by rowid."""
        where, params = query.where_clause(flt or ItemFilter())
        last = 0
        joiner = " AND " if where else " WHERE "
        while True:
            rows = self._rows(
                f"SELECT i.pk, {', '.join('i.' + c.strip() for c in ITEM_COLUMNS.split(','))} "
                f"FROM items i {where}{joiner}i.pk > ? ORDER BY i.pk LIMIT ?",
                [*params, last, batch],
            )
            if not rows:
                return
            last = rows[-1][0]
            yield [item_from_row(r[1:]) for r in rows]

    # ---- tags --------------------------------------------------------------------------
    def set_tags(self, item_id: str, rows: Sequence[TagRow]) -> None:
        self.set_tags_many([(item_id, rows)])

    def set_tags_many(self, entries: Sequence[tuple[str, Sequence[TagRow]]]) -> None:
        """Replace the tags of each item, all in one transaction. Unknown ids are ignored."""

        def body(c: Any) -> None:
            latest = dict(entries)  # an item listed twice gets its last tags
            ids = orjson.dumps(list(latest)).decode()
            found = dict(
                c.execute(
                    "SELECT i.id, i.pk FROM json_each(?) j CROSS JOIN items i ON i.id = j.value",
                    (ids,),
                ).fetchall()
            )
            pks = [(found[item_id], tags) for item_id, tags in latest.items() if item_id in found]
            c.execute(
                "DELETE FROM item_tags WHERE item_rowid IN (SELECT value FROM json_each(?))",
                (orjson.dumps([pk for pk, _ in pks]).decode(),),
            )
            c.executemany(
                "INSERT INTO item_tags VALUES (?,?,?,?,?,?)",
                [tag_params(pk, t) for pk, tags in pks for t in tags],
            )

        with self._lock:
            ingest.transaction(self._db(), body)

    def tags(self, item_id: str) -> list[TagRow]:
        rows = self._rows(
            "SELECT t.outcome, t.status, t.rule, t.currently_allowed, "
            "t.may_already_have_been_used FROM item_tags t JOIN items i ON i.pk = t.item_rowid "
            "WHERE i.id = ? ORDER BY t.rowid",
            (item_id,),
        )
        return [tag_from_row(r) for r in rows]

    def _tags_for(self, rowids: list[int]) -> dict[int, tuple[TagRow, ...]]:
        if not rowids:
            return {}
        rows = self._rows(
            "SELECT item_rowid, outcome, status, rule, currently_allowed, "
            f"may_already_have_been_used FROM item_tags WHERE item_rowid IN "
            f"({','.join('?' * len(rowids))}) ORDER BY rowid",
            rowids,
        )
        # Items share tags: one TagRow per distinct row and one tuple per distinct list keep
        # a page to a few dozen new objects (fewer young-GC pauses while the GUI scrolls).
        seen: dict[tuple[Any, ...], Any] = {}
        out: dict[int, list[TagRow]] = {}
        for r in rows:
            fields = r[1:]
            tag = seen.get(fields)
            if tag is None:
                tag = seen[fields] = tag_from_row(fields)
            out.setdefault(r[0], []).append(tag)
        lists: dict[tuple[TagRow, ...], tuple[TagRow, ...]] = {}
        return {k: lists.setdefault(tuple(v), tuple(v)) for k, v in out.items()}


def _stored(r: Sequence[Any], tags: tuple[TagRow, ...]) -> StoredItem:
    return StoredItem(
        rowid=r[0],
        id=r[1],
        platform=Platform(r[2]),
        kind=ItemKind(r[3]),
        created_at=from_micros(r[4]),
        visibility=Visibility(r[5]),
        text=r[6],
        target=r[7],
        import_id=r[8],
        tags=tags,
    )


# ---- opening -------------------------------------------------------------------------------
def _prepare(conn: Any, mode: Mode, readers: ReaderPool | None = None) -> Library:
    """Create or upgrade the schema, recover interrupted imports, wrap in a Library."""
    try:
        with guarded():
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version == 0:
                if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raise CorruptLibraryError("The library file has no schema version.")
                migrations.create(conn)
            else:
                migrations.upgrade(conn, version)
            ingest.recover_interrupted(conn)
    except BaseException:
        conn.close()
        raise
    return Library(conn, mode, readers)


def _reader_pool(key: bytes) -> ReaderPool:
    path = files.db_path()
    return ReaderPool(lambda: connect(path, key, wrong_key="The library key no longer fits."))


def _open_keyring() -> Library:
    if files.db_exists() and files.kdf_path().exists():
        raise WrongKeyError("This library is protected by a passphrase; enter it to open it.")
    key = secrets.load_key()  # raises KeyringUnavailable first when there is no backend
    if files.db_exists():
        if key is None:
            raise WrongKeyError(
                "The library key is missing from the system keyring, so the saved library "
                "cannot be opened; forget it to start a new one."
            )
    else:
        files.remove_db_files()
        key = secrets.create_key()
    files.library_dir().mkdir(parents=True, exist_ok=True)
    try:
        conn = connect(files.db_path(), key, wrong_key="")
    except WrongKeyError:
        raise CorruptLibraryError(
            "The library could not be opened: the key in the system keyring does not fit "
            "or the file is damaged."
        ) from None
    return _prepare(conn, "keyring", _reader_pool(key))


def _open_passphrase(passphrase: str | None) -> Library:
    if not passphrase:
        raise ValueError("a passphrase is needed to open the library in passphrase mode")
    if files.db_exists():
        data = files.read_kdf()
        if data is None:
            raise WrongKeyError(
                "This library's key is kept in the system keyring, not behind a passphrase."
            )
        try:
            params = secrets.KdfParams.from_json(data)
        except (KeyError, ValueError, TypeError):
            raise CorruptLibraryError(f"{files.KDF_NAME} is damaged.") from None
    else:
        files.remove_db_files()
        params = secrets.KdfParams.fresh()
        files.write_atomic(files.kdf_path(), orjson.dumps(params.to_json()))
    key = secrets.derive_key(passphrase, params)
    conn = connect(files.db_path(), key, wrong_key="The passphrase does not open this library.")
    return _prepare(conn, "passphrase", _reader_pool(key))


def open_library(mode: Mode = "keyring", passphrase: str | None = None) -> Library:
    """Open (or create) the library.

    Raises KeyringUnavailable (offer passphrase or memory), WrongKeyError (re-enter the
    passphrase or forget), CorruptLibraryError (forget); never replaces an unreadable
    library with an empty one.
    """
    if mode == "memory":
        return _prepare(connect(":memory:", None, wrong_key=""), "memory")
    if mode == "passphrase":
        return _open_passphrase(passphrase)
    if mode == "keyring":
        return _open_keyring()
    raise ValueError(f"unknown library mode {mode!r}")
