"""Run core jobs off the GUI thread and map progress and cancel to signals; no widget access."""

from __future__ import annotations

import time
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.core.importing import ImportJob
from app.core.jobs import CancelToken, JobCancelled

_PROGRESS_INTERVAL = 0.05  # seconds between progress signals (20 Hz is plenty for a bar)


class ImportWorker(QObject):
    progress = Signal(int, int, str)  # done, total, message
    batch = Signal(object)  # list[Item], for the GUI thread to hand to a model or store
    finished = Signal(object)  # Inventory
    cancelled = Signal(object)  # partial Inventory
    failed = Signal(str, str)  # message, technical details

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.token = CancelToken()
        self._last = 0.0

    def _progress(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if now - self._last >= _PROGRESS_INTERVAL or done >= total:
            self._last = now
            self.progress.emit(done, total, message)

    @Slot()
    def run(self) -> None:
        job = ImportJob(self.paths, progress=self._progress, cancel=self.token)
        try:
            for batch in job.batches():
                self.batch.emit(batch)
        except JobCancelled:
            self.cancelled.emit(job.inventory)
            return
        except Exception as exc:  # reported to the user, never a silent thread death
            self.failed.emit(f"The import stopped unexpectedly: {exc}", traceback.format_exc())
            return
        self.finished.emit(job.inventory)

    def cancel(self) -> None:
        self.token.cancel()


class ImportTask(QObject):
    """Owns one worker and its thread; one import at a time."""

    def __init__(self, paths: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self.worker = ImportWorker(paths)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        for sig in (self.worker.finished, self.worker.cancelled, self.worker.failed):
            sig.connect(self._thread.quit)
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
