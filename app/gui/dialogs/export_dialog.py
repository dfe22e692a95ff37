"""Export the exposure report: format, share-safe toggle, destination, progress.

The export runs in a worker (JobTask) over the library's items and the current classifier;
an existing file is replaced only after the user confirms.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.jobs import CancelToken, Progress
from app.core.report import ExportResult, export_report, health_from_inventories
from app.gui.i18n import current_language
from app.gui.state import AppState
from app.gui.workers import JobTask

FORMATS = (
    ("pdf", "PDF document (*.pdf)"),
    ("html", "Web page, one file (*.html)"),
    ("csv", "Spreadsheet, one row per item (*.csv)"),
    ("json", "JSON for other tools (*.json)"),
)


def export_job(state: AppState, dest: Path, fmt: str, redacted: bool, overwrite: bool) -> Any:
    """The worker's job: what it needs from `state` is taken before the thread starts."""
    library = state.library
    classifier = state.classifier()
    versions = {k: o.policy_version for k, o in state.settings.optouts.items()}
    language = current_language()  # the report's text follows the app language

    def job(progress: Progress, cancel: CancelToken) -> ExportResult:
        return export_report(
            library.iter_items(batch=5000),
            dest,
            classifier,
            fmt=fmt,
            redacted=redacted,
            overwrite=overwrite,
            health=lambda: health_from_inventories(  # read on the worker: they can be large
                r.inventory for r in library.imports(with_inventory=True)
            ),
            optout_versions=versions,
            total=library.count(),
            progress=progress,
            cancel=cancel,
            language=language,
        )

    return job


class ExportDialog(QDialog):
    done_signal = Signal(bool)  # True: saved; False: failed or cancelled

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.task: JobTask | None = None
        self.saved: ExportResult | None = None
        self.setWindowTitle(self.tr("Export report"))
        self.setMinimumWidth(520)

        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Report format"))
        for code, label in FORMATS:
            self.format.addItem(self.tr(label), code)
        self.format.currentIndexChanged.connect(self._sync_suffix)
        self.redacted = QCheckBox(self.tr("Share-safe edition (redacted)"), self)
        self.redacted.setChecked(True)
        self.redacted.setToolTip(
            self.tr(
                "Counts, categories, verdicts, dates and your opt-out checklist only: no item "
                "text, handles, names, ids or links to your content."
            )
        )
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Destination file"))
        self.path.setText(str(Path.home() / "overshare-report.pdf"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose the destination file"))
        browse.clicked.connect(self.choose_destination)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.redacted)
        form.addRow(self.tr("Save to"), row)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ choices

    def fmt(self) -> str:
        return str(self.format.currentData())

    def destination(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _sync_suffix(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix("." + self.fmt())))

    def choose_destination(self) -> None:
        label = dict(FORMATS)[self.fmt()]
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report as"),
            str(self.destination()),
            self.tr(label),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked once, in start()
        )
        if name:
            self.path.setText(name)
            self._sync_suffix()

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace file?"),
            self.tr("{name} already exists. Replace it?").format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def finished_or_failed(self) -> SignalInstance:
        """Emitted once an export ends, however it ends (for callers and tests)."""
        return self.done_signal

    # ------------------------------------------------------------------ running

    def start(self) -> None:
        if self.task is not None:
            return
        dest = self.destination()
        if dest.suffix.lower() != "." + self.fmt():
            dest = dest.with_suffix("." + self.fmt())
            self.path.setText(str(dest))
        if not dest.parent.is_dir():
            self.status.setText(self.tr("The folder {f} does not exist.").format(f=dest.parent))
            return
        overwrite = dest.exists()
        if overwrite and not self.confirm_overwrite(dest):
            return
        job = export_job(self.state, dest, self.fmt(), self.redacted.isChecked(), overwrite)
        self.task = JobTask(job, self.tr("The report could not be written"), self)
        w = self.task.worker
        w.progress.connect(self._on_progress)
        w.finished.connect(self._on_finished)
        w.failed.connect(self._on_failed)
        w.cancelled.connect(self._on_cancelled)
        self._set_running(True)
        self.task.start()

    def _set_running(self, running: bool) -> None:
        for w in (self.format, self.redacted, self.path, self.export_button):
            w.setEnabled(not running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Preparing…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.status.setText(message)

    def _finish(self) -> None:
        if self.task is not None:
            self.task.wait()
        self.task = None
        self._set_running(False)

    def _on_finished(self, result: ExportResult) -> None:
        self._finish()
        self.saved = result
        s = result.report.summary
        self.status.setText(
            self.tr("Saved {path}: {n} items, {e} exposed now.").format(
                path=result.path, n=f"{s.total_items:,}", e=f"{s.exposed_now:,}"
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.done_signal.emit(True)

    def _on_failed(self, message: str, _details: str) -> None:
        self._finish()
        self.status.setText(message)
        self.done_signal.emit(False)

    def _on_cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Export cancelled; nothing was written."))
        self.done_signal.emit(False)

    def _cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self.reject()

    def closeEvent(self, event: Any) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        super().closeEvent(event)


def open_export_dialog(state: AppState, parent: QWidget | None = None) -> ExportDialog:
    """What the main window's Export action calls: a non-modal dialog, kept by its parent."""
    dialog = ExportDialog(state, parent)
    dialog.open()
    return dialog
