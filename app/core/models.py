"""Plain data types shared by importers, classifier, store and report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from operator import attrgetter
from typing import Any


class Platform(StrEnum):
    X = "x"
    LINKEDIN = "linkedin"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    THREADS = "threads"


class ItemKind(StrEnum):
    """Item kinds: policies.md §5.7, plus a few the archives need (marked)."""

    POST = "post"
    REPLY = "reply"
    QUOTE = "quote"
    REPOST = "repost"
    COMMENT = "comment"
    ARTICLE = "article"
    POLL_ANSWER = "poll_answer"
    PHOTO = "photo"
    VIDEO = "video"
    REEL = "reel"
    STORY = "story"
    CAPTION = "caption"
    LIKE_OR_REACTION = "like_or_reaction"
    BOOKMARK_OR_SAVE = "bookmark_or_save"
    MESSAGE = "message"
    GROUP_MESSAGE = "group_message"
    GROUP_POST = "group_post"
    AI_CHAT = "ai_chat"
    PROFILE_FIELD = "profile_field"
    CONNECTION_OR_FOLLOW = "connection_or_follow"
    RESUME = "resume"
    SCREENING_ANSWER = "screening_answer"
    SEARCH_QUERY = "search_query"
    AD_INTERACTION = "ad_interaction"
    RATING_OR_REVIEW = "rating_or_review"
    # Extensions (no §5.7 name fits):
    INFERENCE = "inference"  # what the platform inferred: interests, ad targeting, demographics
    BLOCK_OR_MUTE = "block_or_mute"  # accounts the user blocked or muted
    CONNECTED_APP = "connected_app"  # third-party apps with account access
    OFF_PLATFORM_ACTIVITY = "off_platform_activity"  # activity reported by other apps/sites
    ACCOUNT_FACT = "account_fact"  # email, phone, logins, devices: account records


class Visibility(StrEnum):
    PUBLIC = "public"
    PROTECTED = "protected"
    FOLLOWERS = "followers"
    FRIENDS = "friends"
    PRIVATE = "private"
    UNKNOWN = "unknown"


@dataclass(slots=True)
class SourceRef:
    """Where an item came from: archive file, member path inside it, record position."""

    archive: str
    member: str
    index: int


@dataclass(slots=True)
class Item:
    """One thing from an archive. Treat as immutable: not frozen only because a frozen
    dataclass costs 5x more to build, and importers build millions of these."""

    platform: Platform
    kind: ItemKind
    id: str  # stable across re-imports: "<platform>:<kind>:<native id or content hash>"
    created_at: datetime | None  # timezone-aware UTC
    visibility: Visibility
    visibility_basis: str  # what the visibility was derived from, in words
    text: str
    source: SourceRef
    target: str | None = None  # what a like/reply/repost/comment points to (URL or id)
    media: tuple[str, ...] = ()
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


class FileStatus(StrEnum):
    READ = "read"
    SKIPPED = "skipped"  # known but holds nothing we turn into items (media, viewer assets)
    UNKNOWN = "unknown"  # not recognised: listed, never silently dropped
    FAILED = "failed"


@dataclass(slots=True)
class FileReport:
    archive: str
    member: str
    status: FileStatus
    reason: str = ""
    items: int = 0
    size: int = 0


@dataclass(slots=True)
class AccountFacts:
    platform: Platform
    handle: str | None = None
    account_id: str | None = None
    display_name: str | None = None
    created_at: datetime | None = None
    protected: bool | None = None
    facts: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Inventory:
    """What an import found: per file status, counts, dates, account facts, warnings."""

    sources: list[str] = field(default_factory=list)
    layouts: dict[str, str] = field(default_factory=dict)  # platform -> layout description
    files: list[FileReport] = field(default_factory=list)
    kind_counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    first_date: datetime | None = None
    last_date: datetime | None = None
    accounts: list[AccountFacts] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # source-level problems (unreadable zip, ...)
    cancelled: bool = False
    complete: bool = False

    @property
    def total_items(self) -> int:
        return sum(self.kind_counts.values())

    def add_file(self, report: FileReport) -> FileReport:
        self.files.append(report)
        return report

    def count(self, items: list[Item]) -> None:
        # Hot path (runs on every batch): C-level iteration, no per-item Python branches.
        keys = zip(map(_PLATFORM_VALUE, items), map(_KIND_VALUE, items), strict=True)
        self.kind_counts.update(keys)
        dates = [d for d in map(_CREATED, items) if d is not None]
        if dates:
            lo, hi = min(dates), max(dates)
            if self.first_date is None or lo < self.first_date:
                self.first_date = lo
            if self.last_date is None or hi > self.last_date:
                self.last_date = hi

    def account(self, platform: Platform) -> AccountFacts:
        for acc in self.accounts:
            if acc.platform == platform:
                return acc
        acc = AccountFacts(platform=platform)
        self.accounts.append(acc)
        return acc

    def files_with(self, status: FileStatus) -> list[FileReport]:
        return [f for f in self.files if f.status == status]


_PLATFORM_VALUE = attrgetter("platform._value_")
_KIND_VALUE = attrgetter("kind._value_")
_CREATED = attrgetter("created_at")
