"""Last page: what the answers changed, step by step, computed off the GUI thread."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.core.i18n import fill
from app.core.jobs import CancelToken, Progress
from app.core.optouts.answers import answer_for
from app.core.optouts.effect import EffectReport, library_effect
from app.gui.i18n import step_text
from app.gui.widgets.labels import items_text, platform_name
from app.gui.wizard.texts import answer_words
from app.gui.workers import JobTask

if TYPE_CHECKING:
    from app.gui.wizard.wizard import OptOutWizard

_STEP_SHARE, _STEP_CHARS = 0.4, 18  # the Step column keeps at least this share / characters
_STEP_MAX = 0.6  # ...and may take up to this share before the headers must wrap
_WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


class SummaryPage(QWizardPage):
    computed = Signal(object)  # EffectReport, once it is on screen

    def __init__(self, wizard: OptOutWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.report: EffectReport | None = None
        self._task: JobTask | None = None
        self._generation = 0
        self._fitting = False
        self.setTitle(self.tr("What you changed"))
        self.setSubTitle(
            self.tr(
                "Before: the platforms' defaults. After: your recorded answers. Opting out is "
                "not retroactive, so items that may already have been used stay flagged."
            )
        )
        layout = QVBoxLayout(self)
        self.headline = QLabel(self.tr("Comparing your items…"), self)
        self.headline.setWordWrap(True)
        self.headline.setObjectName("sectionTitle")
        layout.addWidget(self.headline)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Effect of each opt-out step"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Your answer"),
                self.tr("Allowed → blocked"),
                self.tr("Uncertain → blocked"),
                self.tr("Maybe used before"),
            ]
        )
        tips = (
            self.tr("Items with a use that was allowed now and is blocked by this answer"),
            self.tr("Items with a use that was uncertain and is blocked by this answer"),
            self.tr(
                "Of the items this answer blocked, those that may already have been used: "
                "opting out does not undo that"
            ),
        )
        for col, tip in enumerate(tips, start=2):
            head = self.table.horizontalHeaderItem(col)
            if head is not None:
                head.setToolTip(tip)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        # Rows grow with the wrapped Step text; headers wrap at word breaks where space is short.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(_WRAP)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.open_items = QLabel(self)
        self.open_items.setWordWrap(True)
        self.open_items.setObjectName("hintText")
        layout.addWidget(self.open_items)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = watched is self.table.viewport() and event.type() == QEvent.Type.Resize
        if resized and not self._fitting:  # fitting itself can resize the viewport
            self._fitting = True
            try:
                self.fit_columns()
            finally:
                self._fitting = False
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Answer and count columns as wide as their content, their headers whole or wrapped
        at word breaks where Step would get too little; Step stretches over the rest."""
        table, header = self.table, self.table.horizontalHeader()
        head_fm = header.fontMetrics()
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        pad = 4 * margin + 2
        titles = [self._header_text(c) for c in range(1, table.columnCount())]
        content = [table.sizeHintForColumn(c) for c in range(1, table.columnCount())]
        pairs = list(zip(content, titles, strict=True))
        whole = [max(w, head_fm.horizontalAdvance(t) + pad) for w, t in pairs]
        words = [
            max(w, max((head_fm.horizontalAdvance(word) for word in t.split()), default=0) + pad)
            for w, t in pairs
        ]
        available = table.viewport().width()
        char = table.fontMetrics().averageCharWidth()
        step_min = max(round(available * _STEP_SHARE), _STEP_CHARS * char)
        # Step first gets its one-line width, up to a share; the headers get the rest, whole
        # where it is enough, else wrapped at word breaks (a taller header, not taller rows).
        step_want = max(step_min, min(table.sizeHintForColumn(0), round(available * _STEP_MAX)))
        short = sum(whole) - sum(words)
        give = min(1.0, max(0, available - step_want - sum(words)) / short) if short else 1.0
        widths = [w + round((h - w) * give) for w, h in zip(words, whole, strict=True)]
        for column, width in enumerate(widths, start=1):
            header.resizeSection(column, width)
        boxes = [QRect(0, 0, max(1, w - 2 * margin), 10_000) for w in widths]  # as painted
        lines = [
            head_fm.boundingRect(box, int(_WRAP), t).height()
            for box, t in zip(boxes, titles, strict=True)
        ]
        height = max(lines, default=0) + 2 * margin + 4
        if height != header.minimumHeight():
            header.setMinimumHeight(height)

    def _header_text(self, column: int) -> str:
        item = self.table.horizontalHeaderItem(column)
        return item.text() if item is not None else ""

    def initializePage(self) -> None:
        self.stop()
        self.report = None
        self.headline.setText(self.tr("Comparing your items…"))
        self._fill(None)
        state = self.wiz.state
        library, policy_set = state.library, state.policy_set
        settings = copy.deepcopy(state.settings)
        steps = list(self.wiz.steps)

        self._generation += 1
        generation = self._generation

        def job(progress: Progress, cancel: CancelToken) -> Any:
            report = library_effect(library, policy_set, settings, steps, progress, cancel)
            return generation, report

        self._task = JobTask(job, "Comparing your items failed", self)
        self._task.worker.finished.connect(self._finished)  # bound slots: run on this thread
        self._task.worker.failed.connect(self._failed)
        self._task.start()

    @Slot(object)
    def _finished(self, result: tuple[int, EffectReport]) -> None:
        generation, report = result
        if generation == self._generation:  # a result from an earlier visit is stale
            self._show(report)

    @Slot(str, str)
    def _failed(self, message: str, _details: str) -> None:
        self.headline.setText(message)

    def stop(self) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()
            self._task.wait()

    def nextId(self) -> int:
        return -1  # the last page: Finish

    def _show(self, report: EffectReport) -> None:
        self.report = report
        b, a = report.before, report.after
        if b.total_items == 0:
            self.headline.setText(
                self.tr("Nothing is imported, so the effect on your items cannot be shown.")
            )
        else:
            text = self.tr("Items a platform may use now: %1 → %2. May already have been used: %3.")
            used = items_text(a.may_already_used)
            self.headline.setText(fill(text, f"{b.exposed_now:,}", f"{a.exposed_now:,}", used))
        self._fill(report)
        self.computed.emit(report)

    def _fill(self, report: EffectReport | None) -> None:
        state = self.wiz.state
        self.table.setRowCount(0)
        later: list[str] = []
        for step in self.wiz.steps:
            got = answer_for(state.settings, step, state.policy_set)
            if step.kind == "notice":
                continue
            effect = report.for_step(step.id) if report is not None else None
            row = self.table.rowCount()
            self.table.insertRow(row)
            title = f"{platform_name(step.platform)}: {step_text(step.title)}"
            cells = [title, answer_words(got.answer if got else None)]
            if got is not None and got.answer == "done":
                cells[1] += f" ({got.date})"
            if effect is None:
                cells += ["–", "–", "–"]
            else:
                cells += [
                    f"{effect.moved_to_blocked:,}",
                    f"{effect.uncertain_to_blocked:,}",
                    f"{effect.still_may_have_been_used:,}",
                ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            if got is None or got.answer == "not_now":
                later.append(step.id)
        self.fit_columns()
        self.open_items.setText(
            (
                self.tr("1 step is still open")
                if len(later) == 1
                else self.tr("%1 steps are still open").replace("%1", str(len(later)))
            )
            + self.tr(" (not answered or “Not now”): the Tools menu opens the wizard again.")
            if later
            else self.tr("You answered every step.")
        )
