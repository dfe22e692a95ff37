"""The item-list plumbing every wrapping layout needs; subclasses place the items."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ItemListLayout(QLayout):
    """A QLayout over a plain list of items whose height follows its width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def _visible(self) -> list[QLayoutItem]:
        """The items that take part in the layout (hidden widgets do not)."""
        return [i for i in self._items if not i.isEmpty()]

    def _place(self, rect: QRect, apply: bool) -> int:
        """Lay the items out in `rect` (only measure unless `apply`); returns the height used."""
        raise NotImplementedError
