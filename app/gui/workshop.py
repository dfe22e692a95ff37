"""Workshop mode: an in-memory session that leaves nothing behind, the presenter view, the
"reset for the next person" button and the anonymous group summary export.

The controller belongs to the main window; the welcome page's toggle, the menus and the status
bar button all go through it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from app.core.storage import ItemFilter
from app.core.storage.workshop import Session, ephemeral_session
from app.gui.dialogs.group_summary_dialog import GroupSummaryDialog
from app.gui.session import open_session_interactively
from app.gui.theme import PRESENTER_SCALE, apply_color_scheme, apply_theme
from app.gui.workshop_guard import WorkshopGuard

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


def ask_yes_no(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """A short confirmation; Enter confirms, Esc cancels."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(ok)
    box.exec()
    return box.clickedButton() is ok


class WorkshopController(QObject):
    mode_changed = Signal(bool)  # workshop mode on/off
    presenter_changed = Signal(bool)
    reset_done = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guard = WorkshopGuard()
        self.active = False
        self.presenter = False
        self.summary_dialog: GroupSummaryDialog | None = None
        self.nav_width = window.nav.minimumWidth()  # at the system font size
        self.reset_button = QPushButton(self.tr("&Reset for the next person"), window)
        self.reset_button.setAccessibleName(self.tr("Reset for the next person"))
        self.reset_button.setAccessibleDescription(
            self.tr("Forgets everything opened in this workshop session and starts again")
        )
        self.reset_button.clicked.connect(lambda: self.reset())
        self.reset_button.setVisible(False)
        window.statusBar().addPermanentWidget(self.reset_button)
        window.welcome_page.workshop_toggled.connect(self.set_enabled)
        window.welcome_page.reset_requested.connect(lambda: self.reset())
        self.mode_changed.connect(window.welcome_page.show_workshop)
        window.nav.currentRowChanged.connect(self._sync_reset_button)

    # -- switching -------------------------------------------------------------------------
    def _has_data(self) -> bool:
        return bool(self.window.state.library.count(ItemFilter()) > 0)

    def _swap_session(self, session: Session) -> None:
        w = self.window
        w.stop_jobs()
        self.close_dialogs()
        old = w.state.session
        w.outcome = None
        w.state.replace_session(session)
        old.close()
        apply_color_scheme(w.state.settings.theme)

    def _changed(self) -> None:
        from app.gui.main_window import describe_session

        w = self.window
        w.mode_label.setText(w.tr(describe_session(w.state)))
        self._sync_reset_button()
        for name in ("group_summary", "reset"):
            if name in getattr(w, "menu_actions", {}):
                w.menu_actions[name].setEnabled(self.active)
        if "workshop" in getattr(w, "menu_actions", {}):
            w.menu_actions["workshop"].setChecked(self.active)
        self.mode_changed.emit(self.active)

    def _sync_reset_button(self, *_args: object) -> None:
        """The status bar button, on every page but Start (which has its own)."""
        self.reset_button.setVisible(self.active and self.window.nav.currentRow() != 0)

    def start(self, presenter: bool = True) -> None:
        """At launch with --workshop (the session is already in memory)."""
        if not self.window.state.ephemeral:
            self._swap_session(ephemeral_session())
        self.guard.activate()
        self.active = True
        self._changed()
        if presenter:
            self.set_presenter(True)

    def set_enabled(self, on: bool, confirm: bool = True) -> bool:
        """The welcome page toggle: True when the mode is now as asked."""
        if on == self.active:
            return True
        w = self.window
        if on:
            if (
                confirm
                and not w.state.ephemeral
                and self._has_data()
                and not ask_yes_no(
                    w,
                    self.tr("Start workshop mode"),
                    self.tr(
                        "Workshop mode starts an empty session that lives in memory only. Your "
                        "saved library stays as it is, closed until you leave workshop mode."
                    ),
                    self.tr("Start workshop mode"),
                )
            ):
                self._changed()
                return False
            if not w.state.ephemeral:  # an --ephemeral session is kept as it is
                self._swap_session(ephemeral_session())
            self.guard.activate()
            self.active = True
        else:
            if (
                confirm
                and self._has_data()
                and not ask_yes_no(
                    w,
                    self.tr("Leave workshop mode"),
                    self.tr("Everything opened in this workshop session will be forgotten."),
                    self.tr("Leave workshop mode"),
                )
            ):
                self._changed()
                return False
            session = open_session_interactively(False, w)
            if session is None:
                self._changed()
                return False
            self._swap_session(session)
            self.guard.deactivate()
            self.active = False
        w.show_welcome()
        self._changed()
        return True

    # -- reset -----------------------------------------------------------------------------
    def close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def reset(self, confirm: bool = True) -> bool:
        """Wipe the session and go back to the welcome page, still in workshop mode."""
        w = self.window
        if confirm and not ask_yes_no(
            w,
            self.tr("Reset for the next person"),
            self.tr("Forget everything opened in this session and start again?"),
            self.tr("Reset"),
        ):
            return False
        self._swap_session(ephemeral_session())
        self.clear_clipboard()
        self.guard.wipe()
        w.items_page.show_filter(ItemFilter())
        w.health_page.show_import(None, None)
        w.import_page.set_busy(False)
        w.show_welcome()
        self._ready_message()
        # Replacing the session re-tags the (empty) library; say "ready" again after it.
        w.reclassified.connect(self._ready_message, Qt.ConnectionType.SingleShotConnection)
        self.reset_done.emit()
        return True

    def _ready_message(self, *_args: object) -> None:
        self.window.statusBar().showMessage(self.tr("Ready for the next person: nothing is kept."))

    @staticmethod
    def clear_clipboard() -> None:
        """Whoever copied it (a letter from the wizard, a browser), on a shared computer the
        last person's clipboard is theirs: it goes too."""
        clipboard = QGuiApplication.clipboard()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            clipboard.clear(mode)

    # -- presenter view and summary --------------------------------------------------------
    def set_presenter(self, on: bool) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        self.presenter = on
        scale = PRESENTER_SCALE if on else 1.0
        apply_theme(app, scale)
        self.window.nav.setFixedWidth(round(self.nav_width * scale))
        self.window.welcome_page.apply_scale(scale)
        if "presenter" in getattr(self.window, "menu_actions", {}):
            self.window.menu_actions["presenter"].setChecked(on)
        self.presenter_changed.emit(on)

    def export_summary(self) -> GroupSummaryDialog:
        dialog = GroupSummaryDialog(self.window.state, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.summary_dialog = dialog
        dialog.open()
        return dialog

    def shutdown(self) -> None:
        """On exit: nothing of the workshop stays on disk or in the clipboard."""
        if self.active:
            self.clear_clipboard()
            self.guard.deactivate()
