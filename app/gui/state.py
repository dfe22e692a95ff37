"""The app's shared state: session (library + settings), policy set and classifier, as signals.

Pages read from it and call its methods; they never open libraries or load policies themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.context_settings import context_from_settings
from app.core.policy import Classifier, PolicySet, UserContext, load_policy_set
from app.core.storage.settings import Settings
from app.core.storage.workshop import Session


class AppState(QObject):
    library_changed = Signal()  # items were added, re-tagged or forgotten
    context_changed = Signal()  # region, birth year or an opt-out changed (before re-tagging)
    settings_changed = Signal()

    def __init__(self, session: Session, policy_set: PolicySet | None = None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.policy_set = policy_set or load_policy_set()
        self.settings: Settings = session.settings_store.load()
        self._classifier: Classifier | None = None

    @property
    def library(self):  # type: ignore[no-untyped-def]
        return self.session.library

    @property
    def ephemeral(self) -> bool:
        return self.session.ephemeral

    def context(self) -> UserContext:
        return context_from_settings(self.settings)

    def classifier(self) -> Classifier:
        if self._classifier is None:
            self._classifier = Classifier(self.policy_set, self.context())
        return self._classifier

    def replace_session(self, session: Session) -> None:
        """Continue on a fresh session (after "forget everything"); pages reload from it."""
        self.session = session
        self.settings = session.settings_store.load()
        self._classifier = None
        self.settings_changed.emit()
        self.context_changed.emit()
        self.library_changed.emit()

    def save_settings(self, context_changed: bool = False) -> None:
        """Persist settings atomically; callers re-tag the library when the context changed."""
        self.session.settings_store.save(self.settings)
        self.settings_changed.emit()
        if context_changed:
            self._classifier = None
            self.context_changed.emit()
