"""GUI entry point: application, style, exception hook, main window."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.gui.dialogs.error_dialog import show_error
from app.gui.main_window import MainWindow
from app.gui.theme import apply_theme


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Overshare")
    app.setOrganizationName("Overshare")
    app.setApplicationVersion(__version__)
    apply_theme(app)
    return app


def _install_excepthook(window: MainWindow) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(details)
        show_error(window, f"Overshare hit an unexpected problem: {exc}", details)

    sys.excepthook = hook


def run_gui(args: argparse.Namespace) -> int:
    app = create_app()
    window = MainWindow()
    _install_excepthook(window)
    window.show()
    archives = [Path(a) for a in getattr(args, "archives", [])]
    if archives:
        window.start_import(archives)
    else:
        window.open_demo()  # a first look on bundled demo data; Ctrl+O opens a real archive
    smoke_ms = os.environ.get("OVERSHARE_SMOKE_EXIT_MS")
    if smoke_ms:  # packaging smoke test (installer/smoke_test.sh): close after N ms
        QTimer.singleShot(int(smoke_ms), window.close)
    return app.exec()
