"""Importer interface and the per-run context importers read through."""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import BinaryIO, ClassVar

from app.core.errors import OvershareError
from app.core.importers.sources import ArchiveSource, Member
from app.core.jobs import CancelToken, Progress, no_progress
from app.core.models import FileReport, FileStatus, Inventory, Item, Platform

BATCH_SIZE = 2000
_PROGRESS_STEP = 1 << 20


class _CountingReader(io.RawIOBase):
    """Reports bytes read as progress and polls the cancel token on every chunk."""

    def __init__(self, inner: BinaryIO, ctx: ImportContext, label: str) -> None:
        self._inner = inner
        self._ctx = ctx
        self._label = label
        self._since = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        self._ctx.cancel.raise_if_cancelled()
        data = self._inner.read(len(b))
        n = len(data)
        b[:n] = data
        self._since += n
        if self._since >= _PROGRESS_STEP:
            self._ctx.advance(self._since, self._label)
            self._since = 0
        return n

    def close(self) -> None:
        if self._since:
            self._ctx.advance(self._since, self._label)
            self._since = 0
        self._inner.close()
        super().close()


class ImportContext:
    """What an importer gets: the source, the inventory to fill, progress and cancel."""

    def __init__(
        self,
        source: ArchiveSource,
        inventory: Inventory,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> None:
        self.source = source
        self.inventory = inventory
        self.progress = progress
        self.cancel = cancel or CancelToken()
        self.claimed: set[tuple[str, str]] = set()  # (origin, path) reported by the importer
        self.done = 0
        self.total = 0
        self.items_so_far = 0

    def plan(self, members: list[Member]) -> None:
        """Declare the members about to be read, so progress has a total."""
        self.total += sum(m.size for m in members)

    def advance(self, nbytes: int, label: str) -> None:
        self.done += nbytes
        self.progress(
            min(self.done, self.total),
            max(self.total, 1),
            f"Reading {label} ({self.items_so_far:,} items so far)",
        )

    def open(self, member: Member) -> BinaryIO:
        inner = self.source.open_member(member)
        return io.BufferedReader(_CountingReader(inner, self, member.path), 1 << 20)

    def report(
        self, member: Member, status: FileStatus, reason: str = "", items: int = 0
    ) -> FileReport:
        self.claimed.add((member.origin, member.path))
        return self.inventory.add_file(
            FileReport(member.origin, member.path, status, reason, items, member.size)
        )

    def fail(self, member: Member, exc: Exception) -> FileReport:
        msg = exc.message if isinstance(exc, OvershareError) else f"{member.path}: {exc}"
        return self.report(member, FileStatus.FAILED, msg)

    def skip(self, member: Member, reason: str) -> FileReport:
        return self.report(member, FileStatus.SKIPPED, reason)


class Importer(ABC):
    platform: ClassVar[Platform]
    label: ClassVar[str]

    @abstractmethod
    def sniff(self, source: ArchiveSource) -> float:
        """Confidence 0..1 that `source` is (partly) this platform's export."""

    @abstractmethod
    def iter_items(self, ctx: ImportContext) -> Iterator[list[Item]]:
        """Yield items in batches; record every member read or skipped with ctx.report."""
