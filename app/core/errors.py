"""Typed errors with stable codes; messages are one sentence naming the file and the problem."""

from __future__ import annotations


class OvershareError(Exception):
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnsafeArchiveError(OvershareError):
    """Path tricks, zip bombs, oversized members."""

    code = "unsafe_archive"


class ArchiveReadError(OvershareError):
    """Corrupt, truncated, encrypted or unreadable input."""

    code = "archive_unreadable"


class FormatError(OvershareError):
    """A member is readable but not in the expected format."""

    code = "bad_format"


class NothingToImportError(OvershareError):
    code = "nothing_importable"
