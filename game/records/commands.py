"""The records commands of `python -m game`: report, sync and config, and the --data-dir option."""

from __future__ import annotations

import argparse
import functools
import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import IO

from . import datadir
from .api import Store
from .config import Config, load_config
from .errors import RecordsError
from .export import write_csv, write_json
from .queries import AttemptFilter

EXIT_OK, EXIT_FAILED = 0, 1

EXAMPLE_CONFIG = """\
# Modo Niñez settings. Every value can also come from MODO_NINEZ_<SECTION>_<KEY>,
# for example MODO_NINEZ_LRS_PASSWORD, which wins over this file.

[lrs]
# The xAPI endpoint of your Learning Record Store (statements go to <endpoint>/statements).
endpoint = "https://lrs.example.org/xAPI/"
username = "station-key"
password = "station-secret"
timeout = 10.0             # seconds to wait for the LRS

[xapi]
# Activity ids start with this address; set your organisation's once, before the first results go.
activity_base = "https://modo-ninez.example/xapi"
# false: officers appear in statements only as a random id; true: their nickname and badge go too.
names = false
"""


def register(parser: argparse.ArgumentParser, subparsers: argparse._SubParsersAction) -> None:
    """Add --data-dir to the main parser and the report, sync and config sub-commands."""
    data_help = "the records folder (default: $MODO_NINEZ_DATA_DIR, else the user's data folder)"
    parser.add_argument("--data-dir", metavar="FOLDER", help=data_help)
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--data-dir", metavar="FOLDER", default=argparse.SUPPRESS, help=data_help)

    report = subparsers.add_parser("report", parents=[shared],
                                   help="export attempts and decisions for trainers (CSV or JSON)")
    report.add_argument("--player", help="a nickname, badge number or player id")
    report.add_argument("--scenario", help="a scenario id")
    report.add_argument("--since", type=parse_since, metavar="DATE",
                        help="attempts started on or after this date or time (local), e.g. 2025-03-01")
    report.add_argument("--format", choices=["csv", "json", "html"],
                        help="csv (default) or json; html is for a workshop's report")
    report.add_argument("--rows", choices=["attempts", "decisions"], default="attempts",
                        help="CSV only: one row per attempt (default) or per decision")
    report.add_argument("--output", metavar="FILE", help="write here instead of standard output")

    subparsers.add_parser("sync", parents=[shared], help="send waiting xAPI statements to the configured LRS")

    config = subparsers.add_parser("config", parents=[shared],
                                   help="show where records and settings live, and the LRS settings")
    config.add_argument("--example", action="store_true", help="print an example settings file")


def reports_errors(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Wrap a command handler so a RecordsError becomes a one-line message and exit 1."""
    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except RecordsError as exc:
            print(f"modo-ninez {args.command}: {exc}", file=sys.stderr)
            return EXIT_FAILED
    return run


@contextmanager
def opened(args: argparse.Namespace, config: Config | None = None) -> Iterator[Store]:
    """The existing records of --data-dir (notices printed), closed afterwards."""
    store = Store.open(args.data_dir, config, create=False)
    for notice in store.notices:
        print(f"modo-ninez: {notice}", file=sys.stderr)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def output_to(path: str | None, encoding: str) -> Iterator[IO[str]]:
    """A text stream to a file, or to standard output when `path` is None."""
    if path is None:
        out = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="", write_through=True)
        try:
            yield out
        finally:
            out.flush()
            out.detach()
        return
    try:
        with open(path, "w", encoding=encoding, newline="") as out:
            yield out
    except OSError as exc:
        raise RecordsError(f"cannot write {path}: {exc.strerror}") from None


@reports_errors
def cmd_report(args: argparse.Namespace) -> int:
    """Write the report to a file or standard output."""
    which = AttemptFilter(player=args.player, scenario=args.scenario, since=args.since)
    args.format = args.format or "csv"
    if args.format == "html":
        raise RecordsError("--format html is for a workshop's report (add --workshop ID)")
    encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
    with opened(args) as store, output_to(args.output, encoding) as out:
        count = (write_csv(store, out, which, args.rows) if args.format == "csv"
                 else write_json(store, out, which))
    if args.output:
        what = args.rows if args.format == "csv" else "attempts"
        print(f"wrote {count} {what} to {args.output}", file=sys.stderr)
    return EXIT_OK


@reports_errors
def cmd_sync(args: argparse.Namespace) -> int:
    """Send the outbox now; exit 1 if the LRS is not configured or could not take everything."""
    config = load_config()
    with opened(args, config) as store:
        if not config.lrs.configured:
            waiting = store.outbox_status().waiting
            print(f"No LRS is configured, so nothing was sent; {waiting} statement(s) wait. "
                  "See `python -m game config`.", file=sys.stderr)
            return EXIT_FAILED
        result = store.sync()
    print(f"Sent {result.sent} statement(s) to {config.lrs.endpoint}; {result.waiting} wait"
          + (f"; {result.refused} refused by the LRS and set aside" if result.refused else "") + ".")
    if result.problem:
        print(f"Stopped early: {result.problem}. The rest will go with the next sync.", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


@reports_errors
def cmd_config(args: argparse.Namespace) -> int:
    """Show where things are and what is set (the password only as set or not)."""
    if args.example:
        sys.stdout.write(EXAMPLE_CONFIG)
        return EXIT_OK
    database = datadir.database_path(args.data_dir)
    print(f"Settings file:   {datadir.config_path()}")
    print(f"Records folder:  {database.parent}")
    print(f"Records file:    {database}" + ("" if database.is_file() else " (not created yet)"))
    config = load_config()
    if not config.file_found:
        print("                 (no settings file: defaults in use; `config --example` shows one)")
    lrs, xapi = config.lrs, config.xapi
    print(f"LRS endpoint:    {lrs.endpoint or '(none: statements wait in the outbox)'}")
    if lrs.configured:
        print(f"LRS user:        {lrs.username}")
        print("LRS password:    set (never shown)")
        print(f"LRS timeout:     {lrs.timeout:g} s")
    print(f"Activity base:   {xapi.activity_base}")
    print(f"Names in xAPI:   {'on (nickname and badge are sent)' if xapi.names else 'off (a random id only)'}")
    if config.from_environment:
        print(f"From variables:  {', '.join(config.from_environment)}")
    if database.is_file():
        with opened(args, config) as store:
            status = store.outbox_status()
        print(f"Outbox:          {status.waiting} waiting, {status.sent} sent, {status.refused} refused")
    return EXIT_OK


def parse_since(text: str) -> datetime:
    """A --since value (date or date and time, local) as a time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use a date such as 2025-03-01 or a time such as 2025-03-01T14:00")
    return moment if moment.tzinfo else moment.astimezone()


HANDLERS = {"report": cmd_report, "sync": cmd_sync, "config": cmd_config}
