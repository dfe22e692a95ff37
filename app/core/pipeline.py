"""Import into the library and classify: the one path every front end uses.

Import → store → classify, batch by batch, so memory stays bounded. When the user's context
changes (region, birth year, an opt-out), `reclassify` re-tags what is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.gc_pause import SharedGcPause
from app.core.importing import ImportJob
from app.core.inventory_view import inventory_to_dict
from app.core.jobs import CancelToken, JobCancelled, Progress, no_progress
from app.core.models import Inventory, Item
from app.core.policy import Classifier, Tag, Tri
from app.core.storage import ImportRecord, ItemFilter, Library, TagRow

_TRI = {Tri.TRUE: True, Tri.FALSE: False, Tri.UNCERTAIN: None}

# No full (oldest-generation) cyclic collections while an import or re-tag runs. Parsed chunks
# and batches live across many young collections, so the oldest generation grew by a quarter
# every few batches and a full collection (30-50 ms holding the GIL) followed: the GUI thread
# stalled each time. Young collections still run and refcounting frees the items; the pending
# full collection runs once it is over. Nested and concurrent jobs share one pause.
young_gc_only = SharedGcPause(lambda t: (t[0], t[1], 1 << 30), freeze=False)

# Items per library write. Each commit re-encrypts every index page it touched, and a batch
# touches about a page per item in each date-ordered index, so larger writes store faster
# (at 400k stored items: 2k items per commit 84 us/item, 8k 50 us, 40k 35 us). But the
# longer the worker's stretches between writes, the longer the GUI thread waits for the GIL
# during an import (bench_gui_shell, 100k items: 2k 30 ms, 4k 44 ms, 5k 49 ms, 10k 73 ms,
# 20k 128-153 ms; the budget is 50 ms). A cancel interrupts the write in progress.
STORE_CHUNK = 4_000


def store_chunks(batches: Iterable[list[Item]], size: int = STORE_CHUNK) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for batch in batches:
        chunk += batch
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def tag_rows(tags: Sequence[Tag]) -> list[TagRow]:
    return [
        TagRow(
            outcome=t.outcome,
            status=str(t.status),
            rule=t.rule,
            currently_allowed=_TRI[Tri(t.currently_allowed)],
            may_already_have_been_used=_TRI[Tri(t.may_already_have_been_used)],
        )
        for t in tags
    ]


def _tag_batch(classifier: Classifier, batch: Sequence[Item]) -> list[tuple[str, list[TagRow]]]:
    cache: dict[int, list[TagRow]] = {}  # classify() shares tag lists between equal items
    out = []
    for item in batch:
        tags = classifier.classify(item)
        rows = cache.get(id(tags))
        if rows is None:
            rows = cache[id(tags)] = tag_rows(tags)
        out.append((item.id, rows))
    return out


@dataclass(slots=True)
class ImportOutcome:
    inventory: Inventory
    record: ImportRecord | None  # None when nothing was imported


def _account_key(inv: Inventory) -> str | None:
    keys = sorted(
        f"{a.platform.value}:{a.account_id or a.handle}"
        for a in inv.accounts
        if a.account_id or a.handle
    )
    return ",".join(keys) or None


def import_into_library(
    paths: Sequence[Path | str],
    library: Library,
    classifier: Classifier,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ImportOutcome:
    """Import, store and tag. On cancel or error the partial import is rolled back."""
    with young_gc_only():
        return _import(paths, library, classifier, progress, cancel)


def _import(
    paths: Sequence[Path | str],
    library: Library,
    classifier: Classifier,
    progress: Progress,
    cancel: CancelToken | None,
) -> ImportOutcome:
    job = ImportJob(paths, progress=progress, cancel=cancel)
    handle = library.begin_import(job.inventory.sources, None)
    try:
        for chunk in store_chunks(job.batches()):
            with library.writes_cancellable_by(job.cancel):  # a cancel stops the write at once
                handle.add_batch(chunk)
                library.set_tags_many(_tag_batch(classifier, chunk))
        if job.inventory.total_items == 0:
            handle.abort()
            return ImportOutcome(job.inventory, None)
        handle.set_account_key(_account_key(job.inventory))
        record = handle.finish(inventory_to_dict(job.inventory))
    except BaseException as exc:
        handle.abort()
        if job.cancel.cancelled and not isinstance(exc, JobCancelled):
            raise JobCancelled() from None  # e.g. the write the cancel interrupted
        raise
    return ImportOutcome(job.inventory, record)


def reclassify(
    library: Library,
    classifier: Classifier,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Re-tag every stored item under a new context; returns how many were tagged."""
    done = 0
    with young_gc_only():
        message = "Updating exposure for {done:,} of {total:,} items"
        for batch in stored_batches(library, progress, cancel, message):
            library.set_tags_many(_tag_batch(classifier, batch))
            done += len(batch)
    return done


def stored_batches(
    library: Library,
    progress: Progress,
    cancel: CancelToken | None,
    message: str,
    batch: int = 5000,
) -> Iterator[list[Item]]:
    """Every stored item in batches, oldest stored first. After each batch is handled,
    progress(done, total, message.format(done=…, total=…)); JobCancelled once `cancel` is set."""
    total = library.count(ItemFilter())
    done = 0
    for items in library.iter_items(ItemFilter(), batch=batch):
        if cancel is not None and cancel.cancelled:
            raise JobCancelled()
        yield items
        done += len(items)
        progress(done, total, message.format(done=done, total=total))
