"""The item browser page: search and filters through the store, keyboard, detail, wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.storage import ItemFilter, Sort
from app.gui.models.items_model import COL_DATE, COL_KIND, COL_TEXT, ItemIdRole
from app.gui.pages.items_page import ItemsPage
from app.gui.theme import apply_theme
from tests.gui.items_support import ARCHIVE_ITEMS, CHAT_ID, SCREENSHOTS, SIZES, archive_state

D = Qt.ItemDataRole.DisplayRole


def _page(qtbot, state) -> ItemsPage:  # type: ignore[no-untyped-def]
    page = ItemsPage(state)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading and page.filters.combos["kinds"].count() > 1)
    return page


def _settle(qtbot, page: ItemsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10000)


def test_lists_the_library_with_a_count(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, archive_state(tmp_path))
    assert page.model.rowCount() == ARCHIVE_ITEMS
    assert page.count_label.text() == f"{ARCHIVE_ITEMS} items"
    assert page.stack.currentWidget() is page.table


def test_search_filters_through_the_store(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, archive_state(tmp_path))
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        qtbot.keyClicks(page.filters.search, "garden")  # debounced: one query
    assert page.model.item_filter.text == "garden"
    kinds = sorted(page.model.index(r, COL_KIND).data(D) for r in range(page.model.rowCount()))
    assert kinds == ["Like / reaction", "Message", "Post"]
    assert page.count_label.text() == "3 items"


def test_counting_label_while_the_worker_counts(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, archive_state(tmp_path))
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        page.show_filter(ItemFilter(kinds=["post"]))
        assert page.count_label.text() == "Counting…"
    assert page.count_label.text() == "3 items"


def test_filter_combos_offer_store_values(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, archive_state(tmp_path))
    combo = page.filters.combos["kinds"]
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == "All kinds" and "Post (3)" in texts and "AI chat (2)" in texts
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        combo.setCurrentIndex(texts.index("Post (3)"))
    assert page.model.rowCount() == 3
    statuses = page.filters.combos["statuses"]
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        statuses.setCurrentIndex(statuses.findData("allowed_now"))
    # without a region every post use is "uncertain": none allowed now
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert page.empty_label.text().startswith("No items match")
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        page.empty_clear.click()
    assert page.model.rowCount() == ARCHIVE_ITEMS and not page.filters.is_filtered()


def test_show_filter_from_the_dashboard(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, archive_state(tmp_path))
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        page.show_filter(ItemFilter(platforms=["x"], kinds=["post", "reply"]))
    assert page.model.rowCount() == 4
    assert page.filters.combos["kinds"].currentText() == "Post, Reply"
    assert page.filters.current_filter().kinds == ("post", "reply")


def test_public_sample_adds_a_platform(qtbot, tmp_path, public_fixtures) -> None:  # type: ignore[no-untyped-def]
    miner = public_fixtures / "facebook" / "facebook-data-miner" / "tests" / "test_data"
    state = archive_state(tmp_path, miner)
    page = _page(qtbot, state)
    platforms = page.filters.combos["platforms"]
    fb = platforms.findData("facebook")
    assert fb > 0
    expected = state.library.count(ItemFilter(platforms=["facebook"]))
    assert expected > 0 and f"({expected:,})" in platforms.itemText(fb)
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        platforms.setCurrentIndex(fb)
    assert page.model.rowCount() == expected
    assert {page.model.index(r, 0).data(D) for r in range(expected)} == {"Facebook"}


def test_keyboard_navigation_and_enter_opens_detail(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, archive_state(tmp_path))
    table = page.table
    table.setFocus()
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 2
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(table, Qt.Key.Key_End, ctrl)
    assert table.currentIndex().row() == ARCHIVE_ITEMS - 1
    qtbot.keyClick(table, Qt.Key.Key_Home, ctrl)
    assert table.currentIndex().row() == 0
    with qtbot.waitSignal(page.detail_opened) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [CHAT_ID]
    assert page.detail is not None and page.detail.isVisible()
    assert page.detail.text_label.text() == "Ferns and hostas do well in shade."


def test_double_click_opens_detail(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, archive_state(tmp_path))
    rect = page.table.visualRect(page.model.index(2, COL_TEXT))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.detail_opened) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [page.model.index(2, 0).data(ItemIdRole)]


def test_wizard_requested_with_the_setting_key(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, archive_state(tmp_path))
    detail = page.open_detail(page.model.index(0, 0))
    assert detail is not None
    card = next(
        c for c in detail.tag_cards if c.tag.outcome == "shared_with_affiliate_for_ai_training"
    )
    with qtbot.waitSignal(page.wizard_requested) as asked:
        card.setting_buttons["x.grok_data_sharing"].click()
    assert asked.args == ["x.grok_data_sharing"]


def test_header_shows_the_store_order(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, archive_state(tmp_path))
    header = page.table.horizontalHeader()
    header.setSortIndicator(COL_TEXT, Qt.SortOrder.AscendingOrder)  # text: not sortable
    assert header.sortIndicatorSection() == COL_DATE and not page.model.loading
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        header.setSortIndicator(COL_KIND, Qt.SortOrder.DescendingOrder)
    assert page.model.store_sort == Sort.KIND  # the store sorts kinds A→Z only
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert page.model.index(0, COL_KIND).data(D) == "Account record"


def test_library_changed_refreshes(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    state = archive_state(tmp_path)
    page = _page(qtbot, state)
    state.library.forget_import(state.library.imports()[0].id)
    with qtbot.waitSignal(page.model.count_changed, timeout=10000):
        state.library_changed.emit()
    assert page.stack.currentWidget() is page.empty
    assert "library is empty" in page.empty_label.text()


def test_screenshots(qtbot, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    apply_theme(qapp)
    try:
        page = _page(qtbot, archive_state(tmp_path))
        SCREENSHOTS.mkdir(exist_ok=True)
        for w, h in SIZES:
            page.resize(w, h)
            qtbot.waitUntil(lambda: all(page.model.is_loaded(r) for r in range(ARCHIVE_ITEMS)))
            assert page.grab().save(str(SCREENSHOTS / f"items-{w}x{h}.png"))
    finally:
        qapp.setStyleSheet("")
