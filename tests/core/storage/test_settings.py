"""Settings: round trip, atomic save under a crash, damaged files reported and kept aside."""

from __future__ import annotations

import os

import pytest

from app.core.storage import settings as st
from app.core.storage.settings import (
    MemorySettingsStore,
    OptOut,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)


def _sample() -> Settings:
    s = Settings(region="EU", birth_year=1990, language="de", theme="dark")
    s.optouts["linkedin.ai_training"] = OptOut(True, "2025-03-01", "2024-11-03")
    s.optouts["meta.ai"] = OptOut(False, "2025-03-02")
    s.window_state = {"geometry": "AdnQywADAAA=", "splitter": [200, 600]}
    return s


def test_defaults_without_file_and_nothing_created():
    assert load_settings() == Settings()
    assert not settings_path().parent.exists()


def test_round_trip():
    save_settings(_sample())
    back = load_settings()
    assert back == _sample() and back.problem is None
    assert back.optouts["meta.ai"].policy_version is None


def test_crash_during_save_keeps_previous_file(monkeypatch: pytest.MonkeyPatch):
    save_settings(_sample())
    before = settings_path().read_bytes()

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    changed = _sample()
    changed.region = "US"
    with monkeypatch.context() as m, pytest.raises(OSError):
        m.setattr(os, "replace", crash)
        save_settings(changed)
    assert settings_path().read_bytes() == before
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]  # no temp left
    assert load_settings().region == "EU"


@pytest.mark.parametrize(
    "content, reason",
    [
        (b'{"region": "EU", ', "not valid JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"birth_year": "1990"}', "'birth_year' has the wrong type"),
        (b'{"optouts": {"x": {"value": "yes", "date": "2025-01-01"}}}', "true/false"),
        (b'{"optouts": {"x": {"value": true, "date": "yesterday"}}}', "bad date"),
        (b'{"version": 99}', "newer"),
    ],
)
def test_damaged_file_is_reported_and_kept_aside(content: bytes, reason: str):
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    loaded = load_settings()
    assert loaded == Settings()
    assert loaded.problem is not None and reason in loaded.problem
    assert "reset to defaults" in loaded.problem
    kept = [p for p in path.parent.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == content
    assert kept[0].name in loaded.problem
    save_settings(loaded)  # saving the defaults does not drop the "problem" into the file
    assert b"problem" not in path.read_bytes()


def test_unknown_keys_are_ignored():
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"region": "UK", "future_option": 3}')
    loaded = load_settings()
    assert loaded.region == "UK" and loaded.problem is None


def test_memory_store_is_independent_copy():
    store = MemorySettingsStore()
    s = store.load()
    s.region = "EU"
    assert store.load().region is None
    store.save(s)
    assert store.load().region == "EU"
    assert not settings_path().parent.exists()


def test_forget_settings_files():
    save_settings(_sample())
    st.remove_settings_files()
    assert list(settings_path().parent.iterdir()) == []
