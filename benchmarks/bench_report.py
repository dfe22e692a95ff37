"""Report benchmark: 1M synthetic items → HTML, JSON, CSV and PDF (classify + build + write).

Run: python benchmarks/bench_report.py [N]   (prints seconds per format and peak memory)
Targets: HTML and JSON ≤ 20 s, PDF ≤ 10 s for 1,000,000 items.
"""

from __future__ import annotations

import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility
from app.core.policy import Classifier, UserContext, load_policy_set
from app.core.report import export_report

KINDS = [
    ItemKind.POST,
    ItemKind.REPLY,
    ItemKind.LIKE_OR_REACTION,
    ItemKind.MESSAGE,
    ItemKind.AI_CHAT,
    ItemKind.PHOTO,
    ItemKind.COMMENT,
    ItemKind.PROFILE_FIELD,
]
VIS = [Visibility.PUBLIC, Visibility.PRIVATE, Visibility.UNKNOWN, Visibility.FRIENDS]


def make_items(n: int) -> list[list[Item]]:
    rng = random.Random(7)
    base = datetime(2012, 1, 1, tzinfo=UTC)
    platforms = list(Platform)[:4]
    batches, batch = [], []
    for i in range(n):
        p = platforms[i % 4]
        batch.append(
            Item(
                platform=p,
                kind=KINDS[rng.randrange(len(KINDS))],
                id=f"{p.value}:item:{i}",
                created_at=base + timedelta(minutes=rng.randrange(14 * 365 * 24 * 60)),
                visibility=VIS[rng.randrange(len(VIS))],
                visibility_basis="bench",
                text=f"Synthetic item {i} with some words to make it look like a short post.",
                source=SourceRef("bench.zip", "data/tweets.js", i),
            )
        )
        if len(batch) == 5000:
            batches.append(batch)
            batch = []
    if batch:
        batches.append(batch)
    return batches


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    t0 = time.perf_counter()
    batches = make_items(n)
    print(f"generated {n:,} items in {time.perf_counter() - t0:.1f} s (not counted)")
    classifier = Classifier(load_policy_set(), UserContext(region="EU"))
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, redacted in (
            ("html", False),
            ("json", False),
            ("csv", False),
            ("pdf", False),
            ("pdf", True),
        ):
            dest = Path(tmp) / f"r{'-red' if redacted else ''}.{fmt}"
            t = time.perf_counter()
            export_report(iter(batches), dest, classifier, redacted=redacted)
            secs = time.perf_counter() - t
            size = dest.stat().st_size / 1e6
            label = fmt + (" (redacted)" if redacted else "")
            print(f"{label:<16} {secs:6.2f} s  {size:9.1f} MB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:,.0f} MB (includes the {n:,} pre-generated items)")


if __name__ == "__main__":
    main()
