"""Choose archives (buttons or drag-and-drop), then follow the import with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ImportPage(QWidget):
    open_files_requested = Signal()
    open_folder_requested = Signal()
    demo_requested = Signal()
    paths_dropped = Signal(list)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)

        title = QLabel(self.tr("See what the platforms may do with your data"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Open the data archive you downloaded from X, LinkedIn, Facebook or Instagram. "
                "Overshare reads it on this computer only; nothing is uploaded."
            )
        )
        intro.setWordWrap(True)

        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_zone.setMinimumHeight(160)
        zone = QVBoxLayout(self.drop_zone)
        hint = QLabel(self.tr("Drop zip files or an extracted folder here"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        zone.addWidget(hint)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open archive…"))
        self.open_button.setAccessibleName(self.tr("Open archive zip files"))
        self.folder_button = QPushButton(self.tr("Open folder…"))
        self.folder_button.setAccessibleName(self.tr("Open an extracted archive folder"))
        self.demo_button = QPushButton(self.tr("Try with demo data"))
        for b in (self.open_button, self.folder_button, self.demo_button):
            buttons.addWidget(b)
        zone.addLayout(buttons)
        self.open_button.clicked.connect(self.open_files_requested)
        self.folder_button.clicked.connect(self.open_folder_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        self.progress_panel = QWidget()
        pp = QVBoxLayout(self.progress_panel)
        pp.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        pp.addWidget(self.progress_label)
        pp.addWidget(self.progress_bar)
        pp.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.progress_panel.hide()

        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.progress_panel)
        layout.addWidget(self.message)
        layout.addStretch(1)

    # -- state -----------------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.drop_zone.setEnabled(not busy)
        self.progress_panel.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.message.hide()
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Opening…"))

    def show_progress(self, done: int, total: int, message: str) -> None:
        scale = max(total, 1)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(int(1000 * min(done, scale) / scale))
        self.progress_label.setText(message)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.drop_zone.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.paths_dropped.emit(paths)
