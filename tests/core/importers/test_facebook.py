"""Facebook importer: public fixtures in place (hand-counted) and synthetic exports per layout."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from app.core.importers.base import ImportContext, Importer
from app.core.importers.facebook import FacebookImporter
from app.core.importers.instagram import InstagramImporter
from app.core.importers.sources import ArchiveSource
from app.core.importing import ImportJob
from app.core.models import FileStatus, Inventory, Item, Visibility

MINER = "facebook/facebook-data-miner/tests/test_data"
HESTIA = "facebook/hestialabs-experiences/Facebook-fake-data"
ACT = "your_facebook_activity"


def run(importer: Importer, *paths: Path) -> tuple[list[Item], Inventory]:
    inv = Inventory()
    with ArchiveSource.open(list(paths)) as src:
        items = [it for batch in importer.iter_items(ImportContext(src, inv)) for it in batch]
    return items, inv


def kinds(items: list[Item]) -> Counter[str]:
    return Counter(f"{it.platform.value}:{it.kind.value}" for it in items)


def moji(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


def dump(value: Any) -> bytes:
    return json.dumps(value, indent=2).encode("ascii")  # \u00XX escapes, as Meta writes


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def thread(messages: list[tuple[str, int, str]], people: tuple[str, ...] = ("Me", "Ann")) -> bytes:
    return dump(
        {
            "participants": [{"name": moji(p)} for p in people],
            "messages": [
                {"sender_name": moji(s), "timestamp_ms": t, "content": moji(c)}
                for s, t, c in messages
            ],
            "title": moji(people[1]),
            "thread_path": "inbox/ann_123",
        }
    )


def test_data_miner_2020_partial_tree(public_fixtures: Path) -> None:
    items, inv = run(FacebookImporter(), public_fixtures / MINER)
    # Counted by hand from the files: friends.json lists 9 names; 1:1 threads (2 participants)
    # benedekelek 3 + foobar 15 + teflonmusk 6 + tokehal 5 (message_1) + 2 (message_2) = 31;
    # group threads marathon 9 (4 people) + teflonmuskfoobarandjohndoe 4 (4) +
    # tokehalfoobardonaldduckand2others 5 (6) = 18; profile: 15 filled fields (name, emails,
    # birthday, gender, previous_names, current_city, hometown, relationship,
    # previous_relationships, family_members, education, interested_in, blood_info, phone,
    # username) + 15 `pages` categories + 2 groups = 32 (registration time and URL are facts).
    assert kinds(items) == {
        "facebook:connection_or_follow": 9,
        "facebook:message": 31,
        "facebook:group_message": 18,
        "facebook:profile_field": 32,
    }
    assert inv.layouts["facebook"].startswith("2020")
    acc = inv.account(FacebookImporter.platform)
    assert (acc.display_name, acc.handle) == ("Jenő Rejtő", "habakkuk")
    friends = {it.text for it in items if it.kind.value == "connection_or_follow"}
    assert {"Tőke Hal", "Dér Dénes"} <= friends
    texts = {it.text for it in items if it.kind.value == "message"}
    assert "Lorem lorim.. foo bar 😡😡😡" in texts and "OUT! ❤" in texts
    assert all(it.visibility == Visibility.PRIVATE for it in items if "message" in it.kind.value)
    assert len({it.id for it in items}) == len(items)
    assert not inv.warnings  # messages are present: no end-to-end-encryption note
    assert {f.status for f in inv.files} == {FileStatus.READ}


def test_hestialabs_ads_and_off_facebook(public_fixtures: Path) -> None:
    items, inv = run(FacebookImporter(), public_fixtures / HESTIA)
    # Counted with len() of each wrapper list: custom_audiences_all_types_v2 70 +
    # custom_audiences_v2 55 + topics_v2 8 = 133 inferences; history_v2 63 ad clicks;
    # installed_apps_v2 124; app_posts_v2 92; off_facebook_activity_v2: 79 businesses with
    # 1,804 events in total (one item per event).
    assert kinds(items) == {
        "facebook:inference": 133,
        "facebook:ad_interaction": 63,
        "facebook:connected_app": 124,
        "facebook:post": 92,
        "facebook:off_platform_activity": 1804,
    }
    assert inv.layouts["facebook"].startswith("2021")
    assert "Épicerie" in {it.text for it in items}
    assert any("end-to-end encrypted" in w for w in inv.warnings)
    assert len({it.id for it in items}) == len(items)  # repeated identical records get #2


def _export_2024(root: str = "") -> dict[str, bytes]:
    posts = [
        {
            "timestamp": 1700000000,
            "data": [{"post": moji("Grüße aus Köln 🎉")}, {}],
            "title": moji("Bénch a partagé un lien."),
            "attachments": [{"data": [{"external_context": {"url": "https://example.org"}}]}],
        },
        {
            "timestamp": 1700000100,
            "data": [{"update_timestamp": 1700000200}],
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": f"{ACT}/posts/media/a.jpg",
                                "description": "A photo caption",
                            }
                        }
                    ]
                }
            ],
            "audience": "Public",
        },
    ]
    return {
        f"{root}{ACT}/posts/your_posts__check_ins__photos_and_videos_1.json": dump(posts),
        f"{root}{ACT}/comments_and_reactions/comments.json": dump(
            {
                "comments_v2": [
                    {
                        "timestamp": 1700000300,
                        "title": "x",
                        "data": [
                            {
                                "comment": {
                                    "timestamp": 1700000300,
                                    "comment": "Nice",
                                    "author": "Me",
                                }
                            }
                        ],
                    }
                ]
            }
        ),
        f"{root}{ACT}/comments_and_reactions/likes_and_reactions_1.json": dump(
            [{"timestamp": 1700000400, "title": "t", "data": [{"reaction": {"reaction": "LIKE"}}]}]
        ),
        f"{root}{ACT}/messages/inbox/ann_123/message_1.json": thread(
            [("Ann", 1700000600000, "hej"), ("Me", 1700000500000, "hi")]
        ),
        f"{root}{ACT}/messages/inbox/ann_123/photos/p.jpg": b"\xff\xd8",
        f"{root}{ACT}/search/your_search_history.json": dump(
            {"searches_v2": [{"timestamp": 1700000700, "data": [{"text": "café"}], "title": "x"}]}
        ),
        f"{root}personal_information/profile_information/profile_information.json": dump(
            {"profile_v2": {"name": {"full_name": moji("Bénch")}, "username": "bench"}}
        ),
        f"{root}connections/friends/your_friends.json": dump(
            {"friends_v2": [{"name": "Ann", "timestamp": 1600000000}]}
        ),
    }


def test_2024_layout_zip(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "facebook-bench-2026-01-01-abc.zip", _export_2024())
    items, inv = run(FacebookImporter(), z)
    assert inv.layouts["facebook"].startswith("2024")
    assert kinds(items) == {
        "facebook:post": 2,
        "facebook:comment": 1,
        "facebook:like_or_reaction": 1,
        "facebook:message": 2,
        "facebook:search_query": 1,
        "facebook:profile_field": 2,
        "facebook:connection_or_follow": 1,
    }
    post = next(it for it in items if it.kind.value == "post" and it.target)
    assert post.text == "Grüße aus Köln 🎉" and post.attrs["title"] == "Bénch a partagé un lien."
    assert post.visibility == Visibility.UNKNOWN and post.visibility_basis
    photo_post = next(it for it in items if it.kind.value == "post" and it.media)
    assert photo_post.text == "A photo caption" and photo_post.visibility == Visibility.PUBLIC
    assert "café" in {it.text for it in items}


def test_multi_part_zips_and_folder_of_zips_import_once(tmp_path: Path) -> None:
    files = _export_2024()
    part1 = {k: v for k, v in files.items() if "messages" not in k}
    part1[f"{ACT}/messages/inbox/ann_123/message_1.json"] = files[
        f"{ACT}/messages/inbox/ann_123/message_1.json"
    ]
    part2 = {  # the second part continues the thread and repeats part 1's first file
        f"{ACT}/messages/inbox/ann_123/message_2.json": thread(
            [("Ann", 1600000000000, "older"), ("Me", 1700000500000, "hi")]
        ),
        f"{ACT}/posts/your_posts__check_ins__photos_and_videos_1.json": files[
            f"{ACT}/posts/your_posts__check_ins__photos_and_videos_1.json"
        ],
        f"{ACT}/posts/media/a.jpg": b"\xff\xd8",
    }
    folder = tmp_path / "download"
    folder.mkdir()
    z1 = write_zip(folder / "facebook-bench-2026-01-01-part1.zip", part1)
    z2 = write_zip(folder / "facebook-bench-2026-01-01-part2.zip", part2)
    for paths in ([z1, z2], [folder]):
        job = ImportJob(paths)
        items = job.run()
        # 2 posts (once), 3 distinct messages: "hi" is in both message files
        assert kinds(items)["facebook:post"] == 2
        assert kinds(items)["facebook:message"] == 3
        assert len({it.id for it in items}) == len(items)
        skipped = [f for f in job.inventory.files if "read once" in f.reason]
        assert len(skipped) == 1 and skipped[0].member.endswith("_1.json")


def test_combined_accounts_center_export_split_by_platform(tmp_path: Path) -> None:
    fb = {f"meta-2026/facebook-bench-2026/{k}": v for k, v in _export_2024().items()}
    ig_root = "meta-2026/instagram-bench-2026/your_instagram_activity"
    ig = {
        f"{ig_root}/messages/inbox/bo_9/message_1.json": thread(
            [("Bo", 1700000000000, "yo")], ("Me", "Bo")
        ),
        f"{ig_root}/media/posts_1.json": dump(
            [{"media": [{"uri": "m.jpg", "creation_timestamp": 1700000000, "title": "ig"}]}]
        ),
    }
    z = write_zip(tmp_path / "meta-2026.zip", {**fb, **ig})
    job = ImportJob([z])
    items = job.run()
    c = kinds(items)
    assert c["facebook:message"] == 2 and c["instagram:message"] == 1
    assert c["instagram:post"] == 1 and c["facebook:post"] == 2
    reported = Counter(f.member for f in job.inventory.files)
    assert max(reported.values()) == 1  # no member is reported (or read) by both importers


def test_html_export_asks_for_json(tmp_path: Path) -> None:
    z = write_zip(
        tmp_path / "facebook-bench-2026.zip",
        {
            "index.html": b"<html></html>",
            f"{ACT}/posts/your_posts__check_ins__photos_and_videos_1.html": b"<html></html>",
            f"{ACT}/messages/inbox/ann_1/message_1.html": b"<html></html>",
        },
    )
    items, inv = run(FacebookImporter(), z)
    assert items == []
    (err,) = inv.errors
    assert "HTML format" in err and "Format to JSON" in err and "Download your information" in err


def test_malformed_file_is_reported_and_the_rest_imports(tmp_path: Path) -> None:
    files = _export_2024()
    files[f"{ACT}/comments_and_reactions/comments.json"] = b'{"comments_v2": [{"timestamp": 1,'
    items, inv = run(FacebookImporter(), write_zip(tmp_path / "facebook-x.zip", files))
    failed = inv.files_with(FileStatus.FAILED)
    assert len(failed) == 1 and "comments.json is not valid JSON" in failed[0].reason
    assert kinds(items)["facebook:post"] == 2 and "facebook:comment" not in kinds(items)


def test_wrong_platform_gets_a_clear_message(public_fixtures: Path, tmp_path: Path) -> None:
    items, inv = run(InstagramImporter(), public_fixtures / MINER)
    assert items == [] and "is a Facebook export, not Instagram" in inv.errors[0]
    other = tmp_path / "notes"
    other.mkdir()
    (other / "tweets.js").write_text("window.YTD.tweets.part0 = []")
    assert FacebookImporter().sniff(ArchiveSource.open([other])) == 0.0
    items, inv = run(FacebookImporter(), other)
    assert items == [] and inv.errors[0].startswith("No Facebook data was found in notes")


def test_cli_scan_json(public_fixtures: Path) -> None:
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-m", "app", "scan", str(public_fixtures / MINER), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
        timeout=120,
    )
    data = json.loads(out.stdout)
    assert data["items"]["facebook"] == {
        "connection_or_follow": 9,
        "group_message": 18,
        "message": 31,
        "profile_field": 32,
    }
