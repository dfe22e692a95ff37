"""Screenshots of every page and dialog at 1280×800 and 800×600, for reviewers (screenshots/)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.core.storage.workshop import ephemeral_session
from app.gui.dialogs.about_dialog import AboutDialog
from app.gui.dialogs.error_dialog import ErrorDialog
from app.gui.dialogs.passphrase_dialog import PassphraseDialog
from app.gui.dialogs.settings_dialog import SettingsDialog
from app.gui.i18n import install_translators
from app.gui.main_window import DASHBOARD, HEALTH, ITEMS, START
from app.gui.state import AppState
from app.gui.theme import apply_theme
from app.gui.wizard.wizard import LETTERS, SUMMARY
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
    ]
    for name, d in dialogs:
        qtbot.addWidget(d)
        d.show()
        _save(d, name)


@pytest.mark.parametrize("lang", ["pseudo", "de", "es"])
def test_pages_translated(qtbot, monkeypatch, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The main pages in pseudo-localisation (accented, ~40% longer), German and Spanish, to check
    that layouts hold longer text (screenshots/<lang>-<page>-800x600.png)."""
    monkeypatch.setenv("OVERSHARE_LANG", lang)
    install_translators()
    try:
        w = make_window(qtbot, AppState(ephemeral_session()))
        w.resize(800, 600)
        _save(w, f"{lang}-welcome")
        w.welcome_page.verticalScrollBar().setValue(w.welcome_page.verticalScrollBar().maximum())
        _save(w, f"{lang}-welcome-bottom")
        with qtbot.waitSignal(w.dashboard_page.updated, timeout=20000):
            w.open_demo()
        w.go(DASHBOARD)
        _save(w, f"{lang}-dashboard")
        bar = w.dashboard_page.verticalScrollBar()
        bar.setValue(bar.maximum())
        _save(w, f"{lang}-dashboard-bottom")
        w.go(ITEMS)
        w.items_page.table.selectRow(0)
        _save(w, f"{lang}-items")
        w.go(HEALTH)
        _save(w, f"{lang}-health")
        settings = SettingsDialog(w.state, w)
        settings.show()
        _save(settings, f"{lang}-settings")
        settings.close()
    finally:
        monkeypatch.setenv("OVERSHARE_LANG", "en")
        install_translators()


@pytest.mark.parametrize("size", SIZES)
def test_wizard_pages(qtbot, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Every kind of opt-out wizard page, for an EU user on the demo data."""
    from datetime import date

    from tests.gui.wizard.support import demo_state, make_wizard, walk

    state = demo_state("EU")
    w = make_wizard(qtbot, state)
    w.resize(*size)
    _save(w, "wizard-intro")
    walk(w)
    w.page_for("linkedin.data_for_genai").answer("done", date(2026, 11, 2))  # type: ignore[union-attr]
    w.page_for("x.grok_data_sharing").answer("done", date(2026, 11, 2))  # type: ignore[union-attr]
    shots = {
        "setting": "x.business_partners",
        "objection": "meta.objection_facebook",
        "alternative": "meta.private_instagram",
        "done": "linkedin.data_for_genai",
    }
    for name, sid in shots.items():
        w.restart()
        w.jump_to = sid
        w.next()
        _save(w, f"wizard-step-{name}")
    while w.currentId() != LETTERS:
        w.next()
    w.letters.platform.setCurrentIndex(w.letters.platform.findData("facebook"))
    _save(w, "wizard-letters")
    with qtbot.waitSignal(w.summary.computed, timeout=20000):
        w.next()
    assert w.currentId() == SUMMARY
    _save(w, "wizard-summary")
    us = make_wizard(qtbot, demo_state("US"), "meta.no_opt_out")
    us.resize(*size)
    _save(us, "wizard-step-notice")


def test_presenter_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Workshop presenter view (1.6× type and spacing) on a 1280×800 projector."""
    w = make_window(qtbot, AppState(ephemeral_session()))
    w.resize(1280, 800)
    w.workshop.start(presenter=True)
    try:
        _save(w, "presenter-welcome")
        with qtbot.waitSignal(w.dashboard_page.updated, timeout=20000):
            w.open_demo()
        w.go(DASHBOARD)
        _save(w, "presenter-dashboard")
        w.go(ITEMS)
        w.items_page.table.selectRow(0)
        _save(w, "presenter-items")
        w.go(HEALTH)
        _save(w, "presenter-health")
        summary = w.workshop.export_summary()
        qtbot.waitUntil(lambda: summary.summary is not None, timeout=20000)
        summary.resize(summary.sizeHint())
        _save(summary, "presenter-group-summary")
        summary.reject()
        for name, opener in (("settings", w.open_settings), ("export", w.open_export)):
            dialog = opener()
            dialog.resize(dialog.sizeHint())  # the offscreen screen is 800×600; a projector is not
            _save(dialog, f"presenter-{name}")
            dialog.reject()
        w.open_wizard()
        wizard = w.findChild(QWidget, "optOutWizard")
        assert wizard is not None
        _save(wizard, "presenter-wizard")
        wizard.close()
        w.workshop.reset(confirm=False)
        _save(w, "presenter-after-reset")
    finally:
        w.workshop.set_presenter(False)
