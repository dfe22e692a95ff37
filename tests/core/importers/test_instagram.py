"""Instagram importer: public fixtures in place (hand-counted), localised keys, 2024–2026 shapes."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.core.importers.facebook import FacebookImporter
from app.core.importers.instagram import InstagramImporter
from app.core.models import FileStatus, Platform, Visibility
from tests.core.importers.test_facebook import dump, kinds, moji, run, thread, write_zip

HESTIA = "instagram/hestialabs-experiences/Instagram-fake-data"
DDP = "instagram/ddp-inspector/ddpinspect/tests/data/instagram"
ACT = "your_instagram_activity"


def test_hestialabs_flat_layout_french(public_fixtures: Path) -> None:
    items, inv = run(InstagramImporter(), public_fixtures / HESTIA)
    # Counted with len() of each file's list: posts_1.json 203 posts, stories.json ig_stories
    # 130, followers.json 96, liked_posts 103 + liked_comments 211 = 314, your_topics 253,
    # ads_clicked 1, message_1.json 22 messages (2 participants), personal_information: the 6
    # string_map_data entries (all with a value).
    assert kinds(items) == {
        "instagram:post": 203,
        "instagram:story": 130,
        "instagram:connection_or_follow": 96,
        "instagram:like_or_reaction": 314,
        "instagram:inference": 253,
        "instagram:ad_interaction": 1,
        "instagram:message": 22,
        "instagram:profile_field": 6,
    }
    assert inv.layouts["instagram"].startswith("2021")
    # "Compte privé" = True (a French, mojibake label) → posts and stories followers-only
    assert inv.account(Platform.INSTAGRAM).protected is True
    for it in items:
        if it.kind.value in ("post", "story"):
            assert it.visibility == Visibility.FOLLOWERS
            assert "Compte privé = True" in it.visibility_basis
    assert "👍" in {it.text for it in items if it.kind.value == "like_or_reaction"}
    assert "Nom d’utilisateur" in {it.attrs.get("field") for it in items}
    assert len({it.id for it in items}) == len(items)
    assert not inv.warnings


def test_ddp_inspector_dutch_loose_files(public_fixtures: Path, tmp_path: Path) -> None:
    folder = tmp_path / "instagram-export"
    folder.mkdir()
    for name in ("ads_interests.json", "your_topics.json"):
        shutil.copy(public_fixtures / DDP / f"{name}_2022_09_22", folder / name)
    items, _inv = run(InstagramImporter(), folder)
    # 2 "Interesse" (Dutch label) records + 2 "Name" records, counted in the files
    assert sorted(it.text for it in items) == ["Interest 1", "Interest 2", "Topic 1", "Topic 2"]
    assert kinds(items) == {"instagram:inference": 4}
    assert (
        FacebookImporter().sniff(
            __import__("app.core.importers.sources", fromlist=["x"]).ArchiveSource.open([folder])
        )
        == 0.0
    )


def _smd(**entries: dict[str, object]) -> dict[str, object]:
    return {
        "title": "",
        "media_map_data": {},
        "string_map_data": {moji(k): {"href": "", "timestamp": 0, **v} for k, v in entries.items()},
    }


def test_localised_keys_by_structure(tmp_path: Path) -> None:
    for label, value, vis in (
        ("Privéaccount", "False", Visibility.PUBLIC),  # Dutch
        ("Privates Konto", "True", Visibility.FOLLOWERS),  # German
        ("Cuenta privada", "True", Visibility.FOLLOWERS),  # Spanish
    ):
        files = {
            "personal_information/personal_information/personal_information.json": dump(
                {
                    "profile_user": [
                        _smd(**{"Gebruikersnaam": {"value": "anna"}, label: {"value": value}})
                    ]
                }
            ),
            f"{ACT}/content/posts_1.json": dump(
                [
                    {
                        "media": [
                            {
                                "uri": "media/posts/1.jpg",
                                "creation_timestamp": 1700000000,
                                "title": moji("Été à Zürich ☀️"),
                            }
                        ]
                    }
                ]
            ),
            f"{ACT}/comments/post_comments_1.json": dump(
                [
                    _smd(
                        **{
                            "Opmerking": {"value": moji("Mooi! 😍")},
                            "Eigenaar van media": {"value": "bob"},
                            "Tijd": {"timestamp": 1700000500},
                        }
                    )
                ]
            ),
        }
        items, inv = run(InstagramImporter(), write_zip(tmp_path / f"{label}.zip", files))
        assert inv.layouts["instagram"].startswith("2024")
        post = next(it for it in items if it.kind.value == "post")
        assert post.text == "Été à Zürich ☀️" and post.visibility == vis, label
        comment = next(it for it in items if it.kind.value == "comment")
        assert comment.text == "Mooi! 😍" and comment.attrs["media_owner"] == "bob"
        assert comment.created_at is not None and comment.created_at.year == 2023


def test_2025_2026_shapes_threads_and_no_flag(tmp_path: Path) -> None:
    liked = [
        {
            "timestamp": 1760000000,
            "media": [],
            "fbid": "1",
            "label_values": [
                {
                    "label": "URL",
                    "value": "https://www.instagram.com/p/x/",
                    "href": "https://www.instagram.com/p/x/",
                },
                {"title": "Owner", "dict": [{"dict": [{"label": "Username", "value": "ann"}]}]},
            ],
        }
    ]
    files = {
        f"{ACT}/media/posts_1.json": dump(
            [
                {
                    "title": "carousel",
                    "creation_timestamp": 1750000000,
                    "media": [{"uri": "a.jpg"}, {"uri": "b.jpg"}],
                }
            ]
        ),
        f"{ACT}/media/reels.json": dump(
            {
                "ig_reels_media": [
                    {"media": [{"uri": "r.mp4", "creation_timestamp": 1750000001, "title": "reel"}]}
                ]
            }
        ),
        f"{ACT}/likes/liked_posts.json": dump(liked),
        "connections/followers_and_following/followers_1.json": dump(
            [
                {
                    "string_list_data": [
                        {
                            "href": "https://www.instagram.com/bo",
                            "value": "bo",
                            "timestamp": 1700000000,
                        }
                    ]
                }
            ]
        ),
        "connections/followers_and_following/blocked_profiles.json": dump(
            {"title": "spammer", "string_list_data": [{"href": "h", "timestamp": 1700000000}]}
        ),
        f"{ACT}/threads/threads_and_replies.json": dump(
            {
                "text_post_app_text_posts": [
                    {
                        "media": [
                            {"creation_timestamp": 1720000000, "title": moji("Hallo Threads 🧵")}
                        ]
                    }
                ]
            }
        ),
        f"{ACT}/messages/inbox/metaai_1/message_1.json": thread(
            [("Meta AI", 1700000000000, "Hi!"), ("Me", 1699999999000, "hello")], ("Me", "Meta AI")
        ),
        f"{ACT}/saved/saved_posts.json": b"[{broken",
    }
    items, inv = run(InstagramImporter(), write_zip(tmp_path / "instagram-u-2026.zip", files))
    assert inv.layouts["instagram"].startswith("2025")
    assert kinds(items) == {
        "instagram:post": 1,
        "instagram:reel": 1,
        "instagram:like_or_reaction": 1,
        "instagram:connection_or_follow": 1,
        "instagram:block_or_mute": 1,
        "threads:post": 1,
        "instagram:ai_chat": 2,
    }
    post = next(it for it in items if it.kind.value == "post" and it.platform.value == "instagram")
    assert post.media == ("a.jpg", "b.jpg") and post.attrs["carousel"] == 2
    assert post.visibility == Visibility.UNKNOWN and "private-account" in post.visibility_basis
    like = next(it for it in items if it.kind.value == "like_or_reaction")
    assert like.target == "https://www.instagram.com/p/x/" and like.text == "ann"
    assert next(it for it in items if it.platform == Platform.THREADS).text == "Hallo Threads 🧵"
    (failed,) = inv.files_with(FileStatus.FAILED)
    assert failed.member.endswith("saved_posts.json") and "not valid JSON" in failed.reason
