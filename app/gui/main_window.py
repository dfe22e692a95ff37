"""Main window shell: side navigation, pages, menus, status bar, and the background jobs.

Pages own their views; the window owns long jobs (import, re-tagging, forgetting) so that
only one changes the library at a time and closing the window stops them cleanly.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.core.inventory_view import inventory_to_dict
from app.core.paths import demo_dir
from app.core.pipeline import ImportOutcome
from app.core.storage import ItemFilter
from app.gui.dialogs.about_dialog import AboutDialog
from app.gui.dialogs.error_dialog import show_error
from app.gui.dialogs.export_dialog import ExportDialog
from app.gui.dialogs.policy_update_dialog import PolicyUpdateDialog, check_for_updates
from app.gui.dialogs.settings_dialog import SettingsDialog
from app.gui.menus import build_menus
from app.gui.pages.dashboard_page import DashboardPage
from app.gui.pages.health_page import HealthPage
from app.gui.pages.import_page import ImportPage
from app.gui.pages.items_page import ItemsPage
from app.gui.pages.welcome_page import WelcomePage
from app.gui.session import forget_everything
from app.gui.state import AppState
from app.gui.widgets.labels import items_text
from app.gui.wizard import open_optout_wizard
from app.gui.workers import ForgetImportTask, ImportTask, JobTask, ReclassifyTask
from app.gui.workshop import WorkshopController

ARCHIVE_FILTER = "Archives (*.zip);;All files (*)"
START, DASHBOARD, ITEMS, HEALTH = range(4)


def describe_session(state: AppState) -> str:
    """The library mode in one line for the status bar."""
    if state.ephemeral:
        return "Workshop session in memory only: nothing is written to this computer."
    if state.library.mode == "memory":
        return "Memory-only session: no system keyring, so your library is not saved."
    if state.library.mode == "passphrase":
        return "Library saved encrypted with your passphrase."
    return "Library saved encrypted; its key is in the system keyring."


class MainWindow(QMainWindow):
    import_finished = Signal(object)  # ImportOutcome, after the pages show it
    import_cancelled = Signal()
    reclassified = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle("Overshare")
        self.setMinimumSize(760, 520)
        self.resize(1180, 760)
        self.task: ImportTask | None = None
        self._retag: JobTask | None = None
        self._retag_pending = False
        self.outcome: ImportOutcome | None = None
        self.policy_check: PolicyUpdateDialog | None = None  # kept alive while it runs

        self.welcome_page = WelcomePage(state, self)
        self.import_page = ImportPage(self)
        self.start_stack = QStackedWidget(self)
        self.start_stack.addWidget(self.welcome_page)
        self.start_stack.addWidget(self.import_page)
        self.dashboard_page = DashboardPage(state, self)
        self.items_page = self._make_items_page()
        self.health_page = HealthPage(state, self)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.addItems(
            [self.tr("Start"), self.tr("Dashboard"), self.tr("Items"), self.tr("Archive health")]
        )
        # Wide enough for the longest (translated) section name; longer ones wrap, never cut.
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.ensurePolished()
        texts = [self.nav.item(i).text() for i in range(self.nav.count())]
        widest = max(self.nav.fontMetrics().horizontalAdvance(t) for t in texts)
        self.nav.setFixedWidth(min(max(180, widest + 64), 260))
        self.stack = QStackedWidget(self)
        for page in (self.start_stack, self.dashboard_page, self.items_page, self.health_page):
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.welcome_page.open_files_requested.connect(self.choose_files)
        self.welcome_page.open_folder_requested.connect(self.choose_folder)
        self.welcome_page.demo_requested.connect(self.open_demo)
        self.welcome_page.paths_dropped.connect(self.start_import)
        self.import_page.cancel_requested.connect(self.cancel_import)
        self.import_page.back_requested.connect(self.show_welcome)
        self.dashboard_page.filter_requested.connect(self.show_items)
        self.dashboard_page.import_requested.connect(self.show_welcome)
        state.context_changed.connect(self.retag)

        self.workshop = WorkshopController(self)
        self.menu_actions = build_menus(self)
        self.mode_label = QLabel(self.tr(describe_session(state)), self)
        self.mode_label.setObjectName("modeLabel")
        self.statusBar().addPermanentWidget(self.mode_label)
        self.statusBar().showMessage(self.tr("Nothing leaves this computer."))
        if state.settings.problem:
            self.statusBar().showMessage(state.settings.problem)
        self._restore_state()
        self.dashboard_page.refresh()
        has_items = state.library.count(ItemFilter()) > 0
        self.go(DASHBOARD if has_items else START)

    # -- pages ---------------------------------------------------------------------------
    def _make_items_page(self) -> ItemsPage:
        page = ItemsPage(self.state, self)
        page.wizard_requested.connect(lambda key: open_optout_wizard(self, self.state, key))
        return page

    def go(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def show_welcome(self) -> None:
        if self.task is None or not self.task.running:
            self.start_stack.setCurrentWidget(self.welcome_page)
        self.go(START)

    def show_items(self, flt: ItemFilter | None = None) -> None:
        self.go(ITEMS)
        if flt is not None:
            self.items_page.show_filter(flt)

    def find_items(self) -> None:
        self.go(ITEMS)
        self.items_page.focus_search()

    # -- choosing ------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open archive"), str(Path.home()), ARCHIVE_FILTER
        )
        if files:
            self.start_import([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open extracted archive folder"), str(Path.home())
        )
        if folder:
            self.start_import([Path(folder)])

    def open_demo(self) -> None:
        archives = sorted(p for p in demo_dir().iterdir() if p.is_dir() or p.suffix == ".zip")
        self.start_import(archives)

    # -- import lifecycle ----------------------------------------------------------------
    def start_import(self, paths: list[Path]) -> None:
        if self.task is not None and self.task.running:
            self.statusBar().showMessage(self.tr("An import is already running."))
            return
        if self._retag is not None and self._retag.running:
            self._retag.cancel()  # re-tagging starts again after the import
            self._retag.wait()
            self._retag_pending = True
        self.outcome = None
        self.start_stack.setCurrentWidget(self.import_page)
        self.go(START)
        self.import_page.set_busy(True, ", ".join(p.name for p in paths))
        self.task = ImportTask(paths, self.state.library, self.state.classifier(), self)
        w = self.task.worker
        w.progress.connect(self.import_page.show_progress)
        w.finished.connect(self._on_finished)
        w.cancelled.connect(self._on_cancelled)
        w.failed.connect(self._on_failed)
        self.task.start()

    def cancel_import(self) -> None:
        if self.task is not None and self.task.running:
            self.import_page.set_cancelling()
            self.task.cancel()

    def _on_finished(self, outcome: ImportOutcome) -> None:
        self.import_page.set_busy(False)
        inv = outcome.inventory
        if outcome.record is None:
            reason = " ".join(inv.errors) or self.tr("Nothing importable was found.")
            self.import_page.show_message(self.tr("Nothing was imported"), reason)
            self.health_page.show_import(None, inventory_to_dict(inv))
        else:
            self.outcome = outcome
            self.health_page.show_import(outcome.record.id)
            self.state.library_changed.emit()
            self.start_stack.setCurrentWidget(self.welcome_page)
            self.go(DASHBOARD)
            self.statusBar().showMessage(
                self.tr("Imported %1.").replace("%1", items_text(inv.total_items))
            )
        self.import_finished.emit(outcome)
        self._after_job()

    def _on_cancelled(self) -> None:
        self.import_page.set_busy(False)
        self.import_page.show_message(
            self.tr("Import cancelled"), self.tr("Import cancelled. Nothing was kept.")
        )
        self.import_cancelled.emit()
        self._after_job()

    def _on_failed(self, message: str, details: str) -> None:
        self.import_page.set_busy(False)
        self.import_page.show_message(self.tr("The import stopped"), message)
        show_error(self, message, details)
        self._after_job()

    # -- re-tagging and forgetting -------------------------------------------------------
    def retag(self) -> None:
        """The user's context changed: re-tag the stored items in a worker."""
        busy = self.task is not None and self.task.running
        if busy or (self._retag is not None and self._retag.running):
            if self._retag is not None and self._retag.running:
                self._retag.cancel()
            self._retag_pending = True
            return
        self._retag_pending = False
        self.statusBar().showMessage(self.tr("Updating what applies to your items…"))
        self._retag = ReclassifyTask(
            self.state.library, self.state.policy_set, self.state.context(), self
        )
        self._retag.worker.finished.connect(self._on_retagged)
        self._retag.worker.failed.connect(lambda m, d: show_error(self, m, d))
        self._retag.worker.cancelled.connect(self._after_job)
        self._retag.worker.failed.connect(self._after_job)
        self._retag.start()

    def _on_retagged(self, n: int) -> None:
        self.statusBar().showMessage(self.tr("Updated %1.").replace("%1", items_text(n)))
        self.state.library_changed.emit()
        self.reclassified.emit(n)
        self._after_job()

    def _after_job(self, *_args: object) -> None:
        if self._retag_pending and not (self.task is not None and self.task.running):
            if self._retag is not None:
                self._retag.wait()
            self.retag()

    def forget_import(self, import_id: int) -> None:
        task = ForgetImportTask(self.state.library, import_id, self)
        task.worker.finished.connect(lambda _id: self.state.library_changed.emit())
        task.worker.failed.connect(lambda m, d: show_error(self, m, d))
        task.start()
        self._forgetting = task

    def forget_everything(self) -> None:
        self.stop_jobs()
        forget_everything(self, self.state)
        self.mode_label.setText(self.tr(describe_session(self.state)))
        self.statusBar().showMessage(self.tr("Everything was forgotten."))
        self.start_stack.setCurrentWidget(self.welcome_page)
        self.go(START)

    def stop_jobs(self) -> None:
        for task in (self.task, self._retag, getattr(self, "_forgetting", None)):
            if task is not None and task.running:
                task.cancel()
                task.wait(10000)
        self._retag_pending = False
        self.dashboard_page.shutdown()

    # -- dialogs -------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.state, self)
        dialog.forget_import_requested.connect(self.forget_import)
        dialog.forget_everything_requested.connect(self.forget_everything)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_wizard(self) -> None:
        open_optout_wizard(self, self.state, None)

    def open_export(self) -> ExportDialog:
        dialog = ExportDialog(self.state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def check_policy_updates(self) -> PolicyUpdateDialog:
        self.policy_check = check_for_updates(self, self.state)
        return self.policy_check

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.state.policy_set, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- window state (in Settings.window_state; nothing is written in ephemeral mode) ---
    def _restore_state(self) -> None:
        saved = self.state.settings.window_state
        try:
            if "geometry" in saved:
                self.restoreGeometry(QByteArray(base64.b64decode(saved["geometry"])))
            if "state" in saved:
                self.restoreState(QByteArray(base64.b64decode(saved["state"])))
        except (ValueError, TypeError):
            pass  # a damaged entry only costs the remembered size

    def save_window_state(self) -> None:
        self.state.settings.window_state = {
            "geometry": base64.b64encode(bytes(self.saveGeometry().data())).decode(),
            "state": base64.b64encode(bytes(self.saveState().data())).decode(),
        }
        self.state.save_settings()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_jobs()
        self.save_window_state()
        self.workshop.shutdown()
        super().closeEvent(event)
