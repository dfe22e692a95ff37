"""Ephemeral (workshop) mode writes nothing under the user's dirs and leaves the keyring alone."""

from __future__ import annotations

from pathlib import Path

from app.core.storage import ItemFilter, TagRow
from app.core.storage.settings import OptOut
from app.core.storage.workshop import ephemeral_session, open_session
from tests.core.storage.conftest import make_item


def _snapshot(home: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(home)), p.stat().st_mtime_ns) for p in home.rglob("*"))


def test_ephemeral_session_leaves_nothing(isolated_dirs: Path, memory_keyring):
    before = _snapshot(isolated_dirs)
    session = open_session(ephemeral=True)
    lib = session.library
    assert lib.mode == "memory" and session.ephemeral
    handle = lib.begin_import(["demo.zip"], "x:demo")
    handle.add_batch([make_item(n) for n in range(50)])
    handle.finish({})
    lib.set_tags("x:post:1", [TagRow("may_train", "allowed", "r")])
    assert lib.count(ItemFilter(text="gardening")) == 50
    assert lib.count(ItemFilter(outcomes=["may_train"])) == 1
    settings = session.settings_store.load()
    settings.region = "EU"
    settings.optouts["x.ai_training"] = OptOut(True, "2025-01-02", "2024-11-15")
    session.settings_store.save(settings)
    assert session.settings_store.load().optouts["x.ai_training"].value is True
    lib.forget_import(lib.imports()[0].id)
    session.close()
    assert _snapshot(isolated_dirs) == before
    assert memory_keyring.store == {}


def test_two_ephemeral_sessions_share_nothing():
    a, b = ephemeral_session(), ephemeral_session()
    a.library.begin_import(["x.zip"], None).add_batch([make_item(1)])
    assert b.library.count() == 0
    a.close()
    b.close()
