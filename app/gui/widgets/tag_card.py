"""One exposure tag shown in words: what may happen, why, the clause and what would change it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.policy import PolicySet, Tag
from app.gui.i18n import policy_text, tag_explanation
from app.gui.models import labels
from app.gui.models.item_columns import STATUS_COLOURS

_TRI_WORDS = {"true": "Yes", "false": "No", "uncertain": "Uncertain"}


def _wrapped(text: str, parent: QWidget, object_name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def change_keys(tag: Tag, policy_set: PolicySet) -> list[str]:
    """Setting keys that would change this tag: its blockers, then settings behind its action."""
    keys = [k for k in tag.blockers if k in policy_set.settings]
    if tag.action:
        keys += [s.key for s in policy_set.settings.values() if s.action == tag.action]
    return list(dict.fromkeys(keys))


class TagCard(QFrame):
    wizard_requested = Signal(str)  # setting key

    def __init__(self, tag: Tag, policy_set: PolicySet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = tag
        self.setObjectName("tagCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        status = str(tag.status)
        passive = tag.outcome in labels.PASSIVE

        dot = QLabel("●", self)
        dot.setObjectName("statusDot")
        dot.setStyleSheet(f"color: {STATUS_COLOURS.get(status, '#b0b8c0')};")
        dot.setAccessibleName(labels.status_label(status))
        title = QLabel(
            f"<b>{html.escape(labels.outcome_label(tag.outcome), quote=False)}</b> — "
            f"{html.escape(labels.status_label(status))}",
            self,
        )
        title.setObjectName("tagTitle")
        title.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(dot)
        head.addWidget(title, 1)

        # The action is shown below as words and buttons, not as the raw step key.
        self.explanation = _wrapped(tag_explanation(tag, policy_set), self)

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.tr("Clause:"), _wrapped(tag.rule, self))
        if tag.source_url:
            url = html.escape(tag.source_url, quote=True)
            self.source_link = QLabel(f'<a href="{url}">{url}</a>', self)
            self.source_link.setOpenExternalLinks(True)
            self.source_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self.source_link.setWordWrap(True)
            facts.addRow(self.tr("Source:"), self.source_link)
        if tag.effective_from:
            facts.addRow(self.tr("In force since:"), QLabel(tag.effective_from.isoformat(), self))
        confidence = labels.confidence_label(tag.confidence)
        facts.addRow(self.tr("Confidence:"), _wrapped(confidence, self))
        facts.addRow(self.tr("Status:"), QLabel(labels.status_label(status), self))
        if not passive:
            used = _TRI_WORDS.get(str(tag.may_already_have_been_used), "Uncertain")
            facts.addRow(self.tr("May already have been used:"), QLabel(self.tr(used), self))
        if tag.recipients and not passive:
            recipients = ", ".join(map(policy_text, tag.recipients))
            facts.addRow(self.tr("Recipients:"), _wrapped(recipients, self))

        box = QVBoxLayout(self)
        box.addLayout(head)
        box.addWidget(self.explanation)
        box.addLayout(facts)
        if not passive:
            box.addWidget(self._changes(policy_set))

    def _changes(self, policy_set: PolicySet) -> QWidget:
        """'What would change this': the action in words and a button per setting."""
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel(f"<b>{html.escape(self.tr('What would change this'))}</b>", panel))
        keys = change_keys(self.tag, policy_set)
        self.setting_buttons: dict[str, QPushButton] = {}
        for key in keys:
            setting = policy_set.settings[key]
            label = policy_text(setting.label)
            button = QPushButton(self.tr("Change “{0}”…").format(label), panel)
            button.setToolTip(setting.url or label)
            button.clicked.connect(lambda _=False, k=key: self.wizard_requested.emit(k))
            self.setting_buttons[key] = button
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        if self.tag.action and not keys:
            layout.addWidget(_wrapped(labels.action_label(self.tag.action), panel))
        elif not keys:
            note = self.tr("No setting we know of changes this.")
            layout.addWidget(_wrapped(note, panel))
        return panel
