"""The share-safe edition: counts, categories, verdicts, dates and the checklist only.

Removed: item text, ids, targets (URLs of the user's content), handles and names, archive
file names, member paths and free-text warnings (they can name people), the birth year.
Item dates are kept to the day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.core.policy import ExposureSummary
from app.core.report.model import ArchiveHealth, Report, TopItem


def archive_label(index: int) -> str:
    return f"archive {index + 1}"


def _day(ts: datetime | None) -> datetime | None:
    return None if ts is None else ts.replace(hour=0, minute=0, second=0, microsecond=0)


def _item(t: TopItem) -> TopItem:
    return replace(t, id="", text="", target="", created_at=_day(t.created_at))


def _summary(s: ExposureSummary) -> ExposureSummary:
    oldest = s.oldest_may_already_used
    if oldest is None:
        return s
    safe = replace(oldest, item_id="", created_at=_day(oldest.created_at) or oldest.created_at)
    return replace(s, oldest_may_already_used=safe)


def _health(h: ArchiveHealth) -> ArchiveHealth:
    notes = []
    if h.problem_files:
        notes.append(f"{len(h.problem_files)} files could not be read or were not recognised.")
    if h.warnings:
        notes.append(f"The import noted {len(h.warnings)} warnings (not shown in this edition).")
    return ArchiveHealth(
        sources=[archive_label(i) for i in range(len(h.sources))],
        layouts=dict(h.layouts),
        items_by_platform=dict(h.items_by_platform),
        file_counts=dict(h.file_counts),
        problem_files=[],
        missing=list(h.missing),
        warnings=notes,
        errors=[f"{len(h.errors)} archive-level errors (not shown in this edition)."]
        if h.errors
        else [],
        first_date=_day(h.first_date),
        last_date=_day(h.last_date),
        complete=h.complete,
        accounts=[],
    )


def redact(report: Report) -> Report:
    """A copy of the report that reveals nothing of the user's content or identity."""
    return Report(
        meta=replace(report.meta, redacted=True, birth_year=None),
        summary=_summary(report.summary),
        timeline={y: dict(row) for y, row in report.timeline.items()},
        top_items={c: [_item(t) for t in items] for c, items in report.top_items.items()},
        checklist=list(report.checklist),
        no_opt_out=list(report.no_opt_out),
        policies=list(report.policies),
        health=_health(report.health),
        category_counts=dict(report.category_counts),
    )
