"""Command-line options for the user context, shared by `scan` and `policy`."""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import Any

from app.core.policy.context import SettingState, UserContext, normalise_region
from app.core.policy.model import REGIONS, PolicySet, Tag

_SETTING = re.compile(
    r"^([a-z0-9_]+\.[a-z0-9_]+)=(on|off|true|false|yes|no)(?:@(\d{4}-\d{2}-\d{2}))?$"
)


def _region(text: str) -> str:
    try:
        return normalise_region(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _setting(text: str) -> tuple[str, SettingState]:
    m = _SETTING.match(text.strip().lower())
    if not m:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not KEY=on|off[@YYYY-MM-DD], e.g. x.grok_data_sharing=off@2024-08-01"
        )
    key, value, when = m.groups()
    try:
        changed = date.fromisoformat(when) if when else None
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: {when} is not a valid date") from exc
    return key, SettingState(value in ("on", "true", "yes"), changed)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def add_context_args(parser: argparse.ArgumentParser) -> None:
    """Add --region, --birth-year, --setting (repeatable) and --as-of."""
    g = parser.add_argument_group("your situation (used to apply the policies)")
    g.add_argument(
        "--region",
        type=_region,
        default=None,
        help=f"where you live: {', '.join(REGIONS)} (unknown if omitted: tags say uncertain)",
    )
    g.add_argument("--birth-year", type=int, default=None, help="to apply 18+ rules per item date")
    g.add_argument(
        "--setting",
        type=_setting,
        action="append",
        default=[],
        metavar="KEY=on|off[@DATE]",
        help="a setting's state and when it changed, e.g. linkedin.data_for_genai=off@2025-10-01; "
        "for objections (meta.objection_*) on = objection submitted; repeatable",
    )
    g.add_argument("--as-of", type=_date, default=None, help=argparse.SUPPRESS)


def context_from_args(args: argparse.Namespace, policy_set: PolicySet | None = None) -> UserContext:
    """Build the UserContext; with a policy set, unknown setting keys raise ValueError."""
    settings: dict[str, SettingState] = dict(getattr(args, "setting", None) or [])
    if policy_set is not None:
        unknown = sorted(k for k in settings if k not in policy_set.settings)
        if unknown:
            known = ", ".join(sorted(policy_set.settings))
            raise ValueError(f"Unknown setting {', '.join(unknown)}; known settings: {known}.")
    by = getattr(args, "birth_year", None)
    if by is not None and not 1900 <= by <= date.today().year:
        raise ValueError(f"Birth year {by} is out of range.")
    return UserContext(
        region=getattr(args, "region", None),
        birth_year=by,
        settings=settings,
        as_of=getattr(args, "as_of", None),
    )


def tag_to_json(tag: Tag) -> dict[str, Any]:
    return {
        "outcome": tag.outcome,
        "rule": tag.rule,
        "policy": tag.policy,
        "currently_allowed": tag.currently_allowed.value,
        "may_already_have_been_used": tag.may_already_have_been_used.value,
        "confidence": tag.confidence,
        "status": tag.status.value,
        "action": tag.action,
        "recipients": list(tag.recipients),
        "source_url": tag.source_url,
        "effective_from": tag.effective_from.isoformat() if tag.effective_from else None,
        "uncertain_reason": tag.uncertain_reason,
        "explanation": tag.explanation,
    }


def tags_to_json(tags: list[Tag]) -> list[dict[str, Any]]:
    return [tag_to_json(t) for t in tags]
