"""LinkedIn import speed and memory against the floor (csv.reader over every CSV in the zip).

    python benchmarks/bench_linkedin.py               # generates 100k messages, 20k reactions,
                                                      # 10k comments, 30k connections
    python benchmarks/bench_linkedin.py --zips a.zip  # a real or pre-generated export
    python benchmarks/bench_linkedin.py --profile     # cProfile of our import, top 25
    python benchmarks/bench_linkedin.py --bound       # also: the least work that yields Items

Each side runs in a fresh subprocess so their peak RSS figures are separate; neither times
its module imports (the floor's csv/zipfile, our importer modules). `--bound` times the floor
plus building one Item per row (id hashed from the row, nothing parsed, no field chosen):
no importer that gives every row as an Item can be faster, so bound/floor is what the 2x
target leaves for everything else.
Targets: our wall time <= 2x the floor, our peak RSS <= 200 MB.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import gc
import io
import pstats
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, report, run_child, timed

WALL_TARGET = 2.0
RSS_TARGET_MB = 200


def floor(zips: list[Path]) -> None:
    rows = nbytes = 0
    with timed() as t:
        for path in zips:
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if not info.filename.lower().endswith(".csv"):
                        continue
                    nbytes += info.file_size
                    with zf.open(info) as raw:
                        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                        for _row in csv.reader(text):
                            rows += 1
    report({"wall": t["wall"], "cpu": t["cpu"], "records": rows, "bytes": nbytes})


def bound(zips: list[Path]) -> None:
    """The floor plus one Item per row, its id a blake2b of the row: the least an importer
    that gives every row as an Item can do (no dates, no columns chosen, no text cleaned)."""
    import hashlib

    from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility

    li, kind, vis = Platform.LINKEDIN, ItemKind.MESSAGE, Visibility.UNKNOWN
    items: list[Item] = []
    count = 0
    gc.disable()  # as our import pauses it
    with timed() as t:
        for path in zips:
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if not info.filename.lower().endswith(".csv"):
                        continue
                    with zf.open(info) as raw:
                        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                        for n, row in enumerate(csv.reader(text)):
                            digest = hashlib.blake2b("\x1f".join(row).encode(), digest_size=10)
                            ref = SourceRef(path.name, info.filename, n)
                            items.append(Item(li, kind, digest.hexdigest(), None, vis, "",
                                              row[-1] if row else "", ref))  # fmt: skip
                            if len(items) >= 2000:  # handed on in batches, as ours are
                                count += len(items)
                                items = []
    gc.enable()
    report({"wall": t["wall"], "cpu": t["cpu"], "items": count + len(items)})


def ours(zips: list[Path], profile: bool = False) -> None:
    from app.core.importers import all_importers
    from app.core.importing import ImportJob

    all_importers()  # module imports and regex compiles are app start-up, paid once: not timed
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
    ap = argparse.ArgumentParser(description="LinkedIn import benchmark")
    ap.add_argument("--zips", type=Path, nargs="+")
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--reactions", type=int, default=20_000)
    ap.add_argument("--comments", type=int, default=10_000)
    ap.add_argument("--connections", type=int, default=30_000)
    ap.add_argument("--profile", action="store_true", help="cProfile our import (no comparison)")
    ap.add_argument("--bound", action="store_true", help="also time the least work giving Items")
    ap.add_argument("--child", nargs="+", metavar="ARG", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        which, *paths = a.child
        zips = [Path(p) for p in paths]
        if which == "floor":
            floor(zips)
        elif which == "bound":
            bound(zips)
        else:
            ours(zips, which == "profile")
        return
    with tempfile.TemporaryDirectory() as tmp:
        zips = a.zips
        if not zips:
            from gen_linkedin_export import generate

            zips = [generate(Path(tmp), messages=a.messages, reactions=a.reactions,
                             comments=a.comments, connections=a.connections)]  # fmt: skip
            print(f"generated LinkedIn export: {a.messages:,} messages, {a.reactions:,} "
                  f"reactions, {a.comments:,} comments, {a.connections:,} connections; "
                  f"{zips[0].stat().st_size:,} bytes zipped")  # fmt: skip
        args = [str(z) for z in zips]
        if a.profile:  # in this process, so the stats printed to stderr are seen
            sys.path.insert(0, str(ROOT))
            ours(zips, profile=True)
            return
        fl = run_child(Path(__file__), "floor", *args)
        us = run_child(Path(__file__), "ours", *args)
        lb = run_child(Path(__file__), "bound", *args) if a.bound else None
    print(f"{'':24}{'floor':>14}{'ours':>14}{'ratio':>10}")
    print(f"{'wall time (s)':24}{fl['wall']:>14.2f}{us['wall']:>14.2f}"
          f"{us['wall'] / fl['wall']:>10.2f}")  # fmt: skip
    print(f"{'peak RSS (MB)':24}{fl['peak_rss_mb']:>14.0f}{us['peak_rss_mb']:>14.0f}"
          f"{us['peak_rss_mb'] / fl['peak_rss_mb']:>10.2f}")  # fmt: skip
    if lb:
        print(f"{'lower bound (s)':24}{'':>14}{lb['wall']:>14.2f}{lb['wall'] / fl['wall']:>10.2f}")
    print(f"{'CSV rows / items':24}{fl['records']:>14,}{us['items']:>14,}")
    print(f"{'items per second':24}{'':>14}{us['items'] / us['wall']:>14,.0f}")
    ok_wall = us["wall"] <= WALL_TARGET * fl["wall"]
    ok_rss = us["peak_rss_mb"] <= RSS_TARGET_MB
    print(f"targets: wall <= {WALL_TARGET}x floor: {'met' if ok_wall else 'MISSED'}; "
          f"peak RSS <= {RSS_TARGET_MB} MB: {'met' if ok_rss else 'MISSED'}")  # fmt: skip


if __name__ == "__main__":
    main()
