"""How a policy change moves the user's own exposure: both policy sets over the same items."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.core.jobs import CancelToken
from app.core.models import Item
from app.core.policy.classifier import Classifier
from app.core.policy.context import UserContext
from app.core.policy.diff import PLATFORM_NAMES
from app.core.policy.explain import OUTCOME_TEXT
from app.core.policy.model import PolicySet, Tag, Tri
from app.core.policy.summary import ExposureSummary, SummaryBuilder

_PASSIVE = ("not_used", "unclear", "not_covered")


def _exposed(tags: Sequence[Tag]) -> bool:
    return any(t.outcome not in _PASSIVE and t.currently_allowed == Tri.TRUE for t in tags)


@dataclass(slots=True)
class ExposureDelta:
    before: ExposureSummary
    after: ExposureSummary
    newly_exposed: int = 0  # items exposed now under the new policies and not the old
    no_longer_exposed: int = 0
    # (platform, outcome) -> items with that outcome allowed now, old and new
    allowed_before: Counter[tuple[str, str]] = field(default_factory=Counter)
    allowed_after: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def unchanged(self) -> bool:
        b, a = self.before, self.after
        return (
            self.newly_exposed == self.no_longer_exposed == 0
            and self.allowed_before == self.allowed_after
            and (b.may_already_used, b.uncertain, b.not_covered)
            == (a.may_already_used, a.uncertain, a.not_covered)
        )

    def lines(self) -> list[str]:
        b, a = self.before, self.after
        if b.total_items == 0:
            return ["No items are loaded, so your own exposure cannot be compared."]
        if self.unchanged:
            return [f"Your exposure did not change ({b.total_items} items compared)."]
        out = [
            f"Items exposed now: {b.exposed_now} → {a.exposed_now} "
            f"({self.newly_exposed} newly exposed, {self.no_longer_exposed} no longer).",
            f"May already have been used: {b.may_already_used} → {a.may_already_used}.",
            f"Uncertain: {b.uncertain} → {a.uncertain}; not covered by any rule: "
            f"{b.not_covered} → {a.not_covered}.",
        ]
        for key in sorted(set(self.allowed_before) | set(self.allowed_after)):
            old, new = self.allowed_before[key], self.allowed_after[key]
            if old != new:
                platform, outcome = key
                out.append(
                    f"{PLATFORM_NAMES.get(platform, platform)}: items that "
                    f"{OUTCOME_TEXT.get(outcome, outcome)}: {old} → {new}."
                )
        return out


def exposure_delta(
    batches: Iterable[Sequence[Item]],
    old: PolicySet,
    new: PolicySet,
    ctx: UserContext,
    cancel: CancelToken | None = None,
) -> ExposureDelta:
    """Classify every item under both policy sets (the user's own context) and compare."""
    c_old, c_new = Classifier(old, ctx), Classifier(new, ctx)
    s_old, s_new = SummaryBuilder(), SummaryBuilder()
    newly = gone = 0
    allowed_old: Counter[tuple[str, str]] = Counter()
    allowed_new: Counter[tuple[str, str]] = Counter()
    for batch in batches:
        if cancel is not None:
            cancel.raise_if_cancelled()
        for item in batch:
            t_old, t_new = c_old.classify(item), c_new.classify(item)
            s_old.add(item, t_old)
            s_new.add(item, t_new)
            e_old, e_new = _exposed(t_old), _exposed(t_new)
            newly += e_new and not e_old
            gone += e_old and not e_new
            p = item.platform.value
            for tags, counter in ((t_old, allowed_old), (t_new, allowed_new)):
                for outcome in {t.outcome for t in tags if t.currently_allowed == Tri.TRUE}:
                    if outcome not in _PASSIVE:
                        counter[(p, outcome)] += 1
    return ExposureDelta(s_old.result(), s_new.result(), newly, gone, allowed_old, allowed_new)
