"""`python -m game report --workshop ID`: the workshop report as HTML (charts inline) or CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import paths
from ..records import RecordsError, Store
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


def write_workshop_report(args: argparse.Namespace) -> int:
    """Write the report to --output or standard output; exit 1 with a message when it cannot."""
    fmt = args.format or "html"
    if fmt not in ("html", "csv"):
        print("modo-ninez report --workshop: use --format html or csv", file=sys.stderr)
        return 2
    try:
        store = Store.open(args.data_dir, create=False)
    except RecordsError as exc:
        print(f"modo-ninez report: {exc}", file=sys.stderr)
        return 1
    try:
        summary = load_summary(store, args.workshop, args.lang)
    except RecordsError as exc:
        print(f"modo-ninez report: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    try:
        out = open(args.output, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") \
            if args.output else sys.stdout
    except OSError as exc:
        print(f"modo-ninez report: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 1
    with out if args.output else _Keep(out):
        if fmt == "html":
            write_html(summary, bundled_catalog().principles, out, args.lang)
        else:
            write_csv(summary, out)
    if args.output:
        print(f"wrote {Path(args.output)}", file=sys.stderr)
    return 0


class _Keep:
    """A context that leaves standard output open."""

    def __init__(self, stream):
        self.stream = stream

    def __enter__(self):
        return self.stream

    def __exit__(self, *exc):
        self.stream.flush()
