"""`overshare scan PATH…`: import archives headlessly and print an inventory or the items."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

import orjson

from app.core.importing import ImportJob
from app.core.inventory_view import inventory_to_dict, render_summary
from app.core.jobs import JobCancelled, no_progress
from app.core.models import Item

EXIT_OK, EXIT_USAGE, EXIT_NOTHING = 0, 2, 3


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "scan",
        help="import archives and print what is in them",
        description="Import one or more archives (zip files or extracted folders) and print "
        "an inventory (summary, json) or one JSON object per item (jsonl).",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="zip file(s) or folder")
    p.add_argument(
        "--format",
        choices=("summary", "json", "jsonl"),
        default="summary",
        help="summary: readable table (default); json: the inventory; jsonl: one item per line",
    )
    p.add_argument("--progress", action="store_true", help="show progress on stderr")
    p.set_defaults(func=run)


def item_to_dict(item: Item) -> dict[str, Any]:
    return {
        "platform": item.platform.value,
        "kind": item.kind.value,
        "id": item.id,
        "created_at": item.created_at.isoformat() if item.created_at else None,
        "visibility": item.visibility.value,
        "visibility_basis": item.visibility_basis,
        "text": item.text,
        "target": item.target,
        "media": list(item.media),
        "source": {
            "archive": item.source.archive,
            "member": item.source.member,
            "index": item.source.index,
        },
        "attrs": item.attrs,
    }


def _stderr_progress(done: int, total: int, message: str) -> None:
    pct = 100 * done // max(total, 1)
    sys.stderr.write(f"\r{pct:3d}% {message[:70]:<70}")
    sys.stderr.flush()


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    missing = [p for p in args.paths if not p.exists()]
    for p in missing:
        print(f"overshare: {p} does not exist.", file=sys.stderr)
    if missing:
        return EXIT_USAGE
    job = ImportJob(args.paths, progress=_stderr_progress if args.progress else no_progress)
    try:
        for batch in job.batches():
            if args.format == "jsonl":
                out.write(
                    "".join(
                        orjson.dumps(item_to_dict(it), option=orjson.OPT_NON_STR_KEYS).decode()
                        + "\n"
                        for it in batch
                    )
                )
    except KeyboardInterrupt:
        job.cancel.cancel()
        print("overshare: cancelled.", file=sys.stderr)
        return 130
    except JobCancelled:
        return 130
    if args.progress:
        sys.stderr.write("\n")
    inv = job.inventory
    if args.format == "summary":
        out.write(render_summary(inv))
    elif args.format == "json":
        out.write(orjson.dumps(inventory_to_dict(inv), option=orjson.OPT_INDENT_2).decode())
        out.write("\n")
    for err in inv.errors:
        print(f"overshare: {err}", file=sys.stderr)
    if inv.total_items == 0:
        if not inv.errors:
            print("overshare: nothing importable was found.", file=sys.stderr)
        return EXIT_NOTHING
    return EXIT_OK
