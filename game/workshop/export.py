"""`python -m game report --workshop ID`: the workshop report as HTML (charts inline) or CSV."""

from __future__ import annotations

import argparse
import sys

from .. import paths
from ..records import RecordsError, Store
from ..records.commands import opened, output_to, reports_errors
from ..records.workshops import Workshops
from ..scenario.library import load_library
from ..scenario.loader import bundled_catalog
from .report import write_csv, write_html
from .summary import WorkshopSummary, summarise


def load_summary(store: Store, workshop_id: int, language: str = "es") -> WorkshopSummary:
    """Everything about one workshop, read from the records and the scenarios on this PC."""
    book = Workshops(store)
    workshop = book.get(workshop_id)
    runs = book.runs(workshop)
    decisions = {run.attempt.id: store.decisions(run.attempt.id) for run in runs}
    scenarios = {r.scenario.id: r.scenario for r in load_library(paths.scenario_folders()) if r.scenario}
    return summarise(workshop, runs, decisions, scenarios, language)


@reports_errors
def write_workshop_report(args: argparse.Namespace) -> int:
    """Write the report to --output or standard output; exit 1 with a message when it cannot."""
    fmt = args.format or "html"
    if fmt not in ("html", "csv"):
        raise RecordsError("a workshop report is --format html or csv")
    with opened(args) as store:
        summary = load_summary(store, args.workshop, args.lang)
    with output_to(args.output, "utf-8-sig" if fmt == "csv" else "utf-8") as out:
        if fmt == "html":
            write_html(summary, bundled_catalog().principles, out, args.lang)
        else:
            write_csv(summary, out)
    if args.output:
        print(f"wrote {args.output}", file=sys.stderr)
    return 0
