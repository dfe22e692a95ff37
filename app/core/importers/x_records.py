"""Non-tweet X records: likes, DMs, Grok chats, follows, blocks, ads, apps (one function each).

Every converter has the shape (record, SourceRef, XState, out list) and appends 0..n items.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.importers.x_common import (
    X,
    XState,
    as_list,
    as_str,
    content_id,
    enum_name,
    iso_date,
    obj,
    status_url,
    unwrap,
)
from app.core.models import Item, ItemKind, SourceRef, Visibility

K = ItemKind
PRIVATE, UNKNOWN = Visibility.PRIVATE, Visibility.UNKNOWN
LIKE = K.LIKE_OR_REACTION  # enum attribute lookups are slow in hot loops
LIKE_BASIS = (
    "likes carry no audience in the archive; X says likes became private in 2024 (date unchecked)"
)
DM_BASIS = "direct message: visible to the conversation's participants"
GROK_BASIS = "Grok conversation: visible only to you (shared with xAI per your settings)"
ONLY_YOU = "visible only to you in X's settings"
Converter = Callable[[Any, SourceRef, XState, list[Item]], None]


def like(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    r = unwrap(rec, "like")
    tid = as_str(r.get("tweetId"))
    if not tid:
        return
    url = as_str(r.get("expandedUrl")) or status_url(None, tid)
    out.append(
        Item(X, LIKE, f"x:like_or_reaction:{tid}", None, UNKNOWN, LIKE_BASIS,
             as_str(r.get("fullText")), ref, url, attrs={"tweet_id": tid})
    )  # fmt: skip


def _dm(rec: Any, ref: SourceRef, st: XState, out: list[Item], kind: ItemKind) -> None:
    conv = unwrap(rec, "dmConversation")
    cid = as_str(conv.get("conversationId"))
    for msg in as_list(conv.get("messages")):
        m = msg.get("messageCreate") if isinstance(msg, dict) else None
        if not isinstance(m, dict):
            continue  # joins, leaves, renames, reactions: conversation events, not messages
        mid = as_str(m.get("id"))
        sender = as_str(m.get("senderId"))
        attrs: dict[str, Any] = {"conversation_id": cid, "sender_id": sender}
        if m.get("recipientId"):
            attrs["recipient_id"] = as_str(m["recipientId"])
        if st.account_id:
            attrs["sent"] = sender == st.account_id
        if m.get("editHistory"):
            attrs["edits"] = len(as_list(m["editHistory"]))
        urls = tuple(as_str(u) for u in as_list(m.get("mediaUrls")))
        out.append(
            Item(X, kind, f"x:{kind.value}:{mid or st.unique(cid)}", iso_date(m.get("createdAt")),
                 PRIVATE, DM_BASIS, as_str(m.get("text")), ref, cid, urls, attrs)
        )  # fmt: skip


def direct_message(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    _dm(rec, ref, st, out, K.MESSAGE)


def group_message(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    _dm(rec, ref, st, out, K.GROUP_MESSAGE)


def message_event(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    """Encrypted-channel DMs: only metadata is readable, so the item text stays empty."""
    ev = unwrap(rec, "messageEvent")
    detail = ev.get("detail")
    if not isinstance(detail, dict) or "messageCreateEvent" not in detail:
        return  # read receipts and key changes
    mid = as_str(ev.get("messageId") or ev.get("sequenceId"))
    sender = as_str(ev.get("senderId"))
    attrs: dict[str, Any] = {
        "encrypted": True,
        "conversation_id": as_str(ev.get("conversationId")),
        "sender_id": sender,
    }
    if st.account_id:
        attrs["sent"] = sender == st.account_id
    out.append(
        Item(X, K.MESSAGE, f"x:message:{mid}", iso_date(as_str(ev.get("createdAtMsec"))),
             PRIVATE, DM_BASIS + " (end-to-end encrypted; text not in the archive)", "", ref,
             attrs["conversation_id"], attrs=attrs)
    )  # fmt: skip


def grok(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    g = unwrap(rec, "grokChatItem")
    chat = as_str(g.get("chatId"))
    created = as_str(g.get("createdAt"))
    attrs: dict[str, Any] = {
        "chat_id": chat,
        "sender": enum_name(g.get("sender")),
        "mode": enum_name(g.get("grokMode")),
    }
    if g.get("postIds"):
        attrs["post_ids"] = [as_str(p) for p in as_list(g["postIds"])]
    media = tuple(as_str(a) for a in as_list(g.get("attachments")) if isinstance(a, str))
    out.append(
        Item(X, K.AI_CHAT, st.unique(f"x:ai_chat:{chat}:{created}"), iso_date(created), PRIVATE,
             GROK_BASIS, as_str(g.get("message")), ref, chat or None, media, attrs)
    )  # fmt: skip


def _account_link(r: dict[str, Any]) -> tuple[str, str]:
    aid = as_str(r.get("accountId"))
    return aid, as_str(r.get("userLink")) or f"https://x.com/i/user/{aid}"


def _follow(direction: str, key: str) -> Converter:
    def convert(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
        aid, link = _account_link(unwrap(rec, key))
        if aid:
            out.append(
                Item(X, K.CONNECTION_OR_FOLLOW, f"x:connection_or_follow:{direction}-{aid}", None,
                     st.tweet_visibility, "follow lists are as visible as the account's posts",
                     "", ref, link, attrs={"direction": direction, "account_id": aid})
            )  # fmt: skip

    return convert


def _block(what: str, key: str) -> Converter:
    def convert(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
        aid, link = _account_link(unwrap(rec, key))
        if aid:
            out.append(
                Item(X, K.BLOCK_OR_MUTE, f"x:block_or_mute:{what}-{aid}", None, PRIVATE,
                     f"{what} lists are {ONLY_YOU}", "", ref, link,
                     attrs={"action": what, "account_id": aid})
            )  # fmt: skip

    return convert


def connected_app(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    a = unwrap(rec, "connectedApplication")
    org = obj(a.get("organization"))
    name = as_str(a.get("name"))
    out.append(
        Item(X, K.CONNECTED_APP, f"x:connected_app:{as_str(a.get('id')) or name}",
             iso_date(a.get("approvedAt")), PRIVATE, f"app access is {ONLY_YOU}", name, ref,
             as_str(org.get("url")) or None,
             attrs={"organization": as_str(org.get("name")),
                    "privacy_policy": as_str(org.get("privacyPolicyUrl")),
                    "permissions": [as_str(p) for p in as_list(a.get("permissions"))],
                    "description": as_str(a.get("description"))})
    )  # fmt: skip


def legacy_app(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    """2019 app.js: {"app": {appId, appNames[]}}."""
    a = unwrap(rec, "app")
    name = ", ".join(as_str(n) for n in as_list(a.get("appNames")))
    out.append(
        Item(X, K.CONNECTED_APP, f"x:connected_app:{as_str(a.get('appId')) or name}", None,
             PRIVATE, f"app access is {ONLY_YOU}", name, ref)
    )  # fmt: skip


def saved_search(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    s = unwrap(rec, "savedSearch")
    out.append(
        Item(X, K.SEARCH_QUERY, f"x:search_query:{as_str(s.get('savedSearchId'))}", None,
             PRIVATE, f"saved searches are {ONLY_YOU}", as_str(s.get("query")), ref)
    )  # fmt: skip


def _ad(rec: Any, ref: SourceRef, st: XState, out: list[Item], section: str, key: str) -> None:
    data = unwrap(rec, "ad").get("adsUserData")
    block = data.get(section) if isinstance(data, dict) else None
    for ev in as_list(block.get(key) if isinstance(block, dict) else None):
        imp = ev.get("impressionAttributes") if isinstance(ev, dict) else None
        if not isinstance(imp, dict):
            continue
        adv = obj(imp.get("advertiserInfo"))
        promo = imp.get("promotedTweetInfo") or imp.get("promotedTrendInfo") or {}
        when = as_str(imp.get("impressionTime"))
        promo_id = as_str(promo.get("tweetId") or promo.get("trendId"))
        text = as_str(promo.get("tweetText") or promo.get("name") or adv.get("advertiserName"))
        attrs: dict[str, Any] = {
            "advertiser": as_str(adv.get("advertiserName")),
            "advertiser_handle": as_str(adv.get("screenName")),
            "display_location": as_str(imp.get("displayLocation")),
            "targeting": [
                (as_str(c.get("targetingType")), as_str(c.get("targetingValue")))
                for c in as_list(imp.get("matchedTargetingCriteria"))
                if isinstance(c, dict)
            ],
        }
        engagements = as_list(ev.get("engagementAttributes"))
        if engagements:
            attrs["engagements"] = [
                as_str(e.get("engagementType")) for e in engagements if isinstance(e, dict)
            ]
        target = status_url(None, promo_id) if promo.get("tweetId") else None
        item_id = st.unique(content_id("ad_interaction", key, when, attrs["advertiser"], promo_id))
        out.append(
            Item(X, K.AD_INTERACTION, item_id, iso_date(when), PRIVATE,
                 "ad records are visible only to you and X", text, ref, target, attrs=attrs)
        )  # fmt: skip


def ad_engagement(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    _ad(rec, ref, st, out, "adEngagements", "engagements")


def ad_impression(rec: Any, ref: SourceRef, st: XState, out: list[Item]) -> None:
    _ad(rec, ref, st, out, "adImpressions", "impressions")


CONVERTERS: dict[str, Converter] = {
    "like": like,
    "direct_messages": direct_message,
    "direct_message": direct_message,
    "direct_messages_group": group_message,
    "direct_message_group": group_message,
    "message_event": message_event,
    "grok_chat_item": grok,
    "follower": _follow("follower", "follower"),
    "following": _follow("following", "following"),
    "block": _block("block", "blocking"),
    "mute": _block("mute", "muting"),
    "connected_application": connected_app,
    "app": legacy_app,
    "saved_search": saved_search,
    "ad_engagements": ad_engagement,
    "ad_impressions": ad_impression,
}
