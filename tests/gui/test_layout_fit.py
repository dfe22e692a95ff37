"""Layouts that follow the text: item browser columns, the wrapping filter bar, the wizard
summary's columns — at narrow widths and with larger type."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from app.gui.models.items_model import (
    COL_DATE,
    COL_EXPOSURE,
    COL_KIND,
    COL_PLATFORM,
    COL_TEXT,
    COL_VISIBILITY,
    column_texts,
)
from app.gui.pages.items_page import ItemsPage, fit_widths
from app.gui.widgets.item_filter_bar import ItemFilterBar
from tests.gui.items_support import archive_state
from tests.gui.wizard.support import demo_state, make_wizard, walk

SHORT = (COL_PLATFORM, COL_KIND, COL_DATE, COL_VISIBILITY, COL_EXPOSURE)


def _page(qtbot, tmp_path, width: int, scale: float = 1.0) -> ItemsPage:  # type: ignore[no-untyped-def]
    page = ItemsPage(archive_state(tmp_path))
    qtbot.addWidget(page)
    if scale != 1.0:
        font = QFont(page.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        page.setFont(font)  # as the presenter view's larger type does
    page.resize(width, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading and page.filters.combos["kinds"].count() > 1)
    return page


def _inside(widget: QWidget, parent: QWidget) -> QRect:
    return QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())


def test_column_texts_cover_every_label() -> None:
    assert "Instagram" in column_texts(COL_PLATFORM)
    assert "Connection / follow" in column_texts(COL_KIND)
    assert "Followers" in column_texts(COL_VISIBILITY)
    assert "Allowed now · 8 uses" in column_texts(COL_EXPOSURE)
    assert column_texts(COL_DATE)[0] == "2000-12-28"
    assert column_texts(COL_TEXT) == ()


def test_fit_widths_keeps_natural_widths_when_text_has_room() -> None:
    natural = {1: 100, 2: 200}
    assert fit_widths(natural, {1: 50, 2: 50}, available=600, text_min=200) == natural


def test_fit_widths_squeezes_towards_floors_in_proportion() -> None:
    # 300 wide + Text 200 in 400: 100 to give, from 50 + 150 above the floors (1:3).
    widths = fit_widths({1: 100, 2: 200, 3: 90}, {1: 50, 2: 50, 3: 90}, 490, 200)
    assert widths == {1: 75, 2: 125, 3: 90}
    # Not enough even at the floors: floors, never below.
    assert fit_widths({1: 100, 2: 200}, {1: 50, 2: 50}, 150, 200) == {1: 50, 2: 50}


def test_large_type_shows_whole_labels_at_1280(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, tmp_path, 1000, scale=1.6)
    header, fm = page.table.horizontalHeader(), page.table.fontMetrics()
    for column in (COL_PLATFORM, COL_DATE):  # every label whole
        widest = max(fm.horizontalAdvance(t) for t in column_texts(column))
        assert header.sectionSize(column) > widest, column
    assert header.sectionSize(COL_VISIBILITY) > fm.horizontalAdvance("Followers")
    assert header.sectionSize(COL_KIND) > fm.horizontalAdvance("Message")
    exposure = fm.horizontalAdvance("Uncertain · 3 uses") + 16  # text and the dot
    assert header.sectionSize(COL_EXPOSURE) > exposure
    assert header.sectionSize(COL_TEXT) >= 0.25 * page.table.viewport().width()


def test_narrow_window_keeps_text_readable_without_scrolling(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, tmp_path, 620)
    header, viewport = page.table.horizontalHeader(), page.table.viewport().width()
    assert header.sectionSize(COL_TEXT) >= 0.25 * viewport - 1
    assert header.length() <= viewport
    assert header.sectionSize(COL_DATE) > page.table.fontMetrics().horizontalAdvance("2026-03-09")
    # Wider again: the squeezed columns get their room back.
    kind = header.sectionSize(COL_KIND)
    page.resize(1400, 700)
    qtbot.waitUntil(lambda: header.sectionSize(COL_KIND) > kind)


def test_filter_bar_wraps_and_never_cuts_a_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = ItemFilterBar()
    qtbot.addWidget(bar)
    bar.resize(1200, bar.heightForWidth(1200))
    bar.show()
    rows_wide = [len(bar.top.rows(1200)), len(bar.choices.rows(1200))]
    assert rows_wide == [1, 1]
    wide_height = bar.heightForWidth(1200)
    assert bar.heightForWidth(420) > wide_height
    bar.resize(420, bar.heightForWidth(420))
    QApplication.processEvents()
    assert len(bar.choices.rows(420)) >= 2
    fm = QFontMetrics(bar.font())
    seen: list[QRect] = []
    for widget in [bar.search, bar.dates, bar.clear_button, *bar.combos.values()]:
        rect = _inside(widget, bar)
        assert bar.rect().contains(rect), widget.accessibleName()
        assert not any(rect.intersects(other) for other in seen)
        seen.append(rect)
    for combo in bar.combos.values():
        assert combo.width() > fm.horizontalAdvance(combo.itemText(0))


def test_filter_rows_are_even_with_search_alone_when_wrapped(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = ItemFilterBar()
    qtbot.addWidget(bar)
    width = bar.search.minimumWidth() + bar.dates.sizeHint().width()  # Clear does not fit too
    rows = bar.top.rows(width)
    assert [len(r) for r in rows] == [1, 2]
    assert rows[0][0].widget() is bar.search


def test_filter_popup_is_as_wide_as_its_longest_entry(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = ItemFilterBar()
    qtbot.addWidget(bar)
    bar.resize(420, bar.heightForWidth(420))
    bar.show()
    long_kind = "kind_with_a_rather_long_name_for_a_popup"
    bar.set_facets({"kind": {long_kind: 1234, "post": 3}})
    combo = bar.combos["kinds"]
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitUntil(popup.isVisible)
    needed = combo.view().fontMetrics().horizontalAdvance(combo.itemText(1))
    assert combo.itemText(1) == "Kind with a rather long name for a popup (1,234)"
    assert needed > combo.width()
    assert popup.width() >= needed
    combo.hidePopup()


def test_summary_step_column_stretches_and_wraps(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, demo_state("EU"))
    w.resize(640, 600)
    with qtbot.waitSignal(w.summary.computed, timeout=20000):
        walk(w)
    table = w.summary.table
    header, viewport = table.horizontalHeader(), table.viewport().width()
    QApplication.processEvents()
    assert header.sectionSize(0) >= 0.4 * viewport - 1
    assert header.length() <= viewport
    for column in range(1, table.columnCount()):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)
    one_line = table.fontMetrics().height()
    tallest = max(table.rowHeight(r) for r in range(table.rowCount()))
    assert tallest > 1.8 * one_line  # a long step title wraps onto a second line
    # The count headers wrap at word breaks: the header is more than one line high.
    assert header.height() > 1.8 * QFontMetrics(header.font()).height()
    w.resize(1600, 800)
    qtbot.waitUntil(lambda: header.height() < 1.8 * QFontMetrics(header.font()).height())
