"""Where the bundled scenarios, assets and schema live, for a checkout or a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def project_root() -> Path:
    """The folder holding `scenarios/` and `assets/`: the bundle when frozen, else the checkout."""
    override = os.environ.get("MODO_NINEZ_ROOT")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def scenarios_dir() -> Path:
    """The bundled scenarios folder."""
    return project_root() / "scenarios"


def scenario_folders() -> list[Path]:
    """Where the game looks for scenarios: the bundled folder, then (in a frozen app) a `scenarios`
    folder beside the executable, so a trainer can add one by copying a file."""
    folders = [scenarios_dir()]
    if getattr(sys, "frozen", False):
        beside = Path(sys.executable).resolve().parent / "scenarios"
        if beside != folders[0]:
            folders.append(beside)
    return folders


def assets_dir() -> Path:
    """The bundled assets folder (portraits, backgrounds, fonts)."""
    return project_root() / "assets"


def schema_path() -> Path:
    """The committed JSON Schema of the scenario format."""
    return project_root() / "schema" / "scenario.schema.json"
