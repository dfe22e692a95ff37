"""Render a Report as one self-contained HTML file (inline CSS and SVG, no external requests).

The section markup is shared with the PDF (pdf.py feeds it to QTextDocument), so it keeps
to tags Qt's rich text understands; charts come from a callback (inline SVG here, images in
the PDF). Every piece of data is escaped with html.escape.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from html import escape
from string import Template

from app.core.paths import resources_dir
from app.core.report.health import platform_name
from app.core.report.model import (
    CATEGORIES,
    CATEGORY_TITLES,
    CHECK_LABELS,
    OUTCOME_LABELS,
    STATUS_LABELS,
    USED,
    USED_LABELS,
    Report,
    TopItem,
)
from app.core.report.svg import outcome_chart, timeline_chart

Charts = Callable[[str], str]  # chart name ("outcomes" | "timeline") -> markup


def e(value: object) -> str:
    return escape(str(value), quote=True)


def _d(value: date | datetime | None) -> str:
    if value is None:
        return "unknown"
    return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()


def _n(value: int) -> str:
    return f"{value:,}"


def _table(
    head: list[str],
    rows: Iterable[list[str]],
    numeric: Iterable[int] = (),
    widths: dict[int, int] | None = None,
) -> str:
    num, w = set(numeric), widths or {}
    th = "".join(
        f"<th{' class=n' if i in num else ''}{f' width={w[i]}%' if i in w else ''}>{h}</th>"
        for i, h in enumerate(head)
    )
    body = "".join(
        "<tr>"
        + "".join(f"<td{' class=n' if i in num else ''}>{c}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    return (
        f'<div class="scroll"><table border="1" cellspacing="0" cellpadding="4" width="100%">'
        f"<thead><tr>{th}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _status(code: str, label: str) -> str:
    return f'<span class="s-{e(code)}">{e(label)}</span>'


def section_header(r: Report) -> str:
    m = r.meta
    edition = "Share-safe edition (redacted)" if m.redacted else "Full edition (private)"
    age = "not included" if m.redacted else (m.birth_year or "not given")
    note = (
        "This edition has no item text, handles, names, ids, file names or links to your "
        "content: only counts, categories, verdicts, dates and your opt-out checklist."
        if m.redacted
        else "This edition contains the text of your items. Share the redacted edition instead."
    )
    return (
        "<h1>Your AI-training exposure report</h1>"
        f'<p><span class="edition">{e(edition)}</span></p>'
        f'<p class="meta">Made {e(m.generated_at.strftime("%Y-%m-%d %H:%M UTC"))} on your own '
        f"computer by Overshare {e(m.app_version)}. Policies applied as of {_d(m.as_of)}; "
        f"region: {e(m.region or 'not given (answers that depend on it say uncertain)')}; "
        f"birth year: {e(age)}. Policy data {e(m.policy_data_version)}, last verified "
        f"{_d(m.policy_last_verified)}.</p><p>{e(note)}</p>"
    )


def section_summary(r: Report, charts: Charts, pdf: bool = False) -> str:
    s = r.summary
    cards = [
        ("Items", s.total_items),
        ("Exposed now", s.exposed_now),
        ("May already have been used", s.may_already_used),
        ("Uncertain", s.uncertain),
        ("Not covered by any rule", s.not_covered),
    ]
    card_html = "".join(f'<div class="card"><b>{_n(n)}</b>{e(t)}</div>' for t, n in cards)
    card_table = _table([e(t) for t, _n2 in cards], [[_n(n) for _t, n in cards]], range(len(cards)))
    per_platform: dict[str, int] = {}
    for (p, _k), n in s.kinds.items():
        per_platform[p] = per_platform.get(p, 0) + n
    by_platform: dict[str, list[str]] = {}
    for (p, k), n in sorted(s.kinds.items()):
        by_platform.setdefault(p, []).append(f"{k.replace('_', ' ')}: {_n(n)}")
    kinds = _table(
        ["Platform", "Items", "By kind"],
        (
            [e(platform_name(p)), _n(per_platform[p]), e(", ".join(v))]
            for p, v in by_platform.items()
        ),
        [1],
        {2: 70},
    )
    rows = [
        [
            e(platform_name(p)),
            e(OUTCOME_LABELS.get(o, o)),
            _status(st, STATUS_LABELS.get(st, st)),
            _n(n),
        ]
        for (p, o, st), n in sorted(s.counts.items())
    ]
    oldest = s.oldest_may_already_used
    oldest_p = (
        f"<p>The oldest item that may already have been used: a {e(oldest.kind.replace('_', ' '))} "
        f"on {e(platform_name(oldest.platform))} from {_d(oldest.created_at)}.</p>"
        if oldest
        else ""
    )
    return (
        "<h2>Summary</h2>"
        + (card_table if pdf else f'<div class="cards">{card_html}</div>')
        + "<p>An item is <b>exposed now</b> when a current policy and your recorded settings "
        "allow at least one AI-training or sharing use. Opting out stops future use only: "
        "items that <b>may already have been used</b> stay so.</p>"
        f"{oldest_p}"
        f"<h3>Per platform and outcome</h3><figure>{charts('outcomes')}</figure>"
        + _table(["Platform", "Outcome", "Status", "Items"], rows, [3])
        + f"<h3>What was imported</h3>{kinds}"
    )


def section_timeline(r: Report, charts: Charts) -> str:
    head = ["Year", *(e(USED_LABELS[u]) for u in USED), "Total"]
    rows = [
        [e(y), *(_n(row[u]) for u in USED), _n(sum(row.values()))] for y, row in r.timeline.items()
    ]
    return (
        "<h2>Timeline</h2><p>Items per year of creation, split by whether they may already "
        f"have been used for AI training or shared.</p><figure>{charts('timeline')}</figure>"
        + _table(head, rows, range(1, 5))
    )


def _top_item(t: TopItem, redacted: bool, notes: dict[str, int]) -> str:
    head = (
        f"<b>{e(platform_name(t.platform))} · {e(t.kind.replace('_', ' '))}</b> · "
        f"{_d(t.created_at)} · {e(t.visibility)}"
        + (f" · {t.media_count} media" if t.media_count else "")
    )
    if redacted:
        body = '<p class="muted">[text not included in the share-safe edition]</p>'
    else:
        body = f'<p class="text" dir="auto">{e(t.text) or "<i>(no text)</i>"}</p>'
        if t.target:
            body += f'<p class="muted">Refers to: {e(t.target)}</p>'
    tags = []
    for g in t.tags:
        # Equivalent items share explanations: print each once, then refer to its number.
        num = notes.get(g.explanation)
        if num is None:
            num = notes[g.explanation] = len(notes) + 1
            why = f'<br><span class="why">[{num}] {e(g.explanation)}</span>'
        else:
            why = f' <span class="why">(why: see [{num}])</span>'
        tags.append(
            f"<li>{e(OUTCOME_LABELS.get(g.outcome, g.outcome))}: "
            f"{_status(g.status, STATUS_LABELS.get(g.status, g.status))}; may already have "
            f"been used: {_status(g.may_already_have_been_used, g.may_already_have_been_used)}"
            f"{why}</li>"
        )
    return f'<div class="item"><p>{head}</p>{body}<ul>{"".join(tags)}</ul></div>'


def section_top(r: Report, per_category: int | None = None) -> str:
    parts = [
        "<h2>Most exposed items</h2><p>Ranked by how many uses are allowed now and whether "
        "they may already have been used. Each explanation is printed once and numbered.</p>"
    ]
    notes: dict[str, int] = {}
    for cat in CATEGORIES:
        items = r.top_items.get(cat, [])[:per_category]
        total = r.category_counts.get(cat, 0)
        parts.append(f"<h3>{e(CATEGORY_TITLES[cat])} ({_n(total)} in your data)</h3>")
        if not items:
            parts.append('<p class="muted">None exposed.</p>')
        parts.extend(_top_item(t, r.meta.redacted, notes) for t in items)
    return "".join(parts)


def _link(url: str) -> str:
    return f'<br><a href="{e(url)}">{e(url)}</a>' if url.startswith("https://") else ""


def section_checklist(r: Report) -> str:
    rows = []
    for c in r.checklist:
        note = f' <span class="muted">({e(c.note)})</span>' if c.note else ""
        state = _status(c.state, CHECK_LABELS[c.state])
        if c.changed:
            state += f"<br>{_d(c.changed)}"
        if c.policy_version:
            state += f'<br><span class="muted">policy seen: {e(c.policy_version)}</span>'
        rows.append(
            [
                e(platform_name(c.platform)),
                e(c.label) + note + _link(c.url),
                state,
                "yes" if c.offered else "not in your region",
                _n(c.items_still_covered),
            ]
        )
    head = ["Platform", "Setting", "State", "Offered", "Items it would cover"]
    return (
        "<h2>Opt-out checklist</h2><p>What you recorded doing, and when. "
        "“Items it would cover” counts items still exposed that the setting would stop "
        "from now on.</p>" + _table(head, rows, [4], {1: 50})
    )


def section_no_opt_out(r: Report) -> str:
    if not r.no_opt_out:
        return "<h2>What could not be opted out</h2><p>Nothing: every use found has a setting.</p>"
    rows = [
        [
            e(platform_name(n.platform)),
            e(OUTCOME_LABELS.get(n.outcome, n.outcome)),
            e(n.clause),
            e(n.document),
            _n(n.items),
            e(n.what_you_can_do),
        ]
        for n in r.no_opt_out
    ]
    return (
        "<h2>What could not be opted out</h2><p>Uses that no setting offered to you stops. "
        "What remains is deleting the items, changing who can see them, or a legal objection "
        "or complaint.</p>"
        + _table(
            ["Platform", "Outcome", "Clause", "Document", "Items", "What you can do"], rows, [4]
        )
    )


def section_policies(r: Report) -> str:
    rows = [
        [
            e(platform_name(p.platform)),
            e(p.title) + _link(p.source_url),
            e(p.version_label),
            e(p.kind),
            _d(p.effective_from),
            _d(p.last_verified),
            e(", ".join(p.confidence)),
            _n(p.items),
        ]
        for p in r.policies
    ]
    head = [
        "Platform",
        "Document and source",
        "Version",
        "Kind",
        "Effective",
        "Verified",
        "Confidence",
        "Items",
    ]
    return (
        "<h2>Policy versions and sources</h2><p>Confidence: confirmed = read in the "
        "platform's own text or a regulator's; secondary = press reports; unconfirmed = "
        "single or contradictory sources.</p>" + _table(head, rows, [7], {1: 40})
    )


def section_health(r: Report) -> str:
    h = r.health
    parts = ["<h2>Archive health</h2>"]
    status = (
        "complete" if h.complete else "incomplete (cancelled or interrupted): counts are partial"
    )
    parts.append(
        f"<p>Sources: {e(', '.join(h.sources) or 'none recorded')}. Import {e(status)}. "
        f"Dates from {_d(h.first_date)} to {_d(h.last_date)}.</p>"
    )
    if h.accounts:
        parts.append(f"<p>Accounts: {e('; '.join(h.accounts))}</p>")
    if h.layouts:
        layouts = ([e(platform_name(p)), e(v)] for p, v in sorted(h.layouts.items()))
        parts.append(_table(["Platform", "Layout found"], layouts))
    if h.file_counts:
        parts.append(
            _table(["Files", "Count"], ([e(k), _n(v)] for k, v in h.file_counts.items()), [1])
        )
    if h.problem_files:
        parts.append("<h3>Files not read</h3>")
        files = ([e(f.archive), e(f.member), e(f.status), e(f.reason)] for f in h.problem_files)
        parts.append(_table(["Archive", "File", "Status", "Why"], files))
    lists = (("What was missing", h.missing), ("Warnings", h.warnings), ("Errors", h.errors))
    for title, entries in lists:
        if entries:
            parts.append(
                f"<h3>{title}</h3><ul>" + "".join(f"<li>{e(x)}</li>" for x in entries) + "</ul>"
            )
    return "".join(parts)


def section_about(r: Report) -> str:
    m = r.meta
    return (
        "<h2>About this report</h2><p>Overshare read your archives on your own computer and "
        "sent nothing anywhere. Each item was matched against dated policy clauses; every "
        "verdict above names its clause and source. Policies change: facts are as verified "
        f"on {_d(m.policy_last_verified)}. App version {e(m.app_version)}, policy data "
        f"{e(m.policy_data_version)}.</p>"
    )


def render_body(
    r: Report, charts: Charts, *, top_per_category: int | None = None, pdf: bool = False
) -> str:
    return "".join(
        [
            section_header(r),
            section_summary(r, charts, pdf),
            section_timeline(r, charts),
            section_top(r, top_per_category),
            section_checklist(r),
            section_no_opt_out(r),
            section_policies(r),
            section_health(r),
            section_about(r),
        ]
    )


def _inline_svg(name: str, r: Report) -> str:
    return outcome_chart(r) if name == "outcomes" else timeline_chart(r)


def render_html(r: Report) -> str:
    folder = resources_dir() / "report_templates"
    page = Template((folder / "report.html").read_text(encoding="utf-8"))
    css = (folder / "report.css").read_text(encoding="utf-8")
    title = "Exposure report" + (" (share-safe)" if r.meta.redacted else "")
    return page.substitute(
        title=e(title),
        css=css,
        app_version=e(r.meta.app_version),
        content=render_body(r, lambda name: _inline_svg(name, r)),
    )
