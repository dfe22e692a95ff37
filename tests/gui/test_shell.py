"""The shell imports through the pipeline off the GUI thread, cancels, accepts drops, forgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from app.core.importing import ImportJob
from app.core.paths import demo_dir
from app.core.storage import ItemFilter
from app.gui.main_window import DASHBOARD, START
from tests.gui.shell_support import big_x_archive, make_window


def _core_count(*paths: Path) -> int:
    """What the core importer finds, to compare with what the GUI stored and shows."""
    job = ImportJob(list(paths))
    return len(job.run())


def test_demo_import_stores_tags_and_shows_dashboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot)
    with qtbot.waitSignal(w.import_finished, timeout=20000) as blocker:
        w.open_demo()
    outcome = blocker.args[0]
    total = outcome.inventory.total_items
    assert outcome.record is not None and outcome.inventory.complete
    assert total == _core_count(*[p for p in sorted(demo_dir().iterdir()) if p.is_dir()])
    assert w.state.library.count(ItemFilter()) == total
    assert w.state.library.count(ItemFilter(platforms=("x",))) == _core_count(
        demo_dir() / "x-archive"
    )
    assert sum(w.state.library.facets(None, "status").values()) > 0  # tagged in the pipeline
    assert w.nav.currentRow() == DASHBOARD
    qtbot.waitUntil(lambda: w.dashboard_page.tile_items.value.text() == f"{total:,}")
    assert f"{total} items found" in w.health_page.headline.text()
    kinds = {
        w.health_page.counts_model.item(r, 1).text()
        for r in range(w.health_page.counts_model.rowCount())
    }
    assert {"Post", "Reply", "AI chat", "Message"} <= kinds  # the items page's words
    assert w.task is not None and not w.task.running


def test_cancel_mid_import_keeps_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = big_x_archive(tmp_path / "big", 30000)
    w = make_window(qtbot)
    w.start_import([archive])
    assert w.task is not None
    task = w.task
    task.worker.progress.connect(lambda *a: w.cancel_import())
    with qtbot.waitSignal(w.import_cancelled, timeout=20000):
        pass
    qtbot.waitUntil(lambda: not task.running)
    assert w.state.library.count(ItemFilter()) == 0
    assert w.state.library.imports() == []
    assert w.outcome is None
    assert "nothing was kept" in w.import_page.message.text().lower()
    assert w.start_stack.currentWidget() is w.import_page and w.nav.currentRow() == START


def test_drop_starts_import(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo_dir() / "x-archive"))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(w.import_finished, timeout=20000) as blocker:
        w.welcome_page.dropEvent(event)
    assert blocker.args[0].inventory.total_items == _core_count(demo_dir() / "x-archive")


def test_bad_input_message(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "notes.zip"
    junk.write_bytes(b"this is not a zip")
    w = make_window(qtbot)
    with qtbot.waitSignal(w.import_finished, timeout=20000) as blocker:
        w.start_import([junk])
    assert blocker.args[0].record is None
    assert "notes.zip" in w.import_page.message.text()
    assert w.import_page.message.isVisible()
    assert w.state.library.imports() == []
    assert "notes.zip" in w.health_page.details.text()  # the failed attempt is inspectable


def test_forget_everything(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot)
    with qtbot.waitSignal(w.import_finished, timeout=20000):
        w.open_demo()
    w.state.settings.region = "UK"
    w.state.save_settings(context_changed=True)
    old_library = w.state.library
    dialog = w.open_settings()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(w.state.library_changed, timeout=10000):
        dialog.forget_all_button.click()
    assert w.state.library is not old_library
    assert w.state.library.count(ItemFilter()) == 0
    assert w.state.settings.region is None
    assert w.nav.currentRow() == START
    qtbot.waitUntil(lambda: w.dashboard_page.empty.isVisible() or w.dashboard_page.data is not None)
