"""Store queries for the item browser, run on one worker thread so the GUI never waits.

Counting a filter over a million rows, or a page deep into it (SQLite walks OFFSET rows),
can take longer than a frame. Requests queue here; the newest page request runs first and
stale ones are dropped, so fast scrolling only loads what is on screen.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.core.storage import ItemFilter, Library, Sort

MAX_QUEUED_PAGES = 8
Result = tuple[str, tuple[Any, ...]]  # (signal name, its arguments)


class StoreLoader(QObject):
    """Emits plain data from a worker thread; receivers run on the GUI thread (queued)."""

    first_page = Signal(int, object)  # generation, first page (list[StoredItem])
    counted = Signal(int, int)  # generation, row count
    page_loaded = Signal(int, int, object)  # generation, page index, list[StoredItem]
    facets_loaded = Signal(int, object)  # generation, {facet: {value: items}}
    failed = Signal(int, str)  # generation, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Created first, so it is destroyed (waiting for a running query) before anything else.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._pages: deque[tuple[int, Callable[[], None]]] = deque()
        self._urgent: deque[tuple[str, Callable[[], None]]] = deque()  # (kind, job)
        self._running = False
        self._idle = threading.Event()
        self._idle.set()

    # ---- requests (GUI thread) ------------------------------------------------------------
    def count(
        self, gen: int, library: Library, flt: ItemFilter, sort: Sort, page_size: int
    ) -> None:
        """First page of `flt`, then its count (skipped when the first page is short).

        Drops every queued page and count of earlier filters (they are stale).
        """
        known: dict[str, int] = {}

        def first() -> Result:
            rows = library.page(flt, sort, 0, page_size)
            if len(rows) < page_size:
                known["n"] = len(rows)  # the whole result: no need to count
            return "first_page", (gen, rows)

        def total() -> Result:
            n = known.get("n")
            return "counted", (gen, library.count(flt) if n is None else n)

        with self._lock:
            self._pages.clear()
            self._urgent = deque(e for e in self._urgent if e[0] != "count")
            self._urgent.append(("count", self._guard(gen, first)))
            self._urgent.append(("count", self._guard(gen, total)))
        self._kick()

    def page(
        self, gen: int, library: Library, flt: ItemFilter, sort: Sort, index: int, size: int
    ) -> list[int]:
        """Queue one page; returns the indices of older queued pages dropped to make room."""

        def job() -> Result:
            return "page_loaded", (gen, index, library.page(flt, sort, index * size, size))

        dropped = []
        with self._lock:
            self._pages.append((index, self._guard(gen, job)))
            while len(self._pages) > MAX_QUEUED_PAGES:
                dropped.append(self._pages.popleft()[0])
        self._kick()
        return dropped

    def facets(self, gen: int, library: Library, names: tuple[str, ...]) -> None:
        def job() -> Result:
            return "facets_loaded", (gen, {n: library.facets(None, n) for n in names})

        with self._lock:
            self._urgent.append(("facets", self._guard(gen, job)))
        self._kick()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until no query runs (tests, shutdown); the GIL is released meanwhile."""
        return self._idle.wait(timeout)

    # ---- worker --------------------------------------------------------------------------
    def _guard(self, gen: int, job: Callable[[], Result]) -> Callable[[], None]:
        def run() -> None:
            try:
                name, args = job()
            except Exception as exc:  # e.g. the library was closed: reported, never lost
                name, args = "failed", (gen, str(exc) or type(exc).__name__)
            try:
                getattr(self, name).emit(*args)
            except RuntimeError:  # this loader is being destroyed: stop quietly
                with self._lock:
                    self._urgent.clear()
                    self._pages.clear()

        return run

    def _kick(self) -> None:
        with self._lock:
            if self._running:
                return
            self._running = True
            self._idle.clear()
        self._pool.start(self._drain)

    def _drain(self) -> None:
        while True:
            with self._lock:
                job: Any
                if self._urgent:
                    job = self._urgent.popleft()[1]
                elif self._pages:
                    job = self._pages.pop()[1]  # newest first: what the user looks at now
                else:
                    self._running = False
                    self._idle.set()
                    return
            job()
