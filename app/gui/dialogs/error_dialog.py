"""A friendly error message with the technical details one click away, selectable and copyable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    def __init__(self, message: str, details: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.message = QLabel(message, self)
        self.message.setObjectName("sectionTitle")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(
            self.tr("Your archive was not changed. You can copy the details for a bug report."),
            self,
        )
        note.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.toggle_button = QPushButton(self.tr("Show details"), self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        for b in (self.toggle_button, self.copy_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
            b.setEnabled(bool(details))
            b.setAutoDefault(False)
        self.toggle_button.clicked.connect(self._toggle)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        for w in (self.message, note, self.details, buttons):
            layout.addWidget(w)

    def _toggle(self) -> None:
        show = not self.details.isVisible()
        self.details.setVisible(show)
        self.toggle_button.setText(self.tr("Hide details") if show else self.tr("Show details"))
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(
            f"{self.message.text()}\n\n{self.details.toPlainText()}"
        )


def show_error(parent: QWidget | None, message: str, details: str = "") -> ErrorDialog:
    """Open (non-blocking) and return the dialog, so tests can inspect and close it."""
    dialog = ErrorDialog(message, details, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
