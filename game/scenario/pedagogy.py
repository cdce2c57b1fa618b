"""The guide's teaching rules, checked on a scenario that loaded: the rules and their thresholds live
here once (docs/authoring.md states the same). All are warnings (`validate --strict` makes them fail),
except an ending that `when` conditions make unreachable, which is an error.
"""

from __future__ import annotations

from .analysis import Exploration, reachable
from .messages import _
from .model import Scenario
from .problems import ERROR
from .yamlsource import Document


def check_all(doc: Document, scenario: Scenario, found: Exploration) -> None:
    """Run every teaching rule on an analysed scenario."""
    if found.analysis is None:
        return
    check_endings_reached(doc, scenario, found)


def check_endings_reached(doc: Document, scenario: Scenario, found: Exploration) -> None:
    """An ending the graph leads to but no path can reach, because of `when` conditions, is an error."""
    reached = found.analysis.endings if found.analysis else {}
    for sid in sorted(reachable(scenario.states, scenario.start), key=list(scenario.states).index):
        if scenario.states[sid].ending and sid not in reached:
            doc.error(("states", ("key", sid)),
                      _("ending '{id}' can never be reached: the 'when' conditions on the way to it never hold "
                        "together; change them, or remove the ending").format(id=sid), ERROR)
