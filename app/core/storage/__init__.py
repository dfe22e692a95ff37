"""Local storage: the encrypted library, its key, settings, and ephemeral sessions."""

from app.core.storage.db import Library, open_library
from app.core.storage.files import LibraryState, forget_everything, library_state
from app.core.storage.ingest import ImportHandle
from app.core.storage.records import (
    ImportRecord,
    ItemFilter,
    Sort,
    StoredItem,
    TagRow,
)
from app.core.storage.secrets import keyring_available

__all__ = [
    "ImportHandle",
    "ImportRecord",
    "ItemFilter",
    "Library",
    "LibraryState",
    "Sort",
    "StoredItem",
    "TagRow",
    "forget_everything",
    "keyring_available",
    "library_state",
    "open_library",
]
