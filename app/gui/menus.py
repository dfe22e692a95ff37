"""The main window's menus and shortcuts (platform conventions: Ctrl/Cmd+O, F, Q, comma)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


def build_menus(w: MainWindow) -> dict[str, QAction]:
    """Create the menu bar; returns the actions by name (for tests and toolbars)."""
    acts: dict[str, QAction] = {}

    def act(
        name: str,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        a = QAction(text, w)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.triggered.connect(slot)
        acts[name] = a
        return a

    bar = w.menuBar()
    file_menu = bar.addMenu(w.tr("&File"))
    file_menu.addAction(
        act("open", w.tr("&Open Archive…"), w.choose_files, QKeySequence.StandardKey.Open)
    )
    file_menu.addAction(act("folder", w.tr("Open &Folder…"), w.choose_folder))
    file_menu.addAction(act("demo", w.tr("Try &Demo Data"), w.open_demo))
    file_menu.addSeparator()
    file_menu.addAction(
        act("export", w.tr("&Export Report…"), w.open_export, QKeySequence(w.tr("Ctrl+E")))
    )
    file_menu.addSeparator()
    workshop = act("workshop", w.tr("&Workshop Mode"), w.workshop.set_enabled)
    workshop.setCheckable(True)
    workshop.setChecked(w.workshop.active)
    file_menu.addAction(workshop)
    for name, text, slot in (
        ("group_summary", w.tr("Export Anonymous &Group Summary…"), w.workshop.export_summary),
        ("reset", w.tr("&Reset for the Next Person…"), lambda: w.workshop.reset()),
    ):
        action = act(name, text, slot)
        action.setEnabled(w.workshop.active)
        file_menu.addAction(action)
    file_menu.addSeparator()
    # Ctrl+Q everywhere (Cmd+Q on macOS); StandardKey.Quit has no binding on Windows.
    quit_action = act("quit", w.tr("&Quit"), w.close, QKeySequence(w.tr("Ctrl+Q")))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_action)

    edit_menu = bar.addMenu(w.tr("&Edit"))
    edit_menu.addAction(act("find", w.tr("&Find…"), w.find_items, QKeySequence.StandardKey.Find))

    view_menu = bar.addMenu(w.tr("&View"))
    for i, (name, text) in enumerate(
        (
            ("view_start", w.tr("&Start")),
            ("view_dashboard", w.tr("&Dashboard")),
            ("view_items", w.tr("&Items")),
            ("view_health", w.tr("Archive &Health")),
        )
    ):
        view_menu.addAction(
            act(name, text, lambda _=False, i=i: w.go(i), QKeySequence(f"Ctrl+{i + 1}"))
        )
    view_menu.addSeparator()
    presenter = act(
        "presenter", w.tr("&Presenter View"), w.workshop.set_presenter, QKeySequence("F5")
    )
    presenter.setCheckable(True)
    view_menu.addAction(presenter)

    tools_menu = bar.addMenu(w.tr("&Tools"))
    tools_menu.addAction(act("wizard", w.tr("&Opt-out Wizard…"), w.open_wizard))
    prefs = act("settings", w.tr("&Settings…"), w.open_settings, QKeySequence(w.tr("Ctrl+,")))
    prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
    tools_menu.addAction(prefs)

    help_menu = bar.addMenu(w.tr("&Help"))
    help_menu.addAction(
        act("policy_update", w.tr("Check for &Policy Updates…"), w.check_policy_updates)
    )
    help_menu.addSeparator()
    about = act("about", w.tr("&About Overshare"), w.show_about)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)
    return acts
