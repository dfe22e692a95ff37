"""The welcome page: promise, region and birth year (saved, skippable), open/demo, coaching."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel

from app.core.storage.workshop import ephemeral_session
from app.gui.pages.welcome_page import WelcomePage
from app.gui.state import AppState


def _page(qtbot) -> WelcomePage:  # type: ignore[no-untyped-def]
    page = WelcomePage(AppState(ephemeral_session()))
    qtbot.addWidget(page)
    page.show()
    return page


def test_promise_and_coaching(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot)
    text = page.promise.text()
    assert "nothing is uploaded" in text and "on this computer" in text
    tabs = [page.coaching.tabText(i) for i in range(page.coaching.count())]
    assert tabs == ["X", "LinkedIn", "Facebook", "Instagram"]
    labels = [page.coaching.widget(i) for i in range(page.coaching.count())]
    bodies = [w.text() for w in labels if isinstance(w, QLabel)]
    assert len(bodies) == 4
    assert "Download an archive of your data" in bodies[0]
    assert "larger data archive" in bodies[1] and "Complete" in bodies[1]
    assert all("JSON" in b and "All time" in b for b in bodies[2:])
    assert all("href='https://" in b for b in bodies)


def test_region_and_birth_year_are_saved_and_retag(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot)
    page.region.setCurrentIndex(page.region.findData("UK"))
    page.birth_year.setValue(1990)
    with qtbot.waitSignal(page.state.context_changed, timeout=5000):
        pass  # saved after a short pause, once for both edits
    assert (page.state.settings.region, page.state.settings.birth_year) == ("UK", 1990)
    assert page.state.session.settings_store.load().region == "UK"
    assert page.state.context().region == "UK"


def test_skip_keeps_context_unset(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot)
    with qtbot.assertNotEmitted(page.state.context_changed, wait=700):
        page.skip_button.click()
    assert page.state.settings.region is None
    assert "uncertain" in page.context_note.text()


def test_buttons_and_drop_emit(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot)
    with qtbot.waitSignal(page.demo_requested):
        page.demo_button.click()
    with qtbot.waitSignal(page.open_files_requested):
        page.open_button.click()
    zips = [tmp_path / "a.zip", tmp_path / "b.zip"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in zips])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.paths_dropped) as blocker:
        page.dropEvent(event)
    assert blocker.args[0] == zips
