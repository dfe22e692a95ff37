"""`overshare policy list|show RULE|update|diff`: the loaded policy rules with their sources."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from app.commands.policy_update import add_subcommands
from app.core.policy import PolicyError, PolicySet, Rule, load_policy_set

EXIT_OK, EXIT_USAGE = 0, 2


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "policy",
        help="show the AI-training and data-sharing rules the app applies",
        description="List the loaded policy rules or show one rule with its sources.",
    )
    p.add_argument(
        "--policy-dir", type=Path, default=None, help="load policy files from this folder"
    )
    sub = p.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="one line per rule")
    ls.add_argument("--platform", default=None, help="only rules for this item platform")
    ls.set_defaults(func=run_list)
    show = sub.add_parser("show", help="everything about one rule")
    show.add_argument("rule", metavar="RULE", help="rule id, e.g. x.grok_training.public_posts")
    show.set_defaults(func=run_show)
    add_subcommands(sub)  # update, diff


def _load(args: argparse.Namespace) -> PolicySet | None:
    try:
        return load_policy_set(args.policy_dir)
    except PolicyError as exc:
        print(f"overshare: {exc.message}", file=sys.stderr)
        return None


def run_list(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    pset = _load(args)
    if pset is None:
        return EXIT_USAGE
    for rule in pset.rules:
        if args.platform and args.platform not in rule.platforms:
            continue
        doc = pset.current_document(rule)
        regions = ",".join(rule.regions) + (
            "" if not rule.regions_except else " except " + ",".join(rule.regions_except)
        )
        out.write(
            f"{rule.id:<48} {'/'.join(rule.outcomes):<60} {regions:<24} "
            f"{rule.confidence:<11} {doc.id}  {doc.source_urls[0]}\n"
        )
    return EXIT_OK


def describe(rule: Rule, pset: PolicySet) -> str:
    intro = pset.documents[rule.document]
    doc = pset.current_document(rule)
    c = rule
    lines = [
        f"{rule.id}  [{rule.confidence}]",
        f"  clause:       {rule.clause_summary}",
        f"  document:     {doc.title} {doc.version_label} ({doc.id}), effective "
        f"{doc.effective_from}; last verified {doc.last_verified}",
        f"  first in:     {intro.title} {intro.version_label} ({intro.id})",
        f"  sources:      {', '.join(dict.fromkeys(doc.source_urls + intro.source_urls))}",
        f"  archived:     {doc.archive_ref}",
        f"  platforms:    {', '.join(rule.platforms)}",
        f"  item kinds:   {', '.join(rule.item_kinds)}",
        f"  regions:      {', '.join(rule.regions)}"
        + (f" except {', '.join(rule.regions_except)}" if rule.regions_except else ""),
        f"  outcomes:     {', '.join(rule.outcomes)}",
        f"  recipients:   {', '.join(rule.recipients) or '-'}",
        f"  in force:     {rule.effective_from} to {rule.effective_to or 'now'}",
        "  use started:  "
        + (", ".join(f"{r} {d}" for r, d in rule.use_started.items()) or "not researched")
        + (
            f" (approximate for {', '.join(rule.use_started_uncertain)})"
            if rule.use_started_uncertain
            else ""
        ),
        f"  conditions:   visibility {', '.join(c.visibility) or 'any'}; age {c.age}"
        + (f"; created before {c.created_to}" if c.created_to else "")
        + (f"; only if {c.attr_true}" if c.attr_true else "")
        + (f"; unless {c.attr_false}" if c.attr_false else ""),
        "  settings:     "
        + (
            "; ".join(
                f"{s.key}{' (uncertain)' if s.uncertain else ''}"
                + (f" in {','.join(s.regions)}" if "ALL" not in s.regions else "")
                + (f" for {','.join(s.platforms)}" if s.platforms else "")
                for s in rule.settings
            )
            or "none"
        ),
        f"  opt-out:      {rule.opt_out_effect}",
        f"  user actions: {', '.join(rule.user_actions) or '-'}",
    ]
    if rule.secondary_sources:
        lines.append(f"  press:        {', '.join(rule.secondary_sources)}")
    if rule.note:
        lines.append(f"  note:         {rule.note}")
    return "\n".join(lines) + "\n"


def run_show(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    pset = _load(args)
    if pset is None:
        return EXIT_USAGE
    rule = pset.rule(args.rule)
    if rule is None:
        print(f"overshare: no rule {args.rule!r}; see `overshare policy list`.", file=sys.stderr)
        return EXIT_USAGE
    out.write(describe(rule, pset))
    return EXIT_OK
