"""Where the bundled scenarios, assets and schema live (an installed wheel, a checkout or a frozen
bundle), and where a trainer's own scenarios go."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "modo-ninez"
USER_SCENARIOS_ENV = "MODO_NINEZ_SCENARIOS"


def project_root() -> Path:
    """The folder holding `scenarios/`, `assets/` and `schema/`.

    $MODO_NINEZ_ROOT when set; the bundle of a frozen app; `game/bundled/` in an installed wheel
    (package data, see setup.py); else the checkout, where authors edit them.
    """
    override = os.environ.get("MODO_NINEZ_ROOT")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = Path(str(resources.files("game"))) / "bundled"
    if (installed / "scenarios").is_dir():
        return installed
    return Path(__file__).resolve().parent.parent


def scenarios_dir() -> Path:
    """The bundled scenarios folder."""
    return project_root() / "scenarios"


def user_scenarios_dir() -> Path:
    """A trainer's own scenarios: $MODO_NINEZ_SCENARIOS, beside the executable of a frozen app, else
    `scenarios` in the user's data folder. Listed beside the bundled ones; never inside the package."""
    chosen = os.environ.get(USER_SCENARIOS_ENV)
    if chosen:
        return Path(chosen).expanduser()
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "scenarios"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "scenarios"


def scenario_folders() -> list[Path]:
    """Where the game looks for scenarios: the bundled folder, then the trainer's own folder."""
    folders = [scenarios_dir()]
    own = user_scenarios_dir()
    if own.resolve() != folders[0].resolve():
        folders.append(own)
    return folders


def command() -> str:
    """The command a user types to run the tools: the station app's console program when frozen."""
    return "modo-ninez-cli" if getattr(sys, "frozen", False) else "modo-ninez"


def assets_dir() -> Path:
    """The bundled assets folder (portraits, backgrounds, fonts)."""
    return project_root() / "assets"


def schema_path() -> Path:
    """The committed JSON Schema of the scenario format."""
    return project_root() / "schema" / "scenario.schema.json"
