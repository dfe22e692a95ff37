"""Application style sheets, loaded in order from resources/styles, the colour scheme, and the
presenter scale (fonts and style-sheet spacing multiplied, for a projector in a room)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.core.paths import resources_dir

_SCHEMES = {
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "system": Qt.ColorScheme.Unknown,  # Unknown resets to following the system
}
PRESENTER_SCALE = 1.6
STYLE_BASE_PT = 10.0  # the body size the style sheets' pt font sizes were drawn for
_original: QPalette | None = None  # the palette before we forced one (to go back to it)
_system_font: QFont | None = None  # the font the system gave us (its size is the user's choice)
_scale = 1.0
_LENGTH = re.compile(r"(\d+(?:\.\d+)?)(px|pt)\b")


def scaled_style_sheet(text: str, scale: float, font_scale: float | None = None) -> str:
    """Multiply px lengths by `scale` and pt font sizes by `font_scale` (default `scale`);
    1px borders stay thin."""
    pt_scale = scale if font_scale is None else font_scale
    if scale == 1.0 and pt_scale == 1.0:
        return text

    def grow(m: re.Match[str]) -> str:
        value = float(m.group(1))
        if m.group(2) == "px":
            return m.group(0) if value <= 1 else f"{round(value * scale)}px"
        return f"{round(value * pt_scale)}pt"

    return _LENGTH.sub(grow, text)


def current_scale() -> float:
    return _scale


def system_font_factor() -> float:
    """How much larger than the 10pt the style sheets were drawn for the user's font is (never
    below 1): titles grow with a larger system font instead of staying fixed."""
    if _system_font is None or _system_font.pointSizeF() <= 0:
        return 1.0
    return max(1.0, _system_font.pointSizeF() / STYLE_BASE_PT)


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def accessible_palette(palette: QPalette) -> QPalette:
    """The palette with selection colours darkened (or lightened) to WCAG AA for text: some
    styles' highlight blue is too light under white text. Other roles are left as they are."""
    p = QPalette(palette)
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    for group in (G.Active, G.Inactive):
        text, bg = p.color(group, R.HighlightedText), p.color(group, R.Highlight)
        if contrast_ratio(text, bg) >= 4.5:
            continue
        light_text = _luminance(text) > 0.5
        for _ in range(30):
            bg = bg.darker(106) if light_text else bg.lighter(106)
            if contrast_ratio(text, bg) >= 4.5:
                break
        p.setColor(group, R.Highlight, bg)
    return p


def apply_theme(app: QApplication, scale: float | None = None) -> None:
    """Load the style sheets; with `scale`, also size the app font from the system's."""
    global _system_font, _scale
    fixed = accessible_palette(app.palette())
    if fixed != app.palette():
        app.setPalette(fixed)
    if _system_font is None or _scale == 1.0:  # the system's font, not one we scaled
        _system_font = QFont(app.font())
    if scale is not None:
        _scale = scale
        font = QFont(_system_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(_system_font.pointSizeF() * scale)
        else:
            font.setPixelSize(round(_system_font.pixelSize() * scale))
        app.setFont(font)
    styles = sorted((resources_dir() / "styles").glob("*.qss"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in styles)
    app.setStyleSheet(scaled_style_sheet(text, _scale, _scale * system_font_factor()))


def dark_palette() -> QPalette:
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
    app.setPalette(
        accessible_palette(dark_palette() if theme == "dark" else style.standardPalette())
    )
