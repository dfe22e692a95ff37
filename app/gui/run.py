"""GUI entry point: application, style, session, exception hook, main window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.gui.dialogs.error_dialog import show_error
from app.gui.dialogs.policy_update_dialog import check_at_start
from app.gui.i18n import force_language, install_translators
from app.gui.main_window import MainWindow
from app.gui.session import open_session_interactively
from app.gui.state import AppState
from app.gui.theme import apply_color_scheme, apply_theme
from app.gui.workshop_guard import redirect_caches_at_start


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Overshare")
    app.setOrganizationName("Overshare")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.overshare.Overshare")  # matches the installed .desktop file
    apply_theme(app)
    install_translators()  # system language (or OVERSHARE_LANG) until settings are open
    return app


def _install_excepthook(window: MainWindow) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(details)
        problem = QCoreApplication.translate("run", "Overshare hit an unexpected problem: %1")
        show_error(window, problem.replace("%1", str(exc)), details)

    sys.excepthook = hook


def build_window(args: argparse.Namespace) -> MainWindow | None:
    """Open the session (asking the user where needed) and the window; None means quit."""
    session = open_session_interactively(bool(getattr(args, "ephemeral", False)))
    if session is None:
        return None
    state = AppState(session)
    install_translators(state.settings.language)
    apply_color_scheme(state.settings.theme)
    window = MainWindow(state)
    state.setParent(window)
    return window


def run_gui(args: argparse.Namespace) -> int:
    workshop = bool(getattr(args, "workshop", False))
    if workshop:  # before Qt starts: its caches go to a private folder removed on exit
        redirect_caches_at_start()
        args.ephemeral = True
    if getattr(args, "demo", False) and not getattr(args, "archives", []):
        args.ephemeral = True  # demo data alone never lands in the user's saved library
    if getattr(args, "lang", None):  # --lang wins over Settings for this run only
        force_language(args.lang)
    app = create_app()
    window = build_window(args)
    if window is None:
        return 1
    if workshop:
        window.workshop.start(presenter=not getattr(args, "no_presenter", False))
    _install_excepthook(window)
    window.show()
    # The start-up objects live for the whole session: keep the cyclic GC from rescanning them.
    gc.collect()
    gc.freeze()
    window.policy_check = check_at_start(window, window.state)
    archives = [Path(a) for a in getattr(args, "archives", [])]
    if archives:
        window.start_import(archives)
    elif getattr(args, "demo", False):
        window.open_demo()
    if os.environ.get("OVERSHARE_STARTUP_PROBE"):  # benchmarks: report the first shown frame
        QTimer.singleShot(0, lambda: print("overshare-window-shown", flush=True))
    smoke_ms = os.environ.get("OVERSHARE_SMOKE_EXIT_MS")
    if smoke_ms:  # packaging smoke test (installer/smoke_test.sh): close after N ms
        QTimer.singleShot(int(smoke_ms), window.close)
    try:
        return app.exec()
    finally:
        window.state.session.close()
        window.workshop.shutdown()
