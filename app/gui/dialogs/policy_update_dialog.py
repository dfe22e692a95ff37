"""Check for policy updates (off the GUI thread) and show what changed for this user.

Entry points: `check_for_updates(parent, state)` for a Help/Tools menu action, and
`check_at_start(parent, state)`, which does nothing unless the user opted in and only shows
the dialog when an update was installed.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OvershareError
from app.core.i18n import fill
from app.core.models import Item
from app.core.policy import PolicySet, UserContext, load_policy_set
from app.core.policy.diff import PolicyDiff, diff_policy_sets
from app.core.policy.impact import ExposureDelta, exposure_delta
from app.core.policy.update import UpdateResult, update_policies
from app.gui.i18n import current_language
from app.gui.models.labels import outcome_label
from app.gui.state import AppState
from app.gui.widgets.labels import platform_name

ItemSource = Callable[[], Iterable[Sequence[Item]]]


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    result: UpdateResult
    new_set: PolicySet | None = None
    diff: PolicyDiff | None = None
    delta: ExposureDelta | None = None


class UpdateWorker(QObject):
    """Fetch + verify + install, then (after an update) diff and exposure delta. No widgets."""

    finished = Signal(object)  # CheckOutcome
    failed = Signal(str, str)  # one-sentence message, technical details

    def __init__(self, url: str | None, trusted: Mapping[str, Any] | None,
                 items: ItemSource, ctx: UserContext) -> None:  # fmt: skip
        super().__init__()
        self.url, self.trusted, self.items, self.ctx = url, trusted, items, ctx

    @Slot()
    def run(self) -> None:
        try:
            result = update_policies(self.url, trusted=self.trusted)
            if not result.installed:
                self.finished.emit(CheckOutcome(result))
                return
            old, new = load_policy_set(result.old_dir), load_policy_set(result.new_dir)
            delta = exposure_delta(self.items(), old, new, self.ctx)
            self.finished.emit(CheckOutcome(result, new, diff_policy_sets(old, new), delta))
        except OvershareError as exc:
            self.failed.emit(exc.message, "")
        except Exception as exc:  # shown to the user, never a silent thread death
            message = self.tr("The policy update check failed: %1").replace("%1", str(exc))
            self.failed.emit(message, traceback.format_exc())


def changes_html(diff: PolicyDiff, delta: ExposureDelta | None) -> str:
    """The "what changed" view: rules added/removed/changed, then the user's own exposure."""
    parts: list[str] = []

    def section(title: str, rows: Iterable[str]) -> None:
        items = "".join(f"<li>{escape(r)}</li>" for r in rows)
        if items:
            parts.append(f"<h3>{escape(title)}</h3><ul>{items}</ul>")

    # Rule, document and setting sentences are English (app/core/policy/diff.py) for now.
    section(_t("Rules added"), (c.summary for c in diff.added))
    section(_t("Rules removed"), (c.summary for c in diff.removed))
    section(
        _t("Rules changed"),
        (" ".join([c.summary, *c.details]) for c in diff.changed),
    )
    section(_t("Documents"), diff.documents)
    section(_t("Settings"), diff.settings)
    if diff.empty:
        parts.append(f"<p>{escape(_t('No rule changed.'))}</p>")
    if delta is not None:
        section(_t("What this means for your items"), delta_lines(delta))
    return "".join(parts)


def delta_lines(delta: ExposureDelta) -> list[str]:
    """ExposureDelta.lines() in the current language (English: exactly those lines)."""
    if current_language() == "en":
        return delta.lines()
    b, a = delta.before, delta.after
    if b.total_items == 0:
        return [_t("No items are loaded, so your own exposure cannot be compared.")]
    if delta.unchanged:
        return [fill(_t("Your exposure did not change (%1 items compared)."), b.total_items)]
    out = [
        fill(
            _t("Items exposed now: %1 → %2 (%3 newly exposed, %4 no longer)."),
            b.exposed_now,
            a.exposed_now,
            delta.newly_exposed,
            delta.no_longer_exposed,
        ),
        fill(_t("May already have been used: %1 → %2."), b.may_already_used, a.may_already_used),
        fill(
            _t("Uncertain: %1 → %2; not covered by any rule: %3 → %4."),
            b.uncertain,
            a.uncertain,
            b.not_covered,
            a.not_covered,
        ),
    ]
    for key in sorted(set(delta.allowed_before) | set(delta.allowed_after)):
        old, new = delta.allowed_before[key], delta.allowed_after[key]
        if old != new:
            platform, outcome = key
            line = _t("%1, items allowed now for “%2”: %3 → %4.")
            out.append(fill(line, platform_name(platform), outcome_label(outcome), old, new))
    return out


def _t(text: str) -> str:
    return QCoreApplication.translate("PolicyUpdateDialog", text)


class PolicyUpdateDialog(QDialog):
    check_done = Signal(object)  # CheckOutcome, or str (the failure message)

    def __init__(self, state: AppState, parent: QWidget | None = None, *, url: str | None = None,
                 trusted: Mapping[str, Any] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.state, self.url, self.trusted = state, url, trusted
        self.outcome: CheckOutcome | None = None
        # A pool owned by the dialog: destroying the dialog waits for a running check.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._worker: UpdateWorker | None = None
        self.setWindowTitle(self.tr("Policy updates"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Overshare downloads the published policy file with one plain request and "
                "checks its signature. Nothing about you or your data is sent."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.status = QLabel(self.tr("Not checked yet."), self)
        self.status.setObjectName("sectionTitle")
        self.status.setWordWrap(True)
        self.changes = QTextBrowser(self)
        self.changes.setAccessibleName(self.tr("What changed"))
        self.changes.setMinimumHeight(260)
        self.changes.setVisible(False)
        self.at_start = QCheckBox(self.tr("Check for policy updates when Overshare starts"), self)
        self.at_start.setChecked(state.settings.check_updates_at_start)
        self.at_start.toggled.connect(self._set_at_start)
        self.check_button = QPushButton(self.tr("Check now"), self)
        self.check_button.clicked.connect(self.start_check)
        self.apply_button = QPushButton(self.tr("Use the new policies"), self)
        self.apply_button.setVisible(False)
        self.apply_button.clicked.connect(self.apply_update)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        for w in (intro, self.status, self.changes, self.at_start, buttons):
            layout.addWidget(w)
        if state.ephemeral:  # that session promises to write nothing, updates included
            self.status.setText(
                self.tr("Policy updates are not installed in a session that writes nothing.")
            )
            self.check_button.setEnabled(False)
            self.at_start.setEnabled(False)

    # -- checking ------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def start_check(self) -> None:
        if self.running or self.state.ephemeral:
            return
        self.status.setText(self.tr("Checking for policy updates…"))
        self.check_button.setEnabled(False)
        self.apply_button.setVisible(False)
        # The worker lives in the GUI thread and runs in the pool: its signals arrive queued.
        self._worker = UpdateWorker(
            self.url, self.trusted, self.state.library.iter_items, self.state.context()
        )
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._pool.start(self._worker.run)

    def _on_finished(self, outcome: CheckOutcome) -> None:
        self.outcome = outcome
        self.check_button.setEnabled(True)
        self.status.setText(outcome.result.message)
        if outcome.diff is not None:
            self.changes.setHtml(changes_html(outcome.diff, outcome.delta))
            self.changes.setVisible(True)
            self.apply_button.setVisible(True)
        self.check_done.emit(outcome)

    def _on_failed(self, message: str, details: str) -> None:
        self.check_button.setEnabled(True)
        self.status.setText(message)
        if details:
            self.changes.setPlainText(details)
            self.changes.setVisible(True)
        self.check_done.emit(message)

    # -- acting --------------------------------------------------------------------------
    def apply_update(self) -> None:
        """Switch the running app to the new policies and re-tag the library."""
        if self.outcome is None or self.outcome.new_set is None:
            return
        self.state.policy_set = self.outcome.new_set
        self.state.save_settings(context_changed=True)
        self.apply_button.setVisible(False)
        self.status.setText(
            self.tr("Now using policy version %s.") % self.outcome.result.new_version
        )

    def _set_at_start(self, on: bool) -> None:
        self.state.settings.check_updates_at_start = on
        self.state.save_settings()

    def wait(self, ms: int = 30000) -> bool:
        return bool(self._pool.waitForDone(ms))

    def done(self, result: int) -> None:  # Close while checking: let the worker finish
        self.wait()
        super().done(result)


def check_for_updates(parent: QWidget | None, state: AppState, *, url: str | None = None,
                      trusted: Mapping[str, Any] | None = None) -> PolicyUpdateDialog:  # fmt: skip
    """Open the dialog (non-blocking) and start a check; keep the returned reference."""
    dialog = PolicyUpdateDialog(state, parent, url=url, trusted=trusted)
    dialog.open()
    dialog.start_check()
    return dialog


def check_at_start(parent: QWidget | None, state: AppState) -> PolicyUpdateDialog | None:
    """If the user opted in: check quietly; the dialog appears only after an update."""
    if not state.settings.check_updates_at_start or state.ephemeral:
        return None
    dialog = PolicyUpdateDialog(state, parent)

    def shown_if_updated(outcome: object) -> None:
        if isinstance(outcome, CheckOutcome) and outcome.result.installed:
            dialog.open()

    dialog.check_done.connect(shown_if_updated)
    dialog.start_check()
    return dialog
