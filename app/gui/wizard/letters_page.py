"""GDPR letters (EU/EEA/UK/CH): an Art. 21 objection or an Art. 15 access request, per platform.

Name and handle come from the imported account facts where the archive has them; both stay
editable. The text can be copied or saved; nothing is sent from here.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from app.core.i18n import fill
from app.core.optouts.letters import Letter, access_letter, objection_letter
from app.gui.widgets.labels import platform_name

if TYPE_CHECKING:
    from app.gui.wizard.wizard import OptOutWizard


def account_facts(wizard: OptOutWizard) -> dict[str, tuple[str, str]]:
    """platform -> (display name, handle) from the imports' account facts (newest wins)."""
    out: dict[str, tuple[str, str]] = {}
    library = wizard.state.library
    records = []
    with contextlib.suppress(Exception):  # a library that cannot be read leaves fields empty
        records = library.imports(with_inventory=True)
    for rec in records:
        for acc in rec.inventory.get("accounts", []):
            handle = acc.get("handle") or ""
            out[acc.get("platform", "")] = (
                acc.get("display_name") or "",
                f"@{handle}" if handle and acc.get("platform") in ("x", "instagram") else handle,
            )
    return out


class LettersPage(QWizardPage):
    def __init__(self, wizard: OptOutWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.letter: Letter | None = None
        self.setTitle(self.tr("Object in writing"))
        self.setSubTitle(
            self.tr(
                "Where you live, data-protection law lets you object to AI training based on "
                "“legitimate interests” (Article 21) and ask what was used (Article 15)."
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.platform = QComboBox(self)
        self.platform.setAccessibleName(self.tr("Platform the letter is for"))
        form.addRow(self.tr("Platform:"), self.platform)
        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.objection = QRadioButton(self.tr("Objection (Art. 21)"), self)
        self.objection.setAccessibleName(self.tr("Objection to AI training, Article 21"))
        self.access = QRadioButton(self.tr("Access request (Art. 15)"), self)
        self.access.setAccessibleName(self.tr("Access request about AI training, Article 15"))
        self.objection.setChecked(True)
        for r in (self.objection, self.access):
            self.kind_group.addButton(r)
            kinds.addWidget(r)
        kinds.addStretch(1)
        form.addRow(self.tr("Letter:"), kinds)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Your name as on the account"))
        self.handle = QLineEdit(self)
        self.handle.setAccessibleName(self.tr("Your account handle or e-mail"))
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Account:"), self.handle)
        layout.addLayout(form)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Letter text"))
        self.text.setAccessibleDescription(self.tr("You can edit the text before copying it."))
        layout.addWidget(self.text, 1)
        self.send_via = QLabel(self)
        self.send_via.setWordWrap(True)
        self.send_via.setOpenExternalLinks(False)
        self.send_via.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.send_via.setAccessibleName(self.tr("Where to send the letter"))
        self.send_via.linkActivated.connect(lambda u: QDesktopServices.openUrl(QUrl(u)))
        layout.addWidget(self.send_via)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy to clipboard"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the letter to the clipboard"))
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setAccessibleName(self.tr("Save the letter as a text file"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save_as)
        self.status = QLabel(self)
        self.status.setObjectName("hintText")
        for w in (self.copy_button, self.save_button):
            buttons.addWidget(w)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)
        self.facts: dict[str, tuple[str, str]] = {}
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.objection.toggled.connect(self._render)
        self.name.textEdited.connect(self._render)
        self.handle.textEdited.connect(self._render)

    def platforms(self) -> list[str]:
        return [self.platform.itemData(i) for i in range(self.platform.count())]

    def refresh(self) -> None:
        """Offer the chosen platforms; fill name and handle from the imports."""
        self.facts = account_facts(self.wiz)
        self.platform.blockSignals(True)
        self.platform.clear()
        for p in self.wiz.intro.chosen_platforms():
            self.platform.addItem(platform_name(p), p)
        self.platform.blockSignals(False)
        self._platform_changed()

    def _platform_changed(self, *_args: object) -> None:
        name, handle = self.facts.get(self.platform.currentData() or "", ("", ""))
        self.name.setText(name)
        self.handle.setText(handle)
        self._render()

    def _render(self, *_args: object) -> None:
        platform = self.platform.currentData()
        if not platform:
            self.letter = None
            self.text.clear()
            return
        make = objection_letter if self.objection.isChecked() else access_letter
        name = self.name.text().strip() or self.tr("[your name]")
        handle = self.handle.text().strip() or self.tr("[your account]")
        self.letter = make(platform, name, handle, self.wiz.state.settings.region)
        self.text.setPlainText(self.letter.body)
        via = self.letter.send_via
        where = self.tr('Send it to %1 through <a href="%2">%2</a>.')
        self.send_via.setText(fill(where, self.letter.recipient, via))
        self.status.clear()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.status.setText(self.tr("Copied."))

    def save_as(self) -> None:
        kind = "objection" if self.objection.isChecked() else "access-request"
        suggested = f"{self.platform.currentData() or 'letter'}-{kind}.txt"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter"), suggested, self.tr("Text files (*.txt)")
        )
        if not path:
            return
        try:
            Path(path).write_text(self.text.toPlainText(), encoding="utf-8")
        except OSError as exc:
            self.status.setText(self.tr("Could not save: %1").replace("%1", exc.strerror or ""))
            return
        self.status.setText(self.tr("Saved to %1.").replace("%1", path))

    def nextId(self) -> int:
        return self.wiz.next_after(1)
