"""Export dialog: runs the export in a worker, confirms before replacing, writes redacted files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.pipeline import import_into_library
from app.core.storage.settings import OptOut, Settings
from app.core.storage.workshop import ephemeral_session
from app.gui.dialogs.export_dialog import ExportDialog, open_export_dialog
from app.gui.state import AppState
from tests.core.report.fixture import MARK, write_archive


@pytest.fixture
def state(tmp_path: Path) -> AppState:
    settings = Settings(
        region="EU",
        optouts={"x.grok_data_sharing": OptOut(False, "2025-01-10", "x.privacy.2026-01-15")},
    )
    s = AppState(ephemeral_session(settings))
    import_into_library([write_archive(tmp_path)], s.library, s.classifier())
    return s


def _run(qtbot: QtBot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.finished_or_failed(), timeout=20000):
        dialog.start()


def test_exports_redacted_json_with_checklist(
    qtbot: QtBot, state: AppState, tmp_path: Path
) -> None:
    dialog = open_export_dialog(state)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.redacted.isChecked()  # share-safe is the default
    dialog.path.setText(str(tmp_path / "out"))
    _run(qtbot, dialog)
    out = tmp_path / "out.json"
    raw = out.read_bytes()
    assert MARK.lower().encode() not in raw.lower()
    data = json.loads(raw)
    assert data["redacted"] and len(data["items"]) == state.library.count()
    grok = next(c for c in data["report"]["checklist"] if c["key"] == "x.grok_data_sharing")
    assert grok["state"] == "done" and grok["policy_version"] == "x.privacy.2026-01-15"
    assert "Saved" in dialog.status.text() and dialog.export_button.isEnabled()


def test_asks_before_replacing(
    qtbot: QtBot, state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "r.csv"
    dest.write_text("keep")
    dialog = ExportDialog(state)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.path.setText(str(dest))
    asked: list[Path] = []
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda p: asked.append(p) or False)
    dialog.start()
    assert asked == [dest] and dialog.task is None and dest.read_text() == "keep"
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda p: True)
    _run(qtbot, dialog)
    assert dest.read_text(encoding="utf-8").startswith("platform,kind")


def test_pdf_export_in_worker(qtbot: QtBot, state: AppState, tmp_path: Path) -> None:
    dialog = ExportDialog(state)
    qtbot.addWidget(dialog)
    dialog.redacted.setChecked(False)
    dialog.path.setText(str(tmp_path / "full.pdf"))
    _run(qtbot, dialog)
    assert (tmp_path / "full.pdf").read_bytes().startswith(b"%PDF-")
    assert dialog.saved is not None and dialog.saved.format == "pdf"
