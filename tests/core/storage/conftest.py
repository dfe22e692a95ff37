"""Storage test helpers: an in-memory keyring (never the developer's), synthetic items."""

from __future__ import annotations

import secrets as pysecrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility
from app.core.storage import secrets


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at a low cost so tests stay quick (test_secrets checks the real cost once)."""
    monkeypatch.setattr(
        secrets.KdfParams,
        "fresh",
        classmethod(lambda cls: cls(salt=pysecrets.token_bytes(16), n=2**10)),
    )


BASE = datetime(2020, 1, 1, tzinfo=UTC)


def make_item(
    n: int,
    *,
    platform: Platform = Platform.X,
    kind: ItemKind = ItemKind.POST,
    text: str | None = None,
    visibility: Visibility = Visibility.PUBLIC,
    archive: str = "twitter-2024.zip",
) -> Item:
    return Item(
        platform=platform,
        kind=kind,
        id=f"{platform.value}:{kind.value}:{n}",
        created_at=BASE + timedelta(days=n),
        visibility=visibility,
        visibility_basis="account is public",
        text=text if text is not None else f"post number {n} about gardening",
        source=SourceRef(archive, "data/tweets.js", n),
        target=None,
        media=(f"media/{n}.jpg",) if n % 2 else (),
        attrs={"likes": n, "lang": "en", "nested": {"a": [1, 2]}},
    )
