"""`overshare report` end to end: formats, --redacted, --demo, --setting, overwrite safety."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.core.report.fixture import MARK


def test_demo_json_with_recorded_optout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.json"
    rc = main(
        [
            "report",
            "--demo",
            "--region",
            "EU",
            "--setting",
            "x.grok_data_sharing=off@2025-01-10",
            "-o",
            str(out),
        ]
    )
    assert rc == 0
    data = json.loads(out.read_bytes())
    assert data["report"]["summary"]["total_items"] == len(data["items"]) >= 28
    grok = next(c for c in data["report"]["checklist"] if c["key"] == "x.grok_data_sharing")
    assert grok["state"] == "done" and grok["changed"] == "2025-01-10"
    assert f"{len(data['items']):,} items" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["demo.json"]  # no temp file left


def test_overwrite_needs_force(marker_archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    out.write_text("keep me")
    assert main(["report", str(marker_archive), "-o", str(out)]) == 2
    assert out.read_text() == "keep me"
    assert main(["report", str(marker_archive), "-o", str(out), "--force", "--redacted"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("platform,kind,created_at") and MARK not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([marker_archive.name, "r.csv"])


def test_bad_suffix_and_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--demo", "-o", str(tmp_path / "r.docx")]) == 2
    assert ".html, .pdf, .csv or .json" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "nope.zip"), "-o", str(tmp_path / "r.html")]) == 2
    assert main(["report", "-o", str(tmp_path / "r.html")]) == 2
    assert list(tmp_path.iterdir()) == []


def test_html_and_pdf_from_cli(marker_archive: Path, tmp_path: Path) -> None:
    for suffix in ("html", "pdf"):
        out = tmp_path / f"r.{suffix}"
        assert main(["report", str(marker_archive), "-o", str(out), "--region", "US"]) == 0
        assert out.stat().st_size > 1000
