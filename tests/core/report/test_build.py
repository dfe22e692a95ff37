"""The report model: one pass, numbers equal to the classifier summary, bounded top items."""

from __future__ import annotations

from pathlib import Path

from app.core.report import ReportBuilder, health_from_inventories, redact
from app.core.report.model import CATEGORIES
from tests.core.report.helpers import load


def _build(path: Path, top_n: int = 10):  # type: ignore[no-untyped-def]
    items, c, inv, summary = load(path)
    b = ReportBuilder(c.policy_set, c.ctx, top_n=top_n)
    for it, tags in zip(items, c.classify_many(items), strict=True):
        b.add(it, tags)
    return (
        b.result(
            health_from_inventories([inv]),
            optout_versions={"x.grok_data_sharing": "x.privacy.2026-01-15"},
        ),
        summary,
        items,
    )


def test_numbers_match_the_classifier_summary(marker_archive: Path) -> None:
    report, summary, items = _build(marker_archive)
    assert report.summary.to_dict() == summary.to_dict()
    assert report.summary.total_items == len(items) == 12
    # timeline: every item once; "may already have been used" matches the summary
    assert sum(sum(r.values()) for r in report.timeline.values()) == len(items)
    assert sum(r["true"] for r in report.timeline.values()) == summary.may_already_used
    years = list(report.timeline)
    assert years == [*sorted(y for y in years if y != "undated"), "undated"]
    totals = {y: sum(r.values()) for y, r in report.timeline.items()}
    assert totals == {"2021": 1, "2024": 2, "2025": 2, "undated": 7}
    assert report.category_counts == {
        "public_posts": 0,  # visibility unknown: the archive has no protected-history.js
        "ai_chats": 1,
        "photos_with_captions": 0,
        "profile_fields": 4,
    }


def test_top_items_are_bounded_ranked_and_explained(demo_archive: Path) -> None:
    report, _s, _i = _build(demo_archive, top_n=2)
    assert set(report.top_items) == set(CATEGORIES)
    chats = report.top_items["ai_chats"]
    assert len(chats) == 2 and report.category_counts["ai_chats"] == 2
    assert [t.score for t in chats] == sorted((t.score for t in chats), reverse=True)
    assert len(report.top_items["profile_fields"]) == 2  # 4 in the data, bounded by top_n
    assert all(g.explanation and g.outcome != "not_used" for t in chats for g in t.tags)
    assert "What can I plant" in " ".join(t.text for t in chats)


def test_checklist_sources_and_health(marker_archive: Path) -> None:
    report, summary, _i = _build(marker_archive)
    by_key = {c.key: c for c in report.checklist}
    grok = by_key["x.grok_data_sharing"]
    assert (
        grok.state == "done"
        and grok.changed is not None
        and grok.changed.isoformat() == "2025-01-10"
    )
    assert grok.policy_version == "x.privacy.2026-01-15"
    assert by_key["x.business_partners"].state == "not_recorded"
    assert (
        by_key["x.business_partners"].items_still_covered
        == summary.settings_impact["x.business_partners"]
    )
    assert all(c.platform == "x" for c in report.checklist)  # only platforms in the data
    assert report.no_opt_out and all(n.items > 0 for n in report.no_opt_out)
    assert report.policies and all(p.source_url.startswith("https://") for p in report.policies)
    h = report.health
    assert h.sources == [marker_archive.name] and h.file_counts["read"] == 7 and h.complete
    assert h.accounts == ["X: QZMARKhandle"]
    assert report.meta.region == "EU" and len(report.meta.policy_data_version) == 12


def test_redact_strips_identity(demo_archive: Path) -> None:
    report, _s, _i = _build(demo_archive)
    r = redact(report)
    assert r.meta.redacted and r.meta.birth_year is None
    assert all(not t.text and not t.id and not t.target for ts in r.top_items.values() for t in ts)
    assert r.health.accounts == [] and r.health.sources == ["archive 1"]
    assert r.summary.oldest_may_already_used is not None
    assert r.summary.oldest_may_already_used.item_id == ""
    assert r.summary.counts == report.summary.counts  # counts and verdicts unchanged
    assert r.checklist == report.checklist
