"""Plain-language names for platforms, regions, outcomes, statuses and dashboard buckets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


_PLATFORMS = {
    "x": "X (Twitter)",
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "threads": "Threads",
}

_REGIONS = {
    "EU": "European Union",
    "EEA": "Iceland, Liechtenstein or Norway (EEA)",
    "CH": "Switzerland",
    "UK": "United Kingdom",
    "US": "United States",
    "CA": "Canada",
    "HK": "Hong Kong",
    "BR": "Brazil",
    "KR": "South Korea",
    "AU": "Australia",
    "OTHER": "Somewhere else",
}

_OUTCOMES = {
    "trains_platform_ai": "Trains the platform's AI",
    "shared_with_affiliate_for_ai_training": "Shared with an affiliate to train AI",
    "shared_with_third_parties_may_train_ai": "Shared with third parties that may train AI",
    "included_in_models_offered_to_third_parties": "Built into AI models offered to others",
    "licensed_or_syndicated": "Licensed or syndicated to others",
    "used_for_ads_personalization": "Used to personalise ads",
    "shared_with_affiliates_for_ads": "Shared with affiliates for ads",
    "used_for_safety_ai_only": "Used for safety AI only",
    "copied_to_federated_servers": "Copied to federated servers",
    "not_used": "Not used",
    "unclear": "Unclear",
    "not_covered": "No policy rule covers it",
}

_STATUSES = {
    "allowed_now": "Allowed now",
    "blocked_by_settings": "Blocked by your settings",
    "not_used": "Not used",
    "uncertain": "Uncertain",
    "not_covered": "Not covered",
}

_BUCKETS = {
    "allowed_now": "Allowed now",
    "may_already_used": "Blocked now, may already have been used",
    "uncertain": "Uncertain",
    "blocked": "Blocked by your settings",
    "not_used": "Not used",
}

# Fixed hues that read on light and dark backgrounds; text labels always accompany them.
# WCAG AA (tests/gui/test_accessibility.py): white counts on them 4.5:1, fills 3:1 against both
# themes' window and base colours.
BUCKET_COLOURS = {
    "allowed_now": QColor("#d53f3f"),
    "may_already_used": QColor("#ab6519"),
    "uncertain": QColor("#7c68c2"),
    "blocked": QColor("#35845d"),
    "not_used": QColor("#6c7787"),
}


def platform_name(key: str) -> str:
    return _t(_PLATFORMS.get(key, key))


def region_name(key: str) -> str:
    return _t(_REGIONS.get(key, key))


def outcome_name(key: str) -> str:
    return _t(_OUTCOMES.get(key, key.replace("_", " ")))


def status_name(key: str) -> str:
    return _t(_STATUSES.get(key, key.replace("_", " ")))


def bucket_name(key: str) -> str:
    return _t(_BUCKETS.get(key, key))


def items_text(n: int) -> str:
    """ "1 item" / "2,345 items" (English plural until translations land)."""
    return (_t("1 item") if n == 1 else _t("%1 items")).replace("%1", f"{n:,}")
