"""`overshare import …` and `overshare library status|forget`: the encrypted local library."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from app.core.errors import CorruptLibraryError, KeyringUnavailable, WrongKeyError
from app.core.jobs import JobCancelled
from app.core.policy import Classifier, PolicyError, load_policy_set
from app.core.policy.cli_args import add_context_args, context_from_args
from app.core.storage import Library, LibraryState, forget_everything, library_state, open_library
from app.core.storage.files import library_dir

PASSPHRASE_ENV = "OVERSHARE_PASSPHRASE"


def register(subparsers: Any) -> None:
    imp = subparsers.add_parser(
        "import",
        help="import archives into the encrypted library",
        description="Import archives into the encrypted local library, tagged for your context.",
    )
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _add_key_args(imp)
    add_context_args(imp)
    imp.set_defaults(func=run_import)

    lib = subparsers.add_parser("library", help="show or forget the encrypted library")
    sub = lib.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    status = sub.add_parser("status", help="where the library is, how it is locked, imports")
    _add_key_args(status)
    status.set_defaults(func=run_status)
    forget = sub.add_parser("forget", help="forget one import, or everything")
    target = forget.add_mutually_exclusive_group(required=True)
    target.add_argument("--import", dest="import_id", type=int, metavar="ID")
    target.add_argument("--all", action="store_true", help="delete the library and its key")
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _add_key_args(forget)
    forget.set_defaults(func=run_forget)


def _add_key_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase", action="store_true",
        help=f"lock the library with a passphrase (read from ${PASSPHRASE_ENV} or asked for) "
        "instead of the OS keyring",
    )  # fmt: skip


def _passphrase(confirm: bool) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise SystemExit(f"overshare: set {PASSPHRASE_ENV} or run in a terminal to give one.")
    first = getpass.getpass("Library passphrase: ")
    if confirm and getpass.getpass("Repeat passphrase: ") != first:
        raise SystemExit("overshare: the passphrases do not match.")
    return first


def open_for_cli(args: argparse.Namespace) -> Library:
    """Open the library the way it was created; say how it is protected on stderr."""
    state = library_state()
    use_passphrase = args.passphrase or state == LibraryState.PASSPHRASE
    try:
        if use_passphrase:
            lib = open_library("passphrase", _passphrase(confirm=state == LibraryState.NONE))
        else:
            lib = open_library("keyring")
    except KeyringUnavailable as exc:
        raise SystemExit(
            f"overshare: {exc.message} Use --passphrase (or ${PASSPHRASE_ENV}) to lock the "
            "library with a passphrase instead."
        ) from exc
    except WrongKeyError as exc:
        raise SystemExit(
            f"overshare: {exc.message} Try again, or `overshare library forget --all`."
        ) from exc
    except CorruptLibraryError as exc:
        raise SystemExit(
            f"overshare: {exc.message} `overshare library forget --all` starts afresh."
        ) from exc
    print(f"Library: {lib.description}", file=sys.stderr)
    return lib


def run_import(args: argparse.Namespace) -> int:
    from app.core.pipeline import import_into_library

    try:
        policy_set = load_policy_set()
        ctx = context_from_args(args, policy_set)
    except (PolicyError, ValueError) as exc:
        print(f"overshare: {exc}", file=sys.stderr)
        return 2
    with open_for_cli(args) as lib:
        try:
            outcome = import_into_library(args.paths, lib, Classifier(policy_set, ctx))
        except (KeyboardInterrupt, JobCancelled):
            print("overshare: cancelled; nothing was kept.", file=sys.stderr)
            return 130
        for err in outcome.inventory.errors:
            print(f"overshare: {err}", file=sys.stderr)
        if outcome.record is None:
            return 3
        print(
            f"Imported {outcome.inventory.total_items:,} items as import "
            f"#{outcome.record.id}; the library holds {lib.count():,} items."
        )
    return 0


def run_status(args: argparse.Namespace) -> int:
    state = library_state()
    print(f"Location: {library_dir()}")
    if state == LibraryState.NONE:
        print("No library yet: `overshare import ARCHIVE` creates one.")
        return 0
    print(f"Locked with: {'a passphrase' if state == LibraryState.PASSPHRASE else 'OS keyring'}")
    with open_for_cli(args) as lib:
        for rec in lib.imports():
            print(
                f"#{rec.id:<4} {rec.status:<12} {rec.item_count:>9,} items  "
                f"{', '.join(rec.sources)}  ({rec.finished_at or rec.started_at})"
            )
        print(f"Total: {lib.count():,} items")
    return 0


def run_forget(args: argparse.Namespace) -> int:
    what = "everything in the library and its key" if args.all else f"import #{args.import_id}"
    if not args.yes:
        if not sys.stdin.isatty():
            print("overshare: add --yes to confirm.", file=sys.stderr)
            return 2
        if input(f"Forget {what}? This cannot be undone. [y/N] ").strip().lower() != "y":
            return 1
    if args.all:
        forget_everything()
        print("Forgot everything: the library, its key and the cache are gone.")
        return 0
    with open_for_cli(args) as lib:
        if lib.import_record(args.import_id) is None:
            print(f"overshare: there is no import #{args.import_id}.", file=sys.stderr)
            return 2
        lib.forget_import(args.import_id)
    print(f"Forgot import #{args.import_id}.")
    return 0
