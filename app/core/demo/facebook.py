"""The Facebook demo export: "Download Your Information" JSON in the 2024+ layout (formats §3).

Every string is mis-encoded the way Meta writes it (UTF-8 bytes as \\u00XX escapes), including an
accented name and an emoji. Posts fall before and after Meta's dates (2023-09, 2024-09,
2025-05-27, 2025-12-16); some state an audience. A Messenger thread with Meta AI is included.
"""

from __future__ import annotations

from typing import Any

from app.core.demo.common import EMAIL, FIRST, LAST, NAME, Files, epoch, meta_json

_ACT = "your_facebook_activity"
_AMELIE = "Amélie Dubois"  # an accented name: mis-encoded in the file
_SAM = "Sam Neighbour"


def _post(ts: int, text: str, title: str, audience: str | None, **att: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {"timestamp": ts, "data": [{"post": text}, {"update_timestamp": ts}]}
    if att:
        rec["attachments"] = [{"data": [att]}]
    rec["title"] = title
    if audience:
        rec["audience"] = audience
    return rec


def posts() -> list[dict[str, Any]]:
    photo = {"media": {"uri": f"{_ACT}/posts/media/Timelinephotos_1/demo_ridge.jpg",
                       "creation_timestamp": epoch(2025, 8, 10, 7),
                       "title": "", "description": "View from the ridge"}}  # fmt: skip
    return [
        _post(epoch(2026, 1, 18, 10, 30), "New year, new seed library shelves 🌱",
              f"{NAME} updated her status.", "Public"),
        _post(epoch(2025, 8, 10, 7, 5), "Sunrise hike with the walking club",
              f"{NAME} added a new photo.", "Friends", **photo),
        _post(epoch(2025, 1, 9, 20), "Happy birthday to my wonderful sister!",
              f"{NAME} wrote on her timeline.", "Only me"),
        _post(epoch(2024, 3, 2, 15), "Our community garden is looking for volunteers",
              f"{NAME} shared a link.", "Public",
              external_context={"url": "https://springfield.example/garden"}),
        _post(epoch(2022, 5, 14, 11), "Café Müller has the best cinnamon buns in town",
              f"{NAME} was at Café Müller.", None,
              place={"name": "Café Müller", "coordinate": {"latitude": 0, "longitude": 0}}),
    ]  # fmt: skip


def _thread(title: str, people: list[str], msgs: list[tuple[str, int, str]]) -> dict[str, Any]:
    return {
        "participants": [{"name": p} for p in people],
        "messages": [
            {"sender_name": who, "timestamp_ms": ms, "content": text, "is_geoblocked_for_viewer":
             False} for who, ms, text in sorted(msgs, key=lambda m: -m[1])
        ],  # newest first, as Meta writes them
        "title": title,
        "is_still_participant": True,
        "thread_path": "",
        "magic_words": [],
    }  # fmt: skip


def _ms(*args: int) -> int:
    return epoch(*args) * 1000


def threads() -> dict[str, dict[str, Any]]:
    return {
        "samneighbour_10158000000000001": _thread(_SAM, [_SAM, NAME], [
            (_SAM, _ms(2023, 6, 3, 9), "Spare courgettes, want some?"),
            (NAME, _ms(2023, 6, 3, 9, 4), "Yes please 😊"),
        ]),
        "gardenclub_20415000000000002": _thread("Garden club", [_AMELIE, _SAM, NAME], [
            (_AMELIE, _ms(2025, 4, 2, 18), "Réunion jeudi at 7, bring gloves!"),
            (NAME, _ms(2025, 4, 2, 18, 10), "I'll bring the tea"),
        ]),
        "metaai_30500000000000003": _thread("Meta AI", ["Meta AI", NAME], [
            (NAME, _ms(2025, 3, 11, 21), "Which vegetables grow well in partial shade?"),
            ("Meta AI", _ms(2025, 3, 11, 21, 0, 4),
             "Lettuce, spinach, kale and peas cope well with partial shade."),
            (NAME, _ms(2026, 1, 5, 8), "Plan a three-day walking trip near Springfield"),
            ("Meta AI", _ms(2026, 1, 5, 8, 0, 6),
             "Day 1: the river path. Day 2: the ridge loop. Day 3: the old railway line."),
        ]),
    }  # fmt: skip


def _profile() -> dict[str, Any]:
    return {"profile_v2": {
        "name": {"full_name": NAME, "first_name": FIRST, "middle_name": "", "last_name": LAST},
        "emails": {"emails": [EMAIL], "previous_emails": [], "pending_emails": [],
                   "ad_account_emails": []},
        "birthday": {"year": 1991, "month": 3, "day": 31},
        "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "current_city": {"name": "Springfield", "timestamp": epoch(2019, 8, 1)},
        "hometown": {"name": "Århus", "timestamp": 0},
        "relationship": {"status": "In a relationship", "timestamp": epoch(2021, 2, 14)},
        "education_experiences": [{"name": "Springfield College", "graduated": True,
                                   "concentrations": ["Library science"], "school_type":
                                   "College", "timestamp": epoch(2013, 6, 30)}],
        "username": "robin.example.demo",
        "registration_timestamp": epoch(2009, 9, 12, 18),
        "profile_uri": "https://www.facebook.com/robin.example.demo",
    }}  # fmt: skip


def files() -> Files:
    t = epoch
    data: dict[str, Any] = {
        "personal_information/profile_information/profile_information.json": _profile(),
        f"{_ACT}/posts/your_posts__check_ins__photos_and_videos_1.json": posts(),
        f"{_ACT}/groups/your_posts_in_groups.json": {"group_posts_v2": [_post(
            t(2024, 10, 6, 17), "Does anyone have a spare compost bin?",
            f"{NAME} posted in Springfield Gardeners.", None)]},
        f"{_ACT}/comments_and_reactions/comments.json": {"comments_v2": [
            {"timestamp": t(2023, 7, 21, 8), "data": [{"comment": {
                "timestamp": t(2023, 7, 21, 8), "comment": "Thank you for the summer reading list!",
                "author": NAME}}],
             "title": f"{NAME} commented on Springfield Public Library's post."},
            {"timestamp": t(2025, 9, 30, 19), "data": [{"comment": {
                "timestamp": t(2025, 9, 30, 19), "comment": "Will the market run in winter too?",
                "author": NAME}}],
             "title": f"{NAME} commented on City Farmers Market's post."},
        ]},
        f"{_ACT}/comments_and_reactions/likes_and_reactions_1.json": [
            {"timestamp": t(2024, 11, 2, 12), "data": [{"reaction": {"reaction": "LIKE",
             "actor": NAME}}], "title": f"{NAME} liked {_AMELIE}'s post."},
            {"timestamp": t(2025, 6, 1, 9), "data": [{"reaction": {"reaction": "LOVE",
             "actor": NAME}}], "title": f"{NAME} reacted to City Parks's post."},
        ],
        f"{_ACT}/saved_items_and_collections/your_saved_items.json": {"saves_v2": [
            {"timestamp": t(2025, 2, 8, 22), "attachments": [{"data": [{"external_context": {
                "name": "How to start a seed library", "url":
                "https://libraries.example/seed-library"}}]}],
             "title": f"{NAME} saved a link."}]},
        "connections/friends/your_friends.json": {"friends_v2": [
            {"name": _AMELIE, "timestamp": t(2016, 4, 9)},
            {"name": _SAM, "timestamp": t(2019, 3, 1)},
        ]},
        "logged_information/search/your_search_history.json": {"searches_v2": [
            {"timestamp": t(2025, 7, 14, 20), "data": [{"text": "walking club springfield"}],
             "title": "You searched Facebook"}]},
        "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json": {
            "off_facebook_activity_v2": [{"name": "Garden Shop", "events": [
                {"id": 4100000001, "type": "PURCHASE", "timestamp": t(2025, 3, 20, 13)},
                {"id": 4100000001, "type": "PAGE_VIEW", "timestamp": t(2025, 3, 19, 21)}]}]},
        "ads_information/advertisers_using_your_activity_or_information.json": {
            "custom_audiences_all_types_v2": [
                {"advertiser_name": "Garden Shop", "has_data_file_custom_audience": True,
                 "has_remarketing_custom_audience": False, "has_in_person_store_visit": False}]},
    }  # fmt: skip
    for tid, thread in threads().items():
        thread["thread_path"] = f"inbox/{tid}"
        data[f"{_ACT}/messages/inbox/{tid}/message_1.json"] = thread
    return {path: meta_json(value) for path, value in data.items()}
