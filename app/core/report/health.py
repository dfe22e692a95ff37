"""Archive health for the report: what each import read, skipped, failed or did not find."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from app.core.report.model import ArchiveHealth, HealthFile

# Data a full export of each platform normally holds; absence is worth telling the user.
EXPECTED: dict[str, tuple[tuple[str, str], ...]] = {
    "x": (
        ("post", "posts"),
        ("message", "direct messages"),
        ("ai_chat", "Grok chats"),
        ("profile_field", "profile fields"),
        ("like_or_reaction", "likes"),
    ),
    "linkedin": (
        ("post", "posts or shares"),
        ("message", "messages"),
        ("profile_field", "profile fields"),
        ("comment", "comments"),
    ),
    "facebook": (
        ("post", "posts"),
        ("message", "messages"),
        ("comment", "comments"),
        ("profile_field", "profile fields"),
    ),
    "instagram": (
        ("post", "posts"),
        ("message", "messages"),
        ("comment", "comments"),
        ("profile_field", "profile fields"),
    ),
}
_PLATFORM_NAMES = {
    "x": "X",
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "threads": "Threads",
}
_MAX_PROBLEM_FILES = 50


def _dt(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def platform_name(code: str) -> str:
    return _PLATFORM_NAMES.get(code, code)


def health_from_inventories(inventories: Iterable[dict[str, Any]]) -> ArchiveHealth:
    """Merge inventory dicts (inventory_to_dict format, as the library stores them)."""
    h = ArchiveHealth()
    files: Counter[str] = Counter()
    kinds: dict[str, Counter[str]] = {}
    for inv in inventories:
        h.sources.extend(str(s) for s in inv.get("sources", ()))
        h.layouts.update({str(k): str(v) for k, v in (inv.get("layouts") or {}).items()})
        for platform, per_kind in (inv.get("items") or {}).items():
            c = kinds.setdefault(str(platform), Counter())
            c.update({str(k): int(n) for k, n in per_kind.items()})
        for f in inv.get("files", ()):
            status = str(f.get("status", ""))
            files[status] += 1
            if status in ("failed", "unknown") and len(h.problem_files) < _MAX_PROBLEM_FILES:
                h.problem_files.append(
                    HealthFile(
                        str(f.get("archive", "")),
                        str(f.get("member", "")),
                        status,
                        str(f.get("reason", "")),
                    )
                )
        h.warnings.extend(str(w) for w in inv.get("warnings", ()))
        h.errors.extend(str(e) for e in inv.get("errors", ()))
        if inv.get("cancelled") or not inv.get("complete", True):
            h.complete = False
        for lo in (_dt(inv.get("first_date")),):
            if lo and (h.first_date is None or lo < h.first_date):
                h.first_date = lo
        hi = _dt(inv.get("last_date"))
        if hi and (h.last_date is None or hi > h.last_date):
            h.last_date = hi
        for acc in inv.get("accounts", ()):
            who = acc.get("handle") or acc.get("display_name") or acc.get("account_id")
            if who:
                h.accounts.append(f"{platform_name(str(acc.get('platform')))}: {who}")
    h.file_counts = dict(sorted(files.items()))
    h.items_by_platform = {p: sum(c.values()) for p, c in sorted(kinds.items())}
    for platform, c in sorted(kinds.items()):
        for kind, words in EXPECTED.get(platform, ()):
            if not c.get(kind):
                h.missing.append(f"No {words} were found in the {platform_name(platform)} data.")
    return h
