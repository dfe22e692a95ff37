"""Record the wizard's answer to an opt-out step in the settings (the caller saves them).

"done" also records the step's setting at its protective value, dated, so the classifier's
context changes; "not now" and "not available to me" are kept too, with their date. Taking
back an earlier "done" of the same step removes the setting value that answer recorded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.core.context_settings import record_optout
from app.core.optouts.steps import OptOutStep
from app.core.policy import PolicySet
from app.core.policy.bundle import read_version
from app.core.storage.settings import ANSWERS, OptOutAnswer, Settings


def policy_version(policy_set: PolicySet) -> str:
    """The policy bundle version in use, as recorded with answers ("0" when unknown)."""
    return str(read_version(Path(policy_set.directory))) if policy_set.directory else "0"


def record_answer(
    settings: Settings,
    step: OptOutStep,
    answer: str,
    policy_set: PolicySet,
    when: date | None = None,
) -> bool:
    """Store `answer` for `step`; True when the classifier's context changed."""
    if answer not in ANSWERS:
        raise ValueError(f"Unknown answer {answer!r}; use one of {', '.join(ANSWERS)}.")
    day = when or date.today()
    version = policy_version(policy_set)
    before = settings.optouts.get(step.setting) if step.setting else None
    previous = settings.optout_answers.get(step.id)
    settings.optout_answers[step.id] = OptOutAnswer(answer, day.isoformat(), version)
    sdef = policy_set.settings.get(step.setting) if step.setting else None
    if sdef is None:
        return False
    if answer == "done":
        record_optout(settings, sdef.key, sdef.protective, day, version)
    elif previous is not None and previous.answer == "done":
        settings.optouts.pop(sdef.key, None)
    return settings.optouts.get(sdef.key) != before


def answer_for(settings: Settings, step: OptOutStep, policy_set: PolicySet) -> OptOutAnswer | None:
    """The recorded answer of a step; its setting recorded protective elsewhere (CLI) = done."""
    got = settings.optout_answers.get(step.id)
    if got is not None:
        return got
    rec = settings.optouts.get(step.setting) if step.setting else None
    sdef = policy_set.settings.get(step.setting)
    if rec is None or sdef is None or rec.value != sdef.protective:
        return None
    return OptOutAnswer("done", rec.date, rec.policy_version)
