"""A big-number tile: a count, a caption and a one-line explanation."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class StatTile(QFrame):
    def __init__(self, caption: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statTile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value = QLabel("–", self)
        self.value.setObjectName("tileValue")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("tileHint")
        self.hint.setWordWrap(True)
        for w in (self.value, self.caption, self.hint):
            layout.addWidget(w)
        layout.addStretch(1)
        self.setAccessibleName(caption)

    def set_value(self, n: int | None) -> None:
        self.value.setText("–" if n is None else f"{n:,}")
        self.setAccessibleDescription(f"{self.caption.text()}: {self.value.text()}")
