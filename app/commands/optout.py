"""`overshare optout list|record|letter`: opt-out steps, recorded answers, request letters."""

from __future__ import annotations

import argparse
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

from app.core.context_settings import record_optout
from app.core.optouts import StepsError, load_steps, steps_for
from app.core.optouts.answers import policy_version
from app.core.optouts.letters import GDPR_REGIONS, access_letter, objection_letter
from app.core.policy import load_policy_set, normalise_region
from app.core.storage.settings import FileSettingsStore

PLATFORMS = ("x", "linkedin", "facebook", "instagram", "threads")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("optout", help="opt-out steps for your region; record answers")
    sub = p.add_subparsers(dest="optout_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="print the opt-out steps that apply to a region")
    ls.add_argument("--region", help="EU, EEA, CH, UK, US, CA, BR, KR, AU, HK or OTHER")
    ls.add_argument("--platform", action="append", choices=PLATFORMS, help="only these")
    ls.set_defaults(func=run_list)
    rec = sub.add_parser("record", help="record a setting you changed (feeds the classifier)")
    rec.add_argument("key", help="setting key, e.g. x.grok_data_sharing")
    rec.add_argument("value", choices=("on", "off"))
    rec.add_argument("--date", type=_day, help="YYYY-MM-DD (default today)")
    rec.set_defaults(func=run_record)
    let = sub.add_parser("letter", help="write a GDPR objection (Art. 21) or access (Art. 15)")
    let.add_argument("kind", choices=("objection", "access"))
    let.add_argument("--platform", required=True, choices=PLATFORMS)
    let.add_argument("--name", required=True, help="your name as on the account")
    let.add_argument("--handle", required=True, help="your account handle or e-mail")
    let.add_argument("--region", required=True, help=f"one of {', '.join(GDPR_REGIONS)}")
    let.add_argument("-o", "--output", type=Path, help="save to this file instead of printing")
    let.set_defaults(func=run_letter)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-27") from None


def _region(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return normalise_region(text)
    except ValueError as exc:
        raise SystemExit(f"overshare: {exc}") from exc


def run_list(args: argparse.Namespace) -> int:
    region = _region(args.region)
    try:
        steps = steps_for(load_steps(), region, args.platform)
    except StepsError as exc:
        print(f"overshare: {exc}", file=sys.stderr)
        return 2
    if region is None:
        print("Region not given: showing the steps of every region.\n")
    wrap = textwrap.TextWrapper(width=96, initial_indent="    ", subsequent_indent="    ")
    for s in steps:
        key = f" [{s.setting}]" if s.setting else ""
        print(f"{s.platform}: {s.title}{key}  ({s.confidence}, verified {s.last_verified})")
        print(wrap.fill(f"Covers: {s.covers}"))
        print(wrap.fill(f"Does not cover: {s.does_not_cover}"))
        if s.web_path:
            print(wrap.fill(f"Web: {s.web_path}"))
        if s.mobile_path:
            print(wrap.fill(f"Mobile: {s.mobile_path}"))
        print(f"    Open: {s.url}\n    Source: {s.source_url}\n")
    return 0


def run_record(args: argparse.Namespace) -> int:
    policy_set = load_policy_set()
    known = set(policy_set.settings)
    if args.key not in known:
        print(f"overshare: unknown setting {args.key!r}; known: {', '.join(sorted(known))}.",
              file=sys.stderr)  # fmt: skip
        return 2
    store = FileSettingsStore()
    settings = store.load()
    if settings.problem:
        print(f"overshare: {settings.problem}", file=sys.stderr)
    version = policy_version(policy_set)
    record_optout(settings, args.key, args.value == "on", args.date, version)
    store.save(settings)
    when = settings.optouts[args.key].date
    print(f"Recorded {args.key} = {args.value} on {when}.")
    return 0


def run_letter(args: argparse.Namespace) -> int:
    region = _region(args.region)
    if region not in GDPR_REGIONS:
        print(f"overshare: these letters rely on GDPR rights ({', '.join(GDPR_REGIONS)} only).",
              file=sys.stderr)  # fmt: skip
        return 2
    make = objection_letter if args.kind == "objection" else access_letter
    letter = make(args.platform, args.name, args.handle, region)
    text = f"{letter.body}\n(Send via: {letter.send_via})\n"
    if args.output:
        if args.output.exists():
            print(f"overshare: {args.output} exists; not replaced.", file=sys.stderr)
            return 2
        args.output.write_text(text, encoding="utf-8")
        print(f"Saved to {args.output}.")
    else:
        sys.stdout.write(text)
    return 0
