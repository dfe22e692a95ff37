"""The item browser: search, filters, a virtual table over the store, and the item detail."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.storage import ItemFilter
from app.gui.models.item_columns import (
    COL_DATE,
    COL_EXPOSURE,
    COL_KIND,
    COL_PLATFORM,
    COL_TEXT,
    COL_VISIBILITY,
    column_texts,
)
from app.gui.models.items_model import ItemIdRole, ItemsModel
from app.gui.pages.item_detail import ItemDetail
from app.gui.state import AppState
from app.gui.widgets.item_filter_bar import FACET_NAMES, ItemFilterBar

# Short columns in average character widths: (cap, floor when squeezed); Date is never cut.
_CHARS = {
    COL_PLATFORM: (14, 8),
    COL_KIND: (20, 7),
    COL_DATE: (0, 0),
    COL_VISIBILITY: (14, 7),
    COL_EXPOSURE: (26, 16),  # "Allowed now · 1 use" stays whole where it can
}
_FLOOR_HEAD_CHARS = 10  # a squeezed column keeps this much of its header
_TEXT_SHARE, _TEXT_CHARS = 0.25, 16  # Text keeps at least this share of the width / characters
_RESTYLE = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange})


def fit_widths(
    natural: dict[int, int], floors: dict[int, int], available: int, text_min: int
) -> dict[int, int]:
    """Column widths: each short column its natural width, unless Text would get less than
    `text_min`; then they give up width in proportion to what they have above their floor."""
    spare = sum(natural[c] - floors[c] for c in natural)
    excess = sum(natural.values()) + text_min - available
    if excess <= 0 or spare <= 0:
        return dict(natural)
    give = min(1.0, excess / spare)
    return {c: natural[c] - round((natural[c] - floors[c]) * give) for c in natural}


class ItemsTable(QTableView):
    """The items table; says when its width or type changes (no Python on paint events)."""

    resized = Signal()
    restyled = Signal()  # font or style changed, e.g. the presenter view

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _RESTYLE:
            self.restyled.emit()


class ItemsPage(QWidget):
    wizard_requested = Signal(str)  # setting key, from the item detail
    detail_opened = Signal(str)  # item id

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.detail: ItemDetail | None = None
        self._facets_gen = 0

        title = QLabel(self.tr("Your items"), self)
        title.setObjectName("pageTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("itemCount")
        self.count_label.setAccessibleName(self.tr("Number of items shown"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count_label)

        self.filters = ItemFilterBar(self)
        self.filters.filter_changed.connect(self._apply_filter)

        self.model = ItemsModel(state.library, self)
        self.model.count_changed.connect(self._update_count)
        self.model.loading_changed.connect(self._update_count)
        self.model.loader.facets_loaded.connect(self._on_facets)
        self.model.failed.connect(self._on_failed)
        self.table = self._make_table()

        self.empty = QWidget(self)
        self.empty_label = QLabel(self.empty)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_clear = QPushButton(self.tr("Clear filters"), self.empty)
        self.empty_clear.clicked.connect(self.filters.clear)
        empty_box = QVBoxLayout(self.empty)
        empty_box.addStretch(1)
        empty_box.addWidget(self.empty_label)
        empty_box.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_box.addStretch(2)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)

        state.library_changed.connect(self.reload)
        state.context_changed.connect(self.reload)
        self.reload()

    def _make_table(self) -> ItemsTable:
        table = ItemsTable(self)
        table.setModel(self.model)
        table.setObjectName("itemsTable")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform: no per-row sizing
        rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # squeezed headers end in "…"
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        table.resized.connect(self.fit_columns)
        table.restyled.connect(self._restyled)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        table.setSortingEnabled(True)
        table.activated.connect(self.open_detail)  # Enter, or double-click
        table.setAccessibleName(self.tr("Items"))
        return table

    # ---- column widths ---------------------------------------------------------------------
    def fit_columns(self) -> None:
        """Size the short columns from their longest label in the current language and font
        (capped), leaving Text the rest; no row is read, so this is as fast at 1M rows."""
        table, header = self.table, self.table.horizontalHeader()
        fm, head_fm = table.fontMetrics(), header.fontMetrics()
        style = table.style() or QApplication.style()
        pm = QStyle.PixelMetric
        cell_pad = 2 * (style.pixelMetric(pm.PM_FocusFrameHMargin, None, table) + 1) + 6
        head_margin = style.pixelMetric(pm.PM_HeaderMargin, None, header)
        head_pad = 3 * head_margin + style.pixelMetric(pm.PM_HeaderMarkSize, None, header) + 4
        char = max(1, fm.averageCharWidth())
        natural: dict[int, int] = {}
        floors: dict[int, int] = {}
        for column, (cap_chars, floor_chars) in _CHARS.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            head = head_fm.horizontalAdvance(title) + head_pad
            texts = column_texts(column)
            widest = max((fm.horizontalAdvance(t) for t in texts), default=0) + cell_pad
            if column == COL_EXPOSURE:  # the coloured dot before the words
                icon = table.iconSize().width()
                widest += (icon if icon > 0 else style.pixelMetric(pm.PM_SmallIconSize)) + 4
            cap = cap_chars * char + cell_pad if cap_chars else widest
            natural[column] = max(head, min(widest, cap))
            # Squeezed, a column keeps a few characters and, within reason, its header.
            floor = max(floor_chars * char, min(head, _FLOOR_HEAD_CHARS * char))
            floors[column] = min(natural[column], floor) if cap_chars else natural[column]
        available = table.viewport().width()
        text_min = max(round(available * _TEXT_SHARE), _TEXT_CHARS * char)
        for column, width in fit_widths(natural, floors, available, text_min).items():
            header.resizeSection(column, width)

    def _restyled(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.fit_columns()

    # ---- public API ------------------------------------------------------------------------
    def show_filter(self, flt: ItemFilter) -> None:
        """Show the items matching `flt` (e.g. from a dashboard figure)."""
        self.filters.set_filter(flt)

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def reload(self) -> None:
        """The library or its tags changed: re-count, re-read the filter values."""
        self.model.set_library(self.state.library)
        self._facets_gen += 1
        self.model.loader.facets(self._facets_gen, self.state.library, FACET_NAMES)

    def open_detail(self, index: QModelIndex | None = None) -> ItemDetail | None:
        index = index if index is not None else self.table.currentIndex()
        if not index.isValid():
            return None
        item_id = index.siblingAtColumn(0).data(ItemIdRole)
        if not item_id:
            return None  # its page is still loading
        if self.detail is None:
            self.detail = ItemDetail(self.state, None, self)
            self.detail.wizard_requested.connect(self.wizard_requested)
        self.detail.show_item(item_id)
        self.detail.show()  # non-modal: Enter on another row shows that item in the same window
        self.detail.raise_()
        self.detail.activateWindow()
        self.detail_opened.emit(item_id)
        return self.detail

    # ---- reactions -------------------------------------------------------------------------
    def _apply_filter(self, flt: ItemFilter) -> None:
        self.model.set_filter(flt)

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        """Show the order the store will really use (unsortable columns keep the current one)."""
        target = ItemsModel.store_sort_for(column, order) or self.model.store_sort
        shown, shown_order = ItemsModel.column_for(target)
        if (shown, shown_order) != (column, order):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(shown, shown_order)
            header.blockSignals(False)

    def _on_facets(self, gen: int, facets: dict[str, dict[str, int]]) -> None:
        if gen == self._facets_gen:
            self.filters.set_facets(facets)

    def _on_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("Could not read your library: {0}").format(message))

    def _update_count(self) -> None:
        if self.model.loading:
            self.count_label.setText(self.tr("Counting…"))
            return
        n = self.model.rowCount()
        if n == 1:
            self.count_label.setText(self.tr("1 item"))
        else:
            self.count_label.setText(self.tr("{0} items").format(f"{n:,}"))
        filtered = self.filters.is_filtered()
        if n == 0:
            self.empty_label.setText(
                self.tr("No items match — clear filters to see everything.")
                if filtered
                else self.tr("Your library is empty. Open an archive to see your items here.")
            )
            self.empty_clear.setVisible(filtered)
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
