"""Exposure at a glance: big numbers, a bar per platform, counts per use, the top three actions.

Counting walks the whole library, so it runs in a worker and refreshes when the library or
the user's context changes. Clicking a count asks the window to open the item browser on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.policy import OUTCOMES, Classifier
from app.core.storage import ItemFilter
from app.gui.dashboard_data import BUCKETS, DashboardData, compute_dashboard
from app.gui.i18n import policy_text
from app.gui.widgets.labels import (
    BUCKET_COLOURS,
    bucket_name,
    items_text,
    outcome_name,
    platform_name,
    status_name,
)
from app.gui.widgets.stacked_bars import Bar, Segment, StackedBarChart
from app.gui.widgets.stat_tile import StatTile
from app.gui.wizard import open_optout_wizard
from app.gui.wizard.reminders import pending_reviews
from app.gui.workers import JobTask

if TYPE_CHECKING:
    from app.gui.state import AppState

STATUS_COLUMNS = ("allowed_now", "blocked_by_settings", "uncertain", "not_used")
# Dashboard bucket -> store status filter ("may already have been used" items are blocked now).
_BUCKET_STATUS = {
    "allowed_now": "allowed_now",
    "may_already_used": "blocked_by_settings",
    "uncertain": "uncertain",
    "blocked": "blocked_by_settings",
    "not_used": "not_used",
}
_ROLE_FILTER = Qt.ItemDataRole.UserRole + 1


class DashboardPage(QScrollArea):
    filter_requested = Signal(object)  # ItemFilter for the item browser
    import_requested = Signal()
    updated = Signal()  # new figures are on screen

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.data: DashboardData | None = None
        self._task: JobTask | None = None
        self._pending = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("pageBody")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)

        title = QLabel(self.tr("Your exposure"), body)
        title.setObjectName("pageTitle")
        self.subtitle = QLabel(self.tr("Counting…"), body)
        self.subtitle.setObjectName("hintText")
        self.subtitle.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        self.review_banner = QPushButton(body)  # "Review N opt-out steps" (re-check reminder)
        self.review_banner.setObjectName("reviewBanner")
        self.review_banner.setAccessibleDescription(
            self.tr("Opens the opt-out wizard at the first step whose policy changed")
        )
        self.review_banner.clicked.connect(self._open_review)
        layout.addWidget(self.review_banner, 0, Qt.AlignmentFlag.AlignLeft)

        self.empty = QFrame(body)
        self.empty.setObjectName("card")
        ev = QVBoxLayout(self.empty)
        ev.addWidget(QLabel(self.tr("Nothing imported yet."), self.empty))
        open_button = QPushButton(self.tr("Open an archive or try the demo…"), self.empty)
        open_button.clicked.connect(self.import_requested)
        ev.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty)

        self.content = QWidget(body)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(12)
        layout.addWidget(self.content)
        layout.addStretch(1)

        tiles = QGridLayout()
        tiles.setSpacing(10)
        self.tile_items = StatTile(self.tr("Items"), self.tr("in your library"), self.content)
        self.tile_allowed = StatTile(
            self.tr("Allowed now"),
            self.tr("a platform may use them for AI, sharing or ads"),
            self.content,
        )
        self.tile_used = StatTile(
            self.tr("May already have been used"),
            self.tr("opting out does not undo past use"),
            self.content,
        )
        self.tile_uncertain = StatTile(
            self.tr("Uncertain"), self.tr("depends on facts we do not know"), self.content
        )
        for i, t in enumerate(
            (self.tile_items, self.tile_allowed, self.tile_used, self.tile_uncertain)
        ):
            tiles.addWidget(t, 0, i)
            tiles.setColumnStretch(i, 1)
        content.addLayout(tiles)

        content.addWidget(self._section(self.tr("By platform (each item counted once)")))
        self.chart = StackedBarChart(self.content)
        self.chart.setAccessibleName(self.tr("Items per platform by exposure"))
        self.chart.segment_clicked.connect(self._on_segment)
        content.addWidget(self.chart)

        content.addWidget(self._section(self.tr("Things you can do now")))
        self.actions_box = QVBoxLayout()
        content.addLayout(self.actions_box)

        row = QHBoxLayout()
        row.addWidget(self._section(self.tr("What each use covers")))
        row.addStretch(1)
        self.platform_choice = QComboBox(self.content)
        self.platform_choice.setAccessibleName(self.tr("Platform"))
        self.platform_choice.currentIndexChanged.connect(self._fill_table)
        row.addWidget(self.platform_choice)
        content.addLayout(row)
        self.table_model = QStandardItemModel(0, 1 + len(STATUS_COLUMNS), self)
        self.table_model.setHorizontalHeaderLabels(
            [
                self.tr("Use"),
                self.tr("Allowed now"),
                self.tr("Blocked"),
                self.tr("Uncertain"),
                self.tr("Not used"),
            ]
        )
        for col, status in enumerate(STATUS_COLUMNS, start=1):
            header_item = self.table_model.horizontalHeaderItem(col)
            header_item.setToolTip(status_name(status))
        self.table = QTableView(self.content)
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(
            self.tr("Items per use and status; activate a count to list them")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(self._on_section_resized)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.clicked.connect(self._on_cell)
        self.table.activated.connect(self._on_cell)
        content.addWidget(self.table)
        hint = QLabel(self.tr("Click a count to list those items."), self.content)
        hint.setObjectName("hintText")
        content.addWidget(hint)

        state.library_changed.connect(self.refresh)
        state.context_changed.connect(self.refresh)
        state.settings_changed.connect(self.update_review_banner)
        self.update_review_banner()
        self.content.hide()
        self.empty.hide()

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self.content)
        label.setObjectName("sectionTitle")
        return label

    def update_review_banner(self) -> None:
        n = len(pending_reviews(self.state))
        self.review_banner.setVisible(n > 0)
        text = self.tr("Review 1 opt-out step") if n == 1 else self.tr("Review %1 opt-out steps")
        self.review_banner.setText(text.replace("%1", str(n)))
        self.review_banner.setAccessibleName(self.review_banner.text())

    def _open_review(self) -> None:
        reviews = pending_reviews(self.state)
        if reviews:
            open_optout_wizard(self, self.state, reviews[0].step.id)

    # -- counting ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recount in a worker; a request during a count runs once more afterwards."""
        if self._task is not None and self._task.running:
            self._pending = True
            return
        self._pending = False
        self.subtitle.setText(self.tr("Counting…"))
        library = self.state.library
        classifier = Classifier(self.state.policy_set, self.state.context())
        self._task = JobTask(
            lambda progress, cancel: compute_dashboard(library, classifier, progress, cancel),
            "Counting your items failed",
            self,
        )
        self._task.worker.finished.connect(self.show_data)
        self._task.worker.failed.connect(lambda msg, _details: self.subtitle.setText(msg))
        self._task.worker.finished.connect(self._after)
        self._task.worker.cancelled.connect(self._after)
        self._task.worker.failed.connect(self._after)
        self._task.start()

    def _after(self, *_args: object) -> None:
        if self._pending:
            if self._task is not None:
                self._task.wait()
            self.refresh()

    def shutdown(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.wait()

    # -- showing -------------------------------------------------------------------------
    def show_data(self, data: DashboardData) -> None:
        self.data = data
        s = data.summary
        empty = s.total_items == 0
        self.empty.setVisible(empty)
        self.content.setVisible(not empty)
        ctx = self.state.settings
        missing = [] if ctx.region else [self.tr("where you live")]
        if not ctx.birth_year:
            missing.append(self.tr("your birth year"))
        note = (
            self.tr(" Set %1 in Settings for surer answers.").replace("%1", " and ".join(missing))
            if missing
            else ""
        )
        self.subtitle.setText(
            self.tr("%1 from %2.")
            .replace("%1", items_text(s.total_items))
            .replace("%2", ", ".join(platform_name(p) for p in data.platforms))
            + note
        )
        for tile, n in (
            (self.tile_items, s.total_items),
            (self.tile_allowed, s.exposed_now),
            (self.tile_used, s.may_already_used),
            (self.tile_uncertain, s.uncertain),
        ):
            tile.set_value(n)
        bars = [
            Bar(
                p,
                platform_name(p),
                tuple(
                    Segment(b, bucket_name(b), data.buckets[(p, b)], BUCKET_COLOURS[b])
                    for b in BUCKETS
                ),
            )
            for p in data.platforms
        ]
        self.chart.set_data(bars, [(bucket_name(b), BUCKET_COLOURS[b]) for b in BUCKETS])
        self._fill_actions(data)
        current = self.platform_choice.currentData()
        self.platform_choice.blockSignals(True)
        self.platform_choice.clear()
        self.platform_choice.addItem(self.tr("All platforms"), None)
        for p in data.platforms:
            self.platform_choice.addItem(platform_name(p), p)
        self.platform_choice.setCurrentIndex(max(self.platform_choice.findData(current), 0))
        self.platform_choice.blockSignals(False)
        self._fill_table()
        self.updated.emit()

    def _fill_actions(self, data: DashboardData) -> None:
        while self.actions_box.count():
            item = self.actions_box.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self.action_buttons: list[QPushButton] = []
        top = data.summary.top_settings(3)
        if not top:
            label = QLabel(
                self.tr("No setting change would reduce your exposure further."), self.content
            )
            label.setWordWrap(True)
            self.actions_box.addWidget(label)
            return
        for key, n in top:
            sdef = self.state.policy_set.settings.get(key)
            card = QFrame(self.content)
            card.setObjectName("actionCard")
            row = QHBoxLayout(card)
            texts = QVBoxLayout()
            name = policy_text(sdef.label) if sdef else key
            platform = platform_name(sdef.platform) if sdef else ""
            heading = QLabel(f"{platform}: {name}", card)
            heading.setObjectName("actionTitle")
            covers = QLabel(
                self.tr("Would cover %1 that are still exposed.").replace("%1", items_text(n)),
                card,
            )
            for label in (heading, covers):
                label.setWordWrap(True)
                texts.addWidget(label)
            button = QPushButton(self.tr("Show me how"), card)
            button.setAccessibleName(self.tr("Show me how to change %1").replace("%1", name))
            button.clicked.connect(lambda _=False, k=key: open_optout_wizard(self, self.state, k))
            self.action_buttons.append(button)
            row.addLayout(texts, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.actions_box.addWidget(card)

    def _fill_table(self) -> None:
        self.table_model.removeRows(0, self.table_model.rowCount())
        if self.data is None:
            return
        platform = self.platform_choice.currentData()
        counts = self.data.summary.counts
        present = {o for (p, o, _s) in counts if platform in (None, p)}
        order = [o for o in (*OUTCOMES, "not_covered") if o in present]
        for outcome in order:
            name = QStandardItem(outcome_name(outcome))
            name.setToolTip(name.text())
            row = [name]
            for status in STATUS_COLUMNS:
                n = sum(
                    v
                    for (p, o, st), v in counts.items()
                    if o == outcome and st == status and platform in (None, p)
                )
                cell = QStandardItem(f"{n:,}" if n else "–")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setSizeHint(QSize(84, 0))
                if n:
                    cell.setData(
                        ItemFilter(
                            platforms=(platform,) if platform else (),
                            outcomes=(outcome,),
                            statuses=(status,),
                        ),
                        _ROLE_FILTER,
                    )
                    cell.setToolTip(self.tr("List these items"))
                row.append(cell)
            if any(c.data(_ROLE_FILTER) is not None for c in row[1:]):
                self.table_model.appendRow(row)
        self._fit_table()

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 0:
            self._fit_table()

    def _fit_table(self) -> None:
        """Rows wrap with the width, and the table shows them all (the page scrolls)."""
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table_model.rowCount()))
        self.table.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit_table()

    def _on_cell(self, index: QModelIndex) -> None:
        flt = index.data(_ROLE_FILTER)
        if isinstance(flt, ItemFilter):
            self.filter_requested.emit(flt)

    def _on_segment(self, platform: str, bucket: str) -> None:
        self.filter_requested.emit(
            ItemFilter(platforms=(platform,), statuses=(_BUCKET_STATUS[bucket],))
        )
