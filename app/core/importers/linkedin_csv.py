"""LinkedIn's CSV dialect and its quirks (archive-formats.md §2.4), streamed row by row.

- a `Notes:` preamble before the header (Connections.csv, Member_Follows.csv): skipped up to
  the first blank line;
- backslash-escaped quotes (`\\"`) in Comments.csv: turned into doubled quotes line by line,
  so other backslashes stay as they are;
- a BOM (read as utf-8-sig), multi-line quoted fields (newline=""), header-only files;
- repeated column names (Ad_Targeting.csv): every position is kept;
- a row the csv module cannot parse is counted and skipped, and the first bad line is kept
  for the file's report; the rest of the file is still read.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

_NUMBERED = re.compile(r"[ _-]\(?\d{1,3}\)?$")


def file_key(name: str) -> str:
    """'Job Applicant Saved Screening Question Responses_2.csv' → 'jobapplicantsaved…responses'."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = _NUMBERED.sub("", stem.strip())
    return stem.lower().replace(" ", "").replace("_", "").replace("-", "")


def col_key(name: str) -> str:
    """Header names compared case-insensitively, ignoring spaces and underscores."""
    return name.strip().lower().replace(" ", "").replace("_", "")


class Header:
    """Column positions by name; a repeated name keeps all its positions."""

    def __init__(self, names: list[str]) -> None:
        self.names = [n.strip() for n in names]
        self.positions: dict[str, list[int]] = {}
        for i, n in enumerate(self.names):
            self.positions.setdefault(col_key(n), []).append(i)

    def index(self, *aliases: str) -> int:
        """Position of the first alias present, or -1."""
        for a in aliases:
            found = self.positions.get(col_key(a))
            if found:
                return found[0]
        return -1

    def has(self, *aliases: str) -> bool:
        return self.index(*aliases) >= 0


def cell(row: list[str], i: int) -> str:
    """The stripped value at position i of a CsvRows row; '' when the column is missing (-1)."""
    return row[i].strip()


class CsvRows:
    """Iterate (line number, row) of one member; header in .header after the first step."""

    def __init__(self, fp: BinaryIO, *, backslash_quotes: bool = False) -> None:
        self._text = io.TextIOWrapper(fp, encoding="utf-8-sig", newline="")
        self._backslash = backslash_quotes
        self.header: Header | None = None
        self.bad = 0
        self.first_bad: tuple[int, str] | None = None  # (line, reason)
        self.rows = 0
        self._offset = 0  # preamble lines skipped before the csv reader starts
        self._reader: Iterator[list[str]] | None = None

    def _lines(self) -> Iterable[str]:
        lines: Iterator[str] = iter(self._text)
        first = next(lines, None)
        if first is None:
            return ()
        if first.startswith("Notes:"):
            self._offset = 1
            for line in lines:
                self._offset += 1
                if not line.strip():
                    break
            return self._fix(lines)
        return self._fix(itertools.chain((first,), lines))

    def _fix(self, lines: Iterator[str]) -> Iterable[str]:
        if not self._backslash:
            return lines
        # str.replace in a C-level map: no Python frame per line, and a line without \" is
        # returned as is (not copied), so files without escaped quotes cost next to nothing.
        return map(str.replace, lines, itertools.repeat('\\"'), itertools.repeat('""'))

    @property
    def line(self) -> int:
        """Line number in the file of the last row read."""
        return self._offset + int(getattr(self._reader, "line_num", 0))

    def __iter__(self) -> Iterator[list[str]]:
        """Data rows, each padded to the header's width plus one trailing "", so that
        row[i] is safe for every header position and for -1 (a missing column)."""
        self._reader = reader = csv.reader(self._lines(), strict=True)
        width, count = 0, 0
        try:
            while True:
                try:
                    if self.header is None:
                        for row in reader:
                            self.header = Header(row)
                            width = len(self.header.names)
                            break
                        else:
                            return
                    for row in reader:
                        n = len(row)
                        if n == width:  # the usual case first
                            row.append("")
                        elif n <= 1 and (not n or not row[0].strip()) and width > 1:
                            continue  # blank line
                        elif n < width:
                            row.extend([""] * (width - n + 1))
                        else:
                            row.append("")
                        count += 1
                        yield row
                    return
                except csv.Error as exc:
                    self.bad += 1
                    if self.first_bad is None:
                        self.first_bad = (self.line, str(exc))
        finally:
            self.rows += count

    def __enter__(self) -> CsvRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self._text.detach()  # the caller closes the underlying stream


def clean_share_text(text: str) -> str:
    """Undo Shares.csv's per-line quote wrapping: `first."\\n""\\n"middle"\\n"last`.

    Only when every line follows the pattern; other text is returned as it is.
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    first, middle, last = lines[0], lines[1:-1], lines[-1]
    if not (first.endswith('"') and last.startswith('"')):
        return text
    if not all(len(m) >= 2 and m[0] == '"' and m[-1] == '"' for m in middle):
        return text
    out = [first[:-1], *(m[1:-1] for m in middle), last[1:]]
    return "\n".join(out).strip("\n")
