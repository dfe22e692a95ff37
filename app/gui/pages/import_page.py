"""An import in progress: current file, items so far, a cancel; then the result message."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ImportPage(QWidget):
    cancel_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(14)
        self.title = QLabel(self.tr("Reading your archive"), self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.sources = QLabel(self)
        self.sources.setWordWrap(True)
        self.sources.setObjectName("hintText")
        note = QLabel(self.tr("Everything happens on this computer. Nothing is uploaded."), self)
        note.setWordWrap(True)
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.progress_label.setAccessibleName(self.tr("Current file"))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.message = QLabel(self)
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.back_button = QPushButton(self.tr("Choose another archive"), self)
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.cancel_button)
        for w in (self.title, self.sources, note, self.progress_label, self.progress_bar):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def set_busy(self, busy: bool, sources: str = "") -> None:
        self.progress_bar.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.back_button.setVisible(not busy)
        if busy:
            self.title.setText(self.tr("Reading your archive"))
            self.sources.setText(sources)
            self.message.hide()
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Opening…"))

    def set_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Cancelling…"))

    def show_progress(self, done: int, total: int, message: str) -> None:
        scale = max(total, 1)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(int(1000 * min(done, scale) / scale))
        self.progress_label.setText(message)

    def show_message(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.message.setText(text)
        self.message.show()
