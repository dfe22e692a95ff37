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
from app.core.policy import (
    Classifier,
    PolicyError,
    SummaryBuilder,
    Tag,
    load_policy_set,
    opt_out_everything,
    render_exposure,
)
from app.core.policy.cli_args import add_context_args, context_from_args, tags_to_json

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
    add_context_args(p)
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
    try:
        policy_set = load_policy_set()
        ctx = context_from_args(args, policy_set)
    except (PolicyError, ValueError) as exc:
        print(f"overshare: {getattr(exc, 'message', exc)}", file=sys.stderr)
        return EXIT_USAGE
    classifier = Classifier(policy_set, ctx)
    after = Classifier(policy_set, opt_out_everything(ctx, policy_set))
    now_sum, after_sum = SummaryBuilder(), SummaryBuilder()
    tag_json: dict[int, tuple[list[Tag], list[dict[str, Any]]]] = {}  # tag lists are shared

    def tags_json(tags: list[Tag]) -> list[dict[str, Any]]:
        hit = tag_json.get(id(tags))
        if hit is None or hit[0] is not tags:
            hit = tag_json[id(tags)] = (tags, tags_to_json(tags))
        return hit[1]

    job = ImportJob(args.paths, progress=_stderr_progress if args.progress else no_progress)
    try:
        for batch in job.batches():
            tagged = classifier.classify_many(batch)
            for it, tags, tags_after in zip(batch, tagged, after.classify_many(batch), strict=True):
                now_sum.add(it, tags)
                after_sum.add(it, tags_after)
            if args.format == "jsonl":
                out.write(
                    "".join(
                        orjson.dumps(
                            {**item_to_dict(it), "tags": tags_json(tags)},
                            option=orjson.OPT_NON_STR_KEYS,
                        ).decode()
                        + "\n"
                        for it, tags in zip(batch, tagged, strict=True)
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
        out.write(render_exposure(now_sum.result(), after_sum.result()))
    elif args.format == "json":
        data = {**inventory_to_dict(inv), "exposure": now_sum.result().to_dict()}
        out.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        out.write("\n")
    for err in inv.errors:
        print(f"overshare: {err}", file=sys.stderr)
    if inv.total_items == 0:
        if not inv.errors:
            print("overshare: nothing importable was found.", file=sys.stderr)
        return EXIT_NOTHING
    return EXIT_OK
