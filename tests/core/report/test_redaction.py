"""The share-safe edition reveals no item text, handle, name, id or URL of the user's content."""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from app.core.report import export_report, health_from_inventories
from tests.core.report.fixture import ID_MARKERS, MARK
from tests.core.report.helpers import load


def _all_bytes(path: Path) -> bytes:
    """The file, plus every deflated PDF stream inflated, plus pdftotext's text."""
    raw = path.read_bytes()
    parts = [raw]
    if raw.startswith(b"%PDF"):
        for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
            with contextlib.suppress(zlib.error):
                parts.append(zlib.decompress(m.group(1)))
        if shutil.which("pdftotext"):
            parts.append(
                subprocess.run(
                    ["pdftotext", str(path), "-"], capture_output=True, check=True
                ).stdout
            )
    return b"\n".join(parts)


def _leaks(blob: bytes) -> list[str]:
    low = blob.lower()
    found = [MARK] if MARK.lower().encode() in low else []
    return found + [m for m in ID_MARKERS if m.encode() in blob]


@pytest.mark.parametrize("fmt", ["html", "pdf", "csv", "json"])
def test_redacted_edition_has_no_marker(marker_archive: Path, tmp_path: Path, fmt: str) -> None:
    items, c, inv, _summary = load(marker_archive)
    assert len(items) >= 10
    kw = {"health": lambda: health_from_inventories([inv])}
    full = export_report([items], tmp_path / f"full.{fmt}", c, **kw)  # type: ignore[arg-type]
    red = export_report([items], tmp_path / f"red.{fmt}", c, redacted=True, **kw)  # type: ignore[arg-type]
    # The check can see markers: the full edition has them...
    assert MARK in _leaks(_all_bytes(full.path))
    # ...and the share-safe edition has none, in any byte.
    assert _leaks(_all_bytes(red.path)) == []
    assert red.report.summary.total_items == full.report.summary.total_items
