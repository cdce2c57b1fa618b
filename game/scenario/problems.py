"""Problems found in a scenario file, each with a location and a severity."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .messages import _

ERROR = "error"
WARNING = "warning"

# Where in a file's data: mapping keys and list indexes, such as ('states', 'llegada', 'choices', 0,
# 'to'); a step ("key", name) means a mapping's key itself rather than its value.
DataPath = tuple[Any, ...]


@dataclass(frozen=True, order=True)
class Problem:
    """One diagnostic: `path:line:col: severity: message` (line and column are 1-based)."""

    path: str
    line: int
    column: int
    severity: str
    message: str
    rule: str = ""  # "pedagogy/<rule>" for the guide's teaching rules (game/scenario/pedagogy.py)

    @property
    def teaching(self) -> bool:
        """True for a problem of the guide's teaching rules (not of the format)."""
        return self.rule.startswith("pedagogy/")

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        """A JSON-safe form for editors and CI."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
            **({"rule": self.rule} if self.rule else {}),
        }


class ScenarioError(Exception):
    """A scenario file could not be loaded; `problems` lists every error and warning found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        errors = [p for p in self.problems if p.severity == ERROR]
        first = str(errors[0]) if errors else "invalid scenario"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(first + more)


def did_you_mean(name: object, known: Iterable[str]) -> str:
    """A hint such as " (did you mean 'presentarse'?)", or "" when nothing is close."""
    if not isinstance(name, str):
        return ""
    close = difflib.get_close_matches(name, sorted(set(known)), n=1, cutoff=0.6)
    return _(" (did you mean '{name}'?)").format(name=close[0]) if close else ""
