"""End-to-end command line: `overshare scan` as a user runs it (a real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT

DEMO_X = ROOT / "resources" / "demo" / "x-archive"


def overshare(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_version() -> None:
    out = overshare("--version")
    assert out.returncode == 0 and out.stdout.startswith("overshare ")


def test_scan_summary_on_demo_archive() -> None:
    out = overshare("scan", DEMO_X)
    assert out.returncode == 0, out.stderr
    assert "robin_demo" in out.stdout
    rows = [line.split() for line in out.stdout.splitlines() if line.strip()]
    lines = {tuple(r[:2]): r[-1] for r in rows}
    assert lines[("x", "post")] == "3"
    assert lines[("x", "ai_chat")] == "2"
    assert lines[("x", "like_or_reaction")] == "3"


def test_scan_json_inventory() -> None:
    out = overshare("scan", DEMO_X, "--format", "json")
    assert out.returncode == 0
    inv = json.loads(out.stdout)
    assert inv["complete"] is True
    assert inv["items"]["x"]["message"] == 2
    assert inv["accounts"][0]["handle"] == "robin_demo"
    statuses = {f["member"]: f["status"] for f in inv["files"]}
    assert statuses["data/tweets.js"] == "read"


def test_scan_jsonl_items_have_required_fields() -> None:
    out = overshare("scan", DEMO_X, "--format", "jsonl")
    assert out.returncode == 0
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 35
    for row in rows:
        for key in ("platform", "kind", "id", "created_at", "visibility", "text", "source"):
            assert key in row
    post = next(r for r in rows if r["kind"] == "repost")
    assert post["created_at"] == "2024-03-18T17:02:11+00:00"
    assert post["source"]["member"] == "data/tweets.js"
    assert len({r["id"] for r in rows}) == len(rows)


def test_scan_public_x_sample(public_fixtures: Path) -> None:
    out = overshare("scan", public_fixtures / "x" / "twitter-milahu104", "--format", "json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)["items"]["x"]
    assert items["like_or_reaction"] == 6708


def test_scan_exit_codes(tmp_path: Path) -> None:
    missing = overshare("scan", tmp_path / "nope.zip")
    assert missing.returncode == 2 and "nope.zip does not exist" in missing.stderr
    usage = overshare("scan")
    assert usage.returncode == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("hello")
    nothing = overshare("scan", empty)
    assert nothing.returncode == 3
    assert "No X, LinkedIn, Facebook or Instagram data was found in empty" in nothing.stderr
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    bad = overshare("scan", junk)
    assert bad.returncode == 3
    assert "junk.zip" in bad.stderr and "Traceback" not in bad.stderr


def test_damaged_archive_reports_file_and_keeps_the_rest(tmp_path: Path) -> None:
    archive = tmp_path / "twitter-2026-01-01-abc.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted((DEMO_X / "data").iterdir()):
            if f.name != "like.js":
                zf.write(f, f"data/{f.name}")
        zf.writestr("data/like.js", "window.YTD.like.part0 = [ { broken")
        zf.writestr("../evil.js", "window.YTD.tweets.part0 = []")
    out = overshare("scan", archive, "--format", "json")
    assert out.returncode == 0
    inv = json.loads(out.stdout)
    failed = {f["member"]: f["reason"] for f in inv["files"] if f["status"] == "failed"}
    assert any("../evil.js" in m for m in failed)
    assert "outside the archive" in " ".join(failed.values())
    assert inv["items"]["x"]["post"] == 3  # tweets still imported
