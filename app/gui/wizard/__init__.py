"""Entry point into the opt-out wizard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from app.gui.state import AppState


def open_optout_wizard(parent: QWidget | None, state: AppState, step_key: str | None) -> QDialog:
    """Open the wizard at `step_key` (a policy setting key or a step id), or at its start."""
    from app.gui.wizard.wizard import OptOutWizard

    wizard = OptOutWizard(state, step_key, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.open_at_target()
    wizard.open()
    return wizard
