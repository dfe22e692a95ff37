"""Hostile and damaged archives, end to end through ImportJob with an X archive inside."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from app.core.importers.sources import Limits
from app.core.importing import ImportJob
from app.core.models import FileStatus, Inventory

from .x_fixtures import js, tweet

GOOD = {
    "Your archive.html": b"<html></html>",
    "data/tweets.js": js("tweets.part0", [tweet("1"), tweet("2")]),
    "data/like.js": js("like.part0", [{"like": {"tweetId": str(i)}} for i in range(50)]),
}


def build(path: Path, extra: list[tuple[zipfile.ZipInfo | str, bytes]] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in GOOD.items():
            zf.writestr(name, data)
        for info, data in extra or []:
            zf.writestr(info, data)
    return path


def run(path: Path, limits: Limits | None = None) -> Inventory:
    job = ImportJob([path], limits=limits)
    job.run()
    return job.inventory


def good_files_imported(inv: Inventory) -> bool:
    counts = {k: n for (_, k), n in inv.kind_counts.items()}
    return counts.get("post") == 2 and counts.get("like_or_reaction") == 50


def failed(inv: Inventory) -> list[str]:
    return [f.reason for f in inv.files_with(FileStatus.FAILED)]


def set_flag(path: Path, name: str, bit: int) -> None:
    """Set a general-purpose flag bit in both headers of one member (zipfile won't)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    data[info.header_offset + 6] |= bit
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos + 1)) > 0:
        nlen = int.from_bytes(data[pos + 28 : pos + 30], "little")
        if data[pos + 46 : pos + 46 + nlen] == name.encode():
            data[pos + 8] |= bit
    path.write_bytes(bytes(data))


def test_path_traversal_absolute_and_symlink_members(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("data/block.js")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    z = build(tmp_path / "a.zip", [
        (zipfile.ZipInfo("../evil.js"), b"window.YTD.like.part0 = [ ]"),
        (zipfile.ZipInfo("/etc/owned.js"), b"window.YTD.like.part0 = [ ]"),
        (link, b"/etc/passwd"),
    ])  # fmt: skip
    inv = run(z)
    reasons = failed(inv)
    assert "a.zip: ../evil.js points outside the archive (..); it was not read." in reasons
    assert "a.zip: /etc/owned.js has an absolute path; it was not read." in reasons
    assert "a.zip: data/block.js is a symbolic link; it was not read." in reasons
    assert good_files_imported(inv)


def test_encrypted_member(tmp_path: Path) -> None:
    z = build(tmp_path / "a.zip", [("data/mute.js", js("mute.part0", []))])
    set_flag(z, "data/mute.js", 0x1)
    inv = run(z)
    assert failed(inv) == ["a.zip: data/mute.js is encrypted with a password; it was not read."]
    assert good_files_imported(inv)


def test_zip_bomb_member(tmp_path: Path) -> None:
    bomb = b"window.YTD.follower.part0 = [" + b" " * 400_000 + b"]"
    z = build(tmp_path / "a.zip", [("data/follower.js", bomb)])
    inv = run(z, Limits(max_ratio=50, ratio_floor=100_000))
    [reason] = failed(inv)
    assert reason.startswith("a.zip: data/follower.js expands ")
    assert "a likely zip bomb" in reason and reason.endswith("it was not read.")
    assert good_files_imported(inv)


def test_truncated_zip_recovers_earlier_members(tmp_path: Path) -> None:
    tail = js("follower.part0", [{"follower": {"accountId": f"{i:08d}x"}} for i in range(3000)])
    z = build(tmp_path / "twitter-cut.zip", [("data/follower.js", tail)])
    data = z.read_bytes()
    with zipfile.ZipFile(z) as zf:
        start = zf.getinfo("data/follower.js").header_offset
    z.write_bytes(data[: start + (len(data) - start) // 2])  # cut inside the last member
    # a low ratio floor: the cut member's unknown compressed length is not taken for a bomb
    for limits in (None, Limits(ratio_floor=10_000)):
        inv = run(z, limits)
        assert any("twitter-cut.zip is damaged" in w for w in inv.warnings)
        assert good_files_imported(inv)
        [reason] = failed(inv)
        assert "data/follower.js" in reason and "cut off" in reason


def test_corrupt_member_reported_others_import(tmp_path: Path) -> None:
    big = js("follower.part0", [{"follower": {"accountId": str(i * 7919)}} for i in range(2000)])
    z = build(tmp_path / "a.zip", [("data/follower.js", big)])
    with zipfile.ZipFile(z) as zf:
        info = zf.getinfo("data/follower.js")
    data = bytearray(z.read_bytes())
    mid = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    for i in range(mid, mid + 16):
        data[i] ^= 0xFF
    z.write_bytes(bytes(data))
    inv = run(z)
    assert good_files_imported(inv)
    [reason] = failed(inv)
    assert reason.startswith("a.zip: data/follower.js ") and (
        "damaged" in reason or "could not be decompressed" in reason
    )


def test_recovered_member_larger_than_declared(tmp_path: Path) -> None:
    body = js("follower.part0", [{"follower": {"accountId": str(i)}} for i in range(500)])
    z = build(tmp_path / "a.zip", [("data/follower.js", body)])
    with zipfile.ZipFile(z) as zf:
        info = zf.getinfo("data/follower.js")
    data = bytearray(z.read_bytes())
    at = info.header_offset + 22  # local header: uncompressed size says 100 bytes
    data[at : at + 4] = (100).to_bytes(4, "little")
    cd = data.rfind(b"PK\x01\x02")
    z.write_bytes(bytes(data[:cd]))  # drop the central directory: local headers are read
    inv = run(z)
    [reason] = failed(inv)
    assert "data/follower.js" in reason and "larger than its header says" in reason
    assert good_files_imported(inv)


def test_not_a_zip(tmp_path: Path) -> None:
    fake = tmp_path / "twitter-2026.zip"
    fake.write_bytes(b"this is a text file, not a zip\n" * 10)
    inv = run(fake)
    assert inv.errors == ["twitter-2026.zip is not a zip file or is too damaged to read."]
    assert inv.total_items == 0
