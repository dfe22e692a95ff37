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

from app.core.i18n import Catalogue
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
Tr = Callable[[str], str]  # English -> the report's language (context "report")


def _same(text: str) -> str:
    return text


# Codes the report prints as words (their English is the code itself).
WORDS = {
    "true": "true",
    "false": "false",
    "uncertain": "uncertain",
    "read": "read",
    "skipped": "skipped",
    "unknown": "unknown",
    "failed": "failed",
    "undated": "undated",
    "an account choice, not an opt-out": "an account choice, not an opt-out",
    "no action is documented": "no action is documented",
}


def translator(language: str) -> Tr:
    """Fixed report text in `language`, then policy text (clauses, documents, settings)."""
    cat = Catalogue.load(language)
    if cat.language == "en":
        return _same

    def t(text: str) -> str:
        found = cat.text("report", text)
        return found if found != text else cat.policy(text)

    return t


def fill(template: str, *values: str) -> str:
    """Put values into %1, %2, … (in a translated template the order may differ)."""
    for i in range(len(values), 0, -1):
        template = template.replace(f"%{i}", values[i - 1])
    return template


def e(value: object) -> str:
    return escape(str(value), quote=True)


def _d(value: date | datetime | None, t: Tr = _same) -> str:
    if value is None:
        return t("unknown")
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


def section_header(r: Report, t: Tr = _same) -> str:
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
            _d(m.as_of, t),
            e(region),
            e(age),
            e(m.policy_data_version),
            _d(m.policy_last_verified, t),
        )
        + f"</p><p>{e(note)}</p>"
    )


def section_summary(r: Report, charts: Charts, pdf: bool = False, t: Tr = _same) -> str:
    s = r.summary
    cards = [
        (t("Items"), s.total_items),
        (t("Exposed now"), s.exposed_now),
        (t("May already have been used"), s.may_already_used),
        (t("Uncertain"), s.uncertain),
        (t("Not covered by any rule"), s.not_covered),
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
        [e(t("Platform")), e(t("Items")), e(t("By kind"))],
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
            e(t(OUTCOME_LABELS.get(o, o))),
            _status(st, t(STATUS_LABELS.get(st, st))),
            _n(n),
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
            _d(oldest.created_at, t),
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
        + _table(head, rows, [3])
        + f"<h3>{e(t('What was imported'))}</h3>{kinds}"
    )


def section_timeline(r: Report, charts: Charts, t: Tr = _same) -> str:
    head = [e(t("Year")), *(e(t(USED_LABELS[u])) for u in USED), e(t("Total"))]
    rows = [
        [e(t(WORDS.get(y, y))), *(_n(row[u]) for u in USED), _n(sum(row.values()))]
        for y, row in r.timeline.items()
    ]
    intro = t(
        "Items per year of creation, split by whether they may already have been used for AI "
        "training or shared."
    )
    return (
        f"<h2>{e(t('Timeline'))}</h2><p>{e(intro)}</p><figure>{charts('timeline')}</figure>"
        + _table(head, rows, range(1, 5))
    )


def _top_item(it: TopItem, redacted: bool, notes: dict[str, int], t: Tr = _same) -> str:
    head = (
        f"<b>{e(platform_name(it.platform))} · {e(it.kind.replace('_', ' '))}</b> · "
        f"{_d(it.created_at, t)} · {e(it.visibility)}"
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
                _status(g.status, t(STATUS_LABELS.get(g.status, g.status))),
                _status(may, t(WORDS.get(may, may))),
            )
            + f"{why}</li>"
        )
    return f'<div class="item"><p>{head}</p>{body}<ul>{"".join(tags)}</ul></div>'


def section_top(r: Report, per_category: int | None = None, t: Tr = _same) -> str:
    intro = t(
        "Ranked by how many uses are allowed now and whether they may already have been used. "
        "Each explanation is printed once and numbered."
    )
    parts = [f"<h2>{e(t('Most exposed items'))}</h2><p>{e(intro)}</p>"]
    notes: dict[str, int] = {}
    for cat in CATEGORIES:
        items = r.top_items.get(cat, [])[:per_category]
        total = r.category_counts.get(cat, 0)
        title = fill(t("%1 (%2 in your data)"), t(CATEGORY_TITLES[cat]), _n(total))
        parts.append(f"<h3>{e(title)}</h3>")
        if not items:
            parts.append(f'<p class="muted">{e(t("None exposed."))}</p>')
        parts.extend(_top_item(it, r.meta.redacted, notes, t) for it in items)
    return "".join(parts)


def _link(url: str) -> str:
    return f'<br><a href="{e(url)}">{e(url)}</a>' if url.startswith("https://") else ""


def section_checklist(r: Report, t: Tr = _same) -> str:
    rows = []
    for c in r.checklist:
        note = f' <span class="muted">({e(t(c.note))})</span>' if c.note else ""
        state = _status(c.state, t(CHECK_LABELS[c.state]))
        if c.changed:
            state += f"<br>{_d(c.changed, t)}"
        if c.policy_version:
            seen = fill(e(t("policy seen: %1")), e(c.policy_version))
            state += f'<br><span class="muted">{seen}</span>'
        rows.append(
            [
                e(platform_name(c.platform)),
                e(t(c.label)) + note + _link(c.url),
                state,
                e(t("yes")) if c.offered else e(t("not in your region")),
                _n(c.items_still_covered),
            ]
        )
    head = [t("Platform"), t("Setting"), t("State"), t("Offered"), t("Items it would cover")]
    intro = t(
        "What you recorded doing, and when. “Items it would cover” counts items still exposed "
        "that the setting would stop from now on."
    )
    return f"<h2>{e(t('Opt-out checklist'))}</h2><p>{e(intro)}</p>" + _table(
        [e(h) for h in head], rows, [4], {1: 50}
    )


def section_no_opt_out(r: Report, t: Tr = _same) -> str:
    title = f"<h2>{e(t('What could not be opted out'))}</h2>"
    if not r.no_opt_out:
        return f"{title}<p>{e(t('Nothing: every use found has a setting.'))}</p>"
    rows = [
        [
            e(platform_name(n.platform)),
            e(t(OUTCOME_LABELS.get(n.outcome, n.outcome))),
            e(t(n.clause)),
            e(t(n.document)),
            _n(n.items),
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
    return f"{title}<p>{e(intro)}</p>" + _table([e(h) for h in head], rows, [4])


def section_policies(r: Report, t: Tr = _same) -> str:
    rows = [
        [
            e(platform_name(p.platform)),
            e(t(p.title)) + _link(p.source_url),
            e(p.version_label),
            e(p.kind),
            _d(p.effective_from, t),
            _d(p.last_verified, t),
            e(", ".join(p.confidence)),
            _n(p.items),
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
    return f"<h2>{title}</h2><p>{escape(intro, quote=False)}</p>" + _table(
        [e(h) for h in head], rows, [7], {1: 40}
    )


def section_health(r: Report, t: Tr = _same) -> str:
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
            _d(h.first_date, t),
            _d(h.last_date, t),
        )
        + "</p>"
    )
    if h.accounts:
        parts.append(f"<p>{fill(e(t('Accounts: %1')), e('; '.join(h.accounts)))}</p>")
    if h.layouts:
        layouts = ([e(platform_name(p)), e(v)] for p, v in sorted(h.layouts.items()))
        parts.append(_table([e(t("Platform")), e(t("Layout found"))], layouts))
    if h.file_counts:
        counts = ([e(t(k)), _n(v)] for k, v in h.file_counts.items())
        parts.append(_table([e(t("Files")), e(t("Count"))], counts, [1]))
    if h.problem_files:
        parts.append(f"<h3>{e(t('Files not read'))}</h3>")
        files = ([e(f.archive), e(f.member), e(t(f.status)), e(f.reason)] for f in h.problem_files)
        head = [e(t("Archive")), e(t("File")), e(t("Status")), e(t("Why"))]
        parts.append(_table(head, files))
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


def section_about(r: Report, t: Tr = _same) -> str:
    m = r.meta
    text = t(
        "Overshare read your archives on your own computer and sent nothing anywhere. Each "
        "item was matched against dated policy clauses; every verdict above names its clause "
        "and source. Policies change: facts are as verified on %1. App version %2, policy "
        "data %3."
    )
    return (
        f"<h2>{e(t('About this report'))}</h2><p>"
        + fill(e(text), _d(m.policy_last_verified, t), e(m.app_version), e(m.policy_data_version))
        + "</p>"
    )


def render_body(
    r: Report,
    charts: Charts,
    *,
    top_per_category: int | None = None,
    pdf: bool = False,
    t: Tr = _same,
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


def _inline_svg(name: str, r: Report, t: Tr = _same) -> str:
    return outcome_chart(r, t) if name == "outcomes" else timeline_chart(r, t)


def render_html(r: Report, t: Tr = _same) -> str:
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
