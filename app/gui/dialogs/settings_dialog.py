"""Settings: region, birth year, language, theme, where data lives, forgetting archives or all.

Forgetting is destructive and slow on big libraries, so the dialog only confirms and asks:
the window runs it (after stopping any import) through the signals below.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import fill
from app.core.policy import REGIONS
from app.core.storage import secrets
from app.core.storage.db import MODE_DESCRIPTIONS
from app.core.storage.files import library_dir
from app.gui.theme import apply_color_scheme
from app.gui.widgets.labels import items_text, region_name

if TYPE_CHECKING:
    from app.gui.state import AppState

THEMES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
LANGUAGES = (
    (None, "System language"),
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("pseudo", "Pseudo-localisation (testing)"),
)


def _library_text(state: AppState, tr: Callable[[str], str]) -> str:
    """Library.description, translated (tools/i18n.py extracts MODE_DESCRIPTIONS)."""
    template = MODE_DESCRIPTIONS.get(state.library.mode)
    if template is None:
        return str(state.library.description)
    backend = secrets.backend_name() if state.library.mode == "keyring" else ""
    return tr(template).format(backend=backend)


class SettingsDialog(QDialog):
    forget_import_requested = Signal(int)
    forget_everything_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        about = QGroupBox(self.tr("About you"), self)
        form = QFormLayout(about)
        self.region = QComboBox(about)
        self.region.setAccessibleName(self.tr("Where you live"))
        self.region.addItem(self.tr("Not set"), None)
        for key in REGIONS:
            self.region.addItem(region_name(key), key)
        self.birth_year = QSpinBox(about)
        self.birth_year.setAccessibleName(self.tr("Year of birth"))
        year = datetime.date.today().year
        self.birth_year.setRange(year - 111, year)
        self.birth_year.setSpecialValueText(self.tr("Not set"))
        form.addRow(self.tr("Where you live:"), self.region)
        form.addRow(self.tr("Year of birth:"), self.birth_year)
        why = QLabel(
            self.tr(
                "Used only on this computer, to apply the rules for your region "
                "and age. Unset answers show as uncertain."
            ),
            about,
        )
        why.setObjectName("hintText")
        why.setWordWrap(True)
        form.addRow(why)
        layout.addWidget(about)

        look = QGroupBox(self.tr("Appearance"), self)
        form = QFormLayout(look)
        self.language = QComboBox(look)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name), code)
        self.theme = QComboBox(look)
        self.theme.setAccessibleName(self.tr("Theme"))
        for code, name in THEMES:
            self.theme.addItem(self.tr(name), code)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Theme:"), self.theme)
        restart = QLabel(self.tr("A new language applies when you next start Overshare."), look)
        restart.setObjectName("hintText")
        restart.setWordWrap(True)
        self.language.setAccessibleDescription(restart.text())
        form.addRow(restart)
        layout.addWidget(look)

        data = QGroupBox(self.tr("Your data"), self)
        dl = QVBoxLayout(data)
        self.location = QLineEdit(data)
        self.location.setReadOnly(True)
        self.location.setAccessibleName(self.tr("Data location"))
        self.open_folder_button = QPushButton(self.tr("Open folder"), data)
        self.open_folder_button.clicked.connect(self._open_folder)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(self.open_folder_button)
        dl.addWidget(QLabel(_library_text(state, self.tr), data))
        dl.addLayout(row)
        self.imports = QComboBox(data)
        self.imports.setAccessibleName(self.tr("Imported archive"))
        self.forget_import_button = QPushButton(self.tr("Forget archive…"), data)
        self.forget_import_button.clicked.connect(self.forget_import)
        row = QHBoxLayout()
        row.addWidget(self.imports, 1)
        row.addWidget(self.forget_import_button)
        dl.addLayout(row)
        self.forget_all_button = QPushButton(self.tr("Forget everything…"), data)
        self.forget_all_button.setObjectName("dangerButton")
        self.forget_all_button.setAccessibleDescription(
            self.tr("Deletes the library, its key and your settings from this computer")
        )
        self.forget_all_button.clicked.connect(self.forget_everything)
        dl.addWidget(self.forget_all_button)
        layout.addWidget(data)
        for label in data.findChildren(QLabel):
            label.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        s = self.state.settings
        self.region.setCurrentIndex(max(self.region.findData(s.region), 0))
        self.birth_year.setValue(s.birth_year or self.birth_year.minimum())
        self.language.setCurrentIndex(max(self.language.findData(s.language), 0))
        self.theme.setCurrentIndex(max(self.theme.findData(s.theme), 0))
        if self.state.ephemeral or self.state.library.mode == "memory":
            self.location.setText(self.tr("In memory only (nothing saved)"))
            self.open_folder_button.setEnabled(False)
        else:
            self.location.setText(str(library_dir()))
        self.imports.clear()
        for rec in reversed(self.state.library.imports()):
            name = ", ".join(rec.sources)
            self.imports.addItem(
                fill(self.tr("%1 (%2, %3)"), name, rec.started_at[:10], items_text(rec.item_count)),
                rec.id,
            )
        has = self.imports.count() > 0
        if not has:
            self.imports.addItem(self.tr("No archive imported yet"), None)
        self.imports.setEnabled(has)
        self.forget_import_button.setEnabled(has)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(library_dir())))

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def forget_import(self) -> None:
        import_id = self.imports.currentData()
        if import_id is None:
            return
        if self._confirm(
            self.tr("Forget archive?"),
            self.tr(
                "Remove “%1” and all its items from Overshare? Your archive file is not "
                "touched; you can import it again."
            ).replace("%1", self.imports.currentText()),
        ):
            self.forget_import_requested.emit(int(import_id))
            self.imports.removeItem(self.imports.currentIndex())
            self.forget_import_button.setEnabled(self.imports.count() > 0)

    def forget_everything(self) -> None:
        if self._confirm(
            self.tr("Forget everything?"),
            self.tr(
                "Delete every imported item, the library and its key, and your settings "
                "(region, birth year, recorded opt-outs) from this computer? Your archive "
                "files are not touched. This cannot be undone."
            ),
        ):
            self.forget_everything_requested.emit()
            self.reject()  # the settings shown here no longer exist

    def accept(self) -> None:
        s = self.state.settings
        year = self.birth_year.value()
        region = self.region.currentData()
        birth = None if year == self.birth_year.minimum() else year
        context_changed = (region, birth) != (s.region, s.birth_year)
        s.region, s.birth_year = region, birth
        s.language = self.language.currentData()
        s.theme = self.theme.currentData()
        apply_color_scheme(s.theme)
        self.state.save_settings(context_changed=context_changed)
        super().accept()
