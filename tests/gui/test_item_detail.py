"""The item detail: the item as written, its stored record, each tag explained, wizard links."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel

from app.gui.pages.item_detail import ItemDetail
from app.gui.theme import apply_theme
from tests.gui.items_support import CHAT_ID, SCREENSHOTS, SIZES, archive_state

POST_ID = "x:post:1800000000000000003"


def _detail(qtbot, state, item_id: str) -> ItemDetail:  # type: ignore[no-untyped-def]
    detail = ItemDetail(state, item_id)
    qtbot.addWidget(detail)
    detail.show()
    return detail


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in widget.findChildren(QLabel)]


def test_shows_the_item_as_written(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    state = archive_state(tmp_path)
    detail = _detail(qtbot, state, CHAT_ID)
    assert detail.text_label.text() == "Ferns and hostas do well in shade."
    texts = _texts(detail)
    assert "AI chat on X (Twitter)" in texts
    assert any(t.startswith("Private — Grok conversation") for t in texts)  # with its basis
    assert "x-archive › grok-chat-item.js, record 2" in texts  # source index 1, 1-based
    assert "5001" in texts  # the chat it belongs to (target)
    assert "2025-09-01" in " ".join(texts)


def test_original_record_on_demand(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    detail = _detail(qtbot, archive_state(tmp_path), CHAT_ID)
    assert not detail.original.isVisible()
    detail.original_button.click()
    assert detail.original.isVisible()
    assert detail.original_button.text() == "Hide original record"
    record = json.loads(detail.original_text())
    assert record["id"] == CHAT_ID
    assert record["attrs"] == {"chat_id": "5001", "sender": "Agent", "mode": "Normal"}
    assert record["source"] == {
        "archive": "x-archive",
        "member": "grok-chat-item.js",
        "index": 1,
    }


def test_each_tag_explained_with_clause_source_and_confidence(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    state = archive_state(tmp_path)
    detail = _detail(qtbot, state, CHAT_ID)
    item = state.library.get(CHAT_ID)
    assert item is not None
    tags = state.classifier().classify(item)
    assert len(detail.tag_cards) == len(tags) == 2
    first = detail.tag_cards[0]  # allowed now sorts before uncertain
    assert first.tag.outcome == "trains_platform_ai"
    card_texts = _texts(first)
    assert "<b>Trains the platform's AI</b> — Allowed now" in card_texts
    assert "x.terms_licence.ai_inputs" in card_texts
    assert "2026-01-15" in card_texts
    assert "Confirmed (the platform's own text or a regulator)" in card_texts
    assert first.source_link.openExternalLinks()
    assert 'href="https://x.com/tos"' in first.source_link.text()
    assert "wizard." not in first.explanation.text()  # the action is shown in words instead
    assert "Delete your Grok chat history" in card_texts
    second = detail.tag_cards[1]
    assert "Secondary (press reports, not the platform's own text)" in _texts(second)
    assert list(second.setting_buttons) == ["x.grok_data_sharing", "x.grok_personalization"]


def test_buttons_ask_for_the_wizard_at_a_setting(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    detail = _detail(qtbot, archive_state(tmp_path), CHAT_ID)
    with qtbot.waitSignal(detail.wizard_requested) as asked:
        detail.tag_cards[1].setting_buttons["x.grok_personalization"].click()
    assert asked.args == ["x.grok_personalization"]


def test_passive_clauses_come_last(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    detail = _detail(qtbot, archive_state(tmp_path), POST_ID)
    passive = [c.tag.outcome in ("not_used", "unclear") for c in detail.tag_cards]
    assert passive == sorted(passive) and any(passive) and not all(passive)


def test_missing_item(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    detail = _detail(qtbot, archive_state(tmp_path), CHAT_ID)
    assert not detail.show_item("x:post:gone")
    assert "This item is no longer in your library." in _texts(detail)
    assert detail.tag_cards == [] and detail.item is None


def test_screenshots(qtbot, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    apply_theme(qapp)
    try:
        detail = _detail(qtbot, archive_state(tmp_path), CHAT_ID)
        SCREENSHOTS.mkdir(exist_ok=True)
        for w, h in SIZES:
            detail.resize(w, h)
            qtbot.waitExposed(detail)
            assert detail.grab().save(str(SCREENSHOTS / f"item-detail-{w}x{h}.png"))
    finally:
        qapp.setStyleSheet("")
