"""Entry point into the opt-out wizard (the wizard issue replaces the placeholder dialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from app.gui.state import AppState


def open_optout_wizard(parent: QWidget | None, state: AppState, step_key: str | None) -> QDialog:
    """Open the wizard at `step_key` (a policy setting key), or at its start for None."""
    from app.gui.wizard.placeholder_dialog import OptOutStepDialog

    dialog = OptOutStepDialog(state, step_key, parent)
    dialog.open()
    return dialog
