"""The signed policy bundle: policy files + manifest.json + manifest.sig (+ endorsements.json).

manifest.json = {"format": 1, "version": int, "created": "YYYY-MM-DDTHH:MM:SSZ",
"key_id": "<16 hex>", "files": {"x.toml": "<sha256 hex>", ...}}; manifest.sig is the
base64 Ed25519 signature over the exact manifest bytes. On the wire a bundle is one zip
with these files at its top level and nothing else.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.core.policy.keys import (
    BundleError,
    apply_endorsements,
    decode_sig,
    encode_sig,
    key_id,
    verifies,
)

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ENDORSEMENTS = "endorsements.json"
META_FILES = (MANIFEST, SIGNATURE, ENDORSEMENTS)
FORMAT = 1
MAX_FILES = 32
MAX_FILE_BYTES = 2_000_000
# Policy data only: TOML files and the schema copy; no folders, no hidden names.
FILE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}\.(toml|json)$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class Manifest:
    version: int
    created: datetime
    key_id: str
    files: dict[str, str]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_manifest(raw: bytes) -> Manifest:
    """Strictly parse manifest bytes; BundleError names the problem."""
    try:
        data: Any = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"unknown manifest format (this app reads format {FORMAT})")
        version, files, kid = data["version"], data["files"], data["key_id"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ValueError("version must be a positive integer")
        if not isinstance(kid, str) or not isinstance(files, dict) or not files:
            raise ValueError("key_id and a non-empty files table are required")
        for name, digest in files.items():
            if not FILE_NAME.match(name) or name in META_FILES:
                raise ValueError(f"file name {name!r} is not allowed")
            if not isinstance(digest, str) or not _SHA256.match(digest):
                raise ValueError(f"the hash of {name} is not a SHA-256 hex digest")
        created = datetime.fromisoformat(str(data["created"]).replace("Z", "+00:00"))
        if created.tzinfo is None:
            raise ValueError("created needs a time zone")
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError(f"The policy bundle's manifest.json is invalid: {exc}.") from exc
    return Manifest(version, created, kid, dict(files))


def read_version(folder: Path) -> int:
    """The (unverified) bundle version of a folder; 0 when it has no readable manifest."""
    try:
        return parse_manifest((folder / MANIFEST).read_bytes()).version
    except (OSError, BundleError):
        return 0


def verify_files(files: Mapping[str, bytes], trusted: Mapping[str, Ed25519PublicKey]) -> Manifest:
    """Check signature, key trust and every hash of an in-memory bundle; return its manifest.

    Refuses any file the manifest does not list, so nothing unsigned can be loaded.
    """
    raw, sig = files.get(MANIFEST), files.get(SIGNATURE)
    if raw is None or sig is None:
        raise BundleError("The policy bundle has no manifest.json or manifest.sig.")
    manifest = parse_manifest(raw)
    keys: dict[str, Ed25519PublicKey] = dict(trusted)
    since: dict[str, date] = {}
    if ENDORSEMENTS in files:
        keys, since = apply_endorsements(trusted, files[ENDORSEMENTS])
    key = keys.get(manifest.key_id)
    if key is None:
        raise BundleError(
            f"The policy bundle is signed by key {manifest.key_id}, which this app does not "
            "trust; it was refused."
        )
    if not verifies(key, decode_sig(sig), raw):
        raise BundleError("The policy bundle's signature does not match; it was refused.")
    start = since.get(manifest.key_id)
    if start is not None and manifest.created.date() < start:
        raise BundleError(
            f"The policy bundle was signed by key {manifest.key_id} before that key was "
            f"valid ({start.isoformat()}); it was refused."
        )
    for name, digest in manifest.files.items():
        data = files.get(name)
        if data is None:
            raise BundleError(f"The policy bundle is incomplete: {name} is missing.")
        if sha256(data) != digest:
            raise BundleError(
                f"The policy bundle file {name} does not match its signed hash "
                "(tampered or damaged); it was refused."
            )
    extra = sorted(set(files) - set(manifest.files) - set(META_FILES))
    if extra:
        raise BundleError(f"The policy bundle holds unsigned files: {', '.join(extra)}.")
    return manifest


def read_dir(folder: Path) -> dict[str, bytes]:
    """Every regular file at the top of `folder` (sub-folders such as keys/ are not read)."""
    out: dict[str, bytes] = {}
    try:
        for path in folder.iterdir():
            if path.is_file() and not path.name.startswith("."):
                out[path.name] = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"The policy folder {folder} cannot be read ({exc}).") from exc
    return out


def verify_dir(folder: Path, trusted: Mapping[str, Ed25519PublicKey]) -> Manifest:
    return verify_files(read_dir(folder), trusted)


def read_zip(data: bytes) -> dict[str, bytes]:
    """The top-level files of a bundle zip, refusing folders, odd names and oversize members."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_FILES:
                raise BundleError(f"The policy bundle holds more than {MAX_FILES} files.")
            out: dict[str, bytes] = {}
            for info in infos:
                name = info.filename
                if name in out or not (FILE_NAME.match(name) or name in META_FILES):
                    raise BundleError(f"The policy bundle holds an unexpected entry {name!r}.")
                if info.file_size > MAX_FILE_BYTES:
                    raise BundleError(f"The policy bundle file {name} is too large.")
                with zf.open(info) as fh:
                    content = fh.read(MAX_FILE_BYTES + 1)
                if len(content) > MAX_FILE_BYTES:
                    raise BundleError(f"The policy bundle file {name} is too large.")
                out[name] = content
            return out
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise BundleError(
            "The downloaded policy bundle is not a readable zip (damaged or incomplete)."
        ) from exc


# ------------------------------------------------------------------ building (maintainer tool)


def build_manifest(
    files: Mapping[str, bytes], version: int, signer: str, created: datetime
) -> bytes:
    body = {
        "format": FORMAT,
        "version": version,
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "key_id": signer,
        "files": {name: sha256(files[name]) for name in sorted(files)},
    }
    return json.dumps(body, indent=2, sort_keys=True).encode() + b"\n"


def sign_bundle(
    files: Mapping[str, bytes],
    private: Ed25519PrivateKey,
    version: int,
    created: datetime | None = None,
    endorsements: list[dict[str, str]] | None = None,
) -> dict[str, bytes]:
    """Policy files → a complete signed bundle (files + manifest + signature)."""
    for name in files:
        if not FILE_NAME.match(name) or name in META_FILES:
            raise ValueError(f"{name!r} cannot go into a policy bundle")
    manifest = build_manifest(
        files, version, key_id(private.public_key()), created or datetime.now(UTC)
    )
    out = dict(files)
    out[MANIFEST] = manifest
    out[SIGNATURE] = encode_sig(private.sign(manifest))
    if endorsements:
        out[ENDORSEMENTS] = json.dumps(endorsements, indent=2).encode() + b"\n"
    return out


def write_zip(files: Mapping[str, bytes]) -> bytes:
    """A deterministic zip (sorted names, fixed timestamps) of a bundle."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, files[name])
    return buf.getvalue()
