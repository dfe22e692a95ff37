"""Element-by-element reading of a top-level JSON array (optionally behind `window.X = `).

Pretty-printed exports put a raw newline plus a fixed indent before each top-level element's
closing bracket; raw newlines cannot occur inside JSON strings, so that pattern is a safe split
point. Slices of whole elements are parsed with orjson, so memory stays near one chunk. Compact
one-line files are parsed whole (bounded by `max_whole`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

import orjson

from app.core.errors import FormatError

# Each slice is parsed in one orjson call, which holds the GIL: 512 KiB keeps that to a few
# ms (4 MiB took 20-50 ms, a visible GUI stall) and is faster overall (cache-sized slices).
CHUNK = 512 << 10
_WS = b" \t\r\n"


def _skip_prefix(buf: bytes, js_prefix: bool, label: str) -> bytes:
    if js_prefix:
        eq = buf.find(b"=")
        if eq < 0:
            raise FormatError(f"{label} does not start with a 'window.… =' assignment.")
        buf = buf[eq + 1 :]
    if buf.startswith(b"\xef\xbb\xbf"):
        buf = buf[3:]
    return buf.lstrip(_WS)


def _element_indent(buf: bytes) -> bytes | None:
    """The whitespace (newline + indent) before the first element, if pretty-printed."""
    i = 1
    while i < len(buf) and buf[i] in _WS:
        i += 1
    ws = buf[1:i]
    if i >= len(buf):
        return None
    nl = ws.rfind(b"\n")
    if nl < 0:
        # `[ {` on one line (2019 exports): elements then close at column 0, `\n}, {`.
        return b"\n" if buf[i : i + 1] == b"{" and b"\n" in buf[i:] else None
    return b"\n" + ws[nl + 1 :]


def _parse(data: bytes, label: str) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise FormatError(f"{label} is not valid JSON ({exc}).") from exc


def iter_array(
    fp: BinaryIO,
    label: str,
    *,
    js_prefix: bool = False,
    max_whole: int = 512 << 20,
    chunk: int = CHUNK,
) -> Iterator[Any]:
    """Yield each element of the file's top-level array; a top-level object is yielded as is."""
    head = fp.read(chunk)
    while len(head) < 4096:  # enough to see the prefix and the first element's indent
        more = fp.read(chunk)
        if not more:
            break
        head += more
    buf = _skip_prefix(head, js_prefix, label)
    if not buf:
        return
    if buf[:1] != b"[":
        yield from _whole(buf, fp, label, max_whole, array=False)
        return
    indent = _element_indent(buf)
    if indent is None:
        yield from _whole(buf, fp, label, max_whole, array=True)
        return
    close = indent + b"}"
    close_arr = indent + b"]" if len(indent) > 1 else close
    pending = buf[1:]  # after the opening bracket
    eof = False
    while True:
        cut = max(pending.rfind(close), pending.rfind(close_arr))
        if cut >= 0 and not eof:
            end = cut + len(close)
            body, pending = pending[:end], pending[end:]
            yield from _parse(b"[" + body.strip(_WS) + b"]", label)
            pending = pending.lstrip(_WS)
            if pending.startswith(b","):
                pending = pending[1:]
        if eof:
            break
        data = fp.read(chunk)
        if not data:
            eof = True
            tail = pending.rstrip(_WS)
            if tail.endswith(b";"):
                tail = tail[:-1].rstrip(_WS)
            if not tail.endswith(b"]"):
                raise FormatError(f"{label} ends before its list is closed (truncated?).")
            body = tail[:-1].strip(_WS)
            if body:
                yield from _parse(b"[" + body + b"]", label)
            break
        pending += data


def _whole(buf: bytes, fp: BinaryIO, label: str, max_whole: int, array: bool) -> Iterator[Any]:
    parts = [buf]
    size = len(buf)
    while True:
        data = fp.read(CHUNK)
        if not data:
            break
        size += len(data)
        if size > max_whole:
            raise FormatError(f"{label} is a single {size:,}+ byte line, too large to read.")
        parts.append(data)
    data = b"".join(parts).rstrip(_WS)
    if data.endswith(b";"):
        data = data[:-1]
    value = _parse(data, label)
    if array and isinstance(value, list):
        yield from value
    else:
        yield value


def load_js(data: bytes, label: str) -> Any:
    """Parse a whole small `window.X = …` file (manifest, account) or plain JSON."""
    body = _skip_prefix(data, data.lstrip(_WS)[:1] not in (b"[", b"{"), label).rstrip(_WS)
    if body.endswith(b";"):
        body = body[:-1]
    if not body:
        return None
    return _parse(body, label)
