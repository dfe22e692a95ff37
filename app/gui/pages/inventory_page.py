"""What an import found: accounts, items per platform and kind, and the health of every file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.models import FileStatus, Inventory

_STATUS_TEXT = {
    FileStatus.READ: "read",
    FileStatus.SKIPPED: "skipped",
    FileStatus.UNKNOWN: "not recognised",
    FileStatus.FAILED: "failed",
}


def _row(*values: object) -> list[QStandardItem]:
    cells = []
    for v in values:
        cell = QStandardItem(f"{v:,}" if isinstance(v, int) else str(v))
        cell.setEditable(False)
        if isinstance(v, int):
            cell.setData(v, Qt.ItemDataRole.UserRole)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cells.append(cell)
    return cells


class InventoryPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.headline = QLabel()
        self.headline.setObjectName("pageTitle")
        self.headline.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.counts_model = QStandardItemModel(0, 3, self)
        self.counts_model.setHorizontalHeaderLabels(
            [self.tr("Platform"), self.tr("Kind"), self.tr("Items")]
        )
        self.counts_view = self._table(self.counts_model, self.tr("Items per kind"))
        self.files_model = QStandardItemModel(0, 4, self)
        self.files_model.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Status"), self.tr("Items"), self.tr("Details")]
        )
        self.files_view = self._table(self.files_model, self.tr("Archive files"))

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.counts_view)
        split.addWidget(self.files_view)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(split, 1)

    def _table(self, model: QStandardItemModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSortingEnabled(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        model.setSortRole(Qt.ItemDataRole.UserRole)
        return view

    def show_inventory(self, inv: Inventory, demo: bool = False) -> None:
        total = inv.total_items
        prefix = self.tr("Demo data: ") if demo else ""
        self.headline.setText(prefix + self.tr("%n item(s) found", "", total))
        lines = []
        for acc in inv.accounts:
            who = (acc.handle and f"@{acc.handle}") or acc.display_name or acc.account_id or "?"
            state = {True: "protected", False: "public", None: "public or protected: unknown"}
            lines.append(f"{acc.platform.value}: {who} ({state[acc.protected]})")
        if inv.first_date and inv.last_date:
            lines.append(f"From {inv.first_date.date()} to {inv.last_date.date()}")
        failed = inv.files_with(FileStatus.FAILED)
        if failed:
            lines.append(self.tr("%n file(s) could not be read; see below.", "", len(failed)))
        lines += [f"⚠ {w}" for w in inv.warnings] + [f"✖ {e}" for e in inv.errors]
        self.details.setText("\n".join(lines))

        self.counts_model.removeRows(0, self.counts_model.rowCount())
        for (platform, kind), n in sorted(inv.kind_counts.items()):
            self.counts_model.appendRow(_row(platform, kind.replace("_", " "), n))
        self.files_model.removeRows(0, self.files_model.rowCount())
        order = {FileStatus.FAILED: 0, FileStatus.READ: 1, FileStatus.UNKNOWN: 2}
        for f in sorted(inv.files, key=lambda f: (order.get(f.status, 3), f.member)):
            name = f.member if len(inv.sources) == 1 else f"{f.archive}: {f.member}"
            self.files_model.appendRow(_row(name, _STATUS_TEXT[f.status], f.items, f.reason))
