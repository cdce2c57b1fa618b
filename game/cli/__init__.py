"""The command line `modo-ninez` (`python -m game`): one module per command group, each with `register(sub)`.

Building the parser imports only argparse and these modules; a command imports what it needs when it
runs. Words are in the trainer's language (see `language`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .. import __version__
from . import authoring, kit, language, play, records, scenarios
from .common import EXIT_PROBLEMS, EXIT_USAGE, Handler, _, fail, protects_records, say

GROUPS = [play, scenarios, records, authoring, kit]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per task."""
    parser = argparse.ArgumentParser(
        prog="modo-ninez",
        description=_("Policía en Modo Niñez: a training game for receiving children at police stations."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show program's version number and exit"),
    )
    parser.add_argument(
        "--lang",
        dest="language",
        choices=["es", "en"],
        help=_("language of the command line (default: MODO_NINEZ_LANG, else the system's)"),
    )
    parser.add_argument("--data-dir", metavar="FOLDER", help=records.data_help())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    with language.chosen(arguments):
        return _run(arguments)


def _run(arguments: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        args = parser.parse_args([*arguments, "play"])
    run: Handler = args.run
    refused = protects_records(args)
    if refused:
        fail(args.command, refused)
        return EXIT_USAGE
    try:
        return run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output was piped to a program that stopped reading (e.g. `head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        content = sys.modules.get("game.scenario.problems")  # imported only by commands that read scenarios
        if content is None or not isinstance(exc, content.ScenarioError):
            raise
        for problem in exc.problems:
            say(problem, err=True)
        return EXIT_PROBLEMS
