"""X import speed and memory against the floor (inflate + orjson.loads of each data file).

    python benchmarks/bench_import.py                      # generates 200k/200k/20k first
    python benchmarks/bench_import.py --archive twitter-2026-….zip
    python benchmarks/bench_import.py --profile            # cProfile of our import, top 25

Each side runs in a fresh subprocess so their peak RSS figures are separate.
Targets: our wall time <= 1.5x the floor, our peak RSS <= 300 MB.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import zipfile
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report, run_child, timed

WALL_TARGET = 1.5
RSS_TARGET_MB = 300


def floor(archive: Path) -> None:
    records = nbytes = 0
    with timed() as t, zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            if not (info.filename.startswith("data/") and info.filename.endswith(".js")):
                continue
            data = zf.read(info)
            nbytes += len(data)
            value = orjson.loads(data[data.index(b"=") + 1 :])
            records += len(value) if isinstance(value, list) else 1
            del value, data
    report({"wall": t["wall"], "cpu": t["cpu"], "records": records, "bytes": nbytes})


def ours(archive: Path, profile: bool = False) -> None:
    from app.core.importing import ImportJob

    items = 0
    prof = cProfile.Profile() if profile else None
    with timed() as t:
        if prof:
            prof.enable()
        for batch in ImportJob([archive]).batches():
            items += len(batch)
        if prof:
            prof.disable()
    if prof:
        pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(25)
        pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    report({"wall": t["wall"], "cpu": t["cpu"], "items": items})


def main() -> None:
    ap = argparse.ArgumentParser(description="X import benchmark")
    ap.add_argument("--archive", type=Path)
    ap.add_argument("--tweets", type=int, default=200_000)
    ap.add_argument("--likes", type=int, default=200_000)
    ap.add_argument("--dms", type=int, default=20_000)
    ap.add_argument("--profile", action="store_true", help="cProfile our import (no comparison)")
    ap.add_argument("--child", nargs=2, metavar=("WHICH", "ARCHIVE"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        which, path = a.child
        floor(Path(path)) if which == "floor" else ours(Path(path), which == "profile")
        return
    with tempfile.TemporaryDirectory() as tmp:
        archive = a.archive
        if archive is None:
            from gen_x_archive import generate

            archive = generate(Path(tmp) / "twitter-2026-03-06-bench.zip", a.tweets, a.likes, a.dms)
            print(f"generated {archive.name}: {a.tweets:,} tweets, {a.likes:,} likes, "
                  f"{a.dms:,} DMs, {archive.stat().st_size:,} bytes zipped")  # fmt: skip
        if a.profile:
            print(run_child(Path(__file__), "profile", str(archive)))
            return
        fl = run_child(Path(__file__), "floor", str(archive))
        us = run_child(Path(__file__), "ours", str(archive))
    print(f"{'':24}{'floor':>14}{'ours':>14}{'ratio':>10}")
    print(f"{'wall time (s)':24}{fl['wall']:>14.2f}{us['wall']:>14.2f}"
          f"{us['wall'] / fl['wall']:>10.2f}")  # fmt: skip
    print(f"{'peak RSS (MB)':24}{fl['peak_rss_mb']:>14.0f}{us['peak_rss_mb']:>14.0f}"
          f"{us['peak_rss_mb'] / fl['peak_rss_mb']:>10.2f}")  # fmt: skip
    print(f"{'records / items':24}{fl['records']:>14,}{us['items']:>14,}")
    print(f"{'items per second':24}{'':>14}{us['items'] / us['wall']:>14,.0f}")
    ok_wall = us["wall"] <= WALL_TARGET * fl["wall"]
    ok_rss = us["peak_rss_mb"] <= RSS_TARGET_MB
    print(f"targets: wall <= {WALL_TARGET}x floor: {'met' if ok_wall else 'MISSED'}; "
          f"peak RSS <= {RSS_TARGET_MB} MB: {'met' if ok_rss else 'MISSED'}")  # fmt: skip


if __name__ == "__main__":
    main()
