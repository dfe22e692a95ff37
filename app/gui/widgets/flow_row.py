"""A row of buttons that wraps onto more lines when it is too narrow (long translations)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QWidget

from app.gui.widgets.item_list_layout import ItemListLayout


class FlowRow(ItemListLayout):
    """Lays items left to right, starting a new line when the next one does not fit.

    Each line is centred when `centred` is set. Height follows width (heightForWidth), so the
    row grows downwards inside scroll areas instead of forcing a horizontal scroll bar.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, centred: bool = True):
        super().__init__(parent, spacing)
        self._centred = centred
        self.setContentsMargins(0, 0, 0, 0)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self._gap
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint()
            need = hint.width() if not lines[-1] else used + gap + hint.width()
            if lines[-1] and need > area.width():
                lines.append([])
                need = hint.width()
            lines[-1].append((item, hint))
            used = need
        y = area.y()
        for line in (ln for ln in lines if ln):
            width = sum(h.width() for _i, h in line) + gap * (len(line) - 1)
            height = max(h.height() for _i, h in line)
            x = area.x() + (max(0, area.width() - width) // 2 if self._centred else 0)
            for item, hint in line:
                if apply:
                    w = min(hint.width(), area.width())
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2),
                                           QSize(w, hint.height())))  # fmt: skip
                x += hint.width() + gap
            y += height + gap
        return max(0, y - gap - area.y()) + m.top() + m.bottom()
