"""A friendly error message with the technical details one click away (and copyable)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, message: str, details: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(box.tr("Something went wrong"))
    box.setText(message)
    box.setInformativeText(
        box.tr("Your archive was not changed. You can copy the details below for a bug report.")
    )
    if details:
        box.setDetailedText(details)
    box.open()
    return box
