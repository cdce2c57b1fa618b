"""The loading pipeline: safe YAML, schema, reference and graph checks, analysis, playable model."""

from __future__ import annotations

import gc
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .. import paths
from . import build, checks, pedagogy
from . import schema as s
from .analysis import (
    MAX_COMBINATIONS,
    MAX_FOLLOWED_VARIABLES,
    MAX_MOVES,
    Exploration,
    estimate,
    explore,
    followed_variables,
)
from .messages import N_, _
from .model import Scenario
from .problems import ERROR, Problem, ScenarioError
from .rubric import Catalog, load_catalog, read_validated
from .yamlsource import Document

MAX_LISTED = 20  # problems of one kind listed one by one; the rest are counted
TOO_LARGE = {
    "variables": N_(
        "too large to check: {count} variables are read by 'when' conditions, at most {variables} "
        "can be followed"
    ),
    "combinations": N_(
        "too large to check: more than {combinations} combinations of a moment and its variables' "
        "values (up to {estimate} by states x value ranges)"
    ),
    "moves": N_("too large to check: more than {moves} moves between moments"),
}


@dataclass
class Report:
    """The outcome of validating one file: the scenario when it has no errors, and every problem."""

    path: str
    scenario: Scenario | None
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop the scenario from being played."""
        return [p for p in self.problems if p.severity == ERROR]


@lru_cache(maxsize=4)
def bundled_catalog(root: Path | None = None) -> Catalog:
    """The rubric and asset manifest shipped with the game."""
    base = root or paths.project_root()
    return load_catalog(base / "scenarios" / "principles.yaml", base / "assets" / "manifest.yaml")


def validate(path: str | Path, catalog: Catalog | None = None) -> Report:
    """Validate one scenario file, collecting every problem rather than stopping at the first."""
    catalog = catalog or bundled_catalog()
    # Loading allocates many objects and frees none of them; the cyclic collector would only
    # rescan them again and again (a third of the time on a 10,000-state file).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _validate(Path(path), catalog)
    finally:
        if collecting:
            gc.enable()


def _validate(path: Path, catalog: Catalog) -> Report:
    doc, sc = read_validated(path, s.Scenario)
    if sc is None:
        return Report(doc.path, None, sorted(doc.problems))
    if sc.id != path.stem:
        doc.error(
            ("id",),
            _(
                "the id '{id}' must equal the file name without .yaml ('{name}'): rename the file to "
                "'{id}.yaml' or change the id (records are kept by id)"
            ).format(id=sc.id, name=path.stem),
        )
    graph = build.states(sc)
    sound = checks.run_all(
        doc, sc, graph, set(catalog.principles), set(catalog.portraits), set(catalog.backgrounds)
    )
    scenario = None
    if sound:
        scenario = build.scenario(sc, graph, doc.path)
        del sc, graph
        doc.data = None  # the raw data and the pydantic model are no longer needed: free them first
        found = explore(scenario)
        report_exploration(doc, scenario, found)
        pedagogy.check_all(doc, scenario, found)
        scenario = replace(scenario, analysis=found.analysis)
    problems = sorted(doc.problems)
    if any(p.severity == ERROR for p in problems):
        scenario = None
    return Report(doc.path, scenario, problems)


def report_exploration(doc: Document, scenario: Scenario, found: Exploration) -> None:
    """Errors for a scenario too large to check, for moments where play gets stuck (one per state, at
    most MAX_LISTED), and for a scenario with no complete path."""
    if found.too_large:
        kind, _sep, count = found.too_large.partition(":")
        doc.error(
            ("start",),
            _(TOO_LARGE[kind]).format(
                count=int(count),
                variables=MAX_FOLLOWED_VARIABLES,
                combinations=MAX_COMBINATIONS,
                moves=MAX_MOVES,
                estimate=estimate(scenario, followed_variables(scenario)),
            )
            + _(
                "; it was not checked fully: simplify it (fewer variables in 'when' conditions, narrower "
                "min/max ranges, or split it into several scenarios)"
            ),
        )
        return
    first: dict[str, dict[str, int]] = {}
    for state_id, values in found.stuck:
        first.setdefault(state_id, values)
    for state_id, values in list(first.items())[:MAX_LISTED]:
        shown = ", ".join(f"{k}={v}" for k, v in values.items())
        doc.error(
            ("states", ("key", state_id)),
            _("play gets stuck in '{id}': no choice's 'when' holds").format(id=state_id)
            + (_(" when {values}").format(values=shown) if shown else ""),
        )
    if len(first) > MAX_LISTED:
        doc.error(
            ("start",),
            _("play gets stuck in {count} more states (only the first {shown} are listed)").format(
                count=len(first) - MAX_LISTED, shown=MAX_LISTED
            ),
        )
    if found.analysis is None and not found.stuck:
        doc.error(("start",), _("no complete path reaches an ending"))


def load_scenario(path: str | Path, catalog: Catalog | None = None) -> Scenario:
    """Load a playable scenario; raises ScenarioError listing every problem when it has errors."""
    result = validate(path, catalog)
    if result.scenario is None:
        raise ScenarioError(result.problems)
    return result.scenario


def scenario_files(folder: str | Path) -> list[Path]:
    """The scenario files in a folder (every *.yaml but principles.yaml), sorted."""
    return sorted(p for p in Path(folder).glob("*.yaml") if p.name != "principles.yaml")
