"""SQL for item filters: every filter runs in SQLite on indexed columns, never row by row."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from app.core.storage.records import ItemFilter, Sort, to_micros

_TOKEN = re.compile(r"\w+", re.UNICODE)

ORDER_BY = {
    Sort.NEWEST: "i.created_at DESC, i.pk DESC",
    Sort.OLDEST: "i.created_at ASC, i.pk ASC",
    Sort.PLATFORM: "i.platform ASC, i.created_at DESC, i.pk DESC",
    Sort.KIND: "i.kind ASC, i.created_at DESC, i.pk DESC",
}


def fts_query(text: str) -> str | None:
    """User words as an FTS5 query: every word must appear, the last one as a prefix.

    Words are quoted, so FTS syntax characters in the input are plain text.
    """
    words = _TOKEN.findall(text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _in(column: str, values: Sequence[Any], where: list[str], params: list[Any]) -> None:
    if values:
        where.append(f"{column} IN ({','.join('?' * len(values))})")
        params.extend(str(v) if not isinstance(v, int) else v for v in values)


# A tag condition matching at least this many items is "broad": a page is then
# found faster by walking the sort index and checking each row than by collecting matches.
BROAD = 5000


def _tag_conditions(flt: ItemFilter) -> tuple[str, list[Any]]:
    tag_where: list[str] = []
    params: list[Any] = []
    _in("t.outcome", flt.outcomes, tag_where, params)
    _in("t.status", flt.statuses, tag_where, params)
    return " AND ".join(tag_where), params


def where_clause(flt: ItemFilter, *, per_row: bool = False) -> tuple[str, list[Any]]:
    """The WHERE clause (with a leading WHERE, or empty) over items aliased `i`.

    per_row=True checks tag conditions row by row (for broad conditions and a
    page in sort order); otherwise their matches are collected first (selective ones).
    """
    where: list[str] = []
    params: list[Any] = []
    if flt.text is not None and flt.text.strip():
        match = fts_query(flt.text)
        if match is None:  # only punctuation: nothing can match
            where.append("0")
        else:
            # Always collected: FTS5 looks up one rowid no faster than it scans a doclist.
            where.append("i.pk IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
            params.append(match)
    _in("i.platform", flt.platforms, where, params)
    _in("i.kind", flt.kinds, where, params)
    _in("i.visibility", flt.visibilities, where, params)
    _in("i.import_id", flt.import_ids, where, params)
    if flt.date_from is not None:
        where.append("i.created_at >= ?")
        params.append(to_micros(flt.date_from))
    if flt.date_to is not None:
        where.append("i.created_at <= ?")
        params.append(to_micros(flt.date_to))
    if flt.outcomes or flt.statuses:
        tags, tag_params = _tag_conditions(flt)
        params.extend(tag_params)
        where.append(
            f"EXISTS (SELECT 1 FROM item_tags t WHERE t.item_rowid = i.pk AND {tags})"
            if per_row
            else f"i.pk IN (SELECT t.item_rowid FROM item_tags t WHERE {tags})"
        )
    return (("WHERE " + " AND ".join(where)) if where else ""), params


PAGE_COLUMNS = (
    "i.pk, i.id, i.platform, i.kind, i.created_at, i.visibility, i.text, i.target, i.import_id"
)


def probe_sqls(flt: ItemFilter) -> list[tuple[str, list[Any]]]:
    """Bounded counts (at most BROAD) of the tag conditions alone."""
    out: list[tuple[str, list[Any]]] = []
    if flt.outcomes or flt.statuses:
        tags, params = _tag_conditions(flt)
        out.append(
            (
                f"SELECT count(*) FROM (SELECT 1 FROM item_tags t WHERE {tags} LIMIT ?)",
                [*params, BROAD],
            )
        )
    return out


def page_sql(flt: ItemFilter, sort: Sort, *, per_row: bool = False) -> tuple[str, list[Any]]:
    where, params = where_clause(flt, per_row=per_row)
    sql = f"SELECT {PAGE_COLUMNS} FROM items i {where} ORDER BY {ORDER_BY[sort]} LIMIT ? OFFSET ?"
    return sql, params


def count_sql(flt: ItemFilter) -> tuple[str, list[Any]]:
    where, params = where_clause(flt)
    only_text = flt == ItemFilter(text=flt.text) and flt.text and "i.pk IN" in where
    if only_text:  # the FTS index alone answers it
        return "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?", params
    if where and flt == ItemFilter(outcomes=flt.outcomes, statuses=flt.statuses):
        tags, params = _tag_conditions(flt)  # the tag index alone answers it
        return f"SELECT count(*) FROM (SELECT DISTINCT item_rowid FROM item_tags t WHERE {tags})", (
            params
        )
    return f"SELECT count(*) FROM items i {where}", params


FACETS = {"platform": "i.platform", "kind": "i.kind", "visibility": "i.visibility"}


def facet_sql(flt: ItemFilter, facet: str) -> tuple[str, list[Any]]:
    """Counts per platform/kind/visibility (or per tag outcome/status) under a filter."""
    where, params = where_clause(flt)
    if facet in ("outcome", "status"):
        sql = (
            f"SELECT t.{facet}, count(DISTINCT t.item_rowid) FROM item_tags t "
            f"JOIN items i ON i.pk = t.item_rowid {where} GROUP BY t.{facet}"
        )
        return sql, params
    column = FACETS[facet]
    return f"SELECT {column}, count(*) FROM items i {where} GROUP BY {column}", params
