"""Record shapes shared by Facebook and Instagram exports, read by structure, never by title.

Meta writes the same few shapes everywhere: `string_list_data` (likes, follows), `string_map_data`
(label → value maps whose labels are in the account's language), `label_values` (2024+), classic
`{timestamp, data: [...], attachments: [...], title}` records, and plain `{name, timestamp}` rows.
Files wrap a list in an object with one key (`friends_v2`, `likes_media_likes`) or hold a bare
list; a file with one record may be a bare object.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from hashlib import blake2b as _blake2b
from typing import Any

import orjson

from app.core.errors import FormatError
from app.core.importers.base import ImportContext
from app.core.importers.meta_text import fix, fix_opt
from app.core.importers.sources import Member

MIN_TS = 86_400  # 0 (and tiny values) mean "unknown"
MAX_TS = 4_102_444_800  # 2100-01-01
_TIME_KEYS = (
    "timestamp", "creation_timestamp", "start_timestamp", "added_timestamp",
    "timestamp_value", "time", "created_timestamp",
)  # fmt: skip
_TEXT_KEYS = ("post", "comment", "text", "content", "description", "query", "name", "value")
_TEXT_KEY_SET = frozenset(_TEXT_KEYS)
_LINK_KEYS = ("href", "url", "uri", "profile_uri")
_LINK_KEY_SET = frozenset(_LINK_KEYS)
_SKIP_KEYS = {"author", "actor", "uri", "href", "url", "timestamp", "update_timestamp"}
_HASH = _blake2b(digest_size=10)


def ts(value: object) -> datetime | None:
    """Unix seconds (int, float or digit string) as UTC; 0 / absurd values → None."""
    if type(value) is int and MIN_TS <= value <= MAX_TS:  # the common case, first
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str):
        if not value.isdigit():
            return None
        value = int(value)
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    if value > MAX_TS * 100:  # milliseconds
        value = value / 1000
    if not MIN_TS <= value <= MAX_TS:
        return None
    return datetime.fromtimestamp(value, UTC)


def first_ts(rec: dict[str, Any]) -> datetime | None:
    for key in _TIME_KEYS:
        if key in rec:
            found = ts(rec[key])
            if found is not None:
                return found
    return None


def make_id(platform: str, kind: str, *parts: object) -> str:
    """Stable id from content: "<platform>:<kind>:<hash of the parts>"."""
    return f"{platform}:{kind}:{content_hash(*parts)}"


def _dt_text(d: datetime) -> str:
    """str(d), about twice as fast for the whole-second UTC times `ts` makes."""
    if d.tzinfo is UTC and not d.microsecond:
        return "%04d-%02d-%02d %02d:%02d:%02d+00:00" % (  # noqa: UP031 (faster)
            d.year, d.month, d.day, d.hour, d.minute, d.second
        )  # fmt: skip
    return str(d)


def hash3(a: object, b: str, c: object) -> str:
    """`content_hash(a, b, c)` without the generic join, for per-record hot loops."""
    h = _HASH.copy()  # copying a prepared hasher is ~2x cheaper than blake2b(digest_size=10)
    if type(a) is datetime:
        a = _dt_text(a)
    raw = f"{'' if a is None else a}\x1f{b}\x1f{'' if c is None else c}"
    h.update(raw.encode("utf-8", "replace"))
    return h.hexdigest()


def content_hash(*parts: object) -> str:
    """The hash part of `make_id` (hot loops build the "<platform>:<kind>:" prefix once)."""
    h = _HASH.copy()
    texts = [_dt_text(p) if type(p) is datetime else "" if p is None else str(p) for p in parts]
    h.update("\x1f".join(texts).encode("utf-8", "replace"))
    return h.hexdigest()


class IdCounter:
    """Makes ids unique within a file when identical records repeat (suffix #2, #3 …)."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}  # hot loops may test and set it directly

    def __call__(self, base: str) -> str:
        seen = self.seen
        if base not in seen:
            seen[base] = 1
            return base
        n = seen[base] = seen[base] + 1
        return f"{base}#{n}"


def read_member(ctx: ImportContext, member: Member) -> bytes:
    """A whole member's bytes, for files read whole (threads, profiles, wrapped lists).

    Cheaper than `ctx.open` for the thousands of small message files: one read sized from the
    declared size, progress and the cancel check once per file.
    """
    ctx.cancel.raise_if_cancelled()
    limit = ctx.source.limits.max_member_bytes
    with ctx.source.open_member(member) as fp:
        data = fp.read(min(member.size, limit) + 1)
        if len(data) > member.size:  # larger than declared (a folder file that grew)
            data += fp.read(limit + 1 - len(data))
    ctx.advance(len(data), member.path)
    if len(data) > limit:
        raise FormatError(f"{member.origin}: {member.path} is larger than {limit:,} bytes.")
    return data


def parse_json(data: bytes, member: Member) -> Any:
    """orjson.loads with Meta's occasional BOM; None for an empty file; FormatError names it."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data or data.isspace():  # as `not data.strip()`, without copying the file
        return None
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise FormatError(f"{member.origin}: {member.path} is not valid JSON ({exc}).") from exc


def load_json(ctx: ImportContext, member: Member) -> Any:
    """Parse a whole (small) member; FormatError names the file."""
    return parse_json(read_member(ctx, member), member)


def records(data: Any) -> list[Any]:
    """The records of a file: a bare list, a one-key wrapper around a list, or one object."""
    if data is None:
        return []
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(data) == 1:
            (only,) = data.values()
            if isinstance(only, list):
                return only
            if isinstance(only, dict):
                return [only]
        elif lists and all(isinstance(v, list) for v in data.values()):
            return [r for v in lists for r in v]  # e.g. events_joined / events_declined
        return [data]
    return [data]


def wrapper_key(data: Any) -> str | None:
    if isinstance(data, dict) and len(data) == 1:
        key = next(iter(data))
        return key if isinstance(key, str) else None
    return None


@dataclass(slots=True)
class Fields:
    """What a record says, whatever its shape: times, texts, title, first link, labelled values."""

    created: datetime | None = None
    texts: list[str] = field(default_factory=list)
    title: str = ""
    target: str | None = None
    labelled: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        texts = self.texts
        if len(texts) == 1:  # the usual case
            return texts[0] or self.title
        return "; ".join([t for t in texts if t]) or self.title


def _entry(f: Fields, label: str, entry: Any) -> None:
    """One {href, value, timestamp} entry (string_list_data / string_map_data)."""
    if not isinstance(entry, dict):
        return
    value = fix_opt(entry.get("value"))
    href = entry.get("href")
    if isinstance(href, str) and href and f.target is None:
        f.target = fix(href)
    when = ts(entry.get("timestamp"))
    if when is not None and (f.created is None or when > f.created):
        f.created = when
    if value:
        f.texts.append(value)
        f.labelled.append((label, value))


def _label_values(f: Fields, items: Any) -> None:
    """2024+ `label_values` lists (200k-record likes files), depth first without recursion.

    `{title, dict: [...]}` nests a level whose title labels unlabelled values; ASCII strings
    skip the repair.
    """
    if not isinstance(items, list):
        return
    texts, labelled = f.texts, f.labelled
    prefix = ""
    level = iter(items)
    stack: list[tuple[Iterator[Any], str]] = []
    while True:
        for lv in level:
            if not isinstance(lv, dict):
                continue
            if "dict" in lv:
                inner = lv["dict"]
                if isinstance(inner, list):
                    title = lv.get("title")
                    stack.append((level, prefix))
                    level = iter(inner)
                    prefix = title if type(title) is str and title.isascii() else fix_opt(title)
                    break
                continue
            if "timestamp_value" in lv and f.created is None:
                f.created = ts(lv["timestamp_value"])
            href = lv.get("href")
            if f.target is None and isinstance(href, str) and href:
                f.target = href if href.isascii() else fix(href)
            value = lv.get("value")
            if type(value) is not str or not value.isascii():  # ASCII needs no repair
                value = fix_opt(value)
            if value and value != f.target:
                if value.startswith(("http://", "https://")):
                    f.target = f.target or value
                else:
                    label = lv.get("label")
                    if type(label) is str and label.isascii():
                        label = label or prefix
                    else:
                        label = fix_opt(label) or prefix
                    texts.append(value)
                    labelled.append((label, value))
        else:
            if not stack:
                return
            level, prefix = stack.pop()


def _inner(f: Fields, obj: dict[str, Any]) -> None:
    """A `data` / `attachments` element: {post}, {comment: {...}}, {external_context: {...}} …"""
    for key, val in obj.items():
        if isinstance(val, str):
            if key in _SKIP_KEYS:
                if key in ("uri", "url", "href") and f.target is None:
                    f.target = fix(val)
                continue
            if val and (key in _TEXT_KEYS or key in ("title", "reaction", "source")):
                f.texts.append(fix(val))
        elif isinstance(val, dict):
            _inner(f, val)
        elif isinstance(val, list):
            for v in val:
                if isinstance(v, dict):
                    _inner(f, v)


def read_fields(rec: Any) -> Fields:
    """Summarise any Meta record by its structure (labels kept but never interpreted)."""
    f = Fields()
    if isinstance(rec, str):
        f.texts.append(fix(rec))
        return f
    if not isinstance(rec, dict):
        if rec is not None:
            f.texts.append(str(rec))
        return f
    title = rec.get("title")
    f.title = title if type(title) is str and title.isascii() else fix_opt(title)
    when = rec.get("timestamp")  # the usual time key, checked inline
    if type(when) is int and MIN_TS <= when <= MAX_TS:
        f.created = datetime.fromtimestamp(when, UTC)
    else:
        f.created = first_ts(rec)
    # Guards keep the common one-shape records (likes, follows) from paying for every shape.
    if "string_list_data" in rec:
        for entry in rec["string_list_data"] or ():
            _entry(f, "", entry)
    smd = rec.get("string_map_data")
    if isinstance(smd, dict):
        for label, entry in smd.items():
            _entry(f, fix(label), entry)
    if "label_values" in rec:
        _label_values(f, rec["label_values"])
    if "data" in rec or "attachments" in rec:
        for key in ("data", "attachments"):
            for el in rec.get(key) or ():
                if isinstance(el, dict):
                    _inner(f, el)
    if not _TEXT_KEY_SET.isdisjoint(rec):
        for key in _TEXT_KEYS:
            val = rec.get(key)
            if isinstance(val, str) and val:
                f.texts.append(fix(val))
            elif isinstance(val, dict):
                _inner(f, val)
    if not f.texts and not f.title:  # e.g. {advertiser_name, has_…}: the first text value
        f.texts.extend(
            fix(v) for k, v in rec.items() if isinstance(v, str) and v and k not in _SKIP_KEYS
        )
        del f.texts[1:]
    if f.target is None and not _LINK_KEY_SET.isdisjoint(rec):
        for key in _LINK_KEYS:
            val = rec.get(key)
            if isinstance(val, str) and val and f.target is None:
                f.target = fix(val)
    return f


def media_uris(obj: Any) -> Iterator[str]:
    """Archive paths of media referenced anywhere inside a record."""
    if isinstance(obj, dict):
        uri = obj.get("uri")
        if isinstance(uri, str) and uri and not uri.startswith("http"):
            yield fix(uri)
        for key, val in obj.items():
            if key != "thumbnail" and isinstance(val, dict | list):
                yield from media_uris(val)
    elif isinstance(obj, list):
        for v in obj:
            yield from media_uris(v)
