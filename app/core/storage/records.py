"""Plain records the store hands out, and the Item <-> row conversion."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

import orjson

from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_micros(ts: datetime | None) -> int | None:
    """A UTC datetime as integer microseconds since the epoch (naive means UTC)."""
    if ts is None:
        return None
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=UTC)
    return (ts - _EPOCH) // timedelta(microseconds=1)


def from_micros(value: int | None) -> datetime | None:
    return None if value is None else _EPOCH + timedelta(microseconds=value)


@dataclass(frozen=True, slots=True)
class TagRow:
    """One exposure tag of an item, as the policy classifier reports it."""

    outcome: str
    status: str
    rule: str
    currently_allowed: bool | None = None
    may_already_have_been_used: bool | None = None


class Sort(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    PLATFORM = "platform"
    KIND = "kind"


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """What to show. Empty sequences mean "any"; dates are inclusive; text is an FTS search."""

    text: str | None = None
    platforms: Sequence[str] = ()
    kinds: Sequence[str] = ()
    visibilities: Sequence[str] = ()
    date_from: datetime | None = None
    date_to: datetime | None = None
    outcomes: Sequence[str] = ()
    statuses: Sequence[str] = ()
    import_ids: Sequence[int] = ()


@dataclass(frozen=True, slots=True)
class StoredItem:
    """A row for lists: enough to show and sort; `Library.get(item_id)` has everything."""

    rowid: int
    id: str
    platform: Platform
    kind: ItemKind
    created_at: datetime | None
    visibility: Visibility
    text: str
    target: str | None
    import_id: int
    tags: tuple[TagRow, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportRecord:
    id: int
    status: str  # running | complete | interrupted
    started_at: str
    finished_at: str | None
    sources: tuple[str, ...]
    account_key: str | None
    item_count: int
    inventory: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


# Date keys (items.dkey, the full-text rowid), ascending from newest to oldest because the
# full-text index reads a long match list forwards far faster than backwards. A dated item
# takes a key in its instant's range of SLOTS keys (ranges run from 2112 down to 1970); undated
# items take keys above every dated one. Items of one range or kind take keys downwards, so
# key order is (created_at DESC, inserted last first) exactly. Dates outside 1970..2112, or
# more than SLOTS items in one microsecond, get negative "stray" keys, and while any stray key
# exists queries sort by created_at instead (query.EXACT_ORDER_SQL).
SLOTS = 1024
_SPAN = 2**52  # microseconds covered: SPAN * SLOTS = 2**62 dated keys
DATED = (0, 2**62 - 1)
UNDATED = (2**62, 2**63 - 1)
STRAY = (-(2**63) + 1, -1)


def date_key_range(micros: int | None) -> tuple[int, int]:
    """The (lowest, highest) date key an item created at `micros` may take."""
    if micros is None:
        return UNDATED
    if 0 <= micros < _SPAN:
        base = (_SPAN - 1 - micros) * SLOTS
        return base, base + SLOTS - 1
    return STRAY


def date_key_bounds(date_from: datetime | None, date_to: datetime | None) -> tuple[int, int]:
    """The dated key range holding created_at in [date_from, date_to] (inclusive)."""
    lo, hi = DATED
    if date_to is not None:
        micros = to_micros(date_to) or 0
        lo = UNDATED[0] if micros < 0 else max(lo, date_key_range(min(micros, _SPAN - 1))[0])
    if date_from is not None:
        micros = to_micros(date_from) or 0
        hi = -1 if micros >= _SPAN else min(hi, date_key_range(max(micros, 0))[1])
    return lo, hi


ITEM_COLUMNS = (
    "id, import_id, platform, kind, created_at, visibility, visibility_basis, text, target, "
    "media, attrs, src_archive, src_member, src_index"
)

# Upsert of one batch, sent as a single JSON array of item_row() lists so that SQLite does
# the whole batch in one call (the GIL is released for all of it). Keyed by the stable
# Item.id; remembers the previous owner for rollback; a changed date moves the item to the
# date key given for it (element 14, from assign_date_keys).
_FIELDS = ", ".join(f"j.value ->> {n}" for n in range(15))
BATCH_UPSERT_SQL = f"""
INSERT INTO items ({ITEM_COLUMNS}, dkey) SELECT {_FIELDS} FROM json_each(?) j WHERE true
ON CONFLICT(id) DO UPDATE SET
    prev_import_id = CASE WHEN items.import_id = excluded.import_id
                          THEN items.prev_import_id ELSE items.import_id END,
    import_id = excluded.import_id, platform = excluded.platform, kind = excluded.kind,
    dkey = CASE WHEN items.created_at IS excluded.created_at
                THEN items.dkey ELSE excluded.dkey END,
    created_at = excluded.created_at, visibility = excluded.visibility,
    visibility_basis = excluded.visibility_basis, text = excluded.text,
    target = excluded.target, media = excluded.media, attrs = excluded.attrs,
    src_archive = excluded.src_archive, src_member = excluded.src_member,
    src_index = excluded.src_index
"""
# The lowest key in use in each [lo, hi] range of a JSON array of ranges (one seek each).
USED_KEYS_SQL = (
    "SELECT (SELECT min(dkey) FROM items WHERE dkey BETWEEN j.value ->> 0 AND j.value ->> 1) "
    "FROM json_each(?) j"
)
NEXT_STRAY_SQL = f"SELECT ifnull(min(dkey) - 1, {STRAY[1]}) FROM items WHERE dkey <= {STRAY[1]}"


def item_row(item: Item, import_id: int) -> list[Any]:
    """The item as BATCH_UPSERT_SQL reads it; element 14 is its date key range until
    assign_date_keys() replaces it with the key."""
    created = to_micros(item.created_at)
    return [
        item.id,
        import_id,
        item.platform.value,
        item.kind.value,
        created,
        item.visibility.value,
        item.visibility_basis,
        item.text,
        item.target,
        list(item.media) if item.media else None,
        item.attrs or None,
        item.source.archive,
        item.source.member,
        item.source.index,
        date_key_range(created),
    ]


def assign_date_keys(rows: list[list[Any]], used: list[int | None], stray: Any) -> None:
    """Give each row the next free key (downwards) of its range (`used`: lowest taken key in
    each row's range; `stray()`: the next free stray key, asked only when a range is full)."""
    nxt: dict[int, int] = {}
    for row, low in zip(rows, used, strict=True):
        lo, hi = row[14]
        key = nxt.get(hi, hi if low is None else low - 1)
        if key < lo:
            hi, key = STRAY[1], nxt.get(STRAY[1]) or int(stray())
        nxt[hi] = key - 1
        row[14] = key


def item_from_row(row: Sequence[Any]) -> Item:
    """Rebuild an Item from a row selected with ITEM_COLUMNS."""
    (item_id, _imp, platform, kind, created, vis, basis, text, target, media, attrs,
     archive, member, index) = row  # fmt: skip
    return Item(
        platform=Platform(platform),
        kind=ItemKind(kind),
        id=item_id,
        created_at=from_micros(created),
        visibility=Visibility(vis),
        visibility_basis=basis,
        text=text,
        source=SourceRef(archive, member, index),
        target=target,
        media=tuple(orjson.loads(media)) if media else (),
        attrs=orjson.loads(attrs) if attrs else {},
    )


def tag_params(rowid: int, tag: TagRow) -> tuple[Any, ...]:
    return (
        rowid,
        tag.outcome,
        tag.status,
        tag.rule,
        None if tag.currently_allowed is None else int(tag.currently_allowed),
        None if tag.may_already_have_been_used is None else int(tag.may_already_have_been_used),
    )


def tag_from_row(row: Sequence[Any]) -> TagRow:
    outcome, status, rule, allowed, used = row
    return TagRow(
        outcome, status, rule, None if allowed is None else bool(allowed),
        None if used is None else bool(used),
    )  # fmt: skip


def import_from_row(row: Sequence[Any], with_inventory: bool = False) -> ImportRecord:
    iid, status, started, finished, sources, account, count, inventory = row
    return ImportRecord(
        id=iid,
        status=status,
        started_at=started,
        finished_at=finished,
        sources=tuple(orjson.loads(sources)),
        account_key=account,
        item_count=count,
        inventory=orjson.loads(inventory) if (with_inventory and inventory) else {},
    )


IMPORT_COLUMNS = "id, status, started_at, finished_at, sources, account_key, item_count, inventory"
