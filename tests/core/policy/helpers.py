"""Small builders shared by the policy tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from app.core.models import Item, ItemKind, Platform, SourceRef, Visibility
from app.core.policy import SettingState, Tag, UserContext

AS_OF = date(2026, 11, 26)  # policies.md research date


def item(
    platform: str,
    kind: str,
    visibility: str = "public",
    created: str | None = "2025-06-01",
    **attrs: Any,
) -> Item:
    ts = None if created is None else datetime.fromisoformat(created).replace(tzinfo=UTC)
    return Item(
        platform=Platform(platform),
        kind=ItemKind(kind),
        id=f"{platform}:{kind}:t",
        created_at=ts,
        visibility=Visibility(visibility),
        visibility_basis="test",
        text="",
        source=SourceRef("test.zip", "m", 0),
        attrs=attrs,
    )


def ctx(region: str | None = "US", birth_year: int | None = 1980, **settings: str) -> UserContext:
    """settings: key with dots as __, value 'on'/'off' optionally '@YYYY-MM-DD'."""
    states = {}
    for key, spec in settings.items():
        value, _, when = spec.partition("@")
        states[key.replace("__", ".")] = SettingState(
            value == "on", date.fromisoformat(when) if when else None
        )
    return UserContext(region, birth_year, states, AS_OF)


_SHORT = {"true": "T", "false": "F", "uncertain": "U"}


def compact(tags: list[Tag]) -> set[str]:
    """'rule:outcome=current/may/status' for exact comparisons."""
    return {
        f"{t.rule}:{t.outcome}={_SHORT[t.currently_allowed]}/"
        f"{_SHORT[t.may_already_have_been_used]}/{t.status.value}"
        for t in tags
    }
