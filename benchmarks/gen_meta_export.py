"""Write synthetic Facebook and Instagram exports (2024+ layouts) as zips, deterministically.

    python benchmarks/gen_meta_export.py -o /tmp/meta --messages 500000 --threads 5000 \
        --posts 50000 --reactions 200000

Layout and shapes as in archive-formats.md §3–4: Facebook `your_facebook_activity/…`
(posts file `your_posts__check_ins__photos_and_videos_1.json`, `likes_and_reactions_1.json`,
message threads split into message_1/message_2), Instagram `your_instagram_activity/…` with the
2025 `media/posts_1.json` and 2026 `label_values` likes. Every string is written the way Meta
writes it: UTF-8 bytes as \\u00XX escapes, pretty-printed with a 2-space indent.
"""

from __future__ import annotations

import argparse
import json
import random
import zipfile
from pathlib import Path
from typing import Any

_WORDS = [
    "café",
    "crème",
    "été",
    "naïve",
    "Zürich",
    "straße",
    "東京",
    "привет",
    "❤",
    "😀",
    "data",
    "policy",
    "model",
    "public",
    "post",
    "photo",
    "link",
    "news",
    "city",
    "coffee",
    "music",
    "game",
    "code",
    "weekend",
    "rain",
    "sunny",
    "meeting",
    "holiday",
]
_T0 = 1_300_000_000
MSGS_PER_FILE = 60  # threads above this are split into message_1, message_2 …


def _moji(s: str) -> str:
    """Meta's encoding: each UTF-8 byte becomes one code point (json then escapes it)."""
    return s.encode("utf-8").decode("latin-1")


def _dump(value: Any) -> bytes:
    return json.dumps(value, indent=2).encode("ascii")


def _text(rng: random.Random, n: int = 8) -> str:
    return _moji(" ".join(rng.choice(_WORDS) for _ in range(n)))


def _thread_files(
    rng: random.Random, prefix: str, n_threads: int, n_messages: int, me: str
) -> list[tuple[str, bytes]]:
    out = []
    per = n_messages // n_threads
    for t in range(n_threads):
        friend = _moji(f"Frïend {t}")
        people = [{"name": friend}, {"name": _moji(me)}]
        if t % 10 == 0:
            people.append({"name": _moji(f"Thïrd {t}")})
        msgs = [
            {
                "sender_name": people[k % len(people)]["name"],
                "timestamp_ms": (_T0 + t * 1000 + k) * 1000 + 7,
                "content": _text(rng, 6),
                "is_geoblocked_for_viewer": False,
            }
            for k in range(per)
        ]
        msgs.reverse()  # newest first, as exported
        folder = f"{prefix}/friend{t}_{1000 + t}"
        for part, start in enumerate(range(0, len(msgs), MSGS_PER_FILE), 1):
            body = {
                "participants": people,
                "messages": msgs[start : start + MSGS_PER_FILE],
                "title": friend,
                "is_still_participant": True,
                "thread_path": f"inbox/friend{t}_{1000 + t}",
                "magic_words": [],
            }
            out.append((f"{folder}/message_{part}.json", _dump(body)))
    return out


def facebook(path: Path, messages: int, threads: int, posts: int, reactions: int) -> Path:
    rng = random.Random(1)
    me = "Bénch Üser"
    a = "your_facebook_activity"
    files: list[tuple[str, bytes]] = []
    post_recs = [
        {
            "timestamp": _T0 + i * 60,
            "attachments": [{"data": [{"external_context": {"url": f"https://example.org/{i}"}}]}]
            if i % 5 == 0 else [],
            "data": [{"post": _text(rng, 12)}, {"update_timestamp": _T0 + i * 60 + 5}, {}],
            "title": _moji(f"{me} updated their status."),
        }
        for i in range(posts)
    ]  # fmt: skip
    files.append((f"{a}/posts/your_posts__check_ins__photos_and_videos_1.json", _dump(post_recs)))
    del post_recs
    reacts = [
        {
            "timestamp": _T0 + i * 30,
            "data": [{"reaction": {"reaction": "LIKE", "actor": _moji(me)}}],
            "title": _moji(f"{me} likes Frïend {i % 997}'s post."),
        }
        for i in range(reactions)
    ]
    files.append((f"{a}/comments_and_reactions/likes_and_reactions_1.json", _dump(reacts)))
    del reacts
    files += _thread_files(rng, f"{a}/messages/inbox", threads, messages, me)
    profile = {"profile_v2": {"name": {"full_name": _moji(me)}, "username": "bench.user",
                              "registration_timestamp": _T0}}  # fmt: skip
    files.append(("personal_information/profile_information/profile_information.json",
                  _dump(profile)))  # fmt: skip
    friends = {"friends_v2": [{"name": _moji(f"Frïend {i}"), "timestamp": _T0 + i}
                              for i in range(2000)]}  # fmt: skip
    files.append(("connections/friends/your_friends.json", _dump(friends)))
    return _write(path / "facebook-benchuser-2026-01-10-AbCdEfGh.zip", files)


def instagram(path: Path, messages: int, threads: int, posts: int, reactions: int) -> Path:
    rng = random.Random(2)
    me = "bench_user"
    a = "your_instagram_activity"
    files: list[tuple[str, bytes]] = []
    post_recs = [
        {"media": [{"uri": f"media/posts/202401/{i}.jpg", "creation_timestamp": _T0 + i * 60,
                    "title": _text(rng, 10), "media_metadata": {}}]}
        for i in range(posts)
    ]  # fmt: skip
    files.append((f"{a}/media/posts_1.json", _dump(post_recs)))
    del post_recs
    likes = [
        {
            "timestamp": _T0 + i * 30,
            "media": [],
            "label_values": [
                {"label": "URL", "value": f"https://www.instagram.com/p/{i:x}/",
                 "href": f"https://www.instagram.com/p/{i:x}/"},
                {"title": "Owner", "dict": [{"dict": [
                    {"label": "Username", "value": f"user{i % 997}"}], "title": ""}]},
            ],
            "fbid": str(10**15 + i),
        }
        for i in range(reactions)
    ]  # fmt: skip
    files.append((f"{a}/likes/liked_posts.json", _dump(likes)))
    del likes
    files += _thread_files(rng, f"{a}/messages/inbox", threads, messages, me)
    info = {"profile_user": [{"title": "", "media_map_data": {}, "string_map_data": {
        "Username": {"href": "", "value": me, "timestamp": 0},
        "Private Account": {"href": "", "value": "False", "timestamp": 0}}}]}  # fmt: skip
    files.append(("personal_information/personal_information/personal_information.json",
                  _dump(info)))  # fmt: skip
    return _write(path / "instagram-bench_user-2026-01-09-HgFeDcBa.zip", files)


def _write(path: Path, files: list[tuple[str, bytes]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in files:
            zf.writestr(name, data)
    return path


def generate(out: Path, messages: int, threads: int, posts: int, reactions: int) -> list[Path]:
    return [
        facebook(out, messages, threads, posts, reactions),
        instagram(out, messages, threads, posts, reactions),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--out", type=Path, required=True, help="folder for the two zips")
    ap.add_argument("--messages", type=int, default=500_000)
    ap.add_argument("--threads", type=int, default=5_000)
    ap.add_argument("--posts", type=int, default=50_000)
    ap.add_argument("--reactions", type=int, default=200_000)
    a = ap.parse_args()
    for p in generate(a.out, a.messages, a.threads, a.posts, a.reactions):
        print(f"{p}: {p.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
