"""Small HTML pieces shared by the report sections (escaped; tags Qt's rich text understands)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from html import escape

from app.core.report.language import Tr, same


def e(value: object) -> str:
    return escape(str(value), quote=True)


def day_text(value: date | datetime | None, t: Tr = same) -> str:
    if value is None:
        return t("unknown")
    return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()


def num(value: int) -> str:
    return f"{value:,}"


def table(
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


def status_span(code: str, label: str) -> str:
    return f'<span class="s-{e(code)}">{e(label)}</span>'


def link_line(url: str) -> str:
    return f'<br><a href="{e(url)}">{e(url)}</a>' if url.startswith("https://") else ""
