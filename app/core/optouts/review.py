"""Re-check reminders: recorded opt-out answers that the user should look at again.

A "done" or "not available" answer needs review when the policy data in use is a newer
version than the one it was recorded under, or when it predates the effective date of the
newest policy document whose rules that step's setting switches off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.core.optouts.answers import answer_for, policy_version
from app.core.optouts.steps import OptOutStep
from app.core.policy import Document, PolicySet
from app.core.storage.settings import OptOutAnswer, Settings


@dataclass(frozen=True, slots=True)
class Review:
    step: OptOutStep
    answer: OptOutAnswer
    reason: str  # "policy_data_updated" | "policy_newer_than_answer"
    document: Document | None = None  # the newer policy document, for the second reason


def governing_document(
    policy_set: PolicySet, setting: str, region: str | None, today: date
) -> Document | None:
    """The newest document in force whose rules the setting can switch off (in the region)."""
    best: Document | None = None
    for rule in policy_set.rules:
        if not any(c.key == setting for c in rule.settings):
            continue
        if region is not None and not rule.in_region(region):
            continue
        if rule.effective_to is not None and rule.effective_to <= today:
            continue
        doc = policy_set.current_document(rule)
        if doc.effective_from <= today and (
            best is None or doc.effective_from > best.effective_from
        ):
            best = doc
    return best


def _version(text: str | None) -> int | None:
    return int(text) if text is not None and text.isdigit() else None


def steps_needing_review(
    settings: Settings,
    steps: Iterable[OptOutStep],
    policy_set: PolicySet,
    today: date | None = None,
) -> list[Review]:
    """Recorded steps to review, in step order (open the wizard at the first one)."""
    day = today or date.today()
    current = _version(policy_version(policy_set))
    out: list[Review] = []
    for step in steps:
        answer = answer_for(settings, step, policy_set)
        if answer is None or answer.answer == "not_now":
            continue
        recorded = _version(answer.policy_version)
        if current is not None and recorded is not None and recorded < current:
            out.append(Review(step, answer, "policy_data_updated"))
            continue
        if not step.setting or answer.answer != "done":
            continue
        doc = governing_document(policy_set, step.setting, settings.region, day)
        if doc is not None and date.fromisoformat(answer.date) < doc.effective_from:
            out.append(Review(step, answer, "policy_newer_than_answer", doc))
    return out
