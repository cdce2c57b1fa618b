"""The player's display preferences, kept as a small JSON file beside the records."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

log = logging.getLogger(__name__)

TEXT_SIZES = (0.85, 1.0, 1.2, 1.45)
LANGUAGES = ("es", "en")


@dataclass(frozen=True)
class Preferences:
    """What the player chose in Settings."""

    language: str = "es"
    text_size: int = 1  # an index into TEXT_SIZES
    high_contrast: bool = False
    fullscreen: bool = False
    read_aloud: bool = False

    @property
    def text_scale(self) -> float:
        """The factor applied to every font size."""
        return TEXT_SIZES[max(0, min(len(TEXT_SIZES) - 1, self.text_size))]

    def with_(self, **changes) -> Preferences:
        """A copy with some fields changed."""
        return replace(self, **changes)


def load(path: Path) -> Preferences:
    """Read preferences; see `read` (the settings reset are only logged here)."""
    return read(path)[0]


def read(path: Path) -> tuple[Preferences, list[str]]:
    """Read preferences, and the names of those that were not valid and were reset to their defaults.

    A missing file gives the defaults; an unreadable or damaged one the defaults and "*". A setting of
    the wrong type or out of range (`{"text_size": "2"}`) is reset alone and named; unknown ones are
    ignored. Never raises.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences(), []
    except (OSError, ValueError) as exc:
        log.warning("preferences file %s unreadable (%s); using defaults", path, exc)
        return Preferences(), ["*"]
    if not isinstance(raw, dict):
        log.warning("preferences file %s holds no settings; using defaults", path)
        return Preferences(), ["*"]
    values, reset = {}, []
    for f in fields(Preferences):
        if f.name in raw:
            if _valid(f.name, raw[f.name]):
                values[f.name] = raw[f.name]
            else:
                reset.append(f.name)
    if reset:
        log.warning("preferences %s in %s were not valid; reset to their defaults", ", ".join(reset), path)
    return Preferences(**values), reset


def _valid(name: str, value: object) -> bool:
    default = getattr(Preferences(), name)
    if type(value) is not type(default):  # bool is not int here, nor "2" an int
        return False
    if name == "text_size":
        return 0 <= value < len(TEXT_SIZES)  # type: ignore[operator]
    if name == "language":
        return value in LANGUAGES
    return True


def save(path: Path, prefs: Preferences) -> bool:
    """Write preferences atomically; returns False (and logs) when the folder is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(prefs), indent=2), encoding="utf-8")
        os.replace(tmp, path)
        return True
    except OSError as exc:
        log.warning("could not save preferences to %s: %s", path, exc)
        return False
