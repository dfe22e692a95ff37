"""Progress callback protocol and cancellation token for long core work."""

from __future__ import annotations

import threading
from typing import Protocol


class Progress(Protocol):
    def __call__(self, done: int, total: int, message: str) -> None: ...


def no_progress(done: int, total: int, message: str) -> None:
    """Default progress callback: ignore."""


class JobCancelled(Exception):
    """Raised inside a job when its CancelToken was cancelled."""


class CancelToken:
    """Thread-safe flag a front end sets and core work polls between records."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise JobCancelled()
