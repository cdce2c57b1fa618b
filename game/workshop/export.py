"""A workshop's summary read from the records, for `report --workshop ID` and the hub's report."""

from __future__ import annotations

from .. import paths
from ..records import Store
from ..records.workshops import Workshops
from ..scenario.library import load_library
from .summary import WorkshopSummary, summarise


def load_summary(store: Store, workshop_id: int, language: str = "es") -> WorkshopSummary:
    """Everything about one workshop, read from the records and the scenarios on this PC."""
    book = Workshops(store)
    workshop = book.get(workshop_id)
    runs = book.runs(workshop)
    decisions = book.decisions(workshop)
    scenarios = {r.scenario.id: r.scenario for r in load_library(paths.scenario_folders()) if r.scenario}
    return summarise(workshop, runs, decisions, scenarios, language)
