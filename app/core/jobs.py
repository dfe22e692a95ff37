"""Progress callback protocol and cancellation token for long core work."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol


class Progress(Protocol):
    def __call__(self, done: int, total: int, message: str) -> None: ...


def no_progress(done: int, total: int, message: str) -> None:
    """Default progress callback: ignore."""


class JobCancelled(Exception):
    """Raised inside a job when its CancelToken was cancelled."""


class CancelToken:
    """Thread-safe flag a front end sets and core work polls between records; work that
    cannot poll (one long SQLite statement) registers a callback that stops it."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            callbacks = list(self._callbacks)
        for fn in callbacks:
            fn()

    def on_cancel(self, fn: Callable[[], None]) -> Callable[[], None]:
        """Call fn (on the cancelling thread) when cancelled; returns the undo. Calls fn at
        once if already cancelled."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(fn)
                return lambda: self._remove(fn)
        fn()
        return lambda: None

    def _remove(self, fn: Callable[[], None]) -> None:
        with self._lock:
            if fn in self._callbacks:
                self._callbacks.remove(fn)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise JobCancelled()
