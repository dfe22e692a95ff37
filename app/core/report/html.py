"""Render a Report as one self-contained HTML file (inline CSS and SVG, no external requests).

The section markup is shared with the PDF (pdf.py feeds it to QTextDocument), so it keeps
to tags Qt's rich text understands; charts come from a callback (inline SVG here, images in
the PDF). Every piece of data is escaped with html.escape.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from string import Template

from app.core.i18n import fill
from app.core.paths import resources_dir
from app.core.report.health import platform_name
from app.core.report.language import WORDS, Tr, same
from app.core.report.language import translator as translator  # the public entry, with render_html
from app.core.report.markup import day_text, e, link_line, num, status_span, table
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


def section_header(r: Report, t: Tr = same) -> str:
    m = r.meta
    edition = t("Share-safe edition (redacted)") if m.redacted else t("Full edition (private)")
    age = t("not included") if m.redacted else (m.birth_year or t("not given"))
    note = (
        t(
            "This edition has no item text, handles, names, ids, file names or links to your "
            "content: only counts, categories, verdicts, dates and your opt-out checklist."
        )
        if m.redacted
        else t("This edition contains the text of your items. Share the redacted edition instead.")
    )
    region = m.region or t("not given (answers that depend on it say uncertain)")
    made = t(
        "Made %1 on your own computer by Overshare %2. Policies applied as of %3; region: %4; "
        "birth year: %5. Policy data %6, last verified %7."
    )
    return (
        f"<h1>{e(t('Your AI-training exposure report'))}</h1>"
        f'<p><span class="edition">{e(edition)}</span></p>'
        '<p class="meta">'
        + fill(
            e(made),
            e(m.generated_at.strftime("%Y-%m-%d %H:%M UTC")),
            e(m.app_version),
            day_text(m.as_of, t),
            e(region),
            e(age),
            e(m.policy_data_version),
            day_text(m.policy_last_verified, t),
        )
        + f"</p><p>{e(note)}</p>"
    )


def section_summary(r: Report, charts: Charts, pdf: bool = False, t: Tr = same) -> str:
    s = r.summary
    cards = [
        (t("Items"), s.total_items),
        (t("Exposed now"), s.exposed_now),
        (t("May already have been used"), s.may_already_used),
        (t("Uncertain"), s.uncertain),
        (t("Not covered by any rule"), s.not_covered),
    ]
    card_html = "".join(f'<div class="card"><b>{num(n)}</b>{e(t)}</div>' for t, n in cards)
    card_table = table([e(t) for t, _n2 in cards], [[num(n) for _t, n in cards]], range(len(cards)))
    per_platform: dict[str, int] = {}
    for (p, _k), n in s.kinds.items():
        per_platform[p] = per_platform.get(p, 0) + n
    by_platform: dict[str, list[str]] = {}
    for (p, k), n in sorted(s.kinds.items()):
        by_platform.setdefault(p, []).append(f"{k.replace('_', ' ')}: {num(n)}")
    kinds = table(
        [e(t("Platform")), e(t("Items")), e(t("By kind"))],
        (
            [e(platform_name(p)), num(per_platform[p]), e(", ".join(v))]
            for p, v in by_platform.items()
        ),
        [1],
        {2: 70},
    )
    rows = [
        [
            e(platform_name(p)),
            e(t(OUTCOME_LABELS.get(o, o))),
            status_span(st, t(STATUS_LABELS.get(st, st))),
            num(n),
        ]
        for (p, o, st), n in sorted(s.counts.items())
    ]
    oldest = s.oldest_may_already_used
    oldest_p = (
        "<p>"
        + fill(
            e(t("The oldest item that may already have been used: a %1 on %2 from %3.")),
            e(oldest.kind.replace("_", " ")),
            e(platform_name(oldest.platform)),
            day_text(oldest.created_at, t),
        )
        + "</p>"
        if oldest
        else ""
    )
    head = [e(t("Platform")), e(t("Outcome")), e(t("Status")), e(t("Items"))]
    return (
        f"<h2>{e(t('Summary'))}</h2>"
        + (card_table if pdf else f'<div class="cards">{card_html}</div>')
        + "<p>"
        + t(
            "An item is <b>exposed now</b> when a current policy and your recorded settings "
            "allow at least one AI-training or sharing use. Opting out stops future use only: "
            "items that <b>may already have been used</b> stay so."
        )
        + "</p>"
        f"{oldest_p}"
        f"<h3>{e(t('Per platform and outcome'))}</h3><figure>{charts('outcomes')}</figure>"
        + table(head, rows, [3])
        + f"<h3>{e(t('What was imported'))}</h3>{kinds}"
    )


def section_timeline(r: Report, charts: Charts, t: Tr = same) -> str:
    head = [e(t("Year")), *(e(t(USED_LABELS[u])) for u in USED), e(t("Total"))]
    rows = [
        [e(t(WORDS.get(y, y))), *(num(row[u]) for u in USED), num(sum(row.values()))]
        for y, row in r.timeline.items()
    ]
    intro = t(
        "Items per year of creation, split by whether they may already have been used for AI "
        "training or shared."
    )
    return (
        f"<h2>{e(t('Timeline'))}</h2><p>{e(intro)}</p><figure>{charts('timeline')}</figure>"
        + table(head, rows, range(1, 5))
    )


def _top_item(it: TopItem, redacted: bool, notes: dict[str, int], t: Tr = same) -> str:
    head = (
        f"<b>{e(platform_name(it.platform))} · {e(it.kind.replace('_', ' '))}</b> · "
        f"{day_text(it.created_at, t)} · {e(it.visibility)}"
        + (" · " + e(fill(t("%1 media"), str(it.media_count))) if it.media_count else "")
    )
    if redacted:
        body = f'<p class="muted">{e(t("[text not included in the share-safe edition]"))}</p>'
    else:
        no_text = f"<i>{e(t('(no text)'))}</i>"
        body = f'<p class="text" dir="auto">{e(it.text) or no_text}</p>'
        if it.target:
            body += f'<p class="muted">{fill(e(t("Refers to: %1")), e(it.target))}</p>'
    tags = []
    for g in it.tags:
        # Equivalent items share explanations: print each once, then refer to its number.
        num = notes.get(g.explanation)
        if num is None:
            num = notes[g.explanation] = len(notes) + 1
            why = f'<br><span class="why">[{num}] {e(g.explanation)}</span>'
        else:
            why = f' <span class="why">{fill(e(t("(why: see [%1])")), str(num))}</span>'
        may = g.may_already_have_been_used
        tags.append(
            f"<li>{e(t(OUTCOME_LABELS.get(g.outcome, g.outcome)))}: "
            + fill(
                e(t("%1; may already have been used: %2")),
                status_span(g.status, t(STATUS_LABELS.get(g.status, g.status))),
                status_span(may, t(WORDS.get(may, may))),
            )
            + f"{why}</li>"
        )
    return f'<div class="item"><p>{head}</p>{body}<ul>{"".join(tags)}</ul></div>'


def section_top(r: Report, per_category: int | None = None, t: Tr = same) -> str:
    intro = t(
        "Ranked by how many uses are allowed now and whether they may already have been used. "
        "Each explanation is printed once and numbered."
    )
    parts = [f"<h2>{e(t('Most exposed items'))}</h2><p>{e(intro)}</p>"]
    notes: dict[str, int] = {}
    for cat in CATEGORIES:
        items = r.top_items.get(cat, [])[:per_category]
        total = r.category_counts.get(cat, 0)
        title = fill(t("%1 (%2 in your data)"), t(CATEGORY_TITLES[cat]), num(total))
        parts.append(f"<h3>{e(title)}</h3>")
        if not items:
            parts.append(f'<p class="muted">{e(t("None exposed."))}</p>')
        parts.extend(_top_item(it, r.meta.redacted, notes, t) for it in items)
    return "".join(parts)


def section_checklist(r: Report, t: Tr = same) -> str:
    rows = []
    for c in r.checklist:
        note = f' <span class="muted">({e(t(c.note))})</span>' if c.note else ""
        state = status_span(c.state, t(CHECK_LABELS[c.state]))
        if c.changed:
            state += f"<br>{day_text(c.changed, t)}"
        if c.policy_version:
            seen = fill(e(t("policy seen: %1")), e(c.policy_version))
            state += f'<br><span class="muted">{seen}</span>'
        rows.append(
            [
                e(platform_name(c.platform)),
                e(t(c.label)) + note + link_line(c.url),
                state,
                e(t("yes")) if c.offered else e(t("not in your region")),
                num(c.items_still_covered),
            ]
        )
    head = [t("Platform"), t("Setting"), t("State"), t("Offered"), t("Items it would cover")]
    intro = t(
        "What you recorded doing, and when. “Items it would cover” counts items still exposed "
        "that the setting would stop from now on."
    )
    return f"<h2>{e(t('Opt-out checklist'))}</h2><p>{e(intro)}</p>" + table(
        [e(h) for h in head], rows, [4], {1: 50}
    )


def section_no_opt_out(r: Report, t: Tr = same) -> str:
    title = f"<h2>{e(t('What could not be opted out'))}</h2>"
    if not r.no_opt_out:
        return f"{title}<p>{e(t('Nothing: every use found has a setting.'))}</p>"
    rows = [
        [
            e(platform_name(n.platform)),
            e(t(OUTCOME_LABELS.get(n.outcome, n.outcome))),
            e(t(n.clause)),
            e(t(n.document)),
            num(n.items),
            e(t(n.what_you_can_do)),
        ]
        for n in r.no_opt_out
    ]
    intro = t(
        "Uses that no setting offered to you stops. What remains is deleting the items, "
        "changing who can see them, or a legal objection or complaint."
    )
    head = [
        t("Platform"),
        t("Outcome"),
        t("Clause"),
        t("Document"),
        t("Items"),
        t("What you can do"),
    ]
    return f"{title}<p>{e(intro)}</p>" + table([e(h) for h in head], rows, [4])


def section_policies(r: Report, t: Tr = same) -> str:
    rows = [
        [
            e(platform_name(p.platform)),
            e(t(p.title)) + link_line(p.source_url),
            e(p.version_label),
            e(p.kind),
            day_text(p.effective_from, t),
            day_text(p.last_verified, t),
            e(", ".join(p.confidence)),
            num(p.items),
        ]
        for p in r.policies
    ]
    head = [
        t("Platform"),
        t("Document and source"),
        t("Version"),
        t("Kind"),
        t("Effective"),
        t("Verified"),
        t("Confidence"),
        t("Items"),
    ]
    intro = t(
        "Confidence: confirmed = read in the platform's own text or a regulator's; secondary "
        "= press reports; unconfirmed = single or contradictory sources."
    )
    title = e(t("Policy versions and sources"))
    return f"<h2>{title}</h2><p>{escape(intro, quote=False)}</p>" + table(
        [e(h) for h in head], rows, [7], {1: 40}
    )


def section_health(r: Report, t: Tr = same) -> str:
    h = r.health
    parts = [f"<h2>{e(t('Archive health'))}</h2>"]
    status = (
        t("complete")
        if h.complete
        else t("incomplete (cancelled or interrupted): counts are partial")
    )
    parts.append(
        "<p>"
        + fill(
            e(t("Sources: %1. Import %2. Dates from %3 to %4.")),
            e(", ".join(h.sources) or t("none recorded")),
            e(status),
            day_text(h.first_date, t),
            day_text(h.last_date, t),
        )
        + "</p>"
    )
    if h.accounts:
        parts.append(f"<p>{fill(e(t('Accounts: %1')), e('; '.join(h.accounts)))}</p>")
    if h.layouts:
        layouts = ([e(platform_name(p)), e(v)] for p, v in sorted(h.layouts.items()))
        parts.append(table([e(t("Platform")), e(t("Layout found"))], layouts))
    if h.file_counts:
        counts = ([e(t(k)), num(v)] for k, v in h.file_counts.items())
        parts.append(table([e(t("Files")), e(t("Count"))], counts, [1]))
    if h.problem_files:
        parts.append(f"<h3>{e(t('Files not read'))}</h3>")
        files = ([e(f.archive), e(f.member), e(t(f.status)), e(f.reason)] for f in h.problem_files)
        head = [e(t("Archive")), e(t("File")), e(t("Status")), e(t("Why"))]
        parts.append(table(head, files))
    lists = (
        (t("What was missing"), h.missing),
        (t("Warnings"), h.warnings),
        (t("Errors"), h.errors),
    )
    for title, entries in lists:
        if entries:
            parts.append(
                f"<h3>{title}</h3><ul>" + "".join(f"<li>{e(x)}</li>" for x in entries) + "</ul>"
            )
    return "".join(parts)


def section_about(r: Report, t: Tr = same) -> str:
    m = r.meta
    text = t(
        "Overshare read your archives on your own computer and sent nothing anywhere. Each "
        "item was matched against dated policy clauses; every verdict above names its clause "
        "and source. Policies change: facts are as verified on %1. App version %2, policy "
        "data %3."
    )
    return (
        f"<h2>{e(t('About this report'))}</h2><p>"
        + fill(
            e(text), day_text(m.policy_last_verified, t), e(m.app_version), e(m.policy_data_version)
        )
        + "</p>"
    )


def render_body(
    r: Report,
    charts: Charts,
    *,
    top_per_category: int | None = None,
    pdf: bool = False,
    t: Tr = same,
) -> str:
    return "".join(
        [
            section_header(r, t),
            section_summary(r, charts, pdf, t),
            section_timeline(r, charts, t),
            section_top(r, top_per_category, t),
            section_checklist(r, t),
            section_no_opt_out(r, t),
            section_policies(r, t),
            section_health(r, t),
            section_about(r, t),
        ]
    )


def _inline_svg(name: str, r: Report, t: Tr = same) -> str:
    return outcome_chart(r, t) if name == "outcomes" else timeline_chart(r, t)


def render_html(r: Report, t: Tr = same) -> str:
    folder = resources_dir() / "report_templates"
    page = Template((folder / "report.html").read_text(encoding="utf-8"))
    css = (folder / "report.css").read_text(encoding="utf-8")
    title = t("Exposure report (share-safe)") if r.meta.redacted else t("Exposure report")
    return page.substitute(
        title=e(title),
        css=css,
        app_version=e(r.meta.app_version),
        content=render_body(r, lambda name: _inline_svg(name, r, t), t=t),
    )
