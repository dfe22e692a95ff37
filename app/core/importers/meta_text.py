"""Repair of Meta's export text encoding ("mojibake").

Facebook and Instagram write every string as its UTF-8 bytes, each byte escaped as a \\u00XX code
point: "Holbæk" arrives as "HolbÃ¦k" after JSON parsing. Re-encoding as Latin-1 and decoding as
UTF-8 restores it. A string that is already correct either holds a character above U+00FF (cannot
be Latin-1) or is not valid UTF-8 once re-encoded; both are left alone, so repairing twice is
harmless and correct text is never damaged.
"""

from __future__ import annotations

from typing import Any


def fix(s: str) -> str:
    """Undo Meta's double encoding of one string; leave correct text unchanged."""
    if s.isascii():
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def fix_opt(value: object) -> str:
    """`fix` for a value that may be missing or not a string ("" then)."""
    if isinstance(value, str):
        return fix(value)
    if value is None or isinstance(value, dict | list):
        return ""
    return str(value)


def fix_deep(obj: Any) -> Any:
    """Repair every string (dict keys included) in a parsed JSON value."""
    if isinstance(obj, str):
        return fix(obj)
    if isinstance(obj, list):
        return [fix_deep(v) for v in obj]
    if isinstance(obj, dict):
        return {fix(k) if isinstance(k, str) else k: fix_deep(v) for k, v in obj.items()}
    return obj
