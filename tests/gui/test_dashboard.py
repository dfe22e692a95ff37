"""The dashboard counts in a worker, paints per-platform bars, links counts and actions."""

from __future__ import annotations

from app.core.paths import demo_dir
from app.core.pipeline import import_into_library
from app.core.policy import Classifier, SummaryBuilder
from app.core.storage import ItemFilter
from app.core.storage.workshop import ephemeral_session
from app.gui.dashboard_data import BUCKETS, bucket_of
from app.gui.pages.dashboard_page import DashboardPage
from app.gui.state import AppState


def _demo_state() -> AppState:
    state = AppState(ephemeral_session())
    import_into_library([demo_dir() / "x-archive"], state.library, state.classifier())
    return state


def _page(qtbot, state: AppState) -> DashboardPage:  # type: ignore[no-untyped-def]
    page = DashboardPage(state)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    with qtbot.waitSignal(page.updated, timeout=20000):
        page.refresh()
    return page


def _expected(state: AppState):  # type: ignore[no-untyped-def]
    classifier = Classifier(state.policy_set, state.context())
    builder = SummaryBuilder()
    buckets: dict[str, int] = {}
    for batch in state.library.iter_items():
        for item in batch:
            tags = classifier.classify(item)
            builder.add(item, tags)
            b = bucket_of(tags)
            buckets[b] = buckets.get(b, 0) + 1
    return builder.result(), buckets


def test_counts_match_the_classifier(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = _demo_state()
    page = _page(qtbot, state)
    summary, buckets = _expected(state)
    total = state.library.count(ItemFilter())
    assert page.tile_items.value.text() == f"{total:,}"
    assert page.tile_allowed.value.text() == f"{summary.exposed_now:,}"
    assert page.tile_used.value.text() == f"{summary.may_already_used:,}"
    assert page.data is not None
    assert {b: page.data.bucket_total(b) for b in BUCKETS if page.data.bucket_total(b)} == buckets
    assert sum(buckets.values()) == total  # each item in exactly one bucket
    assert page.chart.accessibleDescription().startswith("X (Twitter):")


def test_count_click_opens_filtered_items(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = _demo_state()
    page = _page(qtbot, state)
    model = page.table_model
    index = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(1, model.columnCount())
        if model.index(r, c).data() not in ("–", None)
    )
    with qtbot.waitSignal(page.filter_requested) as blocker:
        page.table.clicked.emit(index)
    flt = blocker.args[0]
    assert isinstance(flt, ItemFilter) and len(flt.outcomes) == 1 and len(flt.statuses) == 1
    assert state.library.count(flt) > 0
    with qtbot.waitSignal(page.filter_requested) as blocker:
        page.chart.segment_clicked.emit("x", "allowed_now")
    assert blocker.args[0] == ItemFilter(platforms=("x",), statuses=("allowed_now",))


def test_top_actions_open_the_wizard_at_their_step(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    state = _demo_state()
    opened: list[str | None] = []
    monkeypatch.setattr(
        "app.gui.pages.dashboard_page.open_optout_wizard",
        lambda parent, st, key: opened.append(key),
    )
    page = _page(qtbot, state)
    summary, _ = _expected(state)
    top = [k for k, _ in summary.top_settings(3)]
    assert top and len(page.action_buttons) == len(top)
    for b in page.action_buttons:
        b.click()
    assert opened == top


def test_empty_library_and_refresh_on_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = AppState(ephemeral_session())
    page = _page(qtbot, state)
    assert page.empty.isVisible() and not page.content.isVisible()
    import_into_library([demo_dir() / "x-archive"], state.library, state.classifier())
    with qtbot.waitSignal(page.updated, timeout=20000):
        state.library_changed.emit()
    assert page.content.isVisible()
