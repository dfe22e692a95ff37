"""Main window shell: menus, status bar, page switching, and the import task lifecycle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.core.models import Inventory
from app.core.paths import demo_dir
from app.gui.dialogs.error_dialog import show_error
from app.gui.pages.import_page import ImportPage
from app.gui.pages.inventory_page import InventoryPage
from app.gui.workers import ImportTask

ARCHIVE_FILTER = "Archives (*.zip);;All files (*)"


class MainWindow(QMainWindow):
    import_finished = Signal(object)  # Inventory, after the page shows it
    import_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Overshare")
        self.resize(1100, 720)
        self.task: ImportTask | None = None
        self.inventory: Inventory | None = None
        self._demo = False

        self.stack = QStackedWidget()
        self.import_page = ImportPage()
        self.inventory_page = InventoryPage()
        self.stack.addWidget(self.import_page)
        self.stack.addWidget(self.inventory_page)
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)

        self.import_page.open_files_requested.connect(self.choose_files)
        self.import_page.open_folder_requested.connect(self.choose_folder)
        self.import_page.demo_requested.connect(self.open_demo)
        self.import_page.paths_dropped.connect(self.start_import)
        self.import_page.cancel_requested.connect(self.cancel_import)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Ready. Nothing leaves this computer."))
        self._restore_state()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open Archive…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_files)
        folder = QAction(self.tr("Open &Folder…"), self)
        folder.triggered.connect(self.choose_folder)
        demo = QAction(self.tr("Open &Demo Data"), self)
        demo.triggered.connect(self.open_demo)
        back = QAction(self.tr("&New Import"), self)
        back.setShortcut(QKeySequence.StandardKey.New)
        back.triggered.connect(lambda: self.stack.setCurrentWidget(self.import_page))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for a in (self.open_action, folder, demo, back):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Overshare"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- choosing --------------------------------------------------------------------------
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
        self.start_import(archives, demo=True)

    # -- import lifecycle ------------------------------------------------------------------------
    def start_import(self, paths: list[Path], demo: bool = False) -> None:
        if self.task is not None and self.task.running:
            self.statusBar().showMessage(self.tr("An import is already running."))
            return
        self._demo = demo
        self.stack.setCurrentWidget(self.import_page)
        self.import_page.set_busy(True)
        self.task = ImportTask(paths, self)
        w = self.task.worker
        w.progress.connect(self.import_page.show_progress)
        w.finished.connect(self._on_finished)
        w.cancelled.connect(self._on_cancelled)
        w.failed.connect(self._on_failed)
        self.task.start()

    def cancel_import(self) -> None:
        if self.task is not None:
            self.import_page.cancel_button.setEnabled(False)
            self.import_page.progress_label.setText(self.tr("Cancelling…"))
            self.task.cancel()

    def _on_finished(self, inventory: Inventory) -> None:
        self.import_page.set_busy(False)
        self.inventory = inventory
        if inventory.total_items == 0:
            reason = " ".join(inventory.errors) or self.tr("Nothing importable was found.")
            self.import_page.show_message(reason)
        else:
            self.inventory_page.show_inventory(inventory, demo=self._demo)
            self.stack.setCurrentWidget(self.inventory_page)
            self.statusBar().showMessage(self.tr("Imported %n item(s).", "", inventory.total_items))
        self.import_finished.emit(inventory)

    def _on_cancelled(self, _inventory: Inventory) -> None:
        self.import_page.set_busy(False)
        self.import_page.show_message(self.tr("Import cancelled. Nothing was kept."))
        self.import_cancelled.emit()

    def _on_failed(self, message: str, details: str) -> None:
        self.import_page.set_busy(False)
        show_error(self, message, details)

    # -- misc -----------------------------------------------------------------------------
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Overshare"),
            self.tr(
                "<b>Overshare %1</b><p>Shows which of your social-media data the platforms "
                "may use to train AI, and helps you opt out. Everything stays on this "
                "computer.</p>"
            ).replace("%1", __version__),
        )

    def _restore_state(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.task.wait(3000)
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
