"""The library key: 256 random bits in the OS keyring, or derived from a passphrase.

The key never touches the disk in plaintext and is never logged or put in a message.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app.core.errors import KeyringUnavailable

SERVICE = "Overshare"
ENTRY = "library-key"
KEY_BYTES = 32

# Backends that exist but must not hold the key: no storage at all, plaintext files, or a
# file keyring that prompts for its own password on stdin (hangs a GUI).
_REJECTED = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",
}


def _name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _usable(backend: KeyringBackend) -> bool:
    children = getattr(backend, "backends", None)
    if children is not None:  # keyring's ChainerBackend
        return any(_usable(child) for child in children)
    return _name(backend) not in _REJECTED


def backend_name() -> str:
    """A readable name of the current keyring backend, for the UI and CLI."""
    backend = keyring.get_keyring()
    return str(getattr(backend, "name", None) or type(backend).__name__)


def keyring_available() -> bool:
    try:
        return _usable(keyring.get_keyring())
    except Exception:  # a broken backend import or D-Bus failure means "not available"
        return False


def _unavailable(detail: str) -> KeyringUnavailable:
    return KeyringUnavailable(
        f"No usable system keyring ({detail}): use a passphrase or an in-memory session."
    )


def _require_backend() -> KeyringBackend:
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        raise _unavailable(type(exc).__name__) from None
    if not _usable(backend):
        raise _unavailable(f"only {backend_name()} is installed")
    return backend


def load_key() -> bytes | None:
    """The stored library key, or None when the keyring holds none."""
    backend = _require_backend()
    try:
        stored = backend.get_password(SERVICE, ENTRY)
    except Exception as exc:
        raise _unavailable(f"reading failed: {type(exc).__name__}") from None
    if stored is None:
        return None
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def create_key() -> bytes:
    """Make a fresh random key, store it, and read it back to prove the keyring works."""
    backend = _require_backend()
    key = secrets.token_bytes(KEY_BYTES)
    try:
        backend.set_password(SERVICE, ENTRY, key.hex())
        ok = backend.get_password(SERVICE, ENTRY) == key.hex()
    except Exception as exc:
        raise _unavailable(f"storing failed: {type(exc).__name__}") from None
    if not ok:
        raise _unavailable("it did not keep the key")
    return key


def delete_key() -> bool:
    """Remove the keyring entry; True if one was removed. Never raises."""
    try:
        backend = keyring.get_keyring()
        if not _usable(backend):
            return False
        backend.delete_password(SERVICE, ENTRY)
        return True
    except keyring.errors.PasswordDeleteError:
        return False
    except Exception:
        return False


@dataclass(frozen=True, slots=True)
class KdfParams:
    """scrypt settings, stored beside the library (not secret) so they can change later."""

    salt: bytes
    n: int = 2**17  # 128 MiB with r=8: memory-hard, about half a second
    r: int = 8
    p: int = 1

    def to_json(self) -> dict[str, Any]:
        return {"kdf": "scrypt", "salt": self.salt.hex(), "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("kdf") != "scrypt":
            raise ValueError("unknown key derivation")
        return cls(bytes.fromhex(data["salt"]), int(data["n"]), int(data["r"]), int(data["p"]))

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=secrets.token_bytes(16))


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """A 256-bit key from a passphrase with scrypt (memory-hard)."""
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=params.salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=2 * 128 * params.n * params.r + 1024 * 1024,
        dklen=KEY_BYTES,
    )
