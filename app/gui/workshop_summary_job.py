"""The anonymous group summary of what is in the library, computed off the GUI thread."""

from __future__ import annotations

from app.core.jobs import CancelToken, JobCancelled, Progress
from app.core.models import Inventory
from app.core.policy import Classifier, SummaryBuilder
from app.core.storage import ItemFilter, Library
from app.core.workshop_summary import Summary, participant_summary


def library_summary(
    library: Library,
    classifier: Classifier,
    region: str | None,
    progress: Progress,
    cancel: CancelToken,
) -> Summary:
    """Counts only (workshop_summary.participant_summary) over every item in the library."""
    total = library.count(ItemFilter())
    inv = Inventory()
    builder = SummaryBuilder()
    done = 0
    for batch in library.iter_items(ItemFilter(), batch=5000):
        if cancel.cancelled:
            raise JobCancelled()
        inv.count(batch)
        for item in batch:
            builder.add(item, classifier.classify(item))
        done += len(batch)
        progress(done, total, f"Counting {done:,} of {total:,} items")
    return participant_summary(inv, builder.result(), region)
