"""The records commands: report (also a workshop's), sync and config, and the --data-dir option."""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_OK, EXIT_PROBLEMS, _, opened, output_to, parse_since, reports_errors, say

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


def data_help() -> str:
    """The help of --data-dir, given to the main parser and to the commands that read records."""
    return _("the records folder (default: $MODO_NINEZ_DATA_DIR, else the user's data folder)")


def data_dir_option() -> argparse.ArgumentParser:
    """A parent parser adding --data-dir after the command too (the main parser has it before)."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--data-dir", metavar="FOLDER", default=argparse.SUPPRESS, help=data_help())
    return shared


def register(sub: argparse._SubParsersAction) -> None:
    """Add the report, sync and config sub-commands."""
    shared = data_dir_option()
    report = sub.add_parser(
        "report", parents=[shared], help=_("export attempts and decisions for trainers (CSV or JSON)")
    )
    report.add_argument("--player", help=_("a nickname, badge number or player id"))
    report.add_argument("--scenario", help=_("a scenario id"))
    report.add_argument(
        "--since",
        type=parse_since,
        metavar="DATE",
        help=_("attempts started on or after this date or time (local), e.g. 2025-03-01"),
    )
    report.add_argument(
        "--format",
        choices=["csv", "json", "html"],
        help=_("csv (default) or json; html is for a workshop's report"),
    )
    report.add_argument(
        "--rows",
        choices=["attempts", "decisions"],
        default="attempts",
        help=_("CSV only: one row per attempt (default) or per decision"),
    )
    report.add_argument("--output", metavar="FILE", help=_("write here instead of standard output"))
    report.add_argument(
        "--workshop",
        type=int,
        metavar="ID",
        help=_("a workshop's report instead: HTML (default, --format csv for the votes)"),
    )
    report.add_argument("--lang", choices=["es", "en"], default="es", help=_("language of a workshop report"))
    report.set_defaults(run=cmd_report)

    sync = sub.add_parser(
        "sync", parents=[shared], help=_("send waiting xAPI statements to the configured LRS")
    )
    sync.add_argument(
        "--retry-refused",
        action="store_true",
        help=_("send again the statements the LRS refused before (after fixing the LRS or the settings)"),
    )
    sync.set_defaults(run=cmd_sync)

    config = sub.add_parser(
        "config", parents=[shared], help=_("show where records and settings live, and the LRS settings")
    )
    config.add_argument("--example", action="store_true", help=_("print an example settings file"))
    config.set_defaults(run=cmd_config)


@reports_errors
def cmd_report(args: argparse.Namespace) -> int:
    """Write the records report, or with --workshop the workshop's report, to a file or standard output."""
    if args.workshop is not None:
        return _workshop_report(args)
    from ..records import AttemptFilter, RecordsError
    from ..records.export import write_csv, write_json

    which = AttemptFilter(player=args.player, scenario=args.scenario, since=args.since)
    args.format = args.format or "csv"
    if args.format == "html":
        raise RecordsError(_("--format html is for a workshop's report (add --workshop ID)"))
    encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
    with opened(args) as store, output_to(args.output, encoding) as out:
        count = (
            write_csv(store, out, which, args.rows) if args.format == "csv" else write_json(store, out, which)
        )
    if args.output:
        what = _("decisions") if args.format == "csv" and args.rows == "decisions" else _("attempts")
        say(_("wrote {count} {what} to {path}").format(count=count, what=what, path=args.output), err=True)
    return EXIT_OK


def _workshop_report(args: argparse.Namespace) -> int:
    """The workshop's one-page report: HTML (charts inline) or the votes as CSV."""
    from ..records import RecordsError
    from ..scenario import bundled_catalog
    from ..workshop.export import load_summary
    from ..workshop.report import write_csv, write_html

    fmt = args.format or "html"
    if fmt not in ("html", "csv"):
        raise RecordsError(_("a workshop report is --format html or csv"))
    with opened(args) as store:
        summary = load_summary(store, args.workshop, args.lang)
    with output_to(args.output, "utf-8-sig" if fmt == "csv" else "utf-8") as out:
        if fmt == "html":
            write_html(summary, bundled_catalog().principles, out, args.lang)
        else:
            write_csv(summary, out)
    if args.output:
        say(_("wrote {path}").format(path=args.output), err=True)
    return EXIT_OK


@reports_errors
def cmd_sync(args: argparse.Namespace) -> int:
    """Send the outbox now; exit 1 if the LRS is not
    configured, could not take everything, or refused some."""
    from ..records import load_config

    config = load_config()
    with opened(args, config) as store:
        if not config.lrs.configured:
            waiting = store.outbox_status().waiting
            say(
                _(
                    "No LRS is configured, so nothing was sent; {waiting} statement(s) wait. "
                    "See `python -m game config`."
                ).format(waiting=waiting),
                err=True,
            )
            return EXIT_PROBLEMS
        result = store.sync(retry_refused=args.retry_refused)
        kept = store.outbox_status().refused
    refused = (
        _("; {refused} refused by the LRS and set aside").format(refused=result.refused)
        if result.refused
        else ""
    )
    say(
        _("Sent {sent} statement(s) to {endpoint}; {waiting} wait").format(
            sent=result.sent, endpoint=config.lrs.endpoint, waiting=result.waiting
        )
        + refused
        + "."
    )
    if result.problem:
        say(
            _("Stopped early: {problem}. The rest will go with the next sync.").format(
                problem=result.problem
            ),
            err=True,
        )
    if kept:
        say(
            _(
                "{refused} statement(s) refused by the LRS are kept; once the LRS or the settings are fixed, "
                "`sync --retry-refused` sends them again."
            ).format(refused=kept),
            err=True,
        )
    return EXIT_PROBLEMS if result.problem or result.refused or kept else EXIT_OK


@reports_errors
def cmd_config(args: argparse.Namespace) -> int:
    """Show where things are and what is set (the password only as set or not)."""
    from ..records import datadir, load_config

    if args.example:
        sys.stdout.write(EXAMPLE_CONFIG)
        return EXIT_OK
    database = datadir.database_path(args.data_dir)
    config = load_config()
    lrs, xapi = config.lrs, config.xapi
    rows = [
        (_("Settings file:"), str(datadir.config_path())),
        (_("Records folder:"), str(database.parent)),
        (_("Records file:"), str(database) + ("" if database.is_file() else " " + _("(not created yet)"))),
    ]
    if not config.file_found:
        rows.append(("", _("(no settings file: defaults in use; `config --example` shows one)")))
    rows.append((_("LRS endpoint:"), lrs.endpoint or _("(none: statements wait in the outbox)")))
    if lrs.configured:
        rows += [
            (_("LRS user:"), lrs.username),
            (_("LRS password:"), _("set (never shown)")),
            (_("LRS timeout:"), f"{lrs.timeout:g} s"),
        ]
    rows.append((_("Activity base:"), xapi.activity_base))
    rows.append(
        (
            _("Names in xAPI:"),
            _("on (nickname and badge are sent)") if xapi.names else _("off (a random id only)"),
        )
    )
    if config.from_environment:
        rows.append((_("From variables:"), ", ".join(config.from_environment)))
    if database.is_file():
        with opened(args, config) as store:
            status = store.outbox_status()
        rows.append(
            (
                _("Outbox:"),
                _("{waiting} waiting, {sent} sent, {refused} refused").format(
                    waiting=status.waiting, sent=status.sent, refused=status.refused
                ),
            )
        )
    width = max(17, *(len(label) + 1 for label, _value in rows))
    for label, value in rows:
        say(f"{label:<{width}}{value}".rstrip())
    return EXIT_OK
