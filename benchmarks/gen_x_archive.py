"""Write a synthetic X archive zip in the real 2026 layout, of any size (deterministic).

    python benchmarks/gen_x_archive.py --tweets 200000 --likes 200000 --dms 20000 -o /tmp/x.zip

Layout as in archive-formats.md §1: `Your archive.html`, `data/manifest.js`
(`window.__THAR_CONFIG = {…}`), `data/tweets.js` + `tweets-partN.js` split at ~100 MB,
`data/like.js`, `data/direct-messages.js`, account/profile/protected-history files; pretty-printed
with 2-space indent and `" : "` separators; all numbers as strings.
"""

from __future__ import annotations

import argparse
import itertools
import random
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

ACCOUNT_ID = "1964312974236991488"
HANDLE = "bench_user"
PART_BYTES = 100_000_000
_WORDS = [
    "archive",
    "data",
    "policy",
    "model",
    "train",
    "opt",
    "out",
    "public",
    "post",
    "reply",
    "thread",
    "photo",
    "link",
    "news",
    "city",
    "coffee",
    "music",
    "game",
    "code",
    "python",
    "release",
    "open",
    "source",
    "weekend",
    "train",
    "rain",
    "sunny",
    "meeting",
]
_START = datetime(2012, 1, 1, tzinfo=UTC)


def _pretty(records: list[Any]) -> bytes:
    """Elements of a JSON array as X writes them (without the enclosing brackets)."""
    raw = orjson.dumps(records, option=orjson.OPT_INDENT_2)
    raw = raw.replace(b'": ', b'" : ').replace(b"[]", b"[ ]")
    return raw[2:-2]  # drop "[\n" and "\n]"


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n))


def _tweet_date(dt: datetime) -> str:
    return dt.strftime("%a %b %d %H:%M:%S +0000 %Y")


def _tweet(rng: random.Random, i: int) -> dict[str, Any]:
    tid = str(1_000_000_000_000_000_000 + i * 7919)
    when = _START + timedelta(seconds=rng.randrange(14 * 365 * 86400))
    roll = rng.random()
    text = _text(rng, rng.randrange(5, 40))
    mentions: list[dict[str, Any]] = []
    urls: list[dict[str, Any]] = []
    t: dict[str, Any] = {
        "edit_info": {
            "initial": {
                "editTweetIds": [tid],
                "editableUntil": (when + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "editsRemaining": "5",
                "isEditEligible": False,
            }
        },
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {"hashtags": [], "symbols": [], "user_mentions": mentions, "urls": urls},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": str(rng.randrange(50)),
        "id_str": tid,
        "truncated": False,
        "retweet_count": str(rng.randrange(10)),
        "id": tid,
        "created_at": _tweet_date(when),
        "favorited": False,
        "full_text": text,
        "lang": "en",
    }
    if roll < 0.12:  # retweet
        other = f"user{rng.randrange(5000)}"
        mentions.append(
            {"name": other, "screen_name": other, "indices": ["3", str(4 + len(other))],
             "id_str": str(rng.randrange(10**9)), "id": str(rng.randrange(10**9))}
        )  # fmt: skip
        t["full_text"] = f"RT @{other}: {text}"
    elif roll < 0.8:  # reply
        other = f"user{rng.randrange(5000)}"
        reply = str(900_000_000_000_000_000 + rng.randrange(10**17))
        t.update(
            in_reply_to_status_id_str=reply, in_reply_to_status_id=reply,
            in_reply_to_user_id=str(rng.randrange(10**9)), in_reply_to_screen_name=other,
            in_reply_to_user_id_str=str(rng.randrange(10**9)),
        )  # fmt: skip
        mentions.append(
            {"name": other, "screen_name": other, "indices": ["0", str(1 + len(other))],
             "id_str": "1", "id": "1"}
        )  # fmt: skip
    elif roll < 0.83:  # quote
        qid = str(900_000_000_000_000_000 + rng.randrange(10**17))
        urls.append(
            {"url": "https://t.co/abcdefghij", "expanded_url": f"https://x.com/someone/status/{qid}",
             "display_url": f"x.com/someone/status/{qid[:6]}…", "indices": ["0", "23"]}
        )  # fmt: skip
    if rng.random() < 0.05:
        mid = str(rng.randrange(10**18))
        media = [
            {"expanded_url": f"https://x.com/{HANDLE}/status/{tid}/photo/1", "indices": ["0", "23"],
             "url": "https://t.co/abcdefghij",
             "media_url": f"http://pbs.twimg.com/media/{mid}.jpg", "id_str": mid, "id": mid,
             "media_url_https": f"https://pbs.twimg.com/media/{mid}.jpg",
             "sizes": {"large": {"w": "1024", "h": "768", "resize": "fit"}},
             "type": "photo", "display_url": "pic.x.com/abcdefghij"}
        ]  # fmt: skip
        t["entities"]["media"] = media
        t["extended_entities"] = {"media": media}
    return {"tweet": t}


def _like(rng: random.Random, i: int) -> dict[str, Any]:
    tid = str(800_000_000_000_000_000 + i * 104729)
    return {
        "like": {
            "tweetId": tid,
            "fullText": _text(rng, rng.randrange(3, 40)),
            "expandedUrl": f"https://twitter.com/i/web/status/{tid}",
        }
    }


def _conversations(rng: random.Random, total: int) -> Iterator[dict[str, Any]]:
    i = 0
    while i < total:
        other = str(rng.randrange(10**9, 10**10))
        n = min(total - i, rng.randrange(1, 40))
        msgs = []
        for _ in range(n):
            mine = rng.random() < 0.5
            when = _START + timedelta(seconds=rng.randrange(14 * 365 * 86400))
            msgs.append(
                {"messageCreate": {
                    "reactions": [], "urls": [], "text": _text(rng, rng.randrange(2, 30)),
                    "mediaUrls": [], "senderId": ACCOUNT_ID if mine else other,
                    "recipientId": other if mine else ACCOUNT_ID,
                    "id": str(700_000_000_000_000_000 + i), "editHistory": [],
                    "createdAt": when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                }}
            )  # fmt: skip
            i += 1
        yield {"dmConversation": {"conversationId": f"{ACCOUNT_ID}-{other}", "messages": msgs}}


def _write_array(
    zf: zipfile.ZipFile, name: str, records: Iterator[dict[str, Any]], split: bool
) -> list[tuple[str, str, int]]:
    """Write records as X does; returns (file name, global name, count) per part."""
    parts: list[tuple[str, str, int]] = []
    base = name.replace("-", "_")
    fh = None
    size = count = 0

    def close() -> None:
        if fh is not None:
            fh.write(b"\n]")
            fh.close()

    chunk: list[dict[str, Any]] = []
    for rec in itertools.chain(records, [None]):
        if rec is not None:
            chunk.append(rec)
            if len(chunk) < 500:
                continue
        if not chunk and fh is not None:
            break
        if fh is None or (split and size > PART_BYTES):
            close()
            n = len(parts)
            fname = f"data/{name}.js" if n == 0 else f"data/{name}-part{n}.js"
            glob = f"YTD.{base}.part{n}"
            parts.append((fname, glob, 0))
            fh = zf.open(fname, "w", force_zip64=True)
            fh.write(f"window.{glob} = [".encode())
            size = count = 0
        body = _pretty(chunk) if chunk else b""
        if body:
            fh.write((b",\n" if count else b"\n") + body)
        size += len(body)
        count += len(chunk)
        parts[-1] = (parts[-1][0], parts[-1][1], count)
        chunk = []
    if fh is not None and count == 0:
        fh.write(b" ")
    close()
    return parts


def _small(zf: zipfile.ZipFile, name: str, record: dict[str, Any] | None) -> tuple[str, str, int]:
    glob = f"YTD.{name.replace('-', '_')}.part0"
    body = b"\n" + _pretty([record]) + b"\n" if record else b" "
    zf.writestr(f"data/{name}.js", f"window.{glob} = [".encode() + body + b"]")
    return f"data/{name}.js", glob, 1 if record else 0


def generate(path: Path, tweets: int, likes: int, dms: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    files: dict[str, list[tuple[str, str, int]]] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Your archive.html", "<html><body>offline viewer</body></html>")
        files["account"] = [_small(zf, "account", {"account": {
            "email": "bench@example.com", "createdVia": "web", "username": HANDLE,
            "accountId": ACCOUNT_ID, "createdAt": "2012-01-01T00:00:00.000Z",
            "accountDisplayName": "Bench User"}})]  # fmt: skip
        files["profile"] = [_small(zf, "profile", {"profile": {
            "description": {"bio": "benchmark account", "website": "", "location": "Earth"},
            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/a.jpg"}})]  # fmt: skip
        files["protectedHistory"] = [_small(zf, "protected-history", None)]
        files["tweets"] = _write_array(zf, "tweets", (_tweet(rng, i) for i in range(tweets)), True)
        files["like"] = _write_array(zf, "like", (_like(rng, i) for i in range(likes)), True)
        files["directMessages"] = _write_array(
            zf, "direct-messages", _conversations(rng, dms), False
        )
        manifest = {
            "userInfo": {"accountId": ACCOUNT_ID, "userName": HANDLE, "displayName": "Bench User"},
            "archiveInfo": {"sizeBytes": "0", "generationDate": "2026-03-06T13:15:31.187Z",
                            "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
            "dataTypes": {
                key: {"files": [{"fileName": f, "globalName": g, "count": str(c)}
                                for f, g, c in parts]}
                for key, parts in files.items()
            },
        }  # fmt: skip
        body = orjson.dumps(manifest, option=orjson.OPT_INDENT_2).replace(b'": ', b'" : ')
        zf.writestr("data/manifest.js", b"window.__THAR_CONFIG = " + body)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tweets", type=int, default=200_000)
    ap.add_argument("--likes", type=int, default=200_000)
    ap.add_argument("--dms", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", type=Path, required=True)
    a = ap.parse_args()
    generate(a.output, a.tweets, a.likes, a.dms, a.seed)
    print(f"wrote {a.output} ({a.output.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
