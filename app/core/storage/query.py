"""SQL for item filters: every filter runs in SQLite on indexed columns, never row by row."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from app.core.storage.records import STRAY, ItemFilter, Sort, date_key_bounds, to_micros

# Words as the unicode61 tokenizer cuts them: letters and digits; "_" separates, like "-".
_TOKEN = re.compile(r"[^\W_]+")

# While every date key is in order (no stray keys), sorting by it is sorting by date.
EXACT_ORDER_SQL = f"SELECT NOT EXISTS (SELECT 1 FROM items WHERE dkey <= {STRAY[1]})"

ORDER_BY = {
    Sort.NEWEST: "i.created_at DESC, i.dkey ASC",
    Sort.OLDEST: "i.created_at ASC, i.dkey DESC",
    Sort.PLATFORM: "i.platform ASC, i.created_at DESC, i.dkey ASC",
    Sort.KIND: "i.kind ASC, i.created_at DESC, i.dkey ASC",
}
# The same orders when date keys are exact (served by items_dkey and the (x, dkey) indexes).
ORDER_BY_KEY = {
    Sort.NEWEST: "i.dkey ASC",
    Sort.OLDEST: "i.dkey DESC",
    Sort.PLATFORM: "i.platform ASC, i.dkey ASC",
    Sort.KIND: "i.kind ASC, i.dkey ASC",
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


def _facet_terms(prefix: str, values: Sequence[Any]) -> str:
    tokens = ('"' + prefix + str(v).replace("_", "").replace('"', '""') + '"' for v in values)
    return f"facets : ({' OR '.join(tokens)})"


def match_expr(flt: ItemFilter) -> str | None:
    """The MATCH for the text plus platform/kind/visibility (None: nothing can match)."""
    words = fts_query(flt.text or "")
    if words is None:
        return None
    parts = [f"text : ({words})"]
    for prefix, values in (("p", flt.platforms), ("k", flt.kinds), ("v", flt.visibilities)):
        if values:
            parts.append(_facet_terms(prefix, values))
    return " AND ".join(parts)


def _has_text(flt: ItemFilter) -> bool:
    return flt.text is not None and bool(flt.text.strip())


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


def _dates(flt: ItemFilter, column: str, exact: bool, where: list[str], params: list[Any]) -> None:
    if flt.date_from is None and flt.date_to is None:
        return
    if exact:  # dated keys only, within the bounds
        where.append(f"{column} BETWEEN ? AND ?")
        params.extend(date_key_bounds(flt.date_from, flt.date_to))
        return
    if flt.date_from is not None:
        where.append("i.created_at >= ?")
        params.append(to_micros(flt.date_from))
    if flt.date_to is not None:
        where.append("i.created_at <= ?")
        params.append(to_micros(flt.date_to))


def _tags(flt: ItemFilter, per_row: bool, where: list[str], params: list[Any]) -> None:
    if flt.outcomes or flt.statuses:
        tags, tag_params = _tag_conditions(flt)
        params.extend(tag_params)
        where.append(
            f"EXISTS (SELECT 1 FROM item_tags t WHERE t.item_rowid = i.pk AND {tags})"
            if per_row
            else f"i.pk IN (SELECT t.item_rowid FROM item_tags t WHERE {tags})"
        )


def where_clause(
    flt: ItemFilter, *, per_row: bool = False, exact: bool = False
) -> tuple[str, list[Any]]:
    """The WHERE clause (with a leading WHERE, or empty) over items aliased `i`.

    per_row=True checks tag conditions row by row (for broad conditions and a
    page in sort order); otherwise their matches are collected first (selective ones).
    exact=True: date keys are in date order, so date ranges become key ranges.
    """
    where: list[str] = []
    params: list[Any] = []
    if _has_text(flt):
        match = match_expr(flt)
        if match is None:  # only punctuation: nothing can match
            where.append("0")
        else:
            where.append("i.dkey IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
            params.append(match)
    _in("i.platform", flt.platforms, where, params)
    _in("i.kind", flt.kinds, where, params)
    _in("i.visibility", flt.visibilities, where, params)
    _in("i.import_id", flt.import_ids, where, params)
    _dates(flt, "i.dkey", exact, where, params)
    _tags(flt, per_row, where, params)
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


def _streams(flt: ItemFilter, sort: Sort, per_row: bool, exact: bool) -> bool:
    """Whether a text page is best read from the full-text index in date-key order."""
    tags_ok = per_row or not (flt.outcomes or flt.statuses)
    return (
        exact
        and sort in (Sort.NEWEST, Sort.OLDEST)
        and match_expr(flt) is not None
        and not flt.import_ids
        and tags_ok
    )


def page_sql(
    flt: ItemFilter, sort: Sort, *, per_row: bool = False, exact: bool = False
) -> tuple[str, list[Any]]:
    if _has_text(flt) and _streams(flt, sort, per_row, exact):
        # Walk the text index newest (or oldest) first; it already applies the
        # platform/kind/visibility filters and the date range, so the first page is quick.
        where = ["items_fts MATCH ?"]
        params: list[Any] = [match_expr(flt)]
        _dates(flt, "f.rowid", True, where, params)
        _tags(flt, True, where, params)
        direction = "ASC" if sort == Sort.NEWEST else "DESC"
        sql = (
            f"SELECT {PAGE_COLUMNS} FROM items_fts f CROSS JOIN items i ON i.dkey = f.rowid "
            f"WHERE {' AND '.join(where)} ORDER BY f.rowid {direction} LIMIT ? OFFSET ?"
        )
        return sql, params
    where_sql, params = where_clause(flt, per_row=per_row, exact=exact)
    order = (ORDER_BY_KEY if exact else ORDER_BY)[sort]
    sql = f"SELECT {PAGE_COLUMNS} FROM items i {where_sql} ORDER BY {order} LIMIT ? OFFSET ?"
    return sql, params


def count_sql(flt: ItemFilter, *, exact: bool = False) -> tuple[str, list[Any]]:
    match = match_expr(flt) if _has_text(flt) else None
    dates = flt.date_from is not None or flt.date_to is not None
    rest = flt.outcomes or flt.statuses or flt.import_ids
    if match is not None and not rest and (exact or not dates):
        # The full-text index alone answers it (it holds platform, kind and visibility).
        conds = ["items_fts MATCH ?"]
        fts_params: list[Any] = [match]
        if dates:
            _dates(flt, "rowid", True, conds, fts_params)
        return f"SELECT count(*) FROM items_fts WHERE {' AND '.join(conds)}", fts_params
    where, params = where_clause(flt, exact=exact)
    if where and flt == ItemFilter(outcomes=flt.outcomes, statuses=flt.statuses):
        tags, params = _tag_conditions(flt)  # the tag index alone answers it
        return f"SELECT count(*) FROM (SELECT DISTINCT item_rowid FROM item_tags t WHERE {tags})", (
            params
        )
    return f"SELECT count(*) FROM items i {where}", params


FACETS = {"platform": "i.platform", "kind": "i.kind", "visibility": "i.visibility"}


def facet_sql(flt: ItemFilter, facet: str, *, exact: bool = False) -> tuple[str, list[Any]]:
    """Counts per platform/kind/visibility (or per tag outcome/status) under a filter."""
    where, params = where_clause(flt, exact=exact)
    if facet in ("outcome", "status"):
        sql = (
            f"SELECT t.{facet}, count(DISTINCT t.item_rowid) FROM item_tags t "
            f"JOIN items i ON i.pk = t.item_rowid {where} GROUP BY t.{facet}"
        )
        return sql, params
    column = FACETS[facet]
    return f"SELECT {column}, count(*) FROM items i {where} GROUP BY {column}", params
