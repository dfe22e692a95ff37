"""Settings: context changes re-tag, theme applies, forgetting asks first and is delegated."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.paths import demo_dir
from app.core.pipeline import import_into_library
from app.core.storage import ItemFilter
from app.core.storage.workshop import ephemeral_session
from app.gui.dialogs.settings_dialog import SettingsDialog
from app.gui.state import AppState
from tests.gui.shell_support import make_window


def _dialog(qtbot, state: AppState | None = None) -> SettingsDialog:  # type: ignore[no-untyped-def]
    d = SettingsDialog(state or AppState(ephemeral_session()))
    qtbot.addWidget(d)
    d.open()
    return d


def test_region_change_saves_and_signals_context(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = _dialog(qtbot)
    d.region.setCurrentIndex(d.region.findData("EU"))
    d.birth_year.setValue(1985)
    with qtbot.waitSignal(d.state.context_changed):
        d.accept()
    assert (d.state.settings.region, d.state.settings.birth_year) == ("EU", 1985)
    assert d.state.session.settings_store.load().birth_year == 1985


def test_theme_only_does_not_retag_and_applies(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = _dialog(qtbot)
    d.theme.setCurrentIndex(d.theme.findData("dark"))
    with qtbot.assertNotEmitted(d.state.context_changed):
        d.accept()
    assert d.state.settings.theme == "dark"
    hints = QGuiApplication.styleHints().colorScheme()
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert hints == Qt.ColorScheme.Dark or window.lightness() < 100  # native or our palette
    d2 = _dialog(qtbot, d.state)
    d2.theme.setCurrentIndex(d2.theme.findData("system"))
    d2.accept()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 100


def test_memory_session_shows_no_folder(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = _dialog(qtbot)
    assert "memory" in d.location.text().lower()
    assert not d.open_folder_button.isEnabled()
    assert not d.forget_import_button.isEnabled()


def test_forget_archive_needs_confirmation(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    state = AppState(ephemeral_session())
    import_into_library([demo_dir() / "x-archive"], state.library, state.classifier())
    d = _dialog(qtbot, state)
    assert d.imports.count() == 1 and "x-archive" in d.imports.currentText()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    with qtbot.assertNotEmitted(d.forget_import_requested):
        d.forget_import_button.click()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(d.forget_import_requested) as blocker:
        d.forget_import_button.click()
    assert blocker.args[0] == state.library.imports()[0].id


def test_forget_archive_through_the_window(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot)
    with qtbot.waitSignal(w.import_finished, timeout=20000):
        w.start_import([demo_dir() / "x-archive"])
    d = w.open_settings()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(w.state.library_changed, timeout=10000):
        d.forget_import_button.click()
    assert w.state.library.count(ItemFilter()) == 0 and w.state.library.imports() == []
