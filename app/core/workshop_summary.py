"""Anonymous workshop summaries: counts only, merged by a facilitator into one group page.

A participant's summary holds item counts per platform × kind, exposure counts per platform ×
outcome × status, opt-out settings that would help, the region, and the first and last year of
their data. Never text, ids, handles, names, file names or dates finer than a year. Summaries
from participants are untrusted: every key is checked against a fixed vocabulary, every count
must be a non-negative integer, and the merged page escapes everything it prints.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import Any

import orjson

from app.core.errors import FormatError
from app.core.models import Inventory, ItemKind, Platform
from app.core.policy.model import NOT_COVERED, OUTCOMES, REGIONS, Status
from app.core.policy.summary import ExposureSummary

FORMAT = "overshare-workshop-summary"
VERSION = 1
TOTALS = ("total_items", "exposed_now", "may_already_used", "uncertain", "not_covered")
_PLATFORMS = {p.value for p in Platform}
_KINDS = {k.value for k in ItemKind}
_OUTCOMES = {*OUTCOMES, NOT_COVERED}
_STATUSES = {s.value for s in Status}
_SETTING = re.compile(r"^[a-z][a-z0-9_]{0,30}\.[a-z0-9_.]{1,60}$")
_MAX_COUNT = 10**9
_MAX_BYTES = 1 << 20

Summary = dict[str, Any]


def participant_summary(inv: Inventory, exposure: ExposureSummary, region: str | None) -> Summary:
    """One participant's anonymous summary (a JSON-ready dict)."""
    kinds: dict[str, dict[str, int]] = {}
    for (platform, kind), n in sorted(inv.kind_counts.items()):
        kinds.setdefault(platform, {})[kind] = n
    outcomes: dict[str, dict[str, dict[str, int]]] = {}
    for (platform, outcome, status), n in sorted(exposure.counts.items()):
        outcomes.setdefault(platform, {}).setdefault(outcome, {})[status] = n
    years = None
    if inv.first_date and inv.last_date:
        years = {"first": inv.first_date.year, "last": inv.last_date.year}
    return {
        "format": FORMAT,
        "version": VERSION,
        "region": region if region in REGIONS else None,
        "years": years,
        "kinds": kinds,
        "exposure": {key: int(getattr(exposure, key)) for key in TOTALS},
        "outcomes": outcomes,
        "settings_impact": dict(sorted(exposure.settings_impact.items())),
    }


def dumps(summary: Summary) -> bytes:
    return orjson.dumps(summary, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


# -- reading untrusted summaries ------------------------------------------------------------
def _count(value: Any, where: str, label: str) -> int:
    if type(value) is not int or not 0 <= value <= _MAX_COUNT:
        raise FormatError(f"{label} has an invalid count at {where}.")
    return value


def _table(value: Any, allowed: set[str], where: str, label: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FormatError(f"{label} is not a workshop summary ({where} is not an object).")
    for key in value:
        if key not in allowed:
            raise FormatError(f"{label} has an unknown entry {key[:40]!r} in {where}.")
    return value


def load_summary(data: bytes, label: str) -> Summary:
    """Parse and validate one participant's summary; FormatError names the file."""
    if len(data) > _MAX_BYTES:
        raise FormatError(f"{label} is too large for a workshop summary.")
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise FormatError(f"{label} is not valid JSON ({exc}).") from exc
    top = {"format", "version", "region", "years", "kinds", "exposure", "outcomes",
           "settings_impact"}  # fmt: skip
    raw = _table(raw, top, "the top level", label)
    if raw.get("format") != FORMAT:
        raise FormatError(f"{label} is not an Overshare workshop summary.")
    if raw.get("version") != VERSION:
        raise FormatError(f"{label} has summary version {raw.get('version')!r}; expected 1.")
    region = raw.get("region")
    if region is not None and region not in REGIONS:
        raise FormatError(f"{label} has an unknown region.")
    years = raw.get("years")
    if years is not None:
        years = _table(years, {"first", "last"}, "years", label)
        first, last = (_count(years.get(k), "years", label) for k in ("first", "last"))
        if not 1990 <= first <= last <= 2100:
            raise FormatError(f"{label} has impossible years.")
        years = {"first": first, "last": last}
    kinds = {
        p: {k: _count(n, f"kinds.{p}", label)
            for k, n in _table(ks, _KINDS, f"kinds.{p}", label).items()}
        for p, ks in _table(raw.get("kinds", {}), _PLATFORMS, "kinds", label).items()
    }  # fmt: skip
    outcomes = {
        p: {o: {s: _count(n, f"outcomes.{p}.{o}", label)
                for s, n in _table(ss, _STATUSES, f"outcomes.{p}.{o}", label).items()}
            for o, ss in _table(os_, _OUTCOMES, f"outcomes.{p}", label).items()}
        for p, os_ in _table(raw.get("outcomes", {}), _PLATFORMS, "outcomes", label).items()
    }  # fmt: skip
    exposure = _table(raw.get("exposure", {}), set(TOTALS), "exposure", label)
    settings = raw.get("settings_impact", {})
    if not isinstance(settings, dict) or not all(
        isinstance(k, str) and _SETTING.match(k) for k in settings
    ):
        raise FormatError(f"{label} has an invalid settings_impact entry.")
    return {
        "format": FORMAT,
        "version": VERSION,
        "region": region,
        "years": years,
        "kinds": kinds,
        "exposure": {k: _count(exposure.get(k, 0), "exposure", label) for k in TOTALS},
        "outcomes": outcomes,
        "settings_impact": {k: _count(n, "settings_impact", label) for k, n in settings.items()},
    }


# -- merging -----------------------------------------------------------------------------------
def merge_summaries(summaries: list[Summary]) -> Summary:
    """Totals over validated participant summaries, plus how many took part and from where."""
    kinds: Counter[tuple[str, str]] = Counter()
    outcomes: Counter[tuple[str, str, str]] = Counter()
    exposure: Counter[str] = Counter()
    settings: Counter[str] = Counter()
    regions: Counter[str] = Counter()
    platforms: Counter[str] = Counter()
    firsts, lasts = [], []
    for s in summaries:
        regions[s["region"] or "unknown"] += 1
        platforms.update(p for p, ks in s["kinds"].items() if any(ks.values()))
        for p, ks in s["kinds"].items():
            kinds.update({(p, k): n for k, n in ks.items()})
        for p, os_ in s["outcomes"].items():
            for o, ss in os_.items():
                outcomes.update({(p, o, st): n for st, n in ss.items()})
        exposure.update(s["exposure"])
        settings.update(s["settings_impact"])
        if s["years"]:
            firsts.append(s["years"]["first"])
            lasts.append(s["years"]["last"])
    return {
        "participants": len(summaries),
        "regions": dict(sorted(regions.items())),
        "platform_participants": dict(sorted(platforms.items())),
        "years": {"first": min(firsts), "last": max(lasts)} if firsts else None,
        "kinds": sorted((p, k, n) for (p, k), n in kinds.items()),
        "outcomes": sorted((p, o, st, n) for (p, o, st), n in outcomes.items()),
        "exposure": {k: exposure[k] for k in TOTALS},
        "settings_impact": settings.most_common(),
    }


# -- the group page ------------------------------------------------------------------------
_CSS = """body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1d232a}h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem}table{border-collapse:
collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #d6dbe0}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.tiles{display:flex;gap:1rem;
flex-wrap:wrap}.tile{border:1px solid #d6dbe0;border-radius:8px;padding:.7rem 1rem;min-width:9rem}
.tile b{display:block;font-size:1.5rem}p.note{color:#55606b}"""


def _rows(header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> str:
    e = html.escape
    head = "".join(
        f'<th class="n">{e(h)}</th>' if i == len(header) - 1 else f"<th>{e(h)}</th>"
        for i, h in enumerate(header)
    )
    body = "".join(
        "<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r[:-1])
        + f'<td class="n">{e(f"{r[-1]:,}")}</td></tr>'
        for r in rows
    )  # fmt: skip
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_group_html(merged: Summary, title: str = "Workshop group summary") -> str:
    """A self-contained HTML page (inline CSS, no scripts, no external links)."""
    e = html.escape
    ex = merged["exposure"]
    tiles = [
        ("participants", merged["participants"]),
        ("items", ex["total_items"]),
        ("exposed now", ex["exposed_now"]),
        ("may already have been used", ex["may_already_used"]),
        ("uncertain", ex["uncertain"]),
    ]
    years = merged["years"]
    span = f" Their data spans {years['first']}–{years['last']}." if years else ""
    by_platform = list(merged["platform_participants"].items())
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f'<p class="note">Counts only, added up over {merged["participants"]:,} anonymous '
        f"participant summaries. No posts, messages, names or exact dates are included.{e(span)}"
        "</p>",
        '<div class="tiles">'
        + "".join(f'<div class="tile"><b>{n:,}</b>{e(label)}</div>' for label, n in tiles)
        + "</div>",
        "<h2>Participants</h2>",
        _rows(("region", "participants"), list(merged["regions"].items())),
        _rows(("platform", "participants with data"), by_platform),
        "<h2>Items per platform and kind</h2>",
        _rows(("platform", "kind", "items"), merged["kinds"]),
        "<h2>What the policies allow</h2>",
        _rows(("platform", "outcome", "status", "items"), merged["outcomes"]),
    ]
    if merged["settings_impact"]:
        parts += [
            "<h2>Settings that would protect most items</h2>",
            _rows(("setting", "items it would cover"), merged["settings_impact"]),
        ]
    parts.append("</body></html>\n")
    return "\n".join(parts)
