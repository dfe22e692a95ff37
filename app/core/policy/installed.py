"""Policy bundles installed by updates: <data dir>/policy/<version>/, verified at every load.

The newest installed bundle that still verifies (signature, key trust, hashes) wins when its
version is above the shipped bundle's; otherwise the shipped resources/policy is used.
Installing is atomic (temp folder + rename) and keeps the newest KEEP bundles.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.core.paths import data_dir, resources_dir
from app.core.policy.bundle import Manifest, read_version, verify_dir, verify_files
from app.core.policy.keys import BundleError, trusted_keys
from app.core.storage.files import write_atomic

log = logging.getLogger(__name__)

KEEP = 2
LAST_UPDATE = "last_update.json"
_INCOMING = ".incoming-"
_STALE_TEMP_SECONDS = 3600


class StaleBundle(BundleError):
    """The offered bundle is not newer than the one in use (a replay or a downgrade)."""

    code = "policy_bundle_not_newer"

    def __init__(self, offered: int, current: int) -> None:
        if offered == current:
            msg = f"You already have the newest policies (version {current}); nothing changed."
        else:
            msg = (
                f"The server offered policy version {offered}, older than the version "
                f"{current} in use; it was refused."
            )
        super().__init__(msg)
        self.offered, self.current = offered, current


@dataclass(frozen=True, slots=True)
class ActiveBundle:
    version: int
    directory: Path
    shipped: bool


def updates_dir() -> Path:
    return data_dir() / "policy"


def shipped_dir() -> Path:
    return resources_dir() / "policy"


def installed_versions() -> list[tuple[int, Path]]:
    """Installed bundle folders, newest first (unverified)."""
    root = updates_dir()
    try:
        found = [(int(p.name), p) for p in root.iterdir() if p.name.isdigit() and p.is_dir()]
    except OSError:
        return []
    return sorted(found, reverse=True)


def active_bundle(trusted: Mapping[str, Ed25519PublicKey] | None = None) -> ActiveBundle:
    """The bundle the app should load now."""
    shipped = shipped_dir()
    base = read_version(shipped)
    newer = [(v, p) for v, p in installed_versions() if v > base]
    keys = trusted if trusted is not None else (trusted_keys() if newer else {})
    for version, folder in newer:
        try:
            manifest = verify_dir(folder, keys)
        except BundleError as exc:
            log.warning("installed policy bundle %s ignored: %s", folder.name, exc.message)
            continue
        if manifest.version == version:
            return ActiveBundle(version, folder, shipped=False)
    return ActiveBundle(base, shipped, shipped=True)


def install_bundle(
    files: Mapping[str, bytes], trusted: Mapping[str, Ed25519PublicKey] | None = None
) -> tuple[Manifest, ActiveBundle, Path]:
    """Verify an in-memory bundle, refuse one not newer than the active bundle, check it
    against the app's schema, and place it atomically. Returns (manifest, previous, folder).
    Any failure raises PolicyError/BundleError and leaves the installed bundles untouched."""
    from app.core.policy.loader import load_policy_set  # the loader imports this module

    keys = trusted_keys() if trusted is None else trusted
    manifest = verify_files(files, keys)
    current = active_bundle(keys)
    if manifest.version <= current.version:
        raise StaleBundle(manifest.version, current.version)
    root = updates_dir()
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=_INCOMING, dir=root))
    try:
        for name, data in files.items():
            with open(tmp / name, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        load_policy_set(tmp)  # the app's own schema and cross-references
        target = root / str(manifest.version)
        if target.exists():  # an earlier copy that no longer verifies
            shutil.rmtree(target)
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _record(current.version, manifest.version)
    prune()
    return manifest, current, target


def prune(keep: int = KEEP) -> None:
    """Keep the newest `keep` installed bundles; drop abandoned temp folders."""
    for _version, folder in installed_versions()[keep:]:
        shutil.rmtree(folder, ignore_errors=True)
    now = time.time()
    with contextlib.suppress(OSError):
        for p in updates_dir().glob(f"{_INCOMING}*"):
            if now - p.stat().st_mtime > _STALE_TEMP_SECONDS:
                shutil.rmtree(p, ignore_errors=True)


def _record(old: int, new: int) -> None:
    body = {"from_version": old, "to_version": new, "at": datetime.now(UTC).isoformat()}
    write_atomic(updates_dir() / LAST_UPDATE, json.dumps(body).encode("utf-8"))


def last_update() -> dict[str, object] | None:
    """{from_version, to_version, at} of the last installed update, for reminders."""
    try:
        data = json.loads((updates_dir() / LAST_UPDATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def bundle_dir(version: int) -> Path | None:
    """Where bundle `version` can still be read (shipped or installed), for "what changed"."""
    if read_version(shipped_dir()) == version:
        return shipped_dir()
    folder = updates_dir() / str(version)
    return folder if folder.is_dir() else None
