"""GUI shell figures: cold start to a shown window, and GUI-thread stalls during imports.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_shell.py [--tweets N] [--compare]
Cold start is measured from process launch (a fresh `python -m app --ephemeral`) until the
app prints that its first event-loop turn after show() ran. The stall is the longest gap
between ticks of a 5 ms QTimer on the GUI thread, while the window imports in its worker
("import") and then while the pages reload from the store ("after"); medians of --runs.
--compare also times the import as it was before the responsiveness fixes (full GC passes
during jobs, 4 MiB JSON slices, one connection for every query), in the same process. The
library is a saved (encrypted file) one unless --memory.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cold_start(runs: int) -> list[float]:
    env = dict(os.environ, OVERSHARE_STARTUP_PROBE="1", OVERSHARE_SMOKE_EXIT_MS="200")
    out = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
                env[var] = home
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-m", "app", "--ephemeral"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            assert proc.stdout is not None
            for line in proc.stdout:
                if "overshare-window-shown" in line:
                    out.append(time.perf_counter() - t0)
                    break
            proc.wait(30)
    return out


def x_archive(folder: Path, tweets: int) -> Path:
    data = folder / "data"
    data.mkdir(parents=True)
    records = [
        {
            "tweet": {
                "id_str": str(10**18 + i),
                "id": str(10**18 + i),
                "created_at": "Fri Mar 06 13:02:05 +0000 2026",
                "full_text": f"post number {i} about gardening and bikes",
                "entities": {"hashtags": [], "user_mentions": [], "urls": []},
                "retweeted": False,
            }
        }
        for i in range(tweets)
    ]
    body = json.dumps(records, indent=2, separators=(",", " : "))  # as X writes it (§1.2)
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + body)
    return folder


SAVED = [True]  # a saved (encrypted file) library as by default, else in memory (--memory)


def _window() -> Any:
    """A fresh main window over a new library, set up as run_gui() does it (the start-up
    heap frozen), so every import stores new items. Saved libraries use a passphrase in a
    temporary data folder (the real keyring and user folders are never touched)."""
    from app.core.storage.workshop import ephemeral_session, open_session
    from app.gui.main_window import MainWindow
    from app.gui.run import create_app
    from app.gui.state import AppState

    create_app()
    session = (
        open_session(ephemeral=False, mode="passphrase", passphrase="bench")
        if SAVED[0]
        else ephemeral_session()
    )
    window = MainWindow(AppState(session))
    window.show()
    gc.collect()
    gc.freeze()
    return window


@contextlib.contextmanager
def as_before() -> Iterator[None]:
    """The import as it ran before the responsiveness fixes (for --compare)."""
    import app.core.pipeline as pipeline
    import app.core.storage.db as db
    import app.gui.workers as workers
    from app.core.importers import jsonstream

    saved = (pipeline.young_gc_only, workers.young_gc_only)
    pool = db._reader_pool
    db._reader_pool = lambda key: None  # type: ignore[assignment,return-value]
    kw = jsonstream.iter_array.__kwdefaults__
    chunk = kw["chunk"]
    pipeline.young_gc_only = workers.young_gc_only = contextlib.nullcontext  # type: ignore
    kw["chunk"] = 4 << 20
    try:
        yield
    finally:
        pipeline.young_gc_only, workers.young_gc_only = saved
        kw["chunk"] = chunk
        db._reader_pool = pool


def import_stall(paths: list[Path]) -> tuple[float, float, float, int]:
    """(seconds, worst gaps in ms between 5 ms heartbeats during the import and after it
    while the pages reload, items) for one import in the window."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    window = _window()
    clock = QElapsedTimer()
    clock.start()
    gaps = [0, 0]  # during the import, after it
    phase = [0]
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps[phase[0]] = max(gaps[phase[0]], now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    loop = QEventLoop()
    items = [0]

    def done(outcome: Any) -> None:
        items[0] = outcome.inventory.total_items
        phase[0] = 1
        # let the dashboard recount (also off-thread) while the heartbeat keeps running
        window.dashboard_page.updated.connect(loop.quit)

    window.import_finished.connect(done)
    t0 = time.perf_counter()
    heart.start()
    last[0] = clock.elapsed()
    window.start_import(paths)
    loop.exec()
    seconds = time.perf_counter() - t0
    heart.stop()
    window.close()
    window.state.library.forget_everything()
    return seconds, float(gaps[0]), float(gaps[1]), items[0]


def stalls(label: str, paths: list[Path], runs: int) -> None:
    results = [import_stall(paths) for _ in range(runs)]
    secs, during, after = (statistics.median(r[k] for r in results) for k in range(3))
    print(
        f"{label} ({results[0][3]:,} items): {secs:.2f} s, worst GUI stall during import "
        f"{during:.0f} ms, after it {after:.0f} ms (medians of {runs}; runs: "
        f"{', '.join(f'{r[1]:.0f}/{r[2]:.0f}' for r in results)}; budget 50 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tweets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compare", action="store_true", help="also time the old import")
    parser.add_argument("--memory", action="store_true", help="in-memory (workshop) library")
    args = parser.parse_args()
    SAVED[0] = not args.memory
    starts = cold_start(args.runs)
    print(
        f"cold start to shown window: best {min(starts):.2f} s, worst {max(starts):.2f} s "
        f"({len(starts)} runs, budget 2 s)"
    )
    from app.core.paths import demo_dir

    with tempfile.TemporaryDirectory() as tmp:
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[var] = str(Path(tmp) / var.lower())
        os.environ.pop("OVERSHARE_HOME", None)
        demo = [p for p in sorted(demo_dir().iterdir()) if p.is_dir()]
        stalls("demo import + dashboard", demo, args.runs)
        archive = x_archive(Path(tmp) / "big", args.tweets)
        variants = [("now", contextlib.nullcontext())]
        if args.compare:
            variants.append(("before", as_before()))
        for name, context in variants:
            with context:
                stalls(f"synthetic X import + dashboard, {name}", [archive], args.runs)


if __name__ == "__main__":
    main()
