"""Opening the library with the user's help, and starting over after "forget everything".

Never a silent new empty library: when the saved one cannot be opened the user chooses
to re-enter the passphrase, forget it, use a memory-only session, or quit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.core.errors import CorruptLibraryError, KeyringUnavailable, WrongKeyError
from app.core.storage import LibraryState, library_state
from app.core.storage import forget_everything as forget_library_files
from app.core.storage.workshop import Session, ephemeral_session, open_session
from app.gui.busy import run_busy
from app.gui.dialogs import passphrase_dialog as ask

if TYPE_CHECKING:
    from app.gui.state import AppState


class _Declined(Exception):
    """The user closed the passphrase prompt for an existing library."""


class _Again(Exception):
    """Ask the first question again."""


def _open_saved(parent: QWidget | None, mode: str, passphrase: str | None = None) -> Session:
    """Open the saved library off the GUI thread (key derivation; a one-time upgrade)."""
    text = QCoreApplication.translate("session", "Opening your library…")
    return run_busy(
        lambda: open_session(ephemeral=False, mode=mode, passphrase=passphrase), parent, text
    )


def _memory() -> Session:
    return open_session(ephemeral=False, mode="memory")


def _new_passphrase_session(parent: QWidget | None) -> Session:
    passphrase = ask.PassphraseDialog.ask(parent, new=True)
    if passphrase is None:
        raise _Again()
    return _open_saved(parent, "passphrase", passphrase)


def _try_open(parent: QWidget | None, message: str) -> Session | None:
    if library_state() == LibraryState.PASSPHRASE:
        passphrase = ask.PassphraseDialog.ask(parent, new=False, message=message)
        if passphrase is None:
            raise _Declined()
        return _open_saved(parent, "passphrase", passphrase)
    try:
        return _open_saved(parent, "keyring")
    except KeyringUnavailable as exc:
        choice = ask.ask_keyring_fallback(parent, exc.message)
        if choice is None:
            return None
        if choice == "memory":
            return _memory()
        return _new_passphrase_session(parent)


def open_session_interactively(ephemeral: bool, parent: QWidget | None = None) -> Session | None:
    """The session to run on, or None when the user chose to quit."""
    if ephemeral:
        return ephemeral_session()
    message = ""
    while True:
        try:
            return _try_open(parent, message)
        except _Again:
            continue
        except WrongKeyError as exc:
            if library_state() == LibraryState.PASSPHRASE:
                message = exc.message  # show it above the prompt and ask again
                continue
            problem = exc.message
        except CorruptLibraryError as exc:
            problem = exc.message
        except _Declined:
            problem = "The saved library stays locked without its passphrase."
        can_retry = library_state() == LibraryState.PASSPHRASE
        choice = ask.ask_library_problem(parent, problem, can_retry)
        if choice is None:
            return None
        if choice == "memory":
            return _memory()
        if choice == "forget":
            forget_library_files(settings=False)
        message = ""


def forget_everything(parent: QWidget | None, state: AppState) -> None:
    """Delete the library, its key and the settings; continue on a fresh session."""
    mode, ephemeral = state.library.mode, state.ephemeral
    state.library.close()
    if ephemeral:
        state.replace_session(ephemeral_session())
        return
    forget_library_files(settings=True)
    session: Session | None = None
    try:
        if mode == "keyring":
            session = open_session(ephemeral=False, mode="keyring")
        elif mode == "passphrase":
            session = _new_passphrase_session(parent)
    except (_Again, KeyringUnavailable, WrongKeyError, CorruptLibraryError):
        session = None
    state.replace_session(session or _memory())
