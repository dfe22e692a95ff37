"""Opening a SQLCipher connection with a raw key, and mapping SQLite errors to typed ones."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from app.core.errors import CorruptLibraryError, LibraryWriteError, WrongKeyError

_PLAIN_HEADER = b"SQLite format 3\x00"
# Primary SQLite result codes.
_CORRUPT, _NOTADB = 11, 26
_WRITE_CODES = {8, 10, 13, 14}  # READONLY, IOERR, FULL, CANTOPEN
DatabaseError = sqlcipher3.DatabaseError


def _code(exc: BaseException) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def typed_error(exc: BaseException) -> Exception:
    """The OvershareError for a SQLite failure (messages never include SQL or keys)."""
    code = _code(exc)
    if code in (_CORRUPT, _NOTADB):
        return CorruptLibraryError("The library file is damaged and cannot be read.")
    if code in _WRITE_CODES:
        return LibraryWriteError(
            f"Writing to the library failed ({getattr(exc, 'sqlite_errorname', 'I/O error')}); "
            "the last batch was not saved."
        )
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    try:
        yield
    except DatabaseError as exc:
        mapped = typed_error(exc)
        if mapped is exc:
            raise
        raise mapped from None


def connect(target: Path | str, key: bytes | None, *, wrong_key: str) -> Any:
    """Open and unlock a library; `wrong_key` is the message if the key does not fit."""
    if isinstance(target, Path):
        with contextlib.suppress(OSError), target.open("rb") as fh:
            if fh.read(16) == _PLAIN_HEADER:
                raise CorruptLibraryError(
                    f"{target.name} is an unencrypted SQLite file, not an Overshare library."
                )
    conn = sqlcipher3.connect(str(target), check_same_thread=False, isolation_level=None)
    try:
        # A wrong key is an expected, typed error: keep SQLCipher from logging it to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if _code(exc) in (_NOTADB, _CORRUPT):
            raise WrongKeyError(wrong_key) from None
        raise typed_error(exc) from None
    try:
        conn.execute("PRAGMA temp_store = MEMORY")  # no temp files with sort data in /tmp
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB of decrypted pages
        if target != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
    except DatabaseError as exc:
        conn.close()
        raise typed_error(exc) from None
    return conn
