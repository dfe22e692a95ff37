"""Helpers for the shell tests: ephemeral states, an in-memory keyring, synthetic archives."""

from __future__ import annotations

import json
import secrets as pysecrets
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from app.core.storage import secrets
from app.core.storage.workshop import ephemeral_session
from app.gui.main_window import MainWindow
from app.gui.state import AppState

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SIZES = ((1280, 800), (800, 600))


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict, so tests never touch the developer's real keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


def use_memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    monkeypatch.setattr(
        secrets.KdfParams,
        "fresh",
        classmethod(lambda cls: cls(salt=pysecrets.token_bytes(16), n=2**10)),
    )
    return backend


def make_window(qtbot, state: AppState | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(state or AppState(ephemeral_session()))
    qtbot.addWidget(w)
    w.show()
    return w


def big_x_archive(folder: Path, tweets: int) -> Path:
    """An extracted X archive with `tweets` posts in data/tweets.js (archive-formats.md §1.2)."""
    data = folder / "data"
    data.mkdir(parents=True)
    records = [
        {
            "tweet": {
                "id_str": str(10**18 + i),
                "id": str(10**18 + i),
                "created_at": "Fri Mar 06 13:02:05 +0000 2026",
                "full_text": f"post number {i} " + "x" * 200,
                "entities": {"hashtags": [], "user_mentions": [], "urls": []},
                "retweeted": False,
            }
        }
        for i in range(tweets)
    ]
    body = json.dumps(records, indent=2, separators=(",", " : "))
    (data / "tweets.js").write_text(f"window.YTD.tweets.part0 = {body}")
    return folder
