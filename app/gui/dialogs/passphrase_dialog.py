"""Questions asked while opening the library: passphrase, no-keyring choice, forget or quit.

Each question is a classmethod/function returning the answer, so the code that asks can be
tested by replacing one function (pytest-qt's advice for dialogs).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


class PassphraseDialog(QDialog):
    """Enter a passphrase (existing library) or choose one, typed twice (new library)."""

    def __init__(self, new: bool, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Choose a passphrase") if new else self.tr("Enter passphrase"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        if new:
            intro.setText(
                self.tr(
                    "Your library will be saved encrypted with this passphrase. Overshare cannot "
                    "recover it: if you forget it, you will have to start again."
                )
            )
        else:
            intro.setText(self.tr("Enter the passphrase that protects your saved library."))
        layout.addWidget(intro)
        self.problem = QLabel(message, self)
        self.problem.setObjectName("problemText")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(message))
        layout.addWidget(self.problem)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        if new:
            form.addRow(self.tr("Again:"), self.confirm)
        else:
            self.confirm.hide()
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setObjectName("hintText")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._validate)
        self.confirm.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        text = self.passphrase.text()
        hint = ""
        ok = bool(text)
        if self.new:
            if len(text) < MIN_LENGTH:
                hint, ok = self.tr("Use at least %n characters.", "", MIN_LENGTH), False
            elif text != self.confirm.text():
                hint, ok = self.tr("The two passphrases differ."), False
        self.hint.setText(hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def value(self) -> str:
        return self.passphrase.text()

    @classmethod
    def ask(cls, parent: QWidget | None, new: bool, message: str = "") -> str | None:
        dialog = cls(new, message, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value() if ok else None
        dialog.deleteLater()
        return value


def ask_keyring_fallback(parent: QWidget | None, reason: str) -> str | None:
    """No system keyring: "passphrase", "memory", or None to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(box.tr("No system keyring"))
    box.setText(box.tr("Overshare cannot keep your library's key in a system keyring here."))
    box.setInformativeText(
        box.tr(
            "You can protect the saved library with a passphrase that you type each time, or "
            "keep this session in memory only: nothing is saved and it is gone when you quit."
        )
    )
    box.setDetailedText(reason)
    use_pass = box.addButton(box.tr("Use a passphrase"), QMessageBox.ButtonRole.AcceptRole)
    memory = box.addButton(
        box.tr("Keep this session in memory only"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(box.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is use_pass:
        return "passphrase"
    if clicked is memory:
        return "memory"
    return None


def ask_library_problem(parent: QWidget | None, message: str, can_retry: bool) -> str | None:
    """The saved library cannot be opened: "retry", "forget", "memory", or None to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(box.tr("Your library cannot be opened"))
    box.setText(message)
    box.setInformativeText(
        box.tr(
            "Forgetting the library deletes it and its key; your archives are not touched and "
            "you can import them again. Or use a memory-only session for now and decide later."
        )
    )
    retry = (
        box.addButton(box.tr("Try again"), QMessageBox.ButtonRole.AcceptRole) if can_retry else None
    )
    forget = box.addButton(box.tr("Forget library…"), QMessageBox.ButtonRole.DestructiveRole)
    memory = box.addButton(box.tr("Memory-only session"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(box.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if retry is not None and clicked is retry:
        return "retry"
    if clicked is forget:
        return "forget" if confirm_forget_library(parent) else "again"
    if clicked is memory:
        return "memory"
    return None


def confirm_forget_library(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PassphraseDialog", "Forget library?"),
        QCoreApplication.translate(
            "PassphraseDialog",
            "Delete the saved library and its key? Everything imported so far is removed from "
            "this computer. This cannot be undone.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
