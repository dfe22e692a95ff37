"""Charts as self-contained SVG (inline attributes only, so QSvgRenderer draws them too)."""

from __future__ import annotations

from html import escape

from app.core.report.health import platform_name
from app.core.report.language import Tr, same
from app.core.report.model import (
    OUTCOME_LABELS,
    STATUS_COLOURS,
    STATUS_LABELS,
    USED,
    USED_COLOURS,
    USED_LABELS,
    Report,
)

_FONT = 'font-family="DejaVu Sans, Noto Sans, Arial, sans-serif"'
_W = 720


def _svg(height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {height}" '
        f'width="{_W}" height="{height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>" + "".join(body) + "</svg>"
    )


def _legend(y: int, entries: list[tuple[str, str]]) -> list[str]:
    out, x = [], 10
    for label, colour in entries:
        out.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{x + 17}" y="{y + 11}" font-size="12" {_FONT}>{escape(label)}</text>')
        x += 30 + int(len(label) * 6.6)
        if x > _W - 150:
            x, y = 10, y + 18
    return out


def outcome_rows(report: Report, t: Tr = same) -> list[tuple[str, dict[str, int]]]:
    """(label, {status: items}) per platform and outcome, as charted."""
    rows: dict[tuple[str, str], dict[str, int]] = {}
    for (platform, outcome, status), n in sorted(report.summary.counts.items()):
        rows.setdefault((platform, outcome), {})[status] = n
    return [
        (f"{platform_name(p)} · {t(OUTCOME_LABELS.get(o, o))}", rows[(p, o)])
        for p, o in sorted(rows)
    ]


def outcome_chart(report: Report, t: Tr = same) -> str:
    rows = outcome_rows(report, t)
    total = max(report.summary.total_items, 1)
    # The label column fits the longest label (about 0.55 em per character at 12 px), so
    # longer translations are not cut; the bars get what is left.
    longest = max((len(label) for label, _ in rows), default=0)
    label_w = int(min(max(300, longest * 6.6 + 12), _W - 250))
    bar_w, row_h = _W - label_w - 70, 22
    body: list[str] = []
    y = 8
    for label, per_status in rows:
        body.append(
            f'<text x="{label_w - 6}" y="{y + 15}" font-size="12" text-anchor="end" '
            f"{_FONT}>{escape(label)}</text>"
        )
        x = float(label_w)
        for status in STATUS_COLOURS:
            n = per_status.get(status, 0)
            if not n:
                continue
            w = bar_w * n / total
            body.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{max(w, 1):.1f}" height="16" '
                f'fill="{STATUS_COLOURS[status]}"/>'
            )
            x += w
        body.append(
            f'<text x="{x + 5:.1f}" y="{y + 15}" font-size="11" {_FONT}>'
            f"{sum(per_status.values()):,}</text>"
        )
        y += row_h
    if not rows:
        body.append(f'<text x="10" y="24" font-size="13" {_FONT}>{escape(t("No items."))}</text>')
        y += 30
    body += _legend(y + 8, [(t(STATUS_LABELS[s]), c) for s, c in STATUS_COLOURS.items()])
    title = t("Items per platform and outcome, by status (bar length: share of all items)")
    return _svg(y + 48, title, body)


def timeline_chart(report: Report, t: Tr = same) -> str:
    years = list(report.timeline.items())
    height, top, bottom, left = 260, 20, 200, 50
    peak = max((sum(r.values()) for _y, r in years), default=0) or 1
    body: list[str] = [
        f'<line x1="{left}" y1="{bottom}" x2="{_W - 10}" y2="{bottom}" stroke="#555"/>',
        f'<text x="{left - 6}" y="{top + 10}" font-size="11" text-anchor="end" {_FONT}>'
        f"{peak:,}</text>",
        f'<text x="{left - 6}" y="{bottom}" font-size="11" text-anchor="end" {_FONT}>0</text>',
    ]
    slot = (_W - left - 20) / max(len(years), 1)
    bar = min(slot * 0.7, 60)
    for i, (year, row) in enumerate(years):
        x = left + 10 + i * slot + (slot - bar) / 2
        y = float(bottom)
        for used in USED:
            h = (bottom - top) * row.get(used, 0) / peak
            if h <= 0:
                continue
            y -= h
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{USED_COLOURS[used]}"/>'
            )
        body.append(
            f'<text x="{x + bar / 2:.1f}" y="{bottom + 16}" font-size="11" '
            f'text-anchor="middle" {_FONT}>{escape(t(year) if year == "undated" else year)}</text>'
        )
    body += _legend(bottom + 30, [(t(USED_LABELS[u]), USED_COLOURS[u]) for u in USED])
    title = t("Items per year, split by whether they may already have been used")
    return _svg(height, title, body)
