"""The Instagram demo export: the 2025+ layout (`your_instagram_activity/media/posts_1.json`).

Mis-encoded text as in every Meta export, label_values likes and saves (Dec 2025 format), the
"Private Account" flag in personal_information, Threads posts, an archived (private) post, and a
chat with Meta AI. Posts fall before and after Meta's policy dates.
"""

from __future__ import annotations

from typing import Any

from app.core.demo.common import EMAIL, NAME, Files, epoch, meta_json

_ACT = "your_instagram_activity"
_USER = "robin.grows"


def _media(uri: str, ts: int, title: str, **extra: Any) -> dict[str, Any]:
    m: dict[str, Any] = {"uri": uri, "creation_timestamp": ts}
    m.update(extra)
    m["title"] = title
    return m


def _exif(ts: int) -> dict[str, Any]:
    return {"photo_metadata": {"exif_data": [{"scene_capture_type": "standard",
                                              "date_time_original": ts}]}}  # fmt: skip


def posts() -> list[dict[str, Any]]:
    single = [
        (epoch(2026, 2, 7, 10), "Snowdrops are up in the community garden ❄️🌱", "202602"),
        (epoch(2025, 7, 19, 18), "Tomato harvest, finally!", "202507"),
        (epoch(2024, 6, 8, 9), "Balcony herbs, week three", "202406"),
        (epoch(2021, 5, 2, 12), "First post from the new allotment", "202105"),
    ]
    out: list[dict[str, Any]] = [
        {"media": [_media(f"media/posts/{ym}/1790000000{i:02d}.jpg", ts, title,
                          media_metadata=_exif(ts))]}
        for i, (ts, title, ym) in enumerate(single)
    ]  # fmt: skip
    ts = epoch(2025, 3, 16, 14)
    carousel = [_media(f"media/posts/202503/17900000005{n}.jpg", ts, "") for n in range(3)]
    out.insert(2, {"media": carousel, "title": "Seed swap at the library: a great turnout",
                   "creation_timestamp": ts})  # fmt: skip
    return out


def _owner(name: str, username: str) -> dict[str, Any]:
    return {"title": "Owner", "dict": [{"dict": [
        {"label": "URL", "value": f"https://www.instagram.com/{username}"},
        {"label": "Name", "value": name}, {"label": "Username", "value": username}],
        "title": ""}]}  # fmt: skip


def _labelled(ts: int, url: str, caption: str, name: str, username: str, fbid: str) -> Any:
    return {"timestamp": ts, "media": [], "label_values": [
        {"label": "URL", "value": url, "href": url},
        {"label": "Caption", "value": caption},
        _owner(name, username)], "fbid": fbid}  # fmt: skip


def _thread(title: str, people: list[str], msgs: list[tuple[str, int, str]]) -> dict[str, Any]:
    return {
        "participants": [{"name": p} for p in people],
        "messages": [{"sender_name": who, "timestamp_ms": ms * 1000, "content": text,
                      "is_geoblocked_for_viewer": False, "is_unsent_image_by_messenger_kid_parent":
                      False} for who, ms, text in sorted(msgs, key=lambda m: -m[1])],
        "title": title, "is_still_participant": True, "thread_path": "", "magic_words": [],
    }  # fmt: skip


def _profile() -> dict[str, Any]:
    def v(value: str) -> dict[str, Any]:
        return {"href": "", "value": value, "timestamp": 0}

    return {"profile_user": [{
        "media_map_data": {"Profile Photo": {"uri": "media/profile/202105/demo.jpg",
                                             "creation_timestamp": epoch(2021, 5, 1),
                                             "title": ""}},
        "string_map_data": {"Email": v(EMAIL), "Name": v(NAME), "Username": v(_USER),
                            "Bio": v("Growing things on a small balcony 🌿"),
                            "Gender": v("female"), "Private Account": v("False")},
    }]}  # fmt: skip


def files() -> Files:
    t = epoch
    ig = "https://www.instagram.com/p/"
    data: dict[str, Any] = {
        "personal_information/personal_information/personal_information.json": _profile(),
        f"{_ACT}/media/posts_1.json": posts(),
        f"{_ACT}/media/archived_posts.json": {"ig_archived_post_media": [{"media": [_media(
            "media/archived_posts/202311/179000000099.jpg", t(2023, 11, 4, 16),
            "Old haircut, archived 🙈")]}]},
        f"{_ACT}/media/stories.json": {"ig_stories": [
            _media("media/stories/202509/179100000001.mp4", t(2025, 9, 6, 8), "Market morning"),
        ]},
        f"{_ACT}/media/reels.json": {"ig_reels_media": [{"media": [_media(
            "media/reels/202601/179200000001.mp4", t(2026, 1, 24, 17),
            "How I sow tomatoes indoors")]}]},
        f"{_ACT}/comments/post_comments_1.json": [
            {"media_list_data": [], "string_map_data": {
                "Comment": {"value": "Gorgeous colours! 😍"},
                "Media Owner": {"value": "springfield.blooms"},
                "Time": {"timestamp": t(2024, 8, 30, 20)}}},
            {"media_list_data": [], "string_map_data": {
                "Comment": {"value": "Where is this trail?"},
                "Media Owner": {"value": "trailmaps"},
                "Time": {"timestamp": t(2025, 10, 12, 9)}}},
        ],
        f"{_ACT}/likes/liked_posts.json": [
            _labelled(t(2025, 12, 28, 21), f"{ig}DEMO0000001/", "Winter garden ideas",
                      "Springfield Blooms", "springfield.blooms", "17900000000000101"),
            _labelled(t(2024, 2, 11, 10), f"{ig}DEMO0000002/", "Trail of the month",
                      "Trail Maps", "trailmaps", "17900000000000102"),
        ],
        f"{_ACT}/saved/saved_posts.json": [
            _labelled(t(2025, 4, 3, 7), f"{ig}DEMO0000003/", "Compost in 5 steps",
                      "Zoë Garden Co", "zoe.garden.co", "17900000000000103"),
        ],
        f"{_ACT}/threads/threads_and_replies.json": {"text_post_app_text_posts": [
            {"media": [{"creation_timestamp": t(2025, 6, 2, 12), "title":
                        "Library book sale this Saturday, come early!", "uri": ""}]},
            {"media": [{"creation_timestamp": t(2026, 2, 1, 9), "title":
                        "Which seed catalogues do you trust?", "uri": ""}]},
        ]},
        f"{_ACT}/messages/inbox/springfieldblooms_1790000000000001/message_1.json": _thread(
            "springfield.blooms", ["springfield.blooms", NAME], [
                ("springfield.blooms", t(2024, 9, 1, 10), "Can we repost your tulip photo?"),
                (NAME, t(2024, 9, 1, 10, 30), "Sure, happy to 😊")]),
        f"{_ACT}/messages/inbox/metaai_1790000000000002/message_1.json": _thread(
            "Meta AI", ["Meta AI", NAME], [
                (NAME, t(2025, 11, 2, 20), "Write a caption for a photo of my tomato plants"),
                ("Meta AI", t(2025, 11, 2, 20, 0, 3), "Red, ripe and home-grown 🍅"),
                (NAME, t(2026, 3, 9, 19), "Ideas for a spring balcony layout?"),
                ("Meta AI", t(2026, 3, 9, 19, 0, 5),
                 "Tall planters at the back, herbs in the sun, trailing plants on the rail.")]),
        "connections/followers_and_following/followers_1.json": [
            {"title": "", "media_list_data": [], "string_list_data": [
                {"href": "https://www.instagram.com/springfield.blooms", "value":
                 "springfield.blooms", "timestamp": t(2022, 3, 3)}]},
            {"title": "", "media_list_data": [], "string_list_data": [
                {"href": "https://www.instagram.com/ameliedubois", "value": "ameliedubois",
                 "timestamp": t(2023, 1, 15)}]},
        ],
        "connections/followers_and_following/following.json": {"relationships_following": [
            {"title": "trailmaps", "string_list_data": [
                {"href": "https://www.instagram.com/_u/trailmaps", "timestamp": t(2024, 1, 7)}]},
        ]},
        "logged_information/recent_searches/account_searches.json": {"searches_user": [
            {"title": "", "media_list_data": [], "string_list_data": [
                {"value": "seedlibrary", "timestamp": t(2025, 5, 5, 22)}]}]},
        "ads_information/instagram_ads_and_businesses/"
        "advertisers_using_your_activity_or_information.json": {"ig_custom_audiences_all_types": [
            {"advertiser_name": "Garden Shop", "has_data_file_custom_audience": True,
             "has_remarketing_custom_audience": True, "has_in_person_store_visit": False}]},
        "ads_information/ads_and_topics/ads_viewed.json": [
            {"timestamp": t(2026, 1, 30, 18), "media": [], "label_values": [
                {"label": "Author", "value": "Garden Shop"},
                {"label": "URL", "value": "https://gardenshop.example/spring",
                 "href": "https://gardenshop.example/spring"}], "fbid": "17900000000000201"}],
    }  # fmt: skip
    for path, value in data.items():
        if path.endswith("/message_1.json"):
            value["thread_path"] = "inbox/" + path.split("/")[-2]
    return {path: meta_json(value) for path, value in data.items()}
