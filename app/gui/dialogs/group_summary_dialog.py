"""Workshop: show the anonymous group summary (counts only) and save it to a chosen file.

The summary is computed in a worker; the preview shows the exact bytes that will be written, so
the participant sees there is no text, name, id or exact date before handing it over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import fill
from app.core.jobs import CancelToken, Progress
from app.core.storage.files import write_atomic
from app.core.workshop_summary import Summary, dumps
from app.gui.state import AppState
from app.gui.widgets.labels import items_text, platform_name, region_name
from app.gui.workers import JobTask
from app.gui.workshop_summary_job import library_summary

DEFAULT_NAME = "overshare-group-summary.json"


class GroupSummaryDialog(QDialog):
    ready = Signal()  # the summary is computed and shown
    saved = Signal(Path)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.summary: Summary | None = None
        self.data = b""
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Export anonymous group summary"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Hand this file to the workshop facilitator: it holds counts only (how many "
                "items of each kind, how many each policy may use, which settings would help) "
                "and the first and last year of your data. No posts, messages, names, ids, file "
                "names or exact dates. This is exactly what will be saved:"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.headline = QLabel(self.tr("Counting your items…"), self)
        self.headline.setObjectName("problemText")
        self.headline.setWordWrap(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Summary contents"))
        self.preview.setAccessibleDescription(
            self.tr("The file that will be saved, as text: counts only")
        )
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save the summary to a file"))
        self.save_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close without saving"))
        self.save_button.clicked.connect(self.choose_file)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.headline, self.preview, self.status, self.buttons):
            layout.addWidget(w)
        self._start()

    def _start(self) -> None:
        library, classifier = self.state.library, self.state.classifier()
        region = self.state.settings.region

        def job(progress: Progress, cancel: CancelToken) -> Summary:
            return library_summary(library, classifier, region, progress, cancel)

        self.task = JobTask(job, self.tr("The summary could not be made"), self)
        self.task.worker.finished.connect(self.show_summary)
        self.task.worker.failed.connect(lambda message, _d: self.headline.setText(message))
        self.task.start()

    def show_summary(self, summary: Summary) -> None:
        self.summary = summary
        self.data = dumps(summary)
        total = sum(n for kinds in summary["kinds"].values() for n in kinds.values())
        platforms = ", ".join(platform_name(p) for p in summary["kinds"])
        line = fill(self.tr("Counts for %1 from %2."), items_text(total),
                    platforms or self.tr("no platform"))  # fmt: skip
        if summary["years"]:
            years = summary["years"]
            line += " " + fill(self.tr("Years %1 to %2."), years["first"], years["last"])
        if summary["region"]:
            line += " " + self.tr("Region: %1.").replace("%1", region_name(summary["region"]))
        self.headline.setText(line)
        self.preview.setPlainText(self.data.decode("utf-8"))
        self.save_button.setEnabled(total > 0)
        if total == 0:
            self.status.setText(self.tr("Nothing to summarise yet: open an archive first."))
        self.ready.emit()

    def choose_file(self) -> QFileDialog:
        """A non-native file dialog: desktop file pickers keep recent-file lists."""
        dialog = QFileDialog(self, self.tr("Save anonymous group summary"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Workshop summary (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.setDirectory(str(Path.home()))
        dialog.selectFile(DEFAULT_NAME)
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, path: Path) -> bool:
        if not self.data:
            return False
        try:
            write_atomic(path, self.data, create_folder=False)  # never a half-written summary
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.status.setText(fill(self.tr("%1 could not be saved (%2)."), path, reason))
            return False
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        self.saved.emit(path)
        return True

    def done(self, result: int) -> None:
        if self.task.running:
            self.task.cancel()
            self.task.wait(5000)
        super().done(result)
