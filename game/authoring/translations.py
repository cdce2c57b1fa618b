"""The translation workflow: which English is missing or stale, and writing English and `en_from` back.

Every write goes to a temporary file beside the scenario, is read back and checked (the format, and
each changed text holding exactly what was meant), and only then replaces the scenario; the file as
it was is kept beside it as `<name>.bak`.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..scenario import schema as s
from ..scenario.problems import ERROR
from ..scenario.rubric import read_validated
from .exchange import Row
from .texts import MISSING, STALE, Entry, TextFile, text_at
from .yamledit import set_fields

BOM = "\ufeff"


class TranslationError(Exception):
    """A change could not be written (the file changed on disk, or the result would not be valid)."""


@dataclass
class ImportResult:
    """What an import did: texts whose English changed, English confirmed unchanged, rows left out."""

    updated: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)
    not_ready: list[str] = field(default_factory=list)  # empty, fuzzy, or stale and untouched
    unknown: list[str] = field(default_factory=list)  # ids the scenario does not have
    spanish_changed: list[str] = field(default_factory=list)  # imported, but the Spanish moved on since


def todo(tf: TextFile) -> list[Entry]:
    """The texts whose English is missing or stale, in file order."""
    return [e for e in tf.known if e.status in (MISSING, STALE)]


def mark_current(tf: TextFile, ids: Iterable[str] | None = None) -> list[str]:
    """Record that the English of these texts (default: all)
    matches their Spanish now; returns the ids changed."""
    wanted = None if ids is None else set(ids)
    if wanted is not None:
        unknown = wanted - {e.id for e in tf.known}
        if unknown:
            raise TranslationError(f"{tf.path}: no text with id {', '.join(sorted(unknown))}")
    changes = {
        e.where: {"en_from": s.source_hash(e.es)}
        for e in tf.known
        if e.en is not None and e.en_from != s.source_hash(e.es) and (wanted is None or e.id in wanted)
    }
    write(tf, changes)
    return [e.id for e in tf.known if e.where in changes]


def import_rows(tf: TextFile, rows: Iterable[Row]) -> ImportResult:
    """Take the translated rows of an exchange file into the scenario (see Row.ready for which count)."""
    by_id = {e.id: e for e in tf.known}
    result, changes = ImportResult(), {}
    for row in rows:
        entry = by_id.get(row.id)
        if entry is None:
            result.unknown.append(row.id)
            continue
        if not row.ready(entry):
            result.not_ready.append(row.id)
            continue
        fields = {}
        if not _same(row.en, entry.en):
            fields["en"] = row.en.strip()
        source = s.source_hash(row.es)
        if source != entry.en_from:
            fields["en_from"] = source
        if not fields:
            continue
        changes[entry.where] = fields
        (result.updated if "en" in fields else result.confirmed).append(row.id)
        if source != s.source_hash(entry.es):
            result.spanish_changed.append(row.id)
    write(tf, changes)
    return result


def _same(new: str, old: str | None) -> bool:
    return old is not None and " ".join(new.split()) == " ".join(old.split())


def write(tf: TextFile, changes: Mapping[tuple, Mapping[str, str]]) -> None:
    """Set fields of Texts (by data path) in the file in place; nothing is written if a check fails."""
    if not changes:
        return
    path = tf.path
    text = set_fields(tf.doc, changes)
    raw = path.read_bytes()
    if raw.decode("utf-8-sig") != tf.doc.text:
        raise TranslationError(f"{path} changed on disk while it was being translated; run the command again")
    spare = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        spare.write_bytes(((BOM if raw.startswith(BOM.encode()) else "") + text).encode("utf-8"))
        shutil.copymode(path, spare)
        _check(spare, changes)
        shutil.copy2(path, backup(path))
        os.replace(spare, path)
    finally:
        spare.unlink(missing_ok=True)


def backup(path: Path) -> Path:
    """Where the file as it was before the last write is kept (`<name>.bak`, not read as a scenario)."""
    return path.with_name(path.name + ".bak")


def _check(path: Path, changes: Mapping[tuple, Mapping[str, str]]) -> None:
    doc, sc = read_validated(path, s.Scenario)
    if sc is None:
        first = min(p for p in doc.problems if p.severity == ERROR)
        raise TranslationError(
            f"the change would make the file invalid (line {first.line}: {first.message}); "
            "nothing was written"
        )
    for where, fields in changes.items():
        written = text_at(sc, where)
        for name, value in fields.items():
            if getattr(written, name) != value:
                raise TranslationError(
                    f"{'.'.join(map(str, where))}.{name} did not read back as written; nothing was written"
                )
