"""Screenshots of every page and dialog at 1280×800 and 800×600, for reviewers (screenshots/)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.core.storage.workshop import ephemeral_session
from app.gui.dialogs.about_dialog import AboutDialog
from app.gui.dialogs.error_dialog import ErrorDialog
from app.gui.dialogs.passphrase_dialog import PassphraseDialog
from app.gui.dialogs.settings_dialog import SettingsDialog
from app.gui.main_window import DASHBOARD, HEALTH, ITEMS, START
from app.gui.state import AppState
from app.gui.theme import apply_theme
from app.gui.wizard.placeholder_dialog import OptOutStepDialog
from tests.gui.shell_support import SCREENSHOTS, SIZES, make_window


@pytest.fixture(autouse=True)
def styled(qapp):  # type: ignore[no-untyped-def]
    """Shoot with the app's style sheets, as users see it."""
    apply_theme(qapp)
    yield
    qapp.setStyleSheet("")


def _save(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    for _ in range(3):  # let layouts, re-polish and deferred deletes settle
        QApplication.processEvents()
        layout = widget.layout()
        if layout is not None:
            layout.activate()
    path = SCREENSHOTS / f"{name}-{widget.width()}x{widget.height()}.png"
    assert widget.grab().save(str(path))


@pytest.mark.parametrize("size", SIZES)
def test_pages(qtbot, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot, AppState(ephemeral_session()))
    w.resize(*size)
    _save(w, "welcome")
    w.import_page.set_busy(True, "twitter-2026-06-01-demo.zip")
    w.import_page.show_progress(420, 1000, "Reading data/tweets.js (12,345 items so far)")
    w.start_stack.setCurrentWidget(w.import_page)
    _save(w, "import")
    w.import_page.set_busy(False)
    with (
        qtbot.waitSignal(w.dashboard_page.updated, timeout=20000),
        qtbot.waitSignal(w.import_finished, timeout=20000),
    ):
        w.open_demo()
    w.go(DASHBOARD)
    _save(w, "dashboard")
    w.dashboard_page.verticalScrollBar().setValue(w.dashboard_page.verticalScrollBar().maximum())
    _save(w, "dashboard-bottom")
    w.go(ITEMS)
    _save(w, "items")
    w.go(HEALTH)
    _save(w, "health")
    w.go(START)
    w.welcome_page.verticalScrollBar().setValue(w.welcome_page.verticalScrollBar().maximum())
    _save(w, "welcome-bottom")


def test_dialogs(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = AppState(ephemeral_session())
    dialogs: list[tuple[str, QWidget]] = [
        ("settings", SettingsDialog(state)),
        ("about", AboutDialog(state.policy_set)),
        ("passphrase-new", PassphraseDialog(new=True)),
        (
            "passphrase-enter",
            PassphraseDialog(new=False, message="The passphrase does not open this library."),
        ),
        ("error", ErrorDialog("The import stopped unexpectedly: disk full", "Traceback …")),
        ("wizard-placeholder", OptOutStepDialog(state, "linkedin.data_for_genai")),
    ]
    for name, d in dialogs:
        qtbot.addWidget(d)
        d.show()
        _save(d, name)
