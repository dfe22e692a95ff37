"""The many date formats of LinkedIn CSVs (archive-formats.md §2.3) → aware UTC datetimes.

Only strings that say UTC or GMT are known to be UTC; the others are read as UTC too and the
caller marks the item with attrs["date_tz_assumed"]. Partial dates ("Mar 2024", "2017") become
the first day of the period. A birthday without a year ("Mar 31") is not a date: None.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import lru_cache

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_TZ = re.compile(r"\s*\(?\b(UTC|GMT|Z)\b\)?\s*", re.IGNORECASE)
_PROSE = re.compile(r"\bon\s+(.+?\d{4}(?:\s+at\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?)", re.IGNORECASE)
# 2024-03-05 14:22:01(.0) / 2024/12/15 08:53:43 / 2024-03-05T14:22:01 / 2024-03-05
_YMD = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
# 3/5/24, 2:22 PM / 11/26/24 01:32 PM / 1/14/2020 12:13
_MDY = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{2,4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$",
    re.IGNORECASE,
)
# 05 Mar 2024 / Mar 2024 / Mar 5, 2024 / March 9, 2026 at 2:58 PM / Sat Dec 14 08:57:55 2024
_WORDS = re.compile(
    r"^(?:[A-Za-z]{3},?\s+)??(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?(?:\s+(\d{1,2}))?,?"
    r"(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s+(\d{4}))?(?:,?\s+(?:at\s+)?"
    r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(\d{4})$")
_FAST_TAILS = {"": True, ".0": True, " UTC": False, " GMT": False}  # → UTC assumed


def _hour(h: str | None, ampm: str | None) -> int:
    hour = int(h or 0)
    if ampm:
        pm = ampm.upper() == "PM"
        hour = hour % 12 + (12 if pm else 0)
    return hour


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n  # two-digit years: LinkedIn has none before 2003


def _build(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> datetime | None:
    try:
        return datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    except ValueError:
        return None


def parse_date(value: str) -> tuple[datetime | None, bool]:
    """(aware UTC datetime or None, whether UTC was assumed rather than stated)."""
    # fast path: "2024-12-16 18:24:37" with or without " UTC" (messages, shares, reactions)
    if len(value) >= 19 and value[10] == " " and value[13] == ":" and value[4] == "-":
        assumed = _FAST_TAILS.get(value[19:])
        if assumed is not None:
            try:
                return datetime.fromisoformat(value[:19] + "+00:00"), assumed
            except ValueError:
                pass
    return _parse_slow(value)


@lru_cache(maxsize=4096)  # other formats repeat a lot (day-only dates: "16 Dec 2024")
def _parse_slow(value: str) -> tuple[datetime | None, bool]:
    s = value.strip()
    if not s:
        return None, False
    if len(s) != len(value):
        return parse_date(s)  # the fast path may fit now
    if " - " in s:  # event ranges: take the start
        s = s.split(" - ", 1)[0].strip()
    prose = _PROSE.search(s) if len(s) > 40 or " on " in s else None
    stated = bool(_TZ.search(s))
    if s.endswith("Z") and s[-2:-1].isdigit():
        s, stated = s[:-1], True
    if prose:
        s = prose.group(1)
    dt = _parse_plain(_TZ.sub(" ", s).strip())
    return dt, dt is not None and not stated


def _parse_plain(s: str) -> datetime | None:
    if m := _YMD.match(s):
        y, mo, d, h, mi, sec = m.groups()
        return _build(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(sec or 0))
    if m := _MDY.match(s):
        mo, d, y, h, mi, sec, ampm = m.groups()
        return _build(_year(y), int(mo), int(d), _hour(h, ampm), int(mi or 0), int(sec or 0))
    if m := _YEAR.match(s):
        return _build(int(m.group(1)), 1, 1)
    if m := _WORDS.match(s):
        d1, mon, d2, h1, mi1, s1, y, h2, mi2, s2, ampm = m.groups()
        month = _MONTHS.get(mon[:3].lower())
        if month is None or y is None:
            return None  # "Mar 31": a birthday without a year
        day = int(d1 or d2 or 1)
        if h1 is not None:
            return _build(int(y), month, day, int(h1), int(mi1), int(s1 or 0))
        return _build(int(y), month, day, _hour(h2, ampm), int(mi2 or 0), int(s2 or 0))
    return None
