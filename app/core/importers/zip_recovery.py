"""Read a zip whose central directory is missing (a truncated download) from its local headers."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

_LOCAL = b"PK\x03\x04"
_DESCRIPTOR = b"PK\x07\x08"
_HEADER = struct.Struct("<4sHHHHHIIIHH")
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class RecoveredEntry:
    name: str
    method: int
    data_offset: int
    compressed: int  # -1 when the entry is cut off
    size: int
    crc: int | None
    encrypted: bool


def _zip64_sizes(extra: bytes, usize: int, csize: int) -> tuple[int, int]:
    i = 0
    while i + 4 <= len(extra):
        tag, ln = struct.unpack_from("<HH", extra, i)
        if tag == 1:
            vals = extra[i + 4 : i + 4 + ln]
            j = 0
            if usize == 0xFFFFFFFF and j + 8 <= len(vals):
                usize = struct.unpack_from("<Q", vals, j)[0]
                j += 8
            if csize == 0xFFFFFFFF and j + 8 <= len(vals):
                csize = struct.unpack_from("<Q", vals, j)[0]
            break
        i += 4 + ln
    return usize, csize


def _inflate_extent(fp: BinaryIO, offset: int) -> tuple[int, int] | None:
    """(compressed, uncompressed) lengths of a deflate stream, or None when it is cut off."""
    fp.seek(offset)
    d = zlib.decompressobj(-15)
    fed = out = 0
    while not d.eof:
        chunk = fp.read(_CHUNK)
        if not chunk:
            return None
        fed += len(chunk)
        try:
            out += len(d.decompress(chunk))
        except zlib.error:
            return None
    return fed - len(d.unused_data), out


def scan_local_headers(fp: BinaryIO) -> Iterator[RecoveredEntry]:
    """Yield every entry reachable from the start; a cut-off last entry has compressed == -1."""
    fp.seek(0, io.SEEK_END)
    end = fp.tell()
    pos = 0
    while pos + _HEADER.size <= end:
        fp.seek(pos)
        raw = fp.read(_HEADER.size)
        sig, _ver, flags, method, _t, _d, crc, csize, usize, nlen, xlen = _HEADER.unpack(raw)
        if sig != _LOCAL:
            return
        name_b = fp.read(nlen)
        extra = fp.read(xlen)
        name = name_b.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
        usize, csize = _zip64_sizes(extra, usize, csize)
        data_offset = pos + _HEADER.size + nlen + xlen
        encrypted = bool(flags & 0x1)
        if flags & 0x8:  # sizes follow the data in a descriptor
            extent = _inflate_extent(fp, data_offset) if method == 8 and not encrypted else None
            if extent is None:
                yield RecoveredEntry(name, method, data_offset, -1, usize, None, encrypted)
                return
            csize, usize = extent
            fp.seek(data_offset + csize)
            sig4 = fp.read(4)
            skip = 16 if sig4 == _DESCRIPTOR else 12
            yield RecoveredEntry(name, method, data_offset, csize, usize, None, encrypted)
            pos = data_offset + csize + skip
            continue
        if data_offset + csize > end:
            yield RecoveredEntry(name, method, data_offset, -1, usize, crc, encrypted)
            return
        yield RecoveredEntry(name, method, data_offset, csize, usize, crc, encrypted)
        pos = data_offset + csize


class _RecoveredReader(io.RawIOBase):
    def __init__(self, fp: BinaryIO, entry: RecoveredEntry) -> None:
        self._fp = fp
        self._entry = entry
        self._pos = entry.data_offset
        self._left = entry.compressed if entry.compressed >= 0 else None
        self._inflater = zlib.decompressobj(-15) if entry.method == 8 else None
        self._pending = b""
        self._crc = 0
        self._out = 0  # bytes produced so far, checked against the declared size
        self._done = False

    def readable(self) -> bool:
        return True

    def _raw(self, n: int) -> bytes:
        if self._left is not None:
            n = min(n, self._left)
        if n <= 0:
            return b""
        self._fp.seek(self._pos)
        data = self._fp.read(n)
        self._pos += len(data)
        if self._left is not None:
            self._left -= len(data)
        return data

    def _next_block(self) -> bytes:
        """The next piece of output; inflation is capped at one chunk per call."""
        inflater = self._inflater
        if inflater is None:
            raw = self._raw(_CHUNK)
            if not raw:
                self._finish(cut=self._entry.compressed < 0)
            return raw
        tail = inflater.unconsumed_tail
        raw = tail or self._raw(_CHUNK)
        if not raw:
            self._finish(cut=not inflater.eof)
            return b""
        out = inflater.decompress(raw, _CHUNK)
        if inflater.eof:
            self._done = True
        return out

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending and not self._done:
            block = self._next_block()
            self._crc = zlib.crc32(block, self._crc)
            self._out += len(block)
            known = self._entry.size > 0 or self._entry.compressed >= 0  # cut: size unknown
            if known and self._out > self._entry.size:
                raise EOFError("the data is larger than its header says (a possible zip bomb)")
            if self._done and self._entry.crc is not None and self._crc != self._entry.crc:
                raise EOFError("CRC check failed")
            self._pending = block
        n = min(len(b), len(self._pending))
        b[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _finish(self, cut: bool) -> None:
        self._done = True
        if cut:
            raise EOFError("the file is cut off")


def open_recovered(fp: BinaryIO, entry: RecoveredEntry) -> BinaryIO:
    if entry.method not in (0, 8):
        raise NotImplementedError(f"compression method {entry.method} is not supported")
    return io.BufferedReader(_RecoveredReader(fp, entry), buffer_size=_CHUNK)
