"""Test defaults: offscreen Qt, isolated platformdirs, a fake keyring, no network."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OVERSHARE_LANG", "en")  # English GUI whatever the machine's locale

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
PUBLIC_FIXTURES = Path(
    os.environ.get("OVERSHARE_PUBLIC_FIXTURES", ROOT.parent / "shared" / "fixtures-public")
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show Qt windows (debugging)")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--onscreen"):
        os.environ.pop("QT_QPA_PLATFORM", None)


@pytest.fixture
def public_fixtures() -> Path:
    """The real-format samples in ../shared/fixtures-public (read in place, never copied)."""
    if not PUBLIC_FIXTURES.is_dir():
        pytest.skip(
            f"real-format samples not found at {PUBLIC_FIXTURES}: they live in the shared "
            "folder beside the project (present in CI)"
        )
    return PUBLIC_FIXTURES


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every platformdirs location at a temp folder so tests never touch the real ones."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("OVERSHARE_HOME", str(home))
    # Never the developer's real keyring; tests that need one install an in-memory backend.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return home


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Refuse connections to anything but loopback (tests that serve start a local server)."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if (
            isinstance(host, str)
            and host not in ("127.0.0.1", "::1", "localhost")
            and not (host.startswith("127."))
            and self.family in (socket.AF_INET, socket.AF_INET6)
        ):
            raise OSError(f"network access blocked in tests: {host}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)
