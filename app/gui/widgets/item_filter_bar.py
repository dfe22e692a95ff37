"""Search box and filter controls for the item browser; emits the ItemFilter they describe."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.storage import ItemFilter
from app.gui.models import labels
from app.gui.widgets.keyboard import tab_leaves
from app.gui.widgets.wrap_layout import WrapLayout

DEBOUNCE_MS = 150
_ANY_DATE = QDate(1970, 1, 1)  # shown as "Any date"

# (ItemFilter field, facet name, "all" label, value -> words)
FACETS: tuple[tuple[str, str, str, Callable[[str], str]], ...] = (
    ("platforms", "platform", "All platforms", labels.platform_label),
    ("kinds", "kind", "All kinds", labels.kind_label),
    ("outcomes", "outcome", "Any use", labels.outcome_label),
    ("statuses", "status", "Any status", labels.status_label),
    ("visibilities", "visibility", "Any visibility", labels.visibility_label),
)
FACET_NAMES = tuple(f[1] for f in FACETS)
SEARCH_CHARS = 20  # the search box wraps the dates to the next row rather than go narrower
POPUP_MARGIN = 32  # popup list width beyond its longest entry (margins, scroll bar, frame)


def _day_bound(date: QDate, end: bool) -> datetime | None:
    if date == _ANY_DATE:
        return None
    clock = time(23, 59, 59, 999999) if end else time(0, 0)
    local = datetime.combine(_pydate(date), clock).astimezone()  # the user's own day
    return local.astimezone(UTC)


def _pydate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class ItemFilterBar(QWidget):
    filter_changed = Signal(object)  # ItemFilter; text edits are debounced

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search your posts, messages and more…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search items"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._emit_now)

        self.combos: dict[str, QComboBox] = {}
        for field, _facet, all_label, _words in FACETS:
            combo = QComboBox(self)
            # As wide as its "all" entry; the popup list as wide as its longest entry.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(1)  # _size_controls() sets the real width
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.addItem(self.tr(all_label), "")
            combo.setAccessibleName(self.tr(all_label))
            combo.currentIndexChanged.connect(self._emit_now)
            self.combos[field] = combo
            _fit_popup(combo)
        self.dates = QWidget(self)  # the date range wraps as one piece
        self.date_from = self._date_edit(self.tr("From: any date"), self.tr("From date"))
        self.date_to = self._date_edit(self.tr("To: any date"), self.tr("To date"))
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–", self.dates))
        dates.addWidget(self.date_to)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        # Search, dates and Clear, then the drop-downs; each part wraps where narrow.
        self.top = WrapLayout()
        self.top.addWidget(self.search)
        self.top.addWidget(self.dates)
        self.top.addWidget(self.clear_button)
        self.choices = WrapLayout()
        for combo in self.combos.values():
            self.choices.addWidget(combo)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.top)
        box.addLayout(self.choices)
        order = [self.search, self.date_from, self.date_to, *self.combos.values()]
        for first, second in zip(order, [*order[1:], self.clear_button], strict=True):
            QWidget.setTabOrder(first, second)
        self._size_controls()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_controls()  # e.g. the presenter view's larger type
        super().changeEvent(event)

    def _size_controls(self) -> None:
        """Each drop-down at least as wide as its "all" entry; the search box not too narrow."""
        fm = self.fontMetrics()
        char = fm.averageCharWidth()
        self.search.setMinimumWidth(SEARCH_CHARS * char)
        for field, _facet, all_label, _words in FACETS:
            combo = self.combos[field]
            combo.setMinimumWidth(0)
            frame = combo.sizeHint().width() - combo.minimumContentsLength() * char
            combo.setMinimumWidth(frame + fm.horizontalAdvance(self.tr(all_label)))

    def _date_edit(self, special: str, name: str) -> QDateEdit:
        edit = QDateEdit(self.dates)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_ANY_DATE)
        edit.setSpecialValueText(special)
        edit.setDate(_ANY_DATE)
        edit.setAccessibleName(name)
        tab_leaves(edit)  # "Any date" would otherwise trap Tab
        edit.dateChanged.connect(self._emit_now)
        return edit

    # ---- state -----------------------------------------------------------------------------
    def current_filter(self) -> ItemFilter:
        values: dict[str, Any] = {field: _values(combo) for field, combo in self.combos.items()}
        text = self.search.text().strip() or None
        return ItemFilter(
            text=text,
            date_from=_day_bound(self.date_from.date(), end=False),
            date_to=_day_bound(self.date_to.date(), end=True),
            **values,
        )

    def set_facets(self, facets: dict[str, dict[str, int]]) -> None:
        """Offer the values the store holds, with item counts; keeps the current choices."""
        with _Silenced(self):
            for field, facet, _all, words in FACETS:
                combo = self.combos[field]
                chosen = _values(combo)
                while combo.count() > 1:
                    combo.removeItem(1)
                counts = facets.get(facet, {})
                for value in sorted(counts, key=lambda v: (-counts[v], v)):
                    combo.addItem(f"{words(value)} ({counts[value]:,})", value)
                self._select(combo, chosen, words)
                _fit_popup(combo)

    def set_filter(self, flt: ItemFilter) -> None:
        """Show `flt` in the controls (values the store lacks are added), then emit it."""
        with _Silenced(self):
            self.search.setText(flt.text or "")
            for field, _facet, _all, words in FACETS:
                self._select(self.combos[field], tuple(getattr(flt, field)), words)
            self.date_from.setDate(_qdate(flt.date_from))
            self.date_to.setDate(_qdate(flt.date_to))
        self._emit_now()

    def clear(self) -> None:
        self.set_filter(ItemFilter())

    def is_filtered(self) -> bool:
        return self.current_filter() != ItemFilter()

    def _select(self, combo: QComboBox, values: Sequence[str], words: Callable[[str], str]) -> None:
        key = ",".join(values)  # item data: the values joined ("" = any)
        at = combo.findData(key)
        if at < 0:
            combo.addItem(", ".join(words(v) for v in values), key)
            at = combo.count() - 1
            _fit_popup(combo)
        combo.setCurrentIndex(at)

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())


def _fit_popup(combo: QComboBox) -> None:
    """Let the drop-down list be as wide as its longest entry, however narrow the box is."""
    view = combo.view()  # (its sizeHintForColumn only counts rows laid out so far)
    fm = view.fontMetrics()
    widest = max((fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    view.setMinimumWidth(widest + POPUP_MARGIN)


def _values(combo: QComboBox) -> tuple[str, ...]:
    data = combo.currentData()
    return tuple(data.split(",")) if data else ()


def _qdate(ts: datetime | None) -> QDate:
    if ts is None:
        return _ANY_DATE
    d = ts.astimezone().date()
    return QDate(d.year, d.month, d.day)


class _Silenced:
    """Block the bar's control signals while it is being filled programmatically."""

    def __init__(self, bar: ItemFilterBar) -> None:
        self._objects: list[QObject] = [bar.search, bar.date_from, bar.date_to]
        self._objects.extend(bar.combos.values())
        self._debounce = bar._debounce

    def __enter__(self) -> None:
        for obj in self._objects:
            obj.blockSignals(True)

    def __exit__(self, *exc: object) -> None:
        for obj in self._objects:
            obj.blockSignals(False)
        self._debounce.stop()
