"""The demo archives import through the real importers with the expected counts, and the
bundled copy under resources/demo/ equals a fresh generation byte for byte."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from app.core.demo import FOLDERS, demo_files, write_demo_archives
from app.core.importing import ImportJob
from app.core.models import FileStatus, Item
from app.core.paths import demo_dir

EXPECTED: dict[str, dict[tuple[str, str], int]] = {
    "x-archive": {
        ("x", "post"): 3, ("x", "repost"): 1, ("x", "reply"): 1, ("x", "quote"): 1,
        ("x", "like_or_reaction"): 3, ("x", "message"): 2, ("x", "group_message"): 2,
        ("x", "ai_chat"): 2, ("x", "account_fact"): 2, ("x", "profile_field"): 4,
        ("x", "connection_or_follow"): 3, ("x", "block_or_mute"): 2, ("x", "inference"): 6,
        ("x", "ad_interaction"): 1, ("x", "connected_app"): 1, ("x", "search_query"): 1,
    },
    "linkedin-export": {
        ("linkedin", "post"): 5, ("linkedin", "comment"): 2, ("linkedin", "like_or_reaction"): 2,
        ("linkedin", "poll_answer"): 1, ("linkedin", "message"): 2,
        ("linkedin", "group_message"): 1, ("linkedin", "ai_chat"): 2,
        ("linkedin", "connection_or_follow"): 5, ("linkedin", "profile_field"): 13,
        ("linkedin", "account_fact"): 2, ("linkedin", "inference"): 9,
        ("linkedin", "bookmark_or_save"): 1, ("linkedin", "photo"): 1,
        ("linkedin", "search_query"): 1, ("linkedin", "screening_answer"): 1,
    },
    "facebook-export": {
        ("facebook", "post"): 5, ("facebook", "group_post"): 1, ("facebook", "comment"): 2,
        ("facebook", "like_or_reaction"): 2, ("facebook", "message"): 2,
        ("facebook", "group_message"): 2, ("facebook", "ai_chat"): 4,
        ("facebook", "profile_field"): 9, ("facebook", "connection_or_follow"): 2,
        ("facebook", "bookmark_or_save"): 1, ("facebook", "search_query"): 1,
        ("facebook", "off_platform_activity"): 2, ("facebook", "inference"): 1,
    },
    "instagram-export": {
        ("instagram", "post"): 6, ("instagram", "story"): 1, ("instagram", "reel"): 1,
        ("instagram", "comment"): 2, ("instagram", "like_or_reaction"): 2,
        ("instagram", "bookmark_or_save"): 1, ("instagram", "message"): 2,
        ("instagram", "ai_chat"): 4, ("instagram", "profile_field"): 6,
        ("instagram", "connection_or_follow"): 3, ("instagram", "search_query"): 1,
        ("instagram", "inference"): 1, ("instagram", "ad_interaction"): 1,
        ("threads", "post"): 2,
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ImportJob]:
    dest = tmp_path_factory.mktemp("demo")
    jobs = {}
    for path in write_demo_archives(dest):
        job = ImportJob([path])
        job.run()
        jobs[path.name] = job
    return jobs


@pytest.mark.parametrize("folder", FOLDERS)
def test_each_archive_imports_with_exact_counts(
    imported: dict[str, ImportJob], folder: str
) -> None:
    inv = imported[folder].inventory
    assert inv.complete and not inv.errors and not inv.warnings
    assert dict(inv.kind_counts) == EXPECTED[folder]
    assert not inv.files_with(FileStatus.FAILED) and not inv.files_with(FileStatus.UNKNOWN)


def _items(folder: Path) -> list[Item]:
    return ImportJob([folder]).run()


def test_public_and_private_items_before_and_after_policy_dates(tmp_path: Path) -> None:
    items = [it for p in write_demo_archives(tmp_path) for it in _items(p)]
    vis = Counter((it.platform.value, it.visibility.value) for it in items)
    for platform in ("x", "linkedin", "facebook", "instagram"):
        assert vis[(platform, "public")] and vis[(platform, "private")], platform
    dates = {"x": ["2023-09-29", "2024-05-07", "2024-08-01", "2024-11-15"],
             "linkedin": ["2024-09-18", "2025-11-03"],
             "facebook": ["2023-09-01", "2024-09-01", "2025-05-27", "2025-12-16"],
             "instagram": ["2023-09-01", "2024-09-01", "2025-05-27", "2025-12-16"]}  # fmt: skip
    content = {"post", "repost", "reply", "quote"}
    for platform, cuts in dates.items():
        when = [
            it.created_at.date().isoformat()
            for it in items
            if it.platform.value == platform and it.kind.value in content and it.created_at
        ]
        for cut in cuts:
            assert min(when) < cut < max(when), (platform, cut)
    ai = Counter(it.platform.value for it in items if it.kind.value == "ai_chat")
    assert ai["x"] and ai["facebook"] and ai["instagram"]


def test_meta_text_is_misencoded_in_the_file_and_repaired_on_import(tmp_path: Path) -> None:
    fb = write_demo_archives(tmp_path)[2]
    raw = (fb / "connections/friends/your_friends.json").read_bytes()
    assert b"Am\\u00c3\\u00a9lie" in raw and "Amélie".encode() not in raw
    texts = {it.text for it in _items(fb)}
    assert "Amélie Dubois" in texts and "New year, new seed library shelves 🌱" in texts


def test_generation_is_deterministic() -> None:
    assert demo_files() == demo_files()


def test_bundled_demo_equals_a_fresh_generation() -> None:
    """Run `python tools/make_demo.py` when this fails after a generator change."""
    fresh = demo_files()
    root = demo_dir()
    for folder in FOLDERS:
        on_disk = {
            p.relative_to(root / folder).as_posix(): p.read_bytes()
            for p in sorted((root / folder).rglob("*"))
            if p.is_file()
        }
        assert sorted(on_disk) == sorted(fresh[folder]), folder
        for rel, data in fresh[folder].items():
            assert on_disk[rel] == data, f"{folder}/{rel} differs from a fresh generation"
