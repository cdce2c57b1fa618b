"""Records: players, attempts and decisions in SQLite;
reports for trainers; xAPI to an LRS. No pygame here."""

from .api import Store
from .config import Config, load_config
from .errors import ConfigError, RecordsError, ResumeError, StoreUnavailable
from .model import Attempt, Decision, Player
from .queries import AttemptFilter

__all__ = [
    "Attempt",
    "AttemptFilter",
    "Config",
    "ConfigError",
    "Decision",
    "Player",
    "RecordsError",
    "ResumeError",
    "Store",
    "StoreUnavailable",
    "load_config",
]
