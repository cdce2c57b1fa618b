"""The files a translator works in: CSV (a spreadsheet) or PO (Poedit and other translation tools).

Both carry, for each text, its stable id, the Spanish it was exported with and the English. On
import, the `en_from` written is the hash of that exported Spanish, so a Spanish edited in the
meantime still shows as stale.
  CSV: columns id, status, es, en (UTF-8 with a byte-order mark, as spreadsheets expect).
  PO:  msgctxt = id, msgid = Spanish, msgstr = English; a stale English is marked `#, fuzzy`.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .texts import STALE, Entry, TextFile

FORMATS = (".csv", ".po")
CSV_COLUMNS = ("id", "status", "es", "en")
PO_HEADER = ("PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE", "Last-Translator: FULL NAME <EMAIL@ADDRESS>",
             "Language-Team: English", "Language: en", "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit")


class ExchangeError(Exception):
    """A translation file that cannot be read."""


@dataclass(frozen=True)
class Row:
    """One text as it comes back from the translator."""

    id: str
    es: str
    en: str
    status: str = ""  # CSV: as exported, or as the translator set it
    fuzzy: bool = False  # PO: still marked as needing work

    def ready(self, entry: Entry) -> bool:
        """Taken on import: translated, not fuzzy, and not a stale English left as it was.

        To confirm a stale English that needs no change, set its status to `current` (CSV) or
        remove the fuzzy mark (PO).
        """
        if not self.en.strip() or self.fuzzy:
            return False
        untouched = entry.en is not None and " ".join(self.en.split()) == " ".join(entry.en.split())
        return not (self.status.strip().lower() == STALE and untouched)


def format_of(path: Path) -> str:
    """'.csv' or '.po', from the file name."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExchangeError(f"{path}: name a .csv or .po file")
    return suffix


def export(tf: TextFile, path: Path) -> int:
    """Write every text of the scenario to a CSV or PO file; returns how many."""
    suffix = format_of(path)
    with open(path, "w", encoding="utf-8-sig" if suffix == ".csv" else "utf-8", newline="") as out:
        (write_csv if suffix == ".csv" else write_po)(tf, out)
    return len(tf.entries)


def read(path: Path) -> tuple[list[Row], str | None]:
    """The rows of a CSV or PO file written by `export` and edited by a translator, and the
    scenario id the file names (PO only)."""
    suffix = format_of(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExchangeError(f"cannot read {path}: {exc}") from None
    return (read_csv(text), None) if suffix == ".csv" else read_po(text)


def write_csv(tf: TextFile, out: IO[str]) -> None:
    """One row per text."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry in tf.entries:
        writer.writerow((entry.id, entry.status, entry.es, entry.en or ""))


def read_csv(text: str) -> list[Row]:
    """Rows from CSV text with at least the columns id, es and en, separated by commas, or by
    semicolons or tabs as some spreadsheets save them (the header line tells which)."""
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    missing = {"id", "es", "en"} - set(reader.fieldnames or ())
    if missing:
        raise ExchangeError(f"the CSV needs the columns id, es and en; missing: {', '.join(sorted(missing))}")
    def cell(value: str | None) -> str:  # a spreadsheet may end the lines of a cell with \r\n
        return (value or "").replace("\r\n", "\n")

    return [Row(r["id"].strip(), cell(r["es"]), cell(r["en"]), cell(r.get("status")))
            for r in reader if (r.get("id") or "").strip()]


def write_po(tf: TextFile, out: IO[str]) -> None:
    """A PO catalogue: Spanish source, English translation, the stable id as context."""
    header = [f"Project-Id-Version: {tf.scenario_id} {tf.version}", *PO_HEADER,
              f"X-Modo-Ninez-Scenario: {tf.scenario_id}"]
    out.write('msgid ""\nmsgstr ""\n' + "".join(f'"{line}\\n"\n' for line in header))
    for entry in tf.entries:
        out.write(f"\n#: {tf.path.name}:{tf.line(entry)}\n")
        if entry.status == STALE:
            out.write("#, fuzzy\n")
        out.write(f"msgctxt {_po_quote(entry.id)}\nmsgid {_po_quote(entry.es)}\n"
                  f"msgstr {_po_quote(entry.en or '')}\n")


_PO_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_PO_UNESCAPE = re.compile(r'\\(.)')
_PO_LINE = re.compile(r'^(msgctxt|msgid|msgstr|msgid_plural|msgstr\[\d+\])?\s*"(.*)"\s*$')


def _po_quote(text: str) -> str:
    return '"' + "".join(_PO_ESCAPES.get(ch, ch) for ch in text) + '"'


def _po_unquote(body: str) -> str:
    table = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"'}
    return _PO_UNESCAPE.sub(lambda m: table.get(m.group(1), m.group(0)), body)


def read_po(text: str) -> tuple[list[Row], str | None]:
    """Rows from a PO catalogue (obsolete `#~` entries and plurals are left out), and the scenario
    id its header names."""
    rows, scenario = [], None
    for number, block in enumerate(re.split(r"\n\s*\n", text.replace("\r\n", "\n")), start=1):
        fields: dict[str, str] = {}
        fuzzy, current = False, None
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in [flag.strip() for flag in line[2:].split(",")]
            if not line or line.startswith("#"):
                continue
            match = _PO_LINE.match(line)
            if match is None:
                raise ExchangeError(f"PO entry {number}: cannot read the line {line[:60]!r}")
            if match.group(1):
                current = match.group(1)
                fields[current] = ""
            if current is None:
                raise ExchangeError(f"PO entry {number}: a quoted line before msgid")
            fields[current] += _po_unquote(match.group(2))
        if fields.get("msgctxt") and "msgid" in fields:
            rows.append(Row(fields["msgctxt"], fields["msgid"], fields.get("msgstr", ""), fuzzy=fuzzy))
        elif fields.get("msgid") == "":
            header = re.search(r"^X-Modo-Ninez-Scenario:\s*(\S+)", fields.get("msgstr", ""), re.MULTILINE)
            scenario = header.group(1) if header else scenario
    return rows, scenario
