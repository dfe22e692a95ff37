"""The "Check for policy updates" dialog against a real loopback server, driven with qtbot."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.core.paths import demo_dir
from app.core.pipeline import import_into_library
from app.core.policy import load_policy_set
from app.core.policy.installed import updates_dir
from app.core.storage.db import open_library
from app.core.storage.records import ItemFilter
from app.core.storage.settings import MemorySettingsStore
from app.core.storage.workshop import Session, ephemeral_session
from app.gui.dialogs.policy_update_dialog import (
    CheckOutcome,
    PolicyUpdateDialog,
    check_at_start,
    check_for_updates,
)
from app.gui.state import AppState
from tests.core.policy.test_diff import NEW_RULE
from tests.core.policy.update_server import Server, Signer, policy_files, snapshot, start_server


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    it = start_server()
    yield next(it)
    it.close()


@pytest.fixture
def state(qtbot) -> Iterator[AppState]:  # type: ignore[no-untyped-def]
    session = Session(open_library("memory"), MemorySettingsStore(), ephemeral=False)
    st = AppState(session)
    st.settings.region, st.settings.birth_year = "US", 1980
    import_into_library([demo_dir() / "x-archive"], session.library, st.classifier())
    yield st
    session.close()


def _new_policies() -> dict[str, bytes]:
    files = policy_files()
    files["x.toml"] += NEW_RULE.encode()  # a confirmed rule: likes train X's models
    return files


def _open(qtbot, state: AppState, url: str, signer: Signer) -> PolicyUpdateDialog:  # type: ignore[no-untyped-def]
    dialog = PolicyUpdateDialog(state, None, url=url, trusted=signer.trusted)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_update_shows_what_changed_and_reloads(qtbot, server: Server, state: AppState) -> None:  # type: ignore[no-untyped-def]
    signer = Signer()
    server.serve_bytes("/b.zip", signer.zip(2, _new_policies()))
    dialog = check_for_updates(None, state, url=server.url("/b.zip"), trusted=signer.trusted)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.check_done, timeout=20000) as blocker:
        pass  # the check started in check_for_updates; its result arrives queued
    outcome = blocker.args[0]
    assert isinstance(outcome, CheckOutcome) and outcome.result.installed
    assert dialog.status.text() == "Installed policy version 2 (was 1)."
    assert dialog.changes.isVisible() and dialog.apply_button.isVisible()
    text = dialog.changes.toPlainText()
    assert "Rules added" in text
    assert "New: X: your like or reaction items may be used to train the platform's own" in text
    assert "What this means for your items" in text
    likes = state.library.count(ItemFilter(kinds=("like_or_reaction",)))
    assert likes >= 3 and f"({likes} newly exposed, 0 no longer)." in text  # the demo likes
    with qtbot.waitSignal(state.context_changed, timeout=2000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert state.policy_set.directory == str(updates_dir() / "2")
    assert dialog.status.text() == "Now using policy version 2."
    assert [r.method for r in server.log] == ["GET"]
    dialog.wait()


def test_failure_leaves_everything_as_it_was(qtbot, server: Server, state: AppState) -> None:  # type: ignore[no-untyped-def]
    signer = Signer()
    before = snapshot(updates_dir())
    server.serve_bytes("/b.zip", Signer().zip(2))  # signed by a key the app does not trust
    dialog = _open(qtbot, state, server.url("/b.zip"), signer)
    with qtbot.waitSignal(dialog.check_done, timeout=20000) as blocker:
        dialog.start_check()
    assert isinstance(blocker.args[0], str) and "does not trust" in blocker.args[0]
    assert "does not trust" in dialog.status.text()
    assert not dialog.apply_button.isVisible() and dialog.check_button.isEnabled()
    assert snapshot(updates_dir()) == before
    assert state.policy_set.directory == load_policy_set().directory
    with qtbot.waitSignal(dialog.check_done, timeout=20000) as blocker:
        dialog.url = server.url("/gone.zip")
        dialog.start_check()
    assert dialog.status.text() == "The policy server answered 404 Not Found; nothing was changed."
    dialog.wait()


def test_start_check_is_opt_in(qtbot, server: Server, state: AppState) -> None:  # type: ignore[no-untyped-def]
    assert check_at_start(None, state) is None  # off by default: no request at all
    assert server.log == []
    dialog = _open(qtbot, state, server.url("/x"), Signer())
    with qtbot.waitSignal(state.settings_changed, timeout=1000):
        dialog.at_start.setChecked(True)
    assert state.session.settings_store.load().check_updates_at_start is True


def test_ephemeral_session_never_installs(qtbot, server: Server) -> None:  # type: ignore[no-untyped-def]
    session = ephemeral_session()
    st = AppState(session)
    dialog = _open(qtbot, st, server.url("/b.zip"), Signer())
    dialog.start_check()
    assert not dialog.running and not dialog.check_button.isEnabled()
    assert "not installed in a session that writes nothing" in dialog.status.text()
    assert server.log == []
    session.close()
