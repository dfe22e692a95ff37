"""Run core jobs off the GUI thread and map progress and cancel to signals; no widget access.

A job is a plain function `fn(progress, cancel) -> result`. It runs on a Python thread; its
signals belong to a QObject that stays on the GUI thread all along, so they reach GUI slots
queued, and no Qt object is ever moved between threads or destroyed off the GUI thread.
(A worker QObject living in a QThread deadlocked twice: destroyed there, and moved back from
there, Qt took a lock while the thread held the GIL that a GUI thread inside the same lock
was waiting for.) Reports exactly one of finished(result), cancelled() or failed(message,
details).
"""

from __future__ import annotations

import contextlib
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.errors import OvershareError
from app.core.jobs import CancelToken, JobCancelled, Progress
from app.core.pipeline import import_into_library, reclassify, young_gc_only
from app.core.policy import Classifier, PolicySet, UserContext
from app.core.storage import Library

_PROGRESS_INTERVAL = 0.05  # seconds between progress signals (20 Hz is plenty for a bar)

JobFn = Callable[[Progress, CancelToken], Any]


class JobWorker(QObject):
    progress = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # the job's result
    cancelled = Signal()
    failed = Signal(str, str)  # message, technical details

    def __init__(self, fn: JobFn, failure: str, parent: QObject | None = None) -> None:
        super().__init__(parent)  # lives on the GUI thread; only run() runs elsewhere
        self._fn = fn
        self._failure = failure
        self.token = CancelToken()
        self._last = 0.0

    def _progress(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if now - self._last >= _PROGRESS_INTERVAL or done >= total:
            self._last = now
            try:
                self.progress.emit(done, total, message)
            except RuntimeError:  # the window let go of this job (closed, reset): stop it
                self.token.cancel()

    def run(self) -> None:
        """The job, on the calling (worker) thread; ends with exactly one result signal."""
        signal: Any
        args: tuple[Any, ...]
        try:
            with young_gc_only():  # no full GC pauses holding the GIL while the GUI waits
                result = self._fn(self._progress, self.token)
            signal, args = self.finished, (result,)
        except JobCancelled:
            signal, args = self.cancelled, ()
        except OvershareError as exc:
            signal, args = self.failed, (exc.message, traceback.format_exc())
        except Exception as exc:  # reported to the user, never a silent thread death
            signal, args = self.failed, (f"{self._failure}: {exc}", traceback.format_exc())
        with contextlib.suppress(RuntimeError):  # nobody is left to tell (object deleted)
            signal.emit(*args)

    def cancel(self) -> None:
        self.token.cancel()


class JobTask(QObject):
    """Owns one worker and its thread. Connect to `worker` signals, then start()."""

    def __init__(self, fn: JobFn, failure: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = JobWorker(fn, failure, self)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self.worker.run, name="overshare-job", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def wait(self, ms: int = 5000) -> bool:
        """Wait up to `ms` for the job to end (its result signal is then queued)."""
        if self._thread is not None:
            self._thread.join(ms / 1000)
        return not self.running

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()


class ImportTask(JobTask):
    """Import archives into the library and tag them; finished(ImportOutcome).

    On cancel or error the pipeline rolls the partial import back, so nothing half-done stays.
    """

    def __init__(
        self,
        paths: Sequence[Path],
        library: Library,
        classifier: Classifier,
        parent: QObject | None = None,
    ) -> None:
        self.paths = list(paths)

        def job(progress: Progress, cancel: CancelToken) -> Any:
            return import_into_library(
                self.paths, library, classifier, progress=progress, cancel=cancel
            )

        super().__init__(job, "The import stopped unexpectedly", parent)


class ReclassifyTask(JobTask):
    """Re-tag every stored item under a new context; finished(int items)."""

    def __init__(
        self,
        library: Library,
        policy_set: PolicySet,
        ctx: UserContext,
        parent: QObject | None = None,
    ) -> None:
        def job(progress: Progress, cancel: CancelToken) -> Any:
            classifier = Classifier(policy_set, ctx)
            return reclassify(library, classifier, progress=progress, cancel=cancel)

        super().__init__(job, "Updating the exposure tags failed", parent)


class ForgetImportTask(JobTask):
    """Delete one import and its items (secure delete can take a while on big libraries)."""

    def __init__(self, library: Library, import_id: int, parent: QObject | None = None) -> None:
        def job(progress: Progress, cancel: CancelToken) -> Any:
            library.forget_import(import_id)
            return import_id

        super().__init__(job, "Forgetting the archive failed", parent)
