"""Aggregate exposure over classified items (pure); fed incrementally, batch by batch."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.core.models import Item
from app.core.policy.model import Tag, Tri

_PASSIVE = ("not_used", "unclear", "not_covered")


@dataclass(frozen=True, slots=True)
class OldestUsed:
    item_id: str
    platform: str
    kind: str
    created_at: datetime
    rule: str


@dataclass(slots=True)
class ExposureSummary:
    total_items: int = 0
    # (platform, outcome, status) -> items with such a tag
    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    kinds: Counter[tuple[str, str]] = field(default_factory=Counter)  # (platform, kind) -> items
    exposed_now: int = 0  # items with an active outcome currently allowed
    may_already_used: int = 0  # items with an active outcome that may already have been used
    uncertain: int = 0  # items with at least one uncertain tag
    not_covered: int = 0
    oldest_may_already_used: OldestUsed | None = None
    # setting key -> items still exposed (allowed or uncertain) that the setting would cover
    settings_impact: Counter[str] = field(default_factory=Counter)

    def top_settings(self, n: int = 5) -> list[tuple[str, int]]:
        return self.settings_impact.most_common(n)

    def to_dict(self) -> dict[str, Any]:
        oldest = self.oldest_may_already_used
        return {
            "total_items": self.total_items,
            "exposed_now": self.exposed_now,
            "may_already_used": self.may_already_used,
            "uncertain": self.uncertain,
            "not_covered": self.not_covered,
            "counts": [
                {"platform": p, "outcome": o, "status": s, "items": n}
                for (p, o, s), n in sorted(self.counts.items())
            ],
            "kinds": [
                {"platform": p, "kind": k, "items": n} for (p, k), n in sorted(self.kinds.items())
            ],
            "oldest_may_already_used": None
            if oldest is None
            else {
                "item": oldest.item_id,
                "platform": oldest.platform,
                "kind": oldest.kind,
                "created_at": oldest.created_at.isoformat(),
                "rule": oldest.rule,
            },
            "settings_impact": [{"setting": k, "items": n} for k, n in self.top_settings(50)],
        }


@dataclass(frozen=True, slots=True)
class _TagFacts:
    """What one tag list contributes; tag lists are shared, so this is computed once each."""

    pairs: tuple[tuple[str, str], ...]
    exposed: bool
    used_rule: str | None
    unsure: bool
    not_covered: bool
    keys: tuple[str, ...]


def _tag_facts(tags: Sequence[Tag]) -> _TagFacts:
    pairs = tuple(dict.fromkeys((t.outcome, t.status.value) for t in tags))
    active = [t for t in tags if t.outcome not in _PASSIVE]
    used = next((t.rule for t in active if t.may_already_have_been_used == Tri.TRUE), None)
    keys = {k for t in active if t.currently_allowed != Tri.FALSE for k in t.blockers}
    return _TagFacts(
        pairs=pairs,
        exposed=any(t.currently_allowed == Tri.TRUE for t in active),
        used_rule=used,
        unsure=any(
            Tri.UNCERTAIN in (t.currently_allowed, t.may_already_have_been_used) for t in tags
        ),
        not_covered=any(t.outcome == "not_covered" for t in tags),
        keys=tuple(sorted(keys)),
    )


class SummaryBuilder:
    """Feed (item, tags) pairs; result() expands the grouped counts into a summary."""

    def __init__(self) -> None:
        # id(tag list) -> (the list, kept alive so the id stays unique; its facts)
        self._memo: dict[int, tuple[Sequence[Tag], _TagFacts]] = {}
        self._groups: Counter[tuple[int, str, str]] = Counter()  # (tags id, platform, kind)
        self._oldest: OldestUsed | None = None

    def add(self, item: Item, tags: Sequence[Tag]) -> None:
        tid = id(tags)
        hit = self._memo.get(tid)
        if hit is None or hit[0] is not tags:
            hit = self._memo[tid] = (tags, _tag_facts(tags))
        self._groups[(tid, item.platform, item.kind)] += 1
        rule = hit[1].used_rule
        if rule is not None:
            ts = item.created_at
            cur = self._oldest
            if ts is not None and (cur is None or ts < cur.created_at):
                self._oldest = OldestUsed(item.id, item.platform.value, item.kind.value, ts, rule)

    def result(self) -> ExposureSummary:
        s = ExposureSummary(oldest_may_already_used=self._oldest)
        for (tid, platform, kind), n in self._groups.items():
            tf = self._memo[tid][1]
            p = str(platform)
            s.total_items += n
            s.kinds[(p, str(kind))] += n
            for outcome, status in tf.pairs:
                s.counts[(p, outcome, status)] += n
            s.exposed_now += n * tf.exposed
            s.may_already_used += n * (tf.used_rule is not None)
            s.uncertain += n * tf.unsure
            s.not_covered += n * tf.not_covered
            for k in tf.keys:
                s.settings_impact[k] += n
        return s


def summarise(items_and_tags: Iterable[tuple[Item, Sequence[Tag]]]) -> ExposureSummary:
    builder = SummaryBuilder()
    for item, tags in items_and_tags:
        builder.add(item, tags)
    return builder.result()


def render_exposure(now: ExposureSummary, after: ExposureSummary | None = None) -> str:
    """A readable block for the CLI: current exposure and, optionally, after opting out."""
    lines = [
        "Exposure",
        f"  items: {now.total_items}   exposed now: {now.exposed_now}   "
        f"may already have been used: {now.may_already_used}   uncertain: {now.uncertain}   "
        f"not covered by any rule: {now.not_covered}",
    ]
    oldest = now.oldest_may_already_used
    if oldest is not None:
        lines.append(
            f"  oldest item that may already have been used: {oldest.item_id} "
            f"({oldest.created_at.date().isoformat()}, rule {oldest.rule})"
        )
    lines.append("  per platform × outcome × status:")
    for (p, o, st), n in sorted(now.counts.items()):
        lines.append(f"    {p:<10} {o:<44} {st:<20} {n:>8}")
    if now.settings_impact:
        lines.append("  settings that would remove most exposure:")
        for key, n in now.top_settings():
            lines.append(f"    {key:<36} {n:>8} items")
    if after is not None:
        lines.append(
            f"  if you opt out of everything available today: exposed now {now.exposed_now} → "
            f"{after.exposed_now} (already used stays {after.may_already_used}: opt-outs are "
            "not retroactive)"
        )
    return "\n".join(lines) + "\n"
