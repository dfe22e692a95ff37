"""Facebook + Instagram import speed and memory against the floor (inflate + orjson.loads).

    python benchmarks/bench_meta.py  # generates 500k messages, 50k posts, 200k reactions
    python benchmarks/bench_meta.py --zips a.zip b.zip    # real or pre-generated exports
    python benchmarks/bench_meta.py --profile             # cProfile of our import, top 25

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
from common import ROOT, report, run_child, timed

WALL_TARGET = 1.5
RSS_TARGET_MB = 300


def floor(zips: list[Path]) -> None:
    files = nbytes = 0
    with timed() as t:
        for path in zips:
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if not info.filename.endswith(".json"):
                        continue
                    data = zf.read(info)
                    nbytes += len(data)
                    value = orjson.loads(data)
                    files += 1
                    del value, data
    report({"wall": t["wall"], "cpu": t["cpu"], "records": files, "bytes": nbytes})


def ours(zips: list[Path], profile: bool = False) -> None:
    from app.core.importers import all_importers
    from app.core.importing import ImportJob

    all_importers()  # module imports and regex compiles are app start-up (the floor's are untimed)
    items = 0
    prof = cProfile.Profile() if profile else None
    with timed() as t:
        if prof:
            prof.enable()
        for batch in ImportJob(zips).batches():
            items += len(batch)
        if prof:
            prof.disable()
    if prof:
        pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    report({"wall": t["wall"], "cpu": t["cpu"], "items": items})


def main() -> None:
    ap = argparse.ArgumentParser(description="Facebook/Instagram import benchmark")
    ap.add_argument("--zips", type=Path, nargs="+")
    ap.add_argument("--messages", type=int, default=500_000)
    ap.add_argument("--threads", type=int, default=5_000)
    ap.add_argument("--posts", type=int, default=50_000)
    ap.add_argument("--reactions", type=int, default=200_000)
    ap.add_argument("--profile", action="store_true", help="cProfile our import (no comparison)")
    ap.add_argument("--child", nargs="+", metavar="ARG", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        which, *paths = a.child
        zips = [Path(p) for p in paths]
        floor(zips) if which == "floor" else ours(zips, which == "profile")
        return
    with tempfile.TemporaryDirectory() as tmp:
        zips = a.zips
        if not zips:
            from gen_meta_export import generate

            zips = generate(Path(tmp), a.messages, a.threads, a.posts, a.reactions)
            size = sum(z.stat().st_size for z in zips)
            print(f"generated Facebook + Instagram, each {a.messages:,} messages in "
                  f"{a.threads:,} threads, {a.posts:,} posts, {a.reactions:,} reactions; "
                  f"{size:,} bytes zipped")  # fmt: skip
        args = [str(z) for z in zips]
        if a.profile:  # in this process: a child's stderr (where the stats go) is not shown
            sys.path.insert(0, str(ROOT))
            ours(zips, profile=True)
            return
        fl = run_child(Path(__file__), "floor", *args)
        us = run_child(Path(__file__), "ours", *args)
    print(f"{'':24}{'floor':>14}{'ours':>14}{'ratio':>10}")
    print(f"{'wall time (s)':24}{fl['wall']:>14.2f}{us['wall']:>14.2f}"
          f"{us['wall'] / fl['wall']:>10.2f}")  # fmt: skip
    print(f"{'CPU time (s)':24}{fl['cpu']:>14.2f}{us['cpu']:>14.2f}"
          f"{us['cpu'] / fl['cpu']:>10.2f}")  # fmt: skip
    print(f"{'peak RSS (MB)':24}{fl['peak_rss_mb']:>14.0f}{us['peak_rss_mb']:>14.0f}"
          f"{us['peak_rss_mb'] / fl['peak_rss_mb']:>10.2f}")  # fmt: skip
    print(f"{'JSON files / items':24}{fl['records']:>14,}{us['items']:>14,}")
    print(f"{'items per second':24}{'':>14}{us['items'] / us['wall']:>14,.0f}")
    ok_wall = us["wall"] <= WALL_TARGET * fl["wall"]
    ok_rss = us["peak_rss_mb"] <= RSS_TARGET_MB
    print(f"targets: wall <= {WALL_TARGET}x floor: {'met' if ok_wall else 'MISSED'}; "
          f"peak RSS <= {RSS_TARGET_MB} MB: {'met' if ok_rss else 'MISSED'}")  # fmt: skip


if __name__ == "__main__":
    main()
