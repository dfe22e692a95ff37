"""Which members of a source belong to a Facebook or an Instagram export, and which layout.

Several zips, a folder of zips, or one Accounts Center download holding both platforms are read
as one tree. Members are grouped by origin and by a `facebook-…` / `instagram-…` wrapper folder;
each group is assigned to one platform by that name or by file paths only one platform uses (file
and folder names are the same in every language). A member whose own path is unmistakable
follows its path. Each member has at most one owner, so no file is read by both importers.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass, field

from app.core.importers.sources import ArchiveSource, Member
from app.core.models import Platform

FB, IG = Platform.FACEBOOK, Platform.INSTAGRAM
_PREFIX = re.compile(r"^(facebook|instagram)[-_]", re.I)
_FB_PATH = re.compile(
    r"(^|/)(your_facebook_activity/|apps_and_websites_off_of_facebook/|about_you/"
    r"|profile_information/profile_information\.(json|html)$|friends/friends\.(json|html)$"
    r"|friends_and_followers/|connections/friends/|comments_and_reactions/|likes_and_reactions/"
    r"|posts/your_posts|your_posts__check_ins|other_logged_information/|ads_information/advertisers_"
    r"|messages/(archived_threads|filtered_threads|e2ee_cutover)/|search_history/"
    r"|saved_items_and_collections/|marketplace/|groups/|pages/|events/|photos_and_videos/)"
)
_IG_PATH = re.compile(
    r"(^|/)(your_instagram_activity/|apps_and_websites_off_of_instagram/|instagram_"
    r"|followers_and_following/|content/(posts_\d+|stories|profile_photos|reels)\.(json|html)$"
    r"|likes/liked_|personal_information/personal_information\.(json|html)$|account_information/"
    r"|your_topics(/|\.json)|ads_and_topics/|comments/post_comments|saved/saved_"
    r"|threads/threads_and_replies|recent_searches\.json|information_about_you/)"
)
# A group without platform markers may still be a later part of a split Meta download.
_META_LIKE = re.compile(r"(^|/)(messages/[^/]+/[^/]+/message_\d+\.(json|html)|media/|posts/)")
_OTHER_DATA = re.compile(r"\.(js|csv)$", re.I)
_HTML = re.compile(r"\.html?$", re.I)
_JSON = re.compile(r"\.json$", re.I)

LAYOUTS: dict[Platform, list[tuple[re.Pattern[str], str]]] = {
    FB: [
        (re.compile(r"(^|/)your_facebook_activity/"), "2024+ (your_facebook_activity/…)"),
        (
            re.compile(
                r"(^|/)(comments_and_reactions|apps_and_websites_off_of_facebook|ads_information"
                r"|other_logged_information|personal_information|connections|stories)/"
            ),
            "2021–2023 (grouped top-level folders)",
        ),
        (
            re.compile(
                r"(^|/)(about_you|comments|likes_and_reactions|profile_information|friends|ads"
                r"|apps_and_websites|posts|messages|photos_and_videos)/"
            ),
            "2020 and earlier (top-level folders)",
        ),
    ],
    IG: [
        (
            re.compile(r"(^|/)your_instagram_activity/media/[^/]+\.json$"),
            "2025+ (your_instagram_activity/media/posts_1.json)",
        ),
        (re.compile(r"(^|/)your_instagram_activity/"), "2024 (your_instagram_activity/…)"),
        (
            re.compile(
                r"(^|/)(content|followers_and_following|account_information|likes|comments"
                r"|your_topics|ads_and_topics|messages|personal_information)/"
            ),
            "2021–2023 (flat folders)",
        ),
        (
            re.compile(r"^(media|profile|connections|likes|comments|searches|settings)\.json$"),
            "2018–2020 (root files)",
        ),
    ],
}


@dataclass(slots=True)
class Owned:
    member: Member
    rel: str  # path below the platform's wrapper folder, if any


@dataclass(slots=True)
class MetaLayout:
    members: dict[Platform, list[Owned]] = field(default_factory=dict)
    markers: Counter[Platform] = field(default_factory=Counter)

    def owned(self, platform: Platform) -> list[Owned]:
        return self.members.get(platform, [])

    def confidence(self, platform: Platform) -> float:
        if not self.owned(platform):
            return 0.0
        hits = self.markers[platform]
        return 0.95 if hits >= 2 else 0.6 if hits == 1 else 0.35

    def layout(self, platform: Platform) -> str:
        paths = [o.rel for o in self.owned(platform)]
        for rx, name in LAYOUTS[platform]:
            if any(rx.search(p) for p in paths):
                return name
        return "unknown layout"

    def is_html(self, platform: Platform) -> bool:
        """An HTML-format download: HTML pages where the JSON files would be."""
        paths = [o.rel for o in self.owned(platform)]
        html = sum(1 for p in paths if _HTML.search(p) and not p.startswith("files/"))
        return html > 0 and html > sum(1 for p in paths if _JSON.search(p))


def path_platform(path: str) -> Platform | None:
    fb, ig = bool(_FB_PATH.search(path)), bool(_IG_PATH.search(path))
    if fb == ig:
        return None
    return FB if fb else IG


def _split(path: str) -> tuple[str, str, Platform | None]:
    """(wrapper prefix, path below it, platform named by the wrapper)."""
    parts = path.split("/")
    for i, part in enumerate(parts[:-1]):
        m = _PREFIX.match(part)
        if m:
            plat = FB if m.group(1).lower() == "facebook" else IG
            return "/".join(parts[: i + 1]), "/".join(parts[i + 1 :]), plat
    return "", path, None


def _origin_platform(origin: str) -> Platform | None:
    m = _PREFIX.match(origin)
    if not m:
        return None
    return FB if m.group(1).lower() == "facebook" else IG


def _meta_like(rows: list[tuple[Member, str, Platform | None]]) -> bool:
    meta = any(_META_LIKE.search(rel) for _m, rel, _o in rows)
    return meta and not any(_OTHER_DATA.search(rel) for _m, rel, _o in rows)


_CACHE: weakref.WeakKeyDictionary[ArchiveSource, tuple[int, MetaLayout]] = (
    weakref.WeakKeyDictionary()
)


def meta_layout(source: ArchiveSource) -> MetaLayout:
    """Assign members to Facebook or Instagram (cached per source)."""
    cached = _CACHE.get(source)
    if cached is not None and cached[0] == len(source.members):
        return cached[1]
    groups: dict[tuple[str, str], list[tuple[Member, str, Platform | None]]] = {}
    named: dict[tuple[str, str], Platform | None] = {}
    result = MetaLayout()
    for m in source.members:
        prefix, rel, plat = _split(m.path)
        key = (m.origin, prefix)
        own = path_platform(rel)
        if own is not None:
            result.markers[own] += 1
        groups.setdefault(key, []).append((m, rel, own))
        named[key] = plat or _origin_platform(m.origin)
    decided: dict[tuple[str, str], Platform | None] = {}
    for key, rows in groups.items():
        votes = Counter(own for _m, _r, own in rows if own is not None)
        plat = named[key]
        if plat is None and votes:
            top = votes.most_common(2)
            plat = top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None
        decided[key] = plat
    present = {p for p in decided.values() if p is not None}
    fallback = next(iter(present)) if len(present) == 1 else None
    for key, rows in groups.items():
        group_plat = decided[key]
        if group_plat is None and fallback is not None and _meta_like(rows):
            group_plat = fallback
        for m, rel, own in rows:
            plat = own or group_plat
            if plat is not None:
                result.members.setdefault(plat, []).append(Owned(m, rel))
    _CACHE[source] = (len(source.members), result)
    return result
