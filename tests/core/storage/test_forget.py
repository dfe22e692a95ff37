"""Forgetting leaves nothing behind; the files on disk hold no plaintext."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from app.core import paths
from app.core.storage import ItemFilter, forget_everything, library_state, open_library
from app.core.storage.files import db_path
from tests.core.storage.conftest import make_item

MARKER = "zebra-marker-7f3a9c"


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp dir of its own, so a scan sees only what the library might write there."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp))
    return tmp


def _marked_items(n: int):
    return [make_item(i, text=f"{MARKER} message {i} " + "filler " * 50) for i in range(n)]


def _scan(*roots: Path) -> list[Path]:
    hits = []
    needles = (MARKER.encode(), MARKER.encode("utf-16-le"))
    for root in roots:
        for f in root.rglob("*") if root.exists() else ():
            if f.is_file() and any(n in f.read_bytes() for n in needles):
                hits.append(f)
    return hits


def _dirs(tmp: Path) -> tuple[Path, ...]:
    return paths.data_dir(), paths.cache_dir(), paths.config_dir(), tmp


def test_database_files_hold_no_plaintext(private_tmp: Path):
    lib = open_library()
    handle = lib.begin_import(["a.zip"], None)
    for start in range(0, 2000, 500):
        handle.add_batch(_marked_items(2000)[start : start + 500])
    # Checked while open (WAL not yet folded in) and after close.
    files = [p for p in db_path().parent.iterdir()]
    assert any(p.name.endswith("-wal") for p in files)
    assert _scan(*_dirs(private_tmp)) == []
    handle.finish({"note": MARKER})
    assert lib.count(ItemFilter(text=MARKER)) == 2000
    lib.close()
    assert _scan(*_dirs(private_tmp)) == []


def test_forget_everything_leaves_nothing(private_tmp: Path, memory_keyring):
    with open_library() as lib:
        handle = lib.begin_import([f"{MARKER}.zip"], f"x:{MARKER}")
        handle.add_batch(_marked_items(300))
        handle.finish({"handle": MARKER})
    paths.cache_dir().mkdir(parents=True)
    (paths.cache_dir() / "thumb.bin").write_text(MARKER)  # whatever else may cache
    lib = open_library()
    lib.forget_everything()
    assert memory_keyring.store == {}
    assert not db_path().exists() and not paths.cache_dir().exists()
    assert _scan(*_dirs(private_tmp)) == []
    assert library_state() == "none"
    with open_library() as fresh:  # and a new library starts cleanly
        assert fresh.count() == 0


def test_forget_everything_without_the_key(memory_keyring):
    with open_library("passphrase", "lost") as lib:
        lib.begin_import(["a.zip"], None).add_batch(_marked_items(3))
    forget_everything()
    assert not db_path().parent.exists()
    assert library_state() == "none"


def test_forget_one_archive_scrubs_its_text(private_tmp: Path):
    with open_library() as lib:
        handle = lib.begin_import(["a.zip"], "x:1")
        handle.add_batch(_marked_items(200))
        first = handle.finish({})
        other = lib.begin_import(["b.zip"], "x:2")
        other.add_batch([make_item(1000 + i) for i in range(10)])
        other.finish({})
        lib.forget_import(first.id)
        assert lib.count(ItemFilter(text=MARKER)) == 0
        assert lib.count() == 10
        assert [r.sources for r in lib.imports()] == [("b.zip",)]
