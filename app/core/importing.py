"""Run an import: open the sources, detect platforms, stream item batches, fill the inventory."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

from app.core.errors import ArchiveReadError, OvershareError
from app.core.gc_pause import SharedGcPause
from app.core.importers import detect
from app.core.importers.base import ImportContext
from app.core.importers.sources import ArchiveSource, Limits, Member
from app.core.jobs import CancelToken, JobCancelled, Progress, no_progress
from app.core.models import FileReport, FileStatus, Inventory, Item

MEDIA_SUFFIXES = {
    "jpg", "jpeg", "png", "gif", "webp", "heic", "bmp", "tif", "tiff", "svg", "ico",
    "mp4", "mov", "m4v", "webm", "avi", "mkv", "m3u8", "ts",
    "mp3", "m4a", "aac", "ogg", "opus", "wav", "amr",
    "woff", "woff2", "ttf", "otf", "eot", "css", "map",
}  # fmt: skip
_MAX_LISTED_UNKNOWN = 300


# Keep the cyclic GC from re-scanning the same objects while items stream. An import creates
# millions of short-lived tracked objects, so full collections ran every few batches, each walking
# every member, zip entry and route of the source, and young collections ran every 700
# allocations. Freezing hides what exists now from the collector and a larger first threshold
# makes young collections rarer; refcounting still frees everything and cycles are still
# collected. Nested and concurrent imports share one pause.
gc_paused = SharedGcPause(lambda t: (max(t[0], 50_000), t[1], t[2]), freeze=True)


class ImportJob:
    """One import of one or more paths. Iterate `batches()`; `inventory` fills as it runs."""

    def __init__(
        self,
        paths: Sequence[Path | str],
        *,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.paths = [Path(p) for p in paths]
        self.progress = progress
        self.cancel = cancel or CancelToken()
        self.limits = limits
        self.inventory = Inventory(sources=[p.name or str(p) for p in self.paths])

    def _open(self) -> ArchiveSource:
        source = ArchiveSource(self.limits)
        for path in self.paths:
            try:
                source.add(path)
            except OvershareError as exc:
                self.inventory.errors.append(exc.message)
            except OSError as exc:
                self.inventory.errors.append(f"{path.name} could not be read ({exc.strerror}).")
        self.inventory.files.extend(source.problems)
        self.inventory.warnings.extend(source.notes)
        return source

    def batches(self) -> Iterator[list[Item]]:
        with gc_paused():
            yield from self._batches()

    def _batches(self) -> Iterator[list[Item]]:
        inv = self.inventory
        source = self._open()
        try:
            found = detect(source) if source.members else []
            gc.freeze()  # and the source's members and zip entries, now they exist (gc_paused)
            if not found and not inv.errors:
                inv.errors.append(
                    f"No X, LinkedIn, Facebook or Instagram data was found in "
                    f"{', '.join(inv.sources)}."
                )
            claimed: set[tuple[str, str]] = set()
            for importer, _score in found:
                ctx = ImportContext(source, inv, self.progress, self.cancel)
                try:
                    for batch in importer.iter_items(ctx):
                        if not batch:
                            continue
                        inv.count(batch)
                        ctx.items_so_far = inv.total_items
                        yield batch
                        self.cancel.raise_if_cancelled()
                except ArchiveReadError as exc:
                    inv.errors.append(exc.message)
                claimed |= ctx.claimed
            self._report_unclaimed(source.members, claimed)
            inv.complete = True
            self.progress(1, 1, f"Done: {inv.total_items:,} items")
        except JobCancelled:
            inv.cancelled = True
            raise
        finally:
            source.close()

    def run(self) -> list[Item]:
        """Collect every item (for tests and small archives)."""
        return [it for batch in self.batches() for it in batch]

    def _report_unclaimed(self, members: list[Member], claimed: set[tuple[str, str]]) -> None:
        media: dict[tuple[str, str], list[Member]] = defaultdict(list)
        unknown: list[Member] = []
        for m in members:
            if (m.origin, m.path) in claimed:
                continue
            suffix = m.name.rsplit(".", 1)[-1].lower() if "." in m.name else ""
            if suffix in MEDIA_SUFFIXES:
                folder = m.path.rsplit("/", 1)[0] + "/" if "/" in m.path else ""
                media[(m.origin, folder)].append(m)
            else:
                unknown.append(m)
        for (origin, folder), ms in sorted(media.items()):
            size = sum(m.size for m in ms)
            self.inventory.add_file(
                FileReport(
                    origin,
                    folder or "(top level)",
                    FileStatus.SKIPPED,
                    f"{len(ms):,} media or viewer files ({size:,} bytes), not read",
                    size=size,
                )
            )
        for m in unknown[:_MAX_LISTED_UNKNOWN]:
            self.inventory.add_file(
                FileReport(
                    m.origin, m.path, FileStatus.UNKNOWN, "not a file Overshare reads", size=m.size
                )
            )
        if len(unknown) > _MAX_LISTED_UNKNOWN:
            rest = unknown[_MAX_LISTED_UNKNOWN:]
            self.inventory.add_file(
                FileReport(
                    rest[0].origin,
                    "…",
                    FileStatus.UNKNOWN,
                    f"{len(rest):,} more files Overshare does not read",
                    size=sum(m.size for m in rest),
                )
            )
