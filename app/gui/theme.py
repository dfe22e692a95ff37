"""Application style sheets, loaded in order from resources/styles."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.core.paths import resources_dir


def apply_theme(app: QApplication) -> None:
    styles = sorted((resources_dir() / "styles").glob("*.qss"))
    app.setStyleSheet("\n".join(p.read_text(encoding="utf-8") for p in styles))
