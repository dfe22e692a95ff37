"""Ed25519 keys for signed policy bundles: key ids, the shipped trusted keys, endorsements.

Key rotation: a bundle signed by a key the app does not ship may carry `endorsements.json`,
a list of statements "key N may sign bundles created on or after DATE", each signed by a key
already trusted (a shipped key or one endorsed earlier in the list). See tools/README.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.core.paths import resources_dir
from app.core.policy.schema import PolicyError

log = logging.getLogger(__name__)

TrustedKeys = dict[str, Ed25519PublicKey]
MAX_ENDORSEMENTS = 8


class BundleError(PolicyError):
    """A policy bundle is unsigned, wrongly signed, tampered, incomplete or malformed."""

    code = "bad_policy_bundle"


def keys_dir() -> Path:
    """The shipped public keys, one `<key_id>.pub` (PEM) per key."""
    return resources_dir() / "policy" / "keys"


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(key: Ed25519PublicKey) -> str:
    """First 16 hex digits of the SHA-256 of the raw public key."""
    return hashlib.sha256(raw_public(key)).hexdigest()[:16]


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_public_pem(data: bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key


def load_private_pem(data: bytes) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 private key")
    return key


def trusted_keys(folder: Path | None = None) -> TrustedKeys:
    """The keys shipped with the app; a file whose name is not its key id is ignored."""
    out: TrustedKeys = {}
    where = folder or keys_dir()
    for path in sorted(where.glob("*.pub")) if where.is_dir() else []:
        try:
            key = load_public_pem(path.read_bytes())
        except (OSError, ValueError) as exc:
            log.warning("policy key %s ignored: %s", path.name, exc)
            continue
        if key_id(key) != path.stem:
            log.warning("policy key %s ignored: its key id is %s", path.name, key_id(key))
            continue
        out[path.stem] = key
    return out


def verifies(key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def encode_sig(signature: bytes) -> bytes:
    return base64.b64encode(signature) + b"\n"


def decode_sig(text: bytes) -> bytes:
    try:
        sig = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BundleError("The policy bundle signature is not valid base64.") from exc
    if len(sig) != 64:
        raise BundleError("The policy bundle signature has the wrong length.")
    return sig


# ------------------------------------------------------------------ endorsements (rotation)


@dataclass(frozen=True, slots=True)
class Endorsement:
    endorsed_by: str
    new_key_id: str
    new_key: Ed25519PublicKey
    not_before: date


def endorse(old: Ed25519PrivateKey, new: Ed25519PublicKey, not_before: date) -> dict[str, str]:
    """One entry of endorsements.json: `old` lets `new` sign bundles from `not_before` on."""
    statement = json.dumps(
        {
            "format": 1,
            "endorsed_by": key_id(old.public_key()),
            "new_key_id": key_id(new),
            "new_public_key": base64.b64encode(raw_public(new)).decode(),
            "not_before": not_before.isoformat(),
        },
        sort_keys=True,
    )
    sig = old.sign(statement.encode())
    return {"statement": statement, "signature": base64.b64encode(sig).decode()}


def _statement(entry: Any) -> tuple[dict[str, Any], bytes, bytes]:
    if not isinstance(entry, dict):
        raise ValueError("an entry is not an object")
    text, sig = entry.get("statement"), entry.get("signature")
    if not isinstance(text, str) or not isinstance(sig, str):
        raise ValueError("an entry needs 'statement' and 'signature' strings")
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != 1:
        raise ValueError("a statement has an unknown format")
    return data, text.encode(), base64.b64decode(sig, validate=True)


def _parse_endorsement(data: dict[str, Any]) -> Endorsement:
    raw = base64.b64decode(str(data["new_public_key"]), validate=True)
    new = Ed25519PublicKey.from_public_bytes(raw)
    if key_id(new) != data["new_key_id"]:
        raise ValueError("a new key id does not match its key")
    return Endorsement(
        str(data["endorsed_by"]), key_id(new), new, date.fromisoformat(data["not_before"])
    )


def apply_endorsements(
    trusted: Mapping[str, Ed25519PublicKey], raw: bytes
) -> tuple[TrustedKeys, dict[str, date]]:
    """Trusted keys plus those validly endorsed in `raw` (endorsements.json), with the date
    from which each endorsed key may sign. An entry by an untrusted key is skipped; a
    malformed file or a forged signature raises BundleError."""
    keys: TrustedKeys = dict(trusted)
    since: dict[str, date] = {}
    try:
        entries = json.loads(raw)
        if not isinstance(entries, list) or len(entries) > MAX_ENDORSEMENTS:
            raise ValueError(f"expected a list of at most {MAX_ENDORSEMENTS} entries")
        for entry in entries:
            data, statement, sig = _statement(entry)
            e = _parse_endorsement(data)
            signer = keys.get(e.endorsed_by)
            if signer is None:
                continue
            if not verifies(signer, sig, statement):
                raise BundleError(
                    f"The key endorsement for {e.new_key_id} has a bad signature; "
                    "the bundle was refused."
                )
            if e.new_key_id not in keys:
                keys[e.new_key_id] = e.new_key
                start = since.get(e.endorsed_by)
                since[e.new_key_id] = max(e.not_before, start) if start else e.not_before
    except BundleError:
        raise
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise BundleError(f"The policy bundle's endorsements.json is malformed ({exc}).") from exc
    return keys, since
