"""About: version, the policy data's version (dates), and the licences of what we build on."""

from __future__ import annotations

import platform
from datetime import date

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import __version__
from app.core.policy import PolicySet


def policy_data_version(policy_set: PolicySet) -> tuple[date | None, date | None]:
    """(latest last_verified, latest effective_from) over the policy documents."""
    docs = list(policy_set.documents.values())
    verified = max((d.last_verified for d in docs), default=None)
    effective = max((d.effective_from for d in docs), default=None)
    return verified, effective


class AboutDialog(QDialog):
    def __init__(self, policy_set: PolicySet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Overshare"))
        self.setMinimumWidth(480)
        verified, effective = policy_data_version(policy_set)
        layout = QVBoxLayout(self)
        title = QLabel(f"Overshare {__version__}", self)
        title.setObjectName("pageTitle")
        self.policy = QLabel(
            self.tr("Policy data: %1 documents, last checked %2; the newest took effect on %3.")
            .replace("%1", str(len(policy_set.documents)))
            .replace("%2", verified.isoformat() if verified else "?")
            .replace("%3", effective.isoformat() if effective else "?"),
            self,
        )
        self.policy.setWordWrap(True)
        blurb = QLabel(
            self.tr(
                "Shows which of your social-media data the platforms may use to train AI, share "
                "or use for ads, and helps you opt out. Everything stays on this computer."
            ),
            self,
        )
        blurb.setWordWrap(True)
        licences = QLabel(
            self.tr(
                "Built with Python %1, Qt %2 and PySide6 %3 (LGPLv3), SQLCipher (BSD), "
                "orjson (Apache-2.0/MIT), keyring (MIT), platformdirs (MIT), httpx (BSD) and "
                "cryptography (Apache-2.0/BSD). Qt and PySide6 are used under the GNU LGPL "
                "version 3; their source is available from qt.io."
            )
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", pyside_version),
            self,
        )
        licences.setWordWrap(True)
        licences.setObjectName("hintText")
        for w in (title, blurb, self.policy, licences):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
