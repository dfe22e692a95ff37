"""Keyboard fixes for Qt widgets.

A QDateTimeEdit showing its special value text ("Any date") swallows Tab and Shift+Tab, which
traps keyboard users; `tab_leaves` makes Tab move focus on, as it does everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget


class _TabLeaves(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and isinstance(watched, QDateTimeEdit)
            and watched.specialValueText()
            and watched.text() == watched.specialValueText()
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            _move_focus(watched, forward)
            return True
        return False


def _move_focus(start: QWidget, forward: bool) -> None:
    """Focus the next (or previous) widget that Tab would reach."""
    target: QWidget | None = start
    for _ in range(500):
        assert target is not None
        target = target.nextInFocusChain() if forward else target.previousInFocusChain()
        if target is None or target is start:
            return
        if _takes_tab_focus(target):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            target.setFocus(reason)
            return


def _takes_tab_focus(w: QWidget) -> bool:
    return (
        w.isVisible()
        and w.isEnabled()
        and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.focusProxy() is None
    )


def tab_leaves(edit: QDateTimeEdit) -> None:
    """Let Tab leave `edit` while it shows its special value text."""
    edit.installEventFilter(_TabLeaves(edit))
