"""First run: what Overshare does and promises, region and birth year, open or try, coaching."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.policy import REGIONS
from app.gui.widgets.flow_row import FlowRow
from app.gui.widgets.labels import region_name

if TYPE_CHECKING:
    from app.gui.state import AppState

# Facts from archive-formats.md §1.1, §2.1, §3.1, §4 (menu paths as the platforms name them).
COACHING = (
    (
        "X",
        "https://x.com/settings/download_your_data",
        "On x.com open <b>Settings and privacy → Your account → Download an archive of your "
        "data</b>, confirm your password and the code X sends you, then <b>Request archive</b>. "
        "X tells you when it is ready (often a day or more). Download the zip "
        "(<i>twitter-…zip</i>) and open it here as it is; there is no need to unzip it.",
    ),
    (
        "LinkedIn",
        "https://www.linkedin.com/mypreferences/d/download-my-data",
        "Open <b>Settings → Data privacy → Get a copy of your data</b>. Choose the first option, "
        "the <b>larger data archive</b> (the <i>Complete</i> export, ready within 24 hours), not "
        "“Want something in particular?”, which gives only a few files. The email link lasts 72 "
        "hours. If you also get the quick <i>Basic</i> archive, you can open both.",
    ),
    (
        "Facebook",
        "https://accountscenter.facebook.com/info_and_permissions/dyi",
        "Open <b>Accounts Center → Your information and permissions → Download your "
        "information</b>, pick your Facebook profile and <b>Download to device</b>. Set "
        "<b>Format: JSON</b> (not HTML) and <b>Date range: All time</b>. Large downloads come as "
        "several zips: open them together. End-to-end encrypted Messenger chats are not "
        "included; Messenger exports those separately.",
    ),
    (
        "Instagram",
        "https://accountscenter.instagram.com/info_and_permissions/dyi/",
        "Open <b>Accounts Center → Your information and permissions → Download your "
        "information</b>, pick your Instagram account and <b>Download to device</b>. Set "
        "<b>Format: JSON</b> and <b>Date range: All time</b>. Long histories come as two zips: "
        "open both at once.",
    ),
)


COLUMN_WIDTH = 880


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class WelcomePage(QScrollArea):
    open_files_requested = Signal()
    open_folder_requested = Signal()
    demo_requested = Signal()
    paths_dropped = Signal(list)
    workshop_toggled = Signal(bool)
    reset_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        body = QWidget(self)
        body.setObjectName("pageBody")
        outer = QHBoxLayout(body)
        column = QWidget(body)
        column.setMaximumWidth(COLUMN_WIDTH)
        self.column = column
        outer.addWidget(column)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        self.setWidget(body)

        layout.addWidget(
            _label(self.tr("See what the platforms may do with your posts"), column, "pageTitle")
        )
        self.promise = _label(
            self.tr(
                "Overshare reads the data archive you downloaded from X, LinkedIn, Facebook or "
                "Instagram and shows, item by item, what each platform's policy lets it do "
                "with it: train its AI, share it with others, or use it for ads. Everything "
                "happens on this computer: nothing is uploaded and there is no account. Then it "
                "helps you change the settings that stop the uses you do not want."
            ),
            column,
            "promise",
        )
        layout.addWidget(self.promise)
        layout.addWidget(self._open_box(column))
        layout.addWidget(self._workshop_box(column))
        layout.addWidget(self._context_box(column))
        layout.addWidget(
            _label(self.tr("No archive yet? How to ask for one"), column, "sectionTitle")
        )
        layout.addWidget(self._coaching(column))
        layout.addStretch(1)

    # -- sections ------------------------------------------------------------------------
    def _workshop_box(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.workshop_check = QCheckBox(self.tr("&Workshop mode"), box)
        self.workshop_check.setAccessibleName(self.tr("Workshop mode"))
        self.workshop_check.setAccessibleDescription(
            self.tr(
                "For shared computers: everything stays in memory and is forgotten when you "
                "reset or close the app"
            )
        )
        self.workshop_check.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.workshop_check.toggled.connect(self.workshop_toggled)
        self.workshop_note = _label(
            self.tr("Nothing is saved on this computer. Reset when you are done."),
            box,
            "workshopBanner",
        )
        self.workshop_note.setVisible(False)
        self.reset_button = QPushButton(self.tr("Reset for the &next person"), box)
        self.reset_button.setAccessibleName(self.tr("Reset for the next person"))
        self.reset_button.setAccessibleDescription(
            self.tr("Forgets everything opened in this session and starts again")
        )
        self.reset_button.setVisible(False)
        self.reset_button.clicked.connect(self.reset_requested)
        row.addWidget(self.workshop_check)
        row.addWidget(self.workshop_note, 1)
        row.addWidget(self.reset_button)
        row.addStretch(0)  # keeps the toggle at the left while the note is hidden
        return box

    def show_workshop(self, on: bool) -> None:
        """Reflect workshop mode (switched here, in the menu or at launch)."""
        self.workshop_check.blockSignals(True)
        self.workshop_check.setChecked(on)
        self.workshop_check.blockSignals(False)
        self.workshop_note.setVisible(on)
        self.reset_button.setVisible(on)

    def apply_scale(self, scale: float) -> None:
        self.column.setMaximumWidth(round(COLUMN_WIDTH * scale))

    def _open_box(self, parent: QWidget) -> QFrame:
        self.drop_zone = QFrame(parent)
        self.drop_zone.setObjectName("dropZone")
        zone = QVBoxLayout(self.drop_zone)
        hint = _label(
            self.tr("Drop your archive here: zip files or extracted folders, several at once"),
            self.drop_zone,
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        zone.addWidget(hint)
        row = FlowRow()  # wraps when long (translated) labels do not fit side by side
        self.open_button = QPushButton(self.tr("&Open my archive…"), self.drop_zone)
        self.open_button.setObjectName("primaryButton")
        self.open_button.setAccessibleName(self.tr("Open archive zip files"))
        self.folder_button = QPushButton(self.tr("Open a folde&r…"), self.drop_zone)
        self.folder_button.setAccessibleName(self.tr("Open an extracted archive folder"))
        self.demo_button = QPushButton(self.tr("Try with &demo data"), self.drop_zone)
        self.demo_button.setAccessibleName(self.tr("Try with demo data"))
        self.demo_button.setAccessibleDescription(
            self.tr("Opens made-up archives of a fictional person")
        )
        for b in (self.open_button, self.folder_button, self.demo_button):
            row.addWidget(b)
        zone.addLayout(row)
        self.open_button.clicked.connect(self.open_files_requested)
        self.folder_button.clicked.connect(self.open_folder_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        return self.drop_zone

    def _context_box(self, parent: QWidget) -> QFrame:
        self.context_box = QFrame(parent)
        self.context_box.setObjectName("card")
        box = QVBoxLayout(self.context_box)
        box.addWidget(_label(self.tr("About you (optional)"), self.context_box, "sectionTitle"))
        box.addWidget(
            _label(
                self.tr(
                    "Why this matters: the rules differ by region (people in the EU and UK, "
                    "for example, could object before some AI training began), and some "
                    "platforms leave out what you posted before you turned 18. If you skip "
                    "this, the answers that depend on it show as uncertain."
                ),
                self.context_box,
                "hintText",
            )
        )
        form = QFormLayout()
        self.region = QComboBox(self.context_box)
        # As wide as the column allows, not as the longest (translated) region name.
        self.region.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.region.setMinimumContentsLength(14)
        self.region.setAccessibleName(self.tr("Where you live"))
        self.region.addItem(self.tr("Not set"), None)
        for key in REGIONS:
            self.region.addItem(region_name(key), key)
        self.birth_year = QSpinBox(self.context_box)
        self.birth_year.setAccessibleName(self.tr("Birth year"))
        this_year = datetime.date.today().year
        self.birth_year.setRange(this_year - 110, this_year)
        self.birth_year.setSpecialValueText(self.tr("Not set"))
        self.birth_year.setMinimum(this_year - 111)  # the "Not set" value
        form.addRow(self.tr("Where you &live:"), self.region)
        form.addRow(self.tr("&Year of birth:"), self.birth_year)
        box.addLayout(form)
        row = QHBoxLayout()
        self.context_note = _label("", self.context_box, "hintText")
        self.skip_button = QPushButton(self.tr("S&kip for now"), self.context_box)
        self.skip_button.setAccessibleName(self.tr("Skip where you live and birth year"))
        self.skip_button.clicked.connect(self.skip_context)
        row.addWidget(self.context_note, 1)
        row.addWidget(self.skip_button)
        box.addLayout(row)
        self._load_context()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self.save_context)
        self.region.currentIndexChanged.connect(self._save_timer.start)
        self.birth_year.valueChanged.connect(self._save_timer.start)
        self.state.settings_changed.connect(self._load_context)
        return self.context_box

    def _coaching(self, parent: QWidget) -> QTabWidget:
        self.coaching = QTabWidget(parent)
        self.coaching.setObjectName("coaching")
        self.coaching.setDocumentMode(True)
        self.coaching.setAccessibleName(self.tr("How to ask each platform for your archive"))
        for name, url, text in COACHING:
            label = _label(
                f"<p>{self.tr(text)}</p><p><a href='{url}'>"
                + self.tr("Open the %1 download page").replace("%1", name)
                + "</a></p>",
                self.coaching,
                "coachingText",
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setMargin(10)
            label.setOpenExternalLinks(False)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.setAccessibleName(self.tr("How to download your %1 archive").replace("%1", name))
            label.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
            self.coaching.addTab(label, name)
        return self.coaching

    # -- region and birth year -------------------------------------------------------------
    def _load_context(self) -> None:
        s = self.state.settings
        for w in (self.region, self.birth_year):
            w.blockSignals(True)
        self.region.setCurrentIndex(max(self.region.findData(s.region), 0))
        self.birth_year.setValue(s.birth_year or self.birth_year.minimum())
        for w in (self.region, self.birth_year):
            w.blockSignals(False)

    def _chosen(self) -> tuple[str | None, int | None]:
        year = self.birth_year.value()
        return self.region.currentData(), (None if year == self.birth_year.minimum() else year)

    def save_context(self) -> None:
        """Store region and birth year when they changed; the app then re-tags the library."""
        self._save_timer.stop()
        region, year = self._chosen()
        s = self.state.settings
        if (region, year) == (s.region, s.birth_year):
            return
        s.region, s.birth_year = region, year
        self.state.save_settings(context_changed=True)
        self.context_note.setText(self.tr("Saved. You can change this in Settings."))

    def skip_context(self) -> None:
        self._save_timer.stop()
        self.context_note.setText(
            self.tr("Skipped: answers that depend on where you live or your age show as uncertain.")
        )

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.paths_dropped.emit(paths)
