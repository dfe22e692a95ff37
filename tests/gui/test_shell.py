"""The GUI shell imports off the GUI thread, shows the inventory, cancels, and accepts drops."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.core.paths import demo_dir
from app.gui.main_window import MainWindow


def _big_x_archive(folder: Path, tweets: int) -> Path:
    data = folder / "data"
    data.mkdir(parents=True)
    records = [
        {
            "tweet": {
                "id_str": str(10**18 + i),
                "id": str(10**18 + i),
                "created_at": "Fri Mar 06 13:02:05 +0000 2026",
                "full_text": f"post number {i} " + "x" * 200,
                "entities": {"hashtags": [], "user_mentions": [], "urls": []},
                "retweeted": False,
            }
        }
        for i in range(tweets)
    ]
    body = json.dumps(records, indent=2, separators=(",", " : "))
    (data / "tweets.js").write_text(f"window.YTD.tweets.part0 = {body}")
    return folder


def _window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def test_demo_import_shows_inventory(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot)
    with qtbot.waitSignal(w.import_finished, timeout=20000) as blocker:
        w.open_demo()
    inv = blocker.args[0]
    assert inv.total_items > 0 and inv.complete
    assert w.stack.currentWidget() is w.inventory_page
    shown = {
        (
            w.inventory_page.counts_model.item(r, 1).text(),
            w.inventory_page.counts_model.item(r, 2).text(),
        )
        for r in range(w.inventory_page.counts_model.rowCount())
    }
    assert ("post", "2") in shown or any(kind == "post" for kind, _ in shown)
    assert str(inv.total_items) in w.inventory_page.headline.text()
    assert not w.task.running


def test_cancel_mid_import_keeps_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = _big_x_archive(tmp_path / "big", 30000)
    w = _window(qtbot)
    w.start_import([archive])
    w.task.worker.progress.connect(lambda *a: w.cancel_import())
    with qtbot.waitSignal(w.import_cancelled, timeout=20000):
        pass
    assert w.inventory is None
    assert "cancelled" in w.import_page.message.text().lower()
    assert w.stack.currentWidget() is w.import_page
    qtbot.waitUntil(lambda: not w.task.running)


def test_drop_starts_import(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in demo_dir().iterdir() if p.is_dir()])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(w.import_finished, timeout=20000) as blocker:
        w.import_page.dropEvent(event)
    assert blocker.args[0].total_items > 0


def test_bad_input_message(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "notes.zip"
    junk.write_bytes(b"this is not a zip")
    w = _window(qtbot)
    with qtbot.waitSignal(w.import_finished, timeout=20000):
        w.start_import([junk])
    assert "notes.zip" in w.import_page.message.text()
    assert w.import_page.message.isVisible()
