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
_MEDIA_KEY_SET = frozenset(_MEDIA_KEYS)
_RARE_KEYS = _MEDIA_KEY_SET | {"share", "is_unsent"}
_MIN_MS, _MAX_MS = 86_400_000, 4_102_444_800_000  # 1970-01-02 .. 2100: else no time


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
    """Items for one message_N.json file of `thread`, skipping ids already in `seen`.

    The hot loop of a Meta import (half a million messages is common): per message it does only
    dict lookups, one repair attempt (skipped for ASCII), a CRC32 and an f-string for the id.
    """
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
    # Sender names repeat: repair each once and keep the CRC32 of "name\x1f" to chain from.
    names: dict[object, tuple[str, int]] = {}
    thread_name = title or thread
    media_keys, rare_keys = _MEDIA_KEY_SET, _RARE_KEYS
    fromtimestamp = datetime.fromtimestamp
    crc32 = zlib.crc32
    add = seen.add
    for i, msg in enumerate(data["messages"]):
        if type(msg) is not dict:
            continue
        raw = msg.get("sender_name")
        try:
            sender, check = names[raw]
        except (KeyError, TypeError):
            sender = fix(raw) if isinstance(raw, str) else ""
            check = crc32(sender.encode("utf-8", "surrogatepass") + b"\x1f")
            if isinstance(raw, str) or raw is None:
                names[raw] = (sender, check)
        content = msg.get("content")
        if isinstance(content, str):
            if content.isascii():
                text, raw_text = content, content.encode()
            else:
                try:
                    raw_text = content.encode("latin-1")
                    text = raw_text.decode("utf-8")
                except (UnicodeEncodeError, UnicodeDecodeError):
                    text, raw_text = content, content.encode("utf-8", "surrogatepass")
        else:
            text, raw_text = "", b""
        target = None
        media: tuple[str, ...] = ()
        unsent = False
        if not rare_keys.isdisjoint(msg):  # a share, media or the unsent flag: rarely
            if "share" in msg:
                share = msg["share"]
                if isinstance(share, dict):
                    link = share.get("link")
                    target = fix(link) if isinstance(link, str) else None
                    if not text and isinstance(share.get("share_text"), str):
                        text = fix(share["share_text"])
                        raw_text = text.encode("utf-8", "surrogatepass")
            if not media_keys.isdisjoint(msg):
                media = _media(msg)
            unsent = bool(msg.get("is_unsent"))
        tail = b"\x1f" + media[0].encode("utf-8", "surrogatepass") if media else b"\x1f"
        check = crc32(tail, crc32(raw_text, check))
        ms = msg.get("timestamp_ms")
        iid = "%s%s:%08x" % (prefix, ms, check)  # noqa: UP031 (faster than the f-string)
        n = len(seen)
        add(iid)
        if len(seen) == n:
            continue  # read already (an overlapping part)
        attrs: dict[str, Any] = {"sender": sender, "thread": thread_name}
        if unsent:
            attrs["unsent"] = True
        yield Item(
            platform,
            kind,
            iid,
            fromtimestamp(ms / 1000, UTC) if type(ms) is int and _MIN_MS < ms < _MAX_MS else None,
            private,
            basis,
            text,
            SourceRef(origin, path, i),
            target,
            media,
            attrs,
        )
