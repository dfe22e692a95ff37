"""The library key: keyring, no keyring, passphrase, wrong key, damaged files."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from app.core.errors import CorruptLibraryError, KeyringUnavailable, WrongKeyError
from app.core.storage import LibraryState, library_state, open_library, secrets
from app.core.storage.files import db_path
from tests.core.storage.conftest import make_item


def _fill(lib, n=5):
    handle = lib.begin_import(["a.zip"], None)
    handle.add_batch([make_item(i) for i in range(n)])
    handle.finish({})


def test_key_is_random_and_in_keyring(memory_keyring):
    with open_library() as lib:
        _fill(lib)
        assert lib.mode == "keyring" and "system keyring" in lib.description
    stored = memory_keyring.store[("Overshare", "library-key")]
    assert len(bytes.fromhex(stored)) == 32
    assert library_state() == LibraryState.KEYRING
    assert stored.encode() not in db_path().read_bytes()


def test_no_keyring_backend_offers_passphrase_or_memory():
    keyring.set_keyring(fail.Keyring())
    assert not secrets.keyring_available()
    with pytest.raises(KeyringUnavailable, match="passphrase or an in-memory session"):
        open_library("keyring")
    assert not db_path().exists()  # nothing created before the choice is made
    with open_library("passphrase", "correct horse") as lib:
        _fill(lib)
        assert "passphrase" in lib.description
    assert library_state() == LibraryState.PASSPHRASE
    with open_library("passphrase", "correct horse") as lib:
        assert lib.count() == 5
    with open_library("memory") as lib:
        assert lib.count() == 0 and "nothing is saved" in lib.description


def test_plaintext_file_keyring_is_not_used():
    from keyrings.alt.file import PlaintextKeyring

    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeyringUnavailable):
        open_library("keyring")


def test_keyring_that_fails_on_set(memory_keyring, monkeypatch):
    def refuse(*args):
        raise keyring.errors.PasswordSetError("locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    with pytest.raises(KeyringUnavailable):
        open_library("keyring")


def test_wrong_passphrase_is_a_typed_error_and_library_is_kept():
    with open_library("passphrase", "right") as lib:
        _fill(lib)
    before = db_path().read_bytes()
    with pytest.raises(WrongKeyError, match="passphrase does not open"):
        open_library("passphrase", "wrong")
    assert db_path().read_bytes() == before  # never replaced by an empty library
    with open_library("passphrase", "right") as lib:
        assert lib.count() == 5


def test_mode_mismatch_and_missing_key(memory_keyring):
    with open_library("passphrase", "pw") as lib:
        _fill(lib)
    with pytest.raises(WrongKeyError, match="passphrase"):
        open_library("keyring")
    for f in db_path().parent.iterdir():
        f.unlink()
    with open_library("keyring") as lib:
        _fill(lib)
    with pytest.raises(WrongKeyError, match="keyring"):
        open_library("passphrase", "pw")
    memory_keyring.store.clear()
    with pytest.raises(WrongKeyError, match="missing"):
        open_library("keyring")
    assert db_path().stat().st_size > 0


def test_corrupted_database_is_a_typed_error():
    with open_library() as lib:
        _fill(lib, 200)
    data = bytearray(db_path().read_bytes())
    data[:64] = bytes(64)
    db_path().write_bytes(bytes(data))
    with pytest.raises(CorruptLibraryError):
        open_library()


def test_damage_inside_the_file_is_reported_on_read():
    with open_library() as lib:
        _fill(lib, 300)
    data = bytearray(db_path().read_bytes())
    assert len(data) > 4096 * 4
    for page in range(1, len(data) // 4096):
        data[page * 4096 + 100 : page * 4096 + 200] = bytes(100)
    db_path().write_bytes(bytes(data))
    with pytest.raises(CorruptLibraryError):
        lib = open_library()
        lib.page(limit=500)


def test_real_scrypt_cost_derives_a_stable_key():
    params = secrets.KdfParams(salt=b"\x01" * 16)
    assert params.n == 2**17
    key = secrets.derive_key("pw", params)
    assert len(key) == 32 and key == secrets.derive_key("pw", params)
    assert key != secrets.derive_key("pw2", params)
    assert secrets.KdfParams.from_json(params.to_json()) == params
