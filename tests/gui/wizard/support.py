"""Wizard test helpers: an app state on the demo archives, with a chosen settings store."""

from __future__ import annotations

from pathlib import Path

from app.core.context_settings import context_from_settings
from app.core.paths import demo_dir
from app.core.pipeline import import_into_library
from app.core.policy import Classifier, load_policy_set
from app.core.storage import open_library
from app.core.storage.settings import FileSettingsStore, MemorySettingsStore, Settings
from app.core.storage.workshop import Session
from app.gui.state import AppState
from app.gui.wizard.wizard import SUMMARY, OptOutWizard

POLICIES = load_policy_set()


def demo_state(region: str | None, settings_file: Path | None = None) -> AppState:
    """Demo items of all four platforms in an in-memory library."""
    settings = Settings(region=region, birth_year=1980)
    store: FileSettingsStore | MemorySettingsStore
    if settings_file is None:
        store = MemorySettingsStore(settings)
    else:
        store = FileSettingsStore(settings_file)
        if not settings_file.exists():
            store.save(settings)
    library = open_library("memory")
    archives = sorted(p for p in demo_dir().iterdir() if p.is_dir() or p.suffix == ".zip")
    import_into_library(archives, library, Classifier(POLICIES, context_from_settings(settings)))
    return AppState(Session(library, store, ephemeral=settings_file is None), POLICIES)


def make_wizard(qtbot, state: AppState, step_key: str | None = None) -> OptOutWizard:  # type: ignore[no-untyped-def]
    w = OptOutWizard(state, step_key)
    qtbot.addWidget(w)
    w.open_at_target()
    w.show()
    return w


def walk(w: OptOutWizard) -> list[int]:
    """Press Next until the summary page; the page ids passed on the way."""
    seen = [w.currentId()]
    while w.currentId() != SUMMARY:
        w.next()
        assert w.currentId() != seen[-1], "Next did not move"
        seen.append(w.currentId())
    return seen
