"""What the classifier needs to know about the user (policies.md §5.4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.core.policy.model import REGIONS, PolicySet


@dataclass(frozen=True, slots=True)
class SettingState:
    """A setting's value and the date it last changed (None = date unknown).

    value False = the data-sharing toggle is off (opted out). For objection keys
    (meta.objection_facebook, meta.objection_instagram) value True = objection submitted;
    for x.protected True = posts protected. Each key's protective value is in the policy data.
    """

    value: bool
    changed: date | None = None
    before: bool | None = None  # value before `changed`, when known (counterfactual views)


@dataclass(frozen=True)
class UserContext:
    region: str | None = None  # one of REGIONS, None = not told
    birth_year: int | None = None
    settings: dict[str, SettingState] = field(default_factory=dict)
    as_of: date | None = None  # "today" for the evaluation; None = the real today

    def __post_init__(self) -> None:
        if self.region is not None and self.region not in REGIONS:
            raise ValueError(f"Unknown region {self.region!r}; use one of {', '.join(REGIONS)}.")

    def today(self) -> date:
        return self.as_of or date.today()


def normalise_region(text: str) -> str:
    """'uk', 'Other', 'GB' → canonical region code; ValueError if unknown."""
    code = text.strip().upper()
    code = {"GB": "UK"}.get(code, code)
    if code not in REGIONS:
        raise ValueError(f"Unknown region {text!r}; use one of {', '.join(REGIONS)}.")
    return code


def opt_out_everything(ctx: UserContext, policy_set: PolicySet) -> UserContext:
    """The same user after opting out of every setting offered today in their region.

    Settings already protective keep their recorded date; the rest change today. Settings
    that are facts rather than opt-outs (x.protected, Accounts Center linking) are untouched.
    With the region unknown, every setting is included (the classifier keeps region doubt).
    """
    today = ctx.today()
    new = dict(ctx.settings)
    for key, sdef in policy_set.settings.items():
        if not sdef.in_opt_out_all:
            continue
        if ctx.region is not None and not sdef.offered_in(ctx.region):
            continue
        old = ctx.settings.get(key)
        if old is not None and old.value == sdef.protective:
            continue
        new[key] = SettingState(sdef.protective, today, old.value if old else None)
    return UserContext(ctx.region, ctx.birth_year, new, today)
