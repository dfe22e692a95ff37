"""Item → exposure tags. Pure: no I/O; decisions are cached per bucket of equivalent items.

Two items get the same tags when they share platform, kind, effective visibility, the
`shared_with_ai` and `deleted` flags, and the same date bucket: the interval between
consecutive dates any rule or setting compares against (use start dates, windows, opt-out
dates, the 18th-birthday years). So the per-item cost is a bisect and a dict lookup.

Item attrs the classifier reads (importers set them when the archive says so):
  target_visibility: visibility of what a comment/reply points to ("public", ...)
  field: profile field name for profile_field items ("name", "username", ...)
  shared_with_ai: True when a message was shared with the platform's AI in a chat
  deleted: True when the item was deleted on the platform
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date

from app.core.models import Item
from app.core.policy.context import UserContext
from app.core.policy.decide import Eval, Facts, evaluate
from app.core.policy.explain import explain, explain_not_covered
from app.core.policy.model import (
    NOT_COVERED,
    REGIONS,
    PolicySet,
    Rule,
    Status,
    Tag,
    Tri,
)
from app.core.policy.reasons import Reason, reason

_Key = tuple[str, str, str, int, bool, bool]
_NOT_COVERED = reason("not_covered")


def _rule_dates(r: Rule) -> set[int]:
    dates = {d.toordinal() for d in r.use_started.values()}
    for d in (r.effective_from, r.effective_to, r.use_ended, r.created_from, r.created_to):
        if d is not None:
            dates.add(d.toordinal())
    return dates


class Classifier:
    """Classify items under one policy set and one user context, with a decision cache."""

    def __init__(self, policy_set: PolicySet, ctx: UserContext) -> None:
        self.policy_set = policy_set
        self.ctx = ctx
        self._today = ctx.today()
        self._index: dict[tuple[str, str], list[Rule]] = {}
        for rule in policy_set.rules:
            for platform in rule.platforms:
                for kind in rule.item_kinds:
                    self._index.setdefault((platform, kind), []).append(rule)
        self._overridden = {
            (p, k) for o in policy_set.overrides for p in o.platforms for k in o.item_kinds
        }
        ctx_dates = self._context_dates()
        self._rule_bounds = {r.id: sorted(ctx_dates | _rule_dates(r)) for r in policy_set.rules}
        self._bounds = sorted(set().union(ctx_dates, *map(_rule_dates, policy_set.rules)))
        self._cache: dict[_Key, list[Tag]] = {}
        # Second level: one rule's tags depend only on that rule's own date boundaries.
        self._rule_cache: dict[tuple[object, ...], tuple[Tag, ...]] = {}

    def _context_dates(self) -> set[int]:
        dates = {self._today.toordinal() + 1}
        for state in self.ctx.settings.values():
            if state.changed is not None:
                dates.add(state.changed.toordinal())
        by = self.ctx.birth_year
        if by is not None:
            dates.update(date(y, 1, 1).toordinal() for y in (by + 18, by + 19))
        return dates

    def _visibility(self, item: Item) -> str:
        attrs = item.attrs
        for o in self.policy_set.overrides:
            if item.platform.value not in o.platforms or item.kind.value not in o.item_kinds:
                continue
            if o.when_target and attrs.get("target_visibility") == o.when_target:
                return o.becomes
            if o.when_field and attrs.get("field") in o.when_field:
                return o.becomes
        return item.visibility.value

    def classify(self, item: Item) -> list[Tag]:
        """Tags for one item; the returned list is shared between equivalent items: do not
        mutate it."""
        created = item.created_at
        bucket = -1 if created is None else bisect_right(self._bounds, created.toordinal())
        attrs = item.attrs
        shared = deleted = False
        vis: str = item.visibility
        if attrs:
            shared = attrs.get("shared_with_ai") is True
            deleted = attrs.get("deleted") is True
            if (item.platform, item.kind) in self._overridden:
                vis = self._visibility(item)
        key = (item.platform, item.kind, vis, bucket, shared, deleted)
        tags = self._cache.get(key)
        if tags is None:
            facts = Facts(
                platform=item.platform.value,
                kind=item.kind.value,
                visibility=str(vis),
                created=None if created is None else created.toordinal(),
                shared_with_ai=shared,
                deleted=deleted,
            )
            tags = self._cache[key] = self._decide(facts)
        return tags

    def classify_many(self, items: Iterable[Item]) -> list[list[Tag]]:
        """Tags for many items (lists shared between equivalent items)."""
        bounds, cache, classify = self._bounds, self._cache, self.classify
        out: list[list[Tag]] = []
        append = out.append
        for it in items:
            created = it.created_at
            if it.attrs or created is None:
                append(classify(it))
                continue
            key = (
                it.platform,
                it.kind,
                it.visibility,
                bisect_right(bounds, created.toordinal()),
                False,
                False,
            )
            tags = cache.get(key)
            append(classify(it) if tags is None else tags)
        return out

    # ------------------------------------------------------------------ decision

    def _decide(self, f: Facts) -> list[Tag]:
        tags: list[Tag] = []
        for rule in self._index.get((f.platform, f.kind), ()):
            rb = -1 if f.created is None else bisect_right(self._rule_bounds[rule.id], f.created)
            sub = (rule.id, f.platform, f.kind, f.visibility, rb, f.shared_with_ai, f.deleted)
            found = self._rule_cache.get(sub)
            if found is None:
                found = self._rule_cache[sub] = self._decide_rule(rule, f)
            tags.extend(found)
        if not tags:
            tags.append(_not_covered(f))
        return tags

    def _decide_rule(self, rule: Rule, f: Facts) -> tuple[Tag, ...]:
        out = []
        for outcome in rule.outcomes:
            ev = self._evaluate_any_region(rule, outcome, f)
            if ev is not None:
                out.append(self._tag(rule, outcome, ev))
        return tuple(out)

    def _evaluate_any_region(self, rule: Rule, outcome: str, f: Facts) -> Eval | None:
        region = self.ctx.region
        ps, ctx = self.policy_set, self.ctx
        if region is not None:
            return evaluate(rule, outcome, f, region, ctx, ps)
        results = {r: evaluate(rule, outcome, f, r, ctx, ps) for r in REGIONS}
        found = [e for e in results.values() if e is not None]
        if not found:
            return None
        return _merge(found, [r for r, e in results.items() if e is not None])

    def _tag(self, rule: Rule, outcome: str, ev: Eval) -> Tag:
        doc = self.policy_set.current_document(rule)
        intro = self.policy_set.documents[rule.document]
        return Tag(
            outcome=outcome,
            rule=rule.id,
            policy=doc.id,
            currently_allowed=ev.current,
            may_already_have_been_used=ev.may,
            confidence=rule.confidence,
            action=ev.action,
            explanation=explain(rule, outcome, doc, intro, ev),
            source_url=doc.source_urls[0],
            effective_from=rule.effective_from,
            recipients=rule.recipients,
            status=ev.status,
            uncertain_reason="; ".join(map(str, ev.reasons)),
            blockers=ev.blockers,
            reasons=tuple(ev.reasons),
        )


def _merge(found: list[Eval], regions: list[str]) -> Eval:
    """Region unknown: keep what every region agrees on, otherwise say it depends."""
    first = found[0]
    reasons: list[Reason] = []
    for e in found:
        reasons.extend(e.reasons)
    partial = len(regions) < len(REGIONS)
    current = first.current if all(e.current == first.current for e in found) else Tri.UNCERTAIN
    may = first.may if all(e.may == first.may for e in found) else Tri.UNCERTAIN
    status = first.status if all(e.status == first.status for e in found) else Status.UNCERTAIN
    if partial:
        reasons.insert(0, reason("regions_only", regions=tuple(regions)))
        if current == Tri.TRUE:
            current = Tri.UNCERTAIN
        if may == Tri.TRUE:
            may = Tri.UNCERTAIN
        if status in (Status.ALLOWED_NOW, Status.NOT_USED):
            status = Status.UNCERTAIN
    elif any(e.current != first.current or e.may != first.may for e in found):
        reasons.insert(0, reason("region_depends"))
    if current == Tri.UNCERTAIN and status != Status.UNCERTAIN:
        status = Status.UNCERTAIN
    action = next((e.action for e in found if e.action), None)
    blockers = tuple(dict.fromkeys(k for e in found for k in e.blockers))
    return Eval(current, may, status, list(dict.fromkeys(reasons)), action, blockers)


def _not_covered(f: Facts) -> Tag:
    return Tag(
        outcome=NOT_COVERED,
        rule="none",
        policy="none",
        currently_allowed=Tri.UNCERTAIN,
        may_already_have_been_used=Tri.UNCERTAIN,
        confidence="unconfirmed",
        action=None,
        explanation=explain_not_covered(f.platform, f.kind),
        source_url="",
        effective_from=None,
        recipients=(),
        status=Status.NOT_COVERED,
        uncertain_reason=str(_NOT_COVERED),
        reasons=(_NOT_COVERED,),
    )


def classify(item: Item, policy_set: PolicySet, ctx: UserContext) -> list[Tag]:
    """One-off classification; use Classifier for many items (it caches decisions)."""
    return list(Classifier(policy_set, ctx).classify(item))
