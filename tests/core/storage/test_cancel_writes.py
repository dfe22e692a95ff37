"""A cancel stops a library write at once (sqlite3_interrupt), and never another query."""

from __future__ import annotations

import threading
import time

import pytest

from app.core.jobs import CancelToken, JobCancelled
from app.core.paths import demo_dir
from app.core.pipeline import import_into_library
from app.core.policy import Classifier, UserContext, load_policy_set
from app.core.storage import Library, open_library

# A statement that runs for many seconds unless interrupted.
LONG = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
    "SELECT count(*) FROM (SELECT x FROM c LIMIT 500000000)"
)


def test_cancel_interrupts_the_write_in_progress():
    token = CancelToken()
    with open_library() as lib:
        threading.Timer(0.2, token.cancel).start()
        started = time.perf_counter()
        with pytest.raises(Exception, match="interrupt"), lib.writes_cancellable_by(token):
            lib._conn.execute(LONG).fetchone()
        assert time.perf_counter() - started < 2.0
        assert lib.count() == 0  # the library answers as before


def test_a_cancel_after_the_writes_interrupts_nothing():
    token = CancelToken()
    with open_library() as lib:
        with lib.writes_cancellable_by(token):
            lib._conn.execute("SELECT 1").fetchone()
        token.cancel()
        assert lib._conn.execute("SELECT 2").fetchone() == (2,)


def test_cancel_callbacks_run_once_can_be_undone_and_run_at_once_when_late():
    token, calls = CancelToken(), []
    undo = token.on_cancel(lambda: calls.append("undone"))
    token.on_cancel(lambda: calls.append("kept"))
    undo()
    token.cancel()
    assert calls == ["kept"]
    token.on_cancel(lambda: calls.append("late"))
    assert calls == ["kept", "late"]


def test_import_cancelled_mid_write_is_reported_as_cancelled_and_keeps_nothing(monkeypatch):
    token = CancelToken()
    real = Library.set_tags_many

    def slow_tags(self, entries):  # type: ignore[no-untyped-def]
        real(self, entries)
        threading.Timer(0.2, token.cancel).start()
        self._conn.execute(LONG).fetchone()  # a write that would take many seconds

    monkeypatch.setattr(Library, "set_tags_many", slow_tags)
    classifier = Classifier(load_policy_set(), UserContext(region="EU"))
    with open_library() as lib:
        started = time.perf_counter()
        with pytest.raises(JobCancelled):
            import_into_library([demo_dir() / "x-archive"], lib, classifier, cancel=token)
        assert time.perf_counter() - started < 3.0
        assert lib.count() == 0 and lib.imports() == []
