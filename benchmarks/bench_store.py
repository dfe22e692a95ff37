"""Library (SQLCipher store) speed: insert overhead, first-page and count latency at scale.

    python benchmarks/bench_store.py                 # 1,000,000 synthetic items
    python benchmarks/bench_store.py --items 200000  # quicker
    python benchmarks/bench_store.py --e2e 200000    # also: X import with vs without the store
    python benchmarks/bench_store.py --items 0 --e2e 100000  # only that comparison

Targets (issue #6): first page of 200 rows <= 100 ms for FTS and for any single filter;
count per filter <= 300 ms; storing adds <= 30% to an import. Runs in a temporary folder
with a passphrase library, so the real keyring and user folders are never touched.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility  # noqa: E402

PAGE_MS, COUNT_MS, OVERHEAD = 100.0, 300.0, 0.30
BATCH = 2000
_VOCAB = [f"w{n}" for n in range(20000)] + ["privacy", "garden", "coffee", "election", "rare"]
_CUM = list(accumulate([1 / (n + 1) for n in range(20000)] + [200, 50, 50, 20, 0.01]))
_KINDS = [ItemKind.POST, ItemKind.REPLY, ItemKind.LIKE_OR_REACTION, ItemKind.MESSAGE,
          ItemKind.COMMENT, ItemKind.PHOTO]  # fmt: skip
_START = datetime(2010, 1, 1, tzinfo=UTC)


def synthetic(total: int, seed: int = 7) -> Iterator[list[Item]]:
    """Batches of realistic-looking items: Zipf words, mixed platforms, kinds, dates."""
    rng = random.Random(seed)
    platforms, vis = list(Platform), list(Visibility)
    batch: list[Item] = []
    for n in range(total):
        words = rng.choices(_VOCAB, cum_weights=_CUM, k=rng.randrange(5, 40))
        kind = _KINDS[n % len(_KINDS)]
        platform = platforms[n % len(platforms)]
        batch.append(
            Item(
                platform=platform,
                kind=kind,
                id=f"{platform.value}:{kind.value}:{n}",
                created_at=_START + timedelta(seconds=rng.randrange(15 * 365 * 86400)),
                visibility=vis[n % len(vis)],
                visibility_basis="synthetic",
                text=" ".join(words),
                source=SourceRef("bench.zip", "data/tweets.js", n),
                target=None,
                media=(),
                attrs={"n": n, "lang": "en"},
            )
        )
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def ms(fn: Callable[[], Any], runs: int = 3) -> tuple[float, float]:
    """(first run, median of the following runs) in milliseconds."""
    times = []
    for _ in range(runs + 1):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return times[0], statistics.median(times[1:])


def bench_insert(lib: Any, total: int) -> None:
    """Stored as the app stores an import: in chunks of pipeline.STORE_CHUNK items."""
    from app.core.pipeline import STORE_CHUNK, store_chunks

    t = time.perf_counter()
    built = sum(len(b) for b in synthetic(total))
    build_s = time.perf_counter() - t
    t, cpu = time.perf_counter(), time.process_time()
    handle = lib.begin_import(["bench.zip"], "bench:1")
    slowest = 0.0
    for chunk in store_chunks(synthetic(total)):
        started = time.perf_counter()
        handle.add_batch(chunk)
        slowest = max(slowest, time.perf_counter() - started)
    handle.finish({})
    both_s, cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"items                 {built:,}")
    print(f"build only            {build_s:7.1f} s  ({built / build_s:,.0f} items/s)")
    print(f"build + store         {both_s:7.1f} s  ({built / both_s:,.0f} items/s; "
          f"{cpu:.1f} s CPU, so {both_s - cpu:.1f} s waiting for I/O or a core)")  # fmt: skip
    print(f"slowest write         {slowest * 1000:7.0f} ms  ({STORE_CHUNK:,} items; a cancel "
          "interrupts it)")  # fmt: skip
    print(f"store overhead        {both_s / build_s - 1:7.0%} of building synthetic items "
          f"(store alone {1e6 * (both_s - build_s) / built:.0f} us/item)")  # fmt: skip


def bench_tags(lib: Any, total: int) -> None:
    from app.core.storage import TagRow

    rng = random.Random(3)
    t = time.perf_counter()
    outcomes = ["may_train", "may_share", "not_used", "rare_outcome"]
    weights = [50, 30, 20, 0.05]
    for start in range(0, total, 5000):
        entries = []
        for n in range(start, min(total, start + 5000)):
            platform, kind = list(Platform)[n % 5], _KINDS[n % len(_KINDS)]
            outcome = rng.choices(outcomes, weights)[0]
            status = "opt_out_available" if outcome == "may_train" else "allowed"
            entries.append((f"{platform.value}:{kind.value}:{n}",
                            [TagRow(outcome, status, f"rule-{n % 17}", True, False)]))  # fmt: skip
        lib.set_tags_many(entries)
    print(f"tagging               {time.perf_counter() - t:7.1f} s for {total:,} items")


def bench_queries(lib: Any) -> list[str]:
    from app.core.storage import ItemFilter, Sort

    year = datetime(2016, 1, 1, tzinfo=UTC)
    cases = {
        "no filter": ItemFilter(),
        "text common 'privacy'": ItemFilter(text="privacy"),
        "text rare 'rare'": ItemFilter(text="rare"),
        "text two words": ItemFilter(text="coffee garden"),
        "text prefix 'elec'": ItemFilter(text="elec"),
        "platform linkedin": ItemFilter(platforms=["linkedin"]),
        "kind message": ItemFilter(kinds=["message"]),
        "visibility private": ItemFilter(visibilities=["private"]),
        "date range 1 year": ItemFilter(date_from=year, date_to=year.replace(year=2017)),
        "outcome may_train": ItemFilter(outcomes=["may_train"]),
        "outcome rare": ItemFilter(outcomes=["rare_outcome"]),
        "status allowed": ItemFilter(statuses=["allowed"]),
        "platform+kind+text": ItemFilter(text="privacy", platforms=["x"], kinds=["post"]),
    }
    fails: list[str] = []
    head = f"{'page cold':>9} {'page':>7} {'count cold':>10} {'count':>7} {'rows':>9}"
    print(f"\n{'query':26} {head}")
    for name, flt in cases.items():
        p_cold, p_med = ms(lambda f=flt: lib.page(f, Sort.NEWEST, 0, 200))
        c_cold, c_med = ms(lambda f=flt: lib.count(f))
        n = lib.count(flt)
        print(f"{name:26} {p_cold:7.1f}ms {p_med:5.1f}ms {c_cold:8.1f}ms {c_med:5.1f}ms {n:9,}")
        if p_med > PAGE_MS:
            fails.append(f"page {name}: {p_med:.0f} ms")
        if c_med > COUNT_MS:
            fails.append(f"count {name}: {c_med:.0f} ms")
    _, deep = ms(lambda: lib.page(ItemFilter(), Sort.NEWEST, 100_000, 200))
    print(f"{'page at offset 100,000':26} {deep:16.1f}ms")
    _, facets = ms(lambda: lib.facets(ItemFilter(), "platform"))
    print(f"{'facet counts by platform':26} {facets:16.1f}ms")
    return fails


def bench_e2e(total: int, workdir: Path, runs: int = 3) -> None:
    """X import without the store and with it (medians of `runs`, alternating).

    Plain: parse only. Store: add_batch() on this thread. Background: a writer thread.
    Pipeline: import_into_library() (parse, classify, store and tag, as the app does)
    against the same import plus classification without the store. Bare: a lower bound,
    the rows inserted into an encrypted table that has only the unique id (no text index,
    no filter indexes, no upsert): what any encrypted, de-duplicating library pays at least.
    """
    from gen_x_archive import generate

    from app.core.importing import ImportJob
    from app.core.pipeline import _tag_batch, import_into_library
    from app.core.policy import Classifier, UserContext, load_policy_set
    from app.core.storage import open_library

    archive = generate(workdir / "x.zip", total // 2, total // 2 - total // 20, total // 20)
    policy = load_policy_set()

    def plain(classify: bool) -> float:
        t = time.perf_counter()
        classifier = Classifier(policy, UserContext(region="EU"))
        for batch in ImportJob([archive]).batches():
            if classify:
                _tag_batch(classifier, batch)
        return time.perf_counter() - t

    def stored(how: str) -> float:
        lib = open_library("passphrase", "bench")
        t = time.perf_counter()
        if how == "pipeline":
            import_into_library([archive], lib, Classifier(policy, UserContext(region="EU")))
        else:
            job = ImportJob([archive])
            handle = lib.begin_import(job.inventory.sources, "x:bench", background=how == "bg")
            for batch in job.batches():
                handle.add_batch(batch)
            handle.finish({})
        elapsed = time.perf_counter() - t
        lib.forget_everything()
        return elapsed

    def bare() -> float:
        import sqlcipher3

        from app.core.storage.records import item_row

        path = workdir / "bare.db"
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("CREATE TABLE items (pk INTEGER PRIMARY KEY, id TEXT UNIQUE, row BLOB)")
        t = time.perf_counter()
        for batch in ImportJob([archive]).batches():
            rows = [(it.id, orjson.dumps(item_row(it, 1), default=str)) for it in batch]
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO items (id, row) VALUES (?, ?)", rows)
            conn.execute("COMMIT")
        elapsed = time.perf_counter() - t
        conn.close()
        for leftover in workdir.glob("bare.db*"):
            leftover.unlink()
        return elapsed

    count = sum(len(b) for b in ImportJob([archive]).batches())
    cases: dict[str, Callable[[], float]] = {
        "plain": lambda: plain(False),
        "store": lambda: stored("fg"),
        "background": lambda: stored("bg"),
        "plain+classify": lambda: plain(True),
        "pipeline": lambda: stored("pipeline"),
        "bare": bare,
    }
    times: dict[str, list[float]] = {k: [] for k in cases}
    for _ in range(runs):
        for name, fn in cases.items():
            times[name].append(fn())
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"\nX archive import, {count:,} items, median of {runs} (target +{OVERHEAD:.0%}):")
    for name, base in (("store", "plain"), ("background", "plain"),
                       ("pipeline", "plain+classify"), ("bare", "plain")):  # fmt: skip
        each = ", ".join(f"{x:.2f}" for x in times[name])
        print(f"  {name:11} {med[name]:6.2f} s vs {base} {med[base]:5.2f} s: "
              f"+{med[name] / med[base] - 1:.0%}  (runs: {each})")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--e2e", type=int, default=0, help="also time an X import of ~N items")
    ap.add_argument("--runs", type=int, default=3, help="repeats of the --e2e timings")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="overshare-bench-") as tmp:
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[var] = str(Path(tmp) / var.lower())
        from app.core.storage import open_library
        from app.core.storage.files import db_path

        if args.items == 0:  # --items 0 --e2e N: only the import comparison
            bench_e2e(args.e2e, Path(tmp), args.runs)
            return
        lib = open_library("passphrase", "bench passphrase")
        bench_insert(lib, args.items)
        bench_tags(lib, args.items)
        lib.close()
        size = sum(p.stat().st_size for p in db_path().parent.iterdir())
        print(f"library size          {size / 1e6:7.0f} MB on disk (encrypted)")
        lib = open_library("passphrase", "bench passphrase")  # reopen: cold page cache
        t = time.perf_counter()
        lib.imports()
        print(f"reopen + list imports {(time.perf_counter() - t) * 1000:7.1f} ms")
        fails = bench_queries(lib)
        t = time.perf_counter()
        lib.forget_everything()
        print(f"forget everything     {(time.perf_counter() - t) * 1000:7.1f} ms")
        if args.e2e:
            bench_e2e(args.e2e, Path(tmp), args.runs)
        print("\nover target: " + ("; ".join(fails) if fails else "none"))


if __name__ == "__main__":
    main()
