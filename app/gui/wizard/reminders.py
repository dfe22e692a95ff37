"""Which recorded opt-out steps the dashboard should ask the user to review."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from app.core.optouts import OptOutStep, StepsError, load_steps, steps_for
from app.core.optouts.review import Review, steps_needing_review

if TYPE_CHECKING:
    from app.gui.state import AppState


@cache
def _all_steps() -> tuple[OptOutStep, ...]:
    try:
        return tuple(load_steps())
    except StepsError:  # the wizard shows the problem; reminders stay quiet
        return ()


def pending_reviews(state: AppState) -> list[Review]:
    steps = steps_for(_all_steps(), state.settings.region)
    return steps_needing_review(state.settings, steps, state.policy_set)
