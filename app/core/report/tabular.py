"""CSV and JSON exports: one row/object per item with its tags, streamed as items arrive.

JSON layout (resources/report.schema.json): {"format", "schema_version", "redacted",
"items": [...], "report": {...}}; the items come first so they can be written while
the report is still being built, and the report (summary etc.) is written at the end.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import IO, Any

import orjson

from app.core.models import Item
from app.core.policy import NOT_COVERED, OUTCOMES, Tag, Tri
from app.core.report.build import category_of
from app.core.report.model import Report
from app.core.report.serial import report_to_dict

FORMAT_NAME = "overshare-report"
SCHEMA_VERSION = 1
_PASSIVE = ("not_used", "unclear", "not_covered")
ALL_OUTCOMES = (*OUTCOMES, NOT_COVERED)
# When several clauses give the same outcome, the column shows the strongest status.
_STRENGTH = {
    "allowed_now": 4,
    "uncertain": 3,
    "blocked_by_settings": 2,
    "not_used": 1,
    "not_covered": 0,
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _flags(tags: Sequence[Tag]) -> tuple[bool, str]:
    active = [t for t in tags if t.outcome not in _PASSIVE]
    exposed = any(t.currently_allowed == Tri.TRUE for t in active)
    mays = {t.may_already_have_been_used for t in active}
    used = "true" if Tri.TRUE in mays else "uncertain" if Tri.UNCERTAIN in mays else "false"
    return exposed, used


def _created(item: Item, redacted: bool) -> str | None:
    ts = item.created_at
    if ts is None:
        return None
    return ts.date().isoformat() if redacted else ts.isoformat()


def _cell(text: str) -> str:
    """Keep spreadsheets from running item text as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


class _TagMemo:
    """Per shared tag list, compute the derived columns once."""

    def __init__(self) -> None:
        self._memo: dict[int, tuple[Sequence[Tag], Any]] = {}

    def get(self, tags: Sequence[Tag], make: Any) -> Any:
        hit = self._memo.get(id(tags))
        if hit is None or hit[0] is not tags:
            hit = self._memo[id(tags)] = (tags, make(tags))
        return hit[1]


def csv_header(redacted: bool) -> list[str]:
    head = [] if redacted else ["id"]
    head += [
        "platform",
        "kind",
        "created_at",
        "visibility",
        "category",
        "exposed_now",
        "may_already_have_been_used",
        *ALL_OUTCOMES,
        "rules",
        "confidence",
    ]
    if not redacted:
        head += ["media_count", "target", "text"]
    return head


class CsvWriter:
    def __init__(self, fh: IO[str], *, redacted: bool = False) -> None:
        self.redacted = redacted
        self._w = csv.writer(fh, lineterminator="\n")
        self._w.writerow(csv_header(redacted))
        self._memo = _TagMemo()
        self.rows = 0

    @staticmethod
    def _tag_cols(tags: Sequence[Tag]) -> list[str]:
        best: dict[str, str] = {}
        for t in tags:
            cur = best.get(t.outcome)
            if cur is None or _STRENGTH[t.status.value] > _STRENGTH[cur]:
                best[t.outcome] = t.status.value
        exposed, used = _flags(tags)
        rules = ";".join(dict.fromkeys(t.rule for t in tags))
        conf = ";".join(dict.fromkeys(t.confidence for t in tags))
        return [
            "true" if exposed else "false",
            used,
            *(best.get(o, "") for o in ALL_OUTCOMES),
            rules,
            conf,
        ]

    def add(self, item: Item, tags: Sequence[Tag]) -> None:
        cols = self._memo.get(tags, self._tag_cols)
        row = [] if self.redacted else [_cell(item.id)]
        row += [
            item.platform.value,
            item.kind.value,
            _created(item, self.redacted) or "",
            item.visibility.value,
            category_of(item) or "",
            *cols,
        ]
        if not self.redacted:
            row += [str(len(item.media)), _cell(item.target or ""), _cell(item.text)]
        self._w.writerow(row)
        self.rows += 1


def _tags_json(tags: Sequence[Tag]) -> tuple[bytes, bool, str]:
    data = [
        {
            "outcome": t.outcome,
            "status": t.status.value,
            "currently_allowed": t.currently_allowed.value,
            "may_already_have_been_used": t.may_already_have_been_used.value,
            "confidence": t.confidence,
            "rule": t.rule,
            "policy": t.policy,
            "blockers": list(t.blockers),
        }
        for t in tags
    ]
    exposed, used = _flags(tags)
    return orjson.dumps(data), exposed, used


class JsonWriter:
    def __init__(self, fh: IO[bytes], *, redacted: bool = False) -> None:
        self.fh = fh
        self.redacted = redacted
        self._memo = _TagMemo()
        self.rows = 0
        head = {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION, "redacted": redacted}
        fh.write(orjson.dumps(head)[:-1] + b',"items":[\n')

    def add(self, item: Item, tags: Sequence[Tag]) -> None:
        tag_bytes, exposed, used = self._memo.get(tags, _tags_json)
        obj: dict[str, Any] = {
            "platform": item.platform.value,
            "kind": item.kind.value,
            "created_at": _created(item, self.redacted),
            "visibility": item.visibility.value,
            "category": category_of(item),
            "exposed_now": exposed,
            "may_already_have_been_used": used,
        }
        if not self.redacted:
            src = item.source
            obj["id"] = item.id
            obj["text"] = item.text
            obj["target"] = item.target
            obj["media_count"] = len(item.media)
            obj["source"] = {"archive": src.archive, "member": src.member, "index": src.index}
        sep = b",\n" if self.rows else b""
        self.fh.write(sep + orjson.dumps(obj)[:-1] + b',"tags":' + tag_bytes + b"}")
        self.rows += 1

    def finish(self, report: Report) -> None:
        self.fh.write(b'\n],"report":' + orjson.dumps(report_to_dict(report)) + b"}\n")
