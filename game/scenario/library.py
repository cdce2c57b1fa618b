"""The scenarios a player may pick: every file of the given folders, valid or not."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .loader import Report, bundled_catalog, scenario_files, validate
from .messages import _
from .problems import ERROR, Problem
from .rubric import Catalog


def load_library(folders: Iterable[Path], catalog: Catalog | None = None) -> list[Report]:
    """Validate every scenario file in the folders (missing folders are skipped), in a stable order.

    Invalid files are kept, so the game can list them with their first error instead of hiding them.
    A later folder's scenario replaces an earlier one with the same file name (so, as a scenario's id is
    its file name, no two scenarios listed share an id).
    """
    catalog = catalog or bundled_catalog()
    chosen: dict[str, Path] = {}
    for folder in folders:
        if Path(folder).is_dir():
            for path in scenario_files(folder):
                chosen[path.name] = path
    return [validate(path, catalog) for _, path in sorted(chosen.items())]


def check_unique_ids(reports: list[Report]) -> None:
    """Two scenarios with one id would mix their records: each after the first gets an error (and is not
    playable)."""
    first: dict[str, str] = {}
    for report in reports:
        if report.scenario is None:
            continue
        sid = report.scenario.id
        if sid not in first:
            first[sid] = report.path
            continue
        report.problems.append(
            Problem(
                report.path,
                _id_line(report.path),
                1,
                ERROR,
                _(
                    "the id '{id}' is also the id of {other}: two "
                    "scenarios with one id would mix their records; give "
                    "one of them another id (and file name)"
                ).format(id=sid, other=first[sid]),
            )
        )
        report.problems.sort()
        report.scenario = None


def _id_line(path: str) -> int:
    """The line of the top-level `id:` (1 when it cannot be read)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return 1
    return next((n for n, line in enumerate(lines, 1) if line.startswith("id:")), 1)
