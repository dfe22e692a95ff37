"""Archive health per import: files read, skipped, failed (with reasons), dates, accounts, gaps.

Stored imports are shown from ImportRecord.inventory (the JSON the pipeline saved); a fresh
import that stored nothing is shown from its inventory directly.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import fill
from app.gui.i18n import SHIPPED, current_language
from app.gui.models.labels import kind_label
from app.gui.widgets.labels import items_text, platform_name

if TYPE_CHECKING:
    from app.gui.state import AppState

_STATUS_ORDER = {"failed": 0, "read": 1, "unknown": 2, "skipped": 3}

# The importers' usual file notes (stored in English) and their translatable templates.
# A note not listed here, such as a format error, is shown as the importer wrote it.
_N = r"(\d{1,3}(?:,\d{3})*)"
_REASONS = (
    ("(1) records?", "%1 record"),  # the importers write "1 records"; shown in the singular
    ("(1) rows?", "%1 row"),
    (_N + " records", "%1 records"),
    (_N + " rows", "%1 rows"),
    (_N + " records; Overshare does not turn this file into items",
     "%1 records; Overshare does not turn this file into items"),
    (_N + " long-post bodies, joined to their posts", "%1 long-post bodies, joined to their posts"),
    (_N + " malformed records skipped", "%1 malformed records skipped"),
    ("archive manifest listing " + _N + " data files", "archive manifest listing %1 data files"),
    (_N + " files of X's offline viewer, not read", "%1 files of X's offline viewer, not read"),
    (_N + r" media or viewer files \(" + _N + r" bytes\), not read",
     "%1 media or viewer files (%2 bytes), not read"),
    (_N + " more files Overshare does not read", "%1 more files Overshare does not read"),
    ("not a file Overshare reads", "not a file Overshare reads"),
    ("empty file", "empty file"),
    ("no protect/unprotect action recorded; visibility unknown",
     "no protect/unprotect action recorded; visibility unknown"),
    (r"posts public since (\S+) \(protected-history\.js\)",
     "posts public since %1 (protected-history.js)"),
    (r"posts protected since (\S+) \(protected-history\.js\)",
     "posts protected since %1 (protected-history.js)"),
    ("an HTML page; Overshare reads the JSON format",
     "an HTML page; Overshare reads the JSON format"),
    ("placeholder: the export had no data of this type",
     "placeholder: the export had no data of this type"),
    ("the same file is also in (.+); read once", "the same file is also in %1; read once"),
    ("the Complete archive in this import holds the same file",
     "the Complete archive in this import holds the same file"),
    ("X's own description of the archive's files", "X's own description of the archive's files"),
    ("listed, not turned into items", "listed, not turned into items"),
)  # fmt: skip
_COMPILED = [(re.compile(pattern), text) for pattern, text in _REASONS]


def reason_text(reason: str) -> str:
    """An importer's file note in the current language (parts joined by "; " each)."""
    whole = _translated(reason)
    if whole is not None or "; " not in reason:
        return whole if whole is not None else reason
    return "; ".join(_translated(part) or part for part in reason.split("; "))


def _translated(text: str) -> str | None:
    for pattern, template in _COMPILED:
        hit = pattern.fullmatch(text)
        if hit:
            local = current_language() in SHIPPED
            values = [
                QLocale().toString(int(v.replace(",", ""))) if local and re.fullmatch(_N, v) else v
                for v in hit.groups()
            ]
            return fill(QCoreApplication.translate("HealthPage", template), *values)
    return None


def _cells(*values: object) -> list[QStandardItem]:
    out = []
    for v in values:
        cell = QStandardItem(f"{v:,}" if isinstance(v, int) else str(v))
        cell.setEditable(False)
        cell.setToolTip(cell.text())
        if isinstance(v, int):
            cell.setData(v, Qt.ItemDataRole.UserRole)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            cell.setData(str(v), Qt.ItemDataRole.UserRole)
        out.append(cell)
    return out


def _day(iso: str | None) -> str:
    return iso[:10] if iso else "?"


class HealthPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._fresh: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        title = QLabel(self.tr("Archive health"), self)
        title.setObjectName("pageTitle")
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Import"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.setMaximumWidth(380)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.chooser)
        self.headline = QLabel(self)
        self.headline.setObjectName("sectionTitle")
        self.headline.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.counts_model = QStandardItemModel(0, 3, self)
        self.counts_model.setHorizontalHeaderLabels(
            [self.tr("Platform"), self.tr("Kind"), self.tr("Items")]
        )
        self.files_model = QStandardItemModel(0, 4, self)
        self.files_model.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Status"), self.tr("Items"), self.tr("Details")]
        )
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.counts_view = self._table(self.counts_model, self.tr("Items per kind"), split)
        self.files_view = self._table(self.files_model, self.tr("Archive files"), split)
        self.counts_view.horizontalHeader().setStretchLastSection(False)
        split.addWidget(self.counts_view)
        split.addWidget(self.files_view)
        split.setStretchFactor(1, 2)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(split, 1)
        self.chooser.currentIndexChanged.connect(self._show_chosen)
        state.library_changed.connect(self.refresh)
        self.refresh()

    def _table(self, model: QStandardItemModel, name: str, parent: QWidget) -> QTableView:
        view = QTableView(parent)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSortingEnabled(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # keep failed files first
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model.setSortRole(Qt.ItemDataRole.UserRole)
        return view

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list of imports (cheap: one row per import)."""
        current = self.chooser.currentData()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        if self._fresh is not None:
            self.chooser.addItem(self.tr("Last attempt (nothing stored)"), -1)
        for rec in reversed(self.state.library.imports()):
            name = ", ".join(rec.sources) or self.tr("import %1").replace("%1", str(rec.id))
            self.chooser.addItem(f"{name} ({rec.started_at[:10]})", rec.id)
        index = self.chooser.findData(current) if current is not None else 0
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        self._show_chosen()

    def show_import(self, import_id: int | None, fresh: dict[str, Any] | None = None) -> None:
        """After an import: show its record, or the inventory when nothing was stored."""
        self._fresh = fresh if import_id is None else None
        self.refresh()
        self.chooser.setCurrentIndex(max(self.chooser.findData(import_id or -1), 0))

    def _show_chosen(self) -> None:
        chosen = self.chooser.currentData()
        if chosen is None:
            self.show_inventory({})
        elif chosen == -1 and self._fresh is not None:
            self.show_inventory(self._fresh)
        else:
            rec = self.state.library.import_record(int(chosen))
            self.show_inventory(rec.inventory if rec else {})

    def show_inventory(self, inv: dict[str, Any]) -> None:
        self.counts_model.removeRows(0, self.counts_model.rowCount())
        self.files_model.removeRows(0, self.files_model.rowCount())
        if not inv:
            self.headline.setText(self.tr("No archive imported yet."))
            self.details.setText(self.tr("Open an archive to see which files were read."))
            return
        files = inv.get("files", [])
        status = Counter(f.get("status", "") for f in files)
        total = int(inv.get("total_items", 0))
        self.headline.setText(
            self.tr("%1 found").replace("%1", items_text(total))
            + " · "
            + fill(
                self.tr("%1 files read, %2 skipped, %3 not recognised, %4 failed"),
                *(status[s] for s in ("read", "skipped", "unknown", "failed")),
            )
        )
        self.details.setText("\n".join(self._detail_lines(inv)))
        for platform, kinds in sorted(inv.get("items", {}).items()):
            for kind, n in sorted(kinds.items()):
                self.counts_model.appendRow(
                    _cells(platform_name(platform), kind_label(kind), int(n))
                )
        several = len(inv.get("sources", [])) > 1
        for f in sorted(files, key=lambda f: (_STATUS_ORDER.get(f["status"], 4), f["member"])):
            name = f"{f['archive']}: {f['member']}" if several else f["member"]
            label = {
                "read": self.tr("read"),
                "skipped": self.tr("skipped"),
                "unknown": self.tr("not recognised"),
                "failed": self.tr("failed"),
            }.get(f["status"], f["status"])
            reason = reason_text(f["reason"])
            self.files_model.appendRow(_cells(name, label, int(f["items"]), reason))
        room = max(self.files_view.viewport().width(), 500)
        self.files_view.setColumnWidth(
            0, min(self.files_view.sizeHintForColumn(0) + 16, int(room * 0.45))
        )
        self.files_view.resizeColumnToContents(1)
        self.files_view.resizeColumnToContents(2)
        for col in (0, 1):
            self.counts_view.setColumnWidth(col, self.counts_view.sizeHintForColumn(col) + 40)

    def _detail_lines(self, inv: dict[str, Any]) -> list[str]:
        lines: list[str] = []
        if inv.get("first_date") and inv.get("last_date"):
            lines.append(
                fill(
                    self.tr("Dates covered: %1 to %2"),
                    _day(inv["first_date"]),
                    _day(inv["last_date"]),
                )
            )
        for acc in inv.get("accounts", []):
            who = (
                (acc.get("handle") and f"@{acc['handle']}")
                or acc.get("display_name")
                or self.tr("your account")
            )
            vis = {True: self.tr("protected"), False: self.tr("public")}.get(
                acc.get("protected"), self.tr("public or protected: not stated in the archive")
            )
            lines.append(f"{platform_name(acc['platform'])}: {who} ({vis})")
        if inv.get("cancelled"):
            lines.append(self.tr("This import was cancelled; nothing from it was kept."))
        lines += [f"⚠ {w}" for w in inv.get("warnings", [])]
        lines += [f"✖ {e}" for e in inv.get("errors", [])]
        return lines
