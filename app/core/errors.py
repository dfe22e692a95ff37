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


class KeyringUnavailable(OvershareError):
    """No usable OS keyring: offer a passphrase or an in-memory session instead."""

    code = "keyring_unavailable"


class WrongKeyError(OvershareError):
    """The library exists but the passphrase or keyring key does not open it."""

    code = "library_wrong_key"


class CorruptLibraryError(OvershareError):
    """The library file is damaged, not a library, or from a newer version."""

    code = "library_corrupt"


class LibraryWriteError(OvershareError):
    """A write to the library failed (disk full, read-only); the batch was rolled back."""

    code = "library_write_failed"
