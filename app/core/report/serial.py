"""The Report as JSON-ready data (the "report" object of resources/report.schema.json)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from app.core.report.model import Report


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def report_to_dict(r: Report) -> dict[str, Any]:
    m, s, h = r.meta, r.summary, r.health
    summary = s.to_dict()
    if r.meta.redacted and summary["oldest_may_already_used"]:
        summary["oldest_may_already_used"].pop("item", None)
    return {
        "meta": {
            "generated_at": _iso(m.generated_at),
            "app_version": m.app_version,
            "policy_data_version": m.policy_data_version,
            "policy_last_verified": _iso(m.policy_last_verified),
            "region": m.region,
            "birth_year": m.birth_year,
            "as_of": _iso(m.as_of),
            "redacted": m.redacted,
        },
        "summary": summary,
        "timeline": [{"year": y, **row} for y, row in r.timeline.items()],
        "category_counts": r.category_counts,
        "top_items": [
            {
                "category": t.category,
                "score": t.score,
                "platform": t.platform,
                "kind": t.kind,
                "created_at": _iso(t.created_at),
                "visibility": t.visibility,
                "media_count": t.media_count,
                **({} if m.redacted else {"id": t.id, "text": t.text, "target": t.target}),
                "tags": [asdict(g) for g in t.tags],
            }
            for items in r.top_items.values()
            for t in items
        ],
        "checklist": [{**asdict(c), "changed": _iso(c.changed)} for c in r.checklist],
        "no_opt_out": [asdict(n) for n in r.no_opt_out],
        "policies": [
            {
                **asdict(p),
                "effective_from": _iso(p.effective_from),
                "last_verified": _iso(p.last_verified),
                "confidence": list(p.confidence),
            }
            for p in r.policies
        ],
        "archive_health": {
            "sources": h.sources,
            "layouts": h.layouts,
            "items_by_platform": h.items_by_platform,
            "file_counts": h.file_counts,
            "problem_files": [asdict(f) for f in h.problem_files],
            "missing": h.missing,
            "warnings": h.warnings,
            "errors": h.errors,
            "first_date": _iso(h.first_date),
            "last_date": _iso(h.last_date),
            "complete": h.complete,
            "accounts": h.accounts,
        },
    }
