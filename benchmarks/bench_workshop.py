"""Workshop benchmark: the anonymous group summary and "reset for the next person".

Run: python benchmarks/bench_workshop.py [N]   (default 100,000 items in an in-memory library)
Prints seconds to count the summary (the group summary dialog's worker) and to reset the
workshop window (new session, pages reloaded). Nothing is written outside memory.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_report import make_items


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    from PySide6.QtWidgets import QApplication

    from app.core.jobs import CancelToken
    from app.core.storage.workshop import ephemeral_session
    from app.gui.main_window import MainWindow
    from app.gui.state import AppState
    from app.gui.workshop_summary_job import library_summary

    app = QApplication.instance() or QApplication([])
    state = AppState(ephemeral_session())
    handle = state.library.begin_import(["bench.zip"], "bench:1")
    for batch in make_items(n):
        handle.add_batch(batch)
    handle.finish({})
    window = MainWindow(state)
    window.workshop.start(presenter=False)

    start = time.perf_counter()
    summary = library_summary(
        state.library, state.classifier(), None, lambda *_: None, CancelToken()
    )
    counted = time.perf_counter() - start
    total = sum(sum(kinds.values()) for kinds in summary["kinds"].values())
    print(f"group summary: {total:,} items counted in {counted:.2f} s")

    start = time.perf_counter()
    window.workshop.reset(confirm=False)
    app.processEvents()
    print(f"reset for the next person: {time.perf_counter() - start:.3f} s")
    window.workshop.shutdown()
    window.state.session.close()


if __name__ == "__main__":
    main()
