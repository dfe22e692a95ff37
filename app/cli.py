"""Command line: `overshare` opens the GUI; `overshare <command> …` runs the headless core."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__

# Sub-command modules; each has register(subparsers) that sets `func` on its parser.
COMMAND_MODULES = ("app.commands.scan",)

EXIT_OK, EXIT_USAGE, EXIT_NOTHING = 0, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="overshare",
        description="See which of your social-media data the platforms may use to train AI.",
    )
    parser.add_argument("--version", action="version", version=f"overshare {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the GUI on bundled demo data")
    parser.add_argument(
        "--ephemeral", action="store_true", help="keep everything in memory; write nothing"
    )
    parser.add_argument("archives", nargs="*", default=[], help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = __import__(name, fromlist=["register"])
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # GUI when no sub-command: `overshare`, `overshare --demo`, `overshare ARCHIVE.zip`.
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    if not any(a in commands for a in args_list if not a.startswith("-")):
        args = parser.parse_args(["--", *args_list] if args_list and not args_list[0].startswith("-") else args_list)
        from app.gui.run import run_gui  # Qt only when the GUI is wanted

        return run_gui(args)
    args = parser.parse_args(args_list)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
