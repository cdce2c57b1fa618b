"""The scenarios a player may pick: every file of the given folders, valid or not."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .loader import Report, bundled_catalog, scenario_files, validate
from .rubric import Catalog


def load_library(folders: Iterable[Path], catalog: Catalog | None = None) -> list[Report]:
    """Validate every scenario file in the folders (missing folders are skipped), in a stable order.

    Invalid files are kept, so the game can list them with their first error instead of hiding them.
    A later folder's scenario replaces an earlier one with the same file name.
    """
    catalog = catalog or bundled_catalog()
    chosen: dict[str, Path] = {}
    for folder in folders:
        if Path(folder).is_dir():
            for path in scenario_files(folder):
                chosen[path.name] = path
    return [validate(path, catalog) for _, path in sorted(chosen.items())]
