"""`overshare import` and `overshare library …` end to end, with a passphrase-locked library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

DEMO_X = ROOT / "resources" / "demo" / "x-archive"


def run(
    *args: str | Path, passphrase: str | None = "correct horse"
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("OVERSHARE_PASSPHRASE", None)
    if passphrase:
        env["OVERSHARE_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def _files_under(*dirs: str) -> list[Path]:
    return [p for d in dirs for p in Path(os.environ[d]).rglob("*") if p.is_file()]


def test_import_status_forget_round_trip() -> None:
    first = run("import", DEMO_X, "--passphrase", "--region", "EU")
    assert first.returncode == 0, first.stderr
    assert "Imported 35 items as import #1" in first.stdout
    assert "passphrase" in first.stderr  # says how the library is protected
    again = run("import", DEMO_X, "--region", "EU")
    assert again.returncode == 0 and "holds 35 items" in again.stdout  # no duplicates

    status = run("library", "status")
    assert status.returncode == 0
    assert "complete" in status.stdout and "Total: 35 items" in status.stdout

    db = next(p for p in _files_under("XDG_DATA_HOME") if p.name == "library.db")
    assert b"robin_demo" not in db.read_bytes() and b"garden" not in db.read_bytes()

    wrong = run("library", "status", passphrase="wrong")
    assert wrong.returncode != 0
    assert "passphrase does not open this library" in wrong.stderr

    gone = run("library", "forget", "--all", "--yes", passphrase=None)
    assert gone.returncode == 0
    leftovers = _files_under("XDG_DATA_HOME", "XDG_CACHE_HOME")
    assert not any(b"garden" in p.read_bytes() for p in leftovers)
    assert not any(p.name.startswith("library.db") for p in leftovers)
    assert "No library yet" in run("library", "status").stdout


def test_no_keyring_and_no_passphrase_is_a_clear_error() -> None:
    out = run("import", DEMO_X, passphrase=None)
    assert out.returncode != 0
    assert "--passphrase" in out.stderr and "Traceback" not in out.stderr


def test_forget_needs_confirmation_without_a_terminal() -> None:
    out = run("library", "forget", "--all", passphrase=None)
    assert out.returncode == 2 and "--yes" in out.stderr
