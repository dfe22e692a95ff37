"""Helpers shared by the benchmark scripts: peak RSS, timing, running a measurement in a child."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


@contextmanager
def timed() -> Iterator[dict[str, float]]:
    """`with timed() as t: ...` then t["wall"] and t["cpu"] hold seconds."""
    out: dict[str, float] = {}
    w, c = time.perf_counter(), time.process_time()
    try:
        yield out
    finally:
        out["wall"] = time.perf_counter() - w
        out["cpu"] = time.process_time() - c


def run_child(script: Path, *args: str) -> dict[str, Any]:
    """Run `python script --child ...` in a fresh process; it prints one JSON line last."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    proc = subprocess.run(
        [sys.executable, str(script), "--child", *args],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"child {args} failed:\n{proc.stderr}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def report(result: dict[str, Any]) -> None:
    """Child side: print the measurement as the last stdout line."""
    print(json.dumps({**result, "peak_rss_mb": round(peak_rss_mb(), 1)}))
