"""Work off the GUI thread: run_busy keeps the GUI live; jobs stop when their window lets go."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from app.gui import busy


def test_quick_call_returns_its_result_without_a_dialog(qapp):
    assert busy.run_busy(lambda: threading.current_thread().name, None, "x") == "overshare-open"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                and w.isVisible()]  # fmt: skip


def test_errors_reach_the_caller(qapp):
    def fail() -> None:
        raise ValueError("wrong key")

    with pytest.raises(ValueError, match="wrong key"):
        busy.run_busy(fail, None, "x")


def test_slow_call_shows_a_dialog_and_events_keep_flowing(qapp, monkeypatch):
    monkeypatch.setattr(busy, "SHOW_AFTER_S", 0.05)
    ticks: list[float] = []
    seen: list[str] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)

    def look() -> None:
        seen.extend(w.labelText() for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible())  # fmt: skip

    QTimer.singleShot(250, look)
    assert busy.run_busy(lambda: time.sleep(0.5) or 7, None, "Opening your library…") == 7
    timer.stop()
    assert seen == ["Opening your library…"]
    assert len(ticks) >= 10  # the GUI thread ran its timers while waiting
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                and w.isVisible()]  # fmt: skip


def test_a_job_whose_task_was_deleted_stops_quietly(qapp):
    """The window may drop a job (close, workshop reset) before its thread ends."""
    import shiboken6

    from app.core.jobs import JobCancelled
    from app.gui.workers import JobTask

    gate = threading.Event()
    seen: list[str] = []

    def job(progress, cancel):  # type: ignore[no-untyped-def]
        gate.wait(5)
        for n in range(100):
            progress(n, 100, "working")
            if cancel.cancelled:
                seen.append("cancelled")
                raise JobCancelled()
            time.sleep(0.06)
        return 1

    task = JobTask(job, "failed")
    task.start()
    thread = task._thread
    shiboken6.delete(task)  # the C++ objects go at once, the thread runs on
    gate.set()
    assert thread is not None
    thread.join(5)
    assert not thread.is_alive() and seen == ["cancelled"]
