"""The opt-out wizard: intro (region, platforms) → one page per step → letters → summary.

Step pages are built from resources/optouts for the chosen region and platforms; answers are
saved as they are given, so closing the wizard early loses nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from app.core.optouts import OptOutStep, StepsError, load_steps, steps_for
from app.core.optouts.letters import GDPR_REGIONS
from app.core.optouts.review import Review, steps_needing_review
from app.gui.wizard.intro_page import IntroPage
from app.gui.wizard.letters_page import LettersPage
from app.gui.wizard.step_page import StepPage
from app.gui.wizard.summary_page import SummaryPage
from app.gui.wizard.texts import PLATFORM_ORDER

if TYPE_CHECKING:
    from app.gui.state import AppState

INTRO, LETTERS, SUMMARY, FIRST_STEP = 0, 1, 2, 100


class OptOutWizard(QWizard):
    answered = Signal(str, str)  # step id, answer (after it was saved)

    def __init__(
        self, state: AppState, step_key: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("optOutWizard")
        self.setWindowTitle(self.tr("Opt-out wizard"))
        self.setAccessibleName(self.tr("Opt-out wizard"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.resize(900, 680)
        try:
            self.all_steps = load_steps()
            self.load_problem = ""
        except StepsError as exc:
            self.all_steps, self.load_problem = [], str(exc)
        self.steps: list[OptOutStep] = []
        self.step_pages: list[StepPage] = []
        self._built: tuple[str | None, tuple[str, ...]] | None = None
        self.jump_to: str | None = None  # step id the intro page leads to
        self.intro = IntroPage(self)
        self.letters = LettersPage(self)
        self.summary = SummaryPage(self)
        self.setPage(INTRO, self.intro)
        self.setPage(LETTERS, self.letters)
        self.setPage(SUMMARY, self.summary)
        self.setStartId(INTRO)
        target = self.find_step(step_key) if step_key else None
        if target is not None:
            self.jump_to = target.id
            self.intro.include_platform(target.platform)

    # -- steps --------------------------------------------------------------------------
    def find_step(self, key: str | None) -> OptOutStep | None:
        """A step by id, or the first step whose setting is `key` (region permitting)."""
        if not key:
            return None
        region = self.state.settings.region
        by_id = next((s for s in self.all_steps if s.id == key), None)
        if by_id is not None:
            return by_id
        matches = [s for s in self.all_steps if s.setting == key]
        return next((s for s in matches if s.applies_to(region)), matches[0] if matches else None)

    def build_steps(self, region: str | None, platforms: tuple[str, ...]) -> None:
        """(Re)create the step pages for this region and these platforms."""
        if self._built == (region, platforms):
            return
        self._built = (region, platforms)
        for page in self.step_pages:
            self.removePage(page.page_id)
            page.deleteLater()
        chosen = steps_for(self.all_steps, region, platforms)
        extra = next((s for s in self.all_steps if s.id == self.jump_to), None)
        if extra is not None and extra not in chosen:
            chosen.append(extra)  # opened at a step: show it even outside the usual set
        self.steps = sorted(chosen, key=lambda s: PLATFORM_ORDER.index(s.platform))
        self.step_pages = []
        for i, step in enumerate(self.steps):
            page = StepPage(step, self, FIRST_STEP + i)
            self.setPage(FIRST_STEP + i, page)
            self.step_pages.append(page)

    def reviews(self) -> dict[str, Review]:
        s = self.state
        found = steps_needing_review(s.settings, self.steps or self.all_steps, s.policy_set)
        return {r.step.id: r for r in found}

    def shown_step_ids(self) -> list[str]:
        return [s.id for s in self.steps]

    def page_for(self, step_id: str) -> StepPage | None:
        return next((p for p in self.step_pages if p.step.id == step_id), None)

    # -- order --------------------------------------------------------------------------
    def letters_wanted(self) -> bool:
        return self.state.settings.region in GDPR_REGIONS and bool(self.letters.platforms())

    def next_after(self, page_id: int) -> int:
        order = [INTRO, *(p.page_id for p in self.step_pages)]
        if self.letters_wanted():
            order.append(LETTERS)
        order.append(SUMMARY)
        if page_id == INTRO and self.jump_to is not None:
            target = self.page_for(self.jump_to)  # jump_to is cleared once it is shown
            if target is not None:
                return target.page_id
        if page_id not in order or page_id == SUMMARY:
            return -1
        return order[order.index(page_id) + 1]

    def open_at_target(self) -> None:
        """Skip the intro when the region is known and a step was asked for."""
        self.restart()
        if self.jump_to is not None and self.intro.isComplete():
            self.next()

    def done(self, result: int) -> None:
        self.summary.stop()
        super().done(result)
