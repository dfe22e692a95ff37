"""Bundle signing and verification, key rotation by endorsement, and the maintainer tool."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.policy.bundle import (
    ENDORSEMENTS,
    parse_manifest,
    read_dir,
    read_zip,
    verify_dir,
    verify_files,
    write_zip,
)
from app.core.policy.installed import install_bundle, shipped_dir, updates_dir
from app.core.policy.keys import BundleError, endorse, key_id, trusted_keys
from tests.conftest import ROOT
from tests.core.policy.update_server import CREATED, Signer, policy_files

TOOL = ROOT / "tools" / "policy_bundle.py"


def test_sign_and_verify_roundtrip() -> None:
    s = Signer()
    files = s.bundle(7, created=CREATED)
    m = verify_files(files, s.trusted)
    assert (m.version, m.key_id, m.created) == (7, s.kid, CREATED)
    assert set(m.files) == set(policy_files())
    assert verify_files(read_zip(write_zip(files)), s.trusted) == m
    assert write_zip(files) == write_zip(dict(reversed(list(files.items()))))  # deterministic


def test_shipped_bundle_is_signed_by_the_shipped_key() -> None:
    keys = trusted_keys()
    assert len(keys) >= 1 and all(len(k) == 16 for k in keys)
    files = read_dir(shipped_dir())
    files.pop("update.json")
    manifest = parse_manifest(files["manifest.json"])
    assert manifest.key_id in keys and manifest.version >= 1
    # Hashes are checked by `tools/policy_bundle.py verify resources/policy` at release time
    # (policy files change in parallel work); here the signature over the manifest must hold.
    from app.core.policy.keys import decode_sig, verifies

    assert verifies(
        keys[manifest.key_id], decode_sig(files["manifest.sig"]), files["manifest.json"]
    )


def test_unknown_and_wrong_keys() -> None:
    s, other = Signer(), Signer()
    files = s.bundle(2)
    with pytest.raises(BundleError, match=f"signed by key {s.kid}, which this app does not"):
        verify_files(files, other.trusted)
    # A key claiming the trusted id but not matching it: the signature fails.
    forged = other.bundle(2)
    forged["manifest.json"] = forged["manifest.json"].replace(other.kid.encode(), s.kid.encode())
    with pytest.raises(BundleError, match="signature does not match"):
        verify_files(forged, s.trusted)


def _rotated(old: Signer, new: Signer, not_before: date, created: datetime) -> dict[str, bytes]:
    entry = endorse(old.key, new.key.public_key(), not_before)
    return new.bundle(3, created=created, endorsements=[entry])


def test_key_rotation_by_endorsement() -> None:
    old, new = Signer(), Signer()
    files = _rotated(old, new, date(2026, 6, 1), CREATED)
    assert verify_files(files, old.trusted).key_id == new.kid
    with pytest.raises(BundleError, match="does not trust"):  # without the endorsement
        verify_files({k: v for k, v in files.items() if k != ENDORSEMENTS}, old.trusted)


def test_endorsement_rules() -> None:
    old, new, stranger = Signer(), Signer(), Signer()
    early = _rotated(old, new, date(2027, 1, 1), CREATED)
    with pytest.raises(BundleError, match=r"before that key was valid \(2027-01-01\)"):
        verify_files(early, old.trusted)
    # Endorsed by a key the app does not trust: no effect.
    by_stranger = _rotated(stranger, new, date(2026, 1, 1), CREATED)
    with pytest.raises(BundleError, match="does not trust"):
        verify_files(by_stranger, old.trusted)
    # A statement edited after signing (a different new key) is refused as forged.
    files = _rotated(old, new, date(2026, 1, 1), CREATED)
    entries = json.loads(files[ENDORSEMENTS])
    entries[0]["statement"] = entries[0]["statement"].replace("2026-01-01", "2025-01-01")
    files[ENDORSEMENTS] = json.dumps(entries).encode()
    with pytest.raises(BundleError, match=r"endorsement for .* has a bad signature"):
        verify_files(files, old.trusted)
    files[ENDORSEMENTS] = b"{not json"
    with pytest.raises(BundleError, match=r"endorsements.json is malformed"):
        verify_files(files, old.trusted)


def test_endorsement_chain() -> None:
    a, b, c = Signer(), Signer(), Signer()
    chain = [
        endorse(a.key, b.key.public_key(), date(2026, 1, 1)),
        endorse(b.key, c.key.public_key(), date(2026, 3, 1)),
    ]
    files = c.bundle(4, created=CREATED, endorsements=chain)
    assert verify_files(files, a.trusted).key_id == c.kid


@pytest.mark.parametrize(
    "name", ["../evil.toml", "sub/x.toml", "/abs.toml", ".hidden.toml", "x.py", "X.TOML"]
)
def test_zip_with_odd_entries_refused(name: str) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(name, b"x")
    with pytest.raises(BundleError, match="unexpected entry"):
        read_zip(buf.getvalue())


def test_zip_bomb_member_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("x.toml", b"\0" * 3_000_000)
    assert len(buf.getvalue()) < 10_000
    with pytest.raises(BundleError, match=r"x.toml is too large"):
        read_zip(buf.getvalue())


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ((b'"version": 2', b'"version": 0'), "version must be a positive integer"),
        ((b'"format": 1', b'"format": 2'), "unknown manifest format"),
        ((b'"x.toml"', b'"../x.toml"'), "is not allowed"),
    ],
)
def test_manifest_validation(patch: tuple[bytes, bytes], message: str) -> None:
    raw = Signer().bundle(2)["manifest.json"].replace(*patch)
    with pytest.raises(BundleError, match=message):
        parse_manifest(raw)


def test_install_keeps_newest_two_and_verify_dir() -> None:
    s = Signer()
    for v in (2, 3, 4):
        install_bundle(s.bundle(v), s.trusted)
    assert sorted(p.name for p in updates_dir().iterdir() if p.is_dir()) == ["3", "4"]
    assert verify_dir(updates_dir() / "4", s.trusted).version == 4
    (updates_dir() / "4" / "extra.toml").write_text("schema_version = 1\n")
    with pytest.raises(BundleError, match=r"unsigned files: extra.toml"):
        verify_dir(updates_dir() / "4", s.trusted)


def _tool(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
        cwd=ROOT,
    )


def test_maintainer_tool(tmp_path: Path) -> None:
    key, pubs = tmp_path / "release.pem", tmp_path / "pubs"
    r = _tool("keygen", str(key), "--pub-dir", str(pubs))
    assert r.returncode == 0, r.stderr
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    (pub,) = pubs.glob("*.pub")
    out = tmp_path / "bundle.zip"
    r = _tool("build", str(shipped_dir()), "--version", "9", "-o", str(out),
              env={"OVERSHARE_POLICY_KEY": key.read_text()})  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = _tool("verify", str(out), "--keys", str(pubs))
    assert r.returncode == 0 and r.stdout.startswith(f"OK: version 9, key {pub.stem}"), r.stdout
    files = read_zip(out.read_bytes())
    assert "update.json" not in files and "manifest.sig" in files
    assert _tool("verify", str(out)).returncode == 1  # not signed by the shipped key
    # Rotation: the release key endorses a new one; a bundle signed by the new key verifies.
    new_key, new_pubs = tmp_path / "new.pem", tmp_path / "newpubs"
    assert _tool("keygen", str(new_key), "--pub-dir", str(new_pubs)).returncode == 0
    (new_pub,) = new_pubs.glob("*.pub")
    ends = tmp_path / "endorsements.json"
    r = _tool("endorse", str(new_pub), "--key", str(key), "--not-before", "2026-01-01",
              "-o", str(ends))  # fmt: skip
    assert r.returncode == 0, r.stderr
    out2 = tmp_path / "rotated"
    r = _tool("build", str(shipped_dir()), "--key", str(new_key), "--version", "10",
              "--endorsements", str(ends), "-o", str(out2))  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert _tool("verify", str(out2), "--keys", str(pubs)).returncode == 0


def test_key_id_is_stable() -> None:
    """The id is the first 16 hex digits of SHA-256 over the raw 32-byte public key."""
    k = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    assert key_id(k.public_key()) == "56475aa75463474c"
