"""One opt-out step: what it covers and not, where to find it, and the user's dated answer.

The same page class serves every step; the answer is saved the moment it is given.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.i18n import fill
from app.core.optouts import OptOutStep
from app.core.optouts.answers import answer_for, record_answer
from app.core.optouts.letters import GDPR_REGIONS
from app.gui.i18n import step_text
from app.gui.widgets.labels import platform_name
from app.gui.wizard.texts import answer_words, confidence_words, kind_words

if TYPE_CHECKING:
    from app.gui.wizard.wizard import OptOutWizard

ANSWER_ORDER = ("done", "not_now", "not_available")


def _open(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


class StepPage(QWizardPage):
    def __init__(self, step: OptOutStep, wizard: OptOutWizard, page_id: int) -> None:
        super().__init__(wizard)
        self.step, self.wiz, self.page_id = step, wizard, page_id
        self.setTitle(step_text(step.title))
        self.setSubTitle(f"{platform_name(step.platform)} · {kind_words(step.kind)}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setSpacing(8)

        self.review_note = self._label(body, "", "problemText")
        layout.addWidget(self.review_note)
        if step.kind == "notice":
            plain = self._label(body, self.tr("There is no opt-out for this where you live."))
            plain.setObjectName("sectionTitle")
            layout.addWidget(plain)
        first = self.tr("What happens") if step.kind == "notice" else self.tr("What this covers")
        # A notice's second text says itself what you can still do: no heading for it.
        second = "" if step.kind == "notice" else self.tr("What this does NOT cover")
        self._section(layout, body, first, step_text(step.covers))
        self._section(layout, body, second, step_text(step.does_not_cover))
        if step.kind == "notice":
            others = [
                s
                for s in wizard.all_steps
                if s.kind == "alternative" and s.platform in self._family() and s in wizard.steps
            ]
            if others:
                items = "".join(f"<li>{html.escape(step_text(s.title))}</li>" for s in others)
                self._section(
                    layout, body, self.tr("The next pages show how"), f"<ul>{items}</ul>", rich=True
                )
        if step.kind == "objection" and wizard.state.settings.region in GDPR_REGIONS:
            hint = self.tr("After the steps, the wizard writes an Article 21 objection for you.")
            layout.addWidget(self._label(body, hint, "hintText"))
        if step.web_path:
            self._section(layout, body, self.tr("On the website"), step_text(step.web_path))
        if step.mobile_path:
            self._section(layout, body, self.tr("In the app"), step_text(step.mobile_path))

        self.open_button = QPushButton(self.tr("Open in browser"), body)
        self.open_button.setObjectName("primaryButton")
        self.open_button.setAccessibleName(
            self.tr("Open %1 in your browser").replace("%1", step.url)
        )
        self.open_button.setToolTip(step.url)
        self.open_button.clicked.connect(lambda: _open(step.url))
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

        how_sure = self.tr("How sure we are: %1").replace("%1", confidence_words(step.confidence))
        self.confidence = self._label(body, how_sure, "hintText")
        layout.addWidget(self.confidence)
        link = f'<a href="{html.escape(step.source_url)}">{html.escape(step.source_url)}</a>'
        self.source = self._label(
            body,
            fill(self.tr("Source: %1 (checked %2)"), link, step.last_verified),
            "hintText",
        )
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.source.linkActivated.connect(_open)
        self.source.setAccessibleName(self.tr("Source: %1").replace("%1", step.source_url))
        layout.addWidget(self.source)

        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.date_edit = QDateEdit(QDate.currentDate(), body)
        self.recorded = self._label(body, "", "hintText")
        if step.kind != "notice":
            layout.addWidget(self._answer_box(body))
        else:
            self.date_edit.hide()
            self.recorded.hide()
        layout.addStretch(1)
        self._show_recorded()

    # -- building -----------------------------------------------------------------------
    def _family(self) -> tuple[str, ...]:
        meta = ("facebook", "instagram", "threads")
        return meta if self.step.platform in meta else (self.step.platform,)

    def _label(self, parent: QWidget, text: str, name: str = "") -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        return label

    def _section(
        self, layout: QVBoxLayout, parent: QWidget, head: str, text: str, rich: bool = False
    ) -> None:
        block = QVBoxLayout()
        block.setSpacing(2)  # a heading sits close to its text
        if head:
            block.addWidget(self._label(parent, head, "actionTitle"))
        body = self._label(parent, text)
        body.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        block.addWidget(body)
        layout.addLayout(block)

    def _answer_box(self, parent: QWidget) -> QFrame:
        box = QFrame(parent)
        box.setObjectName("card")
        grid = QGridLayout(box)
        grid.addWidget(self._label(box, self.tr("Your answer"), "actionTitle"), 0, 0, 1, 3)
        texts = {
            "done": self.tr("Done, on"),
            "not_now": self.tr("Not now"),
            "not_available": self.tr("Not available to me"),
        }
        for row, answer in enumerate(ANSWER_ORDER, start=1):
            radio = QRadioButton(texts[answer], box)
            radio.setAccessibleName(answer_words(answer))
            self.group.addButton(radio)
            self.radios[answer] = radio
            grid.addWidget(radio, row, 0)
            radio.toggled.connect(lambda on, a=answer: self._toggled(on, a))
        self.date_edit.setParent(box)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setAccessibleName(self.tr("Date you did it"))
        self.date_edit.dateChanged.connect(self._date_changed)
        grid.addWidget(self.date_edit, 1, 1)
        grid.setColumnStretch(2, 1)
        self.recorded.setParent(box)
        grid.addWidget(self.recorded, len(ANSWER_ORDER) + 1, 0, 1, 3)
        return box

    # -- answers ------------------------------------------------------------------------
    def current(self) -> str | None:
        return next((a for a, r in self.radios.items() if r.isChecked()), None)

    def answer(self, answer: str, when: date | None = None) -> None:
        """Give an answer as the user would (tests and keyboard users alike)."""
        if when is not None:
            self.date_edit.setDate(QDate(when.year, when.month, when.day))
        if self.radios[answer].isChecked():
            self._answer(answer)
        else:
            self.radios[answer].setChecked(True)

    def _toggled(self, on: bool, answer: str) -> None:
        if on:
            self._answer(answer)

    def _date_changed(self, _d: QDate) -> None:
        if self.current() == "done":
            self._answer("done")

    def _answer(self, answer: str) -> None:
        state = self.wiz.state
        qd = self.date_edit.date()
        when = date(qd.year(), qd.month(), qd.day()) if answer == "done" else date.today()
        changed = record_answer(state.settings, self.step, answer, state.policy_set, when)
        state.save_settings(context_changed=changed)
        self._show_recorded()
        self.wiz.answered.emit(self.step.id, answer)

    def _show_recorded(self) -> None:
        state = self.wiz.state
        got = answer_for(state.settings, self.step, state.policy_set)
        review = self.wiz.reviews().get(self.step.id)
        self.review_note.setVisible(review is not None)
        if review is not None:
            if review.reason == "policy_data_updated":
                why = self.tr("The policy data changed since you answered. Please check again.")
            else:
                doc = review.document
                why = self.tr(
                    "A newer policy (from %1) applies since you answered. Check again."
                ).replace("%1", doc.effective_from.isoformat() if doc else "?")
            self.review_note.setText(why)
        if got is None:
            self.recorded.setText(self.tr("Not answered yet."))
            return
        self.recorded.setText(fill(self.tr("Saved: %1 (%2)."), answer_words(got.answer), got.date))
        radio = self.radios.get(got.answer)
        if radio is not None and not radio.isChecked():
            if got.answer == "done":
                self.date_edit.blockSignals(True)
                self.date_edit.setDate(QDate.fromString(got.date, "yyyy-MM-dd"))
                self.date_edit.blockSignals(False)
            radio.blockSignals(True)
            radio.setChecked(True)
            radio.blockSignals(False)

    def initializePage(self) -> None:
        if self.wiz.jump_to == self.step.id:
            self.wiz.jump_to = None  # arrived: Back then Next follows the usual order
        self._show_recorded()

    def nextId(self) -> int:
        return self.wiz.next_after(self.page_id)
