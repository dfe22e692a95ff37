"""Search box and filter controls for the item browser; emits the ItemFilter they describe."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QObject, QTimer, Signal
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
            # Share the row; the popup list is as wide as its longest entry.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.addItem(self.tr(all_label), "")
            combo.setAccessibleName(self.tr(all_label))
            combo.currentIndexChanged.connect(self._emit_now)
            self.combos[field] = combo
        self.date_from = self._date_edit(self.tr("From: any date"), self.tr("From date"))
        self.date_to = self._date_edit(self.tr("To: any date"), self.tr("To date"))
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.date_from)
        top.addWidget(QLabel("–", self))
        top.addWidget(self.date_to)
        top.addWidget(self.clear_button)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for combo in self.combos.values():
            row.addWidget(combo)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addLayout(row)

    def _date_edit(self, special: str, name: str) -> QDateEdit:
        edit = QDateEdit(self)
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
                view = combo.view()
                view.setMinimumWidth(view.sizeHintForColumn(0) + 24)

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
        combo.setCurrentIndex(at)

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())


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
