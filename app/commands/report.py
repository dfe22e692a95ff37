"""`overshare report PATH… -o FILE`: import archives and write an exposure report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.core.importing import ImportJob
from app.core.inventory_view import inventory_to_dict
from app.core.jobs import JobCancelled, no_progress
from app.core.paths import demo_dir
from app.core.policy import Classifier, PolicyError, load_policy_set
from app.core.policy.cli_args import add_context_args, context_from_args
from app.core.report import ExportError, export_report, health_from_inventories
from app.core.report.export import format_for

EXIT_OK, EXIT_USAGE, EXIT_NOTHING, EXIT_FAILED = 0, 2, 3, 1


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "report",
        help="write an exposure report (html, pdf, csv, json)",
        description="Import archives, apply the policies to your situation and write a report. "
        "The format follows the file name: .html, .pdf, .csv or .json.",
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="zip file(s) or folder")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="where to write: FILE.html, FILE.pdf, FILE.csv or FILE.json",
    )
    p.add_argument(
        "--redacted",
        action="store_true",
        help="share-safe edition: no item text, handles, names, ids or links",
    )
    p.add_argument("--demo", action="store_true", help="use the bundled demo archives")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument(
        "--lang",
        choices=("en", "de", "es"),
        default="en",
        help="language of the HTML or PDF report's text (default: en)",
    )
    p.add_argument("--top", type=int, default=10, help=argparse.SUPPRESS)
    p.add_argument("--progress", action="store_true", help="show progress on stderr")
    add_context_args(p)
    p.set_defaults(func=run)


def _progress(done: int, total: int, message: str) -> None:
    sys.stderr.write(f"\r{message[:76]:<76}")
    sys.stderr.flush()


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"overshare: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    paths: list[Path] = list(args.paths)
    if args.demo:
        paths += sorted(p for p in demo_dir().iterdir() if p.is_dir() or p.suffix == ".zip")
    if not paths:
        return _fail("give one or more archives (PATH…) or --demo.")
    missing = [p for p in paths if not p.exists()]
    if missing:
        return _fail(f"{missing[0]} does not exist.")
    try:
        format_for(args.output)
        if args.output.exists() and not args.force:
            return _fail(f"{args.output} already exists; use --force to replace it.")
        policy_set = load_policy_set()
        ctx = context_from_args(args, policy_set)
    except (PolicyError, ExportError, ValueError) as exc:
        return _fail(str(getattr(exc, "message", exc)))
    job = ImportJob(paths, progress=_progress if args.progress else no_progress)
    try:
        result = export_report(
            job.batches(),
            args.output,
            Classifier(policy_set, ctx),
            redacted=args.redacted,
            overwrite=args.force,
            health=lambda: health_from_inventories([inventory_to_dict(job.inventory)]),
            top_n=max(1, args.top),
            progress=_progress if args.progress else no_progress,
            language=args.lang,
        )
    except (KeyboardInterrupt, JobCancelled):
        job.cancel.cancel()
        return _fail("cancelled; nothing was written.", 130)
    except ExportError as exc:
        return _fail(exc.message)
    except OSError as exc:
        return _fail(f"{args.output} could not be written ({exc.strerror}).", EXIT_FAILED)
    if args.progress:
        sys.stderr.write("\n")
    for err in job.inventory.errors:
        print(f"overshare: {err}", file=sys.stderr)
    if result.items == 0:
        return _fail(f"no items were found; {result.path} holds an empty report.", EXIT_NOTHING)
    s = result.report.summary
    print(
        f"Wrote {result.path} ({result.format}{', redacted' if args.redacted else ''}): "
        f"{s.total_items:,} items, {s.exposed_now:,} exposed now, "
        f"{s.may_already_used:,} may already have been used."
    )
    return EXIT_OK
