"""What the recorded opt-out answers changed: before/after exposure, step by step.

"Before" is the user's context without the steps' recorded settings (platform defaults);
each step then adds its own recorded setting, in wizard order, up to "after" (the context
the classifier uses now). A step moved an item when one of the item's uses went from
"allowed now" to "blocked by your settings"; opting out is not retroactive, so of those items
we also count the ones still flagged "may already have been used".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.core.context_settings import context_from_settings
from app.core.jobs import CancelToken, JobCancelled, Progress, no_progress
from app.core.models import Item
from app.core.optouts.steps import OptOutStep
from app.core.pipeline import stored_batches
from app.core.policy import Classifier, ExposureSummary, PolicySet, SummaryBuilder, Tag, Tri
from app.core.policy.context import UserContext
from app.core.policy.model import Status
from app.core.storage import Library
from app.core.storage.settings import Settings


@dataclass(slots=True)
class StepEffect:
    step_id: str
    setting: str
    moved_to_blocked: int = 0  # items with a use allowed before this step and blocked after
    still_may_have_been_used: int = 0  # of those, items that may already have been used
    uncertain_to_blocked: int = 0  # items with a use uncertain before and blocked after


@dataclass(slots=True)
class EffectReport:
    before: ExposureSummary
    after: ExposureSummary
    steps: list[StepEffect] = field(default_factory=list)

    def for_step(self, step_id: str) -> StepEffect | None:
        return next((s for s in self.steps if s.step_id == step_id), None)


def _recorded_steps(settings: Settings, steps: Sequence[OptOutStep]) -> list[OptOutStep]:
    """Steps whose setting has a recorded value, one per setting, in order."""
    seen: set[str] = set()
    out = []
    for s in steps:
        if s.setting and s.setting in settings.optouts and s.setting not in seen:
            seen.add(s.setting)
            out.append(s)
    return out


def _contexts(after: UserContext, keys: Sequence[str]) -> list[UserContext]:
    """before (keys removed), then one context per key added back, ending at `after`."""
    base = {k: v for k, v in after.settings.items() if k not in keys}
    out = [UserContext(after.region, after.birth_year, dict(base), after.as_of)]
    for key in keys:
        base[key] = after.settings[key]
        out.append(UserContext(after.region, after.birth_year, dict(base), after.as_of))
    return out


def _moved(old: Sequence[Tag], new: Sequence[Tag]) -> tuple[bool, bool, bool]:
    """(a use went allowed → blocked, such a use may already have been used, and a use went
    uncertain → blocked)."""
    status = {(t.rule, t.outcome): t.status for t in old}
    blocked = [t for t in new if t.status == Status.BLOCKED_BY_SETTINGS]
    hits = [t for t in blocked if status.get((t.rule, t.outcome)) == Status.ALLOWED_NOW]
    unsure = any(status.get((t.rule, t.outcome)) == Status.UNCERTAIN for t in blocked)
    return bool(hits), any(t.may_already_have_been_used == Tri.TRUE for t in hits), unsure


def answers_effect(
    batches: Iterable[Sequence[Item]],
    policy_set: PolicySet,
    settings: Settings,
    steps: Sequence[OptOutStep],
    cancel: CancelToken | None = None,
) -> EffectReport:
    """Classify every item under before, each step added, and after; count the moves."""
    recorded = _recorded_steps(settings, steps)
    contexts = _contexts(context_from_settings(settings), [s.setting for s in recorded])
    classifiers = [Classifier(policy_set, ctx) for ctx in contexts]
    effects = [StepEffect(s.id, s.setting) for s in recorded]
    first, last = SummaryBuilder(), SummaryBuilder()
    # Tag lists are shared between equivalent items, so count each combination of lists
    # (one per context) once per item and compare the lists only once per combination.
    combos: Counter[tuple[int, ...]] = Counter()
    alive: dict[tuple[int, ...], tuple[Sequence[Tag], ...]] = {}
    for batch in batches:
        if cancel is not None and cancel.cancelled:
            raise JobCancelled()
        per_context = [c.classify_many(batch) for c in classifiers]
        for item, combo in zip(batch, zip(*per_context, strict=True), strict=True):
            first.add(item, combo[0])
            last.add(item, combo[-1])
            key = tuple(map(id, combo))
            if key not in alive:
                alive[key] = combo  # keeps the lists alive, so their ids stay unique
            combos[key] += 1
    for key, n in combos.items():
        combo = alive[key]
        for i, effect in enumerate(effects):
            if combo[i] is combo[i + 1]:
                continue
            moved, used, unsure = _moved(combo[i], combo[i + 1])
            effect.moved_to_blocked += n * moved
            effect.still_may_have_been_used += n * used
            effect.uncertain_to_blocked += n * unsure
    return EffectReport(first.result(), last.result(), effects)


def library_effect(
    library: Library,
    policy_set: PolicySet,
    settings: Settings,
    steps: Sequence[OptOutStep],
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> EffectReport:
    """answers_effect over every stored item, with progress (run it off the GUI thread)."""
    batches = stored_batches(
        library, progress or no_progress, cancel, "Comparing {done:,} of {total:,} items"
    )
    return answers_effect(batches, policy_set, settings, steps, cancel)
