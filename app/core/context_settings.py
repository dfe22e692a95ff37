"""Turn saved settings (region, birth year, recorded opt-outs) into the classifier's context."""

from __future__ import annotations

from datetime import date

from app.core.policy import SettingState, UserContext
from app.core.storage.settings import OptOut, Settings


def context_from_settings(settings: Settings) -> UserContext:
    states = {k: SettingState(o.value, _day(o.date)) for k, o in settings.optouts.items()}
    return UserContext(region=settings.region, birth_year=settings.birth_year, settings=states)


def record_optout(
    settings: Settings, key: str, value: bool, when: date | None = None,
    policy_version: str | None = None,
) -> None:  # fmt: skip
    settings.optouts[key] = OptOut(value, (when or date.today()).isoformat(), policy_version)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
