"""A row of widgets that wraps onto as few, evenly filled rows as fit (the item filter bar)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem

from app.gui.widgets.item_list_layout import ItemListLayout


class WrapLayout(ItemListLayout):
    """Widgets in a row that wraps onto more rows when they do not fit; each row's spare
    width is shared by its widgets that can grow."""

    def sizeHint(self) -> QSize:
        hints = [i.sizeHint() for i in self._visible()]
        width = sum(h.width() for h in hints) + self._gap * max(0, len(hints) - 1)
        return QSize(width, max((h.height() for h in hints), default=0))

    def minimumSize(self) -> QSize:
        widest = max((i.minimumSize().width() for i in self._visible()), default=0)
        return QSize(widest, self.heightForWidth(widest))

    def rows(self, width: int) -> list[list[QLayoutItem]]:
        """The items row by row at `width`: as few rows as fit, as evenly filled as fits."""
        items = self._visible()
        greedy: list[list[QLayoutItem]] = []
        for item in items:
            if not greedy or not self._fits([*greedy[-1], item], width):
                greedy.append([])
            greedy[-1].append(item)
        if len(greedy) < 2:
            return greedy
        # Even rows, fuller at the end: search alone above dates + Clear, not Clear alone.
        n, start, even = len(greedy), 0, []
        for r in range(n):
            size = len(items) // n + (r >= n - len(items) % n)
            even.append(items[start : start + size])
            start += size
        fits = all(row and self._fits(row, width) for row in even)
        return even if fits else greedy

    def _fits(self, row: list[QLayoutItem], width: int) -> bool:
        need = sum(i.sizeHint().width() for i in row) + self._gap * (len(row) - 1)
        return need <= width

    def _place(self, rect: QRect, apply: bool) -> int:
        y = rect.y()
        for row in self.rows(rect.width()):
            hints = [i.sizeHint() for i in row]
            height = max(h.height() for h in hints)
            spare = rect.width() - sum(h.width() for h in hints) - self._gap * (len(row) - 1)
            growing = [
                n for n, i in enumerate(row) if i.expandingDirections() & Qt.Orientation.Horizontal
            ]
            x = rect.x()
            for n, (item, hint) in enumerate(zip(row, hints, strict=True)):
                width = hint.width()
                if n in growing:  # the spare pixels, shared out evenly
                    k = growing.index(n)
                    width += spare // len(growing) + (k < spare % len(growing))
                width = min(max(width, item.minimumSize().width()), rect.width())
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._gap
            y += height + self._gap
        return max(0, y - self._gap - rect.y())
