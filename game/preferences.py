"""The player's display preferences, kept as a small JSON file beside the records."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

log = logging.getLogger(__name__)

TEXT_SIZES = (0.85, 1.0, 1.2, 1.45)


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

    def with_(self, **changes) -> "Preferences":
        """A copy with some fields changed."""
        return replace(self, **changes)


def load(path: Path) -> Preferences:
    """Read preferences; a missing or damaged file gives the defaults (and a logged warning)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        log.warning("preferences file %s unreadable (%s); using defaults", path, exc)
        return Preferences()
    known = {f.name: f.type for f in fields(Preferences)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    try:
        prefs = Preferences(**values)
    except TypeError:
        return Preferences()
    if prefs.language not in ("es", "en"):
        prefs = prefs.with_(language="es")
    return prefs


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
