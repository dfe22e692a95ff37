"""Maintainer tool (not shipped): make keys, build and sign policy bundles, endorse new keys.

  python tools/policy_bundle.py keygen OUT.pem [--pub-dir resources/policy/keys]
  python tools/policy_bundle.py build resources/policy --key KEY.pem --version N -o OUT
      (or the key PEM in the environment variable OVERSHARE_POLICY_KEY)
      OUT ending in .zip: the file to publish; otherwise a folder; --in-place: write
      manifest.json + manifest.sig into the source folder (the bundle shipped in the app)
  python tools/policy_bundle.py endorse --key OLD.pem NEW.pub --not-before YYYY-MM-DD -o E.json
  python tools/policy_bundle.py verify PATH [--keys DIR]
See tools/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.policy.bundle import (
    FILE_NAME,
    META_FILES,
    read_dir,
    read_zip,
    sign_bundle,
    verify_files,
    write_zip,
)
from app.core.policy.keys import (
    BundleError,
    endorse,
    key_id,
    load_private_pem,
    load_public_pem,
    public_pem,
    trusted_keys,
)
from app.core.policy.loader import load_policy_set

KEY_ENV = "OVERSHARE_POLICY_KEY"


def _private(path: Path | None) -> Ed25519PrivateKey:
    if path is not None:
        return load_private_pem(path.read_bytes())
    pem = os.environ.get(KEY_ENV)
    if not pem:
        raise SystemExit(f"error: give --key FILE or set {KEY_ENV} to the private key PEM")
    return load_private_pem(pem.encode())


def keygen(args: argparse.Namespace) -> int:
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    kid = key_id(key.public_key())
    args.pub_dir.mkdir(parents=True, exist_ok=True)
    (args.pub_dir / f"{kid}.pub").write_bytes(public_pem(key.public_key()))
    print(f"private key {args.out} (keep offline), public key {args.pub_dir / kid}.pub")
    return 0


def build(args: argparse.Namespace) -> int:
    src: Path = args.source
    load_policy_set(src)  # refuse to sign files the app would refuse
    files = {
        name: data
        for name, data in read_dir(src).items()
        if FILE_NAME.match(name) and name not in META_FILES and name != "update.json"
    }
    endorsements = json.loads(args.endorsements.read_text()) if args.endorsements else None
    bundle = sign_bundle(files, _private(args.key), args.version, endorsements=endorsements)
    if args.in_place:
        for name in META_FILES:
            if name in bundle:
                (src / name).write_bytes(bundle[name])
        print(f"signed {src} as version {args.version}")
    elif args.out is None:
        raise SystemExit("error: give -o OUT or --in-place")
    elif args.out.suffix == ".zip":
        args.out.write_bytes(write_zip(bundle))
        print(f"wrote {args.out} (version {args.version}, {len(files)} files)")
    else:
        args.out.mkdir(parents=True, exist_ok=True)
        for name, data in bundle.items():
            (args.out / name).write_bytes(data)
        print(f"wrote {args.out}/ (version {args.version}, {len(files)} files)")
    return 0


def endorse_cmd(args: argparse.Namespace) -> int:
    new = load_public_pem(args.new_pub.read_bytes())
    entry = endorse(_private(args.key), new, date.fromisoformat(args.not_before))
    existing = json.loads(args.out.read_text()) if args.out.exists() else []
    args.out.write_text(json.dumps([*existing, entry], indent=2) + "\n")
    print(f"{args.out}: key {key_id(new)} endorsed from {args.not_before}")
    return 0


def verify(args: argparse.Namespace) -> int:
    path: Path = args.path
    files = read_zip(path.read_bytes()) if path.suffix == ".zip" else read_dir(path)
    files.pop("update.json", None)  # shipped folder only: the update address, not signed
    try:
        manifest = verify_files(files, trusted_keys(args.keys))
    except BundleError as exc:
        print(f"FAILED: {exc.message}")
        return 1
    print(f"OK: version {manifest.version}, key {manifest.key_id}, {len(manifest.files)} files")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    k = sub.add_parser("keygen", help="new Ed25519 key pair")
    k.add_argument("out", type=Path, help="private key file to create (PEM, mode 600)")
    k.add_argument("--pub-dir", type=Path, default=Path("resources/policy/keys"))
    k.set_defaults(func=keygen)
    b = sub.add_parser("build", help="build and sign a bundle")
    b.add_argument("source", type=Path)
    b.add_argument("--key", type=Path, default=None, help=f"private key PEM (or ${KEY_ENV})")
    b.add_argument("--version", type=int, required=True)
    b.add_argument("-o", "--out", type=Path, default=None)
    b.add_argument("--in-place", action="store_true")
    b.add_argument("--endorsements", type=Path, default=None, help="endorsements.json to add")
    b.set_defaults(func=build)
    e = sub.add_parser("endorse", help="let a new key sign bundles (key rotation)")
    e.add_argument("new_pub", type=Path, help="the new key's .pub (PEM)")
    e.add_argument("--key", type=Path, default=None, help="the currently trusted private key")
    e.add_argument("--not-before", required=True, help="first day the new key may sign")
    e.add_argument("-o", "--out", type=Path, required=True, help="endorsements.json (appended)")
    e.set_defaults(func=endorse_cmd)
    v = sub.add_parser("verify", help="check a bundle folder or zip against the shipped keys")
    v.add_argument("path", type=Path)
    v.add_argument("--keys", type=Path, default=None, help="folder of trusted .pub keys")
    v.set_defaults(func=verify)
    args = p.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
