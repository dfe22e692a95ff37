"""A background writer: stores an import's batches on a thread of its own, so that reading
the archive (Python) and writing the library (SQLite, which releases the GIL) overlap.

When the writer falls behind, the batches waiting for it are written together in one
transaction (fewer commits, each of which writes every page it touched). A failed write is
kept and raised by the next add/flush; later batches are dropped.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

_STOP = object()


class BatchWriter:
    def __init__(
        self, write: Callable[[list[Any]], None], depth: int = 4, join_rows: int = 8000
    ) -> None:
        self._write = write
        self._join_rows = join_rows
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="library-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            got = [self._queue.get()]
            rows: list[Any] = []
            while got[-1] is not _STOP:
                rows += got[-1]
                if len(rows) >= self._join_rows:
                    break
                try:
                    got.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                if rows and self._error is None:
                    self._write(rows)
            except BaseException as exc:  # kept for the caller's thread
                self._error = exc
            finally:
                for _ in got:
                    self._queue.task_done()
            if got[-1] is _STOP:
                return

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def add(self, rows: list[Any]) -> None:
        """Queue one batch (waits while `depth` batches are pending); raises an earlier failure."""
        self._raise()
        self._queue.put(rows)

    def flush(self) -> None:
        """Wait until every queued batch is written; raise the failure if one failed."""
        self._queue.join()
        self._raise()

    def stop(self) -> None:
        self._queue.put(_STOP)
        self._thread.join()
