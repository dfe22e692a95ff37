"""Time the exposure classifier on 1M synthetic items (target: ≤ 2 s wall time).

Run: python benchmarks/bench_classify.py [N]
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility
from app.core.policy import (
    Classifier,
    SettingState,
    SummaryBuilder,
    UserContext,
    load_policy_set,
)


def make_items(n: int) -> list[Item]:
    rng = random.Random(7)
    platforms, kinds, vis = list(Platform), list(ItemKind), list(Visibility)
    start = datetime(2008, 1, 1, tzinfo=UTC)
    src = SourceRef("bench.zip", "data.js", 0)
    out = []
    for i in range(n):
        attrs = {"target_visibility": "public"} if i % 10 == 0 else {}
        out.append(
            Item(
                platform=rng.choice(platforms),
                kind=rng.choice(kinds),
                id=f"b:{i}",
                created_at=None if i % 50 == 0 else start + timedelta(hours=rng.randrange(165_000)),
                visibility=rng.choice(vis),
                visibility_basis="bench",
                text="",
                source=src,
                attrs=attrs,
            )
        )
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    pset = load_policy_set()
    items = make_items(n)
    for label, ctx in (
        ("region unknown", UserContext(None, None, {})),
        (
            "EU, birth year, two settings",
            UserContext(
                "EU",
                1990,
                {
                    "x.grok_data_sharing": SettingState(False, datetime(2024, 8, 1).date()),
                    "meta.objection_facebook": SettingState(True, datetime(2025, 5, 1).date()),
                },
            ),
        ),
    ):
        clf = Classifier(pset, ctx)
        t0 = time.perf_counter()
        results = clf.classify_many(items)
        t1 = time.perf_counter()
        builder = SummaryBuilder()
        for it, tags in zip(items, results, strict=True):
            builder.add(it, tags)
        t2 = time.perf_counter()
        print(
            f"{label:<30} classify {n:,} items: {t1 - t0:.2f} s "
            f"({(t1 - t0) / n * 1e9:.0f} ns/item, {len(clf._cache)} cached decisions); "
            f"summary: {t2 - t1:.2f} s"
        )


if __name__ == "__main__":
    main()
