"""Tweets (tweets.js / tweet.js + parts, deleted-tweets.js, community-tweet.js) and note tweets."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from app.core.importers.x_common import (
    STATUS_RX,
    X,
    XState,
    as_list,
    as_str,
    iso_date,
    status_url,
    tweet_date,
    unwrap,
)
from app.core.models import Item, ItemKind, SourceRef, Visibility

POST, REPLY, QUOTE, REPOST = ItemKind.POST, ItemKind.REPLY, ItemKind.QUOTE, ItemKind.REPOST
_ID_PREFIX = {k: f"x:{k.value}:" for k in (POST, REPLY, QUOTE, REPOST)}  # enum .value is slow
MEDIA_DIRS = {
    "tweets": ("tweets_media", "tweet_media"),
    "deleted": ("deleted_tweets_media", "deleted_tweet_media"),
    "community": ("community_tweet_media",),
}
COMMUNITY_BASIS = (
    "posted to a Community: its members or everyone can see it, per Community settings"
)
_NOTE_KEY = 24  # characters of leading text used to pair a tweet with its note
_NOTE_WINDOW = 300  # seconds between a note's and its tweet's creation


def _text_key(text: str) -> str:
    return " ".join(text.split())[:_NOTE_KEY]


class NoteIndex:
    """Long-post bodies from note-tweet.js, joined to their tweets.

    The archive has no field linking a tweet to its note (noteTweetId is its own id). A tweet
    takes a note's text when the tweet's visible text (minus a trailing "…" or t.co link) is the
    start of the note and both were created within five minutes. Notes left unpaired are emitted
    as posts of their own (id x:post:note-<noteTweetId>, attrs note_tweet=True).
    """

    def __init__(self) -> None:
        self.by_key: dict[str, list[tuple[str, datetime | None, str, SourceRef]]] = {}
        self.used: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def add(self, rec: Any, ref: SourceRef) -> bool:
        note = unwrap(rec, "noteTweet")
        nid = as_str(note.get("noteTweetId"))
        core = note.get("core")
        text = as_str(core.get("text")) if isinstance(core, dict) else ""
        if not nid or not text:
            return False
        when = iso_date(note.get("createdAt"))
        self.by_key.setdefault(_text_key(text), []).append((nid, when, text, ref))
        return True

    def match(self, text: str, when: datetime | None) -> tuple[str, str] | None:
        stem = text.rstrip()
        cut = stem.rfind("https://t.co/")
        if cut > 0 and " " not in stem[cut:]:
            stem = stem[:cut].rstrip()
        stem = stem.removesuffix("…").removesuffix("...")
        stem = " ".join(stem.split())
        if len(stem) < _NOTE_KEY:
            return None
        for nid, nwhen, ntext, _ref in self.by_key.get(stem[:_NOTE_KEY], ()):
            if nid in self.used or not " ".join(ntext.split()).startswith(stem):
                continue
            if when and nwhen and abs((when - nwhen).total_seconds()) > _NOTE_WINDOW:
                continue
            self.used.add(nid)
            return nid, ntext
        return None

    def leftovers(self, st: XState) -> list[Item]:
        out: list[Item] = []
        for entries in self.by_key.values():
            for nid, when, text, ref in entries:
                if nid in self.used:
                    continue
                out.append(
                    Item(X, POST, f"x:post:note-{nid}", when, st.tweet_visibility,
                         st.tweet_basis, text, ref, attrs={"note_tweet": True})
                )  # fmt: skip
        return out


def _media(t: dict[str, Any], tid: str, folder: str, group: str, st: XState) -> tuple[str, ...]:
    ext = t.get("extended_entities") or t.get("entities")
    media = ext.get("media") if isinstance(ext, dict) else None
    if not media:
        return ()
    found: list[str] = []
    for m in media:
        if not isinstance(m, dict):
            continue
        url = as_str(m.get("media_url_https") or m.get("media_url"))
        if m.get("type") in ("video", "animated_gif"):
            variants = (m.get("video_info") or {}).get("variants") or []
            mp4 = [
                v for v in variants if isinstance(v, dict) and v.get("content_type") == "video/mp4"
            ]
            if mp4:
                url = as_str(max(mp4, key=lambda v: int(v.get("bitrate") or 0)).get("url"))
        if not url:
            continue
        name = f"{tid}-{url.split('?', 1)[0].rsplit('/', 1)[-1]}"
        for sub in MEDIA_DIRS[group]:
            local = f"{folder}{sub}/{name}"
            if local in st.media_paths:
                found.append(local)
                break
        else:
            found.append(url)
    return tuple(found)


def _edit_chain(t: dict[str, Any]) -> tuple[str, list[str]] | None:
    """(initial id, all version ids) for an edited tweet, None when it was never edited."""
    info = t.get("edit_info")
    if not isinstance(info, dict):
        return None
    if "initial" in info:
        ids = as_list(info["initial"].get("editTweetIds"))
        return (as_str(ids[0]), [as_str(i) for i in ids]) if len(ids) > 1 else None
    edit = info.get("edit")
    if isinstance(edit, dict):  # later versions (shape not seen in samples)
        ids = as_list((edit.get("editControlInitial") or {}).get("editTweetIds"))
        first = as_str(edit.get("initialTweetId") or (ids[0] if ids else ""))
        return (first, [as_str(i) for i in ids]) if first else None
    return None


class TweetReader:
    """Turns tweet records into items; holds back edited versions until every file is read."""

    def __init__(self, st: XState, notes: NoteIndex) -> None:
        self.st = st
        self.notes = notes
        self.chains: dict[tuple[str, str], list[Item]] = {}
        self.bad = 0

    def add(self, rec: Any, ref: SourceRef, group: str, folder: str, out: list[Item]) -> None:
        t = rec.get("tweet", rec) if isinstance(rec, dict) else None
        if not isinstance(t, dict):
            self.bad += 1
            return
        tid = t.get("id_str") or t.get("id")
        if not tid:
            self.bad += 1
            return
        tid = as_str(tid)
        st = self.st
        text = t.get("full_text") or t.get("text") or ""
        if "&" in text:
            text = html.unescape(text)
        created = tweet_date(t.get("created_at"))
        attrs: dict[str, Any] = {"lang": t.get("lang")}
        ents = t.get("entities") or {}
        target: str | None = None
        reply_to = t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id")
        if text.startswith("RT @"):
            kind = REPOST
            mentions = ents.get("user_mentions")
            author = as_str(mentions[0].get("screen_name")) if mentions else text[4:].split(":")[0]
            attrs["original_author"] = author
            target = f"https://x.com/{author}"
            for m in (t.get("extended_entities") or ents).get("media") or ():
                if m.get("source_status_id"):
                    target = status_url(author, as_str(m["source_status_id"]))
                    break
        elif reply_to:
            kind = REPLY
            reply_to = as_str(reply_to)
            target = status_url(t.get("in_reply_to_screen_name"), reply_to)
            reply_user = t.get("in_reply_to_user_id_str") or t.get("in_reply_to_user_id")
            if st.account_id and as_str(reply_user) == st.account_id:
                attrs["self_reply"] = True
        else:
            kind = POST
        for u in ents.get("urls") or ():
            hit = STATUS_RX.match(as_str(u.get("expanded_url")))
            if hit and hit.group(2) != tid:
                quoted = status_url(hit.group(1), hit.group(2))
                if kind is POST:
                    kind, target = QUOTE, quoted
                elif kind is REPLY:
                    attrs["quotes"] = quoted
                break
        if self.notes and kind is not REPOST:
            joined = self.notes.match(text, created)
            if joined:
                attrs["note_tweet_id"], text = joined
        vis, basis = st.tweet_visibility, st.tweet_basis
        if group == "deleted":
            attrs["deleted"] = True
            attrs["deleted_at"] = tweet_date(t.get("deleted_at"))
        elif group == "community":
            vis, basis = Visibility.UNKNOWN, COMMUNITY_BASIS
            attrs["community_id"] = as_str(t.get("community_id_str") or t.get("community_id"))
            if isinstance(t.get("scopes"), dict):
                attrs["scopes"] = t["scopes"]
        if t.get("possibly_sensitive"):
            attrs["possibly_sensitive"] = True
        media = (
            _media(t, tid, folder, group, st)
            if "extended_entities" in t or ("media" in ents)
            else ()
        )
        item = Item(X, kind, _ID_PREFIX[kind] + tid, created, vis, basis, text, ref, target,
                    media, attrs)  # fmt: skip
        chain = _edit_chain(t) if "edit_info" in t else None
        if chain is None:
            out.append(item)
            return
        attrs["edit_versions"] = chain[1]
        self.chains.setdefault((group, chain[0]), []).append(item)

    def finish(self) -> list[Item]:
        """One item per edit chain: the newest version present; the others are counted."""
        out: list[Item] = []
        for versions in self.chains.values():
            newest = max(versions, key=lambda it: int(it.id.rsplit(":", 1)[1]))
            newest.attrs["versions_in_archive"] = len(versions)
            out.append(newest)
        self.chains.clear()
        return out
