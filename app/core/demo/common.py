"""Helpers the demo generators share: the fictional person, fixed dates, file encoders.

Everything is deterministic: no clock, no randomness, so a fresh generation equals the bundled
copy byte for byte.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

NAME = "Robin Example"
FIRST, LAST = "Robin", "Example"
EMAIL = "robin@example.org"
GENERATED = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)  # when the fictional exports were made

Files = dict[str, bytes]  # path inside the archive folder -> content


def at(y: int, mo: int, d: int, h: int = 12, mi: int = 0, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def epoch(y: int, mo: int, d: int, h: int = 12, mi: int = 0, s: int = 0) -> int:
    """Unix seconds (Meta's `timestamp`)."""
    return int(at(y, mo, d, h, mi, s).timestamp())


def iso_ms(dt: datetime) -> str:
    """'2025-09-01T12:00:00.000Z' (X's ISO dates)."""
    return dt.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _mojibake(value: Any) -> Any:
    """Every string as its UTF-8 bytes read as Latin-1: how Meta writes its exports."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [_mojibake(v) for v in value]
    if isinstance(value, dict):
        return {_mojibake(k): _mojibake(v) for k, v in value.items()}
    return value


def meta_json(value: Any) -> bytes:
    """Meta's JSON: 2-space indent, every non-ASCII byte escaped as \\u00XX (mis-encoded)."""
    return json.dumps(_mojibake(value), indent=2, ensure_ascii=True).encode("ascii")


def x_json(value: Any) -> str:
    """X's pretty printing: 2-space indent, `" : "` separators, literal UTF-8."""
    return json.dumps(value, indent=2, separators=(",", " : "), ensure_ascii=False)


def _quote(field: str, backslash: bool) -> str:
    if not any(c in field for c in ',"\n\r'):
        return field
    escaped = field.replace('"', '\\"' if backslash else '""')
    return f'"{escaped}"'


def csv_text(header: list[str], rows: list[list[str]], *, backslash: bool = False) -> str:
    """LinkedIn's CSV: quoted only where needed; Comments.csv escapes quotes as \\"."""
    lines = [",".join(_quote(c, backslash) for c in row) for row in [header, *rows]]
    return "\n".join(lines) + "\n"
