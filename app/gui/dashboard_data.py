"""What the dashboard shows, computed from the library off the GUI thread (no Qt here).

Per item one exposure bucket (the worst that applies), per platform; plus the classifier's
ExposureSummary (counts per platform × outcome × status, settings that remove most exposure).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.core.jobs import CancelToken, JobCancelled, Progress
from app.core.policy import Classifier, ExposureSummary, SummaryBuilder, Tag, Tri
from app.core.storage import ItemFilter, Library

# Buckets in order of concern; each item counts once, in the first bucket that applies.
BUCKETS = ("allowed_now", "may_already_used", "uncertain", "blocked", "not_used")
_PASSIVE = ("not_used", "unclear", "not_covered")


def bucket_of(tags: Sequence[Tag]) -> str:
    active = [t for t in tags if t.outcome not in _PASSIVE]
    if any(t.currently_allowed == Tri.TRUE for t in active):
        return "allowed_now"
    if any(t.may_already_have_been_used == Tri.TRUE for t in active):
        return "may_already_used"
    if any(
        Tri.UNCERTAIN in (t.currently_allowed, t.may_already_have_been_used) for t in tags
    ) or any(t.outcome == "unclear" for t in tags):
        return "uncertain"
    if any(str(t.status) == "blocked_by_settings" for t in active):
        return "blocked"
    return "not_used"


@dataclass(slots=True)
class DashboardData:
    summary: ExposureSummary
    buckets: Counter[tuple[str, str]] = field(default_factory=Counter)  # (platform, bucket)

    @property
    def platforms(self) -> list[str]:
        return sorted({p for p, _ in self.buckets})

    def bucket_total(self, bucket: str) -> int:
        return sum(n for (_, b), n in self.buckets.items() if b == bucket)


def compute_dashboard(
    library: Library, classifier: Classifier, progress: Progress, cancel: CancelToken
) -> DashboardData:
    """Walk the library once; tag lists are shared between equal items, so memoise by id."""
    total = library.count(ItemFilter())
    builder = SummaryBuilder()
    buckets: Counter[tuple[str, str]] = Counter()
    memo: dict[int, tuple[Sequence[Tag], str]] = {}
    done = 0
    for batch in library.iter_items(ItemFilter(), batch=5000):
        if cancel.cancelled:
            raise JobCancelled()
        for item in batch:
            tags = classifier.classify(item)
            hit = memo.get(id(tags))
            if hit is None or hit[0] is not tags:
                hit = memo[id(tags)] = (tags, bucket_of(tags))
            buckets[(item.platform.value, hit[1])] += 1
            builder.add(item, tags)
        done += len(batch)
        progress(done, total, f"Counting {done:,} of {total:,} items")
    return DashboardData(builder.result(), buckets)
