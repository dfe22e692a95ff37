"""Read-only connections for a saved library, so that a query never waits for another one.

With one connection, the GUI thread asking for the import list waited behind whatever a
worker was running (a dashboard count, a page of search results, a write): 50-200 ms
stalls. In WAL mode any number of connections read at once and never wait for the writer.
A connection is taken for one query and handed back; the pool keeps the idle ones (their
page caches stay warm) and opens another only when all are busy.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

MAX_IDLE = 4
_READER_CACHE_KIB = 16384  # per connection; the writer keeps the big cache


class ReaderPool:
    def __init__(self, opener: Callable[[], Any]) -> None:
        self._open = opener
        self._lock = threading.Lock()
        self._idle: list[Any] = []
        self._closed = False

    @contextlib.contextmanager
    def connection(self) -> Iterator[Any]:
        with self._lock:
            if self._closed:
                raise RuntimeError("the library is closed")
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._open()
            conn.execute(f"PRAGMA cache_size = -{_READER_CACHE_KIB}")
            conn.execute("PRAGMA query_only = ON")
        try:
            yield conn
        finally:
            with self._lock:
                keep = not self._closed and len(self._idle) < MAX_IDLE
                if keep:
                    self._idle.append(conn)
            if not keep:
                conn.close()

    def close(self) -> None:
        """Close the idle connections; busy ones close when their query ends."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            with contextlib.suppress(Exception):
                conn.close()
