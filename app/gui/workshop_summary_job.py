"""The anonymous group summary of what is in the library, computed off the GUI thread."""

from __future__ import annotations

from app.core.jobs import CancelToken, Progress
from app.core.models import Inventory
from app.core.pipeline import stored_batches
from app.core.policy import Classifier, SummaryBuilder
from app.core.storage import Library
from app.core.workshop_summary import Summary, participant_summary


def library_summary(
    library: Library,
    classifier: Classifier,
    region: str | None,
    progress: Progress,
    cancel: CancelToken,
) -> Summary:
    """Counts only (workshop_summary.participant_summary) over every item in the library."""
    inv = Inventory()
    builder = SummaryBuilder()
    for batch in stored_batches(library, progress, cancel, "Counting {done:,} of {total:,} items"):
        inv.count(batch)
        for item in batch:
            builder.add(item, classifier.classify(item))
    return participant_summary(inv, builder.result(), region)
