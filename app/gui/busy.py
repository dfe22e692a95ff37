"""Run one blocking call off the GUI thread while the GUI stays live (opening the library:
key derivation, and after an update a one-time schema upgrade that takes seconds for a
large library). A busy dialog appears only if the call takes noticeably long."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

SHOW_AFTER_S = 0.4  # shorter waits pass without a dialog flashing up


def run_busy(fn: Callable[[], T], parent: QWidget | None, text: str) -> T:
    """fn() on a worker thread; returns its result or raises its exception here."""
    result: list[T] = []
    error: list[BaseException] = []

    def work() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # handed to the caller's thread
            error.append(exc)

    worker = threading.Thread(target=work, name="overshare-open", daemon=True)
    worker.start()
    worker.join(0.05)  # the usual case: done before any event loop is needed
    if worker.is_alive():
        _wait(worker, parent, text)
    if error:
        raise error[0]
    return result[0]


def _wait(worker: threading.Thread, parent: QWidget | None, text: str) -> None:
    loop = QEventLoop()
    started = time.monotonic()
    dialog: list[QProgressDialog] = []

    def poll() -> None:
        if not worker.is_alive():
            loop.quit()
        elif not dialog and time.monotonic() - started >= SHOW_AFTER_S:
            box = QProgressDialog(text, "", 0, 0, parent)
            box.setCancelButton(None)
            box.setWindowTitle(QCoreApplication.translate("busy", "Overshare"))
            box.setWindowModality(Qt.WindowModality.ApplicationModal)
            box.setMinimumDuration(0)
            box.setMinimumWidth(360)
            box.show()
            dialog.append(box)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(30)
    loop.exec()
    timer.stop()
    for box in dialog:
        box.close()
        box.deleteLater()
