"""Command line: `overshare` opens the GUI; `overshare <command> …` runs the headless core."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__

# Sub-command modules; each has register(subparsers) that sets `func` on its parser.
COMMAND_MODULES = (
    "app.commands.scan",
    "app.commands.library",
    "app.commands.optout",
    "app.commands.policy",
    "app.commands.report",
    "app.commands.workshop",
)
DESCRIPTION = "See which of your social-media data the platforms may use to train AI."


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="overshare", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"overshare {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        __import__(name, fromlist=["register"]).register(subparsers)
    return parser


def build_gui_parser(commands: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="overshare",
        description=f"{DESCRIPTION} Without a command, opens the app. "
        f"Commands: {', '.join(commands)} (see `overshare COMMAND --help`).",
    )
    parser.add_argument("--version", action="version", version=f"overshare {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on bundled demo data (in memory) when no archive is given",
    )
    parser.add_argument(
        "--ephemeral", action="store_true", help="keep everything in memory; write nothing"
    )
    parser.add_argument(
        "--workshop",
        action="store_true",
        help="workshop mode: in memory only, nothing left behind, large presenter view",
    )
    parser.add_argument(
        "--no-presenter",
        action="store_true",
        help="with --workshop: start in the normal type size",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="language for this run: de, es, en or pseudo (default: Settings, then the system)",
    )
    parser.add_argument("archives", nargs="*", default=[], help="archives to open at start")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    commands = list(sub.choices)
    first = next((a for a in args_list if not a.startswith("-")), None)
    if first in commands:
        args = parser.parse_args(args_list)
        return int(args.func(args))
    gui_args = build_gui_parser(commands).parse_args(args_list)
    from app.gui.run import run_gui  # Qt is loaded only when the app window is wanted

    return run_gui(gui_args)


if __name__ == "__main__":
    raise SystemExit(main())
