"""Instagram JSON exports: 2021–23 flat folders, 2024 `your_instagram_activity/…`, 2025+ `media/`.

Also carries Threads posts and replies (`…/threads/`), yielded as Platform.THREADS items because
Threads has its own policy supplement. Labels inside records are in the account's language, so
records are read by shape (meta_common); the private-account flag sets posts' visibility.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from app.core.importers.meta_base import MetaImporter, MetaState, Route, generic
from app.core.importers.meta_common import (
    IdCounter,
    content_hash,
    first_ts,
    make_id,
    read_fields,
)
from app.core.importers.meta_profile import ig_profile
from app.core.importers.meta_text import fix_opt
from app.core.importers.sources import Member
from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility

K = ItemKind
NO_FLAG = "the export has no private-account setting (personal_information.json missing)"
THREADS_BASIS = "the Instagram export does not say whether the Threads profile is private"


def _content_visibility(st: MetaState, route: Route) -> tuple[Visibility, str]:
    if route.attrs.get("archived"):
        return Visibility.PRIVATE, "archived: only you can see archived posts"
    if route.attrs.get("threads"):
        return Visibility.UNKNOWN, THREADS_BASIS
    if st.visibility is Visibility.UNKNOWN:
        return Visibility.UNKNOWN, NO_FLAG
    return st.visibility, st.visibility_basis


def ig_media(st: MetaState, member: Member, route: Route) -> Iterator[Item]:
    """Posts ({media: [...], title?, creation_timestamp?}), or bare media records (stories)."""
    platform = Platform.THREADS if route.attrs.get("threads") else st.platform
    kind = route.kind
    vis, basis = _content_visibility(st, route)
    unique = IdCounter()
    attrs_base = {k: v for k, v in route.attrs.items() if k != "threads"}
    prefix = f"{platform.value}:{kind.value}:"  # make_id's prefix, built once
    origin, path = member.origin, member.path
    for i, rec in enumerate(st.records(member)):
        if not isinstance(rec, dict):
            continue
        raw = rec.get("media")
        if not isinstance(raw, list):
            raw = [rec]
        media: list[dict[str, Any]] = [m for m in raw if isinstance(m, dict)]
        first = media[0] if media else {}
        # Single-photo posts keep caption and time on the media item, carousels on the post.
        text = fix_opt(rec.get("title")) or fix_opt(first.get("title"))
        created = first_ts(rec) or first_ts(first)
        uris = tuple([fix_opt(u) for m in media if (u := m.get("uri"))])
        attrs = dict(attrs_base)
        if len(media) > 1:
            attrs["carousel"] = len(media)
        cross = first.get("cross_post_source")
        if isinstance(cross, dict) and cross.get("source_app"):
            attrs["cross_posted_from"] = fix_opt(cross.get("source_app"))
        iid = unique(prefix + content_hash(created, text, uris[:1]))
        yield Item(
            platform,
            kind,
            iid,
            created,
            vis,
            basis,
            text,
            SourceRef(origin, path, i),
            None,
            uris,
            attrs,
        )


def ig_comments(st: MetaState, member: Member, route: Route) -> Iterator[Item]:
    """post_comments_N.json / reels_comments.json: string_map_data in the account's language.

    By structure: the first labelled value is the comment, the next the media owner; the time
    is the entry that carries a timestamp (labels such as "Comment" / "Reactie" are not read).
    """
    platform = Platform.THREADS if route.attrs.get("threads") else st.platform
    unique = IdCounter()
    for i, rec in enumerate(st.records(member)):
        f = read_fields(rec)
        values = [v for _label, v in f.labelled]
        if not values and not f.title:
            continue
        text = values[0] if values else f.title
        attrs: dict[str, Any] = {}
        if len(values) > 1:
            attrs["media_owner"] = values[1]
        iid = unique(make_id(platform.value, "comment", f.created, text, f.target))
        yield Item(
            platform,
            K.COMMENT,
            iid,
            f.created,
            Visibility.UNKNOWN,
            "a comment is seen by whoever can see the post it is on",
            text,
            SourceRef(member.origin, member.path, i),
            f.target,
            (),
            attrs,
        )


def threads_generic(st: MetaState, member: Member, route: Route) -> Iterator[Item]:
    for item in generic(st, member, route):
        yield Item(
            Platform.THREADS,
            item.kind,
            item.id.replace("instagram:", "threads:", 1),
            item.created_at,
            item.visibility,
            THREADS_BASIS,
            item.text,
            item.source,
            item.target,
            item.media,
            {k: v for k, v in item.attrs.items() if k != "threads"},
        )


def _r(rx: str, handler: Any, kind: ItemKind = K.ACCOUNT_FACT, order: int = 50, **kw: Any) -> Route:
    note = kw.pop("note", "")
    return Route(re.compile(rx), handler, kind, order, note, kw)


_T = r"(^|/)threads/"
ROUTES: tuple[Route, ...] = (
    _r(r"(^|/)(personal_information|account_information)\.json$", ig_profile, K.PROFILE_FIELD, 0),
    _r(_T + r"[^/]*(threads_and_replies|text_post)[^/]*\.json$", ig_media, K.POST, threads=True),
    _r(_T + r"[^/]*(liked|likes)[^/]*\.json$", threads_generic, K.LIKE_OR_REACTION, threads=True),
    _r(_T + r"[^/]*(follow)[^/]*\.json$", threads_generic, K.CONNECTION_OR_FOLLOW, threads=True),
    _r(_T + r"[^/]*\.json$", None, note="Threads activity listed, not turned into items"),
    _r(r"(^|/)(content|media)/posts(_\d+)?\.json$|(^|/)posts_\d+\.json$", ig_media, K.POST, 10),
    _r(r"archived_posts\.json$", ig_media, K.POST, 10, archived=True),
    _r(r"(^|/)(content|media)/stories\.json$", ig_media, K.STORY, 10),
    _r(r"(^|/)(content|media)/reels\.json$", ig_media, K.REEL, 10),
    _r(r"(^|/)(content|media)/profile_photos\.json$", ig_media, K.PHOTO, 10, profile_photo=True),
    _r(r"(^|/)(content|media)/igtv_videos\.json$", ig_media, K.VIDEO, 10),
    _r(r"(^|/)comments/[^/]*comments[^/]*\.json$", ig_comments, K.COMMENT),
    _r(r"(^|/)likes/[^/]+\.json$|liked_(posts|comments)\.json$", generic, K.LIKE_OR_REACTION),
    _r(r"(^|/)saved/[^/]+\.json$|saved_(posts|collections)\.json$", generic, K.BOOKMARK_OR_SAVE),
    _r(r"(blocked|restricted)[^/]*\.json$", generic, K.BLOCK_OR_MUTE),
    _r(
        r"(^|/)followers_and_following/[^/]+\.json$|(followers|following)(_\d+)?\.json$",
        generic,
        K.CONNECTION_OR_FOLLOW,
    ),
    _r(r"(^|/)[^/]*search[^/]*\.json$", generic, K.SEARCH_QUERY),
    _r(
        r"(ads_interests|your_topics|other_categories_used_to_reach_you|recommended_topics)"
        r"[^/]*\.json$",
        generic,
        K.INFERENCE,
    ),
    _r(
        r"advertisers_using_your_activity[^/]*\.json$",
        generic,
        K.INFERENCE,
        about="advertiser holding your information",
    ),
    _r(r"(ads_clicked|ads_viewed|ads_about_meta)[^/]*\.json$", generic, K.AD_INTERACTION),
    _r(r"(off_meta|off_of_instagram/[^/]*activity)[^/]*\.json$", generic, K.OFF_PLATFORM_ACTIVITY),
    _r(
        r"(^|/)(meta_ai|ai_[^/]*)/[^/]*\.json$|(^|/)[^/]*(ai_conversations|ai_interactions)"
        r"[^/]*\.json$",
        generic,
        K.AI_CHAT,
    ),
    _r(
        r"^(media|profile|connections|likes|comments|saved|searches|settings|messages)\.json$",
        None,
        note="2018–2020 Instagram format, not read: request a new download in JSON",
    ),
)


class InstagramImporter(MetaImporter):
    platform = Platform.INSTAGRAM
    label = "Instagram"
    routes = ROUTES
