"""Inventory as JSON-ready data and as a readable plain-text summary."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from app.core.models import FileStatus, Inventory

_STATUS_ORDER = (FileStatus.FAILED, FileStatus.READ, FileStatus.UNKNOWN, FileStatus.SKIPPED)


def inventory_to_dict(inv: Inventory) -> dict[str, Any]:
    per_platform: dict[str, dict[str, int]] = defaultdict(dict)
    for (platform, kind), n in sorted(inv.kind_counts.items()):
        per_platform[platform][kind] = n
    return {
        "sources": inv.sources,
        "complete": inv.complete,
        "cancelled": inv.cancelled,
        "total_items": inv.total_items,
        "items": dict(per_platform),
        "first_date": inv.first_date.isoformat() if inv.first_date else None,
        "last_date": inv.last_date.isoformat() if inv.last_date else None,
        "layouts": inv.layouts,
        "accounts": [
            {
                "platform": a.platform.value,
                "handle": a.handle,
                "account_id": a.account_id,
                "display_name": a.display_name,
                "created_at": a.created_at.isoformat() if a.created_at else None,
                "protected": a.protected,
                "facts": a.facts,
            }
            for a in inv.accounts
        ],
        "files": [
            {
                "archive": f.archive,
                "member": f.member,
                "status": f.status.value,
                "reason": f.reason,
                "items": f.items,
                "size": f.size,
            }
            for f in inv.files
        ],
        "warnings": inv.warnings,
        "errors": inv.errors,
    }


def render_summary(inv: Inventory) -> str:
    lines: list[str] = []
    lines.append(f"Sources: {', '.join(inv.sources)}")
    for acc in inv.accounts:
        who = acc.handle or acc.display_name or acc.account_id or "unknown account"
        state = {True: "protected", False: "public", None: "visibility unknown"}[acc.protected]
        lines.append(f"Account: {acc.platform.value} {who} ({state})")
    for platform, layout in inv.layouts.items():
        lines.append(f"Layout: {platform}: {layout}")
    if inv.first_date and inv.last_date:
        lines.append(f"Dates: {inv.first_date.date()} to {inv.last_date.date()}")
    lines.append("")
    lines.append(f"{'platform':<10} {'kind':<24} {'items':>9}")
    lines.append("-" * 45)
    for (platform, kind), n in sorted(inv.kind_counts.items()):
        lines.append(f"{platform:<10} {kind:<24} {n:>9,}")
    lines.append("-" * 45)
    lines.append(f"{'total':<35} {inv.total_items:>9,}")
    counts = {s: len(inv.files_with(s)) for s in _STATUS_ORDER}
    lines.append("")
    lines.append(
        "Files: " + ", ".join(f"{counts[s]} {s.value}" for s in _STATUS_ORDER if counts[s])
    )
    for f in inv.files_with(FileStatus.FAILED):
        lines.append(f"  failed: {f.reason or f.member}")
    for w in inv.warnings:
        lines.append(f"Warning: {w}")
    for e in inv.errors:
        lines.append(f"Error: {e}")
    if inv.cancelled:
        lines.append("Import was cancelled; the counts above are partial.")
    return "\n".join(lines) + "\n"
