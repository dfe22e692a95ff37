"""Saved libraries read on pooled connections: a query never waits for another thread's."""

from __future__ import annotations

import threading

import pytest

from app.core.storage import ItemFilter, open_library
from tests.core.storage.conftest import make_item


def _in_thread(fn):
    """Run fn in a thread; return (finished within 10 s, its result or error)."""
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(_call(fn)), daemon=True)
    worker.start()
    worker.join(10)
    return (not worker.is_alive()), (out[0] if out else None)


def _call(fn):
    try:
        return fn()
    except Exception as exc:  # handed to the test
        return exc


def test_reads_do_not_wait_for_a_busy_writer_connection():
    with open_library() as lib:
        handle = lib.begin_import(["a.zip"], "x:1")
        handle.add_batch([make_item(n) for n in range(30)])
        record = handle.finish({})
        # Another thread holds the library's write lock (as a long import batch does).
        held, release = threading.Event(), threading.Event()

        def hold() -> None:
            with lib._lock:
                held.set()
                release.wait(10)

        holder = threading.Thread(target=hold, daemon=True)
        holder.start()
        held.wait(10)
        try:
            done, result = _in_thread(lambda: (lib.imports(), lib.count(ItemFilter(text="post"))))
        finally:
            release.set()
            holder.join(10)
        assert done, "a read waited for the writer's lock"
        imports, count = result  # type: ignore[misc]
        assert [r.id for r in imports] == [record.id] and count == 30


def test_reads_from_many_threads_see_committed_writes():
    with open_library() as lib:
        handle = lib.begin_import(["a.zip"], "x:1")
        handle.add_batch([make_item(n) for n in range(10)])
        assert lib.count() == 10  # committed batches are visible before finish()
        results = [_in_thread(lambda: lib.page(limit=5)) for _ in range(6)]
        assert all(done and len(rows) == 5 for done, rows in results)  # type: ignore[arg-type]
        handle.add_batch([make_item(n) for n in range(10, 15)])
        handle.abort()
        assert lib.count() == 0 and lib.imports() == []


def test_closed_library_refuses_reads():
    lib = open_library()
    lib.count()
    lib.close()
    with pytest.raises(RuntimeError):
        lib.count()
