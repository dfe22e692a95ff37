"""The item browser's table: a virtual model over the store, fetched in pages of 200 rows.

Nothing is loaded per row: the row count comes from `Library.count`, rows from
`Library.page` on demand (on a worker thread), and an LRU keeps a few dozen pages.
Until a page arrives its rows show a placeholder; `dataChanged` repaints them.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from app.core.storage import ItemFilter, Library, Sort, StoredItem
from app.gui.models import labels
from app.gui.models.item_columns import (
    COL_DATE,
    COL_EXPOSURE,
    COL_KIND,
    COL_PLATFORM,
    COL_TEXT,
    COL_VISIBILITY,
    HEADERS,
    STATUS_COLOURS,
    column_texts,
    date_text,
    dot_icon,
    snippet,
)
from app.gui.models.store_loader import StoreLoader

# The model and its roles, plus the column names callers know this module by (item_columns).
__all__ = [
    "COL_DATE",
    "COL_EXPOSURE",
    "COL_KIND",
    "COL_PLATFORM",
    "COL_TEXT",
    "COL_VISIBILITY",
    "MAX_PAGES",
    "PAGE_SIZE",
    "PREFETCH",
    "STATUS_COLOURS",
    "ExposureRole",
    "ItemIdRole",
    "ItemsModel",
    "RowView",
    "SortRole",
    "StoredItemRole",
    "TagsRole",
    "column_texts",
    "snippet",
]

PAGE_SIZE = 200
MAX_PAGES = 64  # ~12,800 rows kept
PREFETCH = 60  # rows from a page edge at which the next page is fetched

ItemIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
TagsRole = Qt.ItemDataRole.UserRole + 3
StoredItemRole = Qt.ItemDataRole.UserRole + 4
ExposureRole = Qt.ItemDataRole.UserRole + 5  # labels.Exposure

Index = QModelIndex | QPersistentModelIndex


class RowView:
    """One row as shown, built once when first painted; later paints only look values up."""

    __slots__ = ("cells", "exposure", "item")

    def __init__(self, item: StoredItem) -> None:
        self.item = item
        self.exposure = labels.exposure_of(item.tags)
        self.cells = (
            labels.platform_label(item.platform.value),
            labels.kind_label(item.kind.value),
            date_text(item.created_at),
            snippet(item.text) if item.text else (item.target or ""),  # a like: what it is of
            labels.visibility_label(item.visibility.value),
            self.exposure.text(),
        )


class _Page:
    """A fetched page: the store's rows, and their RowViews made on first use.

    RowViews are made on the GUI thread on purpose: Python work on the loader thread would
    hold the GIL while the GUI thread paints, stalling it.
    """

    __slots__ = ("items", "views")

    def __init__(self, items: list[StoredItem]) -> None:
        self.items = items
        self.views: list[RowView | None] = [None] * len(items)

    def view(self, offset: int) -> RowView | None:
        if offset >= len(self.items):
            return None
        view = self.views[offset]
        if view is None:
            view = self.views[offset] = RowView(self.items[offset])
        return view


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        ItemIdRole,
        SortRole,
        TagsRole,
        StoredItemRole,
        ExposureRole,
    }
)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ItemsModel(QAbstractTableModel):
    count_changed = Signal(int)  # the new filter's count arrived (its first rows came before)
    loading_changed = Signal(bool)  # True while a new filter/sort is being counted
    page_loaded = Signal(int)  # page index whose rows just arrived
    failed = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._filter = ItemFilter()
        self._sort = Sort.NEWEST
        self._count = 0
        self._loading = False
        self._gen = 0
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._requested: set[int] = set()
        self._icons: dict[str, QIcon] = {}
        self._loader = StoreLoader(self)
        self._loader.first_page.connect(self._on_first_page)
        self._loader.counted.connect(self._on_counted)
        self._loader.page_loaded.connect(self._on_page)
        self._loader.failed.connect(self._on_failed)

    # ---- public API ------------------------------------------------------------------------
    @property
    def item_filter(self) -> ItemFilter:
        return self._filter

    @property
    def store_sort(self) -> Sort:
        return self._sort

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def loader(self) -> StoreLoader:
        return self._loader

    def set_library(self, library: Library) -> None:
        self._library = library
        self.refresh()

    def set_filter(self, flt: ItemFilter) -> None:
        self._filter = flt
        self.refresh()

    def set_sort(self, sort: Sort) -> None:
        if sort != self._sort:
            self._sort = Sort(sort)
            self.refresh()

    def refresh(self) -> None:
        """Re-count and reload in the worker; the current rows stay until the answer comes."""
        self._gen += 1
        self._set_loading(True)
        self._loader.count(self._gen, self._library, self._filter, self._sort, PAGE_SIZE)

    def is_loaded(self, row: int) -> bool:
        return self._cached(row) is not None

    def stored_item(self, row: int) -> StoredItem | None:
        """The row's item if its page is loaded (asks for the page otherwise)."""
        view = self._row(row)
        return view.item if view is not None else None

    # ---- sorting ---------------------------------------------------------------------------
    @staticmethod
    def store_sort_for(column: int, order: Qt.SortOrder) -> Sort | None:
        """The store order for a header click; None where the store cannot sort that column."""
        if column == COL_DATE:
            return Sort.OLDEST if order == Qt.SortOrder.AscendingOrder else Sort.NEWEST
        return {COL_PLATFORM: Sort.PLATFORM, COL_KIND: Sort.KIND}.get(column)

    @staticmethod
    def column_for(sort: Sort) -> tuple[int, Qt.SortOrder]:
        if sort == Sort.OLDEST:
            return COL_DATE, Qt.SortOrder.AscendingOrder
        if sort == Sort.NEWEST:
            return COL_DATE, Qt.SortOrder.DescendingOrder
        column = COL_PLATFORM if sort == Sort.PLATFORM else COL_KIND
        return column, Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        store_sort = self.store_sort_for(column, order)
        if store_sort is not None:
            self.set_sort(store_sort)

    # ---- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        ascending = Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.ToolTipRole and self.store_sort_for(section, ascending) is None:
            return self.tr("This column cannot be sorted")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Hot path (every visible cell, every paint): reject unused roles first.
        if role not in _ROLES or not index.isValid():
            return None
        view = self._row(index.row())
        column = index.column()
        if view is None:
            if role == Qt.ItemDataRole.DisplayRole and column == COL_TEXT:
                return self.tr("Loading…")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return view.cells[column]
        item = view.item
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(view.exposure.status) if column == COL_EXPOSURE else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view, column)
        if role == ItemIdRole:
            return item.id
        if role == SortRole:
            return self._sort_value(view, column)
        if role == TagsRole:
            return item.tags
        if role == StoredItemRole:
            return item
        return view.exposure  # ExposureRole

    def _tooltip(self, view: RowView, column: int) -> str | None:
        item = view.item
        if column == COL_TEXT and item.text:
            return item.text[:600]
        if column == COL_DATE and item.created_at:
            return date_text(item.created_at, with_time=True)
        if column == COL_EXPOSURE:
            exposure = view.exposure
            lines = [labels.outcome_label(o) for o in exposure.outcomes]
            return "\n".join(lines) or exposure.text()
        return None

    @staticmethod
    def _sort_value(view: RowView, column: int) -> Any:
        item = view.item
        if column == COL_PLATFORM:
            return item.platform.value
        if column == COL_KIND:
            return item.kind.value
        if column == COL_DATE:
            return item.created_at.timestamp() if item.created_at else float("-inf")
        if column == COL_TEXT:
            return item.text
        if column == COL_VISIBILITY:
            return item.visibility.value
        return view.exposure.rank

    def _icon(self, status: str) -> QIcon:
        icon = self._icons.get(status)
        if icon is None:
            icon = self._icons[status] = dot_icon(STATUS_COLOURS.get(status, "#b0b8c0"))
        return icon

    # ---- paging ----------------------------------------------------------------------------
    def _cached(self, row: int) -> StoredItem | None:
        page = self._pages.get(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page.items[offset] if page is not None and offset < len(page.items) else None

    def _row(self, row: int) -> RowView | None:
        index = row // PAGE_SIZE
        page = self._pages.get(index)
        if page is None:
            self._request(index)
            return None
        self._pages.move_to_end(index)
        offset = row % PAGE_SIZE
        # Near a page edge: fetch the neighbour now, so scrolling on rarely shows "Loading…".
        if offset >= PAGE_SIZE - PREFETCH and (index + 1) * PAGE_SIZE < self._count:
            self._prefetch(index + 1)
        elif offset < PREFETCH and index > 0:
            self._prefetch(index - 1)
        return page.view(offset)

    def _prefetch(self, index: int) -> None:
        if index not in self._pages:
            self._request(index)

    def _request(self, index: int) -> None:
        if self._loading or index in self._requested:
            return  # while counting, the old filter's pages are not worth loading
        self._requested.add(index)
        dropped = self._loader.page(
            self._gen, self._library, self._filter, self._sort, index, PAGE_SIZE
        )
        self._requested.difference_update(dropped)

    def _on_first_page(self, gen: int, first: list[StoredItem]) -> None:
        """Show the new filter's first rows at once; the rest follow when counted."""
        if gen != self._gen:
            return
        self.beginResetModel()
        self._pages.clear()
        self._requested.clear()
        self._count = len(first)
        if first:
            self._pages[0] = _Page(first)
        self.endResetModel()

    def _on_counted(self, gen: int, count: int) -> None:
        if gen != self._gen:
            return
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # the library shrank in between: start over
            self.beginResetModel()
            self._pages.clear()
            self._count = count
            self.endResetModel()
        self._set_loading(False)
        self.count_changed.emit(count)

    def _on_page(self, gen: int, index: int, rows: list[StoredItem]) -> None:
        if gen != self._gen:
            return
        self._requested.discard(index)
        self._pages[index] = _Page(rows)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = index * PAGE_SIZE
        last = min(self._count, first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))
        self.page_loaded.emit(index)

    def _on_failed(self, gen: int, message: str) -> None:
        if gen == self._gen:
            self._requested.clear()
            self._set_loading(False)
            self.failed.emit(message)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
