"""Application style sheets, loaded in order from resources/styles, and the colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.core.paths import resources_dir

_SCHEMES = {
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "system": Qt.ColorScheme.Unknown,  # Unknown resets to following the system
}
_original: QPalette | None = None  # the palette before we forced one (to go back to it)


def apply_theme(app: QApplication) -> None:
    styles = sorted((resources_dir() / "styles").glob("*.qss"))
    app.setStyleSheet("\n".join(p.read_text(encoding="utf-8") for p in styles))


def _dark_palette() -> QPalette:
    p = QPalette()
    R = QPalette.ColorRole
    for role, colour in (
        (R.Window, "#2b2d31"),
        (R.WindowText, "#e8e8ea"),
        (R.Base, "#1f2023"),
        (R.AlternateBase, "#34363b"),
        (R.Text, "#e8e8ea"),
        (R.Button, "#36383d"),
        (R.ButtonText, "#e8e8ea"),
        (R.Highlight, "#3d7fd6"),
        (R.HighlightedText, "#ffffff"),
        (R.ToolTipBase, "#34363b"),
        (R.ToolTipText, "#e8e8ea"),
        (R.Link, "#79b0f2"),
        (R.PlaceholderText, "#a0a3a9"),
        (R.Mid, "#55585f"),
        (R.Dark, "#18191b"),
        (R.Light, "#4a4d53"),
        (R.Midlight, "#3f4247"),
        (R.Shadow, "#000000"),
    ):
        p.setColor(role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7f86"))
    return p


def apply_color_scheme(theme: str) -> None:
    """Follow the system ("system") or force "light"/"dark".

    Asks the platform through QStyleHints; where it cannot switch (some Linux desktops,
    offscreen), sets a matching palette instead. Style sheets use palette() colours.
    """
    global _original
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    wanted = _SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(wanted)
    if wanted == Qt.ColorScheme.Unknown or hints.colorScheme() == wanted:
        if _original is not None:
            app.setPalette(_original)
            _original = None
        return
    if _original is None:
        _original = app.palette()
    style = app.style()
    app.setPalette(_dark_palette() if theme == "dark" else style.standardPalette())
