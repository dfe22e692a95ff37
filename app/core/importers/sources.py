"""Archive sources: a zip, several zips or a folder, read as one tree of members.

Archives are untrusted. Members with path tricks or symlinks are refused, declared sizes and
compression ratios are capped, encrypted entries are reported, and a zip whose central directory
is damaged is read entry by entry from its local headers. Nothing is extracted to disk.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from app.core.errors import ArchiveReadError, UnsafeArchiveError
from app.core.importers.zip_recovery import RecoveredEntry, open_recovered, scan_local_headers
from app.core.models import FileReport, FileStatus

IGNORED_PARTS = {"__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini"}
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True, slots=True)
class Limits:
    max_member_bytes: int = 2 << 30  # one member we read (X parts are ~100 MB)
    max_total_bytes: int = 32 << 30  # everything we read from one import
    max_ratio: float = 250.0  # uncompressed / compressed, for members above ratio_floor
    ratio_floor: int = 4 << 20


@dataclass(frozen=True, slots=True)
class Member:
    path: str  # normalised: "/" separators, extra top folders stripped
    size: int  # uncompressed bytes (declared)
    compressed: int
    origin: str  # display name of the zip or folder it is in
    ref: object = field(compare=False, repr=False)  # ZipInfo, RecoveredEntry or filesystem path

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


def check_member_name(name: str) -> str | None:
    """Why a member name is unsafe, or None when it is fine."""
    if "\x00" in name:
        return "has a NUL byte in its name"
    norm = name.replace("\\", "/")
    if norm.startswith("/") or _DRIVE.match(norm):
        return "has an absolute path"
    if any(part == ".." for part in norm.split("/")):
        return "points outside the archive (..)"
    return None


def _ignored(path: str) -> bool:
    parts = path.split("/")
    return any(p in IGNORED_PARTS or p.startswith("._") for p in parts)


def _strip_top_folders(paths: list[str]) -> int:
    """How many leading folders all paths share (user re-zips, Meta wrapper folders)."""
    depth = 0
    split = [p.split("/") for p in paths if not _ignored(p)]
    if not split:
        return 0
    while True:
        firsts = {parts[depth] for parts in split if len(parts) > depth + 1}
        if len(firsts) != 1 or any(len(parts) <= depth + 1 for parts in split):
            return depth
        depth += 1


class _Origin:
    name: str

    def open(self, member: Member) -> BinaryIO:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _GuardedReader(io.RawIOBase):
    """Turns low-level zip/zlib failures into ArchiveReadError naming the member."""

    def __init__(self, inner: BinaryIO, label: str) -> None:
        self._inner = inner
        self._label = label

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            data = self._inner.read(len(b))
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise ArchiveReadError(f"{self._label} is damaged or truncated ({exc}).") from exc
        except Exception as exc:  # zlib.error and friends
            raise ArchiveReadError(f"{self._label} could not be decompressed ({exc}).") from exc
        n = len(data)
        b[:n] = data
        return n

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            super().close()


class _ZipOrigin(_Origin):
    def __init__(self, path: Path) -> None:
        self.name = path.name
        self._fp: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed in close()
        self._zip: zipfile.ZipFile | None = None
        self.recovered = False
        try:
            self._zip = zipfile.ZipFile(self._fp)
        except zipfile.BadZipFile:
            self.recovered = True  # central directory missing: read local headers instead
        except OSError as exc:
            self._fp.close()
            raise ArchiveReadError(f"{path.name} could not be read ({exc}).") from exc

    def entries(self) -> Iterable[tuple[str, int, int, object, str | None]]:
        """(name, size, compressed, ref, problem) for every file entry."""
        if self._zip is not None:
            for info in self._zip.infolist():
                if info.is_dir():
                    continue
                problem = None
                mode = info.external_attr >> 16
                if stat.S_ISLNK(mode):
                    problem = "is a symbolic link"
                elif info.flag_bits & 0x1:
                    problem = "is encrypted with a password"
                yield info.filename, info.file_size, info.compress_size, info, problem
        else:
            found = False
            for entry in scan_local_headers(self._fp):
                found = True
                if entry.name.endswith("/"):
                    continue
                problem = "is encrypted with a password" if entry.encrypted else None
                yield entry.name, entry.size, entry.compressed, entry, problem
            if not found:
                raise ArchiveReadError(f"{self.name} is not a zip file or is too damaged to read.")

    def open(self, member: Member) -> BinaryIO:
        label = f"{self.name}: {member.path}"
        try:
            if isinstance(member.ref, zipfile.ZipInfo):
                assert self._zip is not None
                inner: BinaryIO = self._zip.open(member.ref)  # type: ignore[assignment]
            else:
                assert isinstance(member.ref, RecoveredEntry)
                inner = open_recovered(self._fp, member.ref)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
            raise ArchiveReadError(f"{label} could not be opened ({exc}).") from exc
        return io.BufferedReader(_GuardedReader(inner, label), buffer_size=1 << 20)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        self._fp.close()


class _FolderOrigin(_Origin):
    def __init__(self, path: Path) -> None:
        self.name = path.name or str(path)
        self.root = path

    def open(self, member: Member) -> BinaryIO:
        assert isinstance(member.ref, Path)
        try:
            return open(member.ref, "rb")
        except OSError as exc:
            raise ArchiveReadError(
                f"{self.name}: {member.path} could not be opened ({exc})."
            ) from exc


class ArchiveSource:
    """One or more zips/folders read as a single tree. Use as a context manager."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self.members: list[Member] = []
        self.problems: list[FileReport] = []  # refused or unreadable entries
        self.notes: list[str] = []
        self.names: list[str] = []
        self._origins: dict[str, _Origin] = {}
        self._read_total = 0

    # -- building -------------------------------------------------------------------------
    @classmethod
    def open(cls, paths: Sequence[Path | str], limits: Limits | None = None) -> ArchiveSource:
        src = cls(limits)
        try:
            for p in paths:
                src.add(Path(p))
        except BaseException:
            src.close()
            raise
        return src

    def add(self, path: Path) -> None:
        """Add a zip or folder. Raises ArchiveReadError when nothing in it can be read."""
        if path.is_symlink() and not path.exists():
            raise ArchiveReadError(f"{path.name} is a broken link.")
        if path.is_dir():
            self._add_folder(path)
        elif path.is_file():
            if zipfile.is_zipfile(path) or path.suffix.lower() == ".zip":
                self._add_zip(path)
            else:
                self._add_single_file(path)
        else:
            raise ArchiveReadError(f"{path} does not exist.")
        self.names.append(path.name or str(path))

    def _unique_origin(self, name: str) -> str:
        base, n = name, 2
        while name in self._origins:
            name = f"{base} ({n})"
            n += 1
        return name

    def _add_zip(self, path: Path) -> None:
        origin = _ZipOrigin(path)
        origin.name = self._unique_origin(origin.name)
        self._origins[origin.name] = origin
        if origin.recovered:
            self.notes.append(
                f"{origin.name} is damaged (its index is missing or cut off); "
                "reading what can be recovered."
            )
        raw = list(origin.entries())
        self._register(origin.name, [(n, s, c, r, p) for n, s, c, r, p in raw])

    def _add_folder(self, root: Path) -> None:
        origin = _FolderOrigin(root)
        origin.name = self._unique_origin(origin.name)
        self._origins[origin.name] = origin
        entries: list[tuple[str, int, int, object, str | None]] = []
        nested_zips: list[Path] = []
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dp = Path(dirpath)
            for d in list(dirnames):
                if (dp / d).is_symlink():
                    dirnames.remove(d)
                    rel = (dp / d).relative_to(root).as_posix()
                    entries.append((rel, 0, 0, dp / d, "is a symbolic link"))
            for f in filenames:
                fp = dp / f
                rel = fp.relative_to(root).as_posix()
                if fp.is_symlink():
                    entries.append((rel, 0, 0, fp, "is a symbolic link"))
                    continue
                if dp == root and f.lower().endswith(".zip"):
                    nested_zips.append(fp)  # a folder holding a multi-part download
                    continue
                try:
                    size = fp.stat().st_size
                except OSError as exc:
                    entries.append((rel, 0, 0, fp, f"cannot be read ({exc.strerror})"))
                    continue
                entries.append((rel, size, size, fp, None))
        self._register(origin.name, entries)
        for z in sorted(nested_zips):
            try:
                self._add_zip(z)
            except ArchiveReadError as exc:
                self.problems.append(FileReport(z.name, "", FileStatus.FAILED, exc.message))

    def _add_single_file(self, path: Path) -> None:
        origin = _FolderOrigin(path.parent)
        origin.name = self._unique_origin(path.name)
        self._origins[origin.name] = origin
        size = path.stat().st_size
        self._register(origin.name, [(path.name, size, size, path, None)], strip=False)

    def _register(
        self,
        origin: str,
        entries: list[tuple[str, int, int, object, str | None]],
        strip: bool = True,
    ) -> None:
        lim = self.limits
        safe: list[tuple[str, int, int, object]] = []
        for name, size, comp, ref, problem in entries:
            problem = check_member_name(name) or problem
            norm = name.replace("\\", "/")
            if problem is None and size > lim.max_member_bytes:
                problem = f"is too large ({size:,} bytes; the limit is {lim.max_member_bytes:,})"
            if (
                problem is None
                and comp >= 0  # -1: cut off in a truncated zip, its length is unknown
                and size > lim.ratio_floor
                and size / max(comp, 1) > lim.max_ratio
            ):
                problem = (
                    f"expands {size / max(comp, 1):,.0f} times (a likely zip bomb; "
                    f"the limit is {lim.max_ratio:,.0f})"
                )
            if problem:
                reason = f"{origin}: {norm} {problem}; it was not read."
                self.problems.append(FileReport(origin, norm, FileStatus.FAILED, reason, size=size))
                continue
            safe.append((norm, size, comp, ref))
        depth = _strip_top_folders([n for n, *_ in safe]) if strip else 0
        for norm, size, comp, ref in safe:
            if _ignored(norm):
                continue
            path = "/".join(norm.split("/")[depth:])
            self.members.append(Member(path, size, comp, origin, ref))

    # -- reading ------------------------------------------------------------------------
    def open_member(self, member: Member) -> BinaryIO:
        """A streaming reader. Counts toward the total cap."""
        self._read_total += member.size
        if self._read_total > self.limits.max_total_bytes:
            raise UnsafeArchiveError(
                f"{member.origin}: reading {member.path} would exceed the "
                f"{self.limits.max_total_bytes:,}-byte limit for one import."
            )
        return self._origins[member.origin].open(member)

    def read_bytes(self, member: Member) -> bytes:
        with self.open_member(member) as fp:
            data = fp.read(self.limits.max_member_bytes + 1)
        if len(data) > self.limits.max_member_bytes:
            raise UnsafeArchiveError(f"{member.origin}: {member.path} is larger than declared.")
        return data

    def find(self, pattern: str | re.Pattern[str]) -> list[Member]:
        """Members whose path matches `pattern` (re.search, so anchor with (^|/) as needed)."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        return [m for m in self.members if rx.search(m.path)]

    @property
    def damaged(self) -> bool:
        return any(getattr(o, "recovered", False) for o in self._origins.values())

    def close(self) -> None:
        for origin in self._origins.values():
            origin.close()
        self._origins.clear()

    def __enter__(self) -> ArchiveSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
