"""Facebook "Download Your Information" JSON: 2020, 2021–23 and 2024+ layouts.

Files are recognised by name (the same in every language); records by structure. Post titles
("X shared a link.") are localised sentences, kept as an attribute and never interpreted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from app.core.importers.meta_base import NO_AUDIENCE as NO_AUDIENCE_RECORD
from app.core.importers.meta_base import MetaImporter, MetaState, Route, generic
from app.core.importers.meta_common import (
    MAX_TS,
    MIN_TS,
    IdCounter,
    content_hash,
    first_ts,
    hash3,
    make_id,
    media_uris,
    read_fields,
    ts,
)
from app.core.importers.meta_profile import fb_profile
from app.core.importers.meta_text import fix, fix_opt
from app.core.importers.sources import Member
from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility

K = ItemKind
# Audience words Facebook writes where a record states one (English exports; others → unknown).
_AUDIENCE = {
    "public": Visibility.PUBLIC, "friends": Visibility.FRIENDS,
    "friends of friends": Visibility.FRIENDS, "only me": Visibility.PRIVATE,
    "custom": Visibility.PROTECTED, "close friends": Visibility.PROTECTED,
}  # fmt: skip
NO_AUDIENCE = "Facebook exports do not state the audience of posts"
E2EE_NOTE = (
    "No Messenger chats are in this Facebook export: since December 2023 end-to-end encrypted "
    "chats are left out of Download Your Information; download them separately from "
    "https://www.messenger.com/secure_storage/dyi (Overshare does not read that file yet)."
)


def _audience(rec: dict[str, Any]) -> tuple[Visibility, str]:
    for key in ("audience", "privacy", "visibility"):
        val = rec.get(key)
        if isinstance(val, str) and val:
            word = fix(val)
            vis = _AUDIENCE.get(word.casefold(), Visibility.UNKNOWN)
            return vis, f"the post's audience is given as '{word}'"
    return Visibility.UNKNOWN, NO_AUDIENCE


def fb_posts(st: MetaState, member: Member, route: Route) -> Iterator[Item]:
    """your_posts_N.json / your_posts__check_ins__photos_and_videos_N.json / group posts."""
    kind = route.kind
    unique = IdCounter()
    prefix = f"facebook:{kind.value}:"  # make_id's prefix, built once
    platform, origin, path = st.platform, member.origin, member.path
    for i, rec in enumerate(st.records(member)):
        if not isinstance(rec, dict):
            continue
        texts: list[str] = []
        attrs: dict[str, Any] = dict(route.attrs)
        for d in rec.get("data") or ():
            if isinstance(d, dict) and isinstance(d.get("post"), str) and d["post"]:
                texts.append(fix(d["post"]))
        target = None
        for att in rec.get("attachments") or ():
            for d in (att.get("data") or ()) if isinstance(att, dict) else ():
                if not isinstance(d, dict):
                    continue
                ext = d.get("external_context")
                if isinstance(ext, dict) and target is None:
                    target = fix_opt(ext.get("url")) or fix_opt(ext.get("name")) or None
                place = d.get("place")
                if isinstance(place, dict) and place.get("name"):
                    attrs["place"] = fix_opt(place.get("name"))
                media = d.get("media")
                if not texts and isinstance(media, dict) and media.get("description"):
                    texts.append(fix_opt(media.get("description")))
        atts = rec.get("attachments")
        media_list = tuple(media_uris(atts)) if atts else ()
        title = rec.get("title")
        if type(title) is not str or not title.isascii():
            title = fix_opt(title)
        if title:
            attrs["title"] = title
        if "tags" in rec:
            tags = [fix_opt(t.get("name")) for t in rec["tags"] or () if isinstance(t, dict)]
            if tags:
                attrs["tags"] = tags
        stamp = rec.get("timestamp")
        created: datetime | None
        if type(stamp) is int and MIN_TS <= stamp <= MAX_TS:
            created = datetime.fromtimestamp(stamp, UTC)
        else:
            created = first_ts(rec)
        text = "\n".join(texts)
        vis, basis = _audience(rec)
        iid = unique(prefix + content_hash(stamp, text, media_list[:1]))
        yield Item(
            platform,
            kind,
            iid,
            created,
            vis,
            basis,
            text,
            SourceRef(origin, path, i),
            target,
            media_list,
            attrs,
        )


def fb_reactions(st: MetaState, member: Member, route: Route) -> Iterator[Item]:
    """Reactions files: records {timestamp, data: [{reaction: {reaction, actor}}], title}."""
    unique = IdCounter()
    seen = unique.seen  # inlined below for the common first occurrence
    kind = ItemKind.LIKE_OR_REACTION
    platform, unknown = st.platform, Visibility.UNKNOWN
    origin, path = member.origin, member.path
    fixed: dict[str, str] = {}  # reaction names ("LIKE", "LOVE" …) repeat: repair each once
    for i, rec in enumerate(st.records(member)):
        if not isinstance(rec, dict):
            continue
        reaction = ""
        for d in rec.get("data") or ():
            r = d.get("reaction") if isinstance(d, dict) else None
            if isinstance(r, dict):
                raw = r.get("reaction")
                if isinstance(raw, str):
                    reaction = fixed.get(raw) or fixed.setdefault(raw, fix(raw))
                else:
                    reaction = fix_opt(raw)
        if not reaction and "label_values" in rec:  # 2024+ variant: fall back to the shape reader
            yield from generic_one(st, member, route, i, rec, unique)
            continue
        title = rec.get("title")
        if type(title) is not str:
            title = fix_opt(title)
        elif not title.isascii():  # meta_text.fix, inlined
            try:  # noqa: SIM105 (contextlib.suppress is slower in this loop)
                title = title.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
        stamp = rec.get("timestamp")
        iid = "facebook:like_or_reaction:" + hash3(stamp, title, reaction)
        if iid in seen:
            iid = unique(iid)
        else:
            seen[iid] = 1
        yield Item(
            platform,
            kind,
            iid,
            datetime.fromtimestamp(stamp, UTC)
            if type(stamp) is int and MIN_TS <= stamp <= MAX_TS
            else ts(stamp),
            unknown,
            NO_AUDIENCE_RECORD,
            title or reaction,
            SourceRef(origin, path, i),
            None,
            (),
            {"reaction": reaction} if reaction else {},
        )


def generic_one(
    st: MetaState, member: Member, route: Route, i: int, rec: Any, unique: IdCounter
) -> Iterator[Item]:

    f = read_fields(rec)
    iid = unique(make_id(st.platform.value, route.kind.value, f.created, f.text, f.target))
    yield st.item(route.kind, iid, f.text, member, i, created_at=f.created, target=f.target)


def fb_media(st: MetaState, member: Member, route: Route) -> Iterator[Item]:
    """Photos, videos, stories: media records, albums ({name, photos: [...]}) or wrapped lists."""
    unique = IdCounter()
    index = 0
    for rec in st.records(member):
        if not isinstance(rec, dict):
            continue
        album = fix_opt(rec.get("name")) if isinstance(rec.get("photos"), list) else ""
        photos = rec["photos"] if album else [rec]
        for m in photos:
            if not isinstance(m, dict):
                continue
            uri = fix_opt(m.get("uri"))
            caption = fix_opt(m.get("description")) or fix_opt(m.get("title"))
            attrs: dict[str, Any] = dict(route.attrs)
            if album:
                attrs["album"] = album
            created = first_ts(m)
            iid = unique(make_id("facebook", route.kind.value, uri, m.get("creation_timestamp")))
            yield st.item(
                route.kind,
                iid,
                caption,
                member,
                index,
                created_at=created,
                basis=NO_AUDIENCE,
                media=(uri,) if uri else (),
                attrs=attrs,
            )
            index += 1


def fb_off_activity(st: MetaState, member: Member, route: Route) -> Iterator[Item]:
    """Off-Facebook activity: one item per event ({name, events: [{id, type, timestamp}]})."""
    unique = IdCounter()
    index = 0
    for rec in st.records(member):
        if not isinstance(rec, dict) or not isinstance(rec.get("events"), list):
            yield from generic_one(st, member, route, index, rec, unique)
            index += 1
            continue
        name = fix_opt(rec.get("name"))
        for ev in rec["events"]:
            if not isinstance(ev, dict):
                continue
            etype = fix_opt(ev.get("type"))
            iid = unique(
                make_id(
                    "facebook",
                    "off_platform_activity",
                    name,
                    ev.get("id"),
                    ev.get("timestamp"),
                    etype,
                )
            )
            yield st.item(
                K.OFF_PLATFORM_ACTIVITY,
                iid,
                f"{name}: {etype}" if etype else name,
                member,
                index,
                created_at=ts(ev.get("timestamp")),
                basis="reported to Facebook by another business; not visible to others",
                visibility=Visibility.PRIVATE,
                attrs={"app": name, "event": etype},
            )
            index += 1


def fb_events(st: MetaState, member: Member, route: Route) -> Iterator[Item]:
    """Event responses: {events_joined: [...], events_declined: [...], …} in one wrapper."""
    unique = IdCounter()
    index = 0
    for rec in st.records(member):
        groups = (
            [(k, v) for k, v in rec.items() if isinstance(v, list)]
            if isinstance(rec, dict) and all(isinstance(v, list) for v in rec.values())
            else [("", [rec])]
        )
        for response, events in groups:
            for ev in events:
                for item in generic_one(st, member, route, index, ev, unique):
                    if response:
                        item.attrs["response"] = response
                    yield item
                index += 1


def _r(rx: str, handler: Any, kind: ItemKind = K.ACCOUNT_FACT, order: int = 50, **kw: Any) -> Route:
    note = kw.pop("note", "")
    return Route(re.compile(rx), handler, kind, order, note, kw)


ROUTES: tuple[Route, ...] = (
    _r(r"(^|/)profile_information/profile_information\.json$", fb_profile, K.PROFILE_FIELD, 0),
    _r(
        r"(^|/)(your_posts(__check_ins__photos_and_videos)?(_\d+)?|your_posts)\.json$",
        fb_posts,
        K.POST,
        10,
    ),
    _r(r"groups/[^/]*(your_posts_in_groups|group_posts)[^/]*\.json$", fb_posts, K.GROUP_POST),
    _r(r"groups/[^/]*comments[^/]*\.json$", generic, K.COMMENT, in_group=True),
    _r(r"groups/[^/]*\.json$", generic, K.CONNECTION_OR_FOLLOW, relation="group"),
    _r(r"(^|/)comments(_and_reactions)?/[^/]*comments[^/]*\.json$", generic, K.COMMENT),
    _r(
        r"(likes_and_reactions(_\d+)?|likes_and_reactions/posts_and_comments)\.json$",
        fb_reactions,
        K.LIKE_OR_REACTION,
    ),
    _r(
        r"(pages_you've_liked|page_likes|likes_and_reactions/pages|pages_and_profiles_you_like)"
        r"[^/]*\.json$",
        generic,
        K.LIKE_OR_REACTION,
        target_type="page",
    ),
    _r(
        r"(pages_you_follow|pages_and_profiles_you_follow)[^/]*\.json$",
        generic,
        K.CONNECTION_OR_FOLLOW,
        relation="page",
    ),
    _r(
        r"(your_post_audiences|audiences)[^/]*\.json$",
        None,
        note="custom audiences you defined; listed, not turned into items",
    ),
    _r(r"(blocked|restricted)[^/]*\.json$", generic, K.BLOCK_OR_MUTE),
    _r(
        r"(^|/)(friends|connections|friends_and_followers|followers)/[^/]+\.json$",
        generic,
        K.CONNECTION_OR_FOLLOW,
    ),
    _r(
        r"(your_saved_items|saved_items_and_collections/[^/]+|collections)\.json$",
        generic,
        K.BOOKMARK_OR_SAVE,
    ),
    _r(r"(^|/)[^/]*search[^/]*\.json$", generic, K.SEARCH_QUERY),
    _r(
        r"(your_off-facebook_activity|off_facebook_activity|your_activity_off_meta_technologies)"
        r"[^/]*\.json$",
        fb_off_activity,
        K.OFF_PLATFORM_ACTIVITY,
    ),
    _r(r"posts_from_apps_and_websites\.json$", generic, K.POST, via_app=True),
    _r(
        r"(apps_and_websites|connected_apps|active_apps|inactive_apps)[^/]*\.json$",
        generic,
        K.CONNECTED_APP,
    ),
    _r(r"(ads_interests|other_categories_used_to_reach_you)[^/]*\.json$", generic, K.INFERENCE),
    _r(
        r"(advertisers_using_your_activity|advertisers_who_uploaded|custom_audiences)[^/]*\.json$",
        generic,
        K.INFERENCE,
        about="advertiser holding your information",
    ),
    _r(
        r"(advertisers_you've_interacted_with|ads_clicked|ads_interactions)[^/]*\.json$",
        generic,
        K.AD_INTERACTION,
    ),
    _r(r"(your_videos|videos)\.json$", fb_media, K.VIDEO),
    _r(r"(^|/)stories/[^/]+\.json$|archived_stories\.json$", fb_media, K.STORY),
    _r(
        r"(photos_and_videos|posts)/(album/\d+|your_photos|your_uncategorized_photos)\.json$",
        fb_media,
        K.PHOTO,
    ),
    _r(
        r"events/[^/]*(responses|invitations)[^/]*\.json$",
        fb_events,
        K.LIKE_OR_REACTION,
        target_type="event",
    ),
    _r(r"events/[^/]*your_events[^/]*\.json$", generic, K.POST, event=True),
    _r(
        r"marketplace/[^/]*(listing|items_sold|your_items)[^/]*\.json$",
        generic,
        K.POST,
        marketplace=True,
    ),
    _r(r"marketplace/[^/]*saved[^/]*\.json$", generic, K.BOOKMARK_OR_SAVE, marketplace=True),
    _r(
        r"(^|/)(meta_ai|ai_interactions|[^/]*_ai_[^/]*)(/[^/]*)?\.json$|(^|/)meta_ai/",
        generic,
        K.AI_CHAT,
    ),
)


class FacebookImporter(MetaImporter):
    platform = Platform.FACEBOOK
    label = "Facebook"
    routes = ROUTES
    messages_missing_warning = E2EE_NOTE
