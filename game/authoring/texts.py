"""The translatable texts of a scenario file, each under a stable id, with its translation status."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..scenario import schema as s
from ..scenario.checks import texts
from ..scenario.problems import Problem
from ..scenario.rubric import read_validated
from ..scenario.yamlsource import Document

MISSING, STALE, CURRENT, UNCHECKED = "missing", "stale", "current", "unchecked"


@dataclass(frozen=True)
class Entry:
    """One Text: its stable id (`states.llegada.choices.agacharse.feedback`), data path and languages."""

    id: str
    where: tuple
    es: str
    en: str | None
    en_from: str | None

    @property
    def status(self) -> str:
        """missing (no English), stale (the Spanish changed since), current, or unchecked (no en_from)."""
        if self.en is None:
            return MISSING
        if self.en_from is None:
            return UNCHECKED
        return CURRENT if self.en_from == s.source_hash(self.es) else STALE


@dataclass
class TextFile:
    """A scenario file read for translating: its document and texts, or the problems that stop it."""

    path: Path
    doc: Document
    scenario_id: str = ""
    version: int = 0
    languages: tuple[str, ...] = ()
    entries: list[Entry] | None = None

    @property
    def problems(self) -> list[Problem]:
        """The problems found reading the file (its texts are known only when none is an error)."""
        return sorted(self.doc.problems)

    @property
    def known(self) -> list[Entry]:
        """The texts of a file that matches the format (check `entries` for None before asking)."""
        if self.entries is None:
            raise ValueError(f"{self.path} does not match the scenario format: its texts are not known")
        return self.entries

    def line(self, entry: Entry) -> int:
        """The line a text starts on."""
        return self.doc.locate(entry.where)[0]


def read_texts(path: str | Path) -> TextFile:
    """Read a scenario file's texts; `entries` stays None when the file does not match the format."""
    doc, sc = read_validated(Path(path), s.Scenario)
    found = TextFile(Path(path), doc)
    if sc is None:
        return found
    entries: dict[str, Entry] = {}
    for where, text in texts(sc):
        key = stable_id(sc, where)
        if key in entries:  # a choice id used twice (validate reports it): fall back to the index
            key = ".".join(map(str, where))
        entries[key] = Entry(key, where, text.es, text.en, text.en_from)
    found.scenario_id, found.version, found.languages = sc.id, sc.version, tuple(sc.languages)
    found.entries = sorted(entries.values(), key=lambda e: doc.locate(e.where))
    return found


def stable_id(sc: s.Scenario, where: tuple) -> str:
    """The id of a text that survives reordering: a list item with an `id` (a choice) is named by it."""
    parts, node = [], sc
    for step in where:
        node = _step(node, step)
        named = isinstance(step, int) and isinstance(getattr(node, "id", None), str)
        parts.append(node.id if named else str(step))
    return ".".join(parts)


def text_at(sc: s.Scenario, where: tuple) -> s.Text:
    """The Text at a data path of a validated scenario."""
    node: Any = sc
    for step in where:
        node = _step(node, step)
    return node


def _step(node: Any, step: str | int) -> Any:
    """One step down a data path: a model's field by name, or a list's item or a dict's value."""
    return getattr(node, step) if isinstance(node, BaseModel) and isinstance(step, str) else node[step]
