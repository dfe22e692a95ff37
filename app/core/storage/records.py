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


ITEM_COLUMNS = (
    "id, import_id, platform, kind, created_at, visibility, visibility_basis, text, target, "
    "media, attrs, src_archive, src_member, src_index"
)

# Upsert keyed by the stable Item.id; remembers the previous owner for rollback.
UPSERT_SQL = f"""
INSERT INTO items ({ITEM_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
ON CONFLICT(id) DO UPDATE SET
    prev_import_id = CASE WHEN items.import_id = excluded.import_id
                          THEN items.prev_import_id ELSE items.import_id END,
    import_id = excluded.import_id, platform = excluded.platform, kind = excluded.kind,
    created_at = excluded.created_at, visibility = excluded.visibility,
    visibility_basis = excluded.visibility_basis, text = excluded.text,
    target = excluded.target, media = excluded.media, attrs = excluded.attrs,
    src_archive = excluded.src_archive, src_member = excluded.src_member,
    src_index = excluded.src_index
"""


def item_params(item: Item, import_id: int) -> tuple[Any, ...]:
    return (
        item.id,
        import_id,
        item.platform.value,
        item.kind.value,
        to_micros(item.created_at),
        item.visibility.value,
        item.visibility_basis,
        item.text,
        item.target,
        orjson.dumps(list(item.media)) if item.media else None,
        orjson.dumps(item.attrs, option=orjson.OPT_NON_STR_KEYS) if item.attrs else None,
        item.source.archive,
        item.source.member,
        item.source.index,
    )


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
