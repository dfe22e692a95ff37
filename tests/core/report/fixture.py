"""A tiny synthetic X archive (2026 layout, data/*.js) with a marker in every text field."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

MARK = "QZMARK"  # every user string in the fixture contains it (upper or lower case)
ACCOUNT_ID = "7717717717"
TWEET_IDS = ("1777000000000000123", "1777000000000000456", "1777000000000000789")
# Text in several scripts, to check fonts: emoji, Arabic, Chinese, Japanese.
SCRIPTS = "🌱🎉 مرحبا بالعالم 你好世界 こんにちは"
ID_MARKERS = (
    ACCOUNT_ID,
    *TWEET_IDS,
    "1777000000000100001",
    "9191919191",
    "4242424242",
    "1666000000000000777",
    "1666000000000000001",
)


def _js(name: str, rows: list[dict[str, object]]) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(rows, ensure_ascii=False, indent=1)


def _tweet(tid: str, text: str, when: str, **extra: object) -> dict[str, object]:
    t: dict[str, object] = {
        "id_str": tid,
        "id": tid,
        "created_at": when,
        "full_text": text,
        "entities": {"hashtags": [], "symbols": [], "urls": [], "user_mentions": []},
        "favorite_count": "0",
        "retweet_count": "0",
        "lang": "en",
    }
    t.update(extra)
    return {"tweet": t}


def files() -> dict[str, str]:
    m = MARK
    tweets = [
        _tweet(TWEET_IDS[0], f"{m}post one {SCRIPTS}", "Sat Jun 01 09:15:00 +0000 2024"),
        _tweet(
            TWEET_IDS[1],
            f"@{m}friend {m}reply text",
            "Mon Mar 03 10:00:00 +0000 2025",
            in_reply_to_status_id_str="1666000000000000001",
            in_reply_to_screen_name=f"{m}friend",
            in_reply_to_user_id_str="4242424242",
            entities={
                "hashtags": [],
                "symbols": [],
                "urls": [],
                "user_mentions": [
                    {"screen_name": f"{m}friend", "name": f"{m} Friend", "id_str": "4242424242"}
                ],
            },
        ),
        _tweet(
            TWEET_IDS[2],
            f"{m}older post https://{m.lower()}.example/page",
            "Tue Feb 02 08:00:00 +0000 2021",
        ),
    ]
    return {
        "data/manifest.js": "window.__THAR_CONFIG = "
        + json.dumps(
            {
                "userInfo": {
                    "accountId": ACCOUNT_ID,
                    "userName": f"{m}handle",
                    "displayName": f"{m} Name",
                },
                "archiveInfo": {"generationDate": "2026-01-10T00:00:00.000Z"},
            }
        ),
        "data/account.js": _js(
            "account",
            [
                {
                    "account": {
                        "email": f"{m.lower()}@example.org",
                        "createdVia": "web",
                        "username": f"{m}handle",
                        "accountId": ACCOUNT_ID,
                        "createdAt": "2019-04-12T09:58:00.000Z",
                        "accountDisplayName": f"{m} Name",
                    }
                }
            ],
        ),
        "data/profile.js": _js(
            "profile",
            [
                {
                    "profile": {
                        "description": {
                            "bio": f"{m}bio {SCRIPTS}",
                            "website": f"https://{m.lower()}.example",
                            "location": f"{m}town",
                        },
                        "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{m}.jpg",
                    }
                }
            ],
        ),
        "data/tweets.js": _js("tweets", tweets),
        "data/grok-chat-item.js": _js(
            "grok_chat_item",
            [
                {
                    "grokChatItem": {
                        "accountId": ACCOUNT_ID,
                        "chatId": "9191919191",
                        "createdAt": "2025-09-01T12:00:00.000Z",
                        "sender": {
                            "value": 0,
                            "name": "User",
                            "originalName": "USER",
                            "annotations": {},
                        },
                        "message": f"{m}grok question {SCRIPTS}",
                        "postIds": [],
                        "attachments": [],
                    }
                }
            ],
        ),
        "data/direct-messages.js": _js(
            "direct_messages",
            [
                {
                    "dmConversation": {
                        "conversationId": f"{ACCOUNT_ID}-4242424242",
                        "messages": [
                            {
                                "messageCreate": {
                                    "recipientId": "4242424242",
                                    "reactions": [],
                                    "urls": [],
                                    "text": f"{m}dm text",
                                    "mediaUrls": [],
                                    "senderId": ACCOUNT_ID,
                                    "id": "1777000000000100001",
                                    "createdAt": "2024-05-30T18:00:00.000Z",
                                    "editHistory": [],
                                }
                            }
                        ],
                    }
                }
            ],
        ),
        "data/like.js": _js(
            "like",
            [
                {
                    "like": {
                        "tweetId": "1666000000000000777",
                        "fullText": f"{m}liked text",
                        "expandedUrl": "https://x.com/i/web/status/1666000000000000777",
                    }
                }
            ],
        ),
    }


def write_archive(folder: Path) -> Path:
    """Write the archive as a zip whose file name carries the marker too."""
    path = folder / f"twitter-{MARK}-archive.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in files().items():
            zf.writestr(name, text)
    return path
