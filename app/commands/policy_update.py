"""`overshare policy update [--url URL]` and `overshare policy diff OLD NEW [--archive PATH]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from app.core.errors import OvershareError
from app.core.importing import ImportJob
from app.core.policy import PolicyError, PolicySet, load_policy_set
from app.core.policy.cli_args import add_context_args, context_from_args
from app.core.policy.diff import diff_policy_sets
from app.core.policy.impact import exposure_delta
from app.core.policy.installed import active_bundle, bundle_dir, last_update, shipped_dir

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
ALIASES = "shipped (bundled with the app), current (in use), previous (before the last update)"


def add_subcommands(sub: Any) -> None:
    up = sub.add_parser(
        "update",
        help="fetch and install signed policy updates",
        description="Download the published policy bundle (one plain GET, nothing about you "
        "is sent), check its signature, and install it if it is newer.",
    )
    up.add_argument("--url", default=None, help="bundle address (default: the project's)")
    up.set_defaults(func=run_update)
    df = sub.add_parser(
        "diff",
        help="what changed between two policy versions",
        description="List rules added, removed and changed, and how your own exposure "
        f"changes when --archive is given. OLD and NEW are folders or: {ALIASES}.",
    )
    df.add_argument("old", metavar="OLD")
    df.add_argument("new", metavar="NEW")
    df.add_argument(
        "--archive", type=Path, action="append", default=[], help="your archive (repeatable)"
    )
    add_context_args(df)
    df.set_defaults(func=run_diff)


def run_update(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from app.core.policy.update import update_policies  # httpx only when updating

    out = out or sys.stdout
    try:
        result = update_policies(args.url)
    except OvershareError as exc:
        print(f"overshare: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    out.write(result.message + "\n")
    if result.installed:
        out.write("See what changed: overshare policy diff previous current\n")
    return EXIT_OK


def resolve(spec: str) -> Path:
    """A folder, or one of the aliases; PolicyError when it cannot be found."""
    if spec == "shipped":
        return shipped_dir()
    if spec == "current":
        return active_bundle().directory
    if spec == "previous":
        record = last_update() or {}
        version = record.get("from_version")
        folder = bundle_dir(version) if isinstance(version, int) else None
        if folder is None:
            raise PolicyError("No earlier policy version is kept on this computer.")
        return folder
    return Path(spec)


def _load(spec: str) -> PolicySet:
    return load_policy_set(resolve(spec))


def run_diff(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        old, new = _load(args.old), _load(args.new)
        ctx = context_from_args(args, new)
    except (PolicyError, ValueError) as exc:
        print(f"overshare: {getattr(exc, 'message', exc)}", file=sys.stderr)
        return EXIT_USAGE
    out.write("\n".join(diff_policy_sets(old, new).lines()) + "\n")
    if args.archive:
        job = ImportJob(args.archive)
        delta = exposure_delta(job.batches(), old, new, ctx)
        for err in job.inventory.errors:
            print(f"overshare: {err}", file=sys.stderr)
        out.write("Your exposure:\n" + "".join(f"  {line}\n" for line in delta.lines()))
    return EXIT_OK
