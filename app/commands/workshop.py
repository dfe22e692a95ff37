"""`overshare workshop summary|merge`: anonymous group summaries for workshops.

A participant runs `summary` on their own archives and hands the facilitator a small JSON file
of counts; the facilitator runs `merge` on everyone's files to get one HTML page.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.core.errors import OvershareError
from app.core.importing import ImportJob
from app.core.jobs import JobCancelled
from app.core.policy import Classifier, PolicyError, SummaryBuilder, load_policy_set
from app.core.policy.cli_args import add_context_args, context_from_args
from app.core.storage.files import write_atomic
from app.core.workshop_summary import (
    dumps,
    load_summary,
    merge_summaries,
    participant_summary,
    render_group_html,
)

EXIT_OK, EXIT_USAGE, EXIT_NOTHING = 0, 2, 3


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "workshop",
        help="anonymous group summaries for workshops",
        description="Make an anonymous summary of your archives (counts only) to hand to a "
        "workshop facilitator, or merge participants' summaries into one HTML page.",
    )
    sub = p.add_subparsers(dest="workshop_command", metavar="ACTION", required=True)
    s = sub.add_parser(
        "summary",
        help="write your anonymous summary (counts only) as JSON",
        description="Import archives and write counts only: no text, names, ids or dates "
        "finer than a year.",
    )
    s.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="zip file(s) or folder")
    s.add_argument("-o", "--output", type=Path, required=True, help="summary file (.json)")
    s.add_argument("--force", action="store_true", help="replace the output file if it exists")
    add_context_args(s)
    s.set_defaults(func=run_summary)
    m = sub.add_parser(
        "merge",
        help="merge participants' summaries into one HTML page",
        description="Add up participants' summary files into a self-contained HTML page.",
    )
    m.add_argument("files", nargs="+", type=Path, metavar="FILE", help="summary files (.json)")
    m.add_argument("-o", "--output", type=Path, required=True, help="group page (.html)")
    m.add_argument("--force", action="store_true", help="replace the output file if it exists")
    m.add_argument("--title", default="Workshop group summary", help="page title")
    m.set_defaults(func=run_merge)


def _err(text: str) -> None:
    print(f"overshare: {text}", file=sys.stderr)


def _write(path: Path, data: bytes, force: bool) -> bool:
    """Atomic write (temp file + rename); False with a message when the file exists."""
    if path.exists() and not force:
        _err(f"{path} exists; not replaced (use --force to replace it).")
        return False
    write_atomic(path, data, create_folder=False)
    return True


def run_summary(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not p.exists()]
    for p in missing:
        _err(f"{p} does not exist.")
    if missing:
        return EXIT_USAGE
    if not args.output.parent.is_dir():
        _err(f"the folder {args.output.parent} does not exist.")
        return EXIT_USAGE
    try:
        policy_set = load_policy_set()
        ctx = context_from_args(args, policy_set)
    except (PolicyError, ValueError) as exc:
        _err(str(getattr(exc, "message", exc)))
        return EXIT_USAGE
    classifier = Classifier(policy_set, ctx)
    builder = SummaryBuilder()
    job = ImportJob(args.paths)
    try:
        for batch in job.batches():
            for item, tags in zip(batch, classifier.classify_many(batch), strict=True):
                builder.add(item, tags)
    except (KeyboardInterrupt, JobCancelled):
        job.cancel.cancel()
        _err("cancelled.")
        return 130
    inv = job.inventory
    for err in inv.errors:
        _err(err)
    if inv.total_items == 0:
        return EXIT_NOTHING
    summary = participant_summary(inv, builder.result(), ctx.region)
    if not _write(args.output, dumps(summary), args.force):
        return EXIT_USAGE
    print(f"Saved an anonymous summary of {inv.total_items:,} items to {args.output}.")
    print("It holds counts only: no posts, messages, names, ids or exact dates.")
    return EXIT_OK


def run_merge(args: argparse.Namespace) -> int:
    summaries = []
    for path in args.files:
        try:
            with path.open("rb") as fp:
                data = fp.read(2 << 20)
            summaries.append(load_summary(data, path.name))
        except OSError as exc:
            _err(f"{path} could not be read ({exc.strerror}).")
            return EXIT_USAGE
        except OvershareError as exc:
            _err(exc.message)
            return EXIT_USAGE
    if not args.output.parent.is_dir():
        _err(f"the folder {args.output.parent} does not exist.")
        return EXIT_USAGE
    page = render_group_html(merge_summaries(summaries), args.title)
    if not _write(args.output, page.encode("utf-8"), args.force):
        return EXIT_USAGE
    print(f"Merged {len(summaries)} summaries into {args.output}.")
    return EXIT_OK
