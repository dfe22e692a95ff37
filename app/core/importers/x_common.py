"""Shared pieces of the X importer: run state, date parsers, id and URL helpers."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from app.core.models import AccountFacts, Item, Platform, Visibility

X = Platform.X
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
STATUS_RX = re.compile(
    r"^https?://(?:www\.|mobile\.)?(?:x|twitter)\.com/(\w+)/status(?:es)?/(\d+)", re.ASCII
)


@dataclass(slots=True)
class XState:
    """What the converters need to know while one archive is read."""

    origin: str = ""
    account: AccountFacts = field(default_factory=lambda: AccountFacts(Platform.X))
    account_id: str | None = None
    handle: str | None = None
    tweet_visibility: Visibility = Visibility.UNKNOWN
    tweet_basis: str = "no protected-history record; ask the user whether the account is protected"
    media_paths: frozenset[str] = frozenset()
    seen_ids: dict[str, int] = field(default_factory=dict)  # for ids built from content

    def unique(self, item_id: str) -> str:
        """item_id, or item_id~N when the same content-derived id was used before."""
        n = self.seen_ids.get(item_id, 0) + 1
        self.seen_ids[item_id] = n
        return item_id if n == 1 else f"{item_id}~{n}"


def tweet_date(value: Any) -> datetime | None:
    """'Fri Mar 06 13:02:05 +0000 2026' → aware UTC datetime (fast path; strptime is slow)."""
    if not isinstance(value, str) or len(value) != 30:
        return _tweet_date_slow(value)
    try:
        dt = datetime(
            int(value[26:30]), _MONTHS[value[4:7]], int(value[8:10]),
            int(value[11:13]), int(value[14:16]), int(value[17:19]), tzinfo=UTC,
        )  # fmt: skip
    except (KeyError, ValueError):
        return _tweet_date_slow(value)
    tz = value[20:25]
    if tz != "+0000":
        try:
            sign = -1 if tz[0] == "-" else 1
            dt -= sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
        except (ValueError, IndexError):
            return None
    return dt


def _tweet_date_slow(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), "%a %b %d %H:%M:%S %z %Y").astimezone(UTC)
    except ValueError:
        pass
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def iso_date(value: Any) -> datetime | None:
    """ISO 8601 ('2026-02-06T11:59:59.775Z'), 'YYYY-MM-DD HH:MM:SS' (ad files, UTC assumed)
    or epoch milliseconds as a string (message-event.js)."""
    if not isinstance(value, str) or not value:
        return None
    if value.isdigit():
        try:
            return datetime.fromtimestamp(int(value) / 1000, UTC)
        except (OverflowError, ValueError, OSError):
            return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return _tweet_date_slow(value) if value[:1].isalpha() else None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def status_url(screen_name: str | None, tweet_id: str) -> str:
    return f"https://x.com/{screen_name or 'i/web'}/status/{tweet_id}"


def content_id(kind: str, *parts: object) -> str:
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode(), usedforsecurity=False)
    return f"x:{kind}:{digest.hexdigest()[:16]}"


def mask_email(value: str) -> str:
    user, _, domain = value.partition("@")
    return f"{user[:1]}***@{domain}" if domain else "***"


def mask_phone(value: str) -> str:
    digits = value.strip()
    return f"***{digits[-2:]}" if len(digits) > 2 else "***"


def unwrap(rec: Any, key: str) -> dict[str, Any]:
    """The record inside its one-key wrapper ({"like": {...}}), or the record itself."""
    if isinstance(rec, dict):
        inner = rec.get(key)
        if isinstance(inner, dict):
            return inner
        if len(rec) == 1:
            only = next(iter(rec.values()))
            if isinstance(only, dict):
                return only
        return rec
    raise TypeError("record is not a JSON object")  # counted as a malformed record


def obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_str(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def enum_name(value: Any) -> str:
    """Grok enums are objects {name: "User", ...} in real files, plain strings in some tests."""
    if isinstance(value, dict):
        return as_str(value.get("name") or value.get("originalName") or value.get("value"))
    return as_str(value)


ItemList = list[Item]
