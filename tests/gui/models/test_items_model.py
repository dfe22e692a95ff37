"""ItemsModel: a virtual table over the store, counted and paged off the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.storage import ItemFilter, Sort
from app.gui.models import items_model
from app.gui.models.items_model import (
    COL_DATE,
    COL_EXPOSURE,
    COL_KIND,
    COL_PLATFORM,
    COL_TEXT,
    PAGE_SIZE,
    ExposureRole,
    ItemIdRole,
    ItemsModel,
    SortRole,
    StoredItemRole,
    TagsRole,
)
from tests.gui.items_support import ARCHIVE_ITEMS, CHAT_ID, archive_state, synthetic_state

D = Qt.ItemDataRole.DisplayRole


def _loaded_model(qtbot, state, flt: ItemFilter | None = None) -> ItemsModel:  # type: ignore[no-untyped-def]
    model = ItemsModel(state.library, state)
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.set_filter(flt or ItemFilter())
    return model


def _wait_rows(qtbot, model: ItemsModel, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    for row in rows:
        model.data(model.index(row, 0), D)  # asks for the page
        qtbot.waitUntil(lambda r=row: model.is_loaded(r), timeout=10000)


def test_model_passes_qtmodeltester(qtbot, tmp_path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    state = archive_state(tmp_path)
    model = _loaded_model(qtbot, state)
    assert model.rowCount() == ARCHIVE_ITEMS
    qtmodeltester.check(model)


def test_roles_of_the_newest_item(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    state = archive_state(tmp_path)
    model = _loaded_model(qtbot, state)
    row0 = model.index(0, 0)
    assert row0.data(ItemIdRole) == CHAT_ID
    assert model.index(0, COL_PLATFORM).data(D) == "X (Twitter)"
    assert model.index(0, COL_KIND).data(D) == "AI chat"
    assert model.index(0, COL_TEXT).data(D) == "Ferns and hostas do well in shade."
    # trains X's AI (allowed now) and shared with xAI (uncertain): worst first, two uses
    assert model.index(0, COL_EXPOSURE).data(D) == "Allowed now · 2 uses"
    assert model.index(0, COL_EXPOSURE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, COL_EXPOSURE).data(ExposureRole).status == "allowed_now"
    assert {t.outcome for t in row0.data(TagsRole)} == {
        "trains_platform_ai",
        "shared_with_affiliate_for_ai_training",
    }
    stored = row0.data(StoredItemRole)
    assert stored.id == row0.data(ItemIdRole)
    assert model.index(0, COL_DATE).data(SortRole) == stored.created_at.timestamp()
    assert model.headerData(COL_TEXT, Qt.Orientation.Horizontal, D) == "Text"


def test_sort_goes_through_the_store(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    state = archive_state(tmp_path)
    model = _loaded_model(qtbot, state)
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.sort(COL_DATE, Qt.SortOrder.AscendingOrder)
    assert model.store_sort == Sort.OLDEST
    dated = [r for r in range(model.rowCount()) if model.index(r, COL_DATE).data(D) != "—"]
    assert len(dated) == 8  # the store puts the 3 undated items (likes, email) first
    assert model.index(dated[0], COL_TEXT).data(D) == "First post! Hello world."
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.sort(COL_KIND)
    assert model.store_sort == Sort.KIND
    assert model.index(0, COL_KIND).data(D) == "Account record"
    model.sort(COL_TEXT)  # the store cannot sort by text: nothing changes
    assert model.store_sort == Sort.KIND and not model.loading


def test_filter_counts_in_a_worker(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    state = archive_state(tmp_path)
    model = _loaded_model(qtbot, state)
    with qtbot.waitSignal(model.count_changed, timeout=10000) as blocker:
        model.set_filter(ItemFilter(kinds=["post"]))
        assert model.loading  # the count is not computed on this (the GUI) thread
        assert model.rowCount() == ARCHIVE_ITEMS  # old rows stay until the answer
    assert blocker.args == [3] and model.rowCount() == 3 and not model.loading
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.set_filter(ItemFilter(text="garden"))
    # prefix search, any case: the garden post, the "Garden meeting" message, a liked post
    assert model.rowCount() == 3


def test_stale_counts_are_dropped(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    state = archive_state(tmp_path)
    model = _loaded_model(qtbot, state)
    model.set_filter(ItemFilter(kinds=["post"]))
    with qtbot.waitSignal(model.count_changed, timeout=10000) as blocker:
        model.set_filter(ItemFilter(kinds=["reply"]))
    qtbot.waitUntil(lambda: model.loader.wait_idle(0), timeout=10000)
    assert blocker.args == [1] and model.rowCount() == 1


def test_paging_at_page_boundaries(qtbot, tmp_path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    state = synthetic_state(2 * PAGE_SIZE + 50)
    model = _loaded_model(qtbot, state)
    assert model.rowCount() == 450
    assert model.is_loaded(0) and not model.is_loaded(PAGE_SIZE)  # first page comes with count
    assert model.index(PAGE_SIZE, COL_TEXT).data(D) == "Loading…"
    boundary = [PAGE_SIZE - 1, PAGE_SIZE, 2 * PAGE_SIZE - 1, 2 * PAGE_SIZE, 449]
    _wait_rows(qtbot, model, boundary)
    for row in boundary:  # NEWEST order: row i is item i
        assert model.index(row, 0).data(ItemIdRole) == f"syn:{row:05d}"
    qtmodeltester.check(model)  # the tester stays attached and checks the changes below


def test_first_rows_before_the_count(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    state = synthetic_state(2 * PAGE_SIZE + 50)
    model = _loaded_model(qtbot, state, ItemFilter(text="alpha"))  # 90 rows: one short page
    qtmodeltester.check(model)
    seen: list[tuple[int, bool, str]] = []  # the model's state right after the first page

    def first_page_shown(*_args: object) -> None:
        seen.append((model.rowCount(), model.loading, model.index(0, 0).data(ItemIdRole)))

    model.loader.first_page.connect(first_page_shown)  # runs after the model's own slot
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.set_filter(ItemFilter())
    assert seen == [(PAGE_SIZE, True, "syn:00000")]  # rows shown while counting
    assert model.rowCount() == 450 and not model.loading  # the rest inserted


def test_neighbour_page_is_prefetched_near_an_edge(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = synthetic_state(2 * PAGE_SIZE)
    model = _loaded_model(qtbot, state)
    assert not model.is_loaded(PAGE_SIZE)
    model.data(model.index(PAGE_SIZE - 10, COL_TEXT), D)  # a loaded row near the end of page 0
    qtbot.waitUntil(lambda: model.is_loaded(PAGE_SIZE), timeout=10000)
    assert model.index(PAGE_SIZE, 0).data(ItemIdRole) == f"syn:{PAGE_SIZE:05d}"


def test_pages_are_evicted_least_recently_used(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(items_model, "MAX_PAGES", 2)
    state = synthetic_state(3 * PAGE_SIZE)
    model = _loaded_model(qtbot, state)
    _wait_rows(qtbot, model, [PAGE_SIZE, 2 * PAGE_SIZE])
    assert not model.is_loaded(0)  # page 0 was used least recently
    assert model.is_loaded(PAGE_SIZE) and model.is_loaded(2 * PAGE_SIZE)
    _wait_rows(qtbot, model, [0])
    assert model.index(0, 0).data(ItemIdRole) == "syn:00000"


@pytest.mark.parametrize(
    ("flt", "expected"),
    [(ItemFilter(text="alpha"), 90), (ItemFilter(platforms=["linkedin"], kinds=["comment"]), 75)],
)
def test_filters_on_synthetic_rows(qtbot, tmp_path, flt: ItemFilter, expected: int) -> None:  # type: ignore[no-untyped-def]
    # 450 rows: every 5th says alpha; odd rows are LinkedIn, every 3rd a comment (odd ∩ 3k: 75)
    state = synthetic_state(450)
    model = _loaded_model(qtbot, state, flt)
    assert model.rowCount() == expected
