"""Plain words for item values (kind, visibility, confidence, actions) and the exposure summary.

Platform, outcome and status names come from app.gui.widgets.labels (shared with the
dashboard) so both pages use the same words. Strings go through Qt's translator.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.core.storage import TagRow
from app.gui.widgets import labels as shared


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


KINDS = {  # every ItemKind: a label generated from the code could not be translated
    "post": "Post",
    "reply": "Reply",
    "quote": "Quote",
    "repost": "Repost",
    "comment": "Comment",
    "article": "Article",
    "poll_answer": "Poll answer",
    "photo": "Photo",
    "video": "Video",
    "reel": "Reel",
    "story": "Story",
    "caption": "Caption",
    "like_or_reaction": "Like / reaction",
    "bookmark_or_save": "Bookmark / save",
    "message": "Message",
    "group_message": "Group message",
    "group_post": "Group post",
    "ai_chat": "AI chat",
    "profile_field": "Profile detail",
    "connection_or_follow": "Connection / follow",
    "resume": "Résumé",
    "screening_answer": "Job screening answer",
    "search_query": "Search",
    "ad_interaction": "Ad interaction",
    "rating_or_review": "Rating / review",
    "inference": "Inferred about you",
    "block_or_mute": "Block / mute",
    "connected_app": "Connected app",
    "off_platform_activity": "Activity elsewhere",
    "account_fact": "Account record",
}

VISIBILITIES = {
    "public": "Public",
    "protected": "Protected (approved followers)",
    "followers": "Followers",
    "friends": "Friends",
    "private": "Private",
    "unknown": "Unknown",
}

CONFIDENCE = {
    "confirmed": "Confirmed (the platform's own text or a regulator)",
    "secondary": "Secondary (press reports, not the platform's own text)",
    "unconfirmed": "Unconfirmed (single or contradictory sources)",
}

# Opt-out steps that are not a single setting (wizard actions from the policy data).
ACTIONS = {
    "wizard.linkedin.delete": "Delete the item on LinkedIn",
    "wizard.linkedin.limit_visibility": "Limit who can see it on LinkedIn",
    "wizard.linkedin.objection_form": "Send LinkedIn's objection form",
    "wizard.meta.ad_preferences": "Review Meta's ad preferences",
    "wizard.meta.ai_discover_private": "Keep your Meta AI chats out of Discover",
    "wizard.meta.connected_apps": "Remove connected apps at Meta",
    "wizard.meta.delete": "Delete the item at Meta",
    "wizard.meta.delete_ai_chats": "Delete your Meta AI chats",
    "wizard.meta.limit_past_posts": "Limit the audience of past posts",
    "wizard.meta.objection": "Object to Meta's AI use",
    "wizard.x.delete": "Delete the item on X",
    "wizard.x.grok_delete_history": "Delete your Grok chat history",
}

PASSIVE = frozenset({"not_used", "unclear", "not_covered", "used_for_safety_ai_only"})
# Worst first: the exposure column shows the worst status among an item's active tags.
SEVERITY = ("allowed_now", "uncertain", "blocked_by_settings", "not_used", "not_covered")


def humanise(value: str) -> str:
    return value.replace("_", " ").capitalize()


def platform_label(value: str) -> str:
    return shared.platform_name(value)


def kind_label(value: str) -> str:
    return _tr(KINDS.get(value, humanise(value)))


def visibility_label(value: str) -> str:
    return _tr(VISIBILITIES.get(value, humanise(value)))


def outcome_label(value: str) -> str:
    return shared.outcome_name(value)


def status_label(value: str) -> str:
    return shared.status_name(value)


def confidence_label(value: str) -> str:
    return _tr(CONFIDENCE.get(value, humanise(value)))


def action_label(value: str) -> str:
    return _tr(ACTIONS.get(value, humanise(value.removeprefix("wizard.").split(".")[-1])))


@dataclass(frozen=True, slots=True)
class Exposure:
    """One item's tags in brief: the worst status among active uses and how many uses."""

    status: str  # a SEVERITY value
    uses: int  # distinct active outcomes (training, sharing, ads...)
    outcomes: tuple[str, ...]

    @property
    def rank(self) -> int:
        return SEVERITY.index(self.status)

    def text(self) -> str:
        if self.uses == 0:
            return status_label(self.status)
        noun = _tr("use") if self.uses == 1 else _tr("uses")
        return f"{status_label(self.status)} · {self.uses} {noun}"


def exposure_of(tags: Sequence[TagRow]) -> Exposure:
    active = [t for t in tags if t.outcome not in PASSIVE]
    if not tags:
        return Exposure("not_covered", 0, ())
    if not active:
        worst = min((t.status for t in tags), key=_rank)
        return Exposure("not_used" if worst == "allowed_now" else worst, 0, ())
    outcomes = tuple(dict.fromkeys(t.outcome for t in active))
    return Exposure(min((t.status for t in active), key=_rank), len(outcomes), outcomes)


def _rank(status: str) -> int:
    return SEVERITY.index(status) if status in SEVERITY else len(SEVERITY)
