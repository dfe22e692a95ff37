"""The X demo archive: `data/*.js` files and `manifest.js` in the 2026 layout (formats §1).

Posts fall before and after each X policy date (2023-09-29, the EU window 2024-05-07 to
2024-08-01, 2024-11-15); a protect/unprotect history makes the posts public.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.core.demo.common import EMAIL, GENERATED, NAME, Files, at, iso_ms, x_json

ME, HANDLE = "100", "robin_demo"
_SOURCE = '<a href="https://x.com" rel="nofollow">X Web App</a>'


def _tweet(tid: str, when: datetime, text: str, **extra: Any) -> dict[str, Any]:
    mentions = extra.pop("mentions", [])
    urls = extra.pop("urls", [])
    t: dict[str, Any] = {
        "edit_info": {
            "initial": {
                "editTweetIds": [tid],
                "editableUntil": "2026-01-01T00:00:00.000Z",
                "editsRemaining": "5",
                "isEditEligible": False,
            }
        },
        "retweeted": False,
        "source": _SOURCE,
        "entities": {"hashtags": [], "symbols": [], "user_mentions": mentions, "urls": urls},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": "3",
        "id_str": tid,
        "truncated": False,
        "retweet_count": "0",
        "id": tid,
        "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "favorited": False,
        "full_text": text,
        "lang": "en",
        **extra,
    }
    return {"tweet": t}


def _mention(name: str, handle: str, uid: str, start: int) -> dict[str, Any]:
    end = str(start + len(handle) + 1)
    return {"name": name, "screen_name": handle, "indices": [str(start), end],
            "id_str": uid, "id": uid}  # fmt: skip


def tweets() -> list[dict[str, Any]]:
    quote_url = {
        "url": "https://t.co/abc",
        "expanded_url": "https://x.com/privacywatch/status/1799999999999999000",
        "display_url": "x.com/privacywatch/…",
        "indices": ["44", "60"],
    }
    reply = {
        "in_reply_to_status_id_str": "1799999999999999999",
        "in_reply_to_status_id": "1799999999999999999",
        "in_reply_to_user_id_str": "222",
        "in_reply_to_user_id": "222",
        "in_reply_to_screen_name": "neighbour_sam",
    }
    return [
        _tweet("1800000000000000001", at(2024, 6, 1, 9, 15),
               "Trying out the new community garden on Elm Street today. Tomatoes everywhere!"),
        _tweet("1800000000000000002", at(2024, 3, 18, 17, 2, 11),
               "RT @cityparks: Volunteers wanted for the spring clean-up this weekend",
               mentions=[_mention("City Parks", "cityparks", "111", 3)]),
        _tweet("1800000000000000003", at(2024, 10, 22, 20, 45, 30),
               "@neighbour_sam Thanks, the workshop was great!",
               mentions=[_mention("Sam", "neighbour_sam", "222", 0)], **reply),
        _tweet("1800000000000000004", at(2025, 1, 15, 8),
               "This is exactly why I read privacy policies https://t.co/abc", urls=[quote_url]),
        _tweet("1800000000000000005", at(2018, 4, 12, 10), "First post! Hello world."),
        _tweet("1800000000000000006", at(2025, 8, 10, 6, 30),
               "Photo from the hike up the ridge this morning"),
    ]  # fmt: skip


def _dm(mid: str, sender: str, recipient: str | None, when: datetime, text: str) -> dict[str, Any]:
    m: dict[str, Any] = {"recipientId": recipient} if recipient else {}
    m.update({"reactions": [], "urls": [], "text": text, "mediaUrls": [], "senderId": sender,
              "id": mid, "createdAt": iso_ms(when), "editHistory": []})  # fmt: skip
    return {"messageCreate": m}


def _grok(when: datetime, agent: bool, text: str) -> dict[str, Any]:
    who = ("Agent", "AGENT", 1) if agent else ("User", "USER", 0)
    return {"grokChatItem": {
        "accountId": ME, "chatId": "5001", "createdAt": iso_ms(when),
        "sender": {"value": who[2], "name": who[0], "originalName": who[1], "annotations": {}},
        "message": text, "postIds": [],
        "grokMode": {"value": 1, "name": "Normal", "originalName": "NORMAL", "annotations": {}},
        "attachments": [],
    }}  # fmt: skip


def _user(key: str, uid: str) -> dict[str, Any]:
    return {key: {"accountId": uid, "userLink": f"https://twitter.com/intent/user?user_id={uid}"}}


def _ad_engagement() -> dict[str, Any]:
    imp = {
        "deviceInfo": {"osType": "Desktop"},
        "displayLocation": "TimelineHome",
        "promotedTweetInfo": {"tweetId": "1799999999999990100",
                              "tweetText": "Spring bulbs, 20% off this week", "urls": [],
                              "mediaUrls": []},
        "advertiserInfo": {"advertiserName": "Garden Shop", "screenName": "@gardenshop"},
        "matchedTargetingCriteria": [
            {"targetingType": "Interests", "targetingValue": "Gardening"},
            {"targetingType": "Locations", "targetingValue": "Springfield"},
        ],
        "impressionTime": "2025-03-02 14:05:11",
    }  # fmt: skip
    eng = [{"engagementTime": "2025-03-02 14:05:40", "engagementType": "ChargeableImpression"}]
    return {"ad": {"adsUserData": {"adEngagements": {"engagements": [
        {"impressionAttributes": imp, "engagementAttributes": eng}]}}}}  # fmt: skip


def records() -> dict[str, tuple[str, str, list[dict[str, Any]]]]:
    """file name -> (manifest type, global name, records)."""
    return {
        "tweets.js": ("tweets", "tweets", tweets()),
        "like.js": ("like", "like", [
            {"like": {"tweetId": "1799999999999990001", "fullText": "Ten tips for a balcony garden",
                      "expandedUrl": "https://x.com/i/web/status/1799999999999990001"}},
            {"like": {"tweetId": "1799999999999990002",
                      "fullText": "Local library extends opening hours",
                      "expandedUrl": "https://x.com/i/web/status/1799999999999990002"}},
            {"like": {"tweetId": "1799999999999990003",
                      "expandedUrl": "https://x.com/i/web/status/1799999999999990003"}},
        ]),
        "direct-messages.js": ("directMessages", "direct_messages", [{"dmConversation": {
            "conversationId": f"{ME}-222", "messages": [
                _dm("1800000000000100001", ME, "222", at(2024, 5, 30, 18),
                    "Are you coming to the garden meeting on Thursday?"),
                _dm("1800000000000100002", "222", ME, at(2024, 5, 30, 18, 5),
                    "Yes, see you there"),
            ]}}]),
        "direct-messages-group.js": ("directMessagesGroup", "direct_messages_group", [
            {"dmConversation": {"conversationId": "1800000000000200000", "messages": [
                _dm("1800000000000200001", "333", None, at(2025, 2, 3, 19),
                    "Seed swap at the library on Saturday, who is in?"),
                _dm("1800000000000200002", ME, None, at(2025, 2, 3, 19, 7),
                    "Count me in, I will bring tomato seeds"),
                {"joinConversation": {"initiatingUserId": "333",
                                      "participantsSnapshot": [ME, "222", "333"],
                                      "createdAt": iso_ms(at(2025, 2, 3, 18, 59))}},
            ]}}]),
        "grok-chat-item.js": ("grokChatItem", "grok_chat_item", [
            _grok(at(2025, 9, 1, 12), False, "What can I plant in a shady balcony in autumn?"),
            _grok(at(2025, 9, 1, 12, 0, 5), True,
                  "Ferns, hostas and winter pansies do well in shade."),
        ]),
        "account.js": ("account", "account", [{"account": {
            "email": EMAIL, "createdVia": "web", "username": HANDLE, "accountId": ME,
            "createdAt": "2018-04-12T09:58:00.000Z", "accountDisplayName": NAME}}]),
        "profile.js": ("profile", "profile", [{"profile": {
            "description": {"bio": "Gardener, librarian, weekend hiker.",
                            "website": "https://example.org", "location": "Springfield"},
            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/demo.jpg"}}]),
        "follower.js": ("follower", "follower", [_user("follower", "222"),
                                                 _user("follower", "333")]),
        "following.js": ("following", "following", [_user("following", "111")]),
        "block.js": ("block", "block", [_user("blocking", "444")]),
        "mute.js": ("mute", "mute", [_user("muting", "555")]),
        "protected-history.js": ("protectedHistory", "protected_history", [
            {"protectedHistory": {"protectedAt": "2026-01-10T21:14:03.000Z", "action": "Protect"}},
            {"protectedHistory": {"protectedAt": "2026-02-14T08:30:41.000Z",
                                  "action": "Unprotect"}},
        ]),
        "personalization.js": ("personalization", "personalization", [{"p13nData": {
            "demographics": {"languages": [{"language": "English", "isDisabled": False}],
                             "genderInfo": {"gender": "female"}},
            "interests": {
                "interests": [{"name": "Gardening", "isDisabled": False},
                              {"name": "Hiking", "isDisabled": False}],
                "partnerInterests": [],
                "audienceAndAdvertisers": {
                    "lookalikeAdvertisers": [], "advertisers": ["@gardenshop"],
                    "doNotReachAdvertisers": [], "catalogAudienceAdvertisers": [],
                    "numAudiences": "0"},
                "shows": []},
            "locationHistory": [],
            "inferredAgeInfo": {"age": ["25-34"], "birthDate": ""}}}]),
        "ad-engagements.js": ("adEngagements", "ad_engagements", [_ad_engagement()]),
        "connected-application.js": ("connectedApplication", "connected_application", [
            {"connectedApplication": {
                "organization": {"name": "Trail Maps Ltd", "url": "https://trailmaps.example",
                                 "privacyPolicyUrl": "https://trailmaps.example/privacy"},
                "name": "Trail Maps", "description": "Share your hikes",
                "permissions": ["read", "write"], "approvedAt": "2023-05-20T16:40:00.000Z",
                "id": "28000001"}}]),
        "saved-search.js": ("savedSearch", "saved_search", [
            {"savedSearch": {"savedSearchId": "900001", "query": "community garden Springfield"}}
        ]),
    }  # fmt: skip


def _manifest(recs: dict[str, tuple[str, str, list[dict[str, Any]]]]) -> str:
    types: dict[str, Any] = {}
    for name, (dtype, glob, rows) in recs.items():
        entry: dict[str, Any] = {"files": [{"fileName": f"data/{name}",
                                            "globalName": f"YTD.{glob}.part0",
                                            "count": str(len(rows))}]}  # fmt: skip
        if dtype == "tweets":
            entry["mediaDirectory"] = "data/tweets_media"
        types[dtype] = entry
    man = {
        "userInfo": {"accountId": ME, "userName": HANDLE, "displayName": NAME},
        "archiveInfo": {"sizeBytes": "48213", "generationDate": iso_ms(GENERATED),
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": types,
    }  # fmt: skip
    return f"window.__THAR_CONFIG = {x_json(man)}"


def files() -> Files:
    recs = records()
    out: Files = {
        "Your archive.html": b"<!doctype html><title>Your archive</title>"
        b"<p>Demo archive for Overshare (fictional person).</p>\n",
        "data/manifest.js": _manifest(recs).encode(),
    }
    for name, (_t, glob, rows) in recs.items():
        out[f"data/{name}"] = f"window.YTD.{glob}.part0 = {x_json(rows)}".encode()
    return out
