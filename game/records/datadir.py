"""Where records and settings live: the user's data and config folders, unless overridden."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "modo-ninez"
DATA_DIR_ENV = "MODO_NINEZ_DATA_DIR"
CONFIG_ENV = "MODO_NINEZ_CONFIG"
DATABASE_NAME = "records.sqlite3"
CONFIG_NAME = "config.toml"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The records folder: `override` (--data-dir), else $MODO_NINEZ_DATA_DIR, else the user's data folder."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(folder: str | os.PathLike[str] | None = None) -> Path:
    """The SQLite file in the records folder."""
    return data_dir(folder) / DATABASE_NAME


def config_path() -> Path:
    """The TOML settings file: $MODO_NINEZ_CONFIG, else config.toml in the user's config folder."""
    chosen = os.environ.get(CONFIG_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_NAME


def is_records_path(path: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None) -> bool:
    """True if writing to `path` would overwrite the records of `folder`: the file, its journal or lock,
    or a copy kept beside it (`records.sqlite3.damaged-...`), by any name that leads there."""
    database = database_path(folder).resolve()
    target = Path(path).expanduser().resolve()
    if target.parent == database.parent and target.name.startswith(DATABASE_NAME):
        return True
    try:
        return target.exists() and database.exists() and os.path.samefile(target, database)
    except OSError:
        return False
