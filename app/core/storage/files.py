"""Where the library lives on disk, what state it is in, and wiping it."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Any

import orjson

from app.core import paths
from app.core.storage import secrets

DB_NAME = "library.db"
KDF_NAME = "passphrase.json"  # scrypt salt and cost: not secret, marks a passphrase library
DB_SUFFIXES = ("", "-wal", "-shm", "-journal")


class LibraryState(StrEnum):
    NONE = "none"  # nothing stored yet
    KEYRING = "keyring"  # key in the OS keyring
    PASSPHRASE = "passphrase"  # key derived from the user's passphrase


def library_dir() -> Path:
    return paths.data_dir() / "library"


def db_path() -> Path:
    return library_dir() / DB_NAME


def kdf_path() -> Path:
    return library_dir() / KDF_NAME


def db_exists() -> bool:
    """True when a library with content may exist (a 0-byte file never held data)."""
    for suffix in ("", "-wal"):
        try:
            if Path(f"{db_path()}{suffix}").stat().st_size > 0:
                return True
        except OSError:
            pass
    return False


def library_state() -> LibraryState:
    """Which way the existing library is opened, so a front end knows what to ask for."""
    if not db_exists():
        return LibraryState.NONE
    return LibraryState.PASSPHRASE if kdf_path().exists() else LibraryState.KEYRING


def read_kdf() -> dict[str, Any] | None:
    try:
        data = orjson.loads(kdf_path().read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def write_atomic(path: Path, data: bytes, *, create_folder: bool = True) -> None:
    """Write via a temp file in the same folder, fsync, rename; the old file survives a crash.

    With create_folder=False a missing folder is an error (a destination the user chose).
    """
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_db_files() -> None:
    """Delete the database, its WAL/journal files and the passphrase parameters."""
    base = db_path()
    for suffix in DB_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{base}{suffix}").unlink()
    with contextlib.suppress(FileNotFoundError):
        kdf_path().unlink()


def forget_everything(*, settings: bool = False) -> None:
    """Remove every trace of the user's library: keyring entry, database files, cache.

    Works without the key (for a lost passphrase or a damaged library). With settings=True
    the settings file goes too (region, birth year, recorded opt-outs).
    """
    secrets.delete_key()
    remove_db_files()
    shutil.rmtree(library_dir(), ignore_errors=True)
    shutil.rmtree(paths.cache_dir(), ignore_errors=True)
    if settings:
        from app.core.storage.settings import remove_settings_files

        remove_settings_files()
    with contextlib.suppress(OSError):
        paths.data_dir().rmdir()  # only if now empty (policy updates may live there)
