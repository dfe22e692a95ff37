"""First wizard page: where the user lives (saved in settings) and which platforms to cover."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWizardPage,
)

from app.core.policy import REGIONS
from app.core.storage import ItemFilter
from app.gui.widgets.labels import platform_name, region_name
from app.gui.wizard.texts import WIZARD_PLATFORMS

if TYPE_CHECKING:
    from app.gui.wizard.wizard import OptOutWizard


class IntroPage(QWizardPage):
    def __init__(self, wizard: OptOutWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        state = wizard.state
        self.setTitle(self.tr("Take back what you can"))
        self.setSubTitle(
            self.tr(
                "For each platform, the wizard shows only the steps that exist where you live: "
                "what each one stops, what it cannot stop, and where to find it."
            )
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Opting out stops future use only: nothing here removes your data from AI "
                "models that were already trained. Your answers are saved on this computer "
                "with their date and update your exposure at once."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if wizard.load_problem:
            problem = QLabel(wizard.load_problem, self)
            problem.setObjectName("problemText")
            problem.setWordWrap(True)
            layout.addWidget(problem)

        form = QFormLayout()
        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Where you live"))
        self.region.setAccessibleDescription(
            self.tr("Opt-out rights differ by region; this is also saved in Settings.")
        )
        self.region.addItem(self.tr("Choose where you live…"), None)
        for key in REGIONS:
            self.region.addItem(region_name(key), key)
        self.region.setCurrentIndex(max(self.region.findData(state.settings.region), 0))
        self.region.currentIndexChanged.connect(self.completeChanged)
        form.addRow(self.tr("Where you live:"), self.region)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Platforms to go through:"), self))
        row = QHBoxLayout()
        imported = self._imported()
        self.boxes: dict[str, QCheckBox] = {}
        for p in WIZARD_PLATFORMS:
            box = QCheckBox(platform_name(p), self)
            box.setAccessibleName(platform_name(p))
            box.setChecked(p in imported or not imported)
            box.toggled.connect(self.completeChanged)
            self.boxes[p] = box
            row.addWidget(box)
        row.addStretch(1)
        layout.addLayout(row)
        hint = QLabel(
            self.tr("Platforms you imported are ticked. Threads steps come with Instagram.")
            if imported
            else self.tr("Nothing is imported yet, so every platform is ticked.")
        )
        hint.setObjectName("hintText")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)

    def _imported(self) -> set[str]:
        library = self.wiz.state.library
        try:
            # The import records say which platforms each import held (a few rows), so the
            # GUI thread does not count a million items just to tick boxes.
            records = [r for r in library.imports(with_inventory=True) if r.status == "complete"]
            if all("items" in r.inventory for r in records):
                names = {p for r in records for p, kinds in r.inventory["items"].items() if kinds}
            else:  # records written before inventories were kept
                found = library.facets(ItemFilter(), "platform")
                names = {p for p, n in found.items() if n}
        except Exception:  # an unreadable library must not block the wizard
            return set()
        return names | ({"instagram"} if "threads" in names else set())

    def include_platform(self, platform: str) -> None:
        box = self.boxes.get("instagram" if platform == "threads" else platform)
        if box is not None:
            box.setChecked(True)

    def chosen_platforms(self) -> tuple[str, ...]:
        return tuple(p for p, box in self.boxes.items() if box.isChecked())

    def chosen_region(self) -> str | None:
        value = self.region.currentData()
        return str(value) if value else None

    def isComplete(self) -> bool:
        return self.chosen_region() is not None and bool(self.chosen_platforms())

    def validatePage(self) -> bool:
        state = self.wiz.state
        region = self.chosen_region()
        if region != state.settings.region:
            state.settings.region = region
            state.save_settings(context_changed=True)
        self.wiz.build_steps(region, self.chosen_platforms())
        self.wiz.letters.refresh()
        return True

    def nextId(self) -> int:
        return self.wiz.next_after(0)
