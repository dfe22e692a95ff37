"""Opt-out steps (data under resources/optouts) and request letters."""

from app.core.optouts.steps import OptOutStep, StepsError, load_steps, steps_for

__all__ = ["OptOutStep", "StepsError", "load_steps", "steps_for"]
