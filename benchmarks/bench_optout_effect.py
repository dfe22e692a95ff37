"""Time the wizard's before/after comparison (app.core.optouts.effect) on synthetic items.

Every step with a setting is answered "done", so each item is classified under 2 + K contexts.
Run: python benchmarks/bench_optout_effect.py [N]   (default 1,000,000 items)
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.optouts import load_steps, steps_for
from app.core.optouts.answers import record_answer
from app.core.optouts.effect import answers_effect
from app.core.policy import load_policy_set
from app.core.storage.settings import Settings
from benchmarks.bench_classify import make_items


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    policies = load_policy_set()
    t0 = time.perf_counter()
    items = make_items(n)
    made = time.perf_counter() - t0
    for region in ("US", "EU"):
        settings = Settings(region=region, birth_year=1985)
        steps = steps_for(load_steps(), region)
        for s in steps:
            record_answer(settings, s, "done", policies, date(2026, 11, 1))
        batches = [items[i : i + 5000] for i in range(0, n, 5000)]
        t1 = time.perf_counter()
        report = answers_effect(batches, policies, settings, steps)
        took = time.perf_counter() - t1
        moved = sum(e.moved_to_blocked for e in report.steps)
        print(
            f"{region}: {n:,} items × {len(report.steps) + 1} contexts in {took:.2f} s "
            f"({n / took:,.0f} items/s); exposed {report.before.exposed_now:,} → "
            f"{report.after.exposed_now:,}; moved {moved:,}"
        )
    print(f"(building the items took {made:.2f} s, not counted)")


if __name__ == "__main__":
    main()
