"""Scenario content: YAML files become validated, immutable, analysed models. No pygame here."""

from .loader import Report, bundled_catalog, load_scenario, scenario_files, validate
from .model import Choice, Scenario, State, Text
from .problems import Problem, ScenarioError
from .rubric import Catalog, Principle

__all__ = [
    "Catalog",
    "Choice",
    "Principle",
    "Problem",
    "Report",
    "Scenario",
    "ScenarioError",
    "State",
    "Text",
    "bundled_catalog",
    "load_scenario",
    "scenario_files",
    "validate",
]
