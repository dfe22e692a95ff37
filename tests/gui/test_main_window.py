"""The shell: navigation, menus and shortcuts, window state, session opening, retagging."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from app.core.errors import CorruptLibraryError
from app.core.storage import LibraryState, library_state
from app.core.storage.files import db_path
from app.core.storage.settings import FileSettingsStore, MemorySettingsStore
from app.core.storage.workshop import Session, ephemeral_session, open_session
from app.gui import session as session_mod
from app.gui.dialogs import passphrase_dialog as ask_mod
from app.gui.dialogs.about_dialog import AboutDialog, policy_data_version
from app.gui.main_window import DASHBOARD, HEALTH, ITEMS, START, MainWindow, describe_session
from app.gui.state import AppState
from tests.gui.shell_support import make_window, use_memory_keyring


def test_menus_and_shortcuts(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot)
    a = w.menu_actions
    assert a["open"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert a["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert a["quit"].shortcut() == QKeySequence("Ctrl+Q")
    assert a["export"].shortcut() == QKeySequence("Ctrl+E")
    assert a["settings"].shortcut() == QKeySequence("Ctrl+,")
    menus = [
        m.title().replace("&", "") for m in w.menuBar().findChildren(type(w.menuBar().addMenu("x")))
    ]
    assert {"File", "Edit", "View", "Tools", "Help"} <= set(menus)


def test_first_run_shows_welcome_and_navigation_switches(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot)
    assert w.nav.currentRow() == START and w.stack.currentWidget() is w.start_stack
    assert w.start_stack.currentWidget() is w.welcome_page
    for index, page in ((DASHBOARD, w.dashboard_page), (HEALTH, w.health_page)):
        w.menu_actions[("view_dashboard", "view_health")[index == HEALTH]].trigger()
        assert w.stack.currentWidget() is page
    w.menu_actions["find"].trigger()
    assert w.nav.currentRow() == ITEMS
    if w.items_page is None:
        assert isinstance(w.stack.currentWidget(), QLabel)


def test_status_bar_names_the_library_mode(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot)
    assert "memory only" in w.mode_label.text()
    memory = AppState(
        Session(
            open_session(ephemeral=False, mode="memory").library,
            MemorySettingsStore(),
            ephemeral=False,
        )
    )
    assert "not saved" in describe_session(memory)


def test_window_state_saved_in_settings_not_qsettings(qtbot, isolated_dirs) -> None:  # type: ignore[no-untyped-def]
    store = FileSettingsStore(isolated_dirs / "settings.json")
    state = AppState(Session(ephemeral_session().library, store, ephemeral=False))
    w = make_window(qtbot, state)
    w.resize(780, 560)  # the offscreen screen is 800×600; restoring clamps to it
    size = w.size()
    w.close()
    saved = store.load().window_state
    assert set(saved) == {"geometry", "state"}
    again = MainWindow(AppState(Session(ephemeral_session().library, store, ephemeral=False)))
    qtbot.addWidget(again)
    assert again.size() == size
    assert not list((isolated_dirs / "config").rglob("*.conf"))  # no QSettings file


def test_ephemeral_session_writes_nothing(qtbot, isolated_dirs) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot)
    w.close()
    written = [p for p in isolated_dirs.rglob("*") if p.is_file()]
    assert written == []


def test_about_shows_version_and_policy_dates(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = AppState(ephemeral_session())
    dialog = AboutDialog(state.policy_set)
    qtbot.addWidget(dialog)
    verified, effective = policy_data_version(state.policy_set)
    assert verified is not None and verified.isoformat() in dialog.policy.text()
    assert effective is not None and effective.isoformat() in dialog.policy.text()


def test_context_change_retags_in_a_worker(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = make_window(qtbot)
    with qtbot.waitSignal(w.import_finished, timeout=20000):
        w.open_demo()
    w.state.settings.region = "EU"
    with qtbot.waitSignal(w.reclassified, timeout=20000) as blocker:
        w.state.save_settings(context_changed=True)
    assert blocker.args[0] == w.state.library.count()


# -- opening the library ----------------------------------------------------------------
def test_keyring_library_opens_and_reopens(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    use_memory_keyring(monkeypatch)
    first = session_mod.open_session_interactively(ephemeral=False)
    assert first is not None and first.library.mode == "keyring"
    first.close()
    assert library_state() == LibraryState.KEYRING
    again = session_mod.open_session_interactively(ephemeral=False)
    assert again is not None and again.library.mode == "keyring"
    again.close()


def test_no_keyring_offers_passphrase_or_memory(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring.backends.fail

    monkeypatch.setattr("keyring.get_keyring", lambda: keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    monkeypatch.setattr(ask_mod, "ask_keyring_fallback", lambda parent, reason: "memory")
    s = session_mod.open_session_interactively(ephemeral=False)
    assert s is not None and s.library.mode == "memory"
    assert not db_path().exists()
    s.close()

    import secrets as pysecrets

    from app.core.storage import secrets

    monkeypatch.setattr(
        secrets.KdfParams,
        "fresh",
        classmethod(lambda cls: cls(salt=pysecrets.token_bytes(16), n=2**10)),
    )
    monkeypatch.setattr(ask_mod, "ask_keyring_fallback", lambda p, r: "passphrase")
    monkeypatch.setattr(
        ask_mod.PassphraseDialog,
        "ask",
        classmethod(lambda cls, p, new, message="": "correct horse"),
    )
    s = session_mod.open_session_interactively(ephemeral=False)
    assert s is not None and s.library.mode == "passphrase"
    s.close()
    assert library_state() == LibraryState.PASSPHRASE


def test_wrong_passphrase_asks_again_then_opens(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    use_memory_keyring(monkeypatch)
    open_session(ephemeral=False, mode="passphrase", passphrase="right passphrase").close()
    answers = iter(["wrong one", "right passphrase"])
    messages: list[str] = []

    def ask(cls, parent, new, message=""):  # type: ignore[no-untyped-def]
        messages.append(message)
        return next(answers)

    monkeypatch.setattr(ask_mod.PassphraseDialog, "ask", classmethod(ask))
    s = session_mod.open_session_interactively(ephemeral=False)
    assert s is not None and s.library.mode == "passphrase"
    assert messages[0] == "" and "passphrase" in messages[1].lower()
    s.close()


def test_corrupt_library_is_never_replaced_silently(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    use_memory_keyring(monkeypatch)
    db_path().parent.mkdir(parents=True)
    db_path().write_bytes(b"not a database at all" * 100)
    asked: list[str] = []

    def problem(parent, message, can_retry):  # type: ignore[no-untyped-def]
        asked.append(message)
        return None  # quit

    monkeypatch.setattr(ask_mod, "ask_library_problem", problem)
    assert session_mod.open_session_interactively(ephemeral=False) is None
    assert asked and db_path().read_bytes().startswith(b"not a database")
    monkeypatch.setattr(ask_mod, "ask_library_problem", lambda p, m, c: "forget")
    s = session_mod.open_session_interactively(ephemeral=False)
    assert s is not None and s.library.count() == 0  # a new library, after the user agreed
    s.close()


@pytest.mark.parametrize("error", [CorruptLibraryError("The library file is damaged.")])
def test_problem_offers_memory_session(monkeypatch, error) -> None:  # type: ignore[no-untyped-def]
    def broken(**kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("mode") == "memory":
            return Session(ephemeral_session().library, MemorySettingsStore(), ephemeral=False)
        raise error

    monkeypatch.setattr(session_mod, "open_session", broken)
    monkeypatch.setattr(ask_mod, "ask_library_problem", lambda p, m, c: "memory")
    s = session_mod.open_session_interactively(ephemeral=False)
    assert s is not None and s.library.mode == "memory"
    s.close()
