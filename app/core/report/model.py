"""The exposure report as plain data (pure): what every output format renders.

Built in one streaming pass (see build.py); holds only aggregates and a bounded list of the
most exposed items, so its size does not grow with the archive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.core.policy import ExposureSummary

# Top-item categories, in the order the report shows them (stable vocabulary).
CATEGORIES = ("public_posts", "ai_chats", "photos_with_captions", "profile_fields")
CATEGORY_TITLES = {
    "public_posts": "Public posts",
    "ai_chats": "AI chats",
    "photos_with_captions": "Photos and videos with captions",
    "profile_fields": "Profile fields",
}
# Timeline split: may the item already have been used (any active outcome)?
USED = ("true", "uncertain", "false")
UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class TopTag:
    outcome: str
    status: str
    currently_allowed: str  # true | false | uncertain
    may_already_have_been_used: str
    confidence: str
    rule: str
    explanation: str


@dataclass(frozen=True, slots=True)
class TopItem:
    """One of the most exposed items. In the redacted edition id/text/target are empty."""

    category: str
    score: int
    platform: str
    kind: str
    created_at: datetime | None
    visibility: str
    id: str
    text: str
    target: str
    media_count: int
    tags: tuple[TopTag, ...]


@dataclass(frozen=True, slots=True)
class ChecklistEntry:
    """One opt-out setting: what the user recorded, and how many items it would cover."""

    key: str
    platform: str
    label: str
    action: str
    url: str
    state: str  # done | not_done | not_recorded
    recorded_value: bool | None
    changed: date | None
    policy_version: str | None
    offered: bool  # offered in the user's region (True when the region is unknown)
    items_still_covered: int  # items still exposed that this setting would cover
    note: str = ""


@dataclass(frozen=True, slots=True)
class NoOptOut:
    """Exposure no setting can stop: a clause with no opt-out, counted over items."""

    platform: str
    outcome: str
    rule: str
    clause: str
    document: str
    items: int
    what_you_can_do: str


@dataclass(frozen=True, slots=True)
class PolicySource:
    """A policy document version the report relied on."""

    id: str
    platform: str
    title: str
    version_label: str
    kind: str
    effective_from: date
    last_verified: date
    source_url: str
    confidence: tuple[str, ...]  # confidences of the rules used from it
    items: int  # items with at least one tag from this document


@dataclass(frozen=True, slots=True)
class HealthFile:
    archive: str
    member: str
    status: str
    reason: str


@dataclass(slots=True)
class ArchiveHealth:
    """What was imported and what was missing (from the import inventories)."""

    sources: list[str] = field(default_factory=list)
    layouts: dict[str, str] = field(default_factory=dict)
    items_by_platform: dict[str, int] = field(default_factory=dict)
    file_counts: dict[str, int] = field(default_factory=dict)  # status -> files
    problem_files: list[HealthFile] = field(default_factory=list)  # failed + unknown
    missing: list[str] = field(default_factory=list)  # expected data not found, in words
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    first_date: datetime | None = None
    last_date: datetime | None = None
    complete: bool = True
    accounts: list[str] = field(default_factory=list)  # "platform: handle"


@dataclass(frozen=True, slots=True)
class ReportMeta:
    generated_at: datetime
    app_version: str
    policy_data_version: str  # short content hash of the policy files
    policy_last_verified: date | None
    region: str | None
    birth_year: int | None
    as_of: date
    redacted: bool = False


@dataclass(slots=True)
class Report:
    meta: ReportMeta
    summary: ExposureSummary
    # year ("2021" or "undated") -> {"true"|"uncertain"|"false": items}
    timeline: dict[str, dict[str, int]]
    top_items: dict[str, list[TopItem]]  # category -> most exposed first
    checklist: list[ChecklistEntry]
    no_opt_out: list[NoOptOut]
    policies: list[PolicySource]
    health: ArchiveHealth
    category_counts: dict[str, int] = field(default_factory=dict)  # items per category

    def platforms(self) -> list[str]:
        return sorted({p for p, _k in self.summary.kinds})


# Short labels for charts and tables (the JSON keeps the stable codes).
OUTCOME_LABELS = {
    "trains_platform_ai": "Trains the platform's AI",
    "shared_with_affiliate_for_ai_training": "Shared with group company for AI",
    "shared_with_third_parties_may_train_ai": "Shared with third parties (may train AI)",
    "included_in_models_offered_to_third_parties": "In AI models offered to others",
    "licensed_or_syndicated": "Licensed or syndicated",
    "used_for_ads_personalization": "Used for ads personalisation",
    "shared_with_affiliates_for_ads": "Shared with group company for ads",
    "used_for_safety_ai_only": "Safety AI only",
    "copied_to_federated_servers": "Copied to fediverse servers",
    "not_used": "Not used",
    "unclear": "Policy unclear",
    "not_covered": "Not covered by any rule",
}
STATUS_LABELS = {
    "allowed_now": "Allowed now",
    "uncertain": "Uncertain",
    "blocked_by_settings": "Stopped by your settings",
    "not_used": "Not used",
    "not_covered": "Not covered",
}
STATUS_COLOURS = {
    "allowed_now": "#c0392b",
    "uncertain": "#e6a23c",
    "blocked_by_settings": "#2e8b57",
    "not_used": "#7f8c8d",
    "not_covered": "#bdc3c7",
}
USED_LABELS = {
    "true": "May already have been used",
    "uncertain": "Uncertain",
    "false": "Not used so far",
}
USED_COLOURS = {"true": "#c0392b", "uncertain": "#e6a23c", "false": "#7f8c8d"}
CHECK_LABELS = {"done": "Done", "not_done": "Not done", "not_recorded": "Not recorded"}
