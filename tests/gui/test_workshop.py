"""Workshop mode: nothing left on disk after a full session, reset, group summary, presenter."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from app.cli import build_gui_parser
from app.core.storage import ItemFilter
from app.core.storage.workshop import ephemeral_session, open_session
from app.core.workshop_summary import load_summary
from app.gui import workshop as workshop_mod
from app.gui.main_window import ITEMS, START, MainWindow
from app.gui.state import AppState
from app.gui.theme import PRESENTER_SCALE, apply_theme
from tests.gui.shell_support import make_window, use_memory_keyring

DEMO_ITEMS_MIN = 100  # the bundled demo archives hold a few hundred items


@pytest.fixture(autouse=True)
def plain_scale(qapp):  # type: ignore[no-untyped-def]
    """Presenter view changes app-wide font and style: put both back for other tests."""
    font = QFont(qapp.font())
    yield
    apply_theme(qapp, 1.0)
    qapp.setStyleSheet("")
    qapp.setFont(font)


def _snapshot(roots: list[Path]) -> set[Path]:
    found: set[Path] = set()
    for root in roots:
        if root.exists():
            found.add(root)
            found.update(root.rglob("*"))
    return found


def _workshop_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    w = make_window(qtbot, AppState(ephemeral_session()))
    w.workshop.start(presenter=False)
    return w


def _import_demo(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(w.import_finished, timeout=30000):
        w.open_demo()
    assert w.state.library.count(ItemFilter()) >= DEMO_ITEMS_MIN


def _export_summary(qtbot, w: MainWindow, dest: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = w.workshop.export_summary()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    picker = dialog.choose_file()  # Qt's own file dialog, driven as a user would
    picker.selectFile(str(dest))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        picker.accept()
    dialog.accept()


def test_full_workshop_session_leaves_nothing(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, monkeypatch, isolated_dirs
) -> None:
    home = isolated_dirs
    monkeypatch.setenv("HOME", str(home))
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    chosen = home / "Desktop"
    chosen.mkdir()
    dest = chosen / "group.json"
    dirs = [
        Path(f("Overshare", appauthor=False))
        for f in (
            platformdirs.user_data_dir,
            platformdirs.user_config_dir,
            platformdirs.user_cache_dir,
            platformdirs.user_state_dir,
            platformdirs.user_log_dir,
        )
    ]
    assert all(d.is_relative_to(home) for d in dirs)  # so the $HOME scan covers them too
    qt_conf = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    real_tmp = Path(tempfile.gettempdir())
    roots = [home, system_tmp, *dirs]
    before = _snapshot(roots)
    stray_before = {p for p in real_tmp.iterdir() if "overshare" in p.name.lower()}
    conf_before = qt_conf.stat().st_mtime_ns if qt_conf.exists() else None

    keyring = use_memory_keyring(monkeypatch)
    w = _workshop_window(qtbot)
    private = w.workshop.guard.folder
    assert private is not None and private.is_relative_to(system_tmp)
    _import_demo(qtbot, w)
    w.go(ITEMS)
    qtbot.waitUntil(lambda: w.items_page.model.rowCount() > 0, timeout=10000)
    detail = w.items_page.open_detail(w.items_page.model.index(0, 0))
    assert detail is not None
    w.open_wizard()
    wizards = [d for d in QApplication.topLevelWidgets() if type(d).__name__ == "OptOutWizard"]
    assert wizards and wizards[0].isVisible()
    wizards[0].reject()
    w.open_settings()
    _export_summary(qtbot, w, dest)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in QApplication.topLevelWidgets()
                                    if isinstance(d, QFileDialog)))  # fmt: skip
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    # Qt's file dialog wrote its history (QSettings "QtProject") into the private folder.
    assert (private / "qsettings" / "QtProject.conf").exists()
    assert w.workshop.reset(confirm=False)
    w.close()

    after = _snapshot(roots)
    assert after - before == {dest}
    assert load_summary(dest.read_bytes(), dest.name)["kinds"]
    assert {p for p in real_tmp.iterdir() if "overshare" in p.name.lower()} == stray_before
    conf_after = qt_conf.stat().st_mtime_ns if qt_conf.exists() else None
    assert conf_after == conf_before  # the file dialog's history went to the private folder
    assert w.workshop.guard.folder is None and not private.exists()
    assert os.environ["TMPDIR"] == str(system_tmp)
    assert keyring.store == {}


def test_reset_wipes_the_session_and_stays_in_workshop_mode(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = _workshop_window(qtbot)
    _import_demo(qtbot, w)
    w.state.settings.region = "UK"
    w.state.save_settings()
    QGuiApplication.clipboard().setText("a letter the last person copied")
    settings = w.open_settings()
    assert w.workshop.guard.folder is not None
    scratch = w.workshop.guard.folder / "tmp" / "leftover.txt"
    scratch.write_text("x")
    old_library = w.state.library

    with qtbot.waitSignal(w.workshop.reset_done):
        assert w.workshop.reset(confirm=False)

    assert w.state.library is not old_library and w.state.ephemeral
    assert w.state.library.count(ItemFilter()) == 0
    assert w.state.library.imports() == []
    assert w.state.settings.region is None
    assert not settings.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert not scratch.exists()
    assert w.workshop.active and w.welcome_page.workshop_check.isChecked()
    assert w.nav.currentRow() == START
    assert w.start_stack.currentWidget() is w.welcome_page
    assert w.welcome_page.region.currentData() is None
    qtbot.waitUntil(lambda: w.items_page.model.rowCount() == 0, timeout=5000)
    assert w.welcome_page.reset_button.isVisible()
    assert not w.workshop.reset_button.isVisible()  # the status bar one is for other pages
    w.go(ITEMS)
    assert w.workshop.reset_button.isVisible()


def test_reset_asks_first(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = _workshop_window(qtbot)
    _import_demo(qtbot, w)
    asked: list[str] = []

    def decline(parent, title, text, yes):  # type: ignore[no-untyped-def]
        asked.append(title)
        return False

    monkeypatch.setattr(workshop_mod, "ask_yes_no", decline)
    w.welcome_page.reset_button.click()
    assert asked == ["Reset for the next person"]
    assert w.state.library.count(ItemFilter()) >= DEMO_ITEMS_MIN


def test_group_summary_shows_counts_only_before_saving(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = _workshop_window(qtbot)
    _import_demo(qtbot, w)
    w.state.settings.region = "EU"
    dialog = w.workshop.export_summary()
    with qtbot.waitSignal(dialog.ready, timeout=20000):
        pass
    assert dialog.preview.toPlainText().encode() == dialog.data
    summary = load_summary(dialog.data, "preview")
    total = sum(n for kinds in summary["kinds"].values() for n in kinds.values())
    assert total == w.state.library.count(ItemFilter())
    assert set(summary["kinds"]) == {"x", "linkedin", "facebook", "instagram", "threads"}
    assert summary["region"] == "EU"
    # No item text, id or exact date reaches the file.
    some = next(iter(w.state.library.iter_items(ItemFilter(), batch=50)))
    for item in some:
        if item.text and len(item.text) > 12:
            assert item.text not in dialog.preview.toPlainText()
        assert item.id not in dialog.preview.toPlainText()
    assert not re.search(r"\d{4}-\d\d-\d\d", dialog.preview.toPlainText())  # no dates
    assert f"{total:,} items" in dialog.headline.text()
    target = tmp_path / "mine.json"
    assert dialog.save_to(target)
    assert target.read_bytes() == dialog.data
    assert not dialog.save_to(tmp_path / "missing" / "x.json")
    assert "could not be saved" in dialog.status.text()


def test_menu_actions_follow_workshop_mode(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot, AppState(ephemeral_session()))
    acts = w.menu_actions
    assert not acts["group_summary"].isEnabled() and not acts["reset"].isEnabled()
    assert not w.workshop.reset_button.isVisible()
    w.workshop.start(presenter=False)
    assert acts["group_summary"].isEnabled() and acts["reset"].isEnabled()
    assert acts["workshop"].isChecked()
    assert "Workshop session" in w.mode_label.text()
    acts["group_summary"].trigger()
    dialog = w.workshop.summary_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    w.close()


def test_toggle_swaps_a_saved_session_for_an_ephemeral_one(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot, AppState(open_session(ephemeral=False, mode="memory")))
    _import_demo(qtbot, w)
    questions: list[str] = []

    def agree(parent, title, text, yes):  # type: ignore[no-untyped-def]
        questions.append(title)
        return True

    monkeypatch.setattr(workshop_mod, "ask_yes_no", agree)
    w.welcome_page.workshop_check.click()
    assert questions == ["Start workshop mode"]
    assert w.workshop.active and w.state.ephemeral
    assert w.state.library.count(ItemFilter()) == 0
    assert w.menu_actions["workshop"].isChecked()

    monkeypatch.setattr(
        workshop_mod,
        "open_session_interactively",
        lambda ephemeral, parent: open_session(ephemeral=False, mode="memory"),
    )
    w.welcome_page.workshop_check.click()  # empty session: leaves without asking
    assert questions == ["Start workshop mode"]
    assert not w.workshop.active and not w.state.ephemeral
    assert w.workshop.guard.folder is None
    assert not w.welcome_page.reset_button.isVisible()


def test_toggle_declined_keeps_the_library(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot, AppState(open_session(ephemeral=False, mode="memory")))
    _import_demo(qtbot, w)
    monkeypatch.setattr(workshop_mod, "ask_yes_no", lambda *a: False)
    w.welcome_page.workshop_check.click()
    assert not w.workshop.active and not w.welcome_page.workshop_check.isChecked()
    assert w.state.library.count(ItemFilter()) >= DEMO_ITEMS_MIN


def test_presenter_view_scales_fonts_and_spacing(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    w = _workshop_window(qtbot)
    base = QFont(qapp.font())
    w.menu_actions["presenter"].trigger()
    assert w.workshop.presenter and w.menu_actions["presenter"].isChecked()
    assert qapp.font().pointSizeF() == pytest.approx(base.pointSizeF() * PRESENTER_SCALE)
    assert "font-size: 32pt" in qapp.styleSheet()  # the 20pt page title
    assert w.nav.width() == round(w.workshop.nav_width * PRESENTER_SCALE)
    w.resize(1280, 800)
    hint = w.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800
    for dialog in (w.open_settings(), w.open_export(), w.show_about(), w.workshop.export_summary()):
        need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert need.width() <= 1280 and need.height() <= 800, type(dialog).__name__
        dialog.reject()
    w.menu_actions["presenter"].trigger()
    assert qapp.font().pointSizeF() == pytest.approx(base.pointSizeF())
    assert "font-size: 20pt" in qapp.styleSheet() and w.nav.width() == w.workshop.nav_width


def test_cli_has_workshop_flags() -> None:
    args = build_gui_parser([]).parse_args(["--workshop"])
    assert args.workshop and not args.no_presenter
    assert build_gui_parser([]).parse_args(["--workshop", "--no-presenter"]).no_presenter


def test_dialogs_close_on_reset(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = _workshop_window(qtbot)
    about = w.show_about()
    export = w.open_export()
    w.workshop.reset(confirm=False)
    assert not about.isVisible() and not export.isVisible()
    assert all(not d.isVisible() for d in QApplication.topLevelWidgets() if isinstance(d, QDialog))
