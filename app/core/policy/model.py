"""Policy data types: documents, settings, rules (loaded from TOML) and the tags they produce."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.core.policy.reasons import Reason

# policies.md §5.4 regions (HK included: LinkedIn's 2025-11-03 extension names it).
REGIONS = ("EU", "EEA", "CH", "UK", "US", "CA", "HK", "BR", "KR", "AU", "OTHER")

# policies.md §5.3; "not_covered" is the sentinel for items no rule speaks about.
OUTCOMES = (
    "trains_platform_ai",
    "shared_with_affiliate_for_ai_training",
    "shared_with_third_parties_may_train_ai",
    "included_in_models_offered_to_third_parties",
    "licensed_or_syndicated",
    "used_for_ads_personalization",
    "shared_with_affiliates_for_ads",
    "used_for_safety_ai_only",
    "copied_to_federated_servers",
    "not_used",
    "unclear",
)
NOT_COVERED = "not_covered"


class Tri(StrEnum):
    TRUE = "true"
    FALSE = "false"
    UNCERTAIN = "uncertain"


class Status(StrEnum):
    ALLOWED_NOW = "allowed_now"
    BLOCKED_BY_SETTINGS = "blocked_by_settings"
    NOT_USED = "not_used"
    UNCERTAIN = "uncertain"
    NOT_COVERED = "not_covered"


@dataclass(frozen=True, slots=True)
class Document:
    """One version of one policy document (policies.md §5.1)."""

    id: str
    platform: str
    title: str
    version_label: str
    effective_from: date
    source_urls: tuple[str, ...]
    archive_ref: str
    last_verified: date
    kind: str = "policy"  # policy | terms | notice | announcement | regulator
    announced: date | None = None
    announced_precision: str = "day"
    effective_to: date | None = None
    supersedes: str | None = None
    controller_by_region: dict[str, str] = field(default_factory=dict, hash=False)
    note: str = ""


@dataclass(frozen=True, slots=True)
class SettingDef:
    """A user-controllable setting or objection (policies.md §5.4 keys).

    `protective` is the value that stops the data use: False for data-sharing toggles
    ("off" = opted out), True for objections and for x.protected.
    """

    key: str
    platform: str
    label: str
    protective: bool
    default: str  # "on" | "off" | "unknown" when the user has not told us
    default_confidence: str
    action: str
    url: str = ""
    default_by_region: dict[str, str] = field(default_factory=dict, hash=False)
    regions: tuple[str, ...] = ("ALL",)  # where the setting/form is offered
    in_opt_out_all: bool = True  # part of the "opt out of everything" counterfactual
    note: str = ""

    def default_for(self, region: str) -> str:
        return self.default_by_region.get(region, self.default)

    def offered_in(self, region: str | None) -> bool:
        return "ALL" in self.regions or (region is not None and region in self.regions)


@dataclass(frozen=True, slots=True)
class SettingCond:
    """A setting that stops a rule when it holds its protective value."""

    key: str
    regions: tuple[str, ...] = ("ALL",)  # only effective for users in these regions
    platforms: tuple[str, ...] = ()  # only for items of these platforms (empty = all)
    uncertain: bool = False  # not documented whether this setting really stops the use
    only_if: str | None = None  # effective only when this other setting is on
    note: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    """One clause applied to item kinds (policies.md §5.2)."""

    id: str
    document: str
    clause_summary: str
    confidence: str  # confirmed | secondary | unconfirmed
    platforms: tuple[str, ...]
    item_kinds: tuple[str, ...]
    outcomes: tuple[str, ...]
    regions: tuple[str, ...]
    regions_except: tuple[str, ...]
    recipients: tuple[str, ...]
    opt_out_effect: str  # prospective | retroactive | none_available
    user_actions: tuple[str, ...]
    effective_from: date
    effective_to: date | None
    still_in: str | None
    use_started: dict[str, date] = field(hash=False)
    use_started_uncertain: tuple[str, ...] = ()
    use_ended: date | None = None
    visibility: tuple[str, ...] = ()  # empty = any visibility
    age: str = "any"  # any | >=18 | <18 (age at the item's date)
    minor_caveat: str = ""  # if set, minors (or unknown age) make a "true" uncertain
    created_from: date | None = None
    created_to: date | None = None  # exclusive
    attr_true: str | None = None  # item.attrs flag that must be true
    attr_false: str | None = None  # item.attrs flag that must not be true
    settings: tuple[SettingCond, ...] = ()
    secondary_sources: tuple[str, ...] = ()
    note: str = ""
    source_file: str = ""

    def in_region(self, region: str) -> bool:
        if region in self.regions_except:
            return False
        return "ALL" in self.regions or region in self.regions


@dataclass(frozen=True, slots=True)
class VisibilityOverride:
    """E.g. Meta: a comment on public content is public even from a private account."""

    platforms: tuple[str, ...]
    item_kinds: tuple[str, ...]
    becomes: str
    source: str
    when_target: str | None = None  # item.attrs["target_visibility"] equals this
    when_field: tuple[str, ...] = ()  # or item.attrs["field"] is one of these


@dataclass(frozen=True, slots=True)
class PolicySet:
    documents: dict[str, Document] = field(hash=False)
    rules: tuple[Rule, ...]
    settings: dict[str, SettingDef] = field(hash=False)
    overrides: tuple[VisibilityOverride, ...] = ()
    directory: str = ""

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def current_document(self, rule: Rule) -> Document:
        return self.documents[rule.still_in or rule.document]


@dataclass(frozen=True, slots=True)
class Tag:
    """One outcome for one item, with both flags and why (the classifier's output)."""

    outcome: str
    rule: str
    policy: str
    currently_allowed: Tri
    may_already_have_been_used: Tri
    confidence: str
    action: str | None
    explanation: str
    source_url: str
    effective_from: date | None
    recipients: tuple[str, ...]
    status: Status
    uncertain_reason: str
    blockers: tuple[str, ...] = ()  # setting keys that would switch this off if changed
    reasons: tuple[Reason, ...] = ()  # uncertain_reason as codes, for other languages
