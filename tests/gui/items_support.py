"""Libraries for the item browser tests: the demo X archive, public samples, synthetic rows."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility
from app.core.pipeline import import_into_library
from app.core.storage import TagRow
from app.core.storage.workshop import ephemeral_session
from app.gui.state import AppState

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SIZES = ((1280, 800), (800, 600))
ARCHIVE_ITEMS = 11  # tweets 4 + Grok chat 2 + likes 2 + DMs 2 + account email 1
CHAT_ID = "x:ai_chat:5001:2025-09-01T12:00:05.000Z"  # the newest item


def _js(folder: Path, name: str, var: str, records: list[dict[str, Any]]) -> None:
    body = json.dumps(records, indent=2, separators=(",", " : "))
    (folder / f"{name}.js").write_text(f"window.YTD.{var}.part0 = {body}", encoding="utf-8")


def _tweet(n: int, when: str, text: str, reply_to: str | None = None) -> dict[str, Any]:
    tweet: dict[str, Any] = {
        "id_str": str(1800000000000000000 + n), "id": str(1800000000000000000 + n),
        "created_at": when, "full_text": text, "retweeted": False, "lang": "en",
        "entities": {"hashtags": [], "user_mentions": [], "urls": []},
    }  # fmt: skip
    if reply_to:
        tweet["in_reply_to_status_id_str"] = "1799999999999999999"
        tweet["in_reply_to_screen_name"] = reply_to
    return {"tweet": tweet}


def _chat(when: str, sender: str, text: str) -> dict[str, Any]:
    return {"grokChatItem": {
        "accountId": "100", "chatId": "5001", "createdAt": when, "message": text,
        "sender": {"value": int(sender == "Agent"), "name": sender}, "postIds": [],
        "grokMode": {"value": 1, "name": "Normal"}, "attachments": [],
    }}  # fmt: skip


def x_archive(root: Path) -> Path:
    """A small X archive in the real layout (archive-formats.md): 10 items, known texts."""
    data = root / "x-archive" / "data"
    data.mkdir(parents=True)
    _js(data, "account", "account", [{"account": {
        "email": "sam@example.org", "username": "sam_x", "accountId": "100",
        "createdAt": "2018-04-12T09:58:00.000Z", "accountDisplayName": "Sam",
    }}])  # fmt: skip
    _js(data, "tweets", "tweets", [
        _tweet(1, "Sat Jun 01 09:15:00 +0000 2024", "New community garden on Elm Street"),
        _tweet(2, "Tue Oct 22 20:45:30 +0000 2024", "@kim Thanks, great workshop", "kim"),
        _tweet(3, "Sun Aug 10 06:30:00 +0000 2025", "Photo from the hike up the ridge"),
        _tweet(4, "Thu Apr 12 10:00:00 +0000 2018", "First post! Hello world."),
    ])  # fmt: skip
    _js(data, "grok-chat-item", "grok_chat_item", [
        _chat("2025-09-01T12:00:00.000Z", "User", "What grows on a shady balcony?"),
        _chat("2025-09-01T12:00:05.000Z", "Agent", "Ferns and hostas do well in shade."),
    ])  # fmt: skip
    _js(data, "like", "like", [
        {"like": {"tweetId": "1799999999999990001", "fullText": "Ten tips for a balcony garden",
                  "expandedUrl": "https://x.com/i/web/status/1799999999999990001"}},
        {"like": {"tweetId": "1799999999999990003",
                  "expandedUrl": "https://x.com/i/web/status/1799999999999990003"}},
    ])  # fmt: skip
    msgs = [
        ("1800000000000100001", "100", "222", "2024-05-30T18:00:00Z", "Garden meeting Thursday?"),
        ("1800000000000100002", "222", "100", "2024-05-30T18:05:00Z", "Yes, see you there"),
    ]  # fmt: skip
    _js(data, "direct-messages", "direct_messages", [{"dmConversation": {
        "conversationId": "100-222",
        "messages": [{"messageCreate": {
            "id": i, "senderId": s, "recipientId": r, "createdAt": c, "text": t,
            "reactions": [], "urls": [], "mediaUrls": [], "editHistory": [],
        }} for i, s, r, c, t in msgs],
    }}])  # fmt: skip
    return data.parent


def archive_state(tmp_path: Path, *extra: Path) -> AppState:
    """An ephemeral session holding `x_archive` (plus `extra` archives), imported and tagged."""
    state = AppState(ephemeral_session())
    paths = [x_archive(tmp_path), *extra]
    import_into_library(paths, state.library, state.classifier())
    return state


def synthetic_state(n: int) -> AppState:
    """`n` items, item i created i hours before 2025-01-01 (so NEWEST order is by i)."""
    state = AppState(ephemeral_session())
    start = datetime(2025, 1, 1, tzinfo=UTC)
    items = [
        Item(
            platform=Platform.X if i % 2 == 0 else Platform.LINKEDIN,
            kind=ItemKind.POST if i % 3 else ItemKind.COMMENT,
            id=f"syn:{i:05d}",
            created_at=start - timedelta(hours=i),
            visibility=Visibility.PUBLIC,
            visibility_basis="synthetic",
            text=f"row {i} " + ("alpha" if i % 5 == 0 else "beta"),
            source=SourceRef("synthetic.zip", "data/items.js", i),
        )
        for i in range(n)
    ]
    handle = state.library.begin_import(["synthetic.zip"])
    handle.add_batch(items)
    tags: Sequence[TagRow] = [
        TagRow("trains_platform_ai", "allowed_now", "r.synthetic", True, True)
    ]
    state.library.set_tags_many([(it.id, tags) for it in items])
    handle.finish({})
    return state
