"""Placeholder opt-out step: shows one setting and records what the user set, with today's date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.context_settings import record_optout
from app.core.policy import SettingDef
from app.gui.widgets.labels import platform_name

if TYPE_CHECKING:
    from app.gui.state import AppState


class OptOutStepDialog(QDialog):
    def __init__(
        self, state: AppState, step_key: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Opt out"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Setting"))
        settings = sorted(state.policy_set.settings.values(), key=lambda s: (s.platform, s.label))
        for s in settings:
            self.chooser.addItem(f"{platform_name(s.platform)}: {s.label}", s.key)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setOpenExternalLinks(False)
        self.body.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.off_button = QPushButton(self.tr("I have set it to stop this use"), self)
        self.on_button = QPushButton(self.tr("It is still on"), self)
        self.off_button.clicked.connect(lambda: self.record(True))
        self.on_button.clicked.connect(lambda: self.record(False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.off_button)
        row.addWidget(self.on_button)
        row.addStretch(1)
        for w in (self.chooser, self.title, self.body):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.chooser.currentIndexChanged.connect(self._show)
        index = self.chooser.findData(step_key) if step_key else 0
        self.chooser.setCurrentIndex(max(index, 0))
        self._show()

    def current(self) -> SettingDef | None:
        return self.state.policy_set.settings.get(self.chooser.currentData())

    def _show(self) -> None:
        s = self.current()
        if s is None:
            return
        self.title.setText(s.label)
        lines = [self.tr("Platform: %1").replace("%1", platform_name(s.platform))]
        if s.note:
            lines.append(s.note)
        if s.url:
            lines.append(f'<a href="{s.url}">{self.tr("Open this setting on the website")}</a>')
        recorded = self.state.settings.optouts.get(s.key)
        if recorded is not None:
            lines.append(self.tr("Recorded on %1.").replace("%1", recorded.date))
        self.body.setText("<br>".join(lines))

    def record(self, stopped: bool) -> None:
        """Record the setting's value (protective when the user stopped the use), dated today."""
        s = self.current()
        if s is None:
            return
        value = s.protective if stopped else not s.protective
        record_optout(self.state.settings, s.key, value)
        self.state.save_settings(context_changed=True)
        self._show()
