"""Message threads (Facebook Messenger and Instagram DMs share the shape).

A thread is a folder `messages/<box>/<name>_<id>/` holding message_1.json, message_2.json …;
large downloads may put parts of one thread in different zips. Ids come from the thread folder,
the millisecond timestamp and a checksum of sender and content, so the same message read twice
(overlapping parts, a zip selected twice) collapses: the caller passes one `seen` set per thread.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.core.importers.meta_common import load_json
from app.core.importers.meta_text import fix
from app.core.importers.sources import Member
from app.core.models import Item, ItemKind, SourceRef, Visibility

if TYPE_CHECKING:
    from app.core.importers.meta_base import MetaState

THREAD_RX = re.compile(r"(^|/)messages/(?P<box>[^/]+)/(?P<thread>[^/]+)/message_\d+\.json$")
META_AI_NAMES = {"Meta AI"}  # the assistant's name is a brand, the same in every language
_MEDIA_KEYS = ("photos", "videos", "audio_files", "gifs", "files", "sticker")


def _media(msg: dict[str, Any]) -> tuple[str, ...]:
    out: list[str] = []
    for key in _MEDIA_KEYS:
        val = msg.get(key)
        if isinstance(val, dict):
            val = [val]
        if isinstance(val, list):
            out.extend(fix(v["uri"]) for v in val if isinstance(v, dict) and v.get("uri"))
    return tuple(out)


def read_thread(st: MetaState, member: Member, thread: str, seen: set[str]) -> Iterator[Item]:
    """Items for one message_N.json file of `thread`, skipping ids already in `seen`."""
    data = load_json(st.ctx, member)
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise ValueError("no 'messages' list")
    people = [
        fix(p["name"])
        for p in data.get("participants") or ()
        if isinstance(p, dict) and isinstance(p.get("name"), str)
    ]
    if META_AI_NAMES.intersection(people):
        kind = ItemKind.AI_CHAT
        basis = "a conversation with Meta AI"
    elif len(people) > 2:
        kind = ItemKind.GROUP_MESSAGE
        basis = f"a group conversation with {len(people)} participants"
    else:
        kind = ItemKind.MESSAGE
        basis = "a private conversation"
    title = fix(data["title"]) if isinstance(data.get("title"), str) else ""
    platform = st.platform
    prefix = f"{platform.value}:{kind.value}:{thread}:"
    origin, path = member.origin, member.path
    private = Visibility.PRIVATE
    names: dict[str, str] = {}  # sender names repeat: repair each once
    thread_name = title or thread
    for i, msg in enumerate(data["messages"]):
        if not isinstance(msg, dict):
            continue
        ms = msg.get("timestamp_ms")
        raw = msg.get("sender_name")
        if isinstance(raw, str):
            sender = names.get(raw)
            if sender is None:
                sender = names[raw] = fix(raw)
        else:
            sender = ""
        content = msg.get("content")
        text = (content if content.isascii() else fix(content)) if isinstance(content, str) else ""
        target = None
        if "share" in msg:
            share = msg["share"]
            if isinstance(share, dict):
                link = share.get("link")
                target = fix(link) if isinstance(link, str) else None
                if not text and isinstance(share.get("share_text"), str):
                    text = fix(share["share_text"])
        media = (
            _media(msg)
            if "photos" in msg
            or "videos" in msg
            or "audio_files" in msg
            or "gifs" in msg
            or "files" in msg
            or "sticker" in msg
            else ()
        )
        check = zlib.crc32(f"{sender}\x1f{text}\x1f{media[0] if media else ''}".encode())
        iid = f"{prefix}{ms}:{check:08x}"
        if iid in seen:
            continue
        seen.add(iid)
        created = (
            datetime.fromtimestamp(ms / 1000, UTC)
            if isinstance(ms, int) and ms > 86_400_000
            else None
        )
        attrs: dict[str, Any] = {"sender": sender, "thread": thread_name}
        if msg.get("is_unsent"):
            attrs["unsent"] = True
        yield Item(
            platform,
            kind,
            iid,
            created,
            private,
            basis,
            text,
            SourceRef(origin, path, i),
            target,
            media,
            attrs,
        )
