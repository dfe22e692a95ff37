"""Run core jobs off the GUI thread and map progress and cancel to signals; no widget access.

A job is a plain function `fn(progress, cancel) -> result`. The worker runs it in a QThread
and reports exactly one of finished(result), cancelled() or failed(message, details).
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

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

    def __init__(self, fn: JobFn, failure: str) -> None:
        super().__init__()  # no parent: moved to the worker thread
        self._fn = fn
        self._failure = failure
        self.token = CancelToken()
        self._last = 0.0

    def _progress(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if now - self._last >= _PROGRESS_INTERVAL or done >= total:
            self._last = now
            self.progress.emit(done, total, message)

    @Slot()
    def run(self) -> None:
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
        # Hand the worker back to the GUI thread so deleteLater destroys it there: destroying a
        # Python-backed QObject in the worker thread takes Qt's connection lock and then waits for
        # the GIL, which deadlocks against a GUI thread that holds the GIL while connecting.
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        signal.emit(*args)

    def cancel(self) -> None:
        self.token.cancel()


class JobTask(QObject):
    """Owns one worker and its thread. Connect to `worker` signals, then start()."""

    def __init__(self, fn: JobFn, failure: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self.worker = JobWorker(fn, failure)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        # Direct: QThread.quit is thread-safe, and a queued quit would wait for the GUI thread,
        # so wait() from the GUI thread (stop_jobs, reset, close) would run into its timeout.
        for sig in (self.worker.finished, self.worker.cancelled, self.worker.failed):
            sig.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self.worker.deleteLater)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def wait(self, ms: int = 5000) -> bool:
        return bool(self._thread.wait(ms))

    @property
    def running(self) -> bool:
        return bool(self._thread.isRunning())


# Backwards-compatible name for the import worker class.
ImportWorker = JobWorker


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
