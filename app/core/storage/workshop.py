"""Ephemeral (workshop) sessions: library and settings in memory, nothing written anywhere.

No user folder is created or changed and the keyring is not touched.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.storage.db import Library, open_library
from app.core.storage.settings import (
    FileSettingsStore,
    MemorySettingsStore,
    Settings,
    SettingsStore,
)


@dataclass(slots=True)
class Session:
    library: Library
    settings_store: SettingsStore
    ephemeral: bool

    def close(self) -> None:
        self.library.close()


def ephemeral_session(initial: Settings | None = None) -> Session:
    return Session(open_library("memory"), MemorySettingsStore(initial), ephemeral=True)


def open_session(
    *, ephemeral: bool, mode: str = "keyring", passphrase: str | None = None
) -> Session:
    """A session for the front ends: `--ephemeral` gives the in-memory one."""
    if ephemeral:
        return ephemeral_session()
    if mode not in ("keyring", "passphrase", "memory"):
        raise ValueError(f"unknown library mode {mode!r}")
    library = open_library(mode, passphrase)  # type: ignore[arg-type]
    return Session(library, FileSettingsStore(), ephemeral=False)
