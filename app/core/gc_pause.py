"""Cyclic-GC settings shared by nested and concurrent jobs: set by the first, undone by the last."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Thresholds = tuple[int, int, int]


class SharedGcPause:
    """`with pause():` applies `adjust` to the GC thresholds (and optionally freezes the heap)
    while at least one user is inside; the saved thresholds come back when the last one leaves,
    also on errors and cancel."""

    def __init__(self, adjust: Callable[[Thresholds], Thresholds], *, freeze: bool) -> None:
        self._adjust = adjust
        self._freeze = freeze
        self._lock = threading.Lock()
        self._users = 0
        self._saved: Thresholds = gc.get_threshold()

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._users == 0:
                self._saved = gc.get_threshold()
                if self._freeze:
                    gc.freeze()
                gc.set_threshold(*self._adjust(self._saved))
            self._users += 1
        try:
            yield
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0:
                    gc.set_threshold(*self._saved)
                    if self._freeze:
                        gc.unfreeze()
