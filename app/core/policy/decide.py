"""Evaluate one rule outcome for one kind of item in one concrete region (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.policy.context import UserContext
from app.core.policy.model import PolicySet, Rule, SettingCond, Status, Tri
from app.core.policy.reasons import Reason, note, reason

NEG = -(10**9)  # "since always"
INF = 10**9
EARLIEST_PLATFORM_YEAR = 2003  # LinkedIn; no item can be older


@dataclass(frozen=True, slots=True)
class Facts:
    """What the decision depends on; every item in one cache bucket shares these."""

    platform: str
    kind: str
    visibility: str
    created: int | None  # date ordinal
    shared_with_ai: bool
    deleted: bool


@dataclass(slots=True)
class Eval:
    current: Tri
    may: Tri
    status: Status
    reasons: list[Reason]  # str(r) is the English text
    action: str | None
    blockers: tuple[str, ...]


@dataclass(slots=True)
class _Block:
    key: str
    sure: bool
    end: int | None  # None = date unknown
    reason: Reason
    current: bool = True  # blocks use now
    past: bool = True  # bounds past use


def age_state(created: int | None, birth_year: int | None) -> str:
    """adult | minor | unknown at the item's date (birth year only: the edge year is unknown)."""
    if birth_year is None:
        return "unknown"
    if created is None:
        return "adult" if birth_year + 19 <= EARLIEST_PLATFORM_YEAR else "unknown"
    if created >= date(birth_year + 19, 1, 1).toordinal():
        return "adult"
    if created < date(birth_year + 18, 1, 1).toordinal():
        return "minor"
    return "unknown"


def applicability(rule: Rule, f: Facts, ctx: UserContext) -> list[Reason] | None:
    """None if the rule does not apply to these facts, else the doubts about applying it."""
    doubts: list[Reason] = []
    if rule.visibility:
        if f.visibility == "unknown":
            doubts.append(reason("visibility_unknown", visibility=tuple(rule.visibility)))
        elif f.visibility not in rule.visibility:
            return None
    if rule.age != "any" or rule.minor_caveat:
        age = age_state(f.created, ctx.birth_year)
        if (rule.age == ">=18" and age == "minor") or (rule.age == "<18" and age == "adult"):
            return None
        if age == "unknown" and rule.age != "any":
            doubts.append(reason("age_unknown", band=rule.age))
        if rule.minor_caveat and age != "adult":
            doubts.append(note(rule.minor_caveat))
    if rule.created_from or rule.created_to:
        if f.created is None:
            doubts.append(reason("date_window"))
        elif (rule.created_from and f.created < rule.created_from.toordinal()) or (
            rule.created_to and f.created >= rule.created_to.toordinal()
        ):
            return None
    if rule.attr_true and not f.shared_with_ai:
        return None
    if rule.attr_false and f.shared_with_ai:
        return None
    return doubts


def evaluate(
    rule: Rule, outcome: str, f: Facts, region: str, ctx: UserContext, pset: PolicySet
) -> Eval | None:
    if not rule.in_region(region):
        return None
    doubts = applicability(rule, f, ctx)
    if doubts is None:
        return None
    if outcome == "not_used":
        status = Status.UNCERTAIN if doubts else Status.NOT_USED
        return Eval(Tri.FALSE, Tri.FALSE, status, doubts, None, ())
    if outcome == "unclear":
        why = note(rule.note) if rule.note else reason("policy_silent")
        act = rule.user_actions[0] if rule.user_actions else None
        return Eval(Tri.UNCERTAIN, Tri.UNCERTAIN, Status.UNCERTAIN, [why, *doubts], act, ())
    return _active(rule, f, region, ctx, pset, doubts)


def _setting_value(key: str, region: str, ctx: UserContext, pset: PolicySet) -> str:
    state = ctx.settings.get(key)
    if state is not None:
        return "on" if state.value else "off"
    return pset.settings[key].default_for(region)


def _default_blocks(
    cond: SettingCond, region: str, pset: PolicySet, sure: bool, why: Reason, current: bool
) -> list[_Block]:
    """What the setting's documented default implies when the user has not told us."""
    sdef = pset.settings[cond.key]
    protective = "on" if sdef.protective else "off"
    default = sdef.default_for(region)
    if default == "unknown":
        why = reason("default_unconfirmed", setting=sdef.label, state=protective)
        return [_Block(cond.key, False, NEG, why, current=current)]
    if default == protective:
        sure = sure and sdef.default_confidence != "unconfirmed"
        return [_Block(cond.key, sure, NEG, why, current=current)]
    return []


def _blocks(
    rule: Rule, f: Facts, region: str, ctx: UserContext, pset: PolicySet
) -> tuple[list[_Block], list[SettingCond], int]:
    """Blocking settings, settings that could still block, and the opt-in start floor."""
    blocks: list[_Block] = []
    open_conds: list[SettingCond] = []
    floor = NEG
    today = ctx.today().toordinal()
    for cond in rule.settings:
        if cond.platforms and f.platform not in cond.platforms:
            continue
        if "ALL" not in cond.regions and region not in cond.regions:
            continue
        sdef = pset.settings[cond.key]
        sure = not cond.uncertain
        why = note(cond.note) if cond.note else reason("setting_undocumented", setting=sdef.label)
        if cond.only_if:
            gate = _setting_value(cond.only_if, region, ctx, pset)
            if gate == "off":
                continue
            if gate == "unknown":
                sure = False
                why = reason("depends_on", setting=pset.settings[cond.only_if].label)
        state = ctx.settings.get(cond.key)
        if state is None:
            found = _default_blocks(cond, region, pset, sure, why, current=True)
            blocks.extend(found)
            if not found or not found[0].sure:
                open_conds.append(cond)
        elif state.value == sdef.protective:
            end = state.changed.toordinal() if state.changed else None
            if end is not None and end >= today:
                # Changed today (e.g. the opt-out-everything view): the past is as before.
                blocks.append(_Block(cond.key, sure, end, why, past=False))
                if state.before is None:  # the earlier value is unknown: assume the default
                    blocks.extend(_default_blocks(cond, region, pset, sure, why, current=False))
            else:
                blocks.append(_Block(cond.key, sure, end, why))
        else:
            if sdef.default == ("on" if sdef.protective else "off") and state.changed:
                floor = max(floor, state.changed.toordinal())  # opt-in turned on at a date
            open_conds.append(cond)
    return blocks, open_conds, floor


def _active(
    rule: Rule, f: Facts, region: str, ctx: UserContext, pset: PolicySet, doubts: list[Reason]
) -> Eval:
    today = ctx.today().toordinal()
    reasons = list(doubts)
    blocks, open_conds, floor = _blocks(rule, f, region, ctx, pset)
    hard_end = today + 1
    for stop in (rule.use_ended, rule.effective_to):
        if stop is not None:
            hard_end = min(hard_end, stop.toordinal())
    in_force = hard_end > today and rule.effective_from.toordinal() <= today

    sure = [b for b in blocks if b.sure and b.current]
    maybe = [b for b in blocks if not b.sure and b.current]
    if not in_force or f.deleted:
        current, status = Tri.FALSE, Status.NOT_USED
    elif sure:
        current, status = Tri.FALSE, Status.BLOCKED_BY_SETTINGS
    elif maybe:
        current, status = Tri.UNCERTAIN, Status.UNCERTAIN
        reasons.extend(b.reason for b in maybe)
    else:
        current, status = Tri.TRUE, Status.ALLOWED_NOW

    past_sure = [b for b in blocks if b.sure and b.past]
    past_maybe = [b for b in blocks if not b.sure and b.past]
    may = _may_already(rule, f, region, past_sure, past_maybe, floor, hard_end, reasons)
    shaky = bool(doubts) or rule.confidence == "unconfirmed"
    if shaky:
        if rule.confidence == "unconfirmed":
            reasons.append(reason("unconfirmed"))
        if current == Tri.TRUE:
            current, status = Tri.UNCERTAIN, Status.UNCERTAIN
        if may == Tri.TRUE:
            may = Tri.UNCERTAIN
    action = None
    if current != Tri.FALSE:
        conds = sorted(open_conds, key=lambda c: c.uncertain)
        action = pset.settings[conds[0].key].action if conds else None
        if action is None and rule.user_actions:
            action = rule.user_actions[0]
    blockers = tuple(dict.fromkeys(c.key for c in open_conds)) if current != Tri.FALSE else ()
    return Eval(current, may, status, _dedupe(reasons), action, blockers)


def _may_already(
    rule: Rule,
    f: Facts,
    region: str,
    sure: list[_Block],
    maybe: list[_Block],
    floor: int,
    hard_end: int,
    reasons: list[Reason],
) -> Tri:
    started = rule.use_started.get(region) or rule.use_started.get("ALL")
    if started is None:
        reasons.append(reason("start_unknown"))
        return Tri.UNCERTAIN
    if f.created is None:
        reasons.append(reason("date_unknown"))
        return Tri.UNCERTAIN
    start = max(f.created, started.toordinal(), floor)
    latest, earliest = hard_end, hard_end
    for b in sure:
        if b.end is None:
            earliest = NEG
            reasons.append(reason("when_changed", key=b.key))
        else:
            latest, earliest = min(latest, b.end), min(earliest, b.end)
    for b in maybe:
        earliest = min(earliest, NEG if b.end is None else b.end)
    if start >= latest:
        return Tri.FALSE
    uncertain_start = region in rule.use_started_uncertain or "ALL" in rule.use_started_uncertain
    # An approximate start matters only when the use may have begun after your opt-out.
    start_matters = uncertain_start and f.created < started.toordinal() and latest < hard_end
    if start < earliest and not start_matters:
        return Tri.TRUE
    if uncertain_start:
        reasons.append(reason("start_approximate", start=str(started)))
    reasons.extend(b.reason for b in maybe)
    return Tri.UNCERTAIN


def _dedupe(items: list[Reason]) -> list[Reason]:
    return list(dict.fromkeys(items))
